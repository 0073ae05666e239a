//! The `souk` binary as a user runs it: exit codes, one-line refusals in the user's
//! language, JSON with amounts as strings, and nothing written when a command is refused.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::common;

use common::cli::{ok, refused, souk};

use std::path::Path;

use common::fixture;
use serde_json::Value;
use tempfile::TempDir;

fn shop() -> (TempDir, std::path::PathBuf) {
    let dir = TempDir::new().unwrap();
    let db = dir.path().join("souk.sqlite");
    let producers = fixture("producers.csv");
    let products = fixture("products.csv");
    assert!(
        ok(&souk(
            &db,
            "en",
            &["import", "producers", producers.to_str().unwrap()]
        ))
        .contains("25 added")
    );
    assert!(
        ok(&souk(
            &db,
            "en",
            &["import", "products", products.to_str().unwrap()]
        ))
        .contains("110 added")
    );
    ok(&souk(&db, "en", &["user", "add", "Amina"]));
    (dir, db)
}

fn sales_count(db: &Path) -> usize {
    let out = ok(&souk(db, "en", &["sales", "--json"]));
    serde_json::from_str::<Value>(&out)
        .unwrap()
        .as_array()
        .unwrap()
        .len()
}

#[test]
fn sell_prints_the_sale_as_json_with_string_amounts() {
    let (_dir, db) = shop();
    let out = ok(&souk(
        &db,
        "en",
        &[
            "sell",
            "--cashier",
            "amina",
            "P001-0001x2",
            "P001-0002x0.350",
            "--pay",
            "cash:200",
            "--json",
        ],
    ));
    let sale: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(sale["number"], "2026-000001");
    assert_eq!(sale["sold_at"], "2026-11-29T10:15:00+00:00");
    assert_eq!(sale["business_day"], "2026-11-29");
    assert_eq!(sale["total"], "134.50");
    assert_eq!(sale["change"], "65.50");
    let line = &sale["lines"][1];
    assert_eq!(line["sku"], "P001-0002");
    assert_eq!(line["quantity"], "0.350");
    assert_eq!(line["unit_price"], "90.00");
    assert_eq!(line["total"], "31.50");
    assert_eq!(line["producer"], "P001");
    assert_eq!(line["association_share"], "1.58");
    assert_eq!(line["producer_share"], "29.92");
    assert_eq!(sale["payments"][0]["method"], "cash");
    assert_eq!(sale["payments"][0]["tendered"], "200.00");
}

#[test]
fn sell_prints_a_readable_sale_in_french_and_arabic() {
    let (_dir, db) = shop();
    let fr = ok(&souk(
        &db,
        "fr",
        &[
            "sell",
            "--cashier",
            "Amina",
            "2000000000015",
            "--pay",
            "espèces:100",
        ],
    ));
    assert!(fr.contains("2026-000001"), "{fr}");
    assert!(fr.contains("Cake au citron"), "{fr}");
    assert!(fr.contains("51,50\u{a0}DH"), "{fr}");
    assert!(fr.contains("48,50\u{a0}DH"), "{fr}");
    let ar = ok(&souk(
        &db,
        "ar",
        &[
            "sell",
            "--cashier",
            "Amina",
            "P001-0003x2",
            "--pay",
            "card:6",
        ],
    ));
    assert!(ar.contains("مسمن"), "{ar}");
    assert!(ar.contains("6,00\u{a0}درهم"), "{ar}");
}

