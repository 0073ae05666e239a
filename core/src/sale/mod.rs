//! Sales: the ledger of what was sold, to the centime, and how it was paid.
//!
//! A completed sale is never edited or deleted (triggers refuse it). Each line copies the
//! product's names, price and the producer's share rate at the moment of sale, and stores
//! its association share and producer share, which always add up to the line. Mistakes are
//! corrected by a void (same day) or a refund: a new, negative sale pointing at the lines
//! it refunds. Receipt numbers are gapless per local year. The open cash session a sale
//! is recorded in is [`session`]'s, here so that a sale imports nothing that reads sales.

mod cart;
mod correct;
mod payment;
mod record;
mod search;
pub mod session;

pub use cart::{Cart, PaymentDraft};
pub use correct::{RefundRequest, can_void, record_refund, refund, void};
pub use payment::{Method, PaymentRow, Tender, settle};
pub use record::{
    CartLine, DISCOUNT_LIMIT_PCT, NewSale, discount_limit_pct, record, record_approved, sell,
    sell_approved, sell_opening_till,
};
pub use search::{SaleQuery, find, left_to_refund};

use chrono::{DateTime, FixedOffset, NaiveDate};
use rusqlite::{Connection, OptionalExtension, Row};
use serde::Serialize;

use crate::catalog;
use crate::clock;
use crate::error::{Error, Result, SaleError};
use crate::json::rfc3339;
use crate::money::{Money, Quantity, Rate, Unit};
use crate::stored::{self, Millis};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    Completed,
    Refund,
    Voided,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SaleLine {
    #[serde(skip)]
    pub id: i64,
    #[serde(rename = "line")]
    pub line_no: i64,
    pub sku: String,
    pub name_ar: String,
    pub name_fr: String,
    pub category: String,
    pub producer: String,
    /// The maker's first name, as the receipt shows it, in Latin and in Arabic letters.
    pub producer_name: String,
    pub producer_name_ar: String,
    pub unit: Unit,
    pub quantity: Quantity,
    pub unit_price: Money,
    pub discount: Money,
    pub total: Money,
    pub share_rate: Rate,
    pub association_share: Money,
    pub producer_share: Money,
    #[serde(skip)]
    pub refund_of_line: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Payment {
    pub method: Method,
    pub amount: Money,
    pub tendered: Option<Money>,
    pub change: Money,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Sale {
    #[serde(skip)]
    pub id: i64,
    pub number: String,
    /// Local time with its offset.
    #[serde(serialize_with = "rfc3339")]
    pub sold_at: DateTime<FixedOffset>,
    pub business_day: NaiveDate,
    pub cashier: String,
    pub status: Status,
    /// For a refund, the number of the sale it refunds.
    pub refund_of: Option<String>,
    /// Why it was refunded or voided.
    pub reason: Option<String>,
    pub total: Money,
    pub change: Money,
    pub lines: Vec<SaleLine>,
    pub payments: Vec<Payment>,
}

/// A sale as a list shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SaleSummary {
    pub number: String,
    #[serde(serialize_with = "rfc3339")]
    pub sold_at: DateTime<FixedOffset>,
    pub business_day: NaiveDate,
    pub cashier: String,
    pub total: Money,
    pub status: Status,
    pub refund_of: Option<String>,
    /// Its receipt waits for the printer: why (as kept, read by
    /// [`crate::error::problem::Problem::from_stored`]; empty when not tried yet).
    #[serde(skip)]
    pub receipt_waiting: Option<String>,
}

impl SaleSummary {
    /// Why its receipt waits for the printer, if it does.
    pub fn receipt_problem(&self) -> Option<Option<crate::error::problem::Problem>> {
        self.receipt_waiting.as_deref().map(|kept| {
            (!kept.is_empty()).then(|| crate::error::problem::Problem::from_stored(kept))
        })
    }
}

/// A sale row's `kind`, as stored.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    Sale,
    Refund,
}

impl Kind {
    fn code(self) -> &'static str {
        match self {
            Kind::Sale => "sale",
            Kind::Refund => "refund",
        }
    }
}

impl rusqlite::types::FromSql for Kind {
    fn column_result(value: rusqlite::types::ValueRef<'_>) -> rusqlite::types::FromSqlResult<Kind> {
        let all = [Kind::Sale, Kind::Refund];
        crate::stored::code(
            value,
            &all,
            Kind::code,
            "a kind of sale ('sale' or 'refund')",
        )
    }
}

fn status_of(kind: Kind, voided: bool) -> Status {
    match (kind, voided) {
        (_, true) => Status::Voided,
        (Kind::Refund, _) => Status::Refund,
        (Kind::Sale, _) => Status::Completed,
    }
}

const SALE_SELECT: &str = "SELECT s.id, s.number, s.sold_at_ms, s.business_day, u.name, s.kind, \
     o.number, coalesce(v.reason, s.reason), s.total_c, v.sale_id IS NOT NULL, \
     (SELECT coalesce(j.last_error, '') FROM receipt_jobs j \
      WHERE j.sale_id = s.id AND j.printed_at_ms IS NULL ORDER BY j.id DESC LIMIT 1) \
     FROM sales s JOIN users u ON u.id = s.cashier_id \
     LEFT JOIN sales o ON o.id = s.refund_of LEFT JOIN voids v ON v.sale_id = s.id";

