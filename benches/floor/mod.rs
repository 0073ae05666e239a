//! The sale benches' shared ground: the bench shop's producers and products, and the
//! floor a durable sale is measured against (a bare transaction writing the same rows into
//! plain tables). `ledger` times the two alternately; `sale_parts` takes a sale apart.
#![allow(dead_code)]

use std::error::Error;
use std::path::Path;

use chrono::{DateTime, Utc};
use rusqlite::{Connection, TransactionBehavior, params};
use souk::money::Money;
use souk::sale::NewSale;

pub type Setup<T> = Result<T, Box<dyn Error>>;

pub fn instant() -> DateTime<Utc> {
    DateTime::from_timestamp(1_796_032_800, 0).unwrap_or_default() // 2026-11-30 10:00 UTC
}

pub const PRODUCERS_CSV: &str = "code,name_ar,name_latin,workshop,association_share_percent\n\
    FZ01,فاطمة الزهراء بنعلي,Fatima Zahra Benali,pastries,15\n\
    KH02,خديجة العلوي,Khadija Alaoui,sewing,\n";

// Stock left empty: untracked, so a sale writes no stock movement and the floor can match it.
pub const PRODUCTS_CSV: &str = "sku,barcode,name_ar,name_fr,category,producer_code,unit,price,stock\n\
    GHR-500,,غريبة باللوز,Ghriba aux amandes (500 g),pastries,FZ01,piece,45,\n\
    CHB-KG,,شباكية,Chebakia,pastries,FZ01,kg,120,\n\
    TAB-LIN,,مريلة كتان مطرزة,Tablier en lin brodé,sewing,KH02,piece,\"85,50\",\n";

// The same columns as Souk's sales, sale_lines and payments, without their constraints
// and secondary indexes: the cheapest way SQLite can durably store these rows.
pub const BARE_SCHEMA: &str = "
    CREATE TABLE sales (id INTEGER PRIMARY KEY, year INTEGER, seq INTEGER, number TEXT,
        sold_at_ms INTEGER, business_day TEXT, cashier_id INTEGER, kind TEXT,
        refund_of INTEGER, reason TEXT, total_c INTEGER) STRICT;
    CREATE TABLE sale_lines (id INTEGER PRIMARY KEY, sale_id INTEGER, line_no INTEGER,
        product_id INTEGER, sku TEXT, name_ar TEXT, name_fr TEXT, category TEXT,
        producer_id INTEGER, unit TEXT, unit_price_c INTEGER, qty_milli INTEGER,
        discount_c INTEGER, total_c INTEGER, share_rate_bp INTEGER, association_c INTEGER,
        producer_c INTEGER, refund_of_line INTEGER) STRICT;
    CREATE TABLE payments (id INTEGER PRIMARY KEY, sale_id INTEGER, method TEXT,
        amount_c INTEGER, tendered_c INTEGER, change_c INTEGER) STRICT;
    CREATE TABLE audit (id INTEGER PRIMARY KEY, at_ms INTEGER, user_id INTEGER,
        operator_id INTEGER, action TEXT, subject TEXT, before TEXT, after TEXT) STRICT;";

pub fn open_bare(path: &Path) -> Setup<Connection> {
    let conn = Connection::open(path)?;
    // The pragmas souk::db::open sets; journal_mode answers with a row.
    let _mode: String = conn.query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0))?;
    conn.execute_batch("PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON;")?;
    conn.execute_batch(BARE_SCHEMA)?;
    Ok(conn)
}

/// One durable transaction writing what a three-line cash sale writes, with the sale's own
/// values so the rows are as wide.
pub fn bare_sale(
    conn: &mut Connection,
    seq: i64,
    sale: &NewSale,
    at: DateTime<Utc>,
) -> rusqlite::Result<()> {
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    let total = sale.total().centimes();
    tx.prepare_cached(
        "INSERT INTO sales (year, seq, number, sold_at_ms, business_day, cashier_id, kind, \
         refund_of, reason, total_c) VALUES (?1, ?2, ?3, ?4, ?5, ?6, 'sale', NULL, NULL, ?7)",
    )?
    .execute(params![
        2026,
        seq,
        format!("2026-{seq:06}"),
        at.timestamp_millis(),
        "2026-11-30",
        sale.cashier_id,
        total
    ])?;
    let sale_id = tx.last_insert_rowid();
    {
        let mut insert_line = tx.prepare_cached(
            "INSERT INTO sale_lines (sale_id, line_no, product_id, sku, name_ar, name_fr, category, \
             producer_id, unit, unit_price_c, qty_milli, discount_c, total_c, share_rate_bp, \
             association_c, producer_c, refund_of_line) \
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, 1500, ?14, ?15, NULL)",
        )?;
        for (line_no, line) in (1_i64..).zip(&sale.lines) {
            let p = &line.product;
            let line_total = line.total().centimes();
            let association = line_total * 15 / 100;
            insert_line.execute(params![
                sale_id,
                line_no,
                p.id,
                p.sku,
                p.name_ar,
                p.name_fr,
                p.category,
                p.producer_id,
                p.unit.as_str(),
                p.price.centimes(),
                line.quantity.milli(),
                line.discount.centimes(),
                line_total,
                association,
                line_total - association
            ])?;
        }
    }
    tx.prepare_cached(
        "INSERT INTO payments (sale_id, method, amount_c, tendered_c, change_c) VALUES (?1, 'cash', ?2, ?3, ?4)",
    )?
    .execute(params![sale_id, total, 30_000, 30_000 - total])?;
    // Every discount is written in the audit trail (#7): a row the sale must write, as
    // its lines are, not work of Souk's own.
    let discount: i64 = sale.lines.iter().map(|l| l.discount.centimes()).sum();
    if discount > 0 {
        let gross: i64 = sale.lines.iter().map(|l| l.gross().centimes()).sum();
        let after = format!(
            "{{\"discount\":\"{}\",\"gross\":\"{}\"}}",
            Money::from_centimes(discount).plain(),
            Money::from_centimes(gross).plain()
        );
        tx.prepare_cached(
            "INSERT INTO audit (at_ms, user_id, operator_id, action, subject, before, after) \
             VALUES (?1, ?2, ?2, 'discount', ?3, NULL, ?4)",
        )?
        .execute(params![
            at.timestamp_millis(),
            sale.cashier_id,
            format!("2026-{seq:06}"),
            after
        ])?;
    }
    tx.commit()
}
