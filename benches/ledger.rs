//! Benchmarks of the ledger's two hot paths, on real database files.
//!
//! - `sale/durable_3_lines`: `souk::sale::record` of a three-line cash sale in
//!   `souk::db::write`, as `sell` does it: one `BEGIN IMMEDIATE` transaction committed with
//!   WAL and `synchronous=FULL` (so one fsync).
//! - `sale/bare_transaction_same_rows`: the floor under it: a bare `BEGIN IMMEDIATE`
//!   transaction on a second file with the same pragmas, writing the same six rows the sale
//!   writes (1 sale, 3 lines, 1 payment, and the audit trail's line for its 5 DH discount,
//!   which #7 requires; the sale's products are untracked, so it moves no stock) into plain
//!   tables of the same widths, with cached statements.
//!
//!   The two alternate, each bench timing its own kind, and after them `sale/paired` prints
//!   both medians and their ratio over all the alternating pairs: fsync latency on a shared
//!   or virtual disk drifts by several times within a minute, so only the paired ratio
//!   compares like with like.
//! - `lookup/barcode_100k`, `lookup/sku_100k`: `souk::catalog::find_product` in a catalogue
//!   of 100,000 products, on codes drawn at random so the pages touched vary.
//!
//! Targets: the sale's median within 1.5× the bare transaction's (what a sale costs should
//! be the fsync that makes it durable, not Souk's own queries); a lookup under 50 µs (a scan
//! must show the product before the volunteer looks up).
//!
//! Run with `CARGO_TARGET_DIR=… cargo bench --no-default-features --bench ledger`; the
//! medians are in `$CARGO_TARGET_DIR/criterion/<group>/<name>/new/estimates.json`.

use std::error::Error;
use std::fmt::Display;
use std::hint::black_box;
use std::path::Path;
use std::time::{Duration, Instant};

use chrono::{DateTime, Utc};
use criterion::{Criterion, criterion_group, criterion_main};
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use rusqlite::{Connection, TransactionBehavior, params};
use souk::catalog::{self, Product, ean};
use souk::clock::{Clock, FixedClock};
use souk::money::{Money, Quantity};
use souk::sale::{self, CartLine, Method, NewSale, Tender};
use souk::users::{self, Role};
use tempfile::TempDir;

type Setup<T> = Result<T, Box<dyn Error>>;

/// Stops the bench at the first failure: a refused sale or a missed lookup would time an
/// error path and report a flattering figure.
fn ok<T, E: Display>(what: &str, result: Result<T, E>) -> T {
    result.unwrap_or_else(|e| panic!("{what}: {e}"))
}

/// Database files live under Cargo's target folder rather than the system temp folder,
/// which is often a tmpfs where fsync costs nothing and the sale benches would measure
/// only CPU.
fn scratch_dir() -> Setup<TempDir> {
    Ok(tempfile::Builder::new()
        .prefix("souk-ledger-bench")
        .tempdir_in(env!("CARGO_TARGET_TMPDIR"))?)
}

fn instant() -> DateTime<Utc> {
    DateTime::from_timestamp(1_796_032_800, 0).unwrap_or_default() // 2026-11-30 10:00 UTC
}

// ---------------------------------------------------------------------------------------
// sale/*

const PRODUCERS_CSV: &str = "code,name_ar,name_latin,workshop,association_share_percent\n\
    FZ01,فاطمة الزهراء بنعلي,Fatima Zahra Benali,pastries,15\n\
    KH02,خديجة العلوي,Khadija Alaoui,sewing,\n";

// Stock left empty: untracked, so a sale writes no stock movement and the floor can match it.
const PRODUCTS_CSV: &str = "sku,barcode,name_ar,name_fr,category,producer_code,unit,price,stock\n\
    GHR-500,,غريبة باللوز,Ghriba aux amandes (500 g),pastries,FZ01,piece,45,\n\
    CHB-KG,,شباكية,Chebakia,pastries,FZ01,kg,120,\n\
    TAB-LIN,,مريلة كتان مطرزة,Tablier en lin brodé,sewing,KH02,piece,\"85,50\",\n";

struct SaleFixture {
    _dir: TempDir,
    conn: Connection,
    clock: FixedClock,
    sale: NewSale,
}

