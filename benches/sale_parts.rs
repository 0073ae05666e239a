//! Where a durable sale's time goes, beside `ledger`'s `sale/paired`: the same three-line
//! cash sale (with its 5 DH discount, so an audit line) on database files that each lack
//! one part of the work, and the bare transaction writing the same five rows.
//!
//! For each: the WAL frames (pages) one sale writes, and its time per sale with
//! `synchronous=OFF` (the fastest of many batches: the CPU's share, least disturbed by the
//! other processes on the machine). Then the sale's reads, each timed alone. Measured with
//! it (and `perf record` on `SOUK_PARTS_PROFILE=1`, which only sells): about half of a
//! sale's CPU time is writing and checksumming its WAL frames, so every table or index a
//! sale touches costs about as much as a statement, before the fsync has more to sync.
//!
//! A diagnostic without a target: `cargo bench --no-default-features --bench sale_parts`.

use std::path::Path;
use std::time::{Duration, Instant};

use rusqlite::Connection;
use souk::catalog::{self, Product};
use souk::money::{Money, Quantity};
use souk::sale::{self, CartLine, Method, NewSale, Tender};
use souk::users::{self, Role};
use tempfile::TempDir;

mod floor;

use floor::{BARE_SCHEMA, PRODUCERS_CSV, PRODUCTS_CSV, Setup, bare_sale, instant};

struct Variant {
    name: &'static str,
    conn: Connection,
    sale: NewSale,
}

fn variant(
    dir: &Path,
    name: &'static str,
    sql: &'static str,
    discount: bool,
    durable: bool,
) -> Setup<Variant> {
    let mut conn = souk::db::open(&dir.join(format!("{name}.sqlite")))?;
    catalog::import::import_producers(&mut conn, PRODUCERS_CSV.as_bytes())?;
    catalog::import::import_products(&mut conn, PRODUCTS_CSV.as_bytes(), instant())?;
    let cashier = users::add(&conn, "Amina", Role::Volunteer)?;
    souk::cash::open(
        &mut conn,
        &souk::clock::FixedClock::new(instant()),
        cashier.id,
        Money::ZERO,
    )?;
    conn.execute_batch(sql)?;
    if !durable {
        conn.execute_batch("PRAGMA synchronous = OFF")?;
    }
    let product = |sku: &str| -> Setup<Product> {
        catalog::find_product(&conn, sku)?.ok_or_else(|| format!("{sku} missing").into())
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
            discount: if discount {
                Money::from_dirhams(5)
            } else {
                Money::ZERO
            },
        },
    ];
    let sale = NewSale {
        cashier_id: cashier.id,
        lines,
        tenders: vec![Tender {
            method: Method::Cash,
            amount: Money::from_dirhams(300),
        }],
    };
    Ok(Variant { name, conn, sale })
}

const VARIANTS: &[(&str, &str, bool)] = &[
    ("full", "", true),
    ("no_discount_audit", "", false),
    ("no_shares_idx", "DROP INDEX sale_lines_shares;", true),
    ("no_day_idx", "DROP INDEX sales_day;", true),
    ("no_foreign_keys", "PRAGMA foreign_keys = OFF;", true),
    // What 0008 took off the sale: 0005's triggers and the two indexes.
    ("with_0005_totals", WITH_0005, true),
];

