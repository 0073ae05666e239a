//! Bad input at every door: money and weight fields, names, barcodes, CSV files, command-line
//! arguments and settings, fed empty, huge, negative, over-precise, mixed-digit, invisible
//! (control and bidi-override characters), SQL-looking and invalid-UTF-8 values. Each is
//! refused with a typed error whose message reads well in ar, fr and en (no invisible
//! character, not a megabyte long), and leaves every table as it was.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::common;

use std::ffi::OsStr;
use std::os::unix::ffi::OsStrExt;

use common::Shop;
use common::cli::{ok, refused, souk};
use common::snapshot::fingerprint;
use souk::Error;
use souk::catalog::edit::{self, ProducerForm, ProductForm};
use souk::catalog::{ean, import};
use souk::clock::Clock;
use souk::error::CatalogError;
use souk::i18n::{Lang, Msg, Translator};
use souk::money::{Money, Quantity, Rate, Unit};
use souk::text::Refused;
use souk::{settings, users};

const RLO: &str = "\u{202e}";

fn megabyte(c: char) -> String {
    std::iter::repeat_n(c, 1 << 20).collect()
}

/// The message reads as a message in every language: not an id, no invisible character
/// that would turn it around, and short enough for a screen.
fn readable(msg: &Msg) {
    for lang in [Lang::Ar, Lang::Fr, Lang::En] {
        let text = Translator::new(lang).tr(msg);
        assert!(
            !text.trim().is_empty() && text != msg.id,
            "{lang:?}: {text:?}"
        );
        assert!(
            souk::text::hidden_character(&text.replace(['\u{2068}', '\u{2069}'], "")).is_none(),
            "{lang:?}: {text:?}"
        );
        assert!(text.chars().count() < 400, "{lang:?}: {} chars", text.len());
    }
}

/// The name of an error's or a parse error's variant, for the tables.
/// The kind of refusal an error's `Debug` names: its variant, inside the domain's own
/// error where a domain owns it (`Text(HiddenCharacter { .. })`).
fn kind(debug: String) -> String {
    let debug = debug.strip_prefix("Text(").unwrap_or(&debug);
    debug
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap()
        .to_owned()
}

#[test]
fn money_fields() {
    let huge = "1".repeat(31);
    let rows: Vec<(String, Result<i64, &str>)> = vec![
        ("".into(), Err("Empty")),
        ("   ".into(), Err("Empty")),
        ("-5".into(), Err("Negative")),
        ("\u{2212}5".into(), Err("Negative")),
        ("12.345".into(), Err("TooManyDecimals")),
        (
            "0.000000000000000000000000000001".into(),
            Err("TooManyDecimals"),
        ),
        ("1000001".into(), Err("TooLarge")),
        (huge, Err("TooLarge")),
        (megabyte('9'), Err("TooLarge")),
        (megabyte('x'), Err("NotANumber")),
        ("1e30".into(), Err("NotANumber")),
        ("NaN".into(), Err("NotANumber")),
        ("12\u{0}".into(), Err("NotANumber")),
        (format!("{RLO}21"), Err("NotANumber")),
        ("12; DROP TABLE sales; --".into(), Err("NotANumber")),
        ("5.".into(), Err("NotANumber")),
        // A thousand or one dirham? Refused rather than guessed (#14.8).
        ("1,000".into(), Err("Ambiguous")),
        ("1.000".into(), Err("Ambiguous")),
        ("٢٫٥٠٠".into(), Err("Ambiguous")),
        ("250,000 DH".into(), Err("Ambiguous")),
        // Accepted: each digit has one value whatever its script.
        ("١٢٫٥".into(), Ok(1250)),
        ("1٢.5".into(), Ok(1250)),
        ("۱۲".into(), Ok(1200)),
        ("12,50 DH".into(), Ok(1250)),
        ("+5".into(), Ok(500)),
        (".5".into(), Ok(50)),
        ("1 000".into(), Ok(100_000)),
        ("1.000,50".into(), Ok(100_050)),
        ("1,00".into(), Ok(100)),
        ("1000".into(), Ok(100_000)),
    ];
    for (input, expected) in rows {
        let shown: String = input.chars().take(30).collect();
        match (Money::parse(&input), expected) {
            (Ok(m), Ok(c)) => assert_eq!(m.centimes(), c, "{shown:?}"),
            (Err(e), Err(k)) => {
                assert_eq!(kind(format!("{e:?}")), k, "{shown:?}");
                readable(&e.msg());
            }
            (got, want) => panic!("{shown:?}: {got:?}, expected {want:?}"),
        }
    }
}

