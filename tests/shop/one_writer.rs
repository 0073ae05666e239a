//! One writer: another writer holding the database, a second window, a read-only file or
//! folder, a full disk and a damaged file each give a clear message in the user's language,
//! and what was already saved stays exactly as it was.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::common;

use std::ffi::OsStr;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use common::cli::{ok, refused, souk};
use common::snapshot::fingerprint;
use common::{Shop, dh};
use rusqlite::{Connection, OpenFlags};
use souk::Error;
use souk::error::BackupError;
use souk::i18n::{Lang, Translator};
use souk::sale::{Method, NewSale, Tender};

/// The message of `error` in each language, checked to contain the given words.
fn says(error: &Error, words: [&str; 3]) {
    for (lang, word) in [Lang::En, Lang::Fr, Lang::Ar].into_iter().zip(words) {
        let text = Translator::new(lang).tr(&error.msg());
        assert!(text.contains(word), "{lang:?}: {text:?} lacks {word:?}");
    }
}

fn one_sale(shop: &Shop) -> NewSale {
    let line = shop.line("P001-0001", "1");
    NewSale {
        cashier_id: shop.cashier,
        tenders: vec![Tender {
            method: Method::Cash,
            amount: line.total(),
        }],
        lines: vec![line],
    }
}

fn numbers(conn: &Connection) -> Vec<String> {
    conn.prepare("SELECT number FROM sales ORDER BY id")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<rusqlite::Result<_>>()
        .unwrap()
}

#[test]
fn a_sale_while_another_writer_holds_the_database_is_refused_and_writes_nothing() {
    let mut shop = Shop::new();
    shop.cash_sale(vec![shop.line("P001-0003", "2")]);
    let before = fingerprint(&shop.conn);

    let other = souk::db::open(&shop.path()).unwrap();
    other.execute_batch("BEGIN IMMEDIATE").unwrap();
    shop.conn.busy_timeout(Duration::from_millis(200)).unwrap();
    let sale = one_sale(&shop);
    let error = souk::sale::sell(&mut shop.conn, &shop.clock, &sale).unwrap_err();
    assert!(matches!(error, Error::DatabaseBusy), "{error:?}");
    says(&error, ["busy", "occupée", "مشغولة"]);
    other.execute_batch("ROLLBACK").unwrap();
    assert_eq!(fingerprint(&shop.conn), before);

    // Once the other writer is done, the same sale goes through with the next number.
    let saved = souk::sale::sell(&mut shop.conn, &shop.clock, &sale).unwrap();
    assert_eq!(saved.number, "2026-000002");
    assert!(souk::check::run(&shop.conn).unwrap().is_empty());
}

/// Holds a write transaction on `db` from another thread for `hold`.
fn hold_writer(db: &Path, hold: Duration) -> std::thread::JoinHandle<()> {
    let conn = souk::db::open(db).unwrap();
    conn.execute_batch("BEGIN IMMEDIATE").unwrap();
    std::thread::spawn(move || {
        std::thread::sleep(hold);
        conn.execute_batch("COMMIT").unwrap();
    })
}

const SELL: [&str; 6] = [
    "sell",
    "--cashier",
    "amina",
    "P001-0001",
    "--pay",
    "cash:100",
];

#[test]
fn the_command_line_waits_for_a_short_writer_then_sells() {
    let shop = Shop::new();
    let holder = hold_writer(&shop.path(), Duration::from_millis(1500));
    let started = Instant::now();
    ok(&souk(&shop.path(), "en", &SELL));
    assert!(started.elapsed() >= Duration::from_millis(1000));
    holder.join().unwrap();
    // Two commands in a row, as a script runs them: nothing outlives the first.
    ok(&souk(&shop.path(), "en", &SELL));
    assert_eq!(numbers(&shop.conn), ["2026-000001", "2026-000002"]);
}

#[test]
fn the_command_line_gives_up_on_a_long_writer_with_a_message() {
    let shop = Shop::new();
    let before = fingerprint(&shop.conn);
    let holder = hold_writer(&shop.path(), Duration::from_secs(8));
    let reason = refused(&souk(&shop.path(), "fr", &SELL));
    assert!(reason.contains("occupée"), "{reason}");
    holder.join().unwrap();
    assert_eq!(fingerprint(&shop.conn), before);
}

