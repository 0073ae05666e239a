//! Every producer's draft of one month in a handful of grouped queries, rather than five
//! queries per producer: on five years of sales the month's end stays well under a second.
//! Its figures are those of `draft` for each producer (a property test compares them).
//!
//! - her shares before the month, for every producer at once: the one pass over the past,
//!   read from the covering index `sale_lines_shares` (migration 0007);
//! - payouts before the month, grouped;
//! - the month's lines of every producer, through `sales_day`;
//! - the month's payouts.

use std::collections::{BTreeMap, HashSet};

use rusqlite::{Connection, params};

use super::payout::{self, Payout};
use super::{Statement, StatementLine, line_from_row, month_bounds};
use crate::catalog;
use crate::error::Result;
use crate::money::Money;

/// What one producer did in a month and before it.
#[derive(Default)]
struct Activity {
    shares_before: i64,
    paid_before: i64,
    lines: Vec<StatementLine>,
    paid: Vec<Payout>,
}

/// Σ producer shares of the non-voided lines of sales of days before `first`, by producer.
///
/// Sales are numbered as they are made, so the sales before a day are, in practice, those
/// numbered below the first sale of that day: then the sum reads the index
/// `sale_lines_shares` alone, without joining 500,000 lines to their sales. Should a sale
/// ever carry a day out of that order (a clock set wrong, say), the join is used instead.
fn shares_before(conn: &Connection, first: &str) -> Result<Vec<(i64, i64)>> {
    let boundary: Option<i64> = conn
        .prepare_cached("SELECT min(id) FROM sales WHERE business_day >= ?1")?
        .query_row([first], |r| r.get(0))?;
    let boundary = boundary.unwrap_or(i64::MAX);
    let ordered: bool = conn
        .prepare_cached(
            "SELECT NOT EXISTS (SELECT 1 FROM sales WHERE id > ?1 AND business_day < ?2)",
        )?
        .query_row(params![boundary, first], |r| r.get(0))?;
    let pairs = |sql: &str, args: &[&dyn rusqlite::ToSql]| -> Result<Vec<(i64, i64)>> {
        let mut stmt = conn.prepare_cached(sql)?;
        let rows = stmt.query_map(args, |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    };
    if !ordered {
        return pairs(
            "SELECT l.producer_id, sum(l.producer_c) FROM sales s JOIN sale_lines l ON l.sale_id = s.id \
             WHERE s.business_day < ?1 AND NOT EXISTS (SELECT 1 FROM voids v WHERE v.sale_id = s.id) \
             GROUP BY l.producer_id",
            &[&first],
        );
    }
    // Two grouped queries rather than one over their union: each reads an index in producer
    // order and needs no sorting.
    let mut shares = pairs(
        "SELECT producer_id, sum(producer_c) FROM sale_lines INDEXED BY sale_lines_shares \
         WHERE sale_id < ?1 GROUP BY producer_id",
        &[&boundary],
    )?;
    let voided = pairs(
        "SELECT l.producer_id, sum(l.producer_c) FROM voids v JOIN sale_lines l ON l.sale_id = v.sale_id \
         WHERE v.sale_id < ?1 GROUP BY l.producer_id",
        &[&boundary],
    )?;
    for (producer, void) in voided {
        match shares.iter_mut().find(|(p, _)| *p == producer) {
            Some((_, sum)) => *sum -= void,
            None => shares.push((producer, -void)),
        }
    }
    Ok(shares)
}

/// The drafts of every producer with activity in the month or a balance carried into it,
/// except those in `skip` (already issued for the month), by producer id.
pub(super) fn drafts(
    conn: &Connection,
    year: i32,
    month: u32,
    skip: &HashSet<i64>,
) -> Result<Vec<Statement>> {
    let (first, next) = month_bounds(year, month)?;
    let (first, next) = (first.to_string(), next.to_string());
    let mut by_producer: BTreeMap<i64, Activity> = BTreeMap::new();

    for (producer, shares) in shares_before(conn, &first)? {
        by_producer.entry(producer).or_default().shares_before = shares;
    }

    let mut paid = conn.prepare_cached(
        "SELECT producer_id, sum(amount_c) FROM payouts WHERE day < ?1 GROUP BY producer_id",
    )?;
    let mut rows = paid.query([&first])?;
    while let Some(row) = rows.next()? {
        by_producer.entry(row.get(0)?).or_default().paid_before = row.get(1)?;
    }

    let mut lines = conn.prepare_cached(
        "SELECT s.business_day, s.number, s.kind, l.sku, l.name_fr, l.name_ar, l.unit, l.qty_milli, \
         l.total_c, l.association_c, l.producer_c, l.producer_id \
         FROM sales s JOIN sale_lines l ON l.sale_id = s.id \
         WHERE s.business_day >= ?1 AND s.business_day < ?2 \
         AND NOT EXISTS (SELECT 1 FROM voids v WHERE v.sale_id = s.id) \
         ORDER BY l.producer_id, s.business_day, s.sold_at_ms, s.id, l.line_no",
    )?;
    let mut rows = lines.query(params![first, next])?;
    while let Some(row) = rows.next()? {
        let producer: i64 = row.get(11)?;
        let line = crate::stored::in_table("sale_lines", row, line_from_row)?;
        by_producer.entry(producer).or_default().lines.push(line);
    }

    for (producer, p) in payout::payouts_of_month(conn, &first, &next)? {
        by_producer.entry(producer).or_default().paid.push(p);
    }

    let mut out = Vec::new();
    for (id, a) in by_producer {
        let opening = Money::from_centimes(a.shares_before - a.paid_before);
        if skip.contains(&id) || (opening.is_zero() && a.lines.is_empty() && a.paid.is_empty()) {
            continue;
        }
        let producer = catalog::producer_by_id(conn, id)?;
        out.push(Statement::draft(
            &producer,
            (year, month),
            opening,
            a.lines,
            a.paid,
        ));
    }
    Ok(out)
}
