//! Backups and restores on real files: a backup taken while others write holds exactly the
//! committed ledger and passes the check; rotation keeps N and touches nothing else; a
//! restore keeps the replaced database aside; newer, damaged or foreign files are refused
//! with nothing replaced; the `souk backup` and `souk restore` commands.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::common;

use common::cli::{ok, refused, souk};

use std::path::{Path, PathBuf};

use chrono::Duration;
use common::{Shop, fixture, utc};
use rusqlite::Connection;
use souk::backup::{self, BackupInfo};
use souk::clock::{Clock, FixedClock};
use souk::error::BackupError;
use souk::sale::{Method, NewSale, Tender};
use souk::{Error, db};
use tempfile::TempDir;

fn sales_in(path: &Path) -> i64 {
    let conn = Connection::open(path).unwrap();
    conn.query_row("SELECT count(*) FROM sales", [], |r| r.get(0))
        .unwrap()
}

fn sell_one(shop: &mut Shop) -> String {
    let line = shop.line("P001-0001", "1");
    shop.cash_sale(vec![line]).number
}

#[test]
fn a_backup_taken_while_another_connection_writes_holds_the_committed_ledger() {
    let mut shop = Shop::new();
    sell_one(&mut shop);
    sell_one(&mut shop);

    // Another connection holds a write transaction, uncommitted, during the backup.
    let pending = db::open(&shop.path()).unwrap();
    pending
        .execute_batch(
            "BEGIN IMMEDIATE; INSERT INTO settings (key, value) VALUES ('test.pending', 'x');",
        )
        .unwrap();
    let dest = shop.dir.path().join("usb").join("copy.sqlite");
    let info = backup::backup_to(&shop.conn, &dest).unwrap();
    assert_eq!(info.sales, 2);
    assert_eq!(info.schema_version, db::schema_version());
    assert_eq!(info.size, std::fs::metadata(&dest).unwrap().len());
    let copy = Connection::open(&dest).unwrap();
    let pending_rows: i64 = copy
        .query_row(
            "SELECT count(*) FROM settings WHERE key = 'test.pending'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(pending_rows, 0, "uncommitted data must not be in a backup");
    drop(copy);
    pending.execute_batch("COMMIT").unwrap();

    // A second connection sells in a loop while backups are taken.
    let mut writer = db::open(&shop.path()).unwrap();
    let lines: Vec<_> = (0..20).map(|_| shop.line("P001-0003", "1")).collect();
    let cashier = shop.cashier;
    let seller = std::thread::spawn(move || {
        let clock = FixedClock::new(utc("2026-11-29T11:00:00Z"));
        for line in lines {
            let total = line.total();
            let sale = NewSale {
                cashier_id: cashier,
                lines: vec![line],
                tenders: vec![Tender {
                    method: Method::Cash,
                    amount: total,
                }],
            };
            souk::sale::sell(&mut writer, &clock, &sale).unwrap();
            clock.advance(Duration::seconds(7));
        }
    });
    let mut copies: Vec<BackupInfo> = Vec::new();
    for i in 0..5 {
        let dest = shop
            .dir
            .path()
            .join("usb")
            .join(format!("during-{i}.sqlite"));
        copies.push(backup::backup_to(&shop.conn, &dest).unwrap());
    }
    seller.join().unwrap();
    copies.push(
        backup::backup_to(
            &shop.conn,
            &shop.dir.path().join("usb").join("after.sqlite"),
        )
        .unwrap(),
    );

    for info in &copies {
        assert!(info.sales >= 2);
        assert_eq!(sales_in(&info.path), info.sales);
        let copy = db::open(&info.path).unwrap();
        let problems = souk::check::run(&copy).unwrap();
        assert!(problems.is_empty(), "{}: {problems:?}", info.path.display());
        // No temporary file is left beside the backup.
        let leftovers: Vec<_> = std::fs::read_dir(info.path.parent().unwrap())
            .unwrap()
            .filter_map(|e| e.ok())
            .filter(|e| e.file_name().to_string_lossy().contains(".part"))
            .collect();
        assert!(leftovers.is_empty());
    }
    assert_eq!(copies.last().unwrap().sales, 22);
}

#[test]
fn rotation_keeps_the_newest_and_never_touches_other_files() {
    let mut shop = Shop::new();
    sell_one(&mut shop);
    let folder = shop.dir.path().join("usb").join("souk-backups");
    std::fs::create_dir_all(&folder).unwrap();
    let others = [
        "notes.txt",
        "souk.sqlite",
        "souk-2026-11-01.sqlite",
        "souk-2020-01-01-000000.sqlite.txt",
        "my-souk-2020-01-01-000000.sqlite",
    ];
    for name in others {
        std::fs::write(folder.join(name), "keep me").unwrap();
    }
    let mut written: Vec<PathBuf> = Vec::new();
    for _ in 0..5 {
        let info = backup::backup_rotating(&shop.conn, &folder, 3, &shop.clock).unwrap();
        written.push(info.path);
        shop.clock.advance(Duration::hours(1));
    }
    // 2026-11-29 10:00 UTC is 10:00 in Rabat (permanent UTC+0 since 2026-09-20).
    assert_eq!(
        written[0].file_name().unwrap(),
        "souk-2026-11-29-100000.sqlite"
    );
    let left = backup::rotating_backups(&folder).unwrap();
    assert_eq!(left, written[2..].to_vec());
    for name in others {
        assert_eq!(
            std::fs::read_to_string(folder.join(name)).unwrap(),
            "keep me"
        );
    }
    // The configured folder and count are settings.
    assert_eq!(backup::configured(&shop.conn).unwrap(), None);
    backup::configure(&shop.conn, &folder, Some(2)).unwrap();
    assert_eq!(
        backup::configured(&shop.conn).unwrap(),
        Some((folder.clone(), 2))
    );
    souk::settings::set(&shop.conn, backup::KEEP, "lots").unwrap();
    assert!(matches!(
        backup::configured(&shop.conn),
        Err(Error::Backup(BackupError::BackupKeep(_)))
    ));
}

#[test]
fn a_restore_brings_back_the_backup_and_keeps_the_replaced_database_aside() {
    let mut shop = Shop::new();
    let first = sell_one(&mut shop);
    let copy = shop.dir.path().join("copy.sqlite");
    backup::backup_to(&shop.conn, &copy).unwrap();
    let later = sell_one(&mut shop);
    assert_eq!(shop.count("sales"), 2);

    let info = backup::restore(&shop.path(), &copy, &shop.clock).unwrap();
    let aside = info.kept_aside.clone().unwrap();
    assert_eq!(
        aside.file_name().unwrap(),
        "souk.before-restore-20261129-100000.sqlite"
    );
    assert_eq!(info.sales, 1);

    // The connection that was open sees the restored database, as does a new one.
    assert_eq!(shop.count("sales"), 1);
    drop(shop.conn);
    let conn = db::open(&shop.dir.path().join("shop").join("souk.sqlite")).unwrap();
    let numbers: Vec<String> = conn
        .prepare("SELECT number FROM sales")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(numbers, vec![first.clone()]);
    assert!(souk::check::run(&conn).unwrap().is_empty());

    let kept = db::open(&aside).unwrap();
    let kept_numbers: Vec<String> = kept
        .prepare("SELECT number FROM sales ORDER BY id")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(kept_numbers, vec![first, later]);
}

#[test]
fn a_raw_copy_of_a_closed_database_restores_and_leaves_nothing_beside_it() {
    let mut shop = Shop::new();
    sell_one(&mut shop);
    let dir = shop.dir.path().to_path_buf();
    let path = shop.path();
    drop(shop.conn);
    // A volunteer copied the file by hand: still marked WAL, read without leaving files.
    let raw = dir.join("usb").join("copied.sqlite");
    std::fs::create_dir_all(raw.parent().unwrap()).unwrap();
    std::fs::copy(&path, &raw).unwrap();
    let clock = FixedClock::new(utc("2026-11-29T12:00:00Z"));
    let first = backup::restore(&path, &raw, &clock).unwrap();
    let second = backup::restore(&path, &raw, &clock).unwrap();
    // Two restores in the same second keep both replaced databases.
    assert_ne!(first.kept_aside, second.kept_aside);
    assert!(first.kept_aside.unwrap().exists());
    assert!(second.kept_aside.unwrap().exists());
    let beside: Vec<String> = std::fs::read_dir(raw.parent().unwrap())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(beside, vec!["copied.sqlite".to_owned()]);
    let conn = db::open(&path).unwrap();
    assert!(souk::check::run(&conn).unwrap().is_empty());
    assert_eq!(sales_in(&path), 1);
}

#[test]
fn an_older_schema_backup_is_restored_and_migrated_at_the_next_open() {
    let dir = TempDir::new().unwrap();
    let old_path = dir.path().join("old.sqlite");
    let old = db::open_at_version(&old_path, 1).unwrap();
    old.execute(
        "INSERT INTO producers (code, name_ar, name_latin, share_rate_bp) VALUES ('P001', 'سهام', 'Siham', 500)",
        [],
    )
    .unwrap();
    let copy = dir.path().join("old-copy.sqlite");
    let info = backup::backup_to(&old, &copy).unwrap();
    assert_eq!(info.schema_version, 1);
    drop(old);

    let current = dir.path().join("souk.sqlite");
    drop(db::open(&current).unwrap());
    let clock = FixedClock::new(utc("2026-11-29T10:00:00Z"));
    let restored = backup::restore(&current, &copy, &clock).unwrap();
    assert_eq!(restored.schema_version, 1);
    let conn = db::open(&current).unwrap();
    assert_eq!(db::user_version(&conn).unwrap(), db::schema_version());
    let count: i64 = conn
        .query_row("SELECT count(*) FROM producers", [], |r| r.get(0))
        .unwrap();
    assert_eq!(count, 1);
}

#[test]
fn a_backup_from_a_newer_souk_is_refused_and_nothing_is_replaced() {
    let mut shop = Shop::new();
    sell_one(&mut shop);
    let copy = shop.dir.path().join("future.sqlite");
    backup::backup_to(&shop.conn, &copy).unwrap();
    Connection::open(&copy)
        .unwrap()
        .execute_batch("PRAGMA user_version = 99;")
        .unwrap();
    sell_one(&mut shop);

    match backup::restore(&shop.path(), &copy, &shop.clock) {
        Err(Error::DatabaseTooNew {
            found: 99, known, ..
        }) => assert_eq!(known, db::schema_version()),
        other => panic!("expected a refusal, got {other:?}"),
    }
    assert_eq!(shop.count("sales"), 2);
    assert!(!backup::aside_path(&shop.path(), shop.clock.now()).exists());
}

#[test]
fn files_that_are_not_souk_databases_are_refused() {
    let shop = Shop::new();
    let dir = shop.dir.path();
    let text = dir.join("notes.sqlite");
    std::fs::write(&text, "ceci n'est pas une base de données\n".repeat(200)).unwrap();
    let empty = dir.join("empty.sqlite");
    std::fs::write(&empty, "").unwrap();
    let foreign = dir.join("other-app.sqlite");
    Connection::open(&foreign)
        .unwrap()
        .execute_batch("CREATE TABLE t (x); INSERT INTO t VALUES (1);")
        .unwrap();
    for file in [&text, &empty, &foreign] {
        match backup::restore(&shop.path(), file, &shop.clock) {
            Err(Error::Backup(BackupError::NotASoukDatabase { path })) => assert_eq!(&path, file),
            other => panic!("{}: expected a refusal, got {other:?}", file.display()),
        }
    }
    assert!(matches!(
        backup::restore(&shop.path(), &dir.join("missing.sqlite"), &shop.clock),
        Err(Error::ReadFile { .. })
    ));
    assert!(matches!(
        backup::restore(&shop.path(), &shop.path(), &shop.clock),
        Err(Error::Backup(BackupError::RestoreOntoItself(_)))
    ));
    assert_eq!(shop.count("producers"), 25);
    let names: Vec<_> = std::fs::read_dir(shop.path().parent().unwrap())
        .unwrap()
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains("before-restore"))
        .collect();
    assert!(names.is_empty(), "{names:?}");
}

