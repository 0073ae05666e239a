//! A producer's own page: what she is owed today, and month by month what she sold, what
//! the association kept, what she was paid and what was left, with each issued statement's
//! number; then every payout she received. What a producer asks at the counter ("how much
//! do I have? what did I get in the summer?") without opening twelve statements.

use std::collections::BTreeMap;

use rusqlite::{Connection, params};
use serde::Serialize;

use super::payout::{PAYOUT_SELECT, from_row};
use super::{Payout, Statement, parse_month, statement};
use crate::catalog;
use crate::error::{CatalogError, Error, Result};
use crate::money::Money;

/// One month of her history: a statement's figures without its lines.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MonthFigures {
    /// `YYYY-MM`.
    pub month: String,
    /// The issued statement's number; `None` while the month is a draft.
    pub number: Option<String>,
    pub opening_balance: Money,
    pub gross: Money,
    pub association_share: Money,
    pub net: Money,
    pub payouts: Money,
    pub closing_balance: Money,
    /// How many sale and refund lines the month holds.
    pub lines: usize,
}

impl MonthFigures {
    fn of(s: &Statement) -> MonthFigures {
        MonthFigures {
            month: s.month.clone(),
            number: s.number.clone(),
            opening_balance: s.opening,
            gross: s.gross,
            association_share: s.association_share,
            net: s.net,
            payouts: s.payouts,
            closing_balance: s.closing,
            lines: s.lines.len(),
        }
    }

    /// The month as (year, month).
    pub fn year_month(&self) -> Option<(i32, u32)> {
        parse_month(&self.month).ok()
    }
}

/// Her page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct History {
    pub producer: String,
    pub name_latin: String,
    pub name_ar: String,
    /// What the shop owes her now (negative after an advance or a refund after a payout).
    pub balance: Money,
    /// Σ of her net over every month: all she ever earned here.
    pub earned: Money,
    /// Every month with a sale, a refund, a payout or an issued statement, newest first.
    pub months: Vec<MonthFigures>,
    /// Every payout, newest first.
    pub payouts: Vec<Payout>,
}

/// The page of the producer `code`: her months as [`statement`] gives them, an issued
/// month as it was frozen and the others from the ledger, in one grouped pass over her
/// lines (five years of a busy producer would otherwise be sixty statements' queries).
pub fn history(conn: &Connection, code: &str) -> Result<History> {
    let producer = catalog::producer_by_code(conn, code)?
        .ok_or_else(|| Error::Catalog(CatalogError::UnknownProducer(code.trim().to_owned())))?;
    let mut months: BTreeMap<String, MonthFigures> = BTreeMap::new();
    let blank = |month: &str| MonthFigures {
        month: month.to_owned(),
        number: None,
        opening_balance: Money::ZERO,
        gross: Money::ZERO,
        association_share: Money::ZERO,
        net: Money::ZERO,
        payouts: Money::ZERO,
        closing_balance: Money::ZERO,
        lines: 0,
    };
    // The same lines as a draft statement's: not voided, refunds on their own day.
    let mut sold = conn.prepare_cached(
        "SELECT substr(s.business_day, 1, 7), sum(l.total_c), sum(l.association_c),          sum(l.producer_c), count(*) FROM sale_lines l JOIN sales s ON s.id = l.sale_id          WHERE l.producer_id = ?1 AND NOT EXISTS (SELECT 1 FROM voids v WHERE v.sale_id = s.id)          GROUP BY 1",
    )?;
    let rows = sold.query_map([producer.id], |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, i64>(1)?,
            r.get::<_, i64>(2)?,
            r.get::<_, i64>(3)?,
            r.get::<_, i64>(4)?,
        ))
    })?;
    for row in rows {
        let (month, gross, association, net, lines) = row?;
        let m = months.entry(month.clone()).or_insert_with(|| blank(&month));
        m.gross = Money::from_centimes(gross);
        m.association_share = Money::from_centimes(association);
        m.net = Money::from_centimes(net);
        m.lines = usize::try_from(lines).unwrap_or_default();
    }
    let mut paid = conn.prepare_cached(
        "SELECT substr(day, 1, 7), sum(amount_c) FROM payouts WHERE producer_id = ?1 GROUP BY 1",
    )?;
    let rows = paid.query_map([producer.id], |r| {
        Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?))
    })?;
    for row in rows {
        let (month, amount) = row?;
        let m = months.entry(month.clone()).or_insert_with(|| blank(&month));
        m.payouts = Money::from_centimes(amount);
    }
    let mut balance = Money::ZERO;
    for m in months.values_mut() {
        m.opening_balance = balance;
        m.closing_balance = balance + m.net - m.payouts;
        balance = m.closing_balance;
    }
    // Issued months as they were frozen (a statement issued with nothing in it included).
    let mut issued = conn.prepare_cached(
        "SELECT year, month FROM statements WHERE producer_id = ?1 ORDER BY year, month",
    )?;
    let frozen: Vec<(i32, u32)> = issued
        .query_map([producer.id], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    for (year, month) in frozen {
        let s = statement(conn, &producer.code, year, month)?;
        months.insert(s.month.clone(), MonthFigures::of(&s));
    }
    let figures: Vec<MonthFigures> = months.into_values().rev().collect();
    let sql =
        format!("{PAYOUT_SELECT} WHERE po.producer_id = ?1 ORDER BY po.at_ms DESC, po.id DESC");
    let payouts = conn
        .prepare_cached(&sql)?
        .query_map(params![producer.id], from_row)?
        .collect::<rusqlite::Result<Vec<Payout>>>()?;
    Ok(History {
        earned: figures.iter().map(|m| m.net).sum(),
        balance: super::balance(conn, producer.id)?,
        producer: producer.code,
        name_latin: producer.name_latin,
        name_ar: producer.name_ar,
        months: figures,
        payouts,
    })
}