/// 0005's running totals kept by triggers at each sale, and the indexes 0008 dropped.
const WITH_0005: &str = "
    CREATE INDEX sales_session ON sales (session_id) WHERE session_id IS NOT NULL;
    CREATE INDEX sale_lines_producer ON sale_lines (producer_id);
    CREATE INDEX audit_at ON audit (at_ms);
    CREATE TABLE report_lines (day TEXT NOT NULL, category TEXT NOT NULL,
        producer_id INTEGER NOT NULL, product_id INTEGER NOT NULL, total_c INTEGER NOT NULL,
        producer_c INTEGER NOT NULL, qty_milli INTEGER NOT NULL, discount_c INTEGER NOT NULL,
        PRIMARY KEY (day, category, producer_id, product_id)) STRICT, WITHOUT ROWID;
    CREATE TRIGGER report_lines_add AFTER INSERT ON sale_lines
    BEGIN
        INSERT INTO report_lines (day, category, producer_id, product_id, total_c, producer_c, qty_milli, discount_c)
        SELECT s.business_day, NEW.category, NEW.producer_id, NEW.product_id, NEW.total_c, NEW.producer_c,
               NEW.qty_milli, NEW.discount_c
        FROM sales s WHERE s.id = NEW.sale_id
        ON CONFLICT (day, category, producer_id, product_id) DO UPDATE SET
            total_c = total_c + excluded.total_c, producer_c = producer_c + excluded.producer_c,
            qty_milli = qty_milli + excluded.qty_milli, discount_c = discount_c + excluded.discount_c;
        INSERT INTO report_months (month, category, producer_id, product_id, total_c, producer_c, qty_milli, discount_c)
        SELECT substr(s.business_day, 1, 7), NEW.category, NEW.producer_id, NEW.product_id, NEW.total_c,
               NEW.producer_c, NEW.qty_milli, NEW.discount_c
        FROM sales s WHERE s.id = NEW.sale_id
        ON CONFLICT (month, category, producer_id, product_id) DO UPDATE SET
            total_c = total_c + excluded.total_c, producer_c = producer_c + excluded.producer_c,
            qty_milli = qty_milli + excluded.qty_milli, discount_c = discount_c + excluded.discount_c;
    END;
    CREATE TRIGGER report_sales_add AFTER INSERT ON sales
    BEGIN
        INSERT INTO report_sales (day, kind, count, total_c) VALUES (NEW.business_day, NEW.kind, 1, NEW.total_c)
        ON CONFLICT (day, kind) DO UPDATE SET count = count + 1, total_c = total_c + excluded.total_c;
    END;
    CREATE TRIGGER report_payments_add AFTER INSERT ON payments
    BEGIN
        INSERT INTO report_payments (day, method, amount_c)
        SELECT s.business_day, NEW.method, NEW.amount_c FROM sales s WHERE s.id = NEW.sale_id
        ON CONFLICT (day, method) DO UPDATE SET amount_c = amount_c + excluded.amount_c;
    END;";

fn open_bare_at(path: &Path, durable: bool) -> Setup<Connection> {
    let bare = Connection::open(path)?;
    let _mode: String = bare.query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0))?;
    bare.execute_batch(if durable {
        "PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON;"
    } else {
        "PRAGMA synchronous = OFF; PRAGMA foreign_keys = ON;"
    })?;
    bare.execute_batch(BARE_SCHEMA)?;
    Ok(bare)
}

/// WAL frames one commit of `write` adds (after a first one, which may set pages up).
fn frames(
    conn: &mut Connection,
    wal: &Path,
    write: &mut dyn FnMut(&mut Connection) -> Setup<()>,
) -> Setup<u64> {
    conn.execute_batch("PRAGMA wal_checkpoint(TRUNCATE)")?;
    write(conn)?;
    let before = std::fs::metadata(wal)?.len();
    write(conn)?;
    let after = std::fs::metadata(wal)?.len();
    // A frame is a 24-byte header and a 4096-byte page.
    Ok((after - before) / 4120)
}

