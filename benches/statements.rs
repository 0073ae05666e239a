//! Benchmarks of the month's end on a large shop: 200 producers and five years of sales
//! (about 500,000 sale lines, refunds, voids and a payout a month to each producer), written
//! directly into a real database file in one transaction.
//!
//! - `statements/one_month`: `souk::statement::statements` for October 2026, every
//!   producer's statement (opening balance, lines, totals, payouts). Target: under 200 ms.
//! - `statements/all_pdfs`: every one of those statements drawn as an A5 PDF and written to
//!   a file, plus the combined PDF of the month. Target: under 5 s.
//! - `paper/preview_first_page`: the busiest statement drawn page by page at 100 dpi, as
//!   the window previews it (it shows the first page when they are all drawn).
//! - `paper/her_page_five_years`: the busiest producer's own page, every month of five
//!   years. Both open in the window off its thread: under a second keeps her waiting
//!   no longer than a click.
//!
//! Run with `CARGO_TARGET_DIR=… cargo bench --no-default-features --bench statements`;
//! `SOUK_BENCH_KEEP=FILE` keeps a copy of the big database to look into (`souk --db FILE`).

use std::error::Error;
use std::hint::black_box;
use std::time::Duration;

use chrono::{Datelike, NaiveDate};
use criterion::{Criterion, criterion_group, criterion_main};
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use rusqlite::{Connection, TransactionBehavior, params};
use souk::receipt::ShopInfo;
use souk::statement::{self, Paper};
use tempfile::TempDir;

type Setup<T> = Result<T, Box<dyn Error>>;

const PRODUCERS: i64 = 200;
const PRODUCTS_EACH: i64 = 5;
/// Sales a day, on average; with 1 to 4 lines each, about 500,000 lines in five years.
const SALES_A_DAY: u32 = 110;

fn ok<T, E: std::fmt::Display>(what: &str, result: Result<T, E>) -> T {
    result.unwrap_or_else(|e| panic!("{what}: {e}"))
}

/// A shop of five years ending November 2026, and how many sale lines it holds.
fn big_shop() -> Setup<(TempDir, Connection, i64)> {
    let dir = tempfile::Builder::new()
        .prefix("souk-statements-bench")
        .tempdir_in(env!("CARGO_TARGET_TMPDIR"))?;
    let mut conn = souk::db::open(&dir.path().join("souk.sqlite"))?;
    let mut rng = ChaCha8Rng::seed_from_u64(7);
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    tx.execute(
        "INSERT INTO users (id, name, role) VALUES (1, 'admin', 'admin'), (2, 'Amina', 'volunteer')",
        [],
    )?;
    {
        let mut producer = tx.prepare(
            "INSERT INTO producers (id, code, name_ar, name_latin, share_rate_bp) \
             VALUES (?1, ?2, ?3, ?4, ?5)",
        )?;
        let mut product = tx.prepare(
            "INSERT INTO products (id, sku, name_ar, name_fr, category, producer_id, unit, price_c, \
             stock_tracked) VALUES (?1, ?2, ?3, ?4, 'pastries', ?5, ?6, ?7, 0)",
        )?;
        for p in 1..=PRODUCERS {
            producer.execute(params![
                p,
                format!("P{p:03}"),
                format!("المنتجة رقم {p}"),
                format!("Productrice {p}"),
                if p % 3 == 0 { 0 } else { 1000 },
            ])?;
            for k in 1..=PRODUCTS_EACH {
                let id = (p - 1) * PRODUCTS_EACH + k;
                let unit = if k == 1 { "kg" } else { "piece" };
                product.execute(params![
                    id,
                    format!("P{p:03}-{k:04}"),
                    format!("حلوى {k}"),
                    format!("Gâteau {k}"),
                    p,
                    unit,
                    1000 + 250 * k,
                ])?;
            }
        }
    }
    let mut lines_written = 0;
    {
        let mut sale = tx.prepare(
            "INSERT INTO sales (id, year, seq, number, sold_at_ms, business_day, cashier_id, kind, \
             refund_of, reason, total_c) VALUES (?1, ?2, ?3, ?4, ?5, ?6, 2, ?7, ?8, ?9, ?10)",
        )?;
        let mut line = tx.prepare(
            "INSERT INTO sale_lines (sale_id, line_no, product_id, sku, name_ar, name_fr, category, \
             producer_id, unit, unit_price_c, qty_milli, total_c, share_rate_bp, association_c, \
             producer_c) VALUES (?1, ?2, ?3, ?4, ?5, ?6, 'pastries', ?7, ?8, ?9, ?10, ?11, ?12, \
             ?13, ?14)",
        )?;
        let mut void = tx.prepare(
            "INSERT INTO voids (sale_id, voided_at_ms, business_day, user_id, reason) \
             VALUES (?1, ?2, ?3, 1, 'erreur')",
        )?;
        let mut payout = tx.prepare(
            "INSERT INTO payouts (producer_id, day, at_ms, amount_c, method, paid_by) \
             VALUES (?1, ?2, ?3, ?4, 'cash', 1)",
        )?;
        let first = NaiveDate::from_ymd_opt(2021, 12, 1).ok_or("date")?;
        let last = NaiveDate::from_ymd_opt(2026, 11, 30).ok_or("date")?;
        let (mut id, mut seq, mut year) = (0_i64, 0_i64, 0);
        // Each sale's lines, to refund one now and then: (sale id, product, qty, total, rate).
        let mut recent: Vec<(i64, i64, i64, i64, i64)> = Vec::new();
        for day in first.iter_days().take_while(|d| *d <= last) {
            if day.year() != year {
                (year, seq) = (day.year(), 0);
            }
            let midnight = day
                .and_hms_opt(9, 0, 0)
                .ok_or("time")?
                .and_utc()
                .timestamp_millis();
            let day_text = day.to_string();
            if day.day() == 5 {
                for p in 1..=PRODUCERS {
                    payout.execute(params![p, day_text, midnight, 5_000 + p * 10])?;
                }
            }
            let count = rng.random_range(SALES_A_DAY / 2..=SALES_A_DAY * 3 / 2);
            for n in 0..count {
                id += 1;
                seq += 1;
                let at = midnight + i64::from(n) * 240_000;
                let number = format!("{year}-{seq:06}");
                let refund = n % 97 == 50 && !recent.is_empty();
                let lines: Vec<(i64, i64, i64, i64)> = if refund {
                    let (_, product, qty, _, rate) = recent[rng.random_range(0..recent.len())];
                    vec![(product, -qty, 0, rate)]
                } else {
                    (0..rng.random_range(1..=4))
                        .map(|_| {
                            let product = rng.random_range(1..=PRODUCERS * PRODUCTS_EACH);
                            let qty = if product % PRODUCTS_EACH == 1 {
                                rng.random_range(200..=1500)
                            } else {
                                1000 * rng.random_range(1..=3)
                            };
                            let p = (product - 1) / PRODUCTS_EACH + 1;
                            (product, qty, 0, if p % 3 == 0 { 0 } else { 1000 })
                        })
                        .collect()
                };
                let price = |product: i64| 1000 + 250 * ((product - 1) % PRODUCTS_EACH + 1);
                let total: i64 = lines.iter().map(|(p, q, _, _)| price(*p) * q / 1000).sum();
                let refund_of = if refund { Some(recent[0].0) } else { None };
                sale.execute(params![
                    id,
                    year,
                    seq,
                    number,
                    at,
                    day_text,
                    if refund { "refund" } else { "sale" },
                    refund_of,
                    refund.then_some("abîmé"),
                    total,
                ])?;
                for (no, (product, qty, _, rate)) in lines.iter().enumerate() {
                    let k = (product - 1) % PRODUCTS_EACH + 1;
                    let p = (product - 1) / PRODUCTS_EACH + 1;
                    let line_total = price(*product) * qty / 1000;
                    let association = line_total * rate / 10_000;
                    line.execute(params![
                        id,
                        i64::try_from(no)? + 1,
                        product,
                        format!("P{p:03}-{k:04}"),
                        format!("حلوى {k}"),
                        format!("Gâteau {k}"),
                        p,
                        if k == 1 { "kg" } else { "piece" },
                        price(*product),
                        qty,
                        line_total,
                        rate,
                        association,
                        line_total - association,
                    ])?;
                    lines_written += 1;
                    if !refund {
                        recent.push((id, *product, *qty, line_total, *rate));
                    }
                }
                if recent.len() > 50 {
                    recent.drain(..25);
                }
                if n % 211 == 100 && !refund {
                    void.execute(params![id, at + 60_000, day_text])?;
                }
            }
        }
    }
    tx.commit()?;
    // As a shop's file is between two sales: its write-ahead log checkpointed.
    conn.execute_batch("ANALYZE; PRAGMA wal_checkpoint(TRUNCATE);")?;
    Ok((dir, conn, lines_written))
}

