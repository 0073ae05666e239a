//! Finding past sales: by receipt number (whole or in part), by local business day, by
//! product (sku, barcode, or words of its Arabic or French name), newest first; and what
//! is left to refund of each line of a sale. Reads only: nothing here writes the ledger.
//!
//! The day filter uses the `sales_day` index; a full number uses the `(year, seq)` index;
//! a product is matched against the catalogue first (a few hundred rows, folded in Rust as
//! the counter's search folds them), then sales are kept that have a line of one of the
//! matching products, looked up through the `(sale_id, line_no)` index.

use chrono::NaiveDate;
use rusqlite::Connection;
use rusqlite::types::Value;

use super::correct::refunded;
use super::{SALE_SELECT, Sale, SaleSummary, Status, summary_from_row};
use crate::catalog::search::fold;
use crate::error::Result;
use crate::money::Quantity;

/// What a volunteer looks for. Every filter given must match; none given lists all sales.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SaleQuery {
    /// A receipt number or a part of it. `2026-000153` or `2026-153` find that sale and its
    /// refunds; `153` finds sale 153 of any year first, then its refunds, then the sales
    /// whose sequence contains it (001153, 001530); other text, the numbers containing it.
    pub number: Option<String>,
    /// The local business day the sale belongs to.
    pub day: Option<NaiveDate>,
    /// A sku, a barcode, or words of a product's name in Arabic or French, folded as the
    /// counter folds them (case, accents, Arabic diacritics and hamza forms ignored).
    pub product: Option<String>,
}

impl SaleQuery {
    /// Whether the number typed names this very sale, not only a part of its number: a
    /// screen may open it at once.
    pub fn names(&self, number: &str) -> bool {
        self.number
            .as_deref()
            .and_then(NumberQuery::read)
            .is_some_and(|q| q.names(number))
    }
}

/// How the typed number is read.
enum NumberQuery {
    /// `2026-153` or `2026-000153`: that sale (and its refunds).
    YearSeq { year: i64, seq: i64 },
    /// `153`: that sequence in any year, plus any sequence containing it.
    Seq { seq: i64, text: String },
    /// Anything else: numbers containing it.
    Part(String),
}

impl NumberQuery {
    fn read(typed: &str) -> Option<NumberQuery> {
        let text: String = fold(typed).chars().filter(|c| !c.is_whitespace()).collect();
        if text.is_empty() {
            return None;
        }
        let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
        if let Some((year, seq)) = text.split_once('-')
            && year.len() == 4
            && digits(year)
            && digits(seq)
            && let (Ok(year), Ok(seq)) = (year.parse(), seq.parse())
        {
            return Some(NumberQuery::YearSeq { year, seq });
        }
        if digits(&text)
            && let Ok(seq) = text.parse()
        {
            return Some(NumberQuery::Seq { seq, text });
        }
        Some(NumberQuery::Part(text))
    }

    /// Whether `number` (`2026-000153`) is the very sale this names.
    fn names(&self, number: &str) -> bool {
        let parts = number
            .split_once('-')
            .and_then(|(y, q)| Some((y.parse::<i64>().ok()?, q.parse::<i64>().ok()?)));
        match (self, parts) {
            (NumberQuery::YearSeq { year, seq }, Some((y, q))) => *year == y && *seq == q,
            (NumberQuery::Seq { seq, .. }, Some((_, q))) => *seq == q,
            (NumberQuery::Part(text), _) => text == number,
            (_, None) => false,
        }
    }
}

/// `%text%` for LIKE, with LIKE's own wildcards taken literally.
fn contains_pattern(text: &str) -> String {
    let mut pattern = String::with_capacity(text.len() + 2);
    pattern.push('%');
    for c in text.chars() {
        if matches!(c, '%' | '_' | '\\') {
            pattern.push('\\');
        }
        pattern.push(c);
    }
    pattern.push('%');
    pattern
}

/// The ids of the products whose sku, barcode or names contain every word of `query`.
fn matching_products(conn: &Connection, query: &str) -> Result<Vec<i64>> {
    let words: Vec<String> = fold(query).split_whitespace().map(str::to_owned).collect();
    if words.is_empty() {
        return Ok(Vec::new());
    }
    let mut stmt = conn
        .prepare_cached("SELECT id, sku, coalesce(barcode, ''), name_fr, name_ar FROM products")?;
    let rows = stmt.query_map([], |row| {
        let key = fold(&format!(
            "{}\u{1f}{}\u{1f}{}\u{1f}{}",
            row.get::<_, String>(1)?,
            row.get::<_, String>(2)?,
            row.get::<_, String>(3)?,
            row.get::<_, String>(4)?
        ));
        Ok((row.get::<_, i64>(0)?, key))
    })?;
    let mut ids = Vec::new();
    for row in rows {
        let (id, key) = row?;
        if words.iter().all(|w| key.contains(w.as_str())) {
            ids.push(id);
        }
    }
    Ok(ids)
}