#[test]
fn a_second_window_on_the_same_database_is_refused_until_the_first_closes() {
    let shop = Shop::new();
    let first = souk::lock::take(&shop.path()).unwrap();
    assert!(first.is_some(), "this file system has advisory locks");
    let error = souk::lock::take(&shop.path()).unwrap_err();
    assert!(matches!(error, Error::AlreadyOpen { .. }), "{error:?}");
    says(&error, ["already open", "déjà ouvert", "مفتوح"]);
    // Another process sees it too, and the command line still works beside the window.
    ok(&souk(&shop.path(), "en", &SELL));
    drop(first);
    assert!(souk::lock::take(&shop.path()).unwrap().is_some());
}

/// Run by `a_killed_window_leaves_no_lock_behind` in a child process: holds the window's
/// lock until killed.
#[test]
fn lock_holder_child() {
    let Ok(db) = std::env::var("SOUK_TEST_HOLD_LOCK") else {
        return;
    };
    let _lock = souk::lock::take(Path::new(&db)).unwrap();
    println!("locked");
    std::thread::sleep(Duration::from_secs(60));
}

#[test]
fn a_killed_window_leaves_no_lock_behind() {
    use std::io::{BufRead, BufReader};
    let shop = Shop::new();
    let mut child = Command::new(std::env::current_exe().unwrap())
        .args(["--exact", "one_writer::lock_holder_child", "--nocapture"])
        .env("SOUK_TEST_HOLD_LOCK", shop.path())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    assert!(lines.any(|l| l.unwrap().contains("locked")));
    let error = souk::lock::take(&shop.path()).unwrap_err();
    assert!(matches!(error, Error::AlreadyOpen { .. }), "{error:?}");
    child.kill().unwrap(); // SIGKILL: no destructor runs
    child.wait().unwrap();
    assert!(souk::lock::take(&shop.path()).unwrap().is_some());
}

#[test]
fn a_restore_is_refused_while_a_window_is_open() {
    let shop = Shop::new();
    shop.cash_sale_cli();
    let copy = shop.dir.path().join("copy.sqlite");
    ok(&souk(
        &shop.path(),
        "en",
        &["backup", copy.to_str().unwrap()],
    ));
    ok(&souk(&shop.path(), "en", &SELL));
    let before = fingerprint(&shop.conn);
    let window = souk::lock::take(&shop.path()).unwrap();
    let reason = refused(&souk(
        &shop.path(),
        "ar",
        &["restore", copy.to_str().unwrap()],
    ));
    assert!(reason.contains("مفتوح"), "{reason}");
    assert_eq!(fingerprint(&shop.conn), before);
    drop(window);
    ok(&souk(
        &shop.path(),
        "en",
        &["restore", copy.to_str().unwrap()],
    ));
}

trait CliSale {
    fn cash_sale_cli(&self);
}

impl CliSale for Shop {
    fn cash_sale_cli(&self) {
        ok(&souk(&self.path(), "en", &SELL));
    }
}

/// Makes files and folders read-only in a way that binds whoever runs the tests: permission
/// bits, or the immutable attribute when permission bits do not stop us (root). Undone on drop.
struct ReadOnly {
    paths: Vec<PathBuf>,
    immutable: bool,
}

impl ReadOnly {
    /// `None` (with the reason printed) when neither way binds on this machine.
    fn make(paths: &[&Path]) -> Option<ReadOnly> {
        let probe_dir = tempfile::TempDir::new().unwrap();
        let probe = probe_dir.path().join("probe");
        std::fs::write(&probe, b"x").unwrap();
        set_mode(&probe, 0o444);
        let bits_bind = std::fs::OpenOptions::new()
            .write(true)
            .open(&probe)
            .is_err();
        let guard = ReadOnly {
            paths: paths.iter().map(|p| p.to_path_buf()).collect(),
            immutable: !bits_bind,
        };
        if bits_bind {
            for p in paths {
                set_mode(p, if p.is_dir() { 0o555 } else { 0o444 });
            }
            return Some(guard);
        }
        for p in paths {
            let done = Command::new("chattr").arg("+i").arg(p).status();
            if !matches!(done, Ok(s) if s.success()) {
                eprintln!(
                    "skipped: running as root, where permission bits do not stop writes, \
                     and chattr +i does not work here"
                );
                return None;
            }
        }
        Some(guard)
    }
}

