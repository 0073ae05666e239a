//! The association's review on a shop five years old: about 500,000 sale lines.
//!
//! - `report/one_year_by_day`: `souk::report::review` of a calendar year with day buckets,
//!   its previous year beside it and the impact of both, then its tables by category and by
//!   producer (what the reports screen and `souk report` show).
//! - `report/one_month_by_day`: the same for a month (the board's monthly report).
//!
//! Target: the year under 100 ms.
//!
//! The shop is written with direct inserts in one transaction (the core's `sale::record`
//! would take minutes for 250,000 sales): one to three lines a sale, cash or card, a refund
//! now and then the next day, a void now and then; folded into the running totals up to its
//! last day, as the till's close each evening folds them (`souk::report::fold`). Run with
//! `CARGO_TARGET_DIR=… cargo bench --no-default-features --bench reports`.

use std::hint::black_box;

use chrono::{Datelike, NaiveDate};
use criterion::{Criterion, criterion_group, criterion_main};
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use rusqlite::{Connection, params};
use souk::report::{self, By, Period};
use tempfile::TempDir;

const PRODUCERS_CSV: &str = include_str!("../tests/fixtures/producers.csv");
const PRODUCTS_CSV: &str = include_str!("../tests/fixtures/products.csv");

/// Sales a day; with two lines on average, 5 years make about 500,000 lines.
const SALES_A_DAY: usize = 137;

fn ok<T, E: std::fmt::Display>(what: &str, result: Result<T, E>) -> T {
    result.unwrap_or_else(|e| panic!("{what}: {e}"))
}

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
}

struct Shelf {
    id: i64,
    sku: String,
    category: String,
    producer: i64,
    price: i64,
}

/// Five years of sales, 2022 to 2026, written straight into the ledger's tables.
fn five_years(conn: &mut Connection) -> usize {
    let at = souk::clock::start_of_day(day(2021, 12, 1));
    ok(
        "producers",
        souk::catalog::import::import_producers(conn, PRODUCERS_CSV.as_bytes()),
    );
    ok(
        "products",
        souk::catalog::import::import_products(conn, PRODUCTS_CSV.as_bytes(), at),
    );
    let cashier = ok(
        "user",
        souk::users::add(conn, "Amina", souk::users::Role::Volunteer),
    )
    .id;
    let shelf: Vec<Shelf> = ok("shelf", souk::catalog::products(conn))
        .into_iter()
        .map(|p| Shelf {
            id: p.id,
            sku: p.sku,
            category: p.category,
            producer: p.producer_id,
            price: p.price.centimes().max(100),
        })
        .collect();
    let tx = ok("transaction", conn.transaction());
    let mut rng = ChaCha8Rng::seed_from_u64(5);
    let mut lines_written = 0;
    {
        let mut sale = ok(
            "sale",
            tx.prepare(
                "INSERT INTO sales (year, seq, number, sold_at_ms, business_day, cashier_id, kind, \
             refund_of, reason, total_c) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
            ),
        );
        let mut line = ok("line", tx.prepare(
            "INSERT INTO sale_lines (sale_id, line_no, product_id, sku, name_ar, name_fr, category, \
             producer_id, unit, unit_price_c, qty_milli, discount_c, total_c, share_rate_bp, \
             association_c, producer_c, refund_of_line) \
             VALUES (?1, ?2, ?3, ?4, 'اسم', 'Nom', ?5, ?6, 'piece', ?7, ?8, 0, ?9, 1000, ?10, ?11, ?12)",
        ));
        let mut payment = ok(
            "payment",
            tx.prepare(
                "INSERT INTO payments (sale_id, method, amount_c, tendered_c, change_c) \
             VALUES (?1, ?2, ?3, ?4, 0)",
            ),
        );
        let mut void = ok(
            "void",
            tx.prepare(
                "INSERT INTO voids (sale_id, voided_at_ms, business_day, user_id, reason) \
             VALUES (?1, ?2, ?3, ?4, 'erreur')",
            ),
        );
        let mut seq = 0i64;
        let mut year = 0;
        // (sale id, its first line's id, product index, total) of yesterday's sales to refund.
        let mut to_refund: Vec<(i64, i64, usize, i64)> = Vec::new();
        for today in day(2022, 1, 1)
            .iter_days()
            .take_while(|d| *d <= day(2026, 12, 31))
        {
            if today.year() != year {
                year = today.year();
                seq = 0;
            }
            let base = souk::clock::start_of_day(today).timestamp_millis() + 10 * 3_600_000;
            let text = today.to_string();
            let mut sell = |kind: &str,
                            refund_of: Option<i64>,
                            ms: i64,
                            items: &[(usize, i64, Option<i64>)]|
             -> (i64, i64) {
                seq += 1;
                let total: i64 = items.iter().map(|(_, t, _)| t).sum();
                ok(
                    "insert sale",
                    sale.execute(params![
                        year,
                        seq,
                        format!("{year}-{seq:06}"),
                        ms,
                        text,
                        cashier,
                        kind,
                        refund_of,
                        refund_of.map(|_| "retour"),
                        total
                    ]),
                );
                let id = tx.last_insert_rowid();
                let mut first_line = 0;
                for (no, (index, line_total, refund_line)) in items.iter().enumerate() {
                    let p = &shelf[*index];
                    let association = line_total / 10;
                    let qty = if *line_total < 0 { -1000 } else { 1000 };
                    ok(
                        "insert line",
                        line.execute(params![
                            id,
                            i64::try_from(no).unwrap_or(0) + 1,
                            p.id,
                            p.sku,
                            p.category,
                            p.producer,
                            p.price,
                            qty,
                            line_total,
                            association,
                            line_total - association,
                            refund_line
                        ]),
                    );
                    if no == 0 {
                        first_line = tx.last_insert_rowid();
                    }
                }
                let method = if (total / 100 + seq) % 4 == 0 {
                    "card"
                } else {
                    "cash"
                };
                let tendered = (method == "cash" && total > 0).then_some(total);
                ok(
                    "insert payment",
                    payment.execute(params![id, method, total, tendered]),
                );
                (id, first_line)
            };
            // The running totals hold every day up to the last one, as closing the till
            // each evening leaves them; the last day's sales stay in the ledger only.
            if today == day(2026, 12, 31) {
                ok("fold", souk::report::fold_in(&tx));
            }
            let mut refunds_due = std::mem::take(&mut to_refund);
            for n in 0..SALES_A_DAY {
                let ms = base + i64::try_from(n).unwrap_or(0) * 240_000;
                if let Some((original, first_line, index, price)) = refunds_due.pop() {
                    sell(
                        "refund",
                        Some(original),
                        ms,
                        &[(index, -price, Some(first_line))],
                    );
                }
                let count =
                    1 + usize::from(rng.random_bool(0.6)) + usize::from(rng.random_bool(0.4));
                let mut items = Vec::with_capacity(count);
                while items.len() < count {
                    let index = rng.random_range(0..shelf.len());
                    if !items.iter().any(|(i, _, _)| *i == index) {
                        items.push((index, shelf[index].price, None));
                    }
                }
                let (id, first_line) = sell("sale", None, ms, &items);
                lines_written += items.len();
                if rng.random_ratio(1, 200) {
                    ok(
                        "insert void",
                        void.execute(params![id, ms + 60_000, text, cashier]),
                    );
                } else if rng.random_ratio(1, 100) {
                    to_refund.push((id, first_line, items[0].0, items[0].1));
                }
            }
        }
    }
    ok("commit", tx.commit());
    lines_written
}

