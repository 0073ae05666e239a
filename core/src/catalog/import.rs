//! CSV import of producers and products, all or nothing.
//!
//! Accepts what spreadsheets save: comma or semicolon separated, dot or comma decimals,
//! UTF-8 with or without a byte-order mark, columns in any order. Every row is checked
//! before anything is written; a file with a bad row imports nothing and every bad line is
//! reported with its number and reason. Re-importing updates rows by code or sku.

use std::collections::HashMap;

use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::{Connection, params};

use super::{StockReason, category_codes, ean, find_product, move_stock, producer_by_code};
use crate::audit;
use crate::db;
use crate::error::{CatalogError, Error, LineError, Result, UsersError};
use crate::i18n::Msg;
use crate::money::{Money, Quantity, Rate, Unit};
use crate::users::{self, Right};

pub use crate::error::catalog::{COLUMNS, column_meaning};

/// What an import did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ImportSummary {
    pub added: usize,
    pub updated: usize,
}

/// A parsed CSV: header names (lower-case) and rows with their line numbers.
struct Table {
    columns: HashMap<String, usize>,
    rows: Vec<(usize, Vec<String>)>,
}

impl Table {
    fn parse(bytes: &[u8]) -> Result<Table> {
        let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
        // Spreadsheets often save in the system's code page (Windows-1256 for Arabic) or
        // UTF-16: say which line and how to save it, rather than guess an encoding.
        let text = std::str::from_utf8(bytes).map_err(|e| {
            Error::Catalog(CatalogError::CsvNotUtf8 {
                line: bytes[..e.valid_up_to()]
                    .iter()
                    .filter(|b| **b == b'\n')
                    .count()
                    + 1,
            })
        })?;
        let header = text.lines().next().unwrap_or_default();
        let delimiter = if header.matches(';').count() > header.matches(',').count() {
            b';'
        } else {
            b','
        };
        let mut reader = csv::ReaderBuilder::new()
            .delimiter(delimiter)
            .flexible(true)
            .trim(csv::Trim::All)
            .from_reader(text.as_bytes());
        let columns = reader
            .headers()
            .map_err(|e| Error::Catalog(CatalogError::Csv(e.to_string())))?
            .iter()
            .enumerate()
            .map(|(i, name)| (name.trim().to_lowercase(), i))
            .collect();
        let mut rows = Vec::new();
        for record in reader.records() {
            let record = record.map_err(|e| Error::Catalog(CatalogError::Csv(e.to_string())))?;
            // The line a spreadsheet shows: the newlines up to the record's start, plus one.
            // csv's own line count differs between LF and CRLF files, and in a CRLF file a
            // record starts at the LF that ends the line before it.
            let start = record
                .position()
                .map_or(0, |p| usize::try_from(p.byte()).unwrap_or(0));
            let upto = (start + 1).min(text.len());
            let line = text
                .as_bytes()
                .get(..upto)
                .map_or(0, |before| before.iter().filter(|b| **b == b'\n').count())
                + 1;
            if record.iter().all(str::is_empty) {
                continue;
            }
            rows.push((line, record.iter().map(str::to_owned).collect()));
        }
        Ok(Table { columns, rows })
    }

    fn require(&self, names: &[&str]) -> Result<()> {
        match names.iter().find(|n| !self.columns.contains_key(**n)) {
            Some(missing) => Err(Error::Catalog(CatalogError::MissingColumn(
                (*missing).to_owned(),
            ))),
            None => Ok(()),
        }
    }

    fn get<'a>(&self, row: &'a [String], name: &str) -> &'a str {
        self.columns
            .get(name)
            .and_then(|i| row.get(*i))
            .map_or("", String::as_str)
    }
}

/// Collects the reasons a line is refused.
struct Problems {
    line: usize,
    found: Vec<LineError>,
}

impl Problems {
    /// Every cell is text someone may read on a receipt or a statement.
    fn visible(&mut self, row: &[String]) {
        if let Some(error) = row.iter().find_map(|cell| crate::text::check(cell).err()) {
            self.add(error.msg());
        }
    }

    fn add(&mut self, reason: Msg) {
        self.found.push(LineError {
            line: self.line,
            reason,
        });
    }

