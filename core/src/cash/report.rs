//! The X report (any time, the session still open) and the Z report (the closed session):
//! what the session sold, by method, category and producer, its corrections, and its cash.
//!
//! Every figure is read from the ledger at the moment of asking. A voided sale counts in
//! `voids` only; refunds count where they were given (the session open when the money went
//! back), whatever the session of the sale they refund. So by method, by category and by
//! producer each add up to `net` = sales + refunds.

use chrono::{DateTime, FixedOffset, Utc};
use rusqlite::Connection;
use serde::Serialize;

use super::{Session, session};
use crate::clock;
use crate::error::Result;
use crate::json::rfc3339;
use crate::money::Money;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum ReportKind {
    /// Read while the session is open; changes nothing.
    X,
    /// The closing report of a closed session.
    Z,
}

/// How many, and for how much.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Figure {
    pub count: i64,
    pub total: Money,
}

/// One part of a total: a payment method, a category or a producer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Share {
    pub code: String,
    /// The French (or Latin-letter) name, and the Arabic one.
    pub name: String,
    pub name_ar: String,
    pub amount: Money,
}

/// The drawer's cash, from the float to what should be in it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct CashFigures {
    #[serde(rename = "float")]
    pub float: Money,
    /// Cash handed over by customers.
    pub taken: Money,
    pub change: Money,
    /// Cash given back for refunds (positive).
    pub refunds: Money,
    pub pay_ins: Money,
    pub pay_outs: Money,
    /// float + taken − change − refunds − pay-outs + pay-ins.
    pub expected: Money,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SessionReport {
    pub kind: ReportKind,
    /// When the report was drawn up (for a Z, when the session closed).
    #[serde(serialize_with = "rfc3339")]
    pub at: DateTime<FixedOffset>,
    pub session: Session,
    /// Completed sales (not voided).
    pub sales: Figure,
    /// Refunds given in the session (their total is negative).
    pub refunds: Figure,
    /// Sales of the session voided (total as they were sold).
    pub voids: Figure,
    /// Lines sold with a discount, and the discounts' sum.
    pub discounts: Figure,
    /// Sales + refunds.
    pub net: Money,
    pub by_method: Vec<Share>,
    pub by_category: Vec<Share>,
    pub by_producer: Vec<Share>,
    pub drawer_openings: i64,
    pub pay_ins: Figure,
    pub pay_outs: Figure,
    pub cash: CashFigures,
}

const NOT_VOIDED: &str = "NOT EXISTS (SELECT 1 FROM voids v WHERE v.sale_id = s.id)";
/// The sales of session ?1: every one was made after the last sale before it opened and
/// before the next session opened, so they are found by id between the two (0008; no index
/// of sales by session): an old session's Z reprinted a year later reads only its own.
const IN_SESSION: &str = "s.id > (SELECT sales_after FROM cash_sessions WHERE id = ?1)      AND s.id <= coalesce((SELECT min(sales_after) FROM cash_sessions WHERE id > ?1),      9223372036854775807) AND s.session_id = ?1";