#[test]
fn weight_and_piece_fields() {
    let rows: Vec<(String, Unit, Result<i64, &str>)> = vec![
        ("".into(), Unit::Kg, Err("Empty")),
        ("0".into(), Unit::Kg, Err("Zero")),
        ("0,000".into(), Unit::Kg, Err("Zero")),
        ("-0.350".into(), Unit::Kg, Err("Negative")),
        ("0.0001".into(), Unit::Kg, Err("TooManyDecimals")),
        ("10001".into(), Unit::Kg, Err("TooLarge")),
        ("1".repeat(31), Unit::Kg, Err("TooLarge")),
        (megabyte('5'), Unit::Piece, Err("TooLarge")),
        ("1.5".into(), Unit::Piece, Err("NotWhole")),
        (format!("0.350{RLO}"), Unit::Kg, Err("NotANumber")),
        ("0.35 OR 1=1".into(), Unit::Kg, Err("NotANumber")),
        ("٠٫٣٥٠".into(), Unit::Kg, Ok(350)),
        ("0,3٥".into(), Unit::Kg, Ok(350)),
        ("2".into(), Unit::Piece, Ok(2000)),
    ];
    for (input, unit, expected) in rows {
        let shown: String = input.chars().take(30).collect();
        match (Quantity::parse(&input, unit), expected) {
            (Ok(q), Ok(m)) => assert_eq!(q.milli(), m, "{shown:?}"),
            (Err(e), Err(k)) => {
                assert_eq!(kind(format!("{e:?}")), k, "{shown:?}");
                readable(&e.msg());
            }
            (got, want) => panic!("{shown:?}: {got:?}, expected {want:?}"),
        }
    }
    for (input, expected) in [
        ("101", Err("TooLarge")),
        ("1000000000000000000000000000000", Err("TooLarge")),
        ("-1", Err("Negative")),
        ("10.001", Err("TooManyDecimals")),
        ("12,5 %", Ok(1250)),
    ] {
        match (Rate::parse_percent(input), expected) {
            (Ok(r), Ok(bp)) => assert_eq!(r.basis_points(), bp, "{input}"),
            (Err(e), Err(k)) => assert_eq!(kind(format!("{e:?}")), k, "{input}"),
            (got, want) => panic!("{input}: {got:?}, expected {want:?}"),
        }
    }
}

/// Names no one should be able to store, and why not.
fn bad_names() -> Vec<(String, &'static str)> {
    vec![
        ("".into(), "NameRequired"),
        ("   ".into(), "NameRequired"),
        (format!("Ami{RLO}na"), "HiddenCharacter"),
        ("Amina\u{2066}".into(), "HiddenCharacter"),
        ("Ami\tna".into(), "HiddenCharacter"),
        ("Amina\u{0}".into(), "HiddenCharacter"),
        ("Amina\r\nRoot".into(), "HiddenCharacter"),
        ("\u{1b}[31mAmina".into(), "HiddenCharacter"),
        (megabyte('a'), "TextTooLong"),
        ("ب".repeat(201), "TextTooLong"),
    ]
}

const SQL: &str = "Robert'); DROP TABLE sales; --";

#[test]
fn names_of_producers_products_and_users() {
    let mut shop = Shop::new();
    for (name, expected) in bad_names() {
        let before = fingerprint(&shop.conn);
        let producer = edit::create_producer(
            &mut shop.conn,
            shop.cashier,
            shop.clock.now(),
            &ProducerForm {
                name_latin: name.clone(),
                ..ProducerForm::default()
            },
        );
        let product = edit::create_product(
            &mut shop.conn,
            shop.cashier,
            &ProductForm {
                name_fr: name.clone(),
                category: "pastries".into(),
                producer: "P001".into(),
                price: "10".into(),
                ..ProductForm::default()
            },
            shop.clock.now(),
        );
        let user = users::add(&shop.conn, &name, users::Role::Volunteer);
        let shown: String = name.chars().take(20).collect();
        for result in [producer.map(drop), product.map(drop), user.map(drop)] {
            let error = result.expect_err(&shown);
            assert_eq!(kind(format!("{error:?}")), expected, "{shown:?}");
            readable(&error.msg());
        }
        assert_eq!(fingerprint(&shop.conn), before, "{shown:?}");
    }
    // What looks like SQL is only a name: stored as typed, nothing else touched.
    let sales = shop.count("sales");
    let p = edit::create_producer(
        &mut shop.conn,
        shop.cashier,
        shop.clock.now(),
        &ProducerForm {
            name_latin: SQL.into(),
            ..ProducerForm::default()
        },
    )
    .unwrap();
    assert_eq!(p.name_latin, SQL);
    assert_eq!(
        users::add(&shop.conn, SQL, users::Role::Volunteer)
            .unwrap()
            .name,
        SQL
    );
    assert_eq!(shop.count("sales"), sales);
}

