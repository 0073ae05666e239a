//! Impact: how many women earned an income in a period, the total and the median earned,
//! how the incomes spread (a histogram), and who earned for the first time.
//!
//! An income is a producer's share of the period's sales net of refunds (voided sales left
//! out), as her statements add it up; a workshop collective counts as one producer.

use std::collections::HashMap;

use rusqlite::Connection;
use serde::Serialize;

use super::{Period, day_text};
use crate::error::Result;
use crate::money::Money;

/// Upper bounds of the histogram's bins, in dirhams; the last bin has none.
pub const BINS_DH: [i64; 6] = [100, 250, 500, 1_000, 2_000, 5_000];

/// Women whose income fell in `[from, to)` (`to` none: and above).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Bin {
    pub from: Money,
    pub to: Option<String>,
    pub women: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Impact {
    /// Producers whose net share in the period is above zero.
    pub women: i64,
    pub total: Money,
    pub median: Money,
    pub histogram: Vec<Bin>,
    /// Codes of those who earned in the period and never before it.
    pub new_producers: Vec<String>,
}

/// The impact of `period`, from each producer's income in it (`incomes`: producer id to
/// her net share in centimes).
pub(super) fn impact(
    conn: &Connection,
    period: Period,
    incomes: HashMap<i64, i64>,
) -> Result<Impact> {
    let from = day_text(period.from);
    let mut earned: Vec<(i64, i64)> = incomes.into_iter().filter(|(_, c)| *c > 0).collect();
    earned.sort_by_key(|(id, c)| (*c, *id));
    let amounts: Vec<i64> = earned.iter().map(|(_, c)| *c).collect();
    let mut histogram: Vec<Bin> = Vec::new();
    let mut lower = 0;
    for upper in BINS_DH.iter().map(|d| Some(*d)).chain([None]) {
        let women = amounts
            .iter()
            .filter(|c| **c >= lower * 100 && upper.is_none_or(|u| **c < u * 100))
            .count();
        histogram.push(Bin {
            from: Money::from_dirhams(lower),
            to: upper.map(|u| Money::from_dirhams(u).plain()),
            women: i64::try_from(women).unwrap_or(i64::MAX),
        });
        lower = upper.unwrap_or(lower);
    }
    // Earned before: one line of hers before the period is enough (the index finds it).
    let mut before = conn.prepare_cached(
        "SELECT EXISTS (SELECT 1 FROM sale_lines l JOIN sales s ON s.id = l.sale_id \
         WHERE l.producer_id = ?1 AND s.business_day < ?2 \
         AND NOT EXISTS (SELECT 1 FROM voids v WHERE v.sale_id = s.id))",
    )?;
    let mut code = conn.prepare_cached("SELECT code FROM producers WHERE id = ?1")?;
    let mut new_producers = Vec::new();
    for (id, _) in &earned {
        let old: bool = before.query_row(rusqlite::params![id, &from], |r| r.get(0))?;
        if !old {
            new_producers.push(code.query_row([id], |r| r.get::<_, String>(0))?);
        }
    }
    new_producers.sort();
    Ok(Impact {
        women: i64::try_from(earned.len()).unwrap_or(i64::MAX),
        total: Money::from_centimes(amounts.iter().sum()),
        median: median(&amounts),
        histogram,
        new_producers,
    })
}

/// The middle income (sorted), or the mean of the two middle ones, to the centime.
fn median(sorted: &[i64]) -> Money {
    match sorted.len() {
        0 => Money::ZERO,
        n if n % 2 == 1 => Money::from_centimes(sorted[n / 2]),
        n => Money::round(
            (rust_decimal::Decimal::from(sorted[n / 2 - 1])
                + rust_decimal::Decimal::from(sorted[n / 2]))
                / rust_decimal::Decimal::from(200),
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_median_is_the_middle_or_the_mean_of_two() {
        assert_eq!(median(&[]), Money::ZERO);
        assert_eq!(median(&[100, 300, 900]), Money::from_centimes(300));
        assert_eq!(median(&[100, 301]), Money::from_centimes(201));
    }
}
