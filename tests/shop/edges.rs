//! Trust at the edges (#14), each case as it was reproduced: output files never replace the
//! database, its companions, a backup or an existing file unasked; a restore works on a
//! damaged database; the clock (the PC's, or `SOUK_CLOCK`) cannot rewrite the ledger's
//! history nor shorten or stretch the PIN lock; exports are safe and open right; and the
//! demo shop lives in the past, its producers paid.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::common;

use std::path::{Path, PathBuf};
use std::process::Output;

use common::Shop;
use common::cli::{ok, refused, souk, souk_env};
use common::snapshot::fingerprint;
use rusqlite::Connection;

fn read(path: &Path) -> Vec<u8> {
    std::fs::read(path).unwrap_or_default()
}

/// A shop with a sale, its database's files as they are, and a backup beside it.
fn shop_with_backup() -> (Shop, PathBuf) {
    let mut shop = Shop::new();
    let line = shop.line("P001-0001", "1");
    shop.cash_sale(vec![line]);
    let backup = shop.dir.path().join("shop").join("copy.sqlite");
    souk::backup::backup_to(&shop.conn, &backup).unwrap();
    // The lock file a window holds, as the window leaves it.
    drop(souk::lock::take(&shop.path()).unwrap());
    (shop, backup)
}

fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.as_os_str().to_os_string();
    name.push(suffix);
    PathBuf::from(name)
}

/// Every command that writes a file for people, aimed at `target`.
fn writers(target: &str) -> Vec<Vec<String>> {
    let t = target.to_owned();
    let args = |a: &[&str]| -> Vec<String> {
        a.iter()
            .map(|s| (*s).to_owned())
            .chain([t.clone()])
            .collect()
    };
    vec![
        args(&[
            "report",
            "--from",
            "2026-11-01",
            "--to",
            "2026-11-29",
            "--pdf",
        ]),
        args(&["tags", "P001-0001", "--pdf"]),
        args(&["session", "x", "--pdf"]),
        args(&["slip", "DEP-2026-0001", "--pdf"]),
        args(&["receipt", "2026-000001", "--printer"])
            .into_iter()
            .map(|a| if a == t { format!("png:{t}") } else { a })
            .collect(),
        args(&[
            "report",
            "--from",
            "2026-11-01",
            "--to",
            "2026-11-29",
            "--xlsx",
        ]),
        args(&[
            "sales",
            "--from",
            "2026-11-01",
            "--to",
            "2026-11-29",
            "--xlsx",
        ]),
        args(&["statement", "--month", "2026-10", "--xlsx"]),
        args(&["backup"]),
    ]
}

fn run(db: &Path, lang: &str, args: &[String]) -> Output {
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    souk(db, lang, &args)
}

#[test]
fn no_output_replaces_the_database_its_files_or_a_backup_even_with_force() {
    let (shop, backup) = shop_with_backup();
    let db = shop.path();
    ok(&souk(
        &db,
        "en",
        &["intake", "P001", "P001-0001", "--user", "Amina"],
    ));
    let link = shop.dir.path().join("shop").join("link.pdf");
    std::os::unix::fs::symlink(&db, &link).unwrap();
    let targets = [
        db.clone(),
        with_suffix(&db, "-wal"),
        with_suffix(&db, "-shm"),
        with_suffix(&db, ".lock"),
        with_suffix(&db, "-journal"),
        backup.clone(),
        link,
    ];
    let ledger_before: Vec<_> = fingerprint(&shop.conn)
        .into_iter()
        .filter(|(table, ..)| table != "receipt_jobs")
        .collect();
    let backup_bytes = read(&backup);
    let mut tried = 0;
    for target in &targets {
        let existed = target.exists();
        for mut args in writers(target.to_str().unwrap()) {
            args.push("--force".into());
            let out = run(&db, "fr", &args);
            if args[0] == "receipt" {
                // A receipt's printer failing does not refuse the command; it must not write.
                let _ = out;
            } else {
                let reason = refused(&out);
                assert!(
                    reason.contains("base de données") || reason.contains("lien"),
                    "{args:?}: {reason}"
                );
            }
            assert_eq!(target.exists(), existed, "{args:?}");
            tried += 1;
        }
    }
    assert!(tried >= 60, "{tried}");
    // Only the receipt that could not be written waits, as any receipt whose printer fails.
    let ledger = |conn: &Connection| -> Vec<_> {
        fingerprint(conn)
            .into_iter()
            .filter(|(table, ..)| table != "receipt_jobs")
            .collect()
    };
    assert_eq!(ledger(&shop.conn), ledger_before);
    assert_eq!(read(&backup), backup_bytes);
    assert!(ok(&souk(&db, "en", &["check"])).contains("pass"));
}