#[test]
fn barcodes() {
    let mut shop = Shop::new();
    for code in [
        "123",
        "2000000000016",
        "٢٠٠٠٠٠٠٠٠٠٠١٥",
        "2000000000015\u{0}",
        "20000000000-5",
        "2000000000015' OR '1'='1",
        &megabyte('2'),
    ] {
        assert!(!ean::is_valid(code));
        let before = fingerprint(&shop.conn);
        let error = edit::create_product(
            &mut shop.conn,
            shop.cashier,
            &ProductForm {
                barcode: code.to_owned(),
                name_fr: "Test".into(),
                category: "pastries".into(),
                producer: "P001".into(),
                price: "10".into(),
                ..ProductForm::default()
            },
            shop.clock.now(),
        )
        .unwrap_err();
        assert!(
            matches!(
                error,
                Error::Catalog(CatalogError::InvalidBarcode(_))
                    | Error::Text(Refused::HiddenCharacter { .. })
            ),
            "{error:?}"
        );
        readable(&error.msg());
        assert_eq!(fingerprint(&shop.conn), before);
    }
    // A valid code with spaces around is the code.
    assert!(ean::is_valid("2000000000015"));
}

const PRODUCTS_HEADER: &str =
    "sku,barcode,name_ar,name_fr,category,producer_code,unit,price,stock\n";

#[test]
fn csv_imports() {
    let mut shop = Shop::new();
    let row = |name: &str, price: &str| -> Vec<u8> {
        format!("{PRODUCTS_HEADER}P001-0900,,,{name},pastries,P001,piece,{price},\n").into_bytes()
    };
    let mut invalid_utf8 = PRODUCTS_HEADER.as_bytes().to_vec();
    invalid_utf8.extend_from_slice(b"P001-0900,,\xff\xfe,Cake,pastries,P001,piece,10,\n");
    let files: Vec<(&str, Vec<u8>)> = vec![
        ("invalid UTF-8", invalid_utf8),
        (
            "UTF-16",
            "sku,name_fr\n"
                .encode_utf16()
                .flat_map(u16::to_le_bytes)
                .collect(),
        ),
        ("empty", Vec::new()),
        ("no name", row("", "10")),
        ("bidi override", row(&format!("Cake{RLO}"), "10")),
        ("control", row("Ca\u{7}ke", "10")),
        ("huge name", row(&megabyte('a'), "10")),
        ("negative", row("Cake", "-10")),
        ("huge price", row("Cake", "1000000000000000000000000000000")),
        ("three decimals", row("Cake", "10.505")),
        ("mixed sql", row("Cake", "10; DROP TABLE products")),
        (
            "quoted newline",
            format!("{PRODUCTS_HEADER}P001-0900,,,\"Ca\nke\",pastries,P001,piece,10,\n")
                .into_bytes(),
        ),
        (
            "nul",
            format!("{PRODUCTS_HEADER}P001-0900\u{0},,,Cake,pastries,P001,piece,10,\n")
                .into_bytes(),
        ),
    ];
    for (what, bytes) in files {
        let before = fingerprint(&shop.conn);
        let error =
            import::import_products(&mut shop.conn, &bytes, shop.clock.now()).expect_err(what);
        readable(&error.msg());
        if let Error::Catalog(CatalogError::Import { errors }) = &error {
            assert!(!errors.is_empty());
            for e in errors {
                readable(&e.reason);
            }
        }
        assert_eq!(fingerprint(&shop.conn), before, "{what}");
    }
    // What Excel saves by default on an Arabic Windows: Windows-1256, here "كعب" on line 2.
    let mut cp1256 = PRODUCTS_HEADER.as_bytes().to_vec();
    cp1256.extend_from_slice(b"P001-0900,,\xdf\xda\xc8,Cornes,pastries,P001,piece,10,\n");
    let error = import::import_products(&mut shop.conn, &cp1256, shop.clock.now()).unwrap_err();
    assert!(
        matches!(error, Error::Catalog(CatalogError::CsvNotUtf8 { line: 2 })),
        "{error:?}"
    );
    let text = Translator::new(Lang::Fr).tr(&error.msg());
    assert!(
        text.contains("ligne 2") && text.contains("CSV UTF-8"),
        "{text}"
    );

    let error = import::import_producers(
        &mut shop.conn,
        format!("code,name_ar,name_latin\nP900,,Siham{RLO}\n").as_bytes(),
    )
    .unwrap_err();
    assert!(
        matches!(error, Error::Catalog(CatalogError::Import { .. })),
        "{error:?}"
    );
}