    fn field<T>(
        &mut self,
        field: &'static str,
        parsed: Result<T, crate::money::ParseError>,
    ) -> Option<T> {
        match parsed {
            Ok(v) => Some(v),
            Err(e) => {
                self.add(Error::parse(field, e).msg());
                None
            }
        }
    }
}

struct ProducerRow {
    code: String,
    name_ar: String,
    name_latin: String,
    phone: Option<String>,
    workshop: Option<String>,
    rate: Option<Rate>,
    joined: Option<String>,
}

/// Imports producers from CSV bytes: `code, name_ar, name_latin, phone, workshop,
/// association_share_percent, joined`, in one transaction of its own.
/// Nobody is named: allowed only while the shop has no administrator (it is being set up).
pub fn import_producers(conn: &mut Connection, bytes: &[u8]) -> Result<ImportSummary> {
    db::write(conn, |tx| {
        if users::pins_required(tx)? {
            return Err(Error::Users(UsersError::UserNeeded));
        }
        import_producers_in(tx, bytes)
    })
}

/// Imports producers as `by`, who needs the right to change the catalogue; the import is
/// written in the audit trail.
pub fn import_producers_as(
    conn: &mut Connection,
    by: i64,
    at: DateTime<Utc>,
    bytes: &[u8],
) -> Result<ImportSummary> {
    db::write(conn, |tx| {
        users::rights::require(tx, by, Right::Catalogue)?;
        let summary = import_producers_in(tx, bytes)?;
        audit_import(tx, by, at, "producers", summary)?;
        Ok(summary)
    })
}

fn audit_import(
    conn: &Connection,
    by: i64,
    at: DateTime<Utc>,
    what: &str,
    summary: ImportSummary,
) -> Result<()> {
    let after = serde_json::json!({ "added": summary.added, "updated": summary.updated });
    Ok(audit::record(
        conn,
        at,
        &audit::Record::new(by, audit::Action::CatalogueImported, what).after(after),
    )?)
}

/// Imports producers inside the caller's transaction.
pub fn import_producers_in(conn: &Connection, bytes: &[u8]) -> Result<ImportSummary> {
    let table = Table::parse(bytes)?;
    table.require(&["code", "name_ar", "name_latin"])?;
    let workshops = category_codes(conn)?;
    let mut errors = Vec::new();
    let mut seen: HashMap<String, usize> = HashMap::new();
    let mut valid = Vec::new();
    for (line, row) in &table.rows {
        let mut p = Problems {
            line: *line,
            found: Vec::new(),
        };
        p.visible(row);
        let code = table.get(row, "code").to_owned();
        if code.is_empty() {
            p.add(Msg::new("import-no-code"));
        } else if let Some(first) = seen.insert(code.to_lowercase(), *line) {
            p.add(
                Msg::new("import-duplicate-in-file")
                    .arg("code", &code)
                    .arg("first", first),
            );
        }
        let (name_ar, name_latin) = (table.get(row, "name_ar"), table.get(row, "name_latin"));
        if name_ar.is_empty() && name_latin.is_empty() {
            p.add(Msg::new("import-no-name"));
        }
        let workshop = non_empty(table.get(row, "workshop")).map(str::to_lowercase);
        if let Some(w) = workshop
            .as_deref()
            .filter(|w| !workshops.iter().any(|c| c == w))
        {
            p.add(
                Msg::new("import-unknown-workshop")
                    .arg("value", w)
                    .arg("known", workshops.join(", ")),
            );
        }
        let rate = match non_empty(table.get(row, "association_share_percent")) {
            Some(text) => p
                .field("association_share_percent", Rate::parse_percent(text))
                .map(Some),
            None => Some(None),
        };
        let joined = non_empty(table.get(row, "joined")).map(str::to_owned);
        if let Some(j) = joined
            .as_deref()
            .filter(|j| NaiveDate::parse_from_str(j, "%Y-%m-%d").is_err())
        {
            p.add(Msg::new("import-bad-date").arg("value", j));
        }
        if p.found.is_empty() {
            valid.push(ProducerRow {
                code,
                name_ar: or_other(name_ar, name_latin),
                name_latin: or_other(name_latin, name_ar),
                phone: non_empty(table.get(row, "phone")).map(str::to_owned),
                workshop,
                rate: rate.flatten(),
                joined,
            });
        }
        errors.extend(p.found);
    }
    if !errors.is_empty() {
        return Err(Error::Catalog(CatalogError::Import { errors }));
    }
    let mut summary = ImportSummary::default();
    for r in &valid {
        let existed = producer_by_code(conn, &r.code)?.is_some();
        conn.prepare_cached(
            "INSERT INTO producers (code, name_ar, name_latin, phone, workshop, share_rate_bp, joined) \
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) \
             ON CONFLICT (code) DO UPDATE SET name_ar = excluded.name_ar, \
             name_latin = excluded.name_latin, phone = excluded.phone, workshop = excluded.workshop, \
             share_rate_bp = excluded.share_rate_bp, joined = excluded.joined",
        )?
        .execute(params![
            r.code,
            r.name_ar,
            r.name_latin,
            r.phone,
            r.workshop,
            r.rate.map(Rate::basis_points),
            r.joined
        ])?;
        if existed {
            summary.updated += 1
        } else {
            summary.added += 1
        }
    }
    Ok(summary)
}