#[test]
fn an_existing_file_is_replaced_only_with_force_and_never_through_a_link() {
    let shop = Shop::new();
    let db = shop.path();
    let dir = shop.dir.path();
    let kept = dir.join("kept.pdf");
    std::fs::write(&kept, "mine").unwrap();
    let other = dir.join("other.txt");
    std::fs::write(&other, "precious").unwrap();
    let link = dir.join("link.pdf");
    std::os::unix::fs::symlink(&other, &link).unwrap();
    let report = |target: &Path, force: bool| {
        let mut args = vec![
            "report",
            "--from",
            "2026-11-01",
            "--to",
            "2026-11-29",
            "--pdf",
            target.to_str().unwrap(),
        ];
        if force {
            args.push("--force");
        }
        souk(&db, "en", &args)
    };
    let reason = refused(&report(&kept, false));
    assert!(
        reason.contains("already exists") && reason.contains("--force"),
        "{reason}"
    );
    assert_eq!(read(&kept), b"mine");
    ok(&report(&kept, true));
    assert!(read(&kept).starts_with(b"%PDF"));
    for force in [false, true] {
        let reason = refused(&report(&link, force));
        assert!(reason.contains("link"), "{reason}");
    }
    assert_eq!(read(&other), b"precious");
    // Nothing half-written is left beside them.
    let leftovers: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().contains(".part"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

#[test]
fn a_refused_slip_path_records_no_payout_and_no_deposit() {
    let shop = Shop::new();
    let db = shop.path();
    let db_text = db.to_str().unwrap();
    let before = fingerprint(&shop.conn);
    for args in [
        vec![
            "payout",
            "P001",
            "1",
            "--method",
            "cash",
            "--advance",
            "--slip",
            db_text,
        ],
        vec![
            "intake",
            "P001",
            "P001-0001",
            "--user",
            "Amina",
            "--pdf",
            db_text,
        ],
        vec!["session", "close", "--counted", "500", "--pdf", db_text],
    ] {
        refused(&souk_env(&db, "en", &args, &[("SOUK_USER", "Amina")]));
    }
    assert_eq!(fingerprint(&shop.conn), before);
}

/// A shop's database (not marked as a demo's or a test's): `SOUK_CLOCK` is refused, by every
/// command and by the window, and nothing is written.
#[test]
fn souk_clock_is_refused_on_a_shops_database() {
    let dir = tempfile::TempDir::new().unwrap();
    let db = dir.path().join("shop.sqlite");
    // Made without a clock set: a shop.
    let producers = common::fixture("producers.csv");
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_souk"))
        .args([
            "--db",
            db.to_str().unwrap(),
            "--lang",
            "fr",
            "import",
            "producers",
        ])
        .arg(&producers)
        .env_remove("SOUK_CLOCK")
        .output()
        .unwrap();
    ok(&out);
    let conn = souk::db::open(&db).unwrap();
    let before = fingerprint(&conn);
    for args in [
        vec!["sales"],
        vec!["user", "add", "Amina"],
        vec!["mark-test-database"],
    ] {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_souk"))
            .args(["--db", db.to_str().unwrap(), "--lang", "fr"])
            .args(&args)
            .env("SOUK_CLOCK", "2027-01-01T10:00:00Z")
            .output()
            .unwrap();
        let reason = refused(&out);
        assert!(reason.contains("SOUK_CLOCK"), "{args:?}: {reason}");
    }
    assert_eq!(fingerprint(&conn), before);
    // No form writes the mark either.
    let error = souk::settings::set(&conn, souk::dbkind::KEY, "demo").unwrap_err();
    assert!(matches!(error, souk::Error::DbKind(_)), "{error:?}");
    assert_eq!(souk::dbkind::kind(&conn).unwrap(), souk::dbkind::Kind::Shop);
}

/// The PC's clock gone back: a sale, a refund, a void, a payout, an intake or a till
/// movement dated inside an issued month or before the last event is refused with both
/// instants, and nothing is written; the receipt numbers stay in time order.
#[test]
fn a_clock_gone_back_cannot_rewrite_history() {
    let mut shop = Shop::new();
    let line = shop.line("P001-0001", "1");
    let sold = shop.cash_sale(vec![line]);
    let admin = souk::users::add(&shop.conn, "Salma", souk::users::Role::Admin)
        .unwrap()
        .id;
    // December: November's statements issued.
    shop.clock.set(common::utc("2026-12-01T09:00:00Z"));
    souk::statement::issue(&mut shop.conn, &shop.clock, 2026, 11, admin).unwrap();
    let balance_before: Vec<souk::money::Money> = ["P001", "P002"]
        .iter()
        .map(|code| {
            let p = souk::catalog::producer_by_code(&shop.conn, code)
                .unwrap()
                .unwrap();
            souk::statement::balance(&shop.conn, p.id).unwrap()
        })
        .collect();
    let before = fingerprint(&shop.conn);
    // A dead battery: the PC boots on 28 November.
    shop.clock.set(common::utc("2026-11-28T10:00:00Z"));
    let line = shop.line("P002-0004", "1");
    let attempts: Vec<(&str, souk::Result<()>)> = vec![
        (
            "sale",
            souk::sale::sell(
                &mut shop.conn,
                &shop.clock,
                &souk::sale::NewSale {
                    cashier_id: shop.cashier,
                    tenders: vec![souk::sale::Tender {
                        method: souk::sale::Method::Cash,
                        amount: line.total(),
                    }],
                    lines: vec![line],
                },
            )
            .map(drop),
        ),
        (
            "refund",
            souk::sale::refund(
                &mut shop.conn,
                &shop.clock,
                &souk::sale::RefundRequest {
                    number: sold.number.clone(),
                    line: None,
                    reason: "Abîmé".into(),
                    user_id: Some(admin),
                    method: None,
                },
            )
            .map(drop),
        ),
        (
            "payout",
            souk::statement::payout(
                &mut shop.conn,
                &shop.clock,
                "P001",
                common::dh("1"),
                souk::statement::PayoutMethod::Cash,
                admin,
                true,
                None,
            )
            .map(drop),
        ),
        (
            "movement",
            souk::cash::movement(
                &mut shop.conn,
                &shop.clock,
                souk::cash::MovementKind::PayIn,
                common::dh("10"),
                "Monnaie",
                shop.cashier,
            )
            .map(drop),
        ),
        (
            "void",
            souk::sale::void(
                &mut shop.conn,
                &shop.clock,
                &sold.number,
                "Erreur",
                Some(admin),
            )
            .map(drop),
        ),
    ];
    for (what, result) in attempts {
        let error = result.expect_err(what);
        assert!(
            matches!(error, souk::Error::Timeline(_)),
            "{what}: {error:?}"
        );
        let text = souk::i18n::Translator::new(souk::i18n::Lang::Fr).tr(&error.msg());
        assert!(
            text.contains("28/11/2026 10:00") && text.contains("2026-11"),
            "{what}: {text}"
        );
    }
    assert_eq!(fingerprint(&shop.conn), before);
    let balance_after: Vec<souk::money::Money> = ["P001", "P002"]
        .iter()
        .map(|code| {
            let p = souk::catalog::producer_by_code(&shop.conn, code)
                .unwrap()
                .unwrap();
            souk::statement::balance(&shop.conn, p.id).unwrap()
        })
        .collect();
    assert_eq!(balance_after, balance_before);
}

#[test]
fn a_sale_dated_before_later_ones_is_refused_so_numbers_keep_time_order() {
    let mut shop = Shop::new();
    shop.clock.set(common::utc("2027-01-02T10:00:00Z"));
    let line = shop.line("P001-0001", "1");
    let sold = shop.cash_sale(vec![line]);
    assert_eq!(sold.number, "2027-000001");
    let db = shop.path();
    // From the command line with the clock back in 2026: refused, with both instants.
    let reason = refused(&souk(
        &db,
        "en",
        &[
            "sell",
            "--cashier",
            "Amina",
            "P001-0001",
            "--pay",
            "cash:100",
        ],
    ));
    assert!(
        reason.contains("29/11/2026 10:15") && reason.contains("02/01/2027 10:00"),
        "{reason}"
    );
    assert_eq!(shop.count("sales"), 1);
    // A few minutes back (two PCs, a network time correction) is still fine.
    shop.clock.set(common::utc("2027-01-02T09:57:00Z"));
    let line = shop.line("P001-0001", "1");
    assert_eq!(shop.cash_sale(vec![line]).number, "2027-000002");
}

/// `souk demo` run at 07:47: nothing after now, every ended month's statements issued and
/// its producers paid (most in full, in cash or by transfer), and the check passes.
#[test]
fn the_demo_lives_in_the_past_and_pays_its_producers() {
    let dir = tempfile::TempDir::new().unwrap();
    let db = dir.path().join("demo.sqlite");
    let now = "2026-11-29T07:47:00Z";
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_souk"))
        .args([
            "--db",
            db.to_str().unwrap(),
            "--lang",
            "en",
            "demo",
            "--months",
            "3",
        ])
        .env("SOUK_CLOCK", now)
        .output()
        .unwrap();
    ok(&out);
    let conn = Connection::open(&db).unwrap();
    let now_ms = common::utc(now).timestamp_millis();
    for (what, sql) in [
        ("sale", "SELECT max(sold_at_ms) FROM sales"),
        (
            "till",
            "SELECT max(max(opened_at_ms, coalesce(closed_at_ms, 0))) FROM cash_sessions",
        ),
        ("movement", "SELECT max(at_ms) FROM cash_movements"),
        ("payout", "SELECT max(at_ms) FROM payouts"),
        ("stock", "SELECT max(at_ms) FROM stock_moves"),
        ("audit", "SELECT max(at_ms) FROM audit"),
        ("statement", "SELECT max(issued_at_ms) FROM statements"),
    ] {
        let latest: Option<i64> = conn.query_row(sql, [], |r| r.get(0)).unwrap();
        assert!(
            latest.is_some_and(|t| t <= now_ms),
            "{what}: {latest:?} > {now_ms}"
        );
    }
    // Sales ordered by number are ordered by time.
    let disordered: i64 = conn
        .query_row(
            "SELECT count(*) FROM sales a JOIN sales b ON b.id = a.id + 1 \
             WHERE b.sold_at_ms < a.sold_at_ms",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(disordered, 0);
    let months: Vec<String> = conn
        .prepare("SELECT DISTINCT printf('%04d-%02d', year, month) FROM statements ORDER BY 1")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<rusqlite::Result<_>>()
        .unwrap();
    assert_eq!(months, ["2026-08", "2026-09", "2026-10"]);
    let (paid, in_full, cash, transfer): (i64, i64, i64, i64) = conn
        .query_row(
            "SELECT count(*), sum(po.amount_c = s.closing_c), sum(po.method = 'cash'), \
             sum(po.method = 'transfer') FROM payouts po \
             JOIN statements s ON s.producer_id = po.producer_id \
             AND printf('%04d-%02d', s.year, s.month) = strftime('%Y-%m', po.day, '-1 month')",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
        )
        .unwrap();
    let owed: i64 = conn
        .query_row(
            "SELECT count(*) FROM statements WHERE closing_c > 0 AND month = 10",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert!(
        owed > 10 && paid >= owed,
        "{paid} payouts for {owed} owed in October"
    );
    assert!(in_full * 10 >= paid * 7, "{in_full} of {paid} in full");
    assert!(
        cash > 0 && transfer > 0,
        "{cash} cash, {transfer} transfers"
    );
    // The balances do not only grow: what was owed at October's end was mostly paid.
    let still_owed_for_october: i64 = conn
        .query_row(
            "SELECT coalesce(sum(s.closing_c), 0) - coalesce((SELECT sum(amount_c) FROM payouts \
             WHERE day >= '2026-11-01'), 0) FROM statements s WHERE s.year = 2026 AND s.month = 10",
            [],
            |r| r.get(0),
        )
        .unwrap();
    let october: i64 = conn
        .query_row(
            "SELECT sum(closing_c) FROM statements WHERE year = 2026 AND month = 10",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert!(
        still_owed_for_october * 4 < october,
        "{still_owed_for_october} of {october}"
    );
    // The demo is marked as one, so its clock may be set; and it passes the check.
    assert_eq!(souk::dbkind::kind(&conn).unwrap(), souk::dbkind::Kind::Demo);
    drop(conn);
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_souk"))
        .args(["--db", db.to_str().unwrap(), "--lang", "en", "check"])
        .env("SOUK_CLOCK", now)
        .output()
        .unwrap();
    ok(&out);
}

/// `souk` at a given `SOUK_CLOCK`, as `who` with `pin`.
fn souk_at(db: &Path, clock: &str, who: &str, pin: &str, args: &[&str]) -> Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_souk"))
        .args(["--db", db.to_str().unwrap(), "--lang", "en"])
        .args(args)
        .env("SOUK_CLOCK", clock)
        .env("SOUK_USER", who)
        .env("SOUK_PIN", pin)
        .env_remove("SOUK_NEW_PIN")
        .output()
        .unwrap()
}

/// The seconds a PIN refusal asks to wait, if it asks to wait.
fn wait_asked(out: &Output) -> Option<i64> {
    let said = String::from_utf8_lossy(&out.stderr);
    let (_, after) = said.split_once("try again in ")?;
    after.split_whitespace().next()?.parse().ok()
}

/// #14.4: the clock cannot shorten the PIN lock (moved 2 h later at each wrong PIN, the
/// wait used to pass and the administrator's PIN could be found) nor stretch it (three
/// wrong PINs with the clock in 2099 locked her out for 72 years): waits count from the
/// last attempt as recorded, in the PC's boot clock, at most an hour.
#[test]
fn the_clock_neither_shortens_nor_stretches_the_pin_lock() {
    let shop = Shop::new();
    let db = shop.path();
    let at = |t: &str| common::utc(t);
    for name in ["Salma", "Nadia"] {
        let id = souk::users::add(&shop.conn, name, souk::users::Role::Admin)
            .unwrap()
            .id;
        souk::users::pin::set_pin(&shop.conn, at("2026-11-29T09:00:00Z"), id, id, "2016").unwrap();
    }
    let mut clock = at("2026-11-29T10:15:00Z");
    let mut waits = Vec::new();
    for _ in 0..5 {
        let out = souk_at(&db, &clock.to_rfc3339(), "Salma", "0000", &["audit"]);
        waits.push(wait_asked(&out));
        clock += chrono::Duration::hours(2);
    }
    // The right PIN, two hours "later" again: still waiting, the boot clock says seconds.
    let out = souk_at(&db, &clock.to_rfc3339(), "Salma", "2016", &["audit"]);
    let wait = wait_asked(&out);
    assert!(
        wait.is_some_and(|s| s > 0 && s <= 3600),
        "{waits:?} then {wait:?}"
    );

    for _ in 0..3 {
        souk_at(&db, "2099-01-01T10:00:00Z", "Nadia", "0000", &["audit"]);
    }
    let out = souk_at(&db, "2026-11-29T10:20:00Z", "Nadia", "2016", &["audit"]);
    let wait = wait_asked(&out);
    assert!(wait.is_some_and(|s| s > 0 && s <= 3600), "{wait:?}");
}

/// `souk` in `lang`, printing raw bytes (a CSV with its byte-order mark).
fn bytes_of(db: &Path, lang: &str, args: &[&str]) -> String {
    let out = souk(db, lang, args);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// #14.5: a producer named like a formula, a French accountant's Excel, an Arabic one.
#[test]
fn exports_are_safe_and_open_right() {
    use calamine::{Data, Reader, Xlsx};
    use souk::catalog::edit::{self, ProducerForm, ProductForm};
    let mut shop = Shop::new();
    let formula = "=HYPERLINK(\"http://x\",\"click\")";
    let at = souk::clock::Clock::now(&shop.clock);
    let p = edit::create_producer(
        &mut shop.conn,
        shop.cashier,
        at,
        &ProducerForm {
            name_latin: formula.into(),
            name_ar: "@خديجة".into(),
            ..ProducerForm::default()
        },
    )
    .unwrap();
    edit::create_product(
        &mut shop.conn,
        shop.cashier,
        &ProductForm {
            name_fr: "-Gâteau".into(),
            category: "pastries".into(),
            producer: p.code.clone(),
            price: "1234.50".into(),
            ..ProductForm::default()
        },
        at,
    )
    .unwrap();
    let sku: String = shop
        .conn
        .query_row(
            "SELECT sku FROM products WHERE name_fr = '-Gâteau'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    let cake = shop.line(&sku, "1");
    let lemon = shop.line("P001-0001", "1");
    shop.cash_sale(vec![cake, lemon]);
    let db = shop.path();
    let period = ["--from", "2026-11-01", "--to", "2026-11-29"];
    let report = |lang: &str, by: &str| {
        let mut args = vec!["report"];
        args.extend(period);
        args.extend(["--by", by, "--csv"]);
        bytes_of(&db, lang, &args)
    };

    let fr = report("fr", "producer");
    assert!(fr.starts_with('\u{feff}'), "no BOM: {fr:?}");
    assert!(fr.contains("Code;Nom;Nom en arabe;Recettes;"), "{fr}");
    assert!(
        fr.contains("\"'=HYPERLINK(\"\"http://x\"\",\"\"click\"\")\";'@خديجة;1234,50;0,00"),
        "{fr}"
    );
    assert!(!fr.contains(";=") && !fr.contains(",="), "{fr}");
    let payment = report("fr", "payment");
    assert!(
        payment.contains("cash;Espèces;نقدا") || payment.contains("cash;Espèces;"),
        "{payment}"
    );
    assert!(!payment.contains(";cash;"), "{payment}");
    let days = report("fr", "day");
    assert!(
        days.contains("Date;Recettes;Ventes;Date comparée;"),
        "{days}"
    );
    assert!(
        days.contains("29/11/2026;1286,00;1;31/10/2026;0,00"),
        "{days}"
    );
    let en = report("en", "day");
    assert!(en.contains("Date,Revenue,Sales,Compared date,"), "{en}");
    assert!(en.contains("2026-11-29,1286.00,1,2026-10-31,0.00"), "{en}");

    // The workbook: one sheet per table, numbers as numbers, dates as dates.
    for lang in ["fr", "ar"] {
        let file = shop.dir.path().join(format!("review-{lang}.xlsx"));
        let mut args = vec!["report"];
        args.extend(period);
        args.extend(["--xlsx", file.to_str().unwrap()]);
        ok(&souk(&db, lang, &args));
        let mut book: Xlsx<_> = calamine::open_workbook(&file).unwrap();
        let names = book.sheet_names();
        assert_eq!(names.len(), 6, "{names:?}");
        let summary = book.worksheet_range(&names[0]).unwrap();
        assert!(
            matches!(summary.get((1, 1)), Some(Data::DateTime(_))),
            "{:?}",
            summary.get((1, 1))
        );
        assert_eq!(summary.get((3, 1)), Some(&Data::Float(1286.0)));
        let time = book.worksheet_range(&names[1]).unwrap();
        let last = time.rows().next_back().unwrap();
        assert!(matches!(last[0], Data::DateTime(_)), "{last:?}");
        assert_eq!(last[1], Data::Float(1286.0));
        let producers = book.worksheet_range(&names[3]).unwrap();
        assert!(
            producers
                .rows()
                .any(|r| r[1] == Data::String(formula.into())),
            "a text stays text"
        );
        let sheet = std::process::Command::new("unzip")
            .args(["-p", file.to_str().unwrap(), "xl/worksheets/sheet1.xml"])
            .output()
            .unwrap();
        let xml = String::from_utf8_lossy(&sheet.stdout);
        assert_eq!(xml.contains("rightToLeft=\"1\""), lang == "ar", "{lang}");
    }
    let arabic: Xlsx<_> = calamine::open_workbook(shop.dir.path().join("review-ar.xlsx")).unwrap();
    assert_eq!(arabic.sheet_names()[0], "ملخص");
    // The sales of a period and the month's statements.
    let sales = shop.dir.path().join("sales.xlsx");
    ok(&souk(
        &db,
        "fr",
        &[
            "sales",
            "--from",
            "2026-11-29",
            "--to",
            "2026-11-29",
            "--xlsx",
            sales.to_str().unwrap(),
        ],
    ));
    let mut book: Xlsx<_> = calamine::open_workbook(&sales).unwrap();
    let lines = book.worksheet_range("Lignes des ventes").unwrap();
    assert_eq!(lines.rows().count(), 3);
    assert!(
        lines
            .rows()
            .skip(1)
            .all(|r| matches!(r[1], Data::DateTime(_)) && matches!(r[10], Data::Float(_)))
    );
    let statements = shop.dir.path().join("statements.xlsx");
    ok(&souk(
        &db,
        "fr",
        &[
            "statement",
            "--month",
            "2026-11",
            "--xlsx",
            statements.to_str().unwrap(),
        ],
    ));
    let mut book: Xlsx<_> = calamine::open_workbook(&statements).unwrap();
    let list = book.worksheet_range("Relevés").unwrap();
    assert!(
        list.rows().skip(1).any(|r| r[5] == Data::Float(1234.5)),
        "{list:?}"
    );
}

/// #10: taking money out of the drawer, and copying the whole database with its PIN
/// hashes, are an administrator's acts once the shop has one.
#[test]
fn a_volunteer_takes_no_cash_out_and_copies_no_database() {
    let shop = Shop::new();
    let db = shop.path();
    let at = common::utc("2026-11-29T09:00:00Z");
    let salma = souk::users::add(&shop.conn, "Salma", souk::users::Role::Admin)
        .unwrap()
        .id;
    souk::users::pin::set_pin(&shop.conn, at, salma, salma, "2016").unwrap();
    souk::users::pin::set_pin(&shop.conn, at, salma, shop.cashier, "1111").unwrap();
    let copy = shop.dir.path().join("copy.sqlite");
    let copy_text = copy.to_str().unwrap();
    let amina = [("SOUK_USER", "Amina"), ("SOUK_PIN", "1111")];
    let before = fingerprint(&shop.conn);
    for args in [
        vec!["session", "payout", "500", "--reason", "Courses"],
        vec!["backup", copy_text],
    ] {
        let reason = refused(&souk_env(&db, "en", &args, &amina));
        assert!(reason.contains("Amina"), "{args:?}: {reason}");
    }
    assert!(!copy.exists());
    assert_eq!(fingerprint(&shop.conn), before);
    // The core says the same to any caller.
    let error = souk::cash::movement_in(
        &shop.conn,
        at + chrono::Duration::hours(2),
        souk::cash::MovementKind::PayOut,
        common::dh("500"),
        "Courses",
        shop.cashier,
    )
    .unwrap_err();
    assert!(
        matches!(
            error,
            souk::Error::Users(souk::error::UsersError::NotAllowed { .. })
        ),
        "{error:?}"
    );
    // A pay-in, the drawer and an administrator's pay-out are fine.
    ok(&souk_env(
        &db,
        "en",
        &["session", "payin", "20", "--reason", "Monnaie"],
        &amina,
    ));
    let salma = [("SOUK_USER", "Salma"), ("SOUK_PIN", "2016")];
    ok(&souk_env(
        &db,
        "en",
        &["session", "payout", "50", "--reason", "Papier"],
        &salma,
    ));
    ok(&souk_env(&db, "en", &["backup", copy_text], &salma));
}

/// #14.8: `payout P004 1,000` paid 1,00 DH; 1 000 000 DH of cash on a 41,50 DH sale was
/// taken; `x-1` and `x1e9` were "no product has the code …".
#[test]
fn ambiguous_amounts_absurd_cash_and_bad_quantities_are_named() {
    let shop = Shop::new();
    let db = shop.path();
    let before = fingerprint(&shop.conn);
    let cases: Vec<(Vec<&str>, &str)> = vec![
        (
            vec!["payout", "P004", "1,000", "--method", "cash", "--advance"],
            "1000",
        ),
        (
            vec!["payout", "P004", "1.000", "--method", "cash", "--advance"],
            "1000",
        ),
        (
            vec![
                "sell",
                "--cashier",
                "Amina",
                "P001-0001",
                "--pay",
                "cash:1000000",
            ],
            "too much",
        ),
        (
            vec![
                "sell",
                "--cashier",
                "Amina",
                "P001-0001",
                "--pay",
                "cash:251.50",
            ],
            "too much",
        ),
        (
            vec![
                "sell",
                "--cashier",
                "Amina",
                "P001-0001x-1",
                "--pay",
                "cash:100",
            ],
            "quantity",
        ),
        (
            vec![
                "sell",
                "--cashier",
                "Amina",
                "P001-0001x1e9",
                "--pay",
                "cash:100",
            ],
            "quantity",
        ),
        (
            vec!["intake", "P001", "P001-0001x-1", "--user", "Amina"],
            "quantity",
        ),
        (
            vec!["tags", "P001-0001x1e9", "--pdf", "/tmp/never.pdf"],
            "quantity",
        ),
    ];
    for (args, word) in cases {
        let reason = refused(&souk(&db, "en", &args));
        assert!(reason.contains(word), "{args:?}: {reason}");
        assert!(!reason.contains("no product"), "{args:?}: {reason}");
    }
    assert_eq!(fingerprint(&shop.conn), before);
    // A 200 DH note for 51,50 DH is change, not a typo.
    ok(&souk(
        &db,
        "en",
        &[
            "sell",
            "--cashier",
            "Amina",
            "P001-0001",
            "--pay",
            "cash:200",
        ],
    ));
}

/// #14.9: `admin` with a zero-width space, a fullwidth `Ａdmin`, `خَدِيجَة` beside
/// `خديجة`: each looked like someone already there and was taken as someone new.
#[test]
fn look_alike_people_are_refused() {
    let shop = Shop::new();
    for name in ["admin", "خديجة"] {
        souk::users::add(&shop.conn, name, souk::users::Role::Volunteer).unwrap();
    }
    let before = fingerprint(&shop.conn);
    for (typed, kind) in [
        ("admin\u{200b}", "HiddenCharacter"),
        ("ad\u{200d}min", "HiddenCharacter"),
        ("\u{2060}admin", "HiddenCharacter"),
        ("admin\u{200f}", "UserLooksLike"),
        ("Ａdmin", "UserLooksLike"),
        ("ADMIN", "UserExists"),
        ("Admín", "UserLooksLike"),
        ("خَدِيجَة", "UserLooksLike"),
        ("خديـجة", "UserLooksLike"),
    ] {
        let error = souk::users::add(&shop.conn, typed, souk::users::Role::Admin).unwrap_err();
        let debug = format!("{error:?}");
        let debug = debug.strip_prefix("Text(").unwrap_or(&debug);
        let debug = debug.strip_prefix("Users(").unwrap_or(debug);
        assert!(debug.starts_with(kind), "{typed:?}: {debug}");
        let text = souk::i18n::Translator::new(souk::i18n::Lang::Fr).tr(&error.msg());
        assert!(!text.trim().is_empty(), "{typed:?}");
    }
    assert_eq!(fingerprint(&shop.conn), before);
    // The CLI says it too, and `users` lists one admin.
    let db = shop.path();
    let reason = refused(&souk(&db, "fr", &["user", "add", "Ａdmin"]));
    assert!(reason.contains("admin"), "{reason}");
    let listed = ok(&souk(&db, "en", &["users"]));
    assert_eq!(listed.matches("admin").count(), 1, "{listed}");
}

/// #14.13: quantities came as `"1"`, `"0.350"`, `"106.000"` or `quantity_milli`; `sold_at`
/// had milliseconds only on sales made from the command line. Every quantity is now a
/// string with three decimals beside its unit, every instant to the second.
#[test]
fn json_says_quantities_and_instants_one_way() {
    let shop = Shop::new();
    let db = shop.path();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_souk"))
        .args([
            "--db",
            db.to_str().unwrap(),
            "--lang",
            "en",
            "sell",
            "--cashier",
            "Amina",
        ])
        .args([
            "P001-0001x2",
            "P001-0002x1",
            "P001-0002x0.350",
            "--pay",
            "card:224.50",
            "--json",
        ])
        .env("SOUK_CLOCK", "2026-11-29T10:15:00.123Z")
        .output()
        .unwrap();
    let sale: serde_json::Value = serde_json::from_str(&ok(&out)).unwrap();
    let quantities: Vec<&str> = sale["lines"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["quantity"].as_str().unwrap())
        .collect();
    assert_eq!(quantities, ["2.000", "1.000", "0.350"]);
    assert_eq!(sale["sold_at"], "2026-11-29T10:15:00+00:00");
    let report: serde_json::Value = serde_json::from_str(&ok(&souk(
        &db,
        "en",
        &[
            "report",
            "--from",
            "2026-11-29",
            "--to",
            "2026-11-29",
            "--json",
        ],
    )))
    .unwrap();
    let top = &report["current"]["top_products"][0];
    assert!(top.get("quantity_milli").is_none(), "{top}");
    assert!(
        top["quantity"].as_str().unwrap().ends_with(".350")
            || top["quantity"].as_str().unwrap().contains('.'),
        "{top}"
    );
    let sales: serde_json::Value =
        serde_json::from_str(&ok(&souk(&db, "en", &["sales", "--json"]))).unwrap();
    assert_eq!(sales[0]["sold_at"], "2026-11-29T10:15:00+00:00");
}

/// The fonts `pdffonts` lists in a PDF: (subset tag, font name).
fn fonts_of(pdf: &Path) -> Vec<(String, String)> {
    let out = std::process::Command::new("pdffonts")
        .arg(pdf)
        .output()
        .unwrap();
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .skip(2)
        .filter_map(|l| l.split_whitespace().next())
        .filter_map(|name| name.split_once('+'))
        .map(|(tag, font)| (tag.to_owned(), font.to_owned()))
        .collect()
}

/// #14.12: the same subset name in different files for different contents, Noto Sans
/// embedded twice in every file, «طرز» extracted as «ط رز» from the report and the Z.
#[test]
fn pdfs_name_their_subsets_by_content_embed_fonts_once_and_keep_words_whole() {
    let mut shop = Shop::new();
    let line = shop.line("P004-0012", "1");
    let other = shop.line("P001-0001", "1");
    shop.cash_sale(vec![line, other]);
    let db = shop.path();
    let dir = shop.dir.path();
    let x = dir.join("x.pdf");
    let report = dir.join("report.pdf");
    ok(&souk(
        &db,
        "fr",
        &["session", "x", "--pdf", x.to_str().unwrap()],
    ));
    ok(&souk(
        &db,
        "fr",
        &[
            "report",
            "--from",
            "2026-11-01",
            "--to",
            "2026-11-29",
            "--pdf",
            report.to_str().unwrap(),
        ],
    ));
    for pdf in [&x, &report] {
        let text = common::pdf::text(pdf, None);
        assert!(text.contains("طرز"), "{}: {text}", pdf.display());
        assert!(!text.contains("ط رز"), "{}", pdf.display());
    }
    let (x_fonts, report_fonts) = (fonts_of(&x), fonts_of(&report));
    let mut names: Vec<&String> = x_fonts.iter().map(|(_, f)| f).collect();
    let count = names.len();
    names.dedup();
    names.sort();
    names.dedup();
    assert_eq!(
        names.len(),
        count,
        "each font once in the X report: {x_fonts:?}"
    );
    // One font, two documents with other glyphs: two subset names.
    for (tag, font) in &x_fonts {
        for (other_tag, other_font) in &report_fonts {
            if font == other_font {
                assert_ne!(tag, other_tag, "{font}");
            }
        }
    }
}
