//! Producers' monthly statements and the payouts made to them.
//!
//! A statement adds up only shares settled at the sale (each sale line's `producer_c` and
//! `association_c`), over the local business days of one month, for one producer. Refunds
//! are their own (negative) sales with their own business day, so a refund lands on the
//! statement of the month it was given, never on the month of the sale it refunds. Voided
//! sales count for nothing.
//!
//! - opening = her shares of non-voided lines before the month − payouts before the month;
//! - net = Σ her shares of the month's lines; gross = Σ line totals; gross = association + net;
//! - closing = opening + net − payouts of the month, which is the next month's opening.
//!
//! Issuing a month (only once it has ended) numbers every statement `R-YYYY-MM-NNN` and
//! copies its figures, lines, payouts and the producer's names into append-only tables: an
//! issued statement read back is exactly what was handed over, and its PDF is stored as it
//! was printed (`stored.rs`). Payouts are recorded against
//! her balance; paying more than the balance is refused unless it is an advance.

mod history;
mod month;
mod payout;
pub mod pdf;
pub mod preview;
pub mod slip;
pub mod slip_ticket;
mod stored;

pub use history::{History, MonthFigures, history};
pub use payout::{
    NewPayout, Payout, PayoutMethod, balance, payout, payouts_between, record as record_payout,
};
pub use pdf::{Paper, month_pdf, statement_pdf};
pub use slip::slip_pdf;
pub use stored::pdf;

use chrono::{DateTime, FixedOffset, Months, NaiveDate};
use rusqlite::{Connection, OptionalExtension, params};
use serde::Serialize;

use crate::audit;
use crate::catalog::{self, Producer};
use crate::clock::{self, Clock};
use crate::db;
use crate::error::{CatalogError, Error, Result, StatementError};
use crate::json::opt_rfc3339;
use crate::money::{Money, Quantity, Unit};
use crate::sale;
use crate::stored::{Millis, in_table};
use crate::users;

/// One line of a statement: a sale line of hers, or a refund of one (negative).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct StatementLine {
    pub day: NaiveDate,
    /// The receipt number of the sale or refund.
    pub number: String,
    pub refund: bool,
    pub sku: String,
    pub name_fr: String,
    pub name_ar: String,
    pub unit: Unit,
    pub quantity: Quantity,
    pub amount: Money,
    pub association_share: Money,
    pub producer_share: Money,
}

/// A producer's statement for one month: a draft computed from the ledger, or an issued
/// one read back as it was frozen.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Statement {
    /// The producer's code.
    pub producer: String,
    pub producer_name_latin: String,
    pub producer_name_ar: String,
    #[serde(skip)]
    pub producer_id: i64,
    #[serde(skip)]
    pub year: i32,
    #[serde(skip)]
    pub month_no: u32,
    /// `YYYY-MM`.
    pub month: String,
    /// `R-YYYY-MM-NNN` once issued; `None` for a draft.
    pub number: Option<String>,
    #[serde(serialize_with = "opt_rfc3339")]
    pub issued_at: Option<DateTime<FixedOffset>>,
    pub opening: Money,
    pub gross: Money,
    pub association_share: Money,
    pub net: Money,
    /// The total paid to her during the month.
    pub payouts: Money,
    pub closing: Money,
    pub lines: Vec<StatementLine>,
    /// The payouts of the month, one by one.
    pub paid: Vec<Payout>,
}

impl Statement {
    pub fn is_issued(&self) -> bool {
        self.number.is_some()
    }
}

/// Reads a month typed as `YYYY-MM`.
pub fn parse_month(text: &str) -> Result<(i32, u32)> {
    let bad = || Error::Statement(StatementError::StatementBadMonth(text.to_owned()));
    let (y, m) = text.trim().split_once('-').ok_or_else(bad)?;
    let year: i32 = y.parse().map_err(|_| bad())?;
    let month: u32 = m.parse().map_err(|_| bad())?;
    if y.len() != 4 || !(1..=12).contains(&month) {
        return Err(bad());
    }
    Ok((year, month))
}

