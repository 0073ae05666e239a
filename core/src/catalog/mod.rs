//! The catalogue: producers (the women and workshop collectives), products and categories.
//!
//! Each product has exactly one producer. Stock is never edited as a number: it moves by
//! `stock_moves`, and `products.stock_milli` is kept equal to their sum in the same
//! transaction (`souk check` verifies it).

pub mod ean;
pub mod edit;
pub mod import;
pub mod photo;
pub mod search;
pub mod weighed;

use chrono::{DateTime, Utc};
use rusqlite::{Connection, OptionalExtension, Row, params};
use serde::Serialize;

use crate::error::{CatalogError, Error, Result};
use crate::money::{Money, Quantity, Rate, Unit};
use crate::stored;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Producer {
    #[serde(skip)]
    pub id: i64,
    pub code: String,
    pub name_ar: String,
    pub name_latin: String,
    pub phone: Option<String>,
    pub workshop: Option<String>,
    /// The association's share of her sales; `None` means the shop's default.
    pub share_rate: Option<Rate>,
    pub joined: Option<String>,
    pub active: bool,
}

impl Producer {
    /// The first name, as receipts and counter buttons show it.
    pub fn first_name(&self) -> &str {
        first_word(&self.name_latin, &self.code)
    }

    /// Her first name in Arabic letters, for Arabic screens and receipts.
    pub fn first_name_ar(&self) -> &str {
        first_word(&self.name_ar, &self.code)
    }
}

