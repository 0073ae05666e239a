//! The association's review of a period: revenue by day, week, month or year, by category,
//! producer and payment method, top products, sales and average basket, refunds and voids,
//! and the impact (how many women earned an income, how much) — each beside the same
//! figures for the period of equal length just before.
//!
//! Periods are local business days, both ends included. Figures follow the statements'
//! rule: a voided sale counts nowhere but in `voids`; a refund counts on the day it was
//! given, negative. So a month's revenue here is, to the centime, the sum of that month's
//! statements' gross, and the impact's total their producers' net.
//!
//! The running totals are folded at each session's close by `cash::fold` (re-exported
//! here); the review's CSV is `export::tables::review_csv`, as every spreadsheet table.

mod figures;
mod impact;
mod pdf;
mod table;

pub use crate::cash::fold::{fold, fold_in, folded_to};
pub use figures::{Bucket, Figures, ProductLine};
pub use impact::{Bin, Impact};
pub use pdf::board_report;
pub use table::{By, Row, rows};

use chrono::{Duration, NaiveDate};
use rusqlite::Connection;
use serde::Serialize;

use crate::error::{Error, Result};

/// Local business days `from` to `to`, both included.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Period {
    pub from: NaiveDate,
    pub to: NaiveDate,
}

impl Period {
    pub fn new(from: NaiveDate, to: NaiveDate) -> Result<Period> {
        if to < from {
            return Err(Error::BadPeriod {
                from: from.to_string(),
                to: to.to_string(),
            });
        }
        Ok(Period { from, to })
    }

    pub fn days(self) -> i64 {
        (self.to - self.from).num_days() + 1
    }

    /// The period of as many days that ends the day before this one starts.
    pub fn previous(self) -> Period {
        let to = self.from - Duration::days(1);
        Period {
            from: to - Duration::days(self.days() - 1),
            to,
        }
    }
}

/// A period's figures beside the previous period's.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Review {
    pub period: Period,
    pub previous_period: Period,
    pub current: Figures,
    pub previous: Figures,
    pub impact: Impact,
    pub previous_impact: Impact,
}

/// The review of `period`; `by` chooses the time buckets (day, week, month or year).
pub fn review(conn: &Connection, period: Period, by: By) -> Result<Review> {
    let previous_period = period.previous();
    let (current, incomes) = figures::figures(conn, period, by)?;
    let (previous, previous_incomes) = figures::figures(conn, previous_period, by)?;
    Ok(Review {
        period,
        previous_period,
        current,
        previous,
        impact: impact::impact(conn, period, incomes)?,
        previous_impact: impact::impact(conn, previous_period, previous_incomes)?,
    })
}

fn day_text(day: NaiveDate) -> String {
    day.format("%Y-%m-%d").to_string()
}
