//! Intake and returns: what a producer brings to the shop (a deposit) and what goes back to
//! her unsold (a return), each a numbered paper she signs.
//!
//! Its own folder rather than the catalogue's: a deposit is a ledger of its own (numbered,
//! dated, signed, append-only, who took it in), with its slips and its stock view, and the
//! catalogue only lends it `move_stock` and product creation. Stock moves only through
//! `catalog::move_stock`, one movement per deposit line, in the deposit's transaction, so
//! `souk check` keeps proving stock equals its movements. A mistake is corrected by a new
//! deposit of kind correction (movements of kind `adjust`), never by an edit.

pub mod correction;
pub mod slip;
pub mod stock;

use crate::audit;
use crate::users::{self, Right};
use chrono::{DateTime, Datelike, Utc};
use rusqlite::{Connection, OptionalExtension, params};
use serde::Serialize;

use crate::catalog::edit::{ProductForm, insert_product};
use crate::catalog::{self, Producer, Product, StockReason};
use crate::clock::{self, Clock};
use crate::db;
use crate::error::{CatalogError, Error, IntakeError, Result};
use crate::money::{Money, Quantity, Unit};
use crate::stored::{self, Millis};

/// What a deposit records.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// Items brought in: stock rises.
    Intake,
    /// Unsold items given back to her: stock falls.
    Return,
    /// A fix of an earlier intake or return, in either direction.
    Correction,
}

impl Kind {
    pub fn code(self) -> &'static str {
        match self {
            Kind::Intake => "intake",
            Kind::Return => "return",
            Kind::Correction => "correction",
        }
    }

    /// The number's prefix: `DEP-2026-0001`, `RET-…`, `COR-…`.
    fn prefix(self) -> &'static str {
        match self {
            Kind::Intake => "DEP",
            Kind::Return => "RET",
            Kind::Correction => "COR",
        }
    }

    fn reason(self) -> StockReason {
        match self {
            Kind::Intake => StockReason::Intake,
            Kind::Return => StockReason::Return,
            Kind::Correction => StockReason::Adjust,
        }
    }
}

impl rusqlite::types::FromSql for Kind {
    fn column_result(value: rusqlite::types::ValueRef<'_>) -> rusqlite::types::FromSqlResult<Kind> {
        let all = [Kind::Intake, Kind::Return, Kind::Correction];
        let expected = "a deposit kind ('intake', 'return' or 'correction')";
        crate::stored::code(value, &all, Kind::code, expected)
    }
}

/// One line of a deposit as asked for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Item {
    /// A product already in the catalogue, by sku or barcode. For an intake or a return the
    /// quantity is positive (its direction is the deposit's); for a correction it is signed.
    Existing { code: String, quantity: Quantity },
    /// A product created on the spot (intake only); its producer is the deposit's.
    New {
        form: ProductForm,
        quantity: Quantity,
    },
}

/// A deposit to record.
#[derive(Debug, Clone)]
pub struct NewDeposit {
    /// The producer's code.
    pub producer: String,
    /// Who takes the items in or hands them back.
    pub user_id: i64,
    pub items: Vec<Item>,
    pub note: Option<String>,
}

/// A deposit as recorded.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Deposit {
    pub number: String,
    pub kind: Kind,
    pub producer: String,
    pub producer_name_ar: String,
    pub producer_name_latin: String,
    pub at: DateTime<Utc>,
    pub business_day: String,
    /// The user who recorded it.
    pub user: String,
    /// The deposit a correction fixes.
    pub corrects: Option<String>,
    pub note: Option<String>,
    pub lines: Vec<DepositLine>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DepositLine {
    pub sku: String,
    pub barcode: Option<String>,
    pub name_ar: String,
    pub name_fr: String,
    pub unit: Unit,
    /// As the stock moved: positive in, negative out.
    pub quantity: Quantity,
    pub price: Money,
    /// Created by this deposit.
    pub created: bool,
}

/// Records items a producer brings in: new products are created and every line enters as
/// an intake movement, all in one transaction. An intake starts tracking the stock of the
/// products it brings (the shop now counts them).
pub fn intake(conn: &mut Connection, clock: &dyn Clock, deposit: &NewDeposit) -> Result<Deposit> {
    record(conn, clock, Kind::Intake, deposit, None)
}

/// Records unsold items given back to their producer: stock falls, never below zero.
pub fn give_back(
    conn: &mut Connection,
    clock: &dyn Clock,
    deposit: &NewDeposit,
) -> Result<Deposit> {
    record(conn, clock, Kind::Return, deposit, None)
}

