//! The text-only mode: a shop whose printer prefers text gets the Latin half of the ticket
//! through the printer's code page, never a picture.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::common;

use common::Shop;
use souk::receipt::pending::{self, MODE_SETTING};
use souk::receipt::printer::PrinterSpec;
use souk::receipt::{Copy, Paper};

#[test]
fn text_mode_prints_latin_lines_and_no_raster() {
    let mut shop = Shop::new();
    let sale = shop.cash_sale(vec![
        shop.line("P001-0001", "2"),
        shop.line("P001-0002", "0.350"),
    ]);
    souk::settings::set(&shop.conn, MODE_SETTING, "text").unwrap();
    let out = shop.dir.path().join("printer.bin");
    std::fs::write(&out, b"").unwrap();
    let spec = PrinterSpec::File(out.clone());
    pending::print_sale(
        &mut shop.conn,
        &shop.clock,
        &sale.number,
        &spec,
        Paper::Mm58,
        Copy::Original,
        false,
    )
    .unwrap();
    let bytes = std::fs::read(&out).unwrap();
    assert!(bytes.starts_with(&[0x1b, 0x40]), "starts with ESC @");
    assert!(
        !bytes.windows(3).any(|w| w == [0x1d, 0x76, 0x30]),
        "no GS v 0 raster"
    );
    let text = String::from_utf8_lossy(&bytes);
    assert!(text.contains("Cake au citron"), "{text}");
    assert!(text.contains(&sale.number), "{text}");
    assert!(text.lines().all(|l| l.chars().count() <= 40), "{text}");
}
