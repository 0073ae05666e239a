//! The demo shop on real SQLite files: sound ledger, a shop's rhythm, determinism, and
//! refusal of a database that is not empty.

use std::error::Error as StdError;
use std::time::Instant;

use chrono::{Datelike, NaiveDate, Weekday};
use rusqlite::Connection;
use souk::demo::{self, DemoOptions, DemoSummary};
use souk::sale::{self, Status};
use souk::{Error, check, db, users};
use tempfile::TempDir;

/// A test's result: any error fails it with its message.
type Fallible<T = ()> = Result<T, Box<dyn StdError>>;

fn date(y: i32, m: u32, d: u32) -> Fallible<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d).ok_or_else(|| "bad date".into())
}

/// A fresh database in its own folder (kept alive by the returned `TempDir`).
fn fresh() -> Fallible<(TempDir, Connection)> {
    let dir = tempfile::tempdir()?;
    let conn = db::open(&dir.path().join("souk.db"))?;
    Ok((dir, conn))
}

/// 23:00 in Rabat on `day`: the shop has closed.
fn late(day: NaiveDate) -> chrono::DateTime<chrono::Utc> {
    souk::clock::from_local(day.and_hms_opt(23, 0, 0).unwrap_or_default())
}

fn demo(months: u32, seed: u64, today: NaiveDate) -> Fallible<(TempDir, Connection, DemoSummary)> {
    let (dir, mut conn) = fresh()?;
    let summary = demo::generate(&mut conn, &DemoOptions { months, seed }, late(today))?;
    Ok((dir, conn, summary))
}

fn count(conn: &Connection, table: &str) -> Fallible<i64> {
    Ok(conn.query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))?)
}

#[test]
fn two_months_make_a_sound_and_lively_shop() -> Fallible {
    // September and October 2026: across Morocco's move to permanent UTC+0.
    let today = date(2026, 10, 31)?;
    let (_dir, conn, summary) = demo(2, 7, today)?;
    assert_eq!(summary.first_day, date(2026, 9, 1)?);
    assert_eq!(summary.last_day, today);
    assert_eq!((summary.producers, summary.products), (25, 110));
    let names: Vec<_> = summary
        .users
        .iter()
        .map(|(name, _)| name.as_str())
        .collect();
    assert_eq!(names, ["admin", "Amina", "Fatima", "Khadija"]);
    assert_eq!(summary.users[0].1, "2016");
    assert!(summary.sales > 15 * 55, "only {} sales", summary.sales);
    assert!(summary.refunds > 0, "no refunds");

    let violations = check::run(&conn)?;
    assert!(violations.is_empty(), "{violations:?}");

    let sales = sale::list(&conn, None, None)?;
    let refunds = sales.iter().filter(|s| s.status == Status::Refund).count();
    assert_eq!(
        (sales.len() - refunds, refunds),
        (summary.sales, summary.refunds)
    );
    assert!(
        sales
            .iter()
            .all(|s| (summary.first_day..=summary.last_day).contains(&s.business_day))
    );
    // Receipt order is time order.
    assert!(sales.windows(2).all(|w| w[0].number < w[1].number));

    let mut per_day = std::collections::BTreeMap::<NaiveDate, usize>::new();
    for s in sales.iter().filter(|s| s.status != Status::Refund) {
        *per_day.entry(s.business_day).or_default() += 1;
    }
    let average = |weekend: bool| {
        let days: Vec<usize> = per_day
            .iter()
            .filter(|(d, _)| matches!(d.weekday(), Weekday::Sat | Weekday::Sun) == weekend)
            .map(|(_, n)| *n)
            .collect();
        days.iter().sum::<usize>() as f64 / days.len().max(1) as f64
    };
    assert!(
        average(true) > average(false) * 1.2,
        "weekend {} weekday {}",
        average(true),
        average(false)
    );
    let scalar = |sql: &str| conn.query_row(sql, [], |r| r.get::<_, i64>(0));
    for (what, sql) in [
        (
            "cash with change",
            "SELECT count(*) FROM payments WHERE method = 'cash' AND change_c > 0",
        ),
        (
            "card",
            "SELECT count(*) FROM payments WHERE method = 'card'",
        ),
        (
            "transfer",
            "SELECT count(*) FROM payments WHERE method = 'transfer'",
        ),
        (
            "split",
            "SELECT count(*) FROM (SELECT 1 FROM payments GROUP BY sale_id HAVING count(*) > 1)",
        ),
        (
            "discount",
            "SELECT count(*) FROM sale_lines WHERE discount_c > 0",
        ),
        (
            "several pieces",
            "SELECT count(*) FROM sale_lines WHERE unit = 'piece' AND qty_milli > 1000",
        ),
        (
            "restock",
            "SELECT count(*) FROM stock_moves WHERE kind = 'intake'",
        ),
    ] {
        assert!(scalar(sql)? > 0, "no {what}");
    }
    let cash = scalar("SELECT count(*) FROM payments WHERE method = 'cash' AND amount_c > 0")?;
    assert!(
        cash * 2 > i64::try_from(summary.sales)?,
        "mostly cash: {cash}"
    );
    let stock_negative: i64 = conn.query_row(
        "SELECT count(*) FROM products WHERE stock_milli < 0",
        [],
        |r| r.get(0),
    )?;
    assert_eq!(stock_negative, 0);
    Ok(())
}

