//! `souk intake`, `souk return`, `souk tags` and a weighed package sold with `souk sell`,
//! as a user runs them: slips and tags as PNG, tags read back by zbarimg, the ledger
//! checked at the end.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::common;

use std::process::Command;

use common::cli::{ok, refused, souk, souk_env};
use common::fixture;
use serde_json::Value;
use tempfile::TempDir;

fn shop() -> (TempDir, std::path::PathBuf) {
    let dir = TempDir::new().unwrap();
    let db = dir.path().join("souk.sqlite");
    for (what, file) in [("producers", "producers.csv"), ("products", "products.csv")] {
        let path = fixture(file);
        ok(&souk(&db, "en", &["import", what, path.to_str().unwrap()]));
    }
    ok(&souk(&db, "en", &["user", "add", "Amina"]));
    (dir, db)
}

fn zbar(path: &std::path::Path) -> Vec<String> {
    let out = Command::new("zbarimg")
        .args(["--quiet", "--raw"])
        .arg(path)
        .output()
        .expect("zbarimg (zbar-tools) must be installed");
    let mut codes: Vec<String> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(str::to_owned)
        .collect();
    codes.sort();
    codes
}

#[test]
fn intake_return_tags_and_a_weighed_sale_keep_the_ledger_sound() {
    let (dir, db) = shop();
    let slip = dir.path().join("slip.png");
    let out = ok(&souk(
        &db,
        "en",
        &[
            "intake",
            "P001",
            "P001-0001x6",
            "P001-0002x2.5",
            "--user",
            "Amina",
            "--new",
            "Ghriba|غريبة|pastries|kg|120|1.5",
            "--slip",
            &format!("png:{}", slip.display()),
        ],
    ));
    assert!(
        out.contains("DEP-2026-0001: 3 lines from Siham Rami (P001)"),
        "{out}"
    );
    assert!(std::fs::metadata(&slip).unwrap().len() > 1000);

    // The return's slip as an A5 PDF: real text, both scripts, what went back.
    let slip_pdf = dir.path().join("return.pdf");
    ok(&souk(
        &db,
        "fr",
        &[
            "return",
            "P001",
            "P001-0003x3",
            "--user",
            "Amina",
            "--pdf",
            slip_pdf.to_str().unwrap(),
        ],
    ));
    let text = Command::new("pdftotext")
        .args(["-layout"])
        .arg(&slip_pdf)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils)");
    let text: String = String::from_utf8_lossy(&text.stdout)
        .chars()
        .filter(|c| !matches!(c, '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}'))
        .collect();
    for wanted in [
        "BON DE RETOUR",
        "وصل",
        "RET-2026-0001",
        "Siham Rami (P001)",
        "سهام الرامي",
        "Msemen",
        "مسمن",
        "3,00 DH",
        "Signature ou empreinte",
        "التوقيع أو البصمة",
    ] {
        assert!(text.contains(wanted), "{wanted} in {text}");
    }

    let json = ok(&souk(
        &db,
        "en",
        &["return", "P001", "P001-0001x2", "--user", "Amina", "--json"],
    ));
    let ret: Value = serde_json::from_str(&json).unwrap();
    assert_eq!(ret["number"], "RET-2026-0002");
    assert_eq!(ret["lines"][0]["quantity"], "-2.000");
    assert_eq!(ret["lines"][0]["price"], "51.50");

    // The slip again, later: on a printer, or as a PDF; an unknown number is refused.
    let again = dir.path().join("again.png");
    let out = ok(&souk(
        &db,
        "en",
        &[
            "slip",
            "DEP-2026-0001",
            "--printer",
            &format!("png:{}", again.display()),
        ],
    ));
    assert!(out.contains("Slip of DEP-2026-0001 printed"), "{out}");
    assert_eq!(
        std::fs::read(&again).unwrap(),
        std::fs::read(&slip).unwrap()
    );
    let again_pdf = dir.path().join("again.pdf");
    ok(&souk(
        &db,
        "en",
        &[
            "slip",
            "RET-2026-0001",
            "--pdf",
            again_pdf.to_str().unwrap(),
        ],
    ));
    assert!(std::fs::read(&again_pdf).unwrap().starts_with(b"%PDF"));
    refused(&souk(
        &db,
        "en",
        &["slip", "DEP-2026-0099", "--printer", "none"],
    ));

    // More than the shop holds, someone else's product, a nobody: refused, nothing written.
    let err = refused(&souk(
        &db,
        "en",
        &["return", "P001", "P001-0001x99", "--user", "Amina"],
    ));
    assert!(err.contains("cannot give back more"), "{err}");
    refused(&souk(
        &db,
        "en",
        &["intake", "P002", "P001-0001", "--user", "Amina"],
    ));
    refused(&souk(
        &db,
        "en",
        &["intake", "P001", "P001-0001", "--user", "Nobody"],
    ));
    refused(&souk(
        &db,
        "en",
        &[
            "intake",
            "P001",
            "--new",
            "Ghriba|pastries|kg|1",
            "--user",
            "Amina",
        ],
    ));

    let tags = dir.path().join("tags.png");
    let out = ok(&souk(
        &db,
        "en",
        &[
            "tags",
            "DEP-2026-0001",
            "P001-0002x0.350",
            "--printer",
            &format!("png:{}", tags.display()),
        ],
    ));
    assert!(out.contains("9 tags printed"), "{out}");
    assert_eq!(
        zbar(&tags),
        [
            "2000000000015",
            "2000000000022",
            "2000000001111",
            "2100027031501"
        ]
    );
    let err = refused(&souk(
        &db,
        "en",
        &["tags", "P001-0001x0.5", "--printer", "none"],
    ));
    assert!(err.contains("whole"), "{err}");

    let sheet = dir.path().join("sheet.pdf");
    let out = ok(&souk(
        &db,
        "en",
        &[
            "tags",
            "DEP-2026-0001",
            "--pdf",
            sheet.to_str().unwrap(),
            "--layout",
            "4x10",
            "--skip",
            "38",
        ],
    ));
    assert!(out.contains("8 labels written"), "{out}");
    assert!(out.contains("(2 pages)"), "{out}");
    assert!(std::fs::read(&sheet).unwrap().starts_with(b"%PDF"));
    let err = refused(&souk(
        &db,
        "en",
        &[
            "tags",
            "P001-0001",
            "--pdf",
            sheet.to_str().unwrap(),
            "--layout",
            "5x5",
        ],
    ));
    assert!(err.contains("5x5"), "{err}");
    refused(&souk(&db, "en", &["tags", "P001-0001"]));

    // The package's code at the counter: 0,350 kg at 90 DH/kg, exactly 31,50.
    let sold = ok(&souk(
        &db,
        "en",
        &[
            "sell",
            "--cashier",
            "Amina",
            "2100027031501",
            "--pay",
            "cash:31.50",
            "--printer",
            "none",
            "--json",
        ],
    ));
    let sale: Value = serde_json::from_str(&sold).unwrap();
    assert_eq!(sale["total"], "31.50");
    assert_eq!(sale["lines"][0]["quantity"], "0.350");
    // A package code whose price digits were misread is no product.
    refused(&souk(
        &db,
        "en",
        &[
            "sell",
            "--cashier",
            "Amina",
            "2100020031501",
            "--pay",
            "cash:31.50",
        ],
    ));
    ok(&souk(&db, "en", &["check"]));

    let out = ok(&souk(&db, "fr", &["stock", "--producer", "P001"]));
    assert!(
        out.contains("P001-0001 Cake au citron : en boutique 12, déposé 6, vendu 0, rendu 2"),
        "{out}"
    );
    assert!(out.contains("vendu 0,350\u{a0}kg"), "{out}");
    // Nothing has been there 20 days at the test's clock; everything has 20 days later.
    let out = ok(&souk(&db, "fr", &["stock", "--older-than", "20"]));
    assert!(out.trim().is_empty(), "{out}");
    let late = Command::new(env!("CARGO_BIN_EXE_souk"))
        .args(["--db", db.to_str().unwrap(), "--lang", "fr"])
        .args([
            "stock",
            "--older-than",
            "20",
            "--producer",
            "P001",
            "--json",
        ])
        .env("SOUK_CLOCK", "2026-12-29T10:15:00Z")
        .output()
        .unwrap();
    let view: Value = serde_json::from_str(&ok(&late)).unwrap();
    assert_eq!(view[0]["products"][0]["older"], "12.000");
    assert_eq!(view[0]["products"][0]["older_since"], "2026-11-29");
    refused(&souk(&db, "fr", &["stock", "--producer", "P999"]));
}