/// The first day of the month and the first day of the next one.
pub fn month_bounds(year: i32, month: u32) -> Result<(NaiveDate, NaiveDate)> {
    let bad = || {
        Error::Statement(StatementError::StatementBadMonth(format!(
            "{year:04}-{month:02}"
        )))
    };
    let first = NaiveDate::from_ymd_opt(year, month, 1).ok_or_else(bad)?;
    let next = first.checked_add_months(Months::new(1)).ok_or_else(bad)?;
    Ok((first, next))
}

fn month_label(year: i32, month: u32) -> String {
    format!("{year:04}-{month:02}")
}

/// Σ her producer shares of non-voided sale and refund lines of business days before `day`.
fn shares_before(conn: &Connection, producer_id: i64, day: &str) -> Result<Money> {
    let sum: i64 = conn
        .prepare_cached(
            "SELECT coalesce(sum(l.producer_c), 0) FROM sale_lines l JOIN sales s ON s.id = l.sale_id \
             WHERE l.producer_id = ?1 AND s.business_day < ?2 \
             AND NOT EXISTS (SELECT 1 FROM voids v WHERE v.sale_id = s.id)",
        )?
        .query_row(params![producer_id, day], |r| r.get(0))?;
    Ok(Money::from_centimes(sum))
}

/// Σ payouts to her on days before `day`.
fn paid_before(conn: &Connection, producer_id: i64, day: &str) -> Result<Money> {
    let sum: i64 = conn
        .prepare_cached(
            "SELECT coalesce(sum(amount_c), 0) FROM payouts WHERE producer_id = ?1 AND day < ?2",
        )?
        .query_row(params![producer_id, day], |r| r.get(0))?;
    Ok(Money::from_centimes(sum))
}

