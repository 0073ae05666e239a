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

use std::fmt::Display;
use std::hint::black_box;
use std::path::Path;
use std::time::{Duration, Instant};

use criterion::{Criterion, criterion_group, criterion_main};
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use rusqlite::{Connection, params};
use souk::catalog::{self, Product, ean};
use souk::clock::{Clock, FixedClock};
use souk::money::{Money, Quantity};
use souk::sale::{self, CartLine, Method, NewSale, Tender};
use souk::users::{self, Role};
use tempfile::TempDir;

mod floor;

use floor::{PRODUCERS_CSV, PRODUCTS_CSV, Setup, bare_sale, instant, open_bare};

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

// ---------------------------------------------------------------------------------------
// sale/*

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
