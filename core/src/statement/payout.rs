//! Payouts: money handed to a producer against her balance (cash or transfer), by an
//! administrator. Her balance is all her settled shares of non-voided sales and refunds,
//! minus everything already paid to her; a payout beyond it is refused unless recorded as
//! an advance, and a negative balance is then shown and carried forward.

use chrono::{DateTime, FixedOffset};
use rusqlite::{Connection, Row, params};
use serde::Serialize;

use crate::audit;
use crate::catalog;
use crate::clock::{self, Clock};
use crate::db;
use crate::error::{CatalogError, Error, Result, StatementError};
use crate::json::rfc3339;
use crate::money::Money;
use crate::users::{self, Right};

/// How a payout was handed over.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum PayoutMethod {
    Cash,
    Transfer,
}

impl PayoutMethod {
    pub fn code(self) -> &'static str {
        match self {
            PayoutMethod::Cash => "cash",
            PayoutMethod::Transfer => "transfer",
        }
    }

    pub fn from_code(code: &str) -> Option<PayoutMethod> {
        match code.trim().to_ascii_lowercase().as_str() {
            "cash" => Some(PayoutMethod::Cash),
            "transfer" => Some(PayoutMethod::Transfer),
            _ => None,
        }
    }
}

impl rusqlite::types::FromSql for PayoutMethod {
    fn column_result(
        value: rusqlite::types::ValueRef<'_>,
    ) -> rusqlite::types::FromSqlResult<PayoutMethod> {
        let all = [PayoutMethod::Cash, PayoutMethod::Transfer];
        let expected = "a payout method ('cash' or 'transfer')";
        crate::stored::code(value, &all, PayoutMethod::code, expected)
    }
}

/// A recorded payout.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Payout {
    #[serde(skip)]
    pub id: i64,
    /// The producer's code.
    pub producer: String,
    pub day: chrono::NaiveDate,
    #[serde(serialize_with = "rfc3339")]
    pub at: DateTime<FixedOffset>,
    pub amount: Money,
    pub method: PayoutMethod,
    /// The name of who paid.
    pub paid_by: String,
    pub note: Option<String>,
    pub advance: bool,
    /// Her balance right after this payout (only when just recorded; `None` when read back
    /// on a statement).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub balance_after: Option<Money>,
}

pub(super) const PAYOUT_SELECT: &str = "SELECT po.id, p.code, po.day, po.at_ms, po.amount_c, po.method, \
     u.name, po.note, po.advance, po.producer_id FROM payouts po JOIN producers p ON p.id = po.producer_id \
     JOIN users u ON u.id = po.paid_by";

pub(super) fn from_row(row: &Row<'_>) -> rusqlite::Result<Payout> {
    crate::stored::in_table("payouts", row, |row| {
        Ok(Payout {
            id: row.get(0)?,
            producer: row.get(1)?,
            day: row.get(2)?,
            at: clock::local(row.get::<_, crate::stored::Millis>(3)?.0),
            amount: row.get(4)?,
            method: row.get(5)?,
            paid_by: row.get(6)?,
            note: row.get(7)?,
            advance: row.get(8)?,
            balance_after: None,
        })
    })
}