fn stock_of(db: &std::path::Path, sku: &str) -> i64 {
    souk::db::open(db)
        .unwrap()
        .query_row(
            "SELECT coalesce(sum(qty_milli), 0) FROM stock_moves m JOIN products p \
             ON p.id = m.product_id WHERE p.sku = ?1",
            [sku],
            |r| r.get(0),
        )
        .unwrap()
}

#[test]
fn a_correction_moves_stock_by_signed_quantities_and_prints_its_slip() {
    let (dir, db) = shop();
    ok(&souk(
        &db,
        "en",
        &[
            "intake",
            "P001",
            "P001-0001x6",
            "P001-0002x2.5",
            "--user",
            "Amina",
        ],
    ));
    let (one, two) = (stock_of(&db, "P001-0001"), stock_of(&db, "P001-0002"));
    let slip = dir.path().join("correction.png");
    let pdf = dir.path().join("correction.pdf");
    let out = ok(&souk(
        &db,
        "en",
        &[
            "correct",
            "DEP-2026-0001",
            "P001-0001x-1",
            "P001-0002x0.25",
            "--user",
            "Amina",
            "--slip",
            &format!("png:{}", slip.display()),
            "--pdf",
            pdf.to_str().unwrap(),
        ],
    ));
    assert!(
        out.contains("COR-2026-0001 corrects DEP-2026-0001"),
        "{out}"
    );
    assert!(out.contains("-1"), "{out}");
    assert!(out.contains("Slip of COR-2026-0001 printed"), "{out}");
    assert!(std::fs::metadata(&slip).unwrap().len() > 1000);
    assert!(std::fs::read(&pdf).unwrap().starts_with(b"%PDF"));
    assert_eq!(stock_of(&db, "P001-0001"), one - 1000);
    assert_eq!(stock_of(&db, "P001-0002"), two + 250);

    // A zero is refused and nothing moves.
    let why = refused(&souk(
        &db,
        "en",
        &["correct", "DEP-2026-0001", "P001-0001x0", "--user", "Amina"],
    ));
    assert!(why.contains("more than zero"), "{why}");
    assert_eq!(stock_of(&db, "P001-0001"), one - 1000);

    // Once the shop has an administrator, a volunteer may not correct counts; she may.
    ok(&souk_env(
        &db,
        "en",
        &["user", "add", "Salma", "--role", "admin"],
        &[("SOUK_NEW_PIN", "2016")],
    ));
    ok(&souk_env(
        &db,
        "en",
        &["--user", "Salma", "user", "pin", "Amina"],
        &[("SOUK_PIN", "2016"), ("SOUK_NEW_PIN", "1111")],
    ));
    let why = refused(&souk_env(
        &db,
        "en",
        &[
            "--user",
            "Amina",
            "correct",
            "DEP-2026-0001",
            "P001-0001x-1",
        ],
        &[("SOUK_PIN", "1111")],
    ));
    assert!(why.contains("Amina may not change the catalogue"), "{why}");
    assert_eq!(stock_of(&db, "P001-0001"), one - 1000);
    let json = ok(&souk_env(
        &db,
        "en",
        &[
            "--user",
            "Salma",
            "correct",
            "DEP-2026-0001",
            "P001-0001x-1",
            "--json",
        ],
        &[("SOUK_PIN", "2016")],
    ));
    let cor: Value = serde_json::from_str(&json).unwrap();
    assert_eq!(cor["number"], "COR-2026-0002");
    assert_eq!(cor["kind"], "correction");
    assert_eq!(cor["corrects"], "DEP-2026-0001");
    assert_eq!(cor["user"], "Salma");
    assert_eq!(cor["lines"][0]["quantity"], "-1.000");
    assert_eq!(stock_of(&db, "P001-0001"), one - 2000);
    ok(&souk(&db, "en", &["check"]));
}