fn bench_reports(c: &mut Criterion) {
    let dir = ok(
        "scratch",
        tempfile::Builder::new()
            .prefix("souk-reports-bench")
            .tempdir_in(env!("CARGO_TARGET_TMPDIR")),
    );
    let dir: TempDir = dir;
    if let Ok(keep) = std::env::var("SOUK_BENCH_KEEP") {
        let mut conn = ok("open", souk::db::open(std::path::Path::new(&keep)));
        five_years(&mut conn);
        ok("analyze", conn.execute_batch("ANALYZE"));
        return;
    }
    let mut conn = ok("open", souk::db::open(&dir.path().join("souk.sqlite")));
    let started = std::time::Instant::now();
    let lines = five_years(&mut conn);
    ok("analyze", conn.execute_batch("ANALYZE"));
    eprintln!("{lines} sale lines written in {:.1?}", started.elapsed());
    let year = ok("period", Period::new(day(2025, 1, 1), day(2025, 12, 31)));
    let month = ok("period", Period::new(day(2025, 10, 1), day(2025, 10, 31)));
    let review = ok("review", report::review(&conn, year, By::Day));
    assert_eq!(review.current.by_time.len(), 365);
    assert!(
        review.current.sales.count > 45_000,
        "{}",
        review.current.sales.count
    );
    let mut group = c.benchmark_group("report");
    group.sample_size(20);
    group.measurement_time(std::time::Duration::from_secs(10));
    group.bench_function("one_year_by_day", |b| {
        b.iter(|| {
            let review = ok("review", report::review(&conn, black_box(year), By::Day));
            black_box(report::rows(&review, By::Category));
            black_box(report::rows(&review, By::Producer))
        });
    });
    group.bench_function("one_month_by_day", |b| {
        b.iter(|| ok("review", report::review(&conn, black_box(month), By::Day)));
    });
    group.finish();
}

criterion_group!(benches, bench_reports);
criterion_main!(benches);
