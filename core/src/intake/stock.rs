//! What each producer has in the shop: per product, the stock now, what she brought, what
//! sold (net of refunds and voids), what went back to her, and what has been on the shelf
//! longer than N days (to give back or to discount).
//!
//! Everything is read from the stock movements, the ledger of stock. How long items have
//! been on the shelf is counted first in, first out: what is in the shop now is taken to be
//! what arrived last (intakes, counts, upward corrections), so the part of it older than N
//! days is what arrived before that and has not sold.

use chrono::{DateTime, Duration, Utc};
use rusqlite::{Connection, params};
use serde::Serialize;

use crate::clock;
use crate::error::Result;
use crate::money::{Quantity, Unit};

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ProducerStock {
    pub code: String,
    pub name_ar: String,
    pub name_latin: String,
    pub products: Vec<ProductStock>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ProductStock {
    pub sku: String,
    pub name_ar: String,
    pub name_fr: String,
    pub unit: Unit,
    pub in_shop: Quantity,
    /// Intakes and corrections.
    pub brought: Quantity,
    /// Sales less refunds and voids.
    pub sold: Quantity,
    pub returned: Quantity,
    /// How much of what is in the shop arrived more than the asked days ago (zero when no
    /// age was asked).
    pub older: Quantity,
    /// The local day the oldest of those arrived.
    pub older_since: Option<String>,
}

/// The stock of every producer (or of `producer` alone), products whose stock is counted or
/// has moved; with `older_than` days, how much of each has been in the shop that long.
pub fn view(
    conn: &Connection,
    now: DateTime<Utc>,
    producer: Option<&str>,
    older_than: Option<u32>,
) -> Result<Vec<ProducerStock>> {
    let mut stmt = conn.prepare_cached(
        "SELECT p.id, p.sku, p.name_ar, p.name_fr, p.unit, p.stock_milli, pr.code, pr.name_ar, \
         pr.name_latin, \
         coalesce(sum(CASE WHEN m.kind IN ('intake', 'adjust') THEN m.qty_milli END), 0), \
         coalesce(sum(CASE WHEN m.kind IN ('sale', 'refund', 'void') THEN -m.qty_milli END), 0), \
         coalesce(sum(CASE WHEN m.kind = 'return' THEN -m.qty_milli END), 0) \
         FROM products p JOIN producers pr ON pr.id = p.producer_id \
         LEFT JOIN stock_moves m ON m.product_id = p.id \
         WHERE ?1 IS NULL OR pr.code = ?1 \
         GROUP BY p.id HAVING p.stock_tracked OR count(m.id) > 0 ORDER BY pr.code, p.sku",
    )?;
    let rows = stmt.query_map(params![producer.map(str::trim)], |r| {
        crate::stored::in_table("products", r, |r| {
            Ok((
                r.get::<_, i64>(0)?,
                [r.get::<_, String>(6)?, r.get(7)?, r.get(8)?],
                ProductStock {
                    sku: r.get(1)?,
                    name_ar: r.get(2)?,
                    name_fr: r.get(3)?,
                    unit: r.get(4)?,
                    in_shop: r.get(5)?,
                    brought: r.get(9)?,
                    sold: r.get(10)?,
                    returned: r.get(11)?,
                    older: Quantity::ZERO,
                    older_since: None,
                },
            ))
        })
    })?;
    let mut out: Vec<ProducerStock> = Vec::new();
    for row in rows {
        let (id, [code, name_ar, name_latin], mut line) = row?;
        if let Some(days) = older_than {
            let cutoff = now - Duration::days(i64::from(days));
            (line.older, line.older_since) = aged(conn, id, line.in_shop, cutoff)?;
        }
        match out.last_mut() {
            Some(last) if last.code == code => last.products.push(line),
            _ => out.push(ProducerStock {
                code,
                name_ar,
                name_latin,
                products: vec![line],
            }),
        }
    }
    Ok(out)
}

/// First in, first out: the stock now is what arrived last; what of it arrived before
/// `cutoff`, and the day the oldest of it came.
fn aged(
    conn: &Connection,
    product_id: i64,
    in_shop: Quantity,
    cutoff: DateTime<Utc>,
) -> Result<(Quantity, Option<String>)> {
    let mut stmt = conn.prepare_cached(
        "SELECT at_ms, qty_milli FROM stock_moves WHERE product_id = ?1 AND qty_milli > 0 \
         AND kind IN ('intake', 'count', 'adjust') ORDER BY at_ms DESC, id DESC",
    )?;
    let arrivals = stmt.query_map([product_id], |r| Ok((r.get(0)?, r.get(1)?)))?;
    let (mut left, mut older, mut since) = (in_shop.milli(), 0, None);
    for arrival in arrivals {
        if left <= 0 {
            break;
        }
        let (at, qty): (crate::stored::Millis, i64) = arrival?;
        let here = qty.min(left);
        left -= here;
        let at = at.0;
        if at < cutoff {
            older += here;
            since = Some(clock::business_day(at).to_string());
        }
    }
    Ok((Quantity::from_milli(older), since))
}