fn lines_between(
    conn: &Connection,
    producer_id: i64,
    first: &str,
    next: &str,
) -> Result<Vec<StatementLine>> {
    let mut stmt = conn.prepare_cached(
        "SELECT s.business_day, s.number, s.kind, l.sku, l.name_fr, l.name_ar, l.unit, l.qty_milli, \
         l.total_c, l.association_c, l.producer_c \
         FROM sale_lines l JOIN sales s ON s.id = l.sale_id \
         WHERE l.producer_id = ?1 AND s.business_day >= ?2 AND s.business_day < ?3 \
         AND NOT EXISTS (SELECT 1 FROM voids v WHERE v.sale_id = s.id) \
         ORDER BY s.business_day, s.sold_at_ms, s.id, l.line_no",
    )?;
    let rows = stmt.query_map(params![producer_id, first, next], |row| {
        in_table("sale_lines", row, line_from_row)
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// A statement line from a row of `day, number, kind, sku, name_fr, name_ar, unit,
/// qty_milli, total_c, association_c, producer_c`: the live ledger and the frozen copy of
/// an issued statement are read with the same columns.
fn line_from_row(row: &rusqlite::Row<'_>) -> rusqlite::Result<StatementLine> {
    Ok(StatementLine {
        day: row.get(0)?,
        number: row.get(1)?,
        refund: row.get::<_, sale::Kind>(2)? == sale::Kind::Refund,
        sku: row.get(3)?,
        name_fr: row.get(4)?,
        name_ar: row.get(5)?,
        unit: row.get(6)?,
        quantity: row.get(7)?,
        amount: row.get(8)?,
        association_share: row.get(9)?,
        producer_share: row.get(10)?,
    })
}

/// The draft statement of a producer for a month, computed from the ledger.
fn draft(conn: &Connection, producer: &Producer, year: i32, month: u32) -> Result<Statement> {
    let (first, next) = month_bounds(year, month)?;
    let (first, next) = (first.to_string(), next.to_string());
    let opening =
        shares_before(conn, producer.id, &first)? - paid_before(conn, producer.id, &first)?;
    let lines = lines_between(conn, producer.id, &first, &next)?;
    let paid = payouts_between(conn, producer.id, &first, &next)?;
    Ok(Statement::draft(
        producer,
        (year, month),
        opening,
        lines,
        paid,
    ))
}

impl Statement {
    /// A month's draft from what it is made of: the totals and the closing balance
    /// (`opening + net − payouts`) are computed here only, for one producer or for all.
    fn draft(
        producer: &Producer,
        (year, month): (i32, u32),
        opening: Money,
        lines: Vec<StatementLine>,
        paid: Vec<Payout>,
    ) -> Statement {
        let gross: Money = lines.iter().map(|l| l.amount).sum();
        let association: Money = lines.iter().map(|l| l.association_share).sum();
        let net: Money = lines.iter().map(|l| l.producer_share).sum();
        let payouts: Money = paid.iter().map(|p| p.amount).sum();
        Statement {
            producer: producer.code.clone(),
            producer_name_latin: producer.name_latin.clone(),
            producer_name_ar: producer.name_ar.clone(),
            producer_id: producer.id,
            year,
            month_no: month,
            month: month_label(year, month),
            number: None,
            issued_at: None,
            opening,
            gross,
            association_share: association,
            net,
            payouts,
            closing: opening + net - payouts,
            lines,
            paid,
        }
    }
}

const ISSUED_COLUMNS: &str = "id, producer_id, producer_code, producer_name_latin, producer_name_ar, \
     number, issued_at_ms, opening_c, gross_c, association_c, net_c, payouts_c, closing_c";

/// The issued statement of a producer for a month, as it was frozen, if any.
fn issued(conn: &Connection, producer_id: i64, year: i32, month: u32) -> Result<Option<Statement>> {
    let sql = format!(
        "SELECT {ISSUED_COLUMNS} FROM statements WHERE producer_id = ?1 AND year = ?2 AND month = ?3"
    );
    let found = conn
        .prepare_cached(&sql)?
        .query_row(params![producer_id, year, month], |row| {
            in_table("statements", row, |row| {
                Ok((
                    row.get::<_, i64>(0)?,
                    Statement {
                        producer_id: row.get(1)?,
                        producer: row.get(2)?,
                        producer_name_latin: row.get(3)?,
                        producer_name_ar: row.get(4)?,
                        year,
                        month_no: month,
                        month: month_label(year, month),
                        number: row.get(5)?,
                        issued_at: Some(clock::local(row.get::<_, Millis>(6)?.0)),
                        opening: row.get(7)?,
                        gross: row.get(8)?,
                        association_share: row.get(9)?,
                        net: row.get(10)?,
                        payouts: row.get(11)?,
                        closing: row.get(12)?,
                        lines: Vec::new(),
                        paid: Vec::new(),
                    },
                ))
            })
        })
        .optional()?;
    let Some((id, mut statement)) = found else {
        return Ok(None);
    };
    let mut stmt = conn.prepare_cached(
        "SELECT day, sale_number, kind, sku, name_fr, name_ar, unit, qty_milli, total_c, \
         association_c, producer_c FROM statement_lines WHERE statement_id = ?1 ORDER BY line_no",
    )?;
    let rows = stmt.query_map([id], |row| in_table("statement_lines", row, line_from_row))?;
    statement.lines = rows.collect::<rusqlite::Result<_>>()?;
    statement.paid = payout::payouts_of_statement(conn, id)?;
    Ok(Some(statement))
}

/// The statement of the producer `producer_code` for a month: the issued one when the
/// month was issued for her, else a draft.
pub fn statement(
    conn: &Connection,
    producer_code: &str,
    year: i32,
    month: u32,
) -> Result<Statement> {
    let producer = catalog::producer_by_code(conn, producer_code)?.ok_or_else(|| {
        Error::Catalog(CatalogError::UnknownProducer(
            producer_code.trim().to_owned(),
        ))
    })?;
    match issued(conn, producer.id, year, month)? {
        Some(s) => Ok(s),
        None => draft(conn, &producer, year, month),
    }
}

/// Every producer's statement for a month (issued or draft), by producer code: every
/// producer with activity in the month or a balance carried into it, and every one whose
/// statement of the month was issued.
pub fn statements(conn: &Connection, year: i32, month: u32) -> Result<Vec<Statement>> {
    let issued_ids: Vec<i64> = conn
        .prepare_cached("SELECT producer_id FROM statements WHERE year = ?1 AND month = ?2")?
        .query_map(params![year, month], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    let mut out = Vec::new();
    for &id in &issued_ids {
        out.extend(issued(conn, id, year, month)?);
    }
    let skip = issued_ids.into_iter().collect();
    out.extend(month::drafts(conn, year, month, &skip)?);
    out.sort_by(|a, b| a.producer.cmp(&b.producer));
    Ok(out)
}

/// Whether any statement of the month has been issued.
pub fn is_issued(conn: &Connection, year: i32, month: u32) -> Result<bool> {
    Ok(conn
        .prepare_cached("SELECT EXISTS (SELECT 1 FROM statements WHERE year = ?1 AND month = ?2)")?
        .query_row(params![year, month], |r| r.get(0))?)
}

/// Issues every producer's statement of a month in one transaction, numbered
/// `R-YYYY-MM-001`… by producer code, and returns them as frozen. Refused for a month
/// that has not ended (sales may still come), for a month already issued, and for a user
/// who is not an administrator.
pub fn issue(
    conn: &mut Connection,
    clock: &dyn Clock,
    year: i32,
    month: u32,
    user_id: i64,
) -> Result<Vec<Statement>> {
    let at = clock.now();
    db::write(conn, |tx| issue_in(tx, at, year, month, user_id))
}

/// As `issue`, at `at`, inside the caller's transaction.
pub fn issue_in(
    tx: &Connection,
    at: chrono::DateTime<chrono::Utc>,
    year: i32,
    month: u32,
    user_id: i64,
) -> Result<Vec<Statement>> {
    let (_, next) = month_bounds(year, month)?;
    let label = month_label(year, month);
    if next > clock::business_day(at) {
        return Err(Error::Statement(StatementError::StatementMonthOpen {
            month: label,
        }));
    }
    {
        crate::timeline::stamp(tx, at)?;
        users::rights::require(tx, user_id, users::Right::Statements)?;
        if is_issued(tx, year, month)? {
            return Err(Error::Statement(StatementError::StatementsAlreadyIssued {
                month: label.clone(),
            }));
        }
        let drafts = statements(tx, year, month)?;
        for (index, s) in drafts.iter().enumerate() {
            let number = format!("R-{label}-{:03}", index + 1);
            tx.prepare_cached(
                "INSERT INTO statements (producer_id, year, month, number, issued_at_ms, issued_by, \
                 producer_code, producer_name_ar, producer_name_latin, opening_c, gross_c, \
                 association_c, net_c, payouts_c, closing_c) \
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)",
            )?
            .execute(params![
                s.producer_id,
                year,
                month,
                number,
                at.timestamp_millis(),
                user_id,
                s.producer,
                s.producer_name_ar,
                s.producer_name_latin,
                s.opening.centimes(),
                s.gross.centimes(),
                s.association_share.centimes(),
                s.net.centimes(),
                s.payouts.centimes(),
                s.closing.centimes(),
            ])?;
            let id = tx.last_insert_rowid();
            for (n, l) in s.lines.iter().enumerate() {
                tx.prepare_cached(
                    "INSERT INTO statement_lines (statement_id, line_no, day, sale_number, kind, sku, \
                     name_fr, name_ar, unit, qty_milli, total_c, association_c, producer_c) \
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
                )?
                .execute(params![
                    id,
                    i64::try_from(n).unwrap_or(i64::MAX - 1) + 1,
                    l.day.to_string(),
                    l.number,
                    if l.refund { "refund" } else { "sale" },
                    l.sku,
                    l.name_fr,
                    l.name_ar,
                    l.unit.as_str(),
                    l.quantity.milli(),
                    l.amount.centimes(),
                    l.association_share.centimes(),
                    l.producer_share.centimes(),
                ])?;
            }
            for p in &s.paid {
                tx.prepare_cached(
                    "INSERT INTO statement_payouts (statement_id, payout_id) VALUES (?1, ?2)",
                )?
                .execute(params![id, p.id])?;
            }
        }
        let after = serde_json::json!({ "statements": drafts.len() });
        audit::record(
            tx,
            at,
            &audit::Record::new(user_id, audit::Action::StatementsIssued, &label).after(after),
        )?;
        let issued = statements(tx, year, month)?;
        stored::store_issued(tx, &issued)?;
        crate::timeline::issued(tx, year, month)?;
        Ok(issued)
    }
}
