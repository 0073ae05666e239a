//! The store: the file is created with its folder, durability pragmas are set on every open,
//! older databases are upgraded and newer ones refused untouched.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use souk::error::BackupError;
use souk::{Error, db};
use tempfile::TempDir;

#[test]
fn open_creates_file_and_folder_and_sets_pragmas() {
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("a").join("b").join("souk.sqlite");
    let conn = db::open(&path).unwrap();
    assert!(path.exists());
    let mode: String = conn
        .query_row("PRAGMA journal_mode", [], |r| r.get(0))
        .unwrap();
    let sync: i64 = conn
        .query_row("PRAGMA synchronous", [], |r| r.get(0))
        .unwrap();
    let fk: i64 = conn
        .query_row("PRAGMA foreign_keys", [], |r| r.get(0))
        .unwrap();
    assert_eq!((mode.as_str(), sync, fk), ("wal", 2, 1));
    assert_eq!(db::user_version(&conn).unwrap(), db::schema_version());
    drop(conn);
    // A second open of an up-to-date file changes nothing and sets the pragmas again.
    let conn = db::open(&path).unwrap();
    let fk: i64 = conn
        .query_row("PRAGMA foreign_keys", [], |r| r.get(0))
        .unwrap();
    assert_eq!(fk, 1);
}

#[test]
fn a_database_from_a_newer_souk_is_refused_and_left_alone() {
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("souk.sqlite");
    let conn = db::open(&path).unwrap();
    conn.execute_batch("PRAGMA user_version = 99; CREATE TABLE from_the_future (x);")
        .unwrap();
    drop(conn);
    match db::open(&path) {
        Err(Error::DatabaseTooNew {
            found: 99, known, ..
        }) => assert_eq!(known, db::schema_version()),
        other => panic!("expected a refusal, got {other:?}"),
    }
    let raw = rusqlite::Connection::open(&path).unwrap();
    assert_eq!(db::user_version(&raw).unwrap(), 99);
}

#[test]
fn every_older_schema_upgrades_and_keeps_its_data() {
    for version in 1..=db::MIGRATIONS.len() {
        let dir = TempDir::new().unwrap();
        let path = dir.path().join("souk.sqlite");
        let old = db::open_at_version(&path, version).unwrap();
        assert_eq!(db::user_version(&old).unwrap() as usize, version);
        old.execute(
            "INSERT INTO producers (code, name_ar, name_latin, share_rate_bp) VALUES ('P001', 'سهام', 'Siham', 500)",
            [],
        )
        .unwrap();
        drop(old);
        let conn = db::open(&path).unwrap();
        assert_eq!(db::user_version(&conn).unwrap(), db::schema_version());
        let name: String = conn
            .query_row(
                "SELECT name_latin FROM producers WHERE code = 'P001'",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(name, "Siham");
    }
}

#[test]
fn a_file_that_is_not_a_database_is_refused_with_its_path() {
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("notes.sqlite");
    std::fs::write(
        &path,
        "these are not the shop's sales, just some text that is long enough",
    )
    .unwrap();
    let err = db::open(&path).unwrap_err();
    assert!(
        matches!(err, Error::Backup(BackupError::NotASoukDatabase { .. })),
        "{err:?}"
    );
    assert!(err.to_string().contains("notes.sqlite"));
}
