//! One period's revenue figures, read from the running totals (`report_months` per month,
//! `report_sales` and `report_payments` per day; migrations 0005 and 0008) and folded here
//! into days, weeks, categories, producers and products. From the ledger: the sales the
//! totals do not hold yet (after `report_folded`, see `fold`), the days before and after
//! the period's whole months, and voids.

use std::collections::{BTreeMap, HashMap};

use chrono::{Datelike, Months, NaiveDate};
use rusqlite::{Connection, params};
use serde::Serialize;

use super::table::By;
use super::{Period, day_text};
use crate::cash::{Figure, Share};
use crate::error::Result;
use crate::money::Money;

/// Revenue and completed sales in one step of time.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Bucket {
    /// `2026-11-29`, `2026-W48`, `2026-11` or `2026`.
    pub key: String,
    pub revenue: Money,
    pub sales: i64,
}

/// A product among the best sold.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ProductLine {
    pub sku: String,
    pub name: String,
    pub name_ar: String,
    /// Pieces or kilograms, net of refunds, in thousandths; in JSON as every quantity is,
    /// `quantity` with three decimals.
    #[serde(rename = "quantity", serialize_with = "milli_plain")]
    pub quantity_milli: i64,
    pub revenue: Money,
}

fn milli_plain<S: serde::Serializer>(milli: &i64, s: S) -> Result<S::Ok, S::Error> {
    serde::Serialize::serialize(&crate::money::Quantity::from_milli(*milli), s)
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Figures {
    /// Sales net of refunds, voided sales left out.
    pub revenue: Money,
    /// The association's shares and the producers' shares of it.
    pub association: Money,
    pub producers: Money,
    pub sales: Figure,
    pub refunds: Figure,
    pub voids: Figure,
    /// Sales' total over their count (refunds left out).
    pub average_basket: Money,
    pub discounts: Money,
    pub by_time: Vec<Bucket>,
    pub by_category: Vec<Share>,
    pub by_producer: Vec<Share>,
    pub by_method: Vec<Share>,
    pub top_products: Vec<ProductLine>,
}

/// How many products the top list holds.
const TOP: usize = 10;

/// The key of the time step `day` falls in.
pub(super) fn bucket_key(day: NaiveDate, by: By) -> String {
    match by {
        By::Week => {
            let week = day.iso_week();
            format!("{}-W{:02}", week.year(), week.week())
        }
        By::Month => format!("{}-{:02}", day.year(), day.month()),
        By::Year => day.year().to_string(),
        _ => day_text(day),
    }
}

/// The period's lines folded by category, producer and product.
#[derive(Default)]
struct Parts {
    revenue: i64,
    producer_total: i64,
    discounts: i64,
    categories: Vec<(String, i64)>,
    producers: HashMap<i64, i64>,
    incomes: HashMap<i64, i64>,
    products: HashMap<i64, Sums>,
}

impl Parts {
    /// Adds a row of `BY_DAYS` or `BY_MONTHS` (its first column, the day or the month, is
    /// not read).
    fn add(&mut self, row: &rusqlite::Row<'_>) -> rusqlite::Result<()> {
        let total: i64 = row.get(4)?;
        let producer: i64 = row.get(5)?;
        let producer_id: i64 = row.get(2)?;
        self.revenue += total;
        self.producer_total += producer;
        self.discounts += row.get::<_, i64>(7)?;
        // Six categories: compared as borrowed text, copied once each.
        let category = text(row, 1)?;
        match self.categories.iter_mut().find(|(c, _)| c == category) {
            Some((_, sum)) => *sum += total,
            None => self.categories.push((category.to_owned(), total)),
        }
        *self.producers.entry(producer_id).or_default() += total;
        *self.incomes.entry(producer_id).or_default() += producer;
        let sums = self.products.entry(row.get(3)?).or_default();
        sums.total += total;
        sums.qty += row.get::<_, i64>(6)?;
        Ok(())
    }
}

/// Lines from the ledger, as `report_months` holds them: a voided sale's lines count as
/// zero rather than not at all (`report_months` keeps a voided line's key at zero), so a
/// category or producer shows the same whether its days were read here or there.
macro_rules! ledger_lines {
    ($where:literal) => {
        concat!(
            "SELECT s.business_day, l.category, l.producer_id, l.product_id, \
             CASE WHEN v.sale_id IS NULL THEN l.total_c ELSE 0 END, \
             CASE WHEN v.sale_id IS NULL THEN l.producer_c ELSE 0 END, \
             CASE WHEN v.sale_id IS NULL THEN l.qty_milli ELSE 0 END, \
             CASE WHEN v.sale_id IS NULL THEN l.discount_c ELSE 0 END \
             FROM sales s JOIN sale_lines l ON l.sale_id = s.id \
             LEFT JOIN voids v ON v.sale_id = s.id WHERE ",
            $where
        )
    };
}
/// A few days' lines of the folded sales (up to ?3, `report_folded`), found by day.
const BY_DAYS: &str = ledger_lines!("s.business_day BETWEEN ?1 AND ?2 AND s.id <= ?3");
/// The sales not folded yet (after ?1) in days ?2 to ?3, found by id: they are the last
/// ones, the open session's at most (`+` keeps SQLite from walking the days instead).
const TAIL_LINES: &str = ledger_lines!("s.id > ?1 AND +s.business_day BETWEEN ?2 AND ?3");
const BY_MONTHS: &str = "SELECT month, category, producer_id, product_id, total_c, producer_c, \
     qty_milli, discount_c FROM report_months WHERE month BETWEEN ?1 AND ?2";

/// Where a period's lines are read: its whole months from the monthly totals, the days
/// before and after them (at most two months' worth) from the ledger.
fn sources(period: Period) -> Vec<(&'static str, String, String)> {
    let first_full = if period.from.day() == 1 {
        Some(period.from)
    } else {
        period
            .from
            .checked_add_months(Months::new(1))
            .and_then(|d| d.with_day(1))
    };
    let after_to = period.to.succ_opt();
    let last_full = if after_to.is_some_and(|d| d.day() == 1) {
        Some(period.to)
    } else {
        period.to.with_day(1).and_then(|d| d.pred_opt())
    };
    match (first_full, last_full) {
        (Some(first), Some(last)) if first <= last => {
            let month = |d: NaiveDate| format!("{}-{:02}", d.year(), d.month());
            let mut out = vec![(BY_MONTHS, month(first), month(last))];
            if period.from < first {
                let head_end = first.pred_opt().unwrap_or(first);
                out.push((BY_DAYS, day_text(period.from), day_text(head_end)));
            }
            if last < period.to {
                let tail_start = last.succ_opt().unwrap_or(last);
                out.push((BY_DAYS, day_text(tail_start), day_text(period.to)));
            }
            out
        }
        _ => vec![(BY_DAYS, day_text(period.from), day_text(period.to))],
    }
}

#[derive(Default)]
struct Sums {
    total: i64,
    qty: i64,
}

/// The period's figures, and each producer's income (her net share) in it.
pub(super) fn figures(
    conn: &Connection,
    period: Period,
    by: By,
) -> Result<(Figures, HashMap<i64, i64>)> {
    let (from, to) = (day_text(period.from), day_text(period.to));
    let folded = crate::cash::fold::folded_to(conn)?;
    let mut parts = Parts::default();
    for (sql, a, b) in sources(period) {
        let mut stmt = conn.prepare_cached(sql)?;
        let mut rows = if sql == BY_DAYS {
            stmt.query(params![a, b, folded])?
        } else {
            stmt.query(params![a, b])?
        };
        while let Some(row) = rows.next()? {
            parts.add(row)?;
        }
    }
    {
        let mut stmt = conn.prepare_cached(TAIL_LINES)?;
        let mut rows = stmt.query(params![folded, &from, &to])?;
        while let Some(row) = rows.next()? {
            parts.add(row)?;
        }
    }
    let mut sales = Figure::default();
    let mut refunds = Figure::default();
    let mut days: HashMap<String, i64> = HashMap::new();
    let mut day_sales: HashMap<String, i64> = HashMap::new();
    {
        // The folded days, then each sale not folded yet (voided ones left out: they
        // would add nothing).
        let mut stmt = conn.prepare_cached(
            "SELECT day, kind, count, total_c FROM report_sales WHERE day BETWEEN ?2 AND ?3 \
             UNION ALL SELECT s.business_day, s.kind, 1, s.total_c FROM sales s \
             WHERE s.id > ?1 AND +s.business_day BETWEEN ?2 AND ?3 \
             AND NOT EXISTS (SELECT 1 FROM voids v WHERE v.sale_id = s.id)",
        )?;
        let mut rows = stmt.query(params![folded, &from, &to])?;
        while let Some(row) = rows.next()? {
            let kind: String = row.get(1)?;
            let day: String = row.get(0)?;
            let (count, total): (i64, i64) = (row.get(2)?, row.get(3)?);
            // A sale's total is its lines' (`souk check` proves it): a day's revenue.
            *days.entry(day.clone()).or_default() += total;
            let figure = if kind == "refund" {
                &mut refunds
            } else {
                *day_sales.entry(day).or_default() += count;
                &mut sales
            };
            figure.count += count;
            figure.total += Money::from_centimes(total);
        }
    }
    // Voids are few: read from the ledger, by the day of the sale voided.
    let voids = conn
        .prepare_cached(
            "SELECT count(*), coalesce(sum(s.total_c), 0) FROM voids v \
             JOIN sales s ON s.id = v.sale_id WHERE s.business_day BETWEEN ?1 AND ?2",
        )?
        .query_row([&from, &to], |r| {
            Ok(Figure {
                count: r.get(0)?,
                total: r.get(1)?,
            })
        })?;
    let by_method = methods(conn, folded, &from, &to)?;
    let Parts {
        revenue,
        producer_total,
        discounts,
        categories,
        producers,
        incomes,
        products,
    } = parts;
    let figures = Figures {
        revenue: Money::from_centimes(revenue),
        association: Money::from_centimes(revenue - producer_total),
        producers: Money::from_centimes(producer_total),
        average_basket: if sales.count > 0 {
            Money::round(sales.total.to_decimal() / rust_decimal::Decimal::from(sales.count))
        } else {
            Money::ZERO
        },
        sales,
        refunds,
        voids,
        discounts: Money::from_centimes(discounts),
        by_time: buckets(period, by, &days, &day_sales),
        by_category: category_shares(conn, categories)?,
        by_producer: producer_shares(conn, producers)?,
        by_method,
        top_products: top_products(conn, products)?,
    };
    Ok((figures, incomes))
}

/// A text column, borrowed from the row rather than copied.
fn text<'r>(row: &'r rusqlite::Row<'_>, index: usize) -> rusqlite::Result<&'r str> {
    row.get_ref(index)?.as_str().map_err(|e| {
        rusqlite::Error::FromSqlConversionFailure(index, rusqlite::types::Type::Text, Box::new(e))
    })
}

/// Every step of the period in order, empty ones included (a chart shows the gaps).
fn buckets(
    period: Period,
    by: By,
    days: &HashMap<String, i64>,
    day_sales: &HashMap<String, i64>,
) -> Vec<Bucket> {
    let by = if by.is_time() { by } else { By::Day };
    let mut out: Vec<Bucket> = Vec::new();
    for day in period.from.iter_days().take_while(|d| *d <= period.to) {
        let key = bucket_key(day, by);
        let text = day_text(day);
        let revenue = Money::from_centimes(days.get(&text).copied().unwrap_or(0));
        let count = day_sales.get(&text).copied().unwrap_or(0);
        match out.last_mut() {
            Some(last) if last.key == key => {
                last.revenue += revenue;
                last.sales += count;
            }
            _ => out.push(Bucket {
                key,
                revenue,
                sales: count,
            }),
        }
    }
    out
}

/// The period's payments by method: the folded days' and those of the sales not folded yet
/// (a voided sale's at zero, as `report_payments` keeps them: its method still shows).
fn methods(conn: &Connection, folded: i64, from: &str, to: &str) -> Result<Vec<Share>> {
    let mut stmt = conn.prepare_cached(
        "SELECT method, sum(amount_c) FROM \
         (SELECT method, amount_c FROM report_payments WHERE day BETWEEN ?2 AND ?3 \
          UNION ALL SELECT p.method, CASE WHEN v.sale_id IS NULL THEN p.amount_c ELSE 0 END \
          FROM sales s JOIN payments p ON p.sale_id = s.id LEFT JOIN voids v ON v.sale_id = s.id \
          WHERE s.id > ?1 AND +s.business_day BETWEEN ?2 AND ?3) \
         GROUP BY method ORDER BY CASE method WHEN 'cash' THEN 1 WHEN 'card' THEN 2 ELSE 3 END",
    )?;
    let rows = stmt.query_map(params![folded, from, to], |r| {
        let code: String = r.get(0)?;
        Ok(Share {
            name: code.clone(),
            name_ar: code.clone(),
            code,
            amount: r.get(1)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

fn category_shares(conn: &Connection, sums: Vec<(String, i64)>) -> Result<Vec<Share>> {
    let mut stmt =
        conn.prepare_cached("SELECT name_fr, name_ar, position FROM categories WHERE code = ?1")?;
    let mut out: BTreeMap<(i64, String), Share> = BTreeMap::new();
    for (code, total) in sums {
        let (name, name_ar, position) = stmt
            .query_row([&code], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
            .unwrap_or_else(|_| (code.clone(), code.clone(), i64::MAX));
        out.insert(
            (position, code.clone()),
            Share {
                code,
                name,
                name_ar,
                amount: Money::from_centimes(total),
            },
        );
    }
    Ok(out.into_values().collect())
}

fn producer_shares(conn: &Connection, sums: HashMap<i64, i64>) -> Result<Vec<Share>> {
    let mut stmt =
        conn.prepare_cached("SELECT code, name_latin, name_ar FROM producers WHERE id = ?1")?;
    let mut out = Vec::new();
    for (id, total) in sums {
        let (code, name, name_ar) =
            stmt.query_row([id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
        out.push(Share {
            code,
            name,
            name_ar,
            amount: Money::from_centimes(total),
        });
    }
    out.sort_by(|a, b| a.code.cmp(&b.code));
    Ok(out)
}

fn top_products(conn: &Connection, sums: HashMap<i64, Sums>) -> Result<Vec<ProductLine>> {
    let mut ranked: Vec<(i64, Sums)> = sums.into_iter().collect();
    ranked.sort_by(|a, b| b.1.total.cmp(&a.1.total).then(a.0.cmp(&b.0)));
    let mut stmt =
        conn.prepare_cached("SELECT sku, name_fr, name_ar FROM products WHERE id = ?1")?;
    ranked
        .into_iter()
        .take(TOP)
        .map(|(id, sums)| {
            let (sku, name, name_ar) =
                stmt.query_row([id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
            Ok(ProductLine {
                sku,
                name,
                name_ar,
                quantity_milli: sums.qty,
                revenue: Money::from_centimes(sums.total),
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn period(from: &str, to: &str) -> Period {
        let day = |t: &str| t.parse().unwrap_or_default();
        Period {
            from: day(from),
            to: day(to),
        }
    }

    fn ranges(p: Period) -> Vec<(bool, String, String)> {
        sources(p)
            .into_iter()
            .map(|(sql, a, b)| (sql == BY_MONTHS, a, b))
            .collect()
    }

    #[test]
    fn whole_months_are_read_by_month_and_the_rest_by_day() {
        let s = |t: &str| t.to_owned();
        assert_eq!(
            ranges(period("2025-01-01", "2025-12-31")),
            [(true, s("2025-01"), s("2025-12"))]
        );
        assert_eq!(
            ranges(period("2025-10-15", "2025-12-10")),
            [
                (true, s("2025-11"), s("2025-11")),
                (false, s("2025-10-15"), s("2025-10-31")),
                (false, s("2025-12-01"), s("2025-12-10"))
            ]
        );
        assert_eq!(
            ranges(period("2025-10-03", "2025-10-20")),
            [(false, s("2025-10-03"), s("2025-10-20"))]
        );
        assert_eq!(
            ranges(period("2025-10-20", "2025-11-05")),
            [(false, s("2025-10-20"), s("2025-11-05"))]
        );
        assert_eq!(
            ranges(period("2024-02-01", "2024-02-29")),
            [(true, s("2024-02"), s("2024-02"))]
        );
    }
}
