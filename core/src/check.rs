//! `souk check`: proves on a live database that the ledger's invariants hold.
//!
//! SQLite's own integrity check; each sale's lines add up to its total; each line's shares
//! add up to the line; payments cover totals (cash: tendered − change); receipt numbers
//! are gapless per year; refunds never exceed what was sold; stock equals its movements;
//! each deposit or return line is the stock movement it points to; and the reviews' running
//! totals (sales by day, lines by month) equal the ledger's sales they hold.
//! Each violation is named so the association can find it.

use rusqlite::Connection;

use crate::error::Result;
use crate::i18n::Msg;

/// Runs every check and returns what is wrong; empty means the ledger is sound.
pub fn run(conn: &Connection) -> Result<Vec<Msg>> {
    let mut found = Vec::new();
    let integrity: Vec<String> = conn
        .prepare("PRAGMA integrity_check")?
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    if integrity != ["ok"] {
        found.push(Msg::new("check-integrity").arg("a", integrity.join("; ")));
    }
    let queries: [(&'static str, &str); 11] = [
        (
            "check-lines-total",
            "SELECT s.number, s.total_c, coalesce(sum(l.total_c), 0) FROM sales s \
             LEFT JOIN sale_lines l ON l.sale_id = s.id GROUP BY s.id HAVING s.total_c <> coalesce(sum(l.total_c), 0)",
        ),
        (
            "check-line-shares",
            "SELECT s.number, l.line_no, l.total_c FROM sale_lines l JOIN sales s ON s.id = l.sale_id \
             WHERE l.association_c + l.producer_c <> l.total_c",
        ),
        (
            "check-line-amount",
            "SELECT s.number, l.line_no, l.total_c FROM sale_lines l JOIN sales s ON s.id = l.sale_id \
             WHERE l.refund_of_line IS NULL AND l.qty_milli > 0 AND l.total_c <> \
             (l.unit_price_c * l.qty_milli + 500) / 1000 - l.discount_c",
        ),
        (
            "check-payments",
            "SELECT s.number, s.total_c, coalesce(sum(p.amount_c), 0) FROM sales s \
             LEFT JOIN payments p ON p.sale_id = s.id GROUP BY s.id HAVING s.total_c <> coalesce(sum(p.amount_c), 0)",
        ),
        (
            "check-cash-change",
            "SELECT s.number, p.tendered_c, p.change_c FROM payments p JOIN sales s ON s.id = p.sale_id \
             WHERE p.method = 'cash' AND p.tendered_c IS NOT NULL AND p.tendered_c - p.change_c <> p.amount_c",
        ),
        (
            "check-gap",
            "SELECT year, count(*), max(seq) FROM sales GROUP BY year HAVING count(*) <> max(seq)",
        ),
        (
            "check-refund-exceeds",
            "SELECT s.number, l.line_no, l.qty_milli FROM sale_lines l JOIN sales s ON s.id = l.sale_id \
             JOIN (SELECT refund_of_line AS id, -sum(qty_milli) AS q, -sum(total_c) AS t FROM sale_lines \
                   WHERE refund_of_line IS NOT NULL GROUP BY refund_of_line) r ON r.id = l.id \
             WHERE r.q > l.qty_milli OR abs(r.t) > abs(l.total_c)",
        ),
        (
            "check-stock",
            "SELECT p.sku, p.stock_milli, coalesce(sum(m.qty_milli), 0) FROM products p \
             LEFT JOIN stock_moves m ON m.product_id = p.id GROUP BY p.id \
             HAVING p.stock_milli <> coalesce(sum(m.qty_milli), 0)",
        ),
        (
            "check-deposit-line",
            "SELECT d.number, l.line_no, m.qty_milli FROM deposit_lines l \
             JOIN deposits d ON d.id = l.deposit_id JOIN stock_moves m ON m.id = l.stock_move_id \
             WHERE m.qty_milli <> l.qty_milli OR m.product_id <> l.product_id",
        ),
        (
            // Each day's sales and refunds as the running totals hold them (`report_sales`),
            // against the ledger's sales they hold (`report::fold`).
            "check-report-days",
            "SELECT day, sum(ledger), sum(review) FROM \
             (SELECT s.business_day AS day, s.total_c AS ledger, 0 AS review FROM sales s \
              WHERE s.id <= (SELECT sale_id FROM report_folded) \
              AND NOT EXISTS (SELECT 1 FROM voids v WHERE v.sale_id = s.id) \
              UNION ALL SELECT day, 0, total_c FROM report_sales) \
             GROUP BY day HAVING sum(ledger) <> sum(review)",
        ),
        (
            // Each month's lines and producers' shares as the running totals hold them.
            "check-report-months",
            "SELECT month, sum(ledger), sum(review) FROM \
             (SELECT substr(s.business_day, 1, 7) AS month, l.total_c AS ledger, 0 AS review, \
                     l.producer_c AS ledger_producer, 0 AS review_producer \
              FROM sale_lines l JOIN sales s ON s.id = l.sale_id \
              WHERE s.id <= (SELECT sale_id FROM report_folded) \
              AND NOT EXISTS (SELECT 1 FROM voids v WHERE v.sale_id = s.id) \
              UNION ALL SELECT month, 0, total_c, 0, producer_c FROM report_months) \
             GROUP BY month \
             HAVING sum(ledger) <> sum(review) OR sum(ledger_producer) <> sum(review_producer)",
        ),
    ];
    for (id, sql) in queries {
        let mut stmt = conn.prepare(sql)?;
        let rows = stmt.query_map([], |r| {
            Ok(Msg::new(id)
                .arg("a", value_text(r.get_ref(0)?))
                .arg("b", value_text(r.get_ref(1)?))
                .arg("c", value_text(r.get_ref(2)?)))
        })?;
        for row in rows {
            found.push(row?);
        }
    }
    Ok(found)
}

fn value_text(v: rusqlite::types::ValueRef<'_>) -> String {
    use rusqlite::types::ValueRef;
    match v {
        ValueRef::Integer(i) => i.to_string(),
        ValueRef::Real(f) => f.to_string(),
        ValueRef::Text(t) => String::from_utf8_lossy(t).into_owned(),
        ValueRef::Null => String::new(),
        ValueRef::Blob(_) => "<blob>".to_owned(),
    }
}