struct ProductRow {
    sku: String,
    barcode: Option<String>,
    name_ar: String,
    name_fr: String,
    category: String,
    producer_id: i64,
    unit: Unit,
    price: Money,
    stock: Option<Quantity>,
}

/// Imports products from CSV bytes: `sku, barcode, name_ar, name_fr, category,
/// producer_code, unit, price, stock` (stock empty: not tracked), in one transaction of its
/// own. Stock counts enter as stock movements at `at`.
pub fn import_products(
    conn: &mut Connection,
    bytes: &[u8],
    at: DateTime<Utc>,
) -> Result<ImportSummary> {
    db::write(conn, |tx| {
        if users::pins_required(tx)? {
            return Err(Error::Users(UsersError::UserNeeded));
        }
        import_products_in(tx, bytes, at)
    })
}

/// Imports products as `by`, who needs the right to change the catalogue; the import is
/// written in the audit trail.
pub fn import_products_as(
    conn: &mut Connection,
    by: i64,
    bytes: &[u8],
    at: DateTime<Utc>,
) -> Result<ImportSummary> {
    db::write(conn, |tx| {
        users::rights::require(tx, by, Right::Catalogue)?;
        let summary = import_products_in(tx, bytes, at)?;
        audit_import(tx, by, at, "products", summary)?;
        Ok(summary)
    })
}