#[test]
fn bad_sales_are_refused_in_one_line_and_write_nothing() {
    let (_dir, db) = shop();
    let cases: [(&[&str], &str); 8] = [
        (
            &[
                "sell",
                "--cashier",
                "Amina",
                "P001-0002",
                "--pay",
                "cash:100",
            ],
            "weight",
        ),
        (
            &[
                "sell",
                "--cashier",
                "Amina",
                "P001-0001x1.5",
                "--pay",
                "cash:100",
            ],
            "whole number",
        ),
        (
            &["sell", "--cashier", "Amina", "NOPE-1", "--pay", "cash:100"],
            "NOPE-1",
        ),
        (
            &[
                "sell",
                "--cashier",
                "Amina",
                "P001-0001",
                "--pay",
                "cash:douze",
            ],
            "douze",
        ),
        (
            &[
                "sell",
                "--cashier",
                "Amina",
                "P001-0001",
                "--pay",
                "cash:10",
            ],
            "still due",
        ),
        (
            &[
                "sell",
                "--cashier",
                "Amina",
                "P001-0001",
                "--pay",
                "card:60",
            ],
            "exceed",
        ),
        (
            &[
                "sell",
                "--cashier",
                "Amina",
                "P001-0001",
                "--pay",
                "cheque:60",
            ],
            "cheque",
        ),
        (
            &[
                "sell",
                "--cashier",
                "Nobody",
                "P001-0001",
                "--pay",
                "cash:60",
            ],
            "Nobody",
        ),
    ];
    for (args, words) in cases {
        let err = refused(&souk(&db, "en", args));
        assert_eq!(err.trim().lines().count(), 1, "{err}");
        assert!(err.contains(words), "{args:?}: {err}");
    }
    let fr = refused(&souk(
        &db,
        "fr",
        &[
            "sell",
            "--cashier",
            "Amina",
            "P001-0001",
            "--pay",
            "cash:10",
        ],
    ));
    assert!(fr.contains("41,50"), "{fr}");
    assert_eq!(sales_count(&db), 0);
}

#[test]
fn refunds_voids_and_the_sales_list() {
    let (_dir, db) = shop();
    ok(&souk(
        &db,
        "en",
        &[
            "sell",
            "--cashier",
            "Amina",
            "P001-0001x3",
            "--pay",
            "card:154.50",
        ],
    ));
    ok(&souk(
        &db,
        "en",
        &["sell", "--cashier", "Amina", "P001-0003", "--pay", "cash:5"],
    ));
    let refund: Value = serde_json::from_str(&ok(&souk(
        &db,
        "en",
        &[
            "refund",
            "2026-000001",
            "--line",
            "1",
            "--qty",
            "1",
            "--reason",
            "broken",
            "--json",
        ],
    )))
    .unwrap();
    assert_eq!(refund["total"], "-51.50");
    assert_eq!(refund["refund_of"], "2026-000001");
    assert_eq!(refund["payments"][0]["method"], "card");
    let err = refused(&souk(
        &db,
        "en",
        &[
            "refund",
            "2026-000001",
            "--line",
            "1",
            "--qty",
            "3",
            "--reason",
            "x",
        ],
    ));
    assert!(err.contains("only 2 left"), "{err}");
    refused(&souk(&db, "en", &["refund", "2026-000001", "--reason", ""]));
    ok(&souk(
        &db,
        "en",
        &["void", "2026-000002", "--reason", "wrong product"],
    ));
    let sales: Value = serde_json::from_str(&ok(&souk(
        &db,
        "en",
        &[
            "sales",
            "--from",
            "2026-11-29",
            "--to",
            "2026-11-29",
            "--json",
        ],
    )))
    .unwrap();
    let statuses: Vec<&str> = sales
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["status"].as_str().unwrap())
        .collect();
    assert_eq!(statuses, ["completed", "voided", "refund"]);
    assert_eq!(sales[2]["refund_of"], "2026-000001");
    let err = refused(&souk(&db, "en", &["sales", "--from", "29/11/2026"]));
    assert!(err.contains("YYYY-MM-DD"), "{err}");
    assert!(ok(&souk(&db, "en", &["check"])).contains("sound"));
}

#[test]
fn a_bad_import_names_every_line_and_imports_nothing() {
    let (_dir, db) = shop();
    let bad = fixture("products-with-errors.csv");
    let err = refused(&souk(
        &db,
        "fr",
        &["import", "products", bad.to_str().unwrap()],
    ));
    for line in 2..=8 {
        assert!(err.contains(&format!("ligne {line}")), "{err}");
    }
    let products: Value =
        serde_json::from_str(&ok(&souk(&db, "en", &["products", "--json"]))).unwrap();
    assert_eq!(products.as_array().unwrap().len(), 110);
}