/// Payouts to a producer on local days from `first` (included) to `next` (excluded).
pub fn payouts_between(
    conn: &Connection,
    producer_id: i64,
    first: &str,
    next: &str,
) -> Result<Vec<Payout>> {
    let sql = format!(
        "{PAYOUT_SELECT} WHERE po.producer_id = ?1 AND po.day >= ?2 AND po.day < ?3 \
         ORDER BY po.at_ms, po.id"
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = stmt.query_map(params![producer_id, first, next], from_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Every producer's payouts on local days from `first` (included) to `next` (excluded), with
/// the producer's id, by producer.
pub(crate) fn payouts_of_month(
    conn: &Connection,
    first: &str,
    next: &str,
) -> Result<Vec<(i64, Payout)>> {
    let sql = format!(
        "{PAYOUT_SELECT} WHERE po.day >= ?1 AND po.day < ?2 ORDER BY po.producer_id, po.at_ms, po.id"
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = stmt.query_map(params![first, next], |row| {
        Ok((row.get(9)?, from_row(row)?))
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

pub(crate) fn payouts_of_statement(conn: &Connection, statement_id: i64) -> Result<Vec<Payout>> {
    let sql = format!(
        "{PAYOUT_SELECT} JOIN statement_payouts sp ON sp.payout_id = po.id \
         WHERE sp.statement_id = ?1 ORDER BY po.at_ms, po.id"
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = stmt.query_map([statement_id], from_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// What the shop owes the producer now: all her settled shares of non-voided sales and
/// refunds, minus all payouts to her. Negative after an advance or a refund that came
/// after a payout.
pub fn balance(conn: &Connection, producer_id: i64) -> Result<Money> {
    let shares: i64 = conn
        .prepare_cached(
            "SELECT coalesce(sum(l.producer_c), 0) FROM sale_lines l \
             WHERE l.producer_id = ?1 \
             AND NOT EXISTS (SELECT 1 FROM voids v WHERE v.sale_id = l.sale_id)",
        )?
        .query_row([producer_id], |r| r.get(0))?;
    let paid: i64 = conn
        .prepare_cached("SELECT coalesce(sum(amount_c), 0) FROM payouts WHERE producer_id = ?1")?
        .query_row([producer_id], |r| r.get(0))?;
    Ok(Money::from_centimes(shares - paid))
}

/// Records a payout of `amount` to the producer `producer_code`, paid today by `user_id`
/// (an administrator). Beyond her balance it is refused, with the balance, unless
/// `advance`.
#[allow(clippy::too_many_arguments)]
pub fn payout(
    conn: &mut Connection,
    clock: &dyn Clock,
    producer_code: &str,
    amount: Money,
    method: PayoutMethod,
    user_id: i64,
    advance: bool,
    note: Option<&str>,
) -> Result<Payout> {
    let at = clock.now();
    db::write(conn, |tx| {
        record(
            tx,
            at,
            &NewPayout {
                producer: producer_code,
                amount,
                method,
                user_id,
                advance,
                note,
            },
        )
    })
}

/// A payout to record.
#[derive(Debug, Clone, Copy)]
pub struct NewPayout<'a> {
    /// The producer's code.
    pub producer: &'a str,
    pub amount: Money,
    pub method: PayoutMethod,
    /// Who pays: an administrator.
    pub user_id: i64,
    /// Beyond her balance, as an advance.
    pub advance: bool,
    pub note: Option<&'a str>,
}

/// As `payout`, at `at`, inside the caller's transaction.
pub fn record(
    tx: &Connection,
    at: chrono::DateTime<chrono::Utc>,
    new: &NewPayout<'_>,
) -> Result<Payout> {
    let NewPayout {
        producer: producer_code,
        amount,
        method,
        user_id,
        advance,
        note,
    } = *new;
    if amount <= Money::ZERO {
        return Err(Error::ZeroPayment);
    }
    let note = note.map(str::trim).filter(|n| !n.is_empty());
    if let Some(note) = note {
        crate::text::check(note)?;
    }
    {
        crate::timeline::stamp(tx, at)?;
        users::rights::require(tx, user_id, Right::Payout)?;
        let producer = catalog::producer_by_code(tx, producer_code)?.ok_or_else(|| {
            Error::Catalog(CatalogError::UnknownProducer(
                producer_code.trim().to_owned(),
            ))
        })?;
        let before = balance(tx, producer.id)?;
        if amount > before && !advance {
            return Err(Error::Statement(StatementError::PayoutExceedsBalance {
                producer: producer.code,
                balance: before,
            }));
        }
        tx.prepare_cached(
            "INSERT INTO payouts (producer_id, day, at_ms, amount_c, method, paid_by, note, advance) \
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        )?
        .execute(params![
            producer.id,
            clock::business_day(at).to_string(),
            at.timestamp_millis(),
            amount.centimes(),
            method.code(),
            user_id,
            note,
            advance,
        ])?;
        let id = tx.last_insert_rowid();
        if method == PayoutMethod::Cash {
            crate::cash::payout_from_drawer(tx, id, &producer.code, amount, user_id, at)?;
        }
        let sql = format!("{PAYOUT_SELECT} WHERE po.id = ?1");
        let mut recorded = tx.prepare_cached(&sql)?.query_row([id], from_row)?;
        recorded.balance_after = Some(before - amount);
        let after = serde_json::json!({
            "amount": amount.plain(),
            "method": method.code(),
            "advance": advance,
            "balance_before": before.plain(),
        });
        audit::record(
            tx,
            at,
            &audit::Record::new(user_id, audit::Action::Payout, &producer.code).after(after),
        )?;
        Ok(recorded)
    }
}