impl SaleFixture {
    fn new() -> Setup<SaleFixture> {
        let dir = scratch_dir()?;
        let mut conn = souk::db::open(&dir.path().join("souk.sqlite"))?;
        catalog::import::import_producers(&mut conn, PRODUCERS_CSV.as_bytes())?;
        catalog::import::import_products(&mut conn, PRODUCTS_CSV.as_bytes(), instant())?;
        let cashier = users::add(&conn, "Amina", Role::Volunteer)?;
        // Sales go into the till's open session.
        souk::cash::open(
            &mut conn,
            &FixedClock::new(instant()),
            cashier.id,
            Money::ZERO,
        )?;
        let product = |sku: &str| -> Setup<Product> {
            catalog::find_product(&conn, sku)?
                .ok_or_else(|| format!("{sku} was not imported").into())
        };
        let lines = vec![
            CartLine {
                product: product("GHR-500")?,
                quantity: Quantity::pieces(2),
                discount: Money::ZERO,
            },
            CartLine {
                product: product("CHB-KG")?,
                quantity: Quantity::from_milli(750),
                discount: Money::ZERO,
            },
            CartLine {
                product: product("TAB-LIN")?,
                quantity: Quantity::pieces(1),
                discount: Money::from_dirhams(5),
            },
        ];
        if lines.iter().any(|l| l.product.stock_tracked) {
            return Err(
                "a sale product tracks stock: the sale would write a stock movement the floor does not".into(),
            );
        }
        // 90 + 90 + 80.50 = 260.50 DH, paid with 300 DH: a cash row with change.
        let sale = NewSale {
            cashier_id: cashier.id,
            lines,
            tenders: vec![Tender {
                method: Method::Cash,
                amount: Money::from_dirhams(300),
            }],
        };
        Ok(SaleFixture {
            _dir: dir,
            conn,
            clock: FixedClock::new(instant()),
            sale,
        })
    }
}

// The same columns as Souk's sales, sale_lines and payments, without their constraints
// and secondary indexes: the cheapest way SQLite can durably store these rows.
const BARE_SCHEMA: &str = "
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

fn open_bare(path: &Path) -> Setup<Connection> {
    let conn = Connection::open(path)?;
    // The pragmas souk::db::open sets; journal_mode answers with a row.
    let _mode: String = conn.query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0))?;
    conn.execute_batch("PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON;")?;
    conn.execute_batch(BARE_SCHEMA)?;
    Ok(conn)
}