/// The sales that match `query`, newest first, at most `limit`. When a number is given,
/// the sale it names exactly comes first, then the refunds of that sale, then the sales
/// whose numbers only contain it.
pub fn find(conn: &Connection, query: &SaleQuery, limit: usize) -> Result<Vec<SaleSummary>> {
    let mut conditions: Vec<String> = Vec::new();
    let mut params: Vec<Value> = Vec::new();
    let mut rank = String::new();
    if let Some(day) = query.day {
        params.push(Value::Text(day.to_string()));
        conditions.push(format!("s.business_day = ?{}", params.len()));
    }
    if let Some(number) = query.number.as_deref().and_then(NumberQuery::read) {
        // The sale the number names comes first, then the refunds of that sale (`o` is the
        // sale a refund points to), then the numbers that only contain what was typed.
        let (condition, order) = match number {
            // A whole number names one sale: found through the (year, seq) index, and its
            // refunds through `sales_refund_of`.
            NumberQuery::YearSeq { year, seq } => {
                params.push(Value::Integer(year));
                params.push(Value::Integer(seq));
                let (y, q) = (params.len() - 1, params.len());
                let exact = format!("(s.year = ?{y} AND s.seq = ?{q})");
                (
                    format!(
                        "({exact} OR s.refund_of IN \
                         (SELECT id FROM sales WHERE year = ?{y} AND seq = ?{q}))"
                    ),
                    format!("CASE WHEN {exact} THEN 0 ELSE 1 END, "),
                )
            }
            // Digits alone are looked for in the sequence (`2026-000153` → `000153`), so
            // that `2` does not find every sale of 2026 through its year.
            NumberQuery::Seq { seq, ref text } => {
                params.push(Value::Integer(seq));
                params.push(Value::Text(contains_pattern(text)));
                let (q, p) = (params.len() - 1, params.len());
                (
                    format!(
                        "(s.seq = ?{q} OR s.refund_of IN (SELECT id FROM sales WHERE seq = ?{q}) \
                         OR substr(s.number, 6) LIKE ?{p} ESCAPE '\\')"
                    ),
                    format!("CASE WHEN s.seq = ?{q} THEN 0 WHEN o.seq = ?{q} THEN 1 ELSE 2 END, "),
                )
            }
            NumberQuery::Part(ref text) => {
                params.push(Value::Text(contains_pattern(text)));
                (
                    format!("s.number LIKE ?{} ESCAPE '\\'", params.len()),
                    String::new(),
                )
            }
        };
        conditions.push(condition);
        rank = order;
    }
    if let Some(product) = query.product.as_deref().filter(|p| !p.trim().is_empty()) {
        let ids = matching_products(conn, product)?;
        if ids.is_empty() {
            return Ok(Vec::new());
        }
        let mut holes = Vec::with_capacity(ids.len());
        for id in ids {
            params.push(Value::Integer(id));
            holes.push(format!("?{}", params.len()));
        }
        conditions.push(format!(
            "EXISTS (SELECT 1 FROM sale_lines l WHERE l.sale_id = s.id AND l.product_id IN ({}))",
            holes.join(", ")
        ));
    }
    params.push(Value::Integer(i64::try_from(limit).unwrap_or(i64::MAX)));
    let filter = if conditions.is_empty() {
        String::new()
    } else {
        format!(" WHERE {}", conditions.join(" AND "))
    };
    let sql = format!(
        "{SALE_SELECT}{filter} ORDER BY {rank}s.sold_at_ms DESC, s.id DESC LIMIT ?{}",
        params.len()
    );
    // The text changes with the query's shape: not worth a place in the statement cache.
    let mut stmt = conn.prepare(&sql)?;
    let rows = stmt.query_map(rusqlite::params_from_iter(params), |row| {
        summary_from_row(row).map(|(_, summary, _)| summary)
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// For each line of `sale` (by its receipt line number), the quantity that can still be
/// refunded: what was sold minus every refund of it. Nothing for a refund or a voided sale.
pub fn left_to_refund(conn: &Connection, sale: &Sale) -> Result<Vec<(i64, Quantity)>> {
    sale.lines
        .iter()
        .map(|line| {
            let left = match sale.status {
                Status::Completed => line.quantity - refunded(conn, line.id)?.quantity,
                Status::Refund | Status::Voided => Quantity::ZERO,
            };
            Ok((line.line_no, left))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_numbers() {
        assert!(matches!(
            NumberQuery::read(" 2026-000153 "),
            Some(NumberQuery::YearSeq {
                year: 2026,
                seq: 153,
                ..
            })
        ));
        assert!(matches!(
            NumberQuery::read("١٥٣"),
            Some(NumberQuery::Seq { seq: 153, .. })
        ));
        assert!(matches!(
            NumberQuery::read("26-00"),
            Some(NumberQuery::Part(_))
        ));
        assert!(NumberQuery::read("  ").is_none());
        let query = |n: &str| SaleQuery {
            number: Some(n.into()),
            ..SaleQuery::default()
        };
        assert!(query("153").names("2026-000153"));
        assert!(query("2026-153").names("2026-000153"));
        assert!(!query("2025-153").names("2026-000153"));
        assert!(!query("15").names("2026-000153"));
        assert!(!SaleQuery::default().names("2026-000153"));
        assert_eq!(contains_pattern("a_%\\"), "%a\\_\\%\\\\%");
    }
}