#[test]
fn settings_values() {
    let shop = Shop::new();
    for value in [
        format!("Le petit marché{RLO}"),
        "Souk\u{0}".to_owned(),
        megabyte('a'),
    ] {
        let before = fingerprint(&shop.conn);
        let error = settings::set(&shop.conn, settings::SHOP_NAME, &value).unwrap_err();
        readable(&error.msg());
        assert_eq!(fingerprint(&shop.conn), before);
    }
    // Several lines are what a receipt's header is made of.
    settings::set(&shop.conn, "receipt.header", "Merci\nشكرا").unwrap();
}

#[test]
fn command_line_arguments() {
    let shop = Shop::new();
    let db = shop.path();
    let long_name = "a".repeat(100_000);
    let sells: Vec<Vec<&str>> = vec![
        vec!["P001-0001x-1", "--pay", "cash:100"],
        vec!["P001-0001x0", "--pay", "cash:100"],
        vec![
            "P001-0002x1000000000000000000000000000000",
            "--pay",
            "cash:100",
        ],
        vec!["P001-0002x0.0001", "--pay", "cash:100"],
        vec!["P001-0001", "--pay", "cash:-100"],
        vec!["P001-0001", "--pay", "cash:1e30"],
        vec!["P001-0001", "--pay", "cash:"],
        vec!["P001-0001", "--pay", "bitcoin:100"],
        vec!["P001-0001", "--pay", "cash:10"],
        vec!["\u{202e}P001-0001", "--pay", "cash:100"],
        vec!["P001-0001'; DROP TABLE sales; --", "--pay", "cash:100"],
        vec![&long_name, "--pay", "cash:100"],
    ];
    let before = fingerprint(&shop.conn);
    for args in sells {
        let mut all = vec!["sell", "--cashier", "amina"];
        all.extend(args);
        for lang in ["ar", "fr", "en"] {
            let reason = refused(&souk(&db, lang, &all));
            assert_eq!(reason.trim().lines().count(), 1, "{reason}");
            assert!(reason.chars().count() < 400, "{} chars", reason.len());
            assert!(!reason.contains(RLO), "{reason}");
        }
    }
    // Each with a word of the French refusal that says it was refused for the right reason.
    let mut others: Vec<(Vec<&str>, &str)> = vec![
        (
            vec!["sell", "--cashier", SQL, "P001-0001", "--pay", "cash:100"],
            "Personne",
        ),
        (vec!["user", "add", ""], "Tapez le nom"),
        (vec!["user", "add", "Ami\u{202e}na"], "U+202E"),
        (vec!["user", "add", "Ami\u{1b}na"], "U+001B"),
        (vec!["user", "add", &long_name], "100000 caractères"),
        (vec!["user", "add", "Nadia", "--role", "root"], "root"),
        (vec!["sales", "--from", "2026-13-45"], "date"),
        (vec!["statement", "--month", "2026-13"], "mois"),
        (vec!["payout", "P001", "5", "--method", "gold"], "gold"),
        (
            vec!["payout", "P001", "--method", "cash", "--", "-5"],
            "négatif",
        ),
        (vec!["payout", "P001", "-5", "--method", "cash"], "-5"),
        (
            vec!["refund", "2026-000001' OR 1=1", "--reason", "x"],
            "Aucune vente",
        ),
        (
            vec!["backup", "--folder", "/tmp", "--keep", "0"],
            "sauvegardes",
        ),
    ];
    let dir = tempfile::TempDir::new().unwrap();
    let bad_csv = dir.path().join("bad.csv");
    std::fs::write(&bad_csv, b"sku,name_fr\n\xff\xfe,\x00\n").unwrap();
    let bad_csv_text = bad_csv.to_str().unwrap().to_owned();
    others.push((vec!["import", "products", &bad_csv_text], "UTF-8"));
    others.push((
        vec!["import", "products", "/nonexistent/file.csv"],
        "/nonexistent/file.csv",
    ));
    for (args, word) in others {
        let out = souk(&db, "fr", &args);
        let reason = refused(&out);
        assert!(reason.contains(word), "{args:?}: {reason}");
        assert!(
            reason.chars().count() < 1000,
            "{args:?}: {} chars",
            reason.len()
        );
        // Souk's own refusals are one line; clap's usage errors (exit 2) are its own.
        if out.status.code() == Some(1) {
            assert_eq!(reason.trim().lines().count(), 1, "{args:?}: {reason}");
        }
    }
    // An argument that is not UTF-8 at all: clap refuses it before anything opens.
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_souk"))
        .arg("--db")
        .arg(&db)
        .args(["sell", "--cashier", "amina", "--pay", "cash:100"])
        .arg(OsStr::from_bytes(b"P001-\xff"))
        .output()
        .unwrap();
    refused(&out);
    assert_eq!(fingerprint(&shop.conn), before);
    // The same door still opens for a good sale.
    ok(&souk(
        &db,
        "en",
        &[
            "sell",
            "--cashier",
            "amina",
            "P001-0001",
            "--pay",
            "cash:100",
        ],
    ));
}