/// The report of session `id` at `at`: a Z when it is closed (dated at its close), else an X.
pub fn report(conn: &Connection, id: i64, at: DateTime<Utc>) -> Result<SessionReport> {
    let session = session(conn, id)?;
    let (kind, at) = match &session.closing {
        Some(closing) => (ReportKind::Z, closing.closed_at),
        None => (ReportKind::X, clock::local(at)),
    };
    let figure = |sql: &str| -> Result<Figure> {
        Ok(conn.prepare_cached(sql)?.query_row([id], |r| {
            Ok(Figure {
                count: r.get(0)?,
                total: r.get(1)?,
            })
        })?)
    };
    let sales = figure(&format!(
        "SELECT count(*), coalesce(sum(total_c), 0) FROM sales s \
         WHERE {IN_SESSION} AND s.kind = 'sale' AND {NOT_VOIDED}"
    ))?;
    let refunds = figure(&format!(
        "SELECT count(*), coalesce(sum(total_c), 0) FROM sales s \
         WHERE {IN_SESSION} AND s.kind = 'refund' AND {NOT_VOIDED}"
    ))?;
    let voids = figure(&format!(
        "SELECT count(*), coalesce(sum(total_c), 0) FROM sales s \
         WHERE {IN_SESSION} AND NOT {NOT_VOIDED}"
    ))?;
    let discounts = figure(&format!(
        "SELECT count(*), coalesce(sum(l.discount_c), 0) FROM sale_lines l \
         JOIN sales s ON s.id = l.sale_id \
         WHERE {IN_SESSION} AND l.discount_c <> 0 AND {NOT_VOIDED}"
    ))?;
    let by_method = shares(
        conn,
        id,
        &format!(
            "SELECT p.method, p.method, p.method, sum(p.amount_c) FROM payments p \
             JOIN sales s ON s.id = p.sale_id WHERE {IN_SESSION} AND {NOT_VOIDED} \
             GROUP BY p.method ORDER BY CASE p.method WHEN 'cash' THEN 1 WHEN 'card' THEN 2 ELSE 3 END"
        ),
    )?;
    let by_category = shares(
        conn,
        id,
        &format!(
            "SELECT l.category, coalesce(c.name_fr, l.category), coalesce(c.name_ar, l.category), \
             sum(l.total_c) FROM sale_lines l JOIN sales s ON s.id = l.sale_id \
             LEFT JOIN categories c ON c.code = l.category \
             WHERE {IN_SESSION} AND {NOT_VOIDED} GROUP BY l.category ORDER BY c.position, l.category"
        ),
    )?;
    let by_producer = shares(
        conn,
        id,
        &format!(
            "SELECT p.code, p.name_latin, p.name_ar, sum(l.total_c) FROM sale_lines l \
             JOIN sales s ON s.id = l.sale_id JOIN producers p ON p.id = l.producer_id \
             WHERE {IN_SESSION} AND {NOT_VOIDED} GROUP BY l.producer_id ORDER BY p.code"
        ),
    )?;
    let movement = |kind: &str| -> Result<Figure> {
        Ok(conn
            .prepare_cached(
                "SELECT count(*), coalesce(sum(amount_c), 0) FROM cash_movements \
                 WHERE session_id = ?1 AND kind = ?2",
            )?
            .query_row(rusqlite::params![id, kind], |r| {
                Ok(Figure {
                    count: r.get(0)?,
                    total: r.get(1)?,
                })
            })?)
    };
    let drawer_openings = movement("drawer")?.count;
    Ok(SessionReport {
        kind,
        at,
        net: sales.total + refunds.total,
        sales,
        refunds,
        voids,
        discounts,
        by_method,
        by_category,
        by_producer,
        drawer_openings,
        pay_ins: movement("pay_in")?,
        pay_outs: movement("pay_out")?,
        cash: cash(conn, id)?,
        session,
    })
}

fn shares(conn: &Connection, id: i64, sql: &str) -> Result<Vec<Share>> {
    let mut stmt = conn.prepare_cached(sql)?;
    let rows = stmt.query_map([id], |r| {
        Ok(Share {
            code: r.get(0)?,
            name: r.get(1)?,
            name_ar: r.get(2)?,
            amount: r.get(3)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// The session's cash, from the ledger: what the drawer should hold now (or held at close).
pub(super) fn cash(conn: &Connection, id: i64) -> Result<CashFigures> {
    let float: i64 = conn
        .prepare_cached("SELECT float_c FROM cash_sessions WHERE id = ?1")?
        .query_row([id], |r| r.get(0))?;
    let (taken, change, refunds): (i64, i64, i64) = conn
        .prepare_cached(&format!(
            "SELECT coalesce(sum(CASE WHEN s.kind = 'sale' THEN coalesce(p.tendered_c, p.amount_c) END), 0), \
             coalesce(sum(CASE WHEN s.kind = 'sale' THEN p.change_c END), 0), \
             coalesce(sum(CASE WHEN s.kind = 'refund' THEN -p.amount_c END), 0) \
             FROM payments p JOIN sales s ON s.id = p.sale_id \
             WHERE {IN_SESSION} AND p.method = 'cash' AND {NOT_VOIDED}"
        ))?
        .query_row([id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
    let (pay_ins, pay_outs): (i64, i64) = conn
        .prepare_cached(
            "SELECT coalesce(sum(CASE WHEN kind = 'pay_in' THEN amount_c END), 0), \
             coalesce(sum(CASE WHEN kind = 'pay_out' THEN amount_c END), 0) \
             FROM cash_movements WHERE session_id = ?1",
        )?
        .query_row([id], |r| Ok((r.get(0)?, r.get(1)?)))?;
    let c = Money::from_centimes;
    Ok(CashFigures {
        float: c(float),
        taken: c(taken),
        change: c(change),
        refunds: c(refunds),
        pay_ins: c(pay_ins),
        pay_outs: c(pay_outs),
        expected: c(float + taken - change - refunds - pay_outs + pay_ins),
    })
}
