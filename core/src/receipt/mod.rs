//! Receipts: a sale laid out as the customer's ticket, drawn as a 1-bit raster with shaped
//! Arabic and French (printer code pages cannot print Arabic), turned into ESC/POS bytes and
//! sent to a printer after the sale is committed. A printer that fails never loses a sale:
//! the receipt waits as pending and can be printed again.

pub mod bitmap;
pub mod escpos;
pub mod layout;
pub mod pending;
pub mod png;
pub mod printer;
pub mod raster;
pub mod system;
pub mod text;

pub use crate::error::problem::Problem;
pub use bitmap::Bitmap;
pub use layout::{Block, Copy, Receipt, ShopInfo, Style};
pub use raster::{Paper, Renderer, render, to_png_bytes, write_png};

/// Prints the test page of the settings screen on `spec`, `width_mm` wide (58 or 80): the
/// shop's header and footer as they will print, so the volunteer sees the printer works.
pub fn print_test_page(
    conn: &rusqlite::Connection,
    spec: &printer::PrinterSpec,
    width_mm: u32,
) -> crate::Result<()> {
    printer::send(spec, &test_page_job(conn, width_mm)?)
}

/// The test page as a printer job, `width_mm` wide (58 or 80).
pub fn test_page_job(conn: &rusqlite::Connection, width_mm: u32) -> crate::Result<printer::Job> {
    let paper = Paper::from_mm(width_mm).ok_or(crate::Error::Receipt(
        crate::error::ReceiptError::PaperWidth(width_mm.to_string()),
    ))?;
    Ok(job(&Receipt::test_page(&ShopInfo::load(conn)?), paper))
}

/// Draws a paper that is not a sale's (a test page, a slip, tags) and sends it to `spec`,
/// cut, without opening the drawer.
pub fn print(receipt: &Receipt, spec: &printer::PrinterSpec, paper: Paper) -> crate::Result<()> {
    printer::send(spec, &job(receipt, paper))
}

/// A paper that is not a sale's as a printer job: drawn, cut, the drawer left shut.
pub fn job(receipt: &Receipt, paper: Paper) -> printer::Job {
    let bitmap = render(receipt, paper);
    let bytes = escpos::encode(
        &bitmap,
        &escpos::PrintOptions {
            cut: true,
            open_drawer: false,
            feed_lines: 3,
        },
    );
    printer::Job { bytes, bitmap }
}
