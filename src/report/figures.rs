//! One period's revenue figures, read in three passes over the ledger: the lines (grouped
//! by day, category, producer and product, then folded here), the sales (by day, kind and
//! void), the payments (by method).

use std::collections::{BTreeMap, HashMap};

use chrono::{Datelike, NaiveDate};
use rusqlite::Connection;
use serde::Serialize;

use super::table::By;
use super::{Period, day_text};
use crate::cash::{Figure, Share};
use crate::error::Result;
use crate::money::Money;
use crate::sale::money_plain;

/// Revenue and completed sales in one step of time.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Bucket {
    /// `2026-11-29`, `2026-W48`, `2026-11` or `2026`.
    pub key: String,
    #[serde(serialize_with = "money_plain")]
    pub revenue: Money,
    pub sales: i64,
}

/// A product among the best sold.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ProductLine {
    pub sku: String,
    pub name: String,
    pub name_ar: String,
    /// Pieces or kilograms, net of refunds, in thousandths.
    pub quantity_milli: i64,
    #[serde(serialize_with = "money_plain")]
    pub revenue: Money,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Figures {
    /// Sales net of refunds, voided sales left out.
    #[serde(serialize_with = "money_plain")]
    pub revenue: Money,
    /// The association's shares and the producers' shares of it.
    #[serde(serialize_with = "money_plain")]
    pub association: Money,
    #[serde(serialize_with = "money_plain")]
    pub producers: Money,
    pub sales: Figure,
    pub refunds: Figure,
    pub voids: Figure,
    /// Sales' total over their count (refunds left out).
    #[serde(serialize_with = "money_plain")]
    pub average_basket: Money,
    #[serde(serialize_with = "money_plain")]
    pub discounts: Money,
    pub by_time: Vec<Bucket>,
    pub by_category: Vec<Share>,
    pub by_producer: Vec<Share>,
    pub by_method: Vec<Share>,
    pub top_products: Vec<ProductLine>,
}

/// How many products the top list holds.
const TOP: usize = 10;

const NOT_VOIDED: &str = "NOT EXISTS (SELECT 1 FROM voids v WHERE v.sale_id = s.id)";

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

#[derive(Default)]
struct Sums {
    total: i64,
    qty: i64,
}

pub(super) fn figures(conn: &Connection, period: Period, by: By) -> Result<Figures> {
    let (from, to) = (day_text(period.from), day_text(period.to));
    let mut days: HashMap<String, i64> = HashMap::new();
    let mut categories: HashMap<String, i64> = HashMap::new();
    let mut producers: HashMap<i64, i64> = HashMap::new();
    let mut products: HashMap<i64, Sums> = HashMap::new();
    let (mut revenue, mut producer_total, mut discounts) = (0i64, 0i64, 0i64);
    {
        let mut stmt = conn.prepare_cached(&format!(
            "SELECT s.business_day, l.category, l.producer_id, l.product_id, sum(l.total_c), \
             sum(l.producer_c), sum(l.qty_milli), sum(l.discount_c) \
             FROM sales s JOIN sale_lines l ON l.sale_id = s.id \
             WHERE s.business_day BETWEEN ?1 AND ?2 AND {NOT_VOIDED} \
             GROUP BY s.business_day, l.category, l.producer_id, l.product_id"
        ))?;
        let mut rows = stmt.query([&from, &to])?;
        while let Some(row) = rows.next()? {
            let total: i64 = row.get(4)?;
            let producer: i64 = row.get(5)?;
            revenue += total;
            producer_total += producer;
            discounts += row.get::<_, i64>(7)?;
            *days.entry(row.get(0)?).or_default() += total;
            *categories.entry(row.get(1)?).or_default() += total;
            *producers.entry(row.get(2)?).or_default() += total;
            let sums = products.entry(row.get(3)?).or_default();
            sums.total += total;
            sums.qty += row.get::<_, i64>(6)?;
        }
    }
    let mut sales = Figure::default();
    let mut refunds = Figure::default();
    let mut voids = Figure::default();
    let mut day_sales: HashMap<String, i64> = HashMap::new();
    {
        let mut stmt = conn.prepare_cached(
            "SELECT s.business_day, s.kind, v.sale_id IS NOT NULL, count(*), sum(s.total_c) \
             FROM sales s LEFT JOIN voids v ON v.sale_id = s.id \
             WHERE s.business_day BETWEEN ?1 AND ?2 GROUP BY 1, 2, 3",
        )?;
        let mut rows = stmt.query([&from, &to])?;
        while let Some(row) = rows.next()? {
            let kind: String = row.get(1)?;
            let voided: bool = row.get(2)?;
            let (count, total): (i64, i64) = (row.get(3)?, row.get(4)?);
            let figure = match (voided, kind.as_str()) {
                (true, _) => &mut voids,
                (false, "refund") => &mut refunds,
                (false, _) => {
                    *day_sales.entry(row.get(0)?).or_default() += count;
                    &mut sales
                }
            };
            figure.count += count;
            figure.total += Money::from_centimes(total);
        }
    }
    let by_method = methods(conn, &from, &to)?;
    Ok(Figures {
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

fn methods(conn: &Connection, from: &str, to: &str) -> Result<Vec<Share>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT p.method, sum(p.amount_c) FROM sales s JOIN payments p ON p.sale_id = s.id \
         WHERE s.business_day BETWEEN ?1 AND ?2 AND {NOT_VOIDED} GROUP BY p.method \
         ORDER BY CASE p.method WHEN 'cash' THEN 1 WHEN 'card' THEN 2 ELSE 3 END"
    ))?;
    let rows = stmt.query_map([from, to], |r| {
        let code: String = r.get(0)?;
        Ok(Share {
            name: code.clone(),
            name_ar: code.clone(),
            code,
            amount: Money::from_centimes(r.get(1)?),
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

fn category_shares(conn: &Connection, sums: HashMap<String, i64>) -> Result<Vec<Share>> {
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