/// The first word of a name (how the shop calls a maker), or `fallback` for an empty name.
pub fn first_word<'a>(name: &'a str, fallback: &'a str) -> &'a str {
    name.split_whitespace().next().unwrap_or(fallback)
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Product {
    #[serde(skip)]
    pub id: i64,
    pub sku: String,
    pub barcode: Option<String>,
    pub name_ar: String,
    pub name_fr: String,
    pub category: String,
    #[serde(skip)]
    pub producer_id: i64,
    #[serde(rename = "producer")]
    pub producer_code: String,
    pub unit: Unit,
    pub price: Money,
    pub stock_tracked: bool,
    #[serde(skip)]
    pub stock: Quantity,
    pub active: bool,
}

const PRODUCER_COLUMNS: &str =
    "id, code, name_ar, name_latin, phone, workshop, share_rate_bp, joined, active";

fn producer_from_row(row: &Row<'_>) -> rusqlite::Result<Producer> {
    stored::in_table("producers", row, |row| {
        Ok(Producer {
            id: row.get(0)?,
            code: row.get(1)?,
            name_ar: row.get(2)?,
            name_latin: row.get(3)?,
            phone: row.get(4)?,
            workshop: row.get(5)?,
            share_rate: row.get(6)?,
            joined: row.get(7)?,
            active: row.get(8)?,
        })
    })
}

const PRODUCT_COLUMNS: &str = "p.id, p.sku, p.barcode, p.name_ar, p.name_fr, p.category, \
     p.producer_id, pr.code, p.unit, p.price_c, p.stock_tracked, p.stock_milli, p.active";

fn product_from_row(row: &Row<'_>) -> rusqlite::Result<Product> {
    stored::in_table("products", row, |row| {
        Ok(Product {
            id: row.get(0)?,
            sku: row.get(1)?,
            barcode: row.get(2)?,
            name_ar: row.get(3)?,
            name_fr: row.get(4)?,
            category: row.get(5)?,
            producer_id: row.get(6)?,
            producer_code: row.get(7)?,
            unit: row.get(8)?,
            price: row.get(9)?,
            stock_tracked: row.get(10)?,
            stock: row.get(11)?,
            active: row.get(12)?,
        })
    })
}

pub fn producers(conn: &Connection) -> Result<Vec<Producer>> {
    let sql = format!("SELECT {PRODUCER_COLUMNS} FROM producers ORDER BY code");
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = stmt.query_map([], producer_from_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

pub fn producer_by_code(conn: &Connection, code: &str) -> Result<Option<Producer>> {
    let sql = format!("SELECT {PRODUCER_COLUMNS} FROM producers WHERE code = ?1");
    let mut stmt = conn.prepare_cached(&sql)?;
    Ok(stmt
        .query_row([code.trim()], producer_from_row)
        .optional()?)
}

pub fn producer_by_id(conn: &Connection, id: i64) -> Result<Producer> {
    let sql = format!("SELECT {PRODUCER_COLUMNS} FROM producers WHERE id = ?1");
    let mut stmt = conn.prepare_cached(&sql)?;
    Ok(stmt.query_row([id], producer_from_row)?)
}

pub fn products(conn: &Connection) -> Result<Vec<Product>> {
    let sql = format!(
        "SELECT {PRODUCT_COLUMNS} FROM products p JOIN producers pr ON pr.id = p.producer_id \
         ORDER BY p.sku"
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = stmt.query_map([], product_from_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// The product with this barcode or sku (sku ignoring case), active or not.
pub fn find_product(conn: &Connection, code: &str) -> Result<Option<Product>> {
    const BY_BARCODE: &str = "SELECT p.id, p.sku, p.barcode, p.name_ar, p.name_fr, p.category, \
         p.producer_id, pr.code, p.unit, p.price_c, p.stock_tracked, p.stock_milli, p.active \
         FROM products p JOIN producers pr ON pr.id = p.producer_id WHERE p.barcode = ?1";
    const BY_SKU: &str = "SELECT p.id, p.sku, p.barcode, p.name_ar, p.name_fr, p.category, \
         p.producer_id, pr.code, p.unit, p.price_c, p.stock_tracked, p.stock_milli, p.active \
         FROM products p JOIN producers pr ON pr.id = p.producer_id WHERE p.sku = ?1";
    let code = code.trim();
    // Barcodes are all digits; a scanner's code is tried as a barcode first.
    if code.len() == 13 && code.bytes().all(|b| b.is_ascii_digit()) {
        let found = conn
            .prepare_cached(BY_BARCODE)?
            .query_row([code], product_from_row)
            .optional()?;
        if found.is_some() {
            return Ok(found);
        }
    }
    Ok(conn
        .prepare_cached(BY_SKU)?
        .query_row([code], product_from_row)
        .optional()?)
}

/// The product as it is now, with the share rate a sale line of it copies (the producer's,
/// or the shop's default): what a sale reads inside its transaction, in one query.
/// This SQL and the two below spell the key of `settings::DEFAULT_SHARE`: importing
/// `settings` here would close an import cycle; the table's tests tie the two.
pub fn product_for_line(conn: &Connection, product_id: i64) -> Result<Option<(Product, Rate)>> {
    const SQL: &str = "SELECT p.id, p.sku, p.barcode, p.name_ar, p.name_fr, p.category, \
         p.producer_id, pr.code, p.unit, p.price_c, p.stock_tracked, p.stock_milli, p.active, \
         coalesce(pr.share_rate_bp, CAST(s.value AS INTEGER), 0) \
         FROM products p JOIN producers pr ON pr.id = p.producer_id \
         LEFT JOIN settings s ON s.key = 'default_share_rate_bp' WHERE p.id = ?1";
    let mut stmt = conn.prepare_cached(SQL)?;
    let found = stmt
        .query_row([product_id], |row| {
            Ok((product_from_row(row)?, row.get(13)?))
        })
        .optional()?;
    Ok(found)
}

/// The rate copied onto a sale line of this producer: hers, or the shop's default.
pub fn share_rate(conn: &Connection, producer_id: i64) -> Result<Rate> {
    let mut stmt = conn.prepare_cached(
        "SELECT coalesce(p.share_rate_bp, CAST(s.value AS INTEGER)) FROM producers p \
         LEFT JOIN settings s ON s.key = 'default_share_rate_bp' WHERE p.id = ?1",
    )?;
    let bp: Option<u32> = stmt.query_row([producer_id], |r| r.get(0))?;
    Ok(Rate::from_basis_points(bp.unwrap_or(0)))
}

/// The shop's default share, copied onto sale lines of producers without one of their own,
/// read as sales read it (0 when none is set).
pub fn default_share_rate(conn: &Connection) -> Result<Rate> {
    let mut stmt = conn.prepare_cached(
        "SELECT coalesce((SELECT CAST(value AS INTEGER) FROM settings \
         WHERE key = 'default_share_rate_bp'), 0)",
    )?;
    Ok(stmt.query_row([], |r| r.get(0))?)
}

/// The products that have been sold at least once: their price and producer are history.
pub fn sold_product_ids(conn: &Connection) -> Result<std::collections::HashSet<i64>> {
    let mut stmt = conn.prepare_cached("SELECT DISTINCT product_id FROM sale_lines")?;
    let ids = stmt.query_map([], |r| r.get(0))?;
    Ok(ids.collect::<rusqlite::Result<_>>()?)
}

/// Why stock moved.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StockReason {
    /// A count replaced the previous figure (import, inventory).
    Count,
    /// A producer brought items to the shop.
    Intake,
    Sale,
    Refund,
    Void,
    /// Unsold items given back to their producer.
    Return,
    /// A correction of an intake or a return that was recorded wrong.
    Adjust,
}

impl StockReason {
    fn code(self) -> &'static str {
        match self {
            StockReason::Count => "count",
            StockReason::Intake => "intake",
            StockReason::Sale => "sale",
            StockReason::Refund => "refund",
            StockReason::Void => "void",
            StockReason::Return => "return",
            StockReason::Adjust => "adjust",
        }
    }
}

/// Moves a product's stock by `delta` and keeps `products.stock_milli` equal to the sum of
/// its movements. Run inside the caller's transaction. Returns the movement's id.
pub fn move_stock(
    conn: &Connection,
    product_id: i64,
    delta: Quantity,
    reason: StockReason,
    at: DateTime<Utc>,
    sale_line_id: Option<i64>,
) -> Result<i64> {
    conn.prepare_cached(
        "INSERT INTO stock_moves (product_id, at_ms, kind, qty_milli, sale_line_id) \
         VALUES (?1, ?2, ?3, ?4, ?5)",
    )?
    .execute(params![
        product_id,
        at.timestamp_millis(),
        reason.code(),
        delta.milli(),
        sale_line_id
    ])?;
    let id = conn.last_insert_rowid();
    conn.prepare_cached("UPDATE products SET stock_milli = stock_milli + ?2 WHERE id = ?1")?
        .execute(params![product_id, delta.milli()])?;
    Ok(id)
}

pub fn category_codes(conn: &Connection) -> Result<Vec<String>> {
    let mut stmt = conn.prepare_cached("SELECT code FROM categories ORDER BY position")?;
    let rows = stmt.query_map([], |r| r.get(0))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Looks a product up for selling: it must exist and be active.
pub fn product_for_sale(conn: &Connection, code: &str) -> Result<Product> {
    let product = find_product(conn, code)?
        .ok_or_else(|| Error::Catalog(CatalogError::UnknownProduct(code.to_owned())))?;
    if !product.active {
        return Err(Error::Catalog(CatalogError::InactiveProduct(product.sku)));
    }
    Ok(product)
}

/// A product category (the centre's workshops), named in the three languages.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Category {
    pub code: String,
    pub name_ar: String,
    pub name_fr: String,
    pub name_en: String,
}

impl Category {
    pub fn name(&self, lang: crate::i18n::Lang) -> &str {
        match lang {
            crate::i18n::Lang::Ar => &self.name_ar,
            crate::i18n::Lang::Fr => &self.name_fr,
            crate::i18n::Lang::En => &self.name_en,
        }
    }
}

pub fn categories(conn: &Connection) -> Result<Vec<Category>> {
    let mut stmt = conn.prepare_cached(
        "SELECT code, name_ar, name_fr, name_en FROM categories ORDER BY position",
    )?;
    let rows = stmt.query_map([], |r| {
        Ok(Category {
            code: r.get(0)?,
            name_ar: r.get(1)?,
            name_fr: r.get(2)?,
            name_en: r.get(3)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}
