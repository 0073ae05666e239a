//! The `souk` binary: `sell --printer` prints after the sale is saved and never fails the
//! sale; `receipt` prints a duplicate, uses the shop's printer setting, and `--pending`
//! prints what waits.

use std::path::Path;
use std::process::{Command, Output};

use serde_json::Value;
use souk::receipt::escpos::{CUT, INIT};
use souk::receipt::pending;

use super::common::Shop;
use super::{closed_port, listening_printer, shop_with_sale};

fn souk(db: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_souk"))
        .arg("--db")
        .arg(db)
        .args(["--lang", "en"])
        .args(args)
        .env("SOUK_CLOCK", "2026-11-29T10:15:00Z")
        .env_remove("SOUK_DB")
        .output()
        .unwrap()
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn sell(db: &Path, printer: &str) -> Output {
    souk(
        db,
        &[
            "sell",
            "--cashier",
            "Amina",
            "P001-0001",
            "--pay",
            "cash:60",
            "--printer",
            printer,
            "--json",
        ],
    )
}

#[test]
fn souk_sell_prints_the_receipt_on_a_network_printer() {
    let shop = Shop::new();
    let (port, reader) = listening_printer();
    let out = sell(&shop.path(), &format!("tcp:127.0.0.1:{port}"));
    assert!(out.status.success(), "{}", text(&out.stderr));
    let sale: Value = serde_json::from_str(&text(&out.stdout)).unwrap();
    assert_eq!(sale["number"], "2026-000001");
    assert_eq!(sale["receipt"], "printed");
    let got = reader.join().unwrap();
    let receipt = got
        .strip_suffix(&souk::receipt::printer::STATUS_QUERY)
        .expect("the status is asked after the receipt");
    assert!(receipt.starts_with(&INIT) && receipt.ends_with(&CUT));
    assert!(text(&out.stderr).is_empty(), "{}", text(&out.stderr));
}

#[test]
fn souk_sell_with_a_dead_printer_saves_the_sale_and_the_receipt_waits() {
    let shop = Shop::new();
    let db = shop.path();
    let out = sell(&db, &format!("tcp:127.0.0.1:{}", closed_port()));
    assert!(out.status.success(), "the sale is saved: exit 0");
    let sale: Value = serde_json::from_str(&text(&out.stdout)).unwrap();
    assert_eq!(sale["receipt"], "pending");
    let err = text(&out.stderr);
    assert_eq!(err.trim().lines().count(), 1, "{err}");
    assert!(
        err.contains("not printed") && err.contains("souk receipt 2026-000001"),
        "{err}"
    );
    assert_eq!(shop.count("sales"), 1);
    assert_eq!(pending::pending(&shop.conn).unwrap().len(), 1);
    // Without --json, the sale is shown first, then the one line on stderr.
    let out = souk(
        &db,
        &[
            "sell",
            "--cashier",
            "Amina",
            "P001-0003",
            "--pay",
            "cash:3",
            "--printer",
            &format!("tcp:127.0.0.1:{}", closed_port()),
        ],
    );
    assert!(out.status.success());
    assert!(text(&out.stdout).contains("2026-000002"));
    assert!(text(&out.stderr).contains("souk receipt 2026-000002"));
    // The printer works again: --pending prints both, then nothing is left.
    let file = shop.dir.path().join("lp0");
    let out = souk(
        &db,
        &[
            "receipt",
            "--pending",
            "--printer",
            &format!("file:{}", file.display()),
        ],
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(
        text(&out.stdout).contains("2 receipts printed, 0 still waiting"),
        "{}",
        text(&out.stdout)
    );
    assert!(pending::pending(&shop.conn).unwrap().is_empty());
    let out = souk(&db, &["receipt", "--pending"]);
    assert!(text(&out.stdout).contains("No receipt is waiting"));
}

#[test]
fn souk_refuses_a_bad_printer_before_selling() {
    let shop = Shop::new();
    let out = sell(&shop.path(), "laser");
    assert!(!out.status.success());
    assert!(
        text(&out.stderr).contains("is not a printer"),
        "{}",
        text(&out.stderr)
    );
    let out = souk(
        &shop.path(),
        &[
            "sell",
            "--cashier",
            "Amina",
            "P001-0001",
            "--pay",
            "cash:60",
            "--printer",
            "none",
            "--width",
            "57",
        ],
    );
    assert!(
        text(&out.stderr).contains("58 or 80"),
        "{}",
        text(&out.stderr)
    );
    assert_eq!(shop.count("sales"), 0);
    assert_eq!(shop.count("receipt_jobs"), 0);
    let out = souk(&shop.path(), &["receipt", "2026-000001"]);
    assert!(
        text(&out.stderr).contains("No printer given"),
        "{}",
        text(&out.stderr)
    );
}

#[test]
fn souk_receipt_prints_a_duplicate_as_a_png() {
    let (shop, sale) = shop_with_sale();
    let png = shop.dir.path().join("x.png");
    let out = souk(
        &shop.path(),
        &[
            "receipt",
            &sale.number,
            "--duplicate",
            "--printer",
            &format!("png:{}", png.display()),
            "--width",
            "80",
        ],
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(text(&out.stdout).contains("Duplicate of receipt 2026-000001"));
    assert!(std::fs::read(&png).unwrap().starts_with(b"\x89PNG"));
    let copy: String = shop
        .conn
        .query_row("SELECT copy FROM receipt_jobs", [], |r| r.get(0))
        .unwrap();
    assert_eq!(copy, "duplicate");
    // The shop's printer setting serves when --printer is not given.
    let file = shop.dir.path().join("lp0");
    souk::settings::set(
        &shop.conn,
        pending::PRINTER_SETTING,
        &format!("file:{}", file.display()),
    )
    .unwrap();
    let out = souk(&shop.path(), &["receipt", &sale.number]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(std::fs::read(&file).unwrap().starts_with(&INIT));
}