/// Text that looks like what people type into number fields, and worse.
const NUMBERISH: &str =
    "[0-9٠-٩۰-۹.,  \u{202f}\u{66b}\u{66c}+\\-−%:a-zDHkgكلغ درهم\u{202e}\u{0}\n]{0,40}";

mod properties {
    use super::*;
    use proptest::prelude::*;
    use souk::sale::Tender;

    proptest! {
        #[test]
        fn parsers_never_panic(text in NUMBERISH, any in any::<String>()) {
            for t in [&text, &any] {
                let _ = Money::parse(t);
                let _ = Quantity::parse(t, Unit::Kg);
                let _ = Quantity::parse(t, Unit::Piece);
                let _ = Rate::parse_percent(t);
                let _ = Tender::parse(t);
                let _ = ean::is_valid(t);
                let _ = souk::text::check(t);
                if let Err(e) = Money::parse(t) {
                    readable(&e.msg());
                }
            }
        }

        #[test]
        fn money_reads_back_in_every_language(centimes in 0i64..=100_000_000) {
            let money = Money::from_centimes(centimes);
            for lang in Lang::ALL {
                prop_assert_eq!(Money::parse(&money.format(lang)), Ok(money));
            }
        }

        #[test]
        fn weights_read_back_in_every_language(milli in 1i64..=10_000_000) {
            let q = Quantity::from_milli(milli);
            for lang in Lang::ALL {
                prop_assert_eq!(Quantity::parse(&q.format(Unit::Kg, lang), Unit::Kg), Ok(q));
            }
        }

        #[test]
        fn pieces_read_back_in_every_language(count in 1i64..=10_000) {
            let q = Quantity::pieces(count);
            for lang in Lang::ALL {
                prop_assert_eq!(Quantity::parse(&q.format(Unit::Piece, lang), Unit::Piece), Ok(q));
            }
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]
        /// Any bytes as a CSV file: a refusal or an import, never a panic, and a refusal
        /// writes nothing.
        #[test]
        fn imports_never_panic(
            body in prop::collection::vec(any::<u8>(), 0..400),
            text in "[a-z0-9,;\"\n\u{202e}\u{0}-]{0,200}",
        ) {
            let mut conn = souk::db::open(std::path::Path::new(":memory:")).unwrap();
            let at = common::utc("2026-11-29T10:00:00Z");
            for bytes in [body.clone(), format!("{PRODUCTS_HEADER}{text}").into_bytes()] {
                let before = fingerprint(&conn);
                if import::import_products(&mut conn, &bytes, at).is_err() {
                    prop_assert_eq!(fingerprint(&conn), before);
                }
                let before = fingerprint(&conn);
                if import::import_producers(&mut conn, &bytes).is_err() {
                    prop_assert_eq!(fingerprint(&conn), before);
                }
            }
        }
    }
}

