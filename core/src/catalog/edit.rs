//! Adding and editing producers and products one at a time, as the catalogue screen does.
//!
//! A form arrives as the text a person typed; it is checked with the rules of the CSV
//! import (`Money::parse`, `Rate::parse_percent`, `ean::is_valid`, known categories and
//! producers, unique codes, a name in at least one script) and refused with a typed error
//! whose message says what to fix. Nothing is ever deleted: a producer or a product that
//! should no longer appear is deactivated. A product that has been sold keeps its producer,
//! so every statement has one maker per product. Stock counts move through `move_stock`,
//! never by editing the stored figure. In-store barcodes are EAN-13 codes starting with `2`.

use chrono::{DateTime, Utc};
use rusqlite::{Connection, OptionalExtension, params};

use super::{
    Producer, Product, StockReason, category_codes, ean, move_stock, producer_by_code,
    producer_by_id,
};
use crate::audit::{self, Action};
use crate::db;
use crate::error::{CatalogError, Error, Result};
use crate::i18n::Lang;
use crate::money::{Money, Quantity, Rate, Unit};
use crate::users::{Right, rights};

/// The first twelve digits of the first in-store code: GS1 keeps prefix 2 for use inside
/// one shop, and `20` is the part of it that scales do not use for weights or prices.
const STORE_FIRST: u64 = 200_000_000_001;
const STORE_LAST: u64 = 209_999_999_999;

/// A producer as typed in the form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProducerForm {
    /// Empty: Souk chooses the next free `P…` code.
    pub code: String,
    pub name_ar: String,
    pub name_latin: String,
    pub phone: String,
    /// A category code, or empty.
    pub workshop: String,
    /// The association's share in percent; empty for the shop's default.
    pub share_percent: String,
    pub active: bool,
}

impl Default for ProducerForm {
    fn default() -> ProducerForm {
        ProducerForm {
            code: String::new(),
            name_ar: String::new(),
            name_latin: String::new(),
            phone: String::new(),
            workshop: String::new(),
            share_percent: String::new(),
            active: true,
        }
    }
}

impl ProducerForm {
    /// The form filled with a producer as she is, to be edited.
    pub fn from_producer(producer: &Producer, lang: Lang) -> ProducerForm {
        ProducerForm {
            code: producer.code.clone(),
            name_ar: producer.name_ar.clone(),
            name_latin: producer.name_latin.clone(),
            phone: producer.phone.clone().unwrap_or_default(),
            workshop: producer.workshop.clone().unwrap_or_default(),
            share_percent: producer
                .share_rate
                .map(|r| local_decimal(&r.plain(), lang))
                .unwrap_or_default(),
            active: producer.active,
        }
    }
}

/// A product as typed in the form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProductForm {
    /// Empty: Souk chooses `<producer code>-<next number>`.
    pub sku: String,
    /// Empty: no barcode (the counter finds it by name or sku).
    pub barcode: String,
    pub name_ar: String,
    pub name_fr: String,
    /// A category code.
    pub category: String,
    /// The producer's code.
    pub producer: String,
    pub unit: Unit,
    pub price: String,
    pub stock_tracked: bool,
    /// The count on the shelf now, when stock is tracked; empty leaves it as it is.
    pub stock: String,
    pub active: bool,
}

impl Default for ProductForm {
    fn default() -> ProductForm {
        ProductForm {
            sku: String::new(),
            barcode: String::new(),
            name_ar: String::new(),
            name_fr: String::new(),
            category: String::new(),
            producer: String::new(),
            unit: Unit::Piece,
            price: String::new(),
            stock_tracked: false,
            stock: String::new(),
            active: true,
        }
    }
}

impl ProductForm {
    /// The form filled with a product as it is, numbers written the language's way.
    pub fn from_product(product: &Product, lang: Lang) -> ProductForm {
        ProductForm {
            sku: product.sku.clone(),
            barcode: product.barcode.clone().unwrap_or_default(),
            name_ar: product.name_ar.clone(),
            name_fr: product.name_fr.clone(),
            category: product.category.clone(),
            producer: product.producer_code.clone(),
            unit: product.unit,
            price: local_decimal(&product.price.plain(), lang),
            stock_tracked: product.stock_tracked,
            stock: if product.stock_tracked {
                local_decimal(&product.stock.plain(product.unit), lang)
            } else {
                String::new()
            },
            active: product.active,
        }
    }
}

