//! A review as a table: one row per step of time, category, producer or payment method,
//! with the previous period's figure beside it; and that table as CSV.

use serde::Serialize;

use super::Review;
use crate::cash::Share;
use crate::money::Money;

/// What the table's rows are.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum By {
    Day,
    Week,
    Month,
    Year,
    Category,
    Producer,
    Payment,
}

impl By {
    pub fn is_time(self) -> bool {
        matches!(self, By::Day | By::Week | By::Month | By::Year)
    }
}

/// One row: its key (a day, `2026-W48`, a category's code…), its names, the period's
/// revenue and the previous period's (for time, the step at the same place).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Row {
    pub key: String,
    pub name: String,
    pub name_ar: String,
    pub revenue: Money,
    pub previous: Money,
}

pub fn rows(review: &Review, by: By) -> Vec<Row> {
    let (now, before) = (&review.current, &review.previous);
    if by.is_time() {
        return now
            .by_time
            .iter()
            .enumerate()
            .map(|(i, b)| Row {
                key: b.key.clone(),
                name: before
                    .by_time
                    .get(i)
                    .map(|p| p.key.clone())
                    .unwrap_or_default(),
                name_ar: String::new(),
                revenue: b.revenue,
                previous: before.by_time.get(i).map_or(Money::ZERO, |p| p.revenue),
            })
            .collect();
    }
    let (a, b) = match by {
        By::Category => (&now.by_category, &before.by_category),
        By::Producer => (&now.by_producer, &before.by_producer),
        _ => (&now.by_method, &before.by_method),
    };
    by_code(a, b)
}

/// Every code of either period, in the current period's order, then the others.
fn by_code(now: &[Share], before: &[Share]) -> Vec<Row> {
    let find = |list: &[Share], code: &str| {
        list.iter()
            .find(|s| s.code == code)
            .map_or(Money::ZERO, |s| s.amount)
    };
    now.iter()
        .chain(
            before
                .iter()
                .filter(|p| !now.iter().any(|s| s.code == p.code)),
        )
        .map(|s| Row {
            key: s.code.clone(),
            name: s.name.clone(),
            name_ar: s.name_ar.clone(),
            revenue: find(now, &s.code),
            previous: find(before, &s.code),
        })
        .collect()
}