/// Each variant's WAL frames per sale and time per sale with `synchronous=OFF`, in
/// interleaved batches.
fn cpu(batches: usize, per_batch: usize) -> Setup<()> {
    let dir: TempDir = tempfile::Builder::new()
        .prefix("souk-sale-parts")
        .tempdir_in(env!("CARGO_TARGET_TMPDIR"))?;
    let at = instant();
    let mut variants = Vec::new();
    for (name, sql, discount) in VARIANTS {
        variants.push(variant(dir.path(), name, sql, *discount, false)?);
    }
    let bare_path = dir.path().join("bare.sqlite");
    let mut bare = open_bare_at(&bare_path, false)?;
    let mut seq = 0;
    let sale = variants[0].sale.clone();
    let bare_frames = frames(&mut bare, &dir.path().join("bare.sqlite-wal"), &mut |c| {
        seq += 1;
        Ok(bare_sale(c, seq, &sale, instant())?)
    })?;
    let mut variant_frames = Vec::new();
    for v in &mut variants {
        let wal = dir.path().join(format!("{}.sqlite-wal", v.name));
        let sale = v.sale.clone();
        variant_frames.push(frames(&mut v.conn, &wal, &mut |c| {
            souk::db::write(c, |tx| sale::record(tx, at, &sale))?;
            Ok(())
        })?);
    }
    let mut bare_ns = Vec::new();
    let mut ns: Vec<Vec<u128>> = vec![Vec::new(); variants.len()];
    for _ in 0..batches {
        let start = Instant::now();
        for _ in 0..per_batch {
            seq += 1;
            bare_sale(&mut bare, seq, &sale, instant())?;
        }
        bare_ns.push(start.elapsed().as_nanos());
        for (v, out) in variants.iter_mut().zip(&mut ns) {
            let start = Instant::now();
            for _ in 0..per_batch {
                souk::db::write(&mut v.conn, |tx| sale::record(tx, at, &v.sale))?;
            }
            out.push(start.elapsed().as_nanos());
        }
    }
    // The fastest batch: the one the other processes on the machine disturbed least.
    let per_sale = |v: &[u128]| -> f64 {
        let fastest = v.iter().min().copied().unwrap_or(0);
        Duration::from_nanos(u64::try_from(fastest).unwrap_or(u64::MAX)).as_secs_f64() * 1e6
            / f64::from(u32::try_from(per_batch).unwrap_or(1))
    };
    let floor = per_sale(&bare_ns);
    println!(
        "synchronous=OFF, fastest of {batches} batches of {per_batch}: \
         bare {floor:.1} µs a transaction, {bare_frames} WAL frames"
    );
    for ((v, out), frames) in variants.iter().zip(&ns).zip(&variant_frames) {
        let m = per_sale(out);
        println!(
            "  {:<20} {m:>6.1} µs (+{:>5.1})  {frames:>2} frames",
            v.name,
            m - floor,
        );
    }
    Ok(())
}

/// The sale's reads, each timed alone (outside a transaction: a little more than inside).
fn reads(n: u32) -> Setup<()> {
    let dir = tempfile::Builder::new()
        .prefix("souk-sale-parts")
        .tempdir_in(env!("CARGO_TARGET_TMPDIR"))?;
    let v = variant(dir.path(), "checks", "", true, true)?;
    let conn = &v.conn;
    let id = v.sale.cashier_id;
    let time = |name: &str, f: &dyn Fn() -> souk::Result<()>| -> Setup<()> {
        for _ in 0..1000 {
            f()?;
        }
        let start = Instant::now();
        for _ in 0..n {
            f()?;
        }
        println!(
            "  {name:<28} {:>6.2} µs",
            start.elapsed().as_secs_f64() * 1e6 / f64::from(n)
        );
        Ok(())
    };
    println!("the sale's reads, each alone:");
    time("cash::require_open", &|| {
        souk::cash::require_open(conn).map(|_| ())
    })?;
    time("users::by_id", &|| users::by_id(conn, id).map(|_| ()))?;
    time("rights::require(Sell)", &|| {
        users::rights::require(conn, id, users::Right::Sell).map(|_| ())
    })?;
    time("pins_required", &|| {
        users::rights::pins_required(conn).map(|_| ())
    })?;
    time("sale::discount_limit_pct", &|| {
        sale::discount_limit_pct(conn).map(|_| ())
    })?;
    let pid = v.sale.lines[0].product.id;
    time("catalog::product_for_line", &|| {
        catalog::product_for_line(conn, pid).map(|_| ())
    })?;
    Ok(())
}

fn main() -> Setup<()> {
    // `cargo bench` passes --bench; `cargo test --benches` does not and gets a short run.
    let full = std::env::args().any(|a| a == "--bench");
    if std::env::var_os("SOUK_PARTS_PROFILE").is_some() {
        // Only the sale, not durable, long enough for `perf record`.
        let dir: TempDir = tempfile::Builder::new()
            .prefix("souk-sale-parts")
            .tempdir_in(env!("CARGO_TARGET_TMPDIR"))?;
        let mut v = variant(dir.path(), "profile", "", true, false)?;
        for _ in 0..30_000 {
            souk::db::write(&mut v.conn, |tx| sale::record(tx, instant(), &v.sale))?;
        }
        return Ok(());
    }
    cpu(if full { 40 } else { 2 }, if full { 100 } else { 5 })?;
    reads(if full { 20_000 } else { 10 })?;
    Ok(())
}