#[test]
fn check_fails_on_a_tampered_database() {
    let (_dir, db) = shop();
    ok(&souk(
        &db,
        "en",
        &[
            "sell",
            "--cashier",
            "Amina",
            "P001-0001",
            "--pay",
            "cash:60",
        ],
    ));
    let conn = rusqlite::Connection::open(&db).unwrap();
    conn.execute_batch("DROP TRIGGER payments_no_update; UPDATE payments SET amount_c = 100;")
        .unwrap();
    drop(conn);
    let out = souk(&db, "en", &["check"]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).contains("2026-000001"));
}

#[test]
fn a_database_from_a_newer_souk_is_refused() {
    let dir = TempDir::new().unwrap();
    let db = dir.path().join("future.sqlite");
    let conn = rusqlite::Connection::open(&db).unwrap();
    conn.execute_batch("PRAGMA user_version = 42;").unwrap();
    drop(conn);
    let err = refused(&souk(&db, "en", &["producers"]));
    assert!(err.contains("newer"), "{err}");
}

#[test]
fn sell_prints_on_the_shops_printer_when_none_is_named() {
    let (dir, db) = shop();
    let png = dir.path().join("receipt.png");
    let conn = rusqlite::Connection::open(&db).unwrap();
    conn.execute(
        "INSERT INTO settings (key, value) VALUES ('receipt.printer', ?1)",
        [format!("png:{}", png.display())],
    )
    .unwrap();
    drop(conn);
    let out = ok(&souk(
        &db,
        "en",
        &[
            "sell",
            "--cashier",
            "Amina",
            "P001-0003",
            "--pay",
            "cash:5",
            "--json",
        ],
    ));
    let sale: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(sale["receipt"], "printed");
    assert!(png.exists(), "the receipt went to the shop's printer");
    // --printer none still sells without printing anything.
    std::fs::remove_file(&png).unwrap();
    ok(&souk(
        &db,
        "en",
        &[
            "sell",
            "--cashier",
            "Amina",
            "P001-0003",
            "--pay",
            "cash:5",
            "--printer",
            "none",
        ],
    ));
    assert!(!png.exists());
}

#[test]
fn settings_are_listed_and_changed_through_the_one_table() {
    let (_dir, db) = shop();
    // A value the setting may not hold, a key that names none, Souk's own mark: refused in
    // words, nothing written.
    for (key, value, said) in [
        ("receipt.width", "72", "72"),
        ("receipt.mode", "graphic", "graphic"),
        ("ui.lock_after_min", "500", "500"),
        ("receipt.widht", "80", "receipt.widht"),
        ("db.kind", "demo", "db.kind"),
    ] {
        let reason = refused(&souk(&db, "en", &["settings", "set", key, value]));
        assert!(reason.contains(said), "{key}: {reason}");
    }
    let listed = |db: &Path| -> Vec<Value> {
        let out = ok(&souk(db, "en", &["settings", "--json"]));
        serde_json::from_str::<Value>(&out)
            .unwrap()
            .as_array()
            .unwrap()
            .clone()
    };
    let value = |rows: &[Value], key: &str| {
        rows.iter()
            .find(|r| r["key"] == key)
            .map(|r| r["value"].clone())
    };
    let before = listed(&db);
    assert_eq!(value(&before, "receipt.width"), Some(Value::Null));
    assert_eq!(value(&before, "db.kind"), None, "the mark is not listed");
    let out = ok(&souk(
        &db,
        "en",
        &["settings", "set", "receipt.width", "80"],
    ));
    assert!(out.contains("80"), "{out}");
    assert!(!out.contains("receipt.width"), "named for people: {out}");
    let after = listed(&db);
    assert_eq!(value(&after, "receipt.width"), Some(Value::from("80")));
    assert_eq!(after.len(), before.len());
}