impl Drop for ReadOnly {
    fn drop(&mut self) {
        for p in &self.paths {
            if self.immutable {
                let _ = Command::new("chattr").arg("-i").arg(p).status();
            } else {
                set_mode(p, if p.is_dir() { 0o755 } else { 0o644 });
            }
        }
    }
}

fn set_mode(path: &Path, mode: u32) {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap();
}

#[test]
fn a_read_only_database_is_refused_at_open_and_stays_as_it_was() {
    let mut shop = Shop::new();
    shop.cash_sale(vec![shop.line("P001-0003", "2")]);
    let before = fingerprint(&shop.conn);
    let path = shop.path();
    // As if the file were carried on a locked stick: checkpointed, then write-protected.
    shop.conn
        .execute_batch("PRAGMA wal_checkpoint(TRUNCATE)")
        .unwrap();
    let folder = path.parent().unwrap().to_path_buf();
    let files: Vec<PathBuf> = std::fs::read_dir(&folder)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    let mut all: Vec<&Path> = files.iter().map(PathBuf::as_path).collect();
    all.push(&folder);
    let Some(guard) = ReadOnly::make(&all) else {
        return;
    };
    let error = souk::db::open(&path).unwrap_err();
    assert!(matches!(error, Error::DatabaseReadOnly), "{error:?}");
    says(&error, ["read-only", "lecture seule", "للقراءة فقط"]);
    let error = souk::lock::take(&path).unwrap_err();
    assert!(matches!(error, Error::DatabaseReadOnly), "{error:?}");
    let reason = refused(&souk(&path, "fr", &SELL));
    assert!(reason.contains("lecture seule"), "{reason}");
    // #14.11: what only reads still reads.
    assert!(ok(&souk(&path, "en", &["check"])).contains("pass"));
    assert!(ok(&souk(&path, "en", &["sales"])).contains("2026-000001"));
    ok(&souk(&path, "en", &["products"]));
    drop(guard);
    assert_eq!(fingerprint(&shop.conn), before);
}

/// #14.11: a database whose folder is read-only (the file itself writable) reads, and a
/// write says read-only rather than "unable to open database file".
#[test]
fn a_database_in_a_read_only_folder_reads_and_says_why_it_cannot_write() {
    let mut shop = Shop::new();
    shop.cash_sale(vec![shop.line("P001-0003", "2")]);
    let path = shop.path();
    shop.conn
        .execute_batch("PRAGMA wal_checkpoint(TRUNCATE); PRAGMA journal_mode = DELETE")
        .unwrap();
    let before = fingerprint(&shop.conn);
    drop(shop.conn);
    let folder = path.parent().unwrap().to_path_buf();
    for entry in std::fs::read_dir(&folder).unwrap() {
        let entry = entry.unwrap().path();
        if entry != path {
            std::fs::remove_file(entry).unwrap();
        }
    }
    let Some(guard) = ReadOnly::make(&[&folder]) else {
        return;
    };
    assert!(ok(&souk(&path, "en", &["sales"])).contains("2026-000001"));
    assert!(ok(&souk(&path, "en", &["check"])).contains("pass"));
    let reason = refused(&souk(&path, "fr", &SELL));
    assert!(reason.contains("lecture seule"), "{reason}");
    drop(guard);
    let conn = souk::db::open(&path).unwrap();
    assert_eq!(fingerprint(&conn), before);
}

#[test]
fn a_new_database_in_a_read_only_folder_is_refused() {
    let dir = tempfile::TempDir::new().unwrap();
    let folder = dir.path().join("locked");
    std::fs::create_dir(&folder).unwrap();
    let Some(guard) = ReadOnly::make(&[&folder]) else {
        return;
    };
    let error = souk::db::open(&folder.join("souk.sqlite")).unwrap_err();
    assert!(matches!(error, Error::DatabaseReadOnly), "{error:?}");
    drop(guard);
    assert_eq!(std::fs::read_dir(&folder).unwrap().count(), 0);
}

#[test]
fn a_write_on_a_read_only_connection_is_named_and_writes_nothing() {
    // What SQLite answers when the file became read-only after the counter opened it.
    let mut shop = Shop::new();
    let before = fingerprint(&shop.conn);
    let sale = one_sale(&shop);
    let mut reader =
        Connection::open_with_flags(shop.path(), OpenFlags::SQLITE_OPEN_READ_ONLY).unwrap();
    let error = souk::sale::sell(&mut reader, &shop.clock, &sale).unwrap_err();
    assert!(matches!(error, Error::DatabaseReadOnly), "{error:?}");
    assert_eq!(fingerprint(&shop.conn), before);
    souk::sale::sell(&mut shop.conn, &shop.clock, &sale).unwrap();
}

