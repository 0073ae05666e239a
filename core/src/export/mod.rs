//! Tables for people's spreadsheets — the review of a period, the sales of a period, a
//! month's statements — written as CSV or as an Excel workbook, in the reader's language.
//!
//! CSV is what Excel opens by a double click, so it is written for the reader's Excel:
//! UTF-8 with a byte-order mark (or Arabic turns to mojibake), `;` between cells and decimal
//! commas for French and Arabic readers, `,` and points in English; dates as that Excel
//! reads them. A workbook has one sheet per table, numbers as numbers, dates as dates,
//! amounts formatted `#,##0.00` (which French Excel shows `# ##0,00`), headers in the
//! reader's language, and Arabic sheets right to left.
//!
//! Names come from people (a producer called `=HYPERLINK(…)`): in CSV a text cell starting
//! with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading apostrophe, so no
//! spreadsheet takes it for a formula; in a workbook every text is written as text.

pub mod tables;
mod xlsx;

use std::borrow::Cow;

use chrono::{NaiveDate, NaiveDateTime};

use crate::error::{Error, Result};
use crate::i18n::{Lang, Translator};
use crate::money::{Money, Quantity, Unit};

pub use xlsx::workbook;

/// One cell of a table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Cell {
    Text(String),
    Money(Money),
    /// A local business day.
    Day(NaiveDate),
    /// A local date and time in Rabat.
    At(NaiveDateTime),
    Quantity(Quantity, Unit),
    Count(i64),
    Empty,
}

impl Cell {
    pub fn text(text: impl Into<String>) -> Cell {
        Cell::Text(text.into())
    }
}

/// A table: its title and its columns' headers (message ids), and its rows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Table {
    pub title: &'static str,
    pub headers: Vec<&'static str>,
    pub rows: Vec<Vec<Cell>>,
}

/// A text a spreadsheet cannot take for a formula.
pub fn neutralise(text: &str) -> Cow<'_, str> {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        Cow::Owned(format!("'{text}"))
    } else {
        Cow::Borrowed(text)
    }
}

fn decimal_comma(lang: Lang) -> bool {
    lang != Lang::En
}

/// A cell as the reader's Excel reads it from CSV.
fn csv_cell(cell: &Cell, lang: Lang) -> String {
    let comma = |plain: String| {
        if decimal_comma(lang) {
            plain.replace('.', ",")
        } else {
            plain
        }
    };
    match cell {
        Cell::Text(text) => neutralise(text).into_owned(),
        Cell::Money(m) => comma(m.plain()),
        Cell::Quantity(q, unit) => comma(q.plain(*unit)),
        Cell::Count(n) => n.to_string(),
        Cell::Day(d) if decimal_comma(lang) => d.format("%d/%m/%Y").to_string(),
        Cell::Day(d) => d.format("%Y-%m-%d").to_string(),
        Cell::At(t) if decimal_comma(lang) => t.format("%d/%m/%Y %H:%M").to_string(),
        Cell::At(t) => t.format("%Y-%m-%d %H:%M").to_string(),
        Cell::Empty => String::new(),
    }
}

/// A table as CSV for the reader's Excel, with its byte-order mark.
pub fn csv(table: &Table, tr: &Translator) -> Result<Vec<u8>> {
    let lang = tr.lang();
    let separator = if decimal_comma(lang) { b';' } else { b',' };
    let mut out = ::csv::WriterBuilder::new()
        .delimiter(separator)
        .from_writer(b"\xEF\xBB\xBF".to_vec());
    let fail = |e: ::csv::Error| Error::Export(e.to_string());
    let headers: Vec<String> = table
        .headers
        .iter()
        .map(|id| neutralise(&tr.text(id)).into_owned())
        .collect();
    out.write_record(&headers).map_err(fail)?;
    for row in &table.rows {
        out.write_record(row.iter().map(|c| csv_cell(c, lang)))
            .map_err(fail)?;
    }
    out.into_inner().map_err(|e| Error::Export(e.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_are_neutralised_and_numbers_read_as_numbers() -> Result<()> {
        let table = Table {
            title: "xl-sheet-sales",
            headers: vec!["xl-col-name", "xl-col-revenue", "xl-col-day"],
            rows: vec![vec![
                Cell::text("=HYPERLINK(\"http://x\",\"click\")"),
                Cell::Money(Money::from_centimes(123_450)),
                Cell::Day(NaiveDate::from_ymd_opt(2026, 11, 29).unwrap_or_default()),
            ]],
        };
        let fr = String::from_utf8(csv(&table, &Translator::new(Lang::Fr))?)
            .map_err(|e| Error::Export(e.to_string()))?;
        assert!(fr.starts_with('\u{feff}'), "{fr:?}");
        assert!(
            fr.contains("\"'=HYPERLINK(\"\"http://x\"\",\"\"click\"\")\";1234,50;29/11/2026"),
            "{fr}"
        );
        let en = String::from_utf8(csv(&table, &Translator::new(Lang::En))?)
            .map_err(|e| Error::Export(e.to_string()))?;
        assert!(en.contains(",1234.50,2026-11-29"), "{en}");
        for text in ["+1", "-1", "@SUM(A1)", "\tx", "\rx"] {
            assert!(neutralise(text).starts_with('\''), "{text:?}");
        }
        assert_eq!(neutralise("Siham"), "Siham");
        Ok(())
    }
}