/// `12.50` as French and Arabic type it (`12,50`); `Money::parse` reads both.
fn local_decimal(plain: &str, lang: Lang) -> String {
    match lang {
        Lang::En => plain.to_owned(),
        Lang::Fr | Lang::Ar => plain.replace('.', ","),
    }
}

fn non_empty(text: &str) -> Option<&str> {
    Some(text.trim()).filter(|t| !t.is_empty())
}

/// The name in one script, or the other's when only one was typed (as the import does).
fn names(first: &str, second: &str) -> Result<(String, String)> {
    crate::text::check(first.trim())?;
    crate::text::check(second.trim())?;
    match (non_empty(first), non_empty(second)) {
        (None, None) => Err(Error::NameRequired),
        (Some(a), None) => Ok((a.to_owned(), a.to_owned())),
        (None, Some(b)) => Ok((b.to_owned(), b.to_owned())),
        (Some(a), Some(b)) => Ok((a.to_owned(), b.to_owned())),
    }
}

struct ValidProducer {
    code: String,
    name_ar: String,
    name_latin: String,
    phone: Option<String>,
    workshop: Option<String>,
    rate: Option<Rate>,
}

fn check_producer(
    conn: &Connection,
    id: Option<i64>,
    form: &ProducerForm,
) -> Result<ValidProducer> {
    let (name_ar, name_latin) = names(&form.name_ar, &form.name_latin)?;
    for text in [&form.code, &form.phone, &form.workshop] {
        crate::text::check(text.trim())?;
    }
    let code = match non_empty(&form.code) {
        Some(code) => code.to_owned(),
        None => match id {
            Some(id) => producer_by_id(conn, id)?.code,
            None => next_producer_code(conn)?,
        },
    };
    if let Some(other) = producer_by_code(conn, &code)?.filter(|p| Some(p.id) != id) {
        return Err(Error::Catalog(CatalogError::ProducerCodeTaken(other.code)));
    }
    let workshop = non_empty(&form.workshop).map(str::to_lowercase);
    if let Some(w) = &workshop {
        let known = category_codes(conn)?;
        if !known.contains(w) {
            return Err(Error::Catalog(CatalogError::UnknownWorkshop {
                value: w.clone(),
                known: known.join(", "),
            }));
        }
    }
    let rate = non_empty(&form.share_percent)
        .map(Rate::parse_percent)
        .transpose()
        .map_err(|e| Error::parse("association_share_percent", e))?;
    Ok(ValidProducer {
        code,
        name_ar,
        name_latin,
        phone: non_empty(&form.phone).map(str::to_owned),
        workshop,
        rate,
    })
}

/// The next free producer code: `P` and three digits after the highest such code.
pub fn next_producer_code(conn: &Connection) -> Result<String> {
    let codes: Vec<String> = super::producers(conn)?
        .into_iter()
        .map(|p| p.code)
        .collect();
    let highest = codes
        .iter()
        .filter_map(|c| c.strip_prefix(['P', 'p']))
        .filter_map(|n| n.parse::<u32>().ok())
        .max()
        .unwrap_or(0);
    let mut next = highest.saturating_add(1);
    loop {
        let code = format!("P{next:03}");
        if !codes.iter().any(|c| c.eq_ignore_ascii_case(&code)) {
            return Ok(code);
        }
        next = next.saturating_add(1);
    }
}