/// One durable transaction writing what a three-line cash sale writes, with the sale's own
/// values so the rows are as wide.
fn bare_sale(
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

/// Every transaction timed in the two sale benches, kept in the order they ran.
#[derive(Default)]
struct Paired {
    sale: Vec<Duration>,
    bare: Vec<Duration>,
}

impl Paired {
    fn median(samples: &[Duration]) -> Duration {
        let mut sorted = samples.to_vec();
        sorted.sort_unstable();
        sorted.get(sorted.len() / 2).copied().unwrap_or_default()
    }

    /// The ratio from alternating runs: criterion's two medians come from two windows a
    /// few seconds apart, and fsync latency on a shared or virtual disk drifts more than
    /// that between them.
    fn report(&self) {
        // Too few pairs: a test run (`--test`), or a run filtered to the lookups.
        if self.sale.len() < 100 || self.bare.len() < 100 {
            return;
        }
        let (sale, bare) = (Self::median(&self.sale), Self::median(&self.bare));
        println!(
            "sale/paired: {} sales and {} bare transactions, alternating: medians {:.1} µs and \
             {:.1} µs, ratio {:.2} (target ≤ 1.5)",
            self.sale.len(),
            self.bare.len(),
            sale.as_secs_f64() * 1e6,
            bare.as_secs_f64() * 1e6,
            sale.as_secs_f64() / bare.as_secs_f64(),
        );
    }
}

fn timed<T>(work: impl FnOnce() -> T) -> Duration {
    let start = Instant::now();
    black_box(work());
    start.elapsed()
}

fn bench_sale(c: &mut Criterion) {
    let SaleFixture {
        _dir,
        mut conn,
        clock,
        sale,
    } = ok("sale fixture", SaleFixture::new());
    let bare_dir = ok("scratch folder", scratch_dir());
    let mut bare = ok(
        "bare database",
        open_bare(&bare_dir.path().join("bare.sqlite")),
    );
    let mut seq = 0;
    let mut paired = Paired::default();

    // Each bench alternates the two transactions and times its own: both then see the same
    // mix of writes on the disk, and every pair feeds the drift-free ratio.
    let mut one_of_each = |paired: &mut Paired, timed_sale: bool| -> Duration {
        seq += 1;
        let bare_time = timed(|| {
            ok(
                "bare transaction",
                bare_sale(&mut bare, seq, &sale, instant()),
            )
        });
        // The durable sale itself: the transaction the counter commits before it says
        // "done". Reading it back for the screen or the receipt comes after.
        let sale_time = timed(|| {
            ok(
                "sale",
                souk::db::write(&mut conn, |tx| sale::record(tx, clock.now(), &sale)),
            )
        });
        paired.bare.push(bare_time);
        paired.sale.push(sale_time);
        if timed_sale { sale_time } else { bare_time }
    };

    let mut group = c.benchmark_group("sale");
    // Each iteration waits twice for the disk; 30 samples keep the run to seconds.
    group
        .sample_size(30)
        .warm_up_time(Duration::from_secs(2))
        .measurement_time(Duration::from_secs(6));
    group.bench_function("durable_3_lines", |b| {
        b.iter_custom(|iters| (0..iters).map(|_| one_of_each(&mut paired, true)).sum());
    });
    group.bench_function("bare_transaction_same_rows", |b| {
        b.iter_custom(|iters| (0..iters).map(|_| one_of_each(&mut paired, false)).sum());
    });
    group.finish();
    paired.report();
}

// ---------------------------------------------------------------------------------------
// lookup/*

const CATALOGUE_SIZE: u32 = 100_000;
/// Enough distinct codes that the loop does not settle on a few hot pages.
const LOOKUP_CODES: usize = 4096;

fn sku(n: u32) -> String {
    format!("P{n:06}")
}

/// A valid EAN-13 in the 20–29 prefix range GS1 leaves to shops for their own labels.
fn barcode(n: u32) -> String {
    let body = format!("20{n:010}");
    let mut digits = [0u8; 12];
    for (digit, byte) in digits.iter_mut().zip(body.bytes()) {
        *digit = byte - b'0';
    }
    format!("{body}{}", ean::check_digit(&digits))
}

fn catalogue_100k(path: &Path) -> Setup<Connection> {
    let mut conn = souk::db::open(path)?;
    conn.execute(
        "INSERT INTO producers (code, name_ar, name_latin, workshop) \
         VALUES ('COOP', 'تعاونية النساء', 'Coopérative des femmes', 'crafts')",
        [],
    )?;
    let producer_id = conn.last_insert_rowid();
    let categories = catalog::category_codes(&conn)?;
    // One transaction and one prepared statement: 100,000 fsyncs would take minutes.
    let tx = conn.transaction()?;
    {
        let mut insert = tx.prepare(
            "INSERT INTO products (sku, barcode, name_ar, name_fr, category, producer_id, unit, \
             price_c, stock_tracked) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, 0)",
        )?;
        for n in 0..CATALOGUE_SIZE {
            let category = &categories[n as usize % categories.len()];
            insert.execute(params![
                sku(n),
                barcode(n),
                format!("منتوج رقم {n}"),
                format!("Produit n° {n}"),
                category,
                producer_id,
                if n % 10 == 0 { "kg" } else { "piece" },
                1_000 + i64::from(n % 50_000),
            ])?;
        }
    }
    tx.commit()?;
    Ok(conn)
}

fn bench_lookup(c: &mut Criterion) {
    let dir = ok("scratch folder", scratch_dir());
    let conn = ok(
        "catalogue",
        catalogue_100k(&dir.path().join("catalogue.sqlite")),
    );
    // Seeded: every run looks up the same codes.
    let mut rng = ChaCha8Rng::seed_from_u64(0x50_0c);
    let picks: Vec<u32> = (0..LOOKUP_CODES)
        .map(|_| rng.random_range(0..CATALOGUE_SIZE))
        .collect();
    let barcodes: Vec<String> = picks.iter().map(|&n| barcode(n)).collect();
    let skus: Vec<String> = picks.iter().map(|&n| sku(n)).collect();

    let mut group = c.benchmark_group("lookup");
    group
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(4));
    for (name, codes) in [("barcode_100k", &barcodes), ("sku_100k", &skus)] {
        group.bench_function(name, |b| {
            let mut next = codes.iter().cycle();
            b.iter(|| {
                let code = next.next().map_or("", String::as_str);
                match ok("lookup", catalog::find_product(&conn, black_box(code))) {
                    Some(product) => black_box(product),
                    None => panic!("{code} is in the catalogue but was not found"),
                }
            });
        });
    }
    group.finish();
}

criterion_group!(benches, bench_sale, bench_lookup);
criterion_main!(benches);