/// Imports products inside the caller's transaction.
pub fn import_products_in(
    conn: &Connection,
    bytes: &[u8],
    at: DateTime<Utc>,
) -> Result<ImportSummary> {
    let table = Table::parse(bytes)?;
    table.require(&[
        "sku",
        "name_ar",
        "name_fr",
        "category",
        "producer_code",
        "unit",
        "price",
    ])?;
    // Every product names its producer: with none in the shop yet, every line would be
    // refused for the same reason. One sentence says what to do instead.
    let any_producer: bool =
        conn.query_row("SELECT EXISTS (SELECT 1 FROM producers)", [], |r| r.get(0))?;
    if !any_producer && !table.rows.is_empty() {
        return Err(Error::Catalog(CatalogError::ProducersFirst {
            lines: table.rows.len(),
        }));
    }
    let categories = category_codes(conn)?;
    let mut errors = Vec::new();
    let mut seen_sku: HashMap<String, usize> = HashMap::new();
    let mut seen_barcode: HashMap<String, usize> = HashMap::new();
    let mut valid = Vec::new();
    for (line, row) in &table.rows {
        let mut p = Problems {
            line: *line,
            found: Vec::new(),
        };
        p.visible(row);
        let sku = table.get(row, "sku").to_owned();
        let producer = producer_by_code(conn, table.get(row, "producer_code"))?;
        if producer.is_none() {
            p.add(Msg::new("import-unknown-producer").arg("code", table.get(row, "producer_code")));
        }
        if sku.is_empty() {
            p.add(Msg::new("import-no-sku"));
        } else if let Some(first) = seen_sku.insert(sku.to_lowercase(), *line) {
            p.add(
                Msg::new("import-duplicate-in-file")
                    .arg("code", &sku)
                    .arg("first", first),
            );
        } else if let (Some(existing), Some(producer)) = (find_product(conn, &sku)?, &producer) {
            // Updating by sku is the point of re-importing; moving a product to another
            // woman is not: her past sales would not follow it.
            if existing.producer_id != producer.id {
                p.add(
                    Msg::new("import-sku-taken")
                        .arg("code", &sku)
                        .arg("owner", &existing.producer_code),
                );
            }
        }
        let barcode = non_empty(table.get(row, "barcode")).map(str::to_owned);
        if let Some(code) = &barcode {
            if !ean::is_valid(code) {
                p.add(Msg::new("import-bad-barcode").arg("code", code));
            } else if let Some(first) = seen_barcode.insert(code.clone(), *line) {
                p.add(
                    Msg::new("import-duplicate-in-file")
                        .arg("code", code)
                        .arg("first", first),
                );
            } else if let Some(other) =
                find_product(conn, code)?.filter(|o| !o.sku.eq_ignore_ascii_case(&sku))
            {
                p.add(
                    Msg::new("import-barcode-taken")
                        .arg("code", code)
                        .arg("owner", &other.sku),
                );
            }
        }
        let (name_ar, name_fr) = (table.get(row, "name_ar"), table.get(row, "name_fr"));
        if name_ar.is_empty() && name_fr.is_empty() {
            p.add(Msg::new("import-no-name"));
        }
        let category = table.get(row, "category").to_lowercase();
        if !categories.contains(&category) {
            p.add(
                Msg::new("import-unknown-category")
                    .arg("value", &category)
                    .arg("known", categories.join(", ")),
            );
        }
        let unit = Unit::from_code(table.get(row, "unit"));
        if unit.is_none() {
            p.add(Msg::new("import-unknown-unit").arg("value", table.get(row, "unit")));
        }
        let price = p.field("price", Money::parse(table.get(row, "price")));
        let stock = match (non_empty(table.get(row, "stock")), unit) {
            (None, _) | (_, None) => None,
            (Some("0"), _) => Some(Quantity::ZERO),
            (Some(text), Some(unit)) => p.field("stock", Quantity::parse(text, unit)),
        };
        if let (true, Some(producer), Some(unit), Some(price)) =
            (p.found.is_empty(), producer, unit, price)
        {
            valid.push(ProductRow {
                sku,
                barcode,
                name_ar: or_other(name_ar, name_fr),
                name_fr: or_other(name_fr, name_ar),
                category,
                producer_id: producer.id,
                unit,
                price,
                stock,
            });
        }
        errors.extend(p.found);
    }
    if !errors.is_empty() {
        return Err(Error::Catalog(CatalogError::Import { errors }));
    }
    let mut summary = ImportSummary::default();
    for r in &valid {
        let existing = find_product(conn, &r.sku)?;
        conn.prepare_cached(
            "INSERT INTO products (sku, barcode, name_ar, name_fr, category, producer_id, unit, \
             price_c, stock_tracked) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) \
             ON CONFLICT (sku) DO UPDATE SET barcode = excluded.barcode, name_ar = excluded.name_ar, \
             name_fr = excluded.name_fr, category = excluded.category, unit = excluded.unit, \
             price_c = excluded.price_c, stock_tracked = excluded.stock_tracked",
        )?
        .execute(params![
            r.sku,
            r.barcode,
            r.name_ar,
            r.name_fr,
            r.category,
            r.producer_id,
            r.unit.as_str(),
            r.price.centimes(),
            r.stock.is_some()
        ])?;
        let id: i64 =
            conn.query_row("SELECT id FROM products WHERE sku = ?1", [&r.sku], |row| {
                row.get(0)
            })?;
        let current = existing.as_ref().map_or(Quantity::ZERO, |e| e.stock);
        if let Some(count) = r.stock.filter(|c| *c != current) {
            move_stock(conn, id, count - current, StockReason::Count, at, None)?;
        }
        if existing.is_some() {
            summary.updated += 1
        } else {
            summary.added += 1
        }
    }
    Ok(summary)
}

fn non_empty(text: &str) -> Option<&str> {
    Some(text.trim()).filter(|t| !t.is_empty())
}

fn or_other(primary: &str, other: &str) -> String {
    if primary.is_empty() {
        other.to_owned()
    } else {
        primary.to_owned()
    }
}
