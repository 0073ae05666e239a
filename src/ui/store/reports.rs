//! The reports screen's work, off the window's thread: the review of a period, and its
//! exports (CSV, Excel workbook, the board's PDF) and printing on the page printer.

use std::path::{Path, PathBuf};

use super::{Store, worker, write_out};
use crate::Result;
use crate::i18n::Lang;

/// The review of a period for the reports screen.
pub async fn review(
    store: Store,
    period: crate::report::Period,
    by: crate::report::By,
) -> Result<crate::report::Review> {
    store
        .run(move |conn, _| crate::report::review(conn, period, by))
        .await
}

/// Where a review of the period is exported: `souk-KIND-FROM-TO.EXT` in `folder`.
fn review_file(folder: &Path, review: &crate::report::Review, kind: &str, ext: &str) -> PathBuf {
    let period = &review.period;
    folder.join(format!("souk-{kind}-{}-{}.{ext}", period.from, period.to))
}

/// Writes a review's table as CSV for the reader's Excel into `folder`; returns the file's
/// path. An existing file is replaced only with `replace` (the window asks first).
pub async fn export_csv(
    folder: PathBuf,
    review: crate::report::Review,
    by: crate::report::By,
    lang: Lang,
    replace: bool,
) -> Result<PathBuf> {
    let path = review_file(&folder, &review, "report", "csv");
    let bytes =
        crate::export::tables::review_csv(&review, by, &crate::i18n::Translator::new(lang))?;
    write_out(path, bytes, replace).await
}

/// Writes a review as an Excel workbook (every table, one sheet each) into `folder`.
pub async fn export_xlsx(
    folder: PathBuf,
    review: crate::report::Review,
    by: crate::report::By,
    lang: Lang,
    replace: bool,
) -> Result<PathBuf> {
    let path = review_file(&folder, &review, "report", "xlsx");
    // The translator is not Send: done with before the write is awaited.
    let bytes = {
        let tr = crate::i18n::Translator::new(lang);
        crate::export::workbook(&crate::export::tables::review_tables(&review, by, &tr), &tr)?
    };
    write_out(path, bytes, replace).await
}

/// Writes the board's report of a review as a PDF into `folder`; returns its path.
pub async fn export_pdf(
    store: Store,
    folder: PathBuf,
    review: crate::report::Review,
    replace: bool,
) -> Result<PathBuf> {
    let path = review_file(&folder, &review, "board", "pdf");
    crate::outfile::check(&path, replace)?;
    let bytes = store
        .run(move |conn, _| {
            let shop = crate::receipt::ShopInfo::load(conn)?;
            crate::report::board_report(&review, &shop)
        })
        .await?;
    write_out(path, bytes, replace).await
}

/// Sends the board's report to the shop's page printer; returns its title and where it went.
pub async fn print_board(
    store: Store,
    review: crate::report::Review,
) -> Result<(String, crate::pdf::print::Printed)> {
    use crate::pdf::print::PagePrinter;
    let title = format!("souk-board-{}-{}", review.period.from, review.period.to);
    let (printer, bytes) = store
        .run(move |conn, _| {
            let shop = crate::receipt::ShopInfo::load(conn)?;
            Ok((
                PagePrinter::of_shop(conn)?,
                crate::report::board_report(&review, &shop)?,
            ))
        })
        .await?;
    let printed = print_pages(printer, title.clone(), bytes).await?;
    Ok((title, printed))
}

/// Sends a PDF to the page printer on a thread of its own (`lp` may take its time).
pub async fn print_pages(
    printer: crate::pdf::print::PagePrinter,
    title: String,
    bytes: Vec<u8>,
) -> Result<crate::pdf::print::Printed> {
    worker::blocking(move || {
        crate::pdf::print::print(&printer, std::path::Path::new("lp"), &title, &bytes)
    })
    .await?
}