fn benches(c: &mut Criterion) {
    let (dir, mut conn, lines) = ok("building the shop", big_shop());
    if let Ok(keep) = std::env::var("SOUK_BENCH_KEEP") {
        ok("keep", conn.execute("VACUUM INTO ?1", [keep]));
    }
    let list = ok("statements", statement::statements(&conn, 2026, 10));
    eprintln!(
        "shop: {PRODUCERS} producers, {lines} sale lines; October 2026: {} statements, {} lines",
        list.len(),
        list.iter().map(|s| s.lines.len()).sum::<usize>()
    );
    let mut group = c.benchmark_group("statements");
    group.sample_size(20);
    group.bench_function("one_month", |b| {
        b.iter(|| black_box(ok("statements", statement::statements(&conn, 2026, 10))));
    });
    group.sample_size(10);
    group.measurement_time(Duration::from_secs(30));
    let out = dir.path().join("pdf");
    ok("pdf folder", std::fs::create_dir_all(&out));
    group.bench_function("all_pdfs", |b| {
        b.iter(|| {
            for s in &list {
                let bytes = ok("pdf", statement::pdf(&mut conn, s, Paper::A5));
                let path = out.join(format!("{}-{}.pdf", s.month, s.producer));
                ok("write", std::fs::write(path, bytes));
            }
            let shop = ok("shop", ShopInfo::load(&conn));
            let all = ok("month pdf", statement::month_pdf(&list, &shop, Paper::A5));
            ok("write", std::fs::write(out.join("all.pdf"), all));
        });
    });
    group.finish();

    let mut group = c.benchmark_group("paper");
    group.sample_size(20);
    // The busiest producer: the longest statement and the most months.
    let busiest = ok(
        "busiest",
        list.iter()
            .max_by_key(|s| s.lines.len())
            .ok_or("no statement"),
    );
    group.bench_function("preview_first_page", |b| {
        b.iter(|| {
            let pages = ok(
                "preview",
                statement::preview::statement(&conn, busiest, Paper::A5, 100.0),
            );
            black_box(pages.len())
        });
    });
    group.bench_function("her_page_five_years", |b| {
        b.iter(|| black_box(ok("history", statement::history(&conn, &busiest.producer))));
    });
    group.finish();
}

criterion_group!(statements, benches);
criterion_main!(statements);