fn cli_shop() -> (TempDir, PathBuf) {
    let dir = TempDir::new().unwrap();
    let db = dir.path().join("souk.sqlite");
    let producers = fixture("producers.csv");
    let products = fixture("products.csv");
    ok(&souk(
        &db,
        "en",
        &["import", "producers", producers.to_str().unwrap()],
    ));
    ok(&souk(
        &db,
        "en",
        &["import", "products", products.to_str().unwrap()],
    ));
    ok(&souk(&db, "en", &["user", "add", "Amina"]));
    (dir, db)
}

fn cli_sell(db: &Path) {
    ok(&souk(
        db,
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

#[test]
fn cli_backup_into_a_file_and_restore_it() {
    let (dir, db) = cli_shop();
    cli_sell(&db);
    let copy = dir.path().join("usb").join("souk-copy.sqlite");
    let out = ok(&souk(&db, "fr", &["backup", copy.to_str().unwrap()]));
    assert!(out.contains("Sauvegarde écrite et vérifiée"), "{out}");
    assert!(out.contains("1 vente)"), "one sale, in the singular: {out}");
    cli_sell(&db);

    let out = ok(&souk(&db, "ar", &["restore", copy.to_str().unwrap()]));
    assert!(out.contains("استُرجعت"), "{out}");
    assert!(
        out.contains("souk.before-restore-20261129-101500.sqlite"),
        "{out}"
    );
    let json = ok(&souk(&db, "en", &["sales", "--json"]));
    let sales: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(sales.as_array().unwrap().len(), 1);
    assert_eq!(
        sales_in(
            &dir.path()
                .join("souk.before-restore-20261129-101500.sqlite")
        ),
        2
    );
    ok(&souk(&db, "en", &["check"]));

    // Refusals: not a database, from a newer Souk; nothing replaced.
    let junk = dir.path().join("junk.sqlite");
    std::fs::write(&junk, "junk".repeat(1000)).unwrap();
    let err = refused(&souk(&db, "fr", &["restore", junk.to_str().unwrap()]));
    assert!(err.contains("n’est pas une base de données Souk"), "{err}");
    Connection::open(&copy)
        .unwrap()
        .execute_batch("PRAGMA user_version = 99;")
        .unwrap();
    let err = refused(&souk(&db, "en", &["restore", copy.to_str().unwrap()]));
    assert!(err.contains("newer"), "{err}");
    assert_eq!(sales_in(&db), 1);
}

#[test]
fn cli_backup_without_a_file_needs_a_folder_then_rotates_there() {
    let (dir, db) = cli_shop();
    let err = refused(&souk(&db, "en", &["backup"]));
    assert!(err.contains("souk backup --folder"), "{err}");
    let err = refused(&souk(&db, "ar", &["backup"]));
    assert!(err.contains("المرجو"), "{err}");

    let folder = dir.path().join("usb");
    let out = ok(&souk(
        &db,
        "en",
        &[
            "backup",
            "--folder",
            folder.to_str().unwrap(),
            "--keep",
            "2",
        ],
    ));
    assert!(out.contains("the last 2 kept"), "{out}");
    assert!(folder.join("souk-2026-11-29-101500.sqlite").exists());
    // The folder is remembered: `souk backup` alone now writes there.
    std::fs::write(folder.join("souk-2026-11-28-090000.sqlite"), "old").unwrap();
    std::fs::write(folder.join("souk-2026-11-27-090000.sqlite"), "older").unwrap();
    std::fs::write(folder.join("readme.txt"), "mine").unwrap();
    let out = ok(&souk(&db, "en", &["backup"]));
    assert!(out.contains("Older backup removed"), "{out}");
    assert!(folder.join("souk-2026-11-29-101500.sqlite").exists());
    assert!(folder.join("souk-2026-11-28-090000.sqlite").exists());
    assert!(!folder.join("souk-2026-11-27-090000.sqlite").exists());
    assert!(folder.join("readme.txt").exists());

    let err = refused(&souk(&db, "en", &["backup", "--keep", "2"]));
    assert!(!err.is_empty());
}

#[test]
fn a_backup_is_not_written_where_an_old_journal_would_be_replayed_onto_it() {
    let shop = Shop::new();
    let dest = shop.dir.path().join("copy.sqlite");
    std::fs::write(shop.dir.path().join("copy.sqlite-wal"), "stale").unwrap();
    assert!(matches!(
        backup::backup_to(&shop.conn, &dest),
        Err(Error::WriteFile { .. })
    ));
    assert!(!dest.exists());
}

#[test]
fn the_daily_backup_is_made_once_a_day_into_the_folder() {
    let shop = Shop::new();
    assert!(
        backup::daily(&shop.conn, &shop.clock).unwrap().is_none(),
        "no folder set: nothing to do"
    );
    let folder = shop.dir.path().join("usb");
    backup::configure(&shop.conn, &folder, Some(5)).unwrap();
    let first = backup::daily(&shop.conn, &shop.clock)
        .unwrap()
        .expect("due today");
    assert!(first.path.starts_with(&folder));
    shop.clock.advance(Duration::hours(3));
    assert!(
        backup::daily(&shop.conn, &shop.clock).unwrap().is_none(),
        "once a day"
    );
    shop.clock.advance(Duration::days(1));
    assert!(
        backup::daily(&shop.conn, &shop.clock).unwrap().is_some(),
        "the next day"
    );
    let all = backup::rotating_backups(&folder).unwrap();
    assert_eq!(all.len(), 2);
    for file in &all {
        backup::verify(file).unwrap();
    }
    // At a till's close it is made whatever the day holds already.
    shop.clock.advance(Duration::minutes(1));
    assert!(
        backup::automatic(&shop.conn, &shop.clock)
            .unwrap()
            .is_some()
    );
}

/// #14.2: the case restore exists for. A database cut in half (a disk failing, a copy
/// interrupted), even with a window's lock file left by a crash, is set aside whole, byte
/// for byte, and the backup takes its place; a missing database is simply restored.
#[test]
fn a_damaged_database_is_set_aside_whole_and_the_backup_restored() {
    let (dir, db) = cli_shop();
    for _ in 0..30 {
        cli_sell(&db);
    }
    let copy = dir.path().join("usb").join("good.sqlite");
    ok(&souk(&db, "en", &["backup", copy.to_str().unwrap()]));
    cli_sell(&db);
    // A window that crashed left its lock file.
    drop(souk::lock::take(&db).unwrap());
    let size = std::fs::metadata(&db).unwrap().len();
    let file = std::fs::OpenOptions::new().write(true).open(&db).unwrap();
    file.set_len(size / 2).unwrap();
    drop(file);
    let damaged = std::fs::read(&db).unwrap();
    let said = refused(&souk(&db, "en", &["check"]));
    assert!(said.contains("restore"), "{said}");

    let out = ok(&souk(&db, "fr", &["restore", copy.to_str().unwrap()]));
    let aside = dir
        .path()
        .join("souk.before-restore-20261129-101500.sqlite");
    assert!(out.contains(&aside.display().to_string()), "{out}");
    assert_eq!(std::fs::read(&aside).unwrap(), damaged);
    assert_eq!(sales_in(&db), 30);
    ok(&souk(&db, "en", &["check"]));
    cli_sell(&db);
    assert_eq!(sales_in(&db), 31);

    // Missing altogether: restored, nothing set aside.
    let gone = dir.path().join("elsewhere").join("souk.sqlite");
    let out = ok(&souk(&gone, "en", &["restore", copy.to_str().unwrap()]));
    assert!(!out.contains("before-restore"), "{out}");
    assert_eq!(sales_in(&gone), 30);
}
