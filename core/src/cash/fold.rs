//! The review's running totals (`report_months`, `report_sales`, `report_payments`) hold
//! the sales up to `report_folded.sale_id`; the sales after it are read from the ledger by
//! the review itself. Folding adds those later sales in, outside the sale's transaction
//! (each totals page a sale wrote was one more page to sync before the counter could say
//! "done"): `cash::close_in` folds at every close, so the review reads at most the open
//! session's sales from the ledger.
//!
//! A voided sale is folded as the triggers of 0005 left it: its keys present, at zero. A
//! void of a sale already folded is taken out by the `report_void` trigger (0008).
//!
//! Here, below the review, because the close of a session folds; `report` re-exports it.

use rusqlite::Connection;

use crate::db;
use crate::error::Result;

/// The last sale (by id) the running totals hold.
pub fn folded_to(conn: &Connection) -> Result<i64> {
    Ok(conn
        .prepare_cached("SELECT sale_id FROM report_folded")?
        .query_row([], |r| r.get(0))?)
}

const FOLD_LINES: &str = "INSERT INTO report_months (month, category, producer_id, product_id, \
     total_c, producer_c, qty_milli, discount_c) \
     SELECT substr(s.business_day, 1, 7), l.category, l.producer_id, l.product_id, \
     sum(CASE WHEN v.sale_id IS NULL THEN l.total_c ELSE 0 END), \
     sum(CASE WHEN v.sale_id IS NULL THEN l.producer_c ELSE 0 END), \
     sum(CASE WHEN v.sale_id IS NULL THEN l.qty_milli ELSE 0 END), \
     sum(CASE WHEN v.sale_id IS NULL THEN l.discount_c ELSE 0 END) \
     FROM sales s JOIN sale_lines l ON l.sale_id = s.id LEFT JOIN voids v ON v.sale_id = s.id \
     WHERE s.id > ?1 AND s.id <= ?2 GROUP BY 1, 2, 3, 4 \
     ON CONFLICT (month, category, producer_id, product_id) DO UPDATE SET \
     total_c = total_c + excluded.total_c, producer_c = producer_c + excluded.producer_c, \
     qty_milli = qty_milli + excluded.qty_milli, discount_c = discount_c + excluded.discount_c";

const FOLD_SALES: &str = "INSERT INTO report_sales (day, kind, count, total_c) \
     SELECT s.business_day, s.kind, sum(v.sale_id IS NULL), \
     sum(CASE WHEN v.sale_id IS NULL THEN s.total_c ELSE 0 END) \
     FROM sales s LEFT JOIN voids v ON v.sale_id = s.id \
     WHERE s.id > ?1 AND s.id <= ?2 GROUP BY 1, 2 \
     ON CONFLICT (day, kind) DO UPDATE SET count = count + excluded.count, \
     total_c = total_c + excluded.total_c";

const FOLD_PAYMENTS: &str = "INSERT INTO report_payments (day, method, amount_c) \
     SELECT s.business_day, p.method, sum(CASE WHEN v.sale_id IS NULL THEN p.amount_c ELSE 0 END) \
     FROM sales s JOIN payments p ON p.sale_id = s.id LEFT JOIN voids v ON v.sale_id = s.id \
     WHERE s.id > ?1 AND s.id <= ?2 GROUP BY 1, 2 \
     ON CONFLICT (day, method) DO UPDATE SET amount_c = amount_c + excluded.amount_c";

/// Folds every sale not yet folded into the running totals, inside the caller's write
/// transaction.
pub fn fold_in(conn: &Connection) -> Result<()> {
    let from = folded_to(conn)?;
    let to: i64 = conn
        .prepare_cached("SELECT coalesce(max(id), 0) FROM sales")?
        .query_row([], |r| r.get(0))?;
    if to <= from {
        return Ok(());
    }
    for sql in [FOLD_LINES, FOLD_SALES, FOLD_PAYMENTS] {
        conn.prepare_cached(sql)?.execute([from, to])?;
    }
    conn.prepare_cached("UPDATE report_folded SET sale_id = ?1")?
        .execute([to])?;
    Ok(())
}

/// Folds every sale not yet folded, in its own transaction.
pub fn fold(conn: &mut Connection) -> Result<()> {
    db::write(conn, fold_in)
}