/// Adds a producer, active unless the form says otherwise.
pub fn create_producer(
    conn: &mut Connection,
    by: i64,
    at: DateTime<Utc>,
    form: &ProducerForm,
) -> Result<Producer> {
    db::write(conn, |tx| {
        rights::require(tx, by, Right::Catalogue)?;
        let p = check_producer(tx, None, form)?;
        tx.prepare_cached(
            "INSERT INTO producers (code, name_ar, name_latin, phone, workshop, share_rate_bp, \
             active) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        )?
        .execute(params![
            p.code,
            p.name_ar,
            p.name_latin,
            p.phone,
            p.workshop,
            p.rate.map(Rate::basis_points),
            form.active
        ])?;
        let producer = producer_by_id(tx, tx.last_insert_rowid())?;
        audit_change(
            tx,
            at,
            by,
            Action::ProducerAdded,
            &producer.code,
            None,
            &producer,
        )?;
        Ok(producer)
    })
}

/// Changes a producer. Her share rate applies to sales made from now on: sale lines keep
/// the rate they were sold with. Deactivating her here also withdraws her products.
pub fn update_producer(
    conn: &mut Connection,
    by: i64,
    at: DateTime<Utc>,
    id: i64,
    form: &ProducerForm,
) -> Result<Producer> {
    db::write(conn, |tx| {
        rights::require(tx, by, Right::Catalogue)?;
        let before = existing_producer(tx, id)?;
        let p = check_producer(tx, Some(id), form)?;
        tx.prepare_cached(
            "UPDATE producers SET code = ?2, name_ar = ?3, name_latin = ?4, phone = ?5, \
             workshop = ?6, share_rate_bp = ?7 WHERE id = ?1",
        )?
        .execute(params![
            id,
            p.code,
            p.name_ar,
            p.name_latin,
            p.phone,
            p.workshop,
            p.rate.map(Rate::basis_points)
        ])?;
        if before.active != form.active {
            set_producer_active_in(tx, id, form.active)?;
        }
        producer_changed(tx, at, by, &before)
    })
}

/// The product as it is now, written in the audit trail beside how it was.
fn product_changed(
    tx: &Connection,
    at: DateTime<Utc>,
    by: i64,
    before: &Product,
) -> Result<Product> {
    let after = existing_product(tx, before.id)?;
    let subject = after.sku.clone();
    audit_change(
        tx,
        at,
        by,
        Action::ProductChanged,
        &subject,
        Some(before),
        &after,
    )?;
    Ok(after)
}

/// The producer as she is now, written in the audit trail beside how she was.
fn producer_changed(
    tx: &Connection,
    at: DateTime<Utc>,
    by: i64,
    before: &Producer,
) -> Result<Producer> {
    let after = producer_by_id(tx, before.id)?;
    let subject = after.code.clone();
    audit_change(
        tx,
        at,
        by,
        Action::ProducerChanged,
        &subject,
        Some(before),
        &after,
    )?;
    Ok(after)
}

fn existing_producer(conn: &Connection, id: i64) -> Result<Producer> {
    match producer_by_id(conn, id) {
        Err(Error::Sqlite(e)) if matches!(*e, rusqlite::Error::QueryReturnedNoRows) => Err(
            Error::Catalog(CatalogError::UnknownProducer(format!("#{id}"))),
        ),
        other => other,
    }
}

/// Deactivates or reactivates a producer. Deactivating her withdraws her products from
/// sale too (nobody can sell for a woman who left); reactivating her does not put them
/// back on sale by itself. Returns how many products were withdrawn.
pub fn set_producer_active(
    conn: &mut Connection,
    by: i64,
    at: DateTime<Utc>,
    id: i64,
    active: bool,
) -> Result<usize> {
    db::write(conn, |tx| {
        rights::require(tx, by, Right::Catalogue)?;
        let before = existing_producer(tx, id)?;
        let withdrawn = set_producer_active_in(tx, id, active)?;
        producer_changed(tx, at, by, &before)?;
        Ok(withdrawn)
    })
}

fn set_producer_active_in(conn: &Connection, id: i64, active: bool) -> Result<usize> {
    existing_producer(conn, id)?;
    conn.prepare_cached("UPDATE producers SET active = ?2 WHERE id = ?1")?
        .execute(params![id, active])?;
    if active {
        return Ok(0);
    }
    Ok(conn
        .prepare_cached("UPDATE products SET active = 0 WHERE producer_id = ?1 AND active = 1")?
        .execute([id])?)
}

struct ValidProduct {
    sku: String,
    barcode: Option<String>,
    name_ar: String,
    name_fr: String,
    category: String,
    producer: Producer,
    unit: Unit,
    price: Money,
    /// `Some` when stock is tracked and a count was typed.
    count: Option<Quantity>,
}

fn check_product(conn: &Connection, id: Option<i64>, form: &ProductForm) -> Result<ValidProduct> {
    let (name_ar, name_fr) = names(&form.name_ar, &form.name_fr)?;
    crate::text::check(form.sku.trim())?;
    let producer_code =
        non_empty(&form.producer).ok_or(Error::Catalog(CatalogError::ProducerRequired))?;
    let producer = producer_by_code(conn, producer_code)?
        .ok_or_else(|| Error::Catalog(CatalogError::UnknownProducer(producer_code.to_owned())))?;
    let category = form.category.trim().to_lowercase();
    let known = category_codes(conn)?;
    if !known.contains(&category) {
        return Err(Error::Catalog(CatalogError::UnknownCategory {
            value: category,
            known: known.join(", "),
        }));
    }
    let price = Money::parse(&form.price).map_err(|e| Error::parse("price", e))?;
    let sku = match (non_empty(&form.sku), id) {
        (Some(sku), _) => sku.to_owned(),
        (None, Some(id)) => existing_product(conn, id)?.sku,
        (None, None) => next_sku(conn, &producer.code)?,
    };
    if let Some(owner) = sku_owner(conn, &sku, id)? {
        return Err(Error::Catalog(CatalogError::SkuTaken { code: sku, owner }));
    }
    let barcode = non_empty(&form.barcode).map(str::to_owned);
    if let Some(code) = &barcode {
        if !ean::is_valid(code) {
            return Err(Error::Catalog(CatalogError::InvalidBarcode(code.clone())));
        }
        if let Some(owner) = barcode_owner(conn, code, id)? {
            return Err(Error::Catalog(CatalogError::BarcodeTaken {
                code: code.clone(),
                owner,
            }));
        }
    }
    let count = match (form.stock_tracked, non_empty(&form.stock)) {
        (false, _) | (true, None) => None,
        (true, Some("0")) => Some(Quantity::ZERO),
        (true, Some(text)) => {
            Some(Quantity::parse(text, form.unit).map_err(|e| Error::parse("stock", e))?)
        }
    };
    Ok(ValidProduct {
        sku,
        barcode,
        name_ar,
        name_fr,
        category,
        producer,
        unit: form.unit,
        price,
        count,
    })
}

/// The sku of another product that uses `sku` as its sku, or as its barcode (a scanner
/// typing it would find that one first).
fn sku_owner(conn: &Connection, sku: &str, id: Option<i64>) -> Result<Option<String>> {
    let mut stmt = conn.prepare_cached(
        "SELECT sku FROM products WHERE (sku = ?1 OR barcode = ?1) AND id IS NOT ?2 LIMIT 1",
    )?;
    Ok(stmt.query_row(params![sku, id], |r| r.get(0)).optional()?)
}

/// The sku of another product with this barcode (or with it as its sku).
fn barcode_owner(conn: &Connection, code: &str, id: Option<i64>) -> Result<Option<String>> {
    sku_owner(conn, code, id)
}

fn existing_product(conn: &Connection, id: i64) -> Result<Product> {
    product_by_id(conn, id)?
        .ok_or_else(|| Error::Catalog(CatalogError::UnknownProduct(format!("#{id}"))))
}

/// A product by its id, active or not.
pub fn product_by_id(conn: &Connection, id: i64) -> Result<Option<Product>> {
    let sql = format!(
        "SELECT {} FROM products p JOIN producers pr ON pr.id = p.producer_id WHERE p.id = ?1",
        super::PRODUCT_COLUMNS
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    Ok(stmt.query_row([id], super::product_from_row).optional()?)
}

/// Whether any sale (or refund) line names this product.
pub fn product_has_sales(conn: &Connection, id: i64) -> Result<bool> {
    let mut stmt = conn.prepare_cached("SELECT 1 FROM sale_lines WHERE product_id = ?1 LIMIT 1")?;
    Ok(stmt.exists([id])?)
}

/// The next free sku for a product of this producer: her code, a dash, and four digits
/// after the highest number any sku ends with (`P001-0111`), as the shop's tags read.
pub fn next_sku(conn: &Connection, producer_code: &str) -> Result<String> {
    let skus: Vec<String> = conn
        .prepare_cached("SELECT sku FROM products")?
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    let highest = skus
        .iter()
        .filter_map(|s| s.rsplit_once('-'))
        .filter_map(|(_, n)| n.parse::<u32>().ok())
        .max()
        .unwrap_or(0);
    let mut next = highest.saturating_add(1);
    loop {
        let sku = format!("{producer_code}-{next:04}");
        if sku_owner(conn, &sku, None)?.is_none() {
            return Ok(sku);
        }
        next = next.saturating_add(1);
    }
}

/// Adds a product. A tracked product's first count enters as a stock movement at `at`.
pub fn create_product(
    conn: &mut Connection,
    by: i64,
    form: &ProductForm,
    at: DateTime<Utc>,
) -> Result<Product> {
    db::write(conn, |tx| {
        rights::require(tx, by, Right::Catalogue)?;
        let product = insert_product(tx, form, at)?;
        audit_change(
            tx,
            at,
            by,
            Action::ProductAdded,
            &product.sku,
            None,
            &product,
        )?;
        Ok(product)
    })
}

/// Adds a product inside the caller's transaction (an intake creates products with the
/// movements that bring them in). The caller checks the right and writes the audit.
pub fn insert_product(tx: &Connection, form: &ProductForm, at: DateTime<Utc>) -> Result<Product> {
    {
        let p = check_product(tx, None, form)?;
        if !p.producer.active && form.active {
            return Err(Error::Catalog(CatalogError::InactiveProducer(
                p.producer.code,
            )));
        }
        tx.prepare_cached(
            "INSERT INTO products (sku, barcode, name_ar, name_fr, category, producer_id, unit, \
             price_c, stock_tracked, active) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
        )?
        .execute(params![
            p.sku,
            p.barcode,
            p.name_ar,
            p.name_fr,
            p.category,
            p.producer.id,
            p.unit.as_str(),
            p.price.centimes(),
            form.stock_tracked,
            form.active
        ])?;
        let id = tx.last_insert_rowid();
        if let Some(count) = p.count.filter(|c| *c != Quantity::ZERO) {
            move_stock(tx, id, count, StockReason::Count, at, None)?;
        }
        existing_product(tx, id)
    }
}

/// Changes a product. Prices apply to sales made from now on (sale lines keep theirs). Its
/// producer cannot change once it has been sold. A typed count that differs from the
/// stock enters as a count movement at `at`.
pub fn update_product(
    conn: &mut Connection,
    by: i64,
    id: i64,
    form: &ProductForm,
    at: DateTime<Utc>,
) -> Result<Product> {
    db::write(conn, |tx| {
        rights::require(tx, by, Right::Catalogue)?;
        let before = existing_product(tx, id)?;
        let p = check_product(tx, Some(id), form)?;
        if p.producer.id != before.producer_id && product_has_sales(tx, id)? {
            return Err(Error::Catalog(CatalogError::ProducerChangeAfterSale {
                sku: before.sku,
            }));
        }
        // Putting a product on sale, or under another producer, needs an active producer.
        let newly_sold = !before.active || p.producer.id != before.producer_id;
        if form.active && newly_sold && !p.producer.active {
            return Err(Error::Catalog(CatalogError::InactiveProducer(
                p.producer.code,
            )));
        }
        tx.prepare_cached(
            "UPDATE products SET sku = ?2, barcode = ?3, name_ar = ?4, name_fr = ?5, \
             category = ?6, producer_id = ?7, unit = ?8, price_c = ?9, stock_tracked = ?10, \
             active = ?11 WHERE id = ?1",
        )?
        .execute(params![
            id,
            p.sku,
            p.barcode,
            p.name_ar,
            p.name_fr,
            p.category,
            p.producer.id,
            p.unit.as_str(),
            p.price.centimes(),
            form.stock_tracked,
            form.active
        ])?;
        if let Some(count) = p.count.filter(|c| *c != before.stock) {
            move_stock(tx, id, count - before.stock, StockReason::Count, at, None)?;
        }
        product_changed(tx, at, by, &before)
    })
}

/// Withdraws a product from sale, or puts it back. Its sales stay as they were. A product
/// of an inactive producer cannot be put back on sale.
pub fn set_product_active(
    conn: &mut Connection,
    by: i64,
    at: DateTime<Utc>,
    id: i64,
    active: bool,
) -> Result<Product> {
    db::write(conn, |tx| {
        rights::require(tx, by, Right::Catalogue)?;
        let product = existing_product(tx, id)?;
        if active && !producer_by_id(tx, product.producer_id)?.active {
            return Err(Error::Catalog(CatalogError::InactiveProducer(
                product.producer_code,
            )));
        }
        tx.prepare_cached("UPDATE products SET active = ?2 WHERE id = ?1")?
            .execute(params![id, active])?;
        product_changed(tx, at, by, &product)
    })
}

/// The next in-store EAN-13: prefix `20`, the code after the highest one the shop already
/// uses (`2000000000015` → `2000000000022`), with its check digit; the smallest free one
/// if the range's end was reached. Unique among products.
pub fn next_store_barcode(conn: &Connection) -> Result<String> {
    let codes: Vec<String> = conn
        .prepare_cached("SELECT barcode FROM products WHERE barcode LIKE '20%'")?
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    let mut used: Vec<u64> = codes
        .iter()
        .filter(|c| ean::is_valid(c))
        .filter_map(|c| c.get(..12)?.parse::<u64>().ok())
        .filter(|n| (STORE_FIRST..=STORE_LAST).contains(n))
        .collect();
    used.sort_unstable();
    let after_highest = used.last().map_or(STORE_FIRST, |n| n + 1);
    let body = if after_highest <= STORE_LAST {
        after_highest
    } else {
        // The range is full at its end: take the first gap.
        let mut candidate = STORE_FIRST;
        for n in &used {
            if *n != candidate {
                break;
            }
            candidate += 1;
        }
        if candidate > STORE_LAST {
            return Err(Error::Catalog(CatalogError::NoStoreBarcodeLeft));
        }
        candidate
    };
    Ok(with_check_digit(body))
}

fn with_check_digit(body: u64) -> String {
    let text = format!("{body:012}");
    let mut digits = [0u8; 12];
    for (d, b) in digits.iter_mut().zip(text.bytes()) {
        *d = b - b'0';
    }
    format!("{text}{}", ean::check_digit(&digits))
}

/// Gives a product without a barcode the next in-store one, and returns it.
pub fn assign_store_barcode(conn: &mut Connection, by: i64, id: i64) -> Result<String> {
    db::write(conn, |tx| {
        rights::require(tx, by, Right::Catalogue)?;
        let product = existing_product(tx, id)?;
        if let Some(code) = product.barcode {
            return Err(Error::Catalog(CatalogError::BarcodeTaken {
                code,
                owner: product.sku,
            }));
        }
        let code = next_store_barcode(tx)?;
        tx.prepare_cached("UPDATE products SET barcode = ?2 WHERE id = ?1")?
            .execute(params![id, code])?;
        Ok(code)
    })
}

/// Writes a catalogue change in the audit trail with the record as it was and as it is.
fn audit_change<T: serde::Serialize>(
    conn: &Connection,
    at: DateTime<Utc>,
    by: i64,
    action: Action,
    subject: &str,
    before: Option<&T>,
    after: &T,
) -> Result<()> {
    let value = |v: &T| serde_json::to_value(v).unwrap_or(serde_json::Value::Null);
    let mut entry = audit::Record::new(by, action, subject).after(value(after));
    if let Some(before) = before {
        entry = entry.before(value(before));
    }
    Ok(audit::record(conn, at, &entry)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn check_digits_of_store_codes() {
        assert_eq!(with_check_digit(200_000_000_001), "2000000000015");
        assert_eq!(with_check_digit(200_000_000_110), "2000000001104");
        assert!(ean::is_valid(&with_check_digit(STORE_LAST)));
    }
}