/// Corrects the deposit `number` (same producer) with signed quantities: `-1` when one
/// piece fewer came in than was recorded. The wrong deposit stays as it was.
pub fn correct(
    conn: &mut Connection,
    clock: &dyn Clock,
    number: &str,
    user_id: i64,
    items: Vec<(String, Quantity)>,
) -> Result<Deposit> {
    let original = load(conn, number)?;
    let id = deposit_id(conn, &original.number)?;
    let deposit = NewDeposit {
        producer: original.producer,
        user_id,
        items: items
            .into_iter()
            .map(|(code, quantity)| Item::Existing { code, quantity })
            .collect(),
        note: None,
    };
    record(conn, clock, Kind::Correction, &deposit, Some(id))
}

fn record(
    conn: &mut Connection,
    clock: &dyn Clock,
    kind: Kind,
    deposit: &NewDeposit,
    corrects: Option<i64>,
) -> Result<Deposit> {
    if deposit.items.is_empty() {
        return Err(Error::Intake(IntakeError::EmptyDeposit));
    }
    let at = clock.now();
    let number = db::write(conn, |tx| {
        crate::timeline::stamp(tx, at)?;
        let producer = catalog::producer_by_code(tx, &deposit.producer)?.ok_or_else(|| {
            Error::Catalog(CatalogError::UnknownProducer(deposit.producer.clone()))
        })?;
        // A woman who left can still take her items back, but brings no new ones.
        if kind == Kind::Intake && !producer.active {
            return Err(Error::Catalog(CatalogError::InactiveProducer(
                producer.code,
            )));
        }
        // Receiving and giving back are a volunteer's work; making products (with their
        // prices) and correcting counts change the catalogue.
        let creates = deposit
            .items
            .iter()
            .any(|i| !matches!(i, Item::Existing { .. }));
        let right = if kind == Kind::Correction || creates {
            Right::Catalogue
        } else {
            Right::Sell
        };
        users::rights::require(tx, deposit.user_id, right)?;
        let (id, number) = insert_deposit(tx, kind, &producer, at, deposit, corrects)?;
        for (index, item) in deposit.items.iter().enumerate() {
            let (product, quantity, created) = line_product(tx, kind, &producer, item, at)?;
            if created {
                let after = serde_json::to_value(&product).unwrap_or(serde_json::Value::Null);
                audit::record(
                    tx,
                    at,
                    &audit::Record::new(deposit.user_id, audit::Action::ProductAdded, &product.sku)
                        .after(after),
                )?;
            }
            let delta = match kind {
                Kind::Return => -quantity,
                Kind::Intake | Kind::Correction => quantity,
            };
            if delta.milli() < 0 && product.stock + delta < Quantity::ZERO {
                return Err(Error::Intake(IntakeError::ReturnExceedsStock {
                    sku: product.sku,
                    stock: product.stock.plain(product.unit),
                }));
            }
            if kind == Kind::Intake && !product.stock_tracked {
                tx.prepare_cached("UPDATE products SET stock_tracked = 1 WHERE id = ?1")?
                    .execute([product.id])?;
            }
            let move_id = catalog::move_stock(tx, product.id, delta, kind.reason(), at, None)?;
            tx.prepare_cached(
                "INSERT INTO deposit_lines (deposit_id, line_no, product_id, qty_milli, price_c, \
                 stock_move_id, created) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            )?
            .execute(params![
                id,
                i64::try_from(index).unwrap_or(i64::MAX - 1) + 1,
                product.id,
                delta.milli(),
                product.price.centimes(),
                move_id,
                created
            ])?;
        }
        Ok(number)
    })?;
    load(conn, &number)
}

/// The product of a line, checked for the deposit: hers, and a sensible quantity.
fn line_product(
    tx: &Connection,
    kind: Kind,
    producer: &Producer,
    item: &Item,
    at: DateTime<Utc>,
) -> Result<(Product, Quantity, bool)> {
    let (product, quantity, created) = match item {
        Item::Existing { code, quantity } => {
            let product = catalog::find_product(tx, code)?
                .ok_or_else(|| Error::Catalog(CatalogError::UnknownProduct(code.clone())))?;
            (product, *quantity, false)
        }
        Item::New { form, quantity } if kind == Kind::Intake => {
            // A product made at the counter gets an in-store code at once: its tags need one.
            let barcode = match form.barcode.trim() {
                "" => catalog::edit::next_store_barcode(tx)?,
                given => given.to_owned(),
            };
            let form = ProductForm {
                producer: producer.code.clone(),
                barcode,
                stock_tracked: true,
                stock: String::new(),
                ..form.clone()
            };
            (insert_product(tx, &form, at)?, *quantity, true)
        }
        Item::New { form, .. } => {
            return Err(Error::Catalog(CatalogError::UnknownProduct(
                form.name_fr.clone(),
            )));
        }
    };
    if product.producer_id != producer.id {
        return Err(Error::Intake(IntakeError::NotHerProduct {
            sku: product.sku,
            producer: producer.code.clone(),
        }));
    }
    let whole = product.unit == Unit::Kg || quantity.milli() % 1000 == 0;
    let signed_ok = kind == Kind::Correction || quantity.is_positive();
    if quantity == Quantity::ZERO || !whole || !signed_ok {
        return Err(Error::Intake(IntakeError::DepositQuantity {
            sku: product.sku,
            quantity: quantity.plain(product.unit),
        }));
    }
    Ok((product, quantity, created))
}

fn insert_deposit(
    tx: &Connection,
    kind: Kind,
    producer: &Producer,
    at: DateTime<Utc>,
    deposit: &NewDeposit,
    corrects: Option<i64>,
) -> Result<(i64, String)> {
    let day = clock::business_day(at);
    let year = day.year();
    let seq: i64 = tx
        .prepare_cached(
            "SELECT coalesce(max(seq), 0) + 1 FROM deposits WHERE kind = ?1 AND year = ?2",
        )?
        .query_row(params![kind.code(), year], |r| r.get(0))?;
    let number = format!("{}-{year}-{seq:04}", kind.prefix());
    tx.prepare_cached(
        "INSERT INTO deposits (kind, year, seq, number, producer_id, at_ms, business_day, \
         user_id, corrects, note) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
    )?
    .execute(params![
        kind.code(),
        year,
        seq,
        number,
        producer.id,
        at.timestamp_millis(),
        day.to_string(),
        deposit.user_id,
        corrects,
        deposit
            .note
            .as_deref()
            .map(str::trim)
            .filter(|n| !n.is_empty())
    ])?;
    Ok((tx.last_insert_rowid(), number))
}

fn deposit_id(conn: &Connection, number: &str) -> Result<i64> {
    conn.prepare_cached("SELECT id FROM deposits WHERE number = ?1")?
        .query_row([number.trim()], |r| r.get(0))
        .optional()?
        .ok_or_else(|| Error::Intake(IntakeError::UnknownDeposit(number.to_owned())))
}

/// A recorded deposit, return or correction by its number.
pub fn load(conn: &Connection, number: &str) -> Result<Deposit> {
    let id = deposit_id(conn, number)?;
    let mut deposit = conn
        .prepare_cached(
            "SELECT d.number, d.kind, p.code, p.name_ar, p.name_latin, d.at_ms, d.business_day, \
             u.name, c.number, d.note FROM deposits d JOIN producers p ON p.id = d.producer_id \
             JOIN users u ON u.id = d.user_id LEFT JOIN deposits c ON c.id = d.corrects \
             WHERE d.id = ?1",
        )?
        .query_row([id], |r| {
            stored::in_table("deposits", r, |r| {
                Ok(Deposit {
                    number: r.get(0)?,
                    kind: r.get(1)?,
                    producer: r.get(2)?,
                    producer_name_ar: r.get(3)?,
                    producer_name_latin: r.get(4)?,
                    at: r.get::<_, Millis>(5)?.0,
                    business_day: r.get(6)?,
                    user: r.get(7)?,
                    corrects: r.get(8)?,
                    note: r.get(9)?,
                    lines: Vec::new(),
                })
            })
        })?;
    let mut stmt = conn.prepare_cached(
        "SELECT p.sku, p.barcode, p.name_ar, p.name_fr, p.unit, l.qty_milli, l.price_c, \
         l.created FROM deposit_lines l JOIN products p ON p.id = l.product_id \
         WHERE l.deposit_id = ?1 ORDER BY l.line_no",
    )?;
    let lines = stmt.query_map([id], |r| {
        stored::in_table("deposit_lines", r, |r| {
            Ok(DepositLine {
                sku: r.get(0)?,
                barcode: r.get(1)?,
                name_ar: r.get(2)?,
                name_fr: r.get(3)?,
                unit: r.get(4)?,
                quantity: r.get(5)?,
                price: r.get(6)?,
                created: r.get(7)?,
            })
        })
    })?;
    deposit.lines = lines.collect::<rusqlite::Result<_>>()?;
    Ok(deposit)
}