fn summary_from_row(row: &Row<'_>) -> rusqlite::Result<(i64, SaleSummary, Option<String>)> {
    stored::in_table("sales", row, |row| {
        Ok((
            row.get(0)?,
            SaleSummary {
                number: row.get(1)?,
                sold_at: clock::local(row.get::<_, Millis>(2)?.0),
                business_day: row.get(3)?,
                cashier: row.get(4)?,
                total: row.get(8)?,
                status: status_of(row.get(5)?, row.get(9)?),
                refund_of: row.get(6)?,
                receipt_waiting: row.get(10)?,
            },
            row.get(7)?,
        ))
    })
}

/// The sale with this receipt number.
pub fn load(conn: &Connection, number: &str) -> Result<Sale> {
    let sql = format!("{SALE_SELECT} WHERE s.number = ?1");
    let found = conn
        .prepare_cached(&sql)?
        .query_row([number.trim()], summary_from_row)
        .optional()?;
    let (id, summary, reason) =
        found.ok_or_else(|| Error::Sale(SaleError::UnknownSale(number.trim().to_owned())))?;
    complete(conn, id, summary, reason)
}

pub fn load_by_id(conn: &Connection, id: i64) -> Result<Sale> {
    let sql = format!("{SALE_SELECT} WHERE s.id = ?1");
    let (id, summary, reason) = conn
        .prepare_cached(&sql)?
        .query_row([id], summary_from_row)?;
    complete(conn, id, summary, reason)
}

fn complete(conn: &Connection, id: i64, s: SaleSummary, reason: Option<String>) -> Result<Sale> {
    let lines = lines_of(conn, id)?;
    let payments = payments_of(conn, id)?;
    Ok(Sale {
        id,
        change: payments.iter().map(|p| p.change).sum(),
        number: s.number,
        sold_at: s.sold_at,
        business_day: s.business_day,
        cashier: s.cashier,
        status: s.status,
        refund_of: s.refund_of,
        reason,
        total: s.total,
        lines,
        payments,
    })
}

pub(crate) fn lines_of(conn: &Connection, sale_id: i64) -> Result<Vec<SaleLine>> {
    let mut stmt = conn.prepare_cached(
        "SELECT l.id, l.line_no, l.sku, l.name_ar, l.name_fr, l.category, p.code, p.name_latin, \
         l.unit, l.qty_milli, l.unit_price_c, l.discount_c, l.total_c, l.share_rate_bp, \
         l.association_c, l.producer_c, l.refund_of_line, p.name_ar \
         FROM sale_lines l JOIN producers p ON p.id = l.producer_id \
         WHERE l.sale_id = ?1 ORDER BY l.line_no",
    )?;
    let rows = stmt.query_map([sale_id], |row| {
        stored::in_table("sale_lines", row, line_from_row)
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

fn line_from_row(row: &Row<'_>) -> rusqlite::Result<SaleLine> {
    let latin: String = row.get(7)?;
    let code: String = row.get(6)?;
    let arabic: String = row.get(17)?;
    Ok(SaleLine {
        id: row.get(0)?,
        line_no: row.get(1)?,
        sku: row.get(2)?,
        name_ar: row.get(3)?,
        name_fr: row.get(4)?,
        category: row.get(5)?,
        producer_name: catalog::first_word(&latin, &code).to_owned(),
        producer_name_ar: catalog::first_word(&arabic, &code).to_owned(),
        producer: code,
        unit: row.get(8)?,
        quantity: row.get(9)?,
        unit_price: row.get(10)?,
        discount: row.get(11)?,
        total: row.get(12)?,
        share_rate: row.get(13)?,
        association_share: row.get(14)?,
        producer_share: row.get(15)?,
        refund_of_line: row.get(16)?,
    })
}

fn payments_of(conn: &Connection, sale_id: i64) -> Result<Vec<Payment>> {
    let mut stmt = conn.prepare_cached(
        "SELECT method, amount_c, tendered_c, change_c FROM payments WHERE sale_id = ?1 ORDER BY id",
    )?;
    let rows = stmt.query_map([sale_id], |row| {
        stored::in_table("payments", row, |row| {
            Ok(Payment {
                method: row.get(0)?,
                amount: row.get(1)?,
                tendered: row.get(2)?,
                change: row.get(3)?,
            })
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Sales of local business days `from` to `to`, both included, in receipt order.
pub fn list(
    conn: &Connection,
    from: Option<NaiveDate>,
    to: Option<NaiveDate>,
) -> Result<Vec<SaleSummary>> {
    let sql = format!(
        "{SALE_SELECT} WHERE s.business_day >= ?1 AND s.business_day <= ?2 ORDER BY s.sold_at_ms, s.id"
    );
    let from = from.map_or_else(|| "0000-00-00".to_owned(), |d| d.to_string());
    let to = to.map_or_else(|| "9999-99-99".to_owned(), |d| d.to_string());
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = stmt.query_map([from, to], |row| summary_from_row(row).map(|(_, s, _)| s))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}
