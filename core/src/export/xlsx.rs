//! Tables as an Excel workbook: one sheet per table, numbers as numbers, dates as dates.

use rust_xlsxwriter::{ExcelDateTime, Format, Workbook, Worksheet, XlsxError};

use super::{Cell, Table};
use crate::error::{Error, Result};
use crate::i18n::{Lang, Translator};

fn fail(e: XlsxError) -> Error {
    Error::Export(e.to_string())
}

/// A sheet's name as Excel allows it: at most 31 characters, none of `[]:*?/\`, unique.
fn sheet_name(title: &str, taken: &[String]) -> String {
    let clean: String = title
        .chars()
        .filter(|c| !"[]:*?/\\'".contains(*c))
        .take(28)
        .collect();
    let clean = if clean.trim().is_empty() {
        "Souk".to_owned()
    } else {
        clean
    };
    let mut name = clean.clone();
    let mut n = 2;
    while taken.iter().any(|t| t.eq_ignore_ascii_case(&name)) {
        name = format!("{clean} {n}");
        n += 1;
    }
    name
}

struct Formats {
    header: Format,
    money: Format,
    day: Format,
    at: Format,
    kg: Format,
    whole: Format,
}

impl Formats {
    fn new(lang: Lang) -> Formats {
        let (day, at) = if lang == Lang::En {
            ("yyyy-mm-dd", "yyyy-mm-dd hh:mm")
        } else {
            ("dd/mm/yyyy", "dd/mm/yyyy hh:mm")
        };
        Formats {
            header: Format::new().set_bold(),
            money: Format::new().set_num_format("#,##0.00"),
            day: Format::new().set_num_format(day),
            at: Format::new().set_num_format(at),
            kg: Format::new().set_num_format("0.000"),
            whole: Format::new().set_num_format("0"),
        }
    }
}

fn write_cell(
    sheet: &mut Worksheet,
    row: u32,
    col: u16,
    cell: &Cell,
    f: &Formats,
) -> Result<(), XlsxError> {
    use chrono::{Datelike, Timelike};
    let date = |d: chrono::NaiveDate| {
        let year = u16::try_from(d.year()).unwrap_or(1900);
        let month = u8::try_from(d.month()).unwrap_or(1);
        let day = u8::try_from(d.day()).unwrap_or(1);
        ExcelDateTime::from_ymd(year, month, day)
    };
    match cell {
        Cell::Text(text) => sheet.write_string(row, col, text).map(drop),
        Cell::Money(m) => sheet
            .write_with_format(row, col, m.to_decimal(), &f.money)
            .map(drop),
        Cell::Quantity(q, unit) => {
            let format = if *unit == crate::money::Unit::Kg {
                &f.kg
            } else {
                &f.whole
            };
            sheet
                .write_with_format(row, col, q.to_decimal(), format)
                .map(drop)
        }
        Cell::Count(n) => sheet
            .write_with_format(row, col, rust_decimal::Decimal::from(*n), &f.whole)
            .map(drop),
        Cell::Day(d) => sheet
            .write_datetime_with_format(row, col, date(*d)?, &f.day)
            .map(drop),
        Cell::At(t) => {
            let hour = u16::try_from(t.hour()).unwrap_or(0);
            let minute = u8::try_from(t.minute()).unwrap_or(0);
            let at = date(t.date())?.and_hms(hour, minute, t.second())?;
            sheet
                .write_datetime_with_format(row, col, at, &f.at)
                .map(drop)
        }
        Cell::Empty => Ok(()),
    }
}

/// The tables as an `.xlsx` workbook, in the reader's language (Arabic sheets right to left).
pub fn workbook(tables: &[Table], tr: &Translator) -> Result<Vec<u8>> {
    let lang = tr.lang();
    let formats = Formats::new(lang);
    let mut book = Workbook::new();
    let mut taken: Vec<String> = Vec::new();
    for table in tables {
        let name = sheet_name(&tr.text(table.title), &taken);
        let sheet = book.add_worksheet();
        sheet.set_name(&name).map_err(fail)?;
        taken.push(name);
        if lang.is_rtl() {
            sheet.set_right_to_left(true);
        }
        for (col, id) in table.headers.iter().enumerate() {
            let col = u16::try_from(col).map_err(|e| Error::Export(e.to_string()))?;
            sheet
                .write_string_with_format(0, col, tr.text(id), &formats.header)
                .map_err(fail)?;
            sheet.set_column_width(col, 16).map_err(fail)?;
        }
        for (r, row) in table.rows.iter().enumerate() {
            let r = u32::try_from(r + 1).map_err(|e| Error::Export(e.to_string()))?;
            for (c, cell) in row.iter().enumerate() {
                let c = u16::try_from(c).map_err(|e| Error::Export(e.to_string()))?;
                write_cell(sheet, r, c, cell, &formats).map_err(fail)?;
            }
        }
        sheet.set_freeze_panes(1, 0).map_err(fail)?;
    }
    book.save_to_buffer().map_err(fail)
}