#[test]
fn a_full_disk_refuses_the_sale_whole_and_keeps_every_saved_one() {
    let mut shop = Shop::new();
    let pages: i64 = shop
        .conn
        .query_row("PRAGMA page_count", [], |r| r.get(0))
        .unwrap();
    // The disk has room for a few more pages only.
    let _: i64 = shop
        .conn
        .query_row(&format!("PRAGMA max_page_count = {}", pages + 2), [], |r| {
            r.get(0)
        })
        .unwrap();
    let sale = one_sale(&shop);
    let mut saved = Vec::new();
    let error = loop {
        match souk::sale::sell(&mut shop.conn, &shop.clock, &sale) {
            Ok(s) => saved.push(s.number),
            Err(e) => break e,
        }
        assert!(saved.len() < 10_000, "the disk never filled");
    };
    assert!(matches!(error, Error::DiskFull), "{error:?}");
    says(&error, ["disk is full", "disque est plein", "ممتلئ"]);
    let before = fingerprint(&shop.conn);
    assert_eq!(numbers(&shop.conn), saved);
    assert!(souk::check::run(&shop.conn).unwrap().is_empty());

    // Space freed: the next sale takes the next number, with no gap.
    let _: i64 = shop
        .conn
        .query_row("PRAGMA max_page_count = 1000000", [], |r| r.get(0))
        .unwrap();
    let next = souk::sale::sell(&mut shop.conn, &shop.clock, &sale).unwrap();
    assert_eq!(next.number, format!("2026-{:06}", saved.len() + 1));
    assert_ne!(fingerprint(&shop.conn), before);
    assert!(souk::check::run(&shop.conn).unwrap().is_empty());
    assert_eq!(next.total, dh("51.50"));
}

#[test]
fn a_file_that_is_not_a_database_is_named_and_left_untouched() {
    let dir = tempfile::TempDir::new().unwrap();
    let path = dir.path().join("souk.sqlite");
    let garbage: Vec<u8> = (0..8192u32).map(|i| (i * 7 % 251) as u8).collect();
    std::fs::write(&path, &garbage).unwrap();
    let error = souk::db::open(&path).unwrap_err();
    assert!(
        matches!(error, Error::Backup(BackupError::NotASoukDatabase { .. })),
        "{error:?}"
    );
    says(&error, ["not a Souk database", "pas une base", "ليس قاعدة"]);
    let reason = refused(&souk(&path, "en", &SELL));
    assert!(
        reason.contains("souk.sqlite is not a Souk database"),
        "{reason}"
    );
    assert_eq!(std::fs::read(&path).unwrap(), garbage);
}