/// The first start: a shop name that is refused leaves no administrator behind, so the
/// volunteer can correct it and create the shop.
#[test]
fn first_start_with_a_refused_shop_name_writes_nothing() {
    use souk::setup::{NewShop, set_up};
    let dir = tempfile::TempDir::new().unwrap();
    let path = dir.path().join("new.sqlite");
    let clock = souk::clock::FixedClock::new(common::utc("2026-11-29T10:00:00Z"));
    let mut conn = souk::db::open(&path).unwrap();
    let shop = |title: String| NewShop {
        name_ar: String::new(),
        name_fr: String::new(),
        title,
        admin: Some(("Fatima".into(), "1234".into())),
    };
    let error = set_up(&mut conn, &clock, &shop(format!("Le petit marché{RLO}"))).unwrap_err();
    assert!(
        matches!(error, Error::Text(Refused::HiddenCharacter { .. })),
        "{error:?}"
    );
    assert!(users::list(&conn).unwrap().is_empty());
    set_up(&mut conn, &clock, &shop("Le petit marché".into())).unwrap();
    assert_eq!(users::list(&conn).unwrap().len(), 1);
}

/// Hostile input at every entry point of the command line (#14): every command that writes
/// a file, every amount, quantity and name a person types. Each is refused with one line
/// in the asker's language (the rows take turns in Arabic, French and English), and
/// nothing is written: not the ledger, not the files aimed at. The table of what was
/// tried is printed (`--nocapture`).
#[test]
fn hostile_inputs_at_every_entry_point() {
    let mut shop = Shop::new();
    let line = shop.line("P001-0001", "1");
    shop.cash_sale(vec![line]);
    let db = shop.path();
    ok(&souk(
        &db,
        "en",
        &["intake", "P001", "P001-0001", "--user", "Amina"],
    ));
    let dir = shop.dir.path().join("out");
    std::fs::create_dir_all(&dir).unwrap();
    let backup = dir.join("backup.sqlite");
    souk::backup::backup_to(&shop.conn, &backup).unwrap();
    drop(souk::lock::take(&db).unwrap());
    let kept = dir.join("kept.pdf");
    std::fs::write(&kept, "mine").unwrap();
    let link = dir.join("link.pdf");
    std::os::unix::fs::symlink(&db, &link).unwrap();
    let with = |suffix: &str| {
        let mut name = db.as_os_str().to_os_string();
        name.push(suffix);
        std::path::PathBuf::from(name)
    };
    let targets: Vec<(String, &str)> = vec![
        (db.display().to_string(), "the database"),
        (with("-wal").display().to_string(), "its -wal"),
        (with("-shm").display().to_string(), "its -shm"),
        (with(".lock").display().to_string(), "its lock"),
        (with("-journal").display().to_string(), "its journal"),
        (backup.display().to_string(), "a backup"),
        (link.display().to_string(), "a link to it"),
        (kept.display().to_string(), "an existing file"),
        (dir.display().to_string(), "a folder"),
        (
            dir.join("no/such/folder/x.pdf").display().to_string(),
            "a missing folder",
        ),
    ];
    type Entry = (&'static str, fn(&str) -> Vec<String>);
    fn v(args: &[&str], last: &str) -> Vec<String> {
        args.iter()
            .map(|a| (*a).to_owned())
            .chain([last.to_owned()])
            .collect()
    }
    let writers: Vec<Entry> = vec![
        ("report --pdf", |t| {
            v(
                &[
                    "report",
                    "--from",
                    "2026-11-01",
                    "--to",
                    "2026-11-29",
                    "--pdf",
                ],
                t,
            )
        }),
        ("report --xlsx", |t| {
            v(
                &[
                    "report",
                    "--from",
                    "2026-11-01",
                    "--to",
                    "2026-11-29",
                    "--xlsx",
                ],
                t,
            )
        }),
        ("sales --xlsx", |t| v(&["sales", "--xlsx"], t)),
        ("statement --xlsx", |t| {
            v(&["statement", "--month", "2026-11", "--xlsx"], t)
        }),
        ("tags --pdf", |t| v(&["tags", "P001-0001", "--pdf"], t)),
        ("session x --pdf", |t| v(&["session", "x", "--pdf"], t)),
        ("slip --pdf", |t| v(&["slip", "DEP-2026-0001", "--pdf"], t)),
        ("intake --pdf", |t| {
            v(
                &["intake", "P001", "P001-0001", "--user", "Amina", "--pdf"],
                t,
            )
        }),
        ("payout --slip", |t| {
            v(
                &[
                    "payout",
                    "P001",
                    "1",
                    "--method",
                    "cash",
                    "--advance",
                    "--slip",
                ],
                t,
            )
        }),
        ("session close --pdf", |t| {
            v(&["session", "close", "--counted", "600", "--pdf"], t)
        }),
        ("backup FILE", |t| v(&["backup"], t)),
    ];
    let mut table: Vec<(String, usize, String)> = Vec::new();
    let langs = ["ar", "fr", "en"];
    let mut turn = 0;
    let mut refuse = |args: &[String], what: &str| -> String {
        let lang = langs[turn % 3];
        turn += 1;
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let out = souk(&db, lang, &args);
        let reason = refused(&out);
        assert_eq!(out.status.code(), Some(1), "{what}: {args:?}: {reason}");
        assert_eq!(reason.trim().lines().count(), 1, "{what}: {reason}");
        assert!(reason.chars().count() < 600, "{what}: {reason}");
        assert!(
            !reason.contains("err-") && !reason.contains('\u{202e}'),
            "{reason}"
        );
        if lang == "ar" {
            assert!(souk::i18n::has_arabic(&reason), "{what}: {reason}");
        }
        reason
    };
    let before = fingerprint(&shop.conn);
    for (entry, args) in &writers {
        let mut tried = 0;
        for (target, what) in &targets {
            // A backup's folder (a USB stick's) is made when missing: not a refusal.
            if *entry == "backup FILE" && *what == "a missing folder" {
                continue;
            }
            tried += 1;
            let mut args = args(target);
            // Never over the database, a backup or a link, even when told to.
            if !matches!(*what, "an existing file" | "a folder" | "a missing folder") {
                args.push("--force".into());
            }
            refuse(&args, &format!("{entry} → {what}"));
        }
        table.push((
            entry.to_string(),
            tried,
            "refused, named in words, nothing written".into(),
        ));
    }
    assert_eq!(std::fs::read(&kept).unwrap(), b"mine");
    assert!(souk::outfile::is_database_file(&backup));
    assert!(!with("-journal").exists());

    // Every amount a person types.
    let amounts = [
        "",
        "-5",
        "−5",
        "1e30",
        "NaN",
        "12.345",
        "1,000",
        "1.000",
        "1000001",
        "5.",
        "12; DROP TABLE sales",
        "\u{202e}21",
        "١٢٫٣٤٥",
        "0x10",
    ];
    let amount_entries: Vec<Entry> = vec![
        ("sell --pay cash:", |a| {
            v(
                &["sell", "--cashier", "Amina", "P001-0001", "--pay"],
                &format!("cash:{a}"),
            )
        }),
        ("sell --pay card:", |a| {
            v(
                &["sell", "--cashier", "Amina", "P001-0001", "--pay"],
                &format!("card:{a}"),
            )
        }),
        ("payout AMOUNT", |a| {
            v(
                &["payout", "P001", "--method", "cash", "--advance", "--"],
                a,
            )
        }),
        ("session payin", |a| {
            v(&["session", "payin", "--reason", "x", "--"], a)
        }),
        ("session payout", |a| {
            v(&["session", "payout", "--reason", "x", "--"], a)
        }),
        ("session close --counted", |a| {
            v(&["session", "close"], &format!("--counted={a}"))
        }),
        ("intake --new price", |a| {
            v(
                &["intake", "P001", "--user", "Amina", "--new"],
                &format!("Cake|كعكة|pastries|piece|{a}|1"),
            )
        }),
    ];
    for (entry, args) in &amount_entries {
        for a in amounts {
            refuse(&args(a), &format!("{entry} {a:?}"));
        }
        table.push((
            entry.to_string(),
            amounts.len(),
            "refused, saying what is wrong with the amount".into(),
        ));
    }

    // Every quantity.
    let quantities = [
        "0",
        "-1",
        "1e9",
        "1.5",
        "0.0001",
        "10001",
        "x",
        "\u{202e}2",
        "1,2,3",
        "²",
    ];
    let quantity_entries: Vec<Entry> = vec![
        ("sell ITEMxQTY (piece)", |q| {
            v(
                &["sell", "--cashier", "Amina", "--pay", "cash:100"],
                &format!("P001-0001x{q}"),
            )
        }),
        ("sell ITEMxQTY (kg)", |q| {
            v(
                &["sell", "--cashier", "Amina", "--pay", "cash:100"],
                &format!("P001-0002x{q}"),
            )
        }),
        ("intake ITEMxQTY", |q| {
            v(
                &["intake", "P001", "--user", "Amina"],
                &format!("P001-0001x{q}"),
            )
        }),
        ("return ITEMxQTY", |q| {
            v(
                &["return", "P001", "--user", "Amina"],
                &format!("P001-0001x{q}"),
            )
        }),
        ("tags ITEMxQTY", |q| {
            v(
                &["tags", "--pdf", "/tmp/souk-never.pdf"],
                &format!("P001-0001x{q}"),
            )
        }),
        ("refund --qty", |q| {
            v(
                &["refund", "2026-000001", "--line", "1", "--reason", "x"],
                &format!("--qty={q}"),
            )
        }),
        ("intake --new QTY", |q| {
            v(
                &["intake", "P001", "--user", "Amina", "--new"],
                &format!("Cake|كعكة|pastries|piece|10|{q}"),
            )
        }),
    ];
    for (entry, args) in &quantity_entries {
        let mut tried = 0;
        for q in quantities {
            // 1.5 kg is a weight, not a mistake.
            if q == "1.5" && entry.contains("kg") {
                continue;
            }
            tried += 1;
            let reason = refuse(&args(q), &format!("{entry} {q:?}"));
            if q.is_ascii() && q.len() > 1 {
                assert!(reason.contains(q), "{entry} {q:?}: {reason}");
            }
        }
        table.push((
            entry.to_string(),
            tried,
            "refused, naming the quantity typed".into(),
        ));
    }

    // Every name and reason typed.
    let long = "a".repeat(201);
    let names: Vec<String> = vec![
        "".into(),
        "   ".into(),
        "Ami\u{202e}na".into(),
        "Ami\u{200b}na".into(),
        "Ami\tna".into(),
        "Amina\u{7}".into(),
        "\u{1b}[31mAmina".into(),
        long,
    ];
    let name_entries: Vec<Entry> = vec![
        ("user add NAME", |n| v(&["user", "add"], n)),
        ("refund --reason", |n| {
            v(&["refund", "2026-000001", "--reason"], n)
        }),
        ("void --reason", |n| {
            v(&["void", "2026-000001", "--reason"], n)
        }),
        ("session payin --reason", |n| {
            v(&["session", "payin", "5", "--reason"], n)
        }),
        ("payout --note", |n| {
            v(
                &[
                    "payout",
                    "P001",
                    "1",
                    "--method",
                    "cash",
                    "--advance",
                    "--note",
                ],
                n,
            )
        }),
        ("intake --new NAME", |n| {
            v(
                &["intake", "P001", "--user", "Amina", "--new"],
                &format!("{n}|{n}|pastries|piece|10|1"),
            )
        }),
    ];
    for (entry, args) in &name_entries {
        for n in &names {
            let mut args = args(n);
            // A payout's note may be empty (no note); the others must say something.
            if *entry == "payout --note" && n.trim().is_empty() {
                args.push("--slip".into());
                args.push(db.display().to_string());
            }
            refuse(
                &args,
                &format!("{entry} {:?}", n.chars().take(12).collect::<String>()),
            );
        }
        table.push((
            entry.to_string(),
            names.len(),
            "refused, naming the character or the length".into(),
        ));
    }
    assert_eq!(fingerprint(&shop.conn), before);
    let total: usize = table.iter().map(|(_, n, _)| n).sum();
    println!("| entry point | hostile inputs | answer |\n|---|---|---|");
    for (entry, n, answer) in &table {
        println!("| `{entry}` | {n} | {answer} |");
    }
    println!("| total | {total} | |");
    assert!(total > 300, "{total}");
}