#[test]
fn pastries_dominate_before_eid_al_fitr() -> Fallible {
    // The month before Eid al-Fitr 2026 (20 March).
    let (_dir, conn, _) = demo(1, 3, date(2026, 3, 19)?)?;
    let share_of_pastries = |from: &str, to: &str| -> rusqlite::Result<(i64, i64)> {
        conn.query_row(
            "SELECT count(*), sum(l.category = 'pastries') FROM sale_lines l JOIN sales s ON s.id = l.sale_id \
             WHERE s.kind = 'sale' AND s.business_day BETWEEN ?1 AND ?2",
            [from, to],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
    };
    let (rush_lines, rush_pastries) = share_of_pastries("2026-03-10", "2026-03-19")?;
    let (calm_lines, calm_pastries) = share_of_pastries("2026-02-20", "2026-03-09")?;
    assert!(
        rush_pastries * 2 > rush_lines,
        "{rush_pastries} of {rush_lines}"
    );
    assert!(
        calm_pastries * 2 < calm_lines,
        "{calm_pastries} of {calm_lines}"
    );
    // Ten rush days sell more than the eighteen days before them.
    assert!(rush_lines > calm_lines, "{rush_lines} vs {calm_lines}");
    let kg_lines: i64 = conn.query_row(
        "SELECT count(*) FROM sale_lines WHERE unit = 'kg' AND qty_milli > 0 AND qty_milli % 10 <> 0",
        [],
        |r| r.get(0),
    )?;
    assert!(kg_lines > 0, "weights are to the gram");
    Ok(())
}

fn fingerprint(conn: &Connection) -> Fallible<Vec<(String, i64, String)>> {
    Ok(sale::list(conn, None, None)?
        .into_iter()
        .map(|s| (s.number, s.total.centimes(), s.sold_at.to_rfc3339()))
        .collect())
}

#[test]
fn the_same_seed_gives_the_same_shop() -> Fallible {
    let today = date(2026, 6, 10)?;
    let (_a, first, _) = demo(1, 42, today)?;
    let (_b, second, _) = demo(1, 42, today)?;
    let (_c, other, _) = demo(1, 43, today)?;
    assert!(!fingerprint(&first)?.is_empty());
    assert_eq!(fingerprint(&first)?, fingerprint(&second)?);
    assert_ne!(fingerprint(&first)?, fingerprint(&other)?);
    Ok(())
}

#[test]
fn zero_months_make_the_catalogue_only() -> Fallible {
    let today = date(2026, 6, 10)?;
    let (_dir, conn, summary) = demo(0, 1, today)?;
    assert_eq!(
        (
            summary.sales,
            summary.refunds,
            summary.first_day,
            summary.last_day
        ),
        (0, 0, today, today)
    );
    assert_eq!(
        (
            count(&conn, "products")?,
            count(&conn, "users")?,
            count(&conn, "sales")?
        ),
        (110, 4, 0)
    );
    Ok(())
}

#[test]
fn a_database_in_use_is_refused_and_left_alone() -> Fallible {
    let (_dir, mut conn) = fresh()?;
    users::add(&conn, "Samira", users::Role::Admin)?;
    let result = demo::generate(
        &mut conn,
        &DemoOptions { months: 1, seed: 1 },
        late(date(2026, 6, 10)?),
    );
    assert!(
        matches!(result, Err(Error::DemoNeedsEmptyDatabase)),
        "{result:?}"
    );
    for (table, expected) in [
        ("producers", 0),
        ("products", 0),
        ("users", 1),
        ("sales", 0),
        ("stock_moves", 0),
    ] {
        assert_eq!(count(&conn, table)?, expected, "{table}");
    }
    Ok(())
}

#[test]
fn absurd_months_are_refused() -> Fallible {
    let (_dir, mut conn) = fresh()?;
    let options = DemoOptions {
        months: demo::MAX_MONTHS + 1,
        seed: 1,
    };
    let result = demo::generate(&mut conn, &options, late(date(2026, 6, 10)?));
    assert!(
        matches!(
            result,
            Err(Error::Parse {
                field: "months",
                ..
            })
        ),
        "{result:?}"
    );
    assert_eq!(count(&conn, "producers")?, 0);
    Ok(())
}

/// `cargo test --release --no-default-features --test shop demo:: -- --ignored --nocapture`
#[test]
#[ignore = "timing of a year of sales; run in release"]
fn twelve_months_timing() -> Fallible {
    let started = Instant::now();
    let (_dir, conn, summary) = demo(12, 2016, date(2026, 11, 30)?)?;
    let elapsed = started.elapsed();
    let lines = count(&conn, "sale_lines")?;
    println!(
        "12 months: {} sales, {} refunds, {lines} lines in {elapsed:.2?}",
        summary.sales, summary.refunds
    );
    assert!(check::run(&conn)?.is_empty());
    if !cfg!(debug_assertions) {
        assert!(elapsed.as_secs() < 10);
    }
    Ok(())
}