#[test]
fn a_damaged_page_met_while_reading_is_named() {
    let mut shop = Shop::new();
    shop.cash_sale(vec![shop.line("P001-0003", "2")]);
    shop.conn
        .execute_batch("PRAGMA wal_checkpoint(TRUNCATE)")
        .unwrap();
    let page: i64 = shop
        .conn
        .query_row("PRAGMA page_size", [], |r| r.get(0))
        .unwrap();
    let root: i64 = shop
        .conn
        .query_row(
            "SELECT rootpage FROM sqlite_master WHERE name = 'sale_lines'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    let Shop { dir, conn, .. } = shop;
    drop(conn);
    let path = dir.path().join("shop").join("souk.sqlite");
    // Scribble over the lines' table page, as a failing disk would.
    let mut bytes = std::fs::read(&path).unwrap();
    let start = usize::try_from((root - 1) * page).unwrap();
    for b in &mut bytes[start..start + 64] {
        *b = 0xAB;
    }
    std::fs::write(&path, &bytes).unwrap();
    let conn = souk::db::open(&path).unwrap();
    let error = souk::sale::load(&conn, "2026-000001").unwrap_err();
    assert!(matches!(error, Error::DatabaseDamaged), "{error:?}");
    says(&error, ["damaged", "abîmé", "تالف"]);
}

/// The window's boot: a second window on the same database shows why it cannot open, in
/// the user's language, instead of crashing; the first window reloads without tripping on
/// its own lock.
#[cfg(feature = "gui")]
#[test]
fn a_second_window_shows_why_it_cannot_open() {
    use std::sync::Arc;

    use iced_test::simulator::Simulator;
    use souk::clock::FixedClock;
    use souk::ui::{App, Message, store};

    let shop = Shop::new();
    let clock = Arc::new(FixedClock::new(common::utc("2026-11-29T10:00:00Z")));
    let first = store::boot(shop.path(), clock.clone()).unwrap();
    let error = store::boot(shop.path(), clock.clone()).unwrap_err();
    assert!(matches!(error, Error::AlreadyOpen { .. }), "{error:?}");

    let mut app = App::Loading { lang: Lang::Fr };
    let _ = app.update(Message::Booted(Err(error.clone())));
    assert!(matches!(app, App::Failed { .. }));
    let expected = Translator::new(Lang::Fr).tr(&error.msg());
    let mut ui = Simulator::with_size(common::ui::settings(), (1366.0, 768.0), app.view());
    assert!(ui.find(expected.as_str()).is_ok(), "{expected}");

    let reloaded = store::reload(first.store.clone()).unwrap();
    drop(first);
    assert!(matches!(
        store::boot(shop.path(), clock.clone()).unwrap_err(),
        Error::AlreadyOpen { .. }
    ));
    drop(reloaded);
    assert!(store::boot(shop.path(), clock).is_ok());
}

/// Runs `script` with `sh` in a private mount namespace (`unshare -m`), where it may mount a
/// small tmpfs that nobody else sees and that vanishes with it. `None`, with the reason
/// printed, where this machine does not allow it (not root, no unshare).
fn in_private_mount(script: &str, args: &[&OsStr]) -> Option<std::process::Output> {
    let allowed = Command::new("unshare").args(["-m", "true"]).output();
    match allowed {
        Ok(out) if out.status.success() => {}
        Ok(out) => {
            let why = String::from_utf8_lossy(&out.stderr);
            eprintln!("skipped: no private mount namespace here: {why}");
            return None;
        }
        Err(e) => {
            eprintln!("skipped: no unshare(1): {e}");
            return None;
        }
    }
    let out = Command::new("unshare")
        .args(["-m", "sh", "-c", script, "sh"])
        .args(args)
        .env("SOUK_CLOCK", "2026-11-29T10:15:00Z")
        .env_remove("SOUK_DB")
        .output();
    match out {
        Ok(out) if out.status.code() == Some(90) => {
            eprintln!(
                "skipped: cannot mount a tmpfs here: {}",
                String::from_utf8_lossy(&out.stderr)
            );
            None
        }
        Ok(out) => Some(out),
        Err(e) => {
            eprintln!("skipped: no unshare(1): {e}");
            None
        }
    }
}

/// A prepared shop's database file, closed (no `-wal` beside it).
fn closed_shop() -> (tempfile::TempDir, PathBuf) {
    let shop = Shop::new();
    let Shop { dir, conn, .. } = shop;
    conn.close().unwrap();
    let path = dir.path().join("shop").join("souk.sqlite");
    (dir, path)
}

/// A real full disk: a 2 MB tmpfs filled to the last byte (opening is refused), then but for
/// 200 KB (a sale also opens the till and keeps the review's totals), and sales rung up one
/// process at a time (each opening the database as the shop's scripts do) until the disk
/// refuses one.
#[test]
fn a_really_full_disk_refuses_the_sale_and_keeps_the_others() {
    const SCRIPT: &str = r#"
        SOUK=$1; DB=$2; OUT=$3; MNT=$OUT/disk
        mkdir "$MNT" && mount --make-rprivate / && mount -t tmpfs -o size=2m tmpfs "$MNT" || exit 90
        cp "$DB" "$MNT/souk.sqlite"
        avail=$(df -k --output=avail "$MNT" | tail -1)
        # Full to the last byte: even opening the database needs room for its -shm file.
        head -c $(( avail * 1024 )) /dev/zero > "$MNT/filler" 2>/dev/null
        "$SOUK" --db "$MNT/souk.sqlite" --lang en sales 2> "$OUT/opening.txt" && exit 5
        truncate -s $(( (avail - 200) * 1024 )) "$MNT/filler"
        i=0
        while [ $i -lt 500 ]; do
          "$SOUK" --db "$MNT/souk.sqlite" --lang fr sell --cashier amina P001-0001 --pay cash:100 --json \
            >> "$OUT/sold.json" 2> "$OUT/refusal.txt" || break
          i=$((i+1))
        done
        rm "$MNT/filler"
        "$SOUK" --db "$MNT/souk.sqlite" --lang en check > "$OUT/check.txt" 2>&1 || exit 3
        "$SOUK" --db "$MNT/souk.sqlite" --lang en sales --json > "$OUT/sales.json" || exit 4
    "#;
    let (dir, db) = closed_shop();
    let out_dir = dir.path().join("out");
    std::fs::create_dir(&out_dir).unwrap();
    let souk_bin = OsStr::new(env!("CARGO_BIN_EXE_souk"));
    let Some(out) = in_private_mount(SCRIPT, &[souk_bin, db.as_os_str(), out_dir.as_os_str()])
    else {
        return;
    };
    let read = |name: &str| std::fs::read_to_string(out_dir.join(name)).unwrap_or_default();
    assert!(
        out.status.success(),
        "{out:?}\ncheck: {}",
        read("check.txt")
    );
    let refusal = read("refusal.txt");
    assert!(refusal.contains("Le disque est plein"), "{refusal}");
    let opening = read("opening.txt");
    assert!(opening.contains("The disk is full"), "{opening}");
    let sold: Vec<String> = serde_json::Deserializer::from_str(&read("sold.json"))
        .into_iter::<serde_json::Value>()
        .map(|v| v.unwrap()["number"].as_str().unwrap().to_owned())
        .collect();
    assert!(!sold.is_empty() && sold.len() < 500, "{} sold", sold.len());
    let stored: Vec<String> = serde_json::from_str::<Vec<serde_json::Value>>(&read("sales.json"))
        .unwrap()
        .iter()
        .map(|v| v["number"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(
        stored, sold,
        "every sale reported sold is kept, and no other"
    );
}

/// A real read-only disk: the tmpfs holding the database is remounted read-only.
#[test]
fn a_really_read_only_disk_is_refused_and_the_file_unchanged() {
    const SCRIPT: &str = r#"
        SOUK=$1; DB=$2; OUT=$3; MNT=$OUT/disk
        mkdir "$MNT" && mount --make-rprivate / && mount -t tmpfs -o size=2m tmpfs "$MNT" || exit 90
        cp "$DB" "$MNT/souk.sqlite"
        mount -o remount,ro "$MNT" || exit 90
        "$SOUK" --db "$MNT/souk.sqlite" --lang ar sell --cashier amina P001-0001 --pay cash:100 \
          2> "$OUT/refusal.txt" && exit 3
        cmp "$DB" "$MNT/souk.sqlite" || exit 4
        ls -A "$MNT" > "$OUT/files.txt"
    "#;
    let (dir, db) = closed_shop();
    let out_dir = dir.path().join("out");
    std::fs::create_dir(&out_dir).unwrap();
    let souk_bin = OsStr::new(env!("CARGO_BIN_EXE_souk"));
    let Some(out) = in_private_mount(SCRIPT, &[souk_bin, db.as_os_str(), out_dir.as_os_str()])
    else {
        return;
    };
    assert!(out.status.success(), "{out:?}");
    let refusal = std::fs::read_to_string(out_dir.join("refusal.txt")).unwrap();
    assert!(refusal.contains("للقراءة فقط"), "{refusal}");
    let files = std::fs::read_to_string(out_dir.join("files.txt")).unwrap();
    assert_eq!(files.trim(), "souk.sqlite", "nothing was written beside it");
}

/// A lock file left by another user (not writable by this one) still locks.
#[test]
fn a_lock_file_that_cannot_be_written_still_locks() {
    let shop = Shop::new();
    let lock_file = souk::lock::lock_path(&shop.path());
    std::fs::write(&lock_file, b"").unwrap();
    let Some(guard) = ReadOnly::make(&[&lock_file]) else {
        return;
    };
    let first = souk::lock::take(&shop.path()).unwrap();
    assert!(first.is_some());
    assert!(matches!(
        souk::lock::take(&shop.path()),
        Err(Error::AlreadyOpen { .. })
    ));
    drop(first);
    drop(guard);
}
