//! Backups and restores of the shop's one database file.
//!
//! A backup is made with SQLite's online backup API, so the counter keeps selling while it
//! runs: the copy is taken in small steps with a short pause between them, and restarts by
//! itself when another connection commits meanwhile. It is written to a temporary file beside
//! its destination and renamed only once complete, so a half-written backup never carries the
//! final name; then it is opened again and verified (`integrity_check`, schema version).
//! A backup file is self-contained (rollback journal, no `-wal` beside it), so it can be
//! carried on a USB stick.
//!
//! Rotating backups are named `souk-YYYY-MM-DD-HHMMSS.sqlite` (local time in Rabat); only
//! files of exactly that pattern are ever removed, the oldest first.
//!
//! A restore checks the backup (a Souk database, intact, not from a newer Souk), keeps the
//! current database aside (with the backup API too, since a WAL database is more than one
//! file), then copies the backup INTO the current database with the backup API, so its WAL
//! and shared-memory files stay consistent. A damaged current database — the case restores
//! exist for — cannot be copied: it is set aside whole instead, its files renamed as they
//! are (its journals with it, so none is replayed onto the restored file), and the backup
//! is copied into a new file. An older-schema backup is restored as it is: the next
//! [`crate::db::open`] migrates it.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use chrono::NaiveDateTime;
use rusqlite::backup::Backup;
use rusqlite::{Connection, OpenFlags};

use crate::clock::{self, Clock};
use crate::db;
use crate::error::{BackupError, Error, Result};

/// The setting naming the folder rotating backups go to (may be a USB stick).
pub const FOLDER: &str = crate::settings::BACKUP_FOLDER;
/// The setting saying how many rotating backups are kept.
pub const KEEP: &str = crate::settings::BACKUP_KEEP;
/// How many rotating backups are kept when `backup.keep` is not set.
pub const DEFAULT_KEEP: usize = crate::settings::KEEPING.default.unsigned_abs() as usize;

/// Pages copied per step; between steps the counter's connection gets its turn.
const PAGES_PER_STEP: i32 = 256;
/// The pause between two steps of a backup.
const PAUSE: Duration = Duration::from_millis(2);
/// The name pattern of rotating backups, after `souk-` and before `.sqlite`.
const STAMP: &str = "%Y-%m-%d-%H%M%S";

/// What a verified backup holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BackupInfo {
    /// Where the backup was written.
    pub path: PathBuf,
    /// Its size in bytes.
    pub size: u64,
    /// Its schema version (`PRAGMA user_version`), equal to the source's.
    pub schema_version: u32,
    /// How many sales (including refunds and voided ones) it holds.
    pub sales: i64,
    /// Older rotating backups removed after this one was written.
    pub removed: Vec<PathBuf>,
}

/// What a restore did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RestoreInfo {
    /// The database that was replaced.
    pub current: PathBuf,
    /// Where the database as it was before the restore was kept; `None` when there was none.
    pub kept_aside: Option<PathBuf>,
    /// The schema version of the restored backup (migrated at the next open when older).
    pub schema_version: u32,
    /// How many sales the restored database holds.
    pub sales: i64,
}

fn sqlite(path: &Path) -> impl Fn(rusqlite::Error) -> Error + '_ {
    move |e| Error::open(path, e)
}

fn write_error(path: &Path) -> impl Fn(std::io::Error) -> Error + '_ {
    move |e| Error::WriteFile {
        path: path.to_path_buf(),
        source: Arc::new(e),
    }
}

fn create_folder(folder: &Path) -> Result<()> {
    std::fs::create_dir_all(folder).map_err(|source| Error::Folder {
        path: folder.to_path_buf(),
        source: Arc::new(source),
    })
}

/// `path` with `suffix` added to its file name (`souk.sqlite-wal`).
fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.as_os_str().to_os_string();
    name.push(suffix);
    PathBuf::from(name)
}

/// Opens a backup file to read it, leaving nothing beside it: a file with no `-wal` is
/// opened immutable (no `-shm` or `-wal` created on a USB stick); one with a `-wal` is read
/// with it, so its last commits are not missed.
fn open_read_only(path: &Path) -> rusqlite::Result<Connection> {
    let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    if !with_suffix(path, "-wal").exists()
        && let Some(uri) = db::immutable_uri(path)
    {
        return Connection::open_with_flags(uri, flags | OpenFlags::SQLITE_OPEN_URI);
    }
    Connection::open_with_flags(path, flags)
}

/// Refuses to put a new file where a `-wal` of an older one remains: SQLite would replay
/// that journal onto the new file.
fn refuse_stale_journal(dest: &Path) -> Result<()> {
    let wal = with_suffix(dest, "-wal");
    if wal.exists() {
        return Err(Error::WriteFile {
            path: dest.to_path_buf(),
            source: Arc::new(std::io::Error::new(
                std::io::ErrorKind::AlreadyExists,
                format!("{} exists beside it", wal.display()),
            )),
        });
    }
    Ok(())
}

/// Copies `from` into the database of `to` with the online backup API, in steps.
fn copy(from: &Connection, to: &mut Connection) -> rusqlite::Result<()> {
    Backup::new(from, to)?.run_to_completion(PAGES_PER_STEP, PAUSE, None)
}

/// A name in the same folder as `path`, for the file being written.
fn temporary_beside(path: &Path) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(format!(".part-{}", std::process::id()));
    path.with_file_name(name)
}

/// Copies the database of `conn` into a new, self-contained file at `dest` (replacing one
/// already there), through a temporary file renamed when complete, and returns it verified.
pub fn backup_to(conn: &Connection, dest: &Path) -> Result<BackupInfo> {
    if let Some(folder) = dest.parent().filter(|p| !p.as_os_str().is_empty()) {
        create_folder(folder)?;
    }
    refuse_stale_journal(dest)?;
    let expected = db::user_version(conn)?;
    let part = temporary_beside(dest);
    let written = write_copy(conn, &part).and_then(|()| {
        std::fs::rename(&part, dest).map_err(write_error(dest))?;
        Ok(())
    });
    if let Err(e) = written {
        let _ = std::fs::remove_file(&part);
        return Err(e);
    }
    let (schema_version, sales) = verify(dest)?;
    if schema_version != expected {
        return Err(Error::Backup(BackupError::BackupDamaged {
            path: dest.to_path_buf(),
            detail: format!("schema {schema_version} instead of {expected}"),
        }));
    }
    let size = std::fs::metadata(dest)
        .map_err(|source| Error::ReadFile {
            path: dest.to_path_buf(),
            source: Arc::new(source),
        })?
        .len();
    Ok(BackupInfo {
        path: dest.to_path_buf(),
        size,
        schema_version,
        sales,
        removed: Vec::new(),
    })
}

/// Writes the copy into `part` (a fresh file) and leaves it in rollback-journal mode, so it
/// is one file with nothing beside it.
fn write_copy(conn: &Connection, part: &Path) -> Result<()> {
    if part.exists() {
        std::fs::remove_file(part).map_err(write_error(part))?;
    }
    let mut out = Connection::open(part).map_err(sqlite(part))?;
    copy(conn, &mut out).map_err(sqlite(part))?;
    let _mode: String = out
        .query_row("PRAGMA journal_mode = DELETE", [], |r| r.get(0))
        .map_err(sqlite(part))?;
    out.close().map_err(|(_, e)| Error::open(part, e))?;
    Ok(())
}

/// Opens a database file read-only and checks it is an intact Souk database this Souk can
/// read: returns its schema version and its number of sales.
pub fn verify(path: &Path) -> Result<(u32, i64)> {
    let not_souk = || {
        Error::Backup(BackupError::NotASoukDatabase {
            path: path.to_path_buf(),
        })
    };
    if !path.is_file() {
        return Err(Error::ReadFile {
            path: path.to_path_buf(),
            source: Arc::new(std::io::Error::from(std::io::ErrorKind::NotFound)),
        });
    }
    let conn = open_read_only(path).map_err(sqlite(path))?;
    let check: rusqlite::Result<Vec<String>> = conn
        .prepare("PRAGMA integrity_check")
        .and_then(|mut stmt| stmt.query_map([], |r| r.get(0))?.collect());
    let check = match check {
        Ok(rows) => rows,
        Err(rusqlite::Error::SqliteFailure(e, _))
            if e.code == rusqlite::ErrorCode::NotADatabase =>
        {
            return Err(not_souk());
        }
        Err(e) => {
            return Err(Error::Backup(BackupError::BackupDamaged {
                path: path.to_path_buf(),
                detail: e.to_string(),
            }));
        }
    };
    if check != ["ok"] {
        return Err(Error::Backup(BackupError::BackupDamaged {
            path: path.to_path_buf(),
            detail: check.join("; "),
        }));
    }
    let version = db::user_version(&conn).map_err(sqlite(path))?;
    let has_ledger: i64 = conn
        .query_row(
            "SELECT count(*) FROM sqlite_master WHERE type = 'table' \
             AND name IN ('sales', 'settings', 'producers')",
            [],
            |r| r.get(0),
        )
        .map_err(sqlite(path))?;
    if version == 0 || has_ledger != 3 {
        return Err(not_souk());
    }
    if version > db::schema_version() {
        return Err(Error::DatabaseTooNew {
            path: path.to_path_buf(),
            found: version,
            known: db::schema_version(),
        });
    }
    let sales = conn
        .query_row("SELECT count(*) FROM sales", [], |r| r.get(0))
        .map_err(sqlite(path))?;
    Ok((version, sales))
}

/// The name of a rotating backup made at `now`.
pub fn rotating_name(now: chrono::DateTime<chrono::Utc>) -> String {
    format!("souk-{}.sqlite", clock::local(now).format(STAMP))
}

/// Whether `name` is the name of a rotating backup (and nothing else).
fn is_rotating_name(name: &str) -> bool {
    name.strip_prefix("souk-")
        .and_then(|rest| rest.strip_suffix(".sqlite"))
        .is_some_and(|stamp| {
            stamp.len() == 17 && NaiveDateTime::parse_from_str(stamp, STAMP).is_ok()
        })
}

/// The rotating backups in `folder`, oldest first.
pub fn rotating_backups(folder: &Path) -> Result<Vec<PathBuf>> {
    let entries = std::fs::read_dir(folder).map_err(|source| Error::ReadFile {
        path: folder.to_path_buf(),
        source: Arc::new(source),
    })?;
    let mut found: Vec<PathBuf> = entries
        .filter_map(|entry| entry.ok())
        .filter(|entry| entry.file_type().is_ok_and(|t| t.is_file()))
        .filter(|entry| entry.file_name().to_str().is_some_and(is_rotating_name))
        .map(|entry| entry.path())
        .collect();
    // The stamp sorts like the time it names.
    found.sort();
    Ok(found)
}

/// Writes a verified backup named after the local time into `folder`, then keeps the newest
/// `keep` rotating backups there (at least the one just written) and removes the older ones.
/// Files not named like a rotating backup are never touched.
pub fn backup_rotating(
    conn: &Connection,
    folder: &Path,
    keep: usize,
    clock: &dyn Clock,
) -> Result<BackupInfo> {
    let dest = folder.join(rotating_name(clock.now()));
    let mut info = backup_to(conn, &dest)?;
    let all = rotating_backups(folder)?;
    let others: Vec<&PathBuf> = all.iter().filter(|p| **p != dest).collect();
    let excess = others.len().saturating_sub(keep.max(1) - 1);
    for old in others.into_iter().take(excess) {
        std::fs::remove_file(old).map_err(write_error(old))?;
        info.removed.push(old.clone());
    }
    Ok(info)
}

/// The day's automatic backup: when a folder is set and it holds no backup of today yet
/// (local day), a rotating backup is written there. `None` when nothing was due.
pub fn daily(conn: &Connection, clock: &dyn Clock) -> Result<Option<BackupInfo>> {
    let Some((folder, keep)) = configured(conn)? else {
        return Ok(None);
    };
    let today = format!(
        "souk-{}",
        clock::business_day(clock.now()).format("%Y-%m-%d")
    );
    let done_today = folder.is_dir()
        && rotating_backups(&folder)?.iter().any(|p| {
            p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with(&today))
        });
    if done_today {
        return Ok(None);
    }
    backup_rotating(conn, &folder, keep, clock).map(Some)
}

/// A backup at a moment that matters (a till closed): into the folder when one is set.
pub fn automatic(conn: &Connection, clock: &dyn Clock) -> Result<Option<BackupInfo>> {
    match configured(conn)? {
        Some((folder, keep)) => backup_rotating(conn, &folder, keep, clock).map(Some),
        None => Ok(None),
    }
}

/// The folder and the number to keep set in the settings, if a folder is set.
pub fn configured(conn: &Connection) -> Result<Option<(PathBuf, usize)>> {
    let Some(folder) = crate::settings::get(conn, FOLDER)?.filter(|f| !f.trim().is_empty()) else {
        return Ok(None);
    };
    let keep = match crate::settings::get(conn, KEEP)? {
        None => DEFAULT_KEEP,
        Some(text) => parse_keep(&text)?,
    };
    Ok(Some((PathBuf::from(folder), keep)))
}

/// Reads a number of backups to keep: a whole number from 1 to 10 000.
pub fn parse_keep(text: &str) -> Result<usize> {
    let keeping = crate::settings::KEEPING;
    text.trim()
        .parse::<i64>()
        .ok()
        .filter(|n| (keeping.min..=keeping.max).contains(n))
        .and_then(|n| usize::try_from(n).ok())
        .ok_or_else(|| Error::Backup(BackupError::BackupKeep(text.to_owned())))
}

/// As `configure`, by `by` who needs the right to change settings; the change is audited.
pub fn configure_as(
    conn: &mut Connection,
    clock: &dyn Clock,
    by: i64,
    folder: &Path,
    keep: Option<usize>,
) -> Result<()> {
    let keep = keep.map(|n| parse_keep(&n.to_string())).transpose()?;
    let folder = std::path::absolute(folder).unwrap_or_else(|_| folder.to_path_buf());
    let at = clock.now();
    db::write(conn, |tx| {
        crate::settings::change_in(tx, at, by, FOLDER, &folder.to_string_lossy())?;
        match keep {
            Some(keep) => crate::settings::change_in(tx, at, by, KEEP, &keep.to_string()),
            None => Ok(()),
        }
    })
}

/// Sets the folder (and optionally the number kept) of rotating backups.
pub fn configure(conn: &Connection, folder: &Path, keep: Option<usize>) -> Result<()> {
    let keep = keep.map(|n| parse_keep(&n.to_string())).transpose()?;
    let folder = std::path::absolute(folder).unwrap_or_else(|_| folder.to_path_buf());
    crate::settings::set(conn, FOLDER, &folder.to_string_lossy())?;
    if let Some(keep) = keep {
        crate::settings::set(conn, KEEP, &keep.to_string())?;
    }
    Ok(())
}

/// The file the current database is kept in before a restore replaces it.
pub fn aside_path(current: &Path, now: chrono::DateTime<chrono::Utc>) -> PathBuf {
    let stem = current
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| "souk".to_owned());
    let stamp = clock::local(now).format("%Y%m%d-%H%M%S");
    let first = current.with_file_name(format!("{stem}.before-restore-{stamp}.sqlite"));
    // Two restores in the same second keep both databases they replaced.
    let numbered =
        |n: u32| current.with_file_name(format!("{stem}.before-restore-{stamp}-{n}.sqlite"));
    std::iter::once(first)
        .chain((2..1000).map(numbered))
        .find(|p| !p.exists())
        .unwrap_or_else(|| numbered(1000))
}

/// An open connection to the database at `current` when it is sound, `None` when SQLite
/// finds it damaged (or not a database at all).
fn sound(current: &Path) -> Result<Option<Connection>> {
    let opened = Connection::open_with_flags(
        current,
        OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
    .and_then(|live| {
        live.busy_timeout(Duration::from_secs(5))?;
        let check: Vec<String> = live
            .prepare("PRAGMA quick_check(1)")?
            .query_map([], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        Ok((live, check))
    });
    match opened {
        Ok((live, check)) if check == ["ok"] => Ok(Some(live)),
        Ok(_) => Ok(None),
        Err(e) => match Error::storage(&e) {
            Some(Error::DatabaseDamaged) => Ok(None),
            Some(other) => Err(other),
            None => Err(Error::open(current, e)),
        },
    }
}

/// Keeps a sound database aside as a self-contained copy, through a temporary file.
fn copy_aside(live: &Connection, aside: &Path) -> Result<()> {
    let part = temporary_beside(aside);
    let written = write_copy(live, &part).and_then(|()| {
        std::fs::rename(&part, aside).map_err(write_error(aside))?;
        Ok(())
    });
    if written.is_err() {
        let _ = std::fs::remove_file(&part);
    }
    written
}

/// Keeps a damaged database aside as it is: its file renamed, byte for byte, and the files
/// SQLite keeps beside it renamed with it, so that none is replayed onto the restored one.
fn set_aside_whole(current: &Path, aside: &Path) -> Result<()> {
    for suffix in ["-wal", "-journal", "-shm"] {
        let beside = with_suffix(current, suffix);
        if beside.exists() {
            let to = with_suffix(aside, suffix);
            std::fs::rename(&beside, &to).map_err(write_error(&to))?;
        }
    }
    std::fs::rename(current, aside).map_err(write_error(aside))
}

/// Replaces the database at `current` with the content of the backup file `backup`, after
/// checking the backup and keeping the current database aside. Nothing is replaced when the
/// backup is refused or the current database cannot be kept aside.
pub fn restore(current: &Path, backup: &Path, clock: &dyn Clock) -> Result<RestoreInfo> {
    if let (Ok(a), Ok(b)) = (current.canonicalize(), backup.canonicalize())
        && a == b
    {
        return Err(Error::Backup(BackupError::RestoreOntoItself(
            backup.to_path_buf(),
        )));
    }
    let (schema_version, sales) = verify(backup)?;
    let source = open_read_only(backup).map_err(sqlite(backup))?;
    let kept_aside = if current.is_file() {
        let aside = aside_path(current, clock.now());
        refuse_stale_journal(&aside)?;
        match sound(current)? {
            Some(live) => copy_aside(&live, &aside)?,
            None => set_aside_whole(current, &aside)?,
        }
        Some(aside)
    } else {
        if let Some(folder) = current.parent().filter(|p| !p.as_os_str().is_empty()) {
            create_folder(folder)?;
        }
        None
    };
    let mut target = Connection::open(current).map_err(sqlite(current))?;
    target
        .busy_timeout(Duration::from_secs(5))
        .map_err(sqlite(current))?;
    let _mode: String = target
        .query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0))
        .map_err(sqlite(current))?;
    copy(&source, &mut target).map_err(sqlite(current))?;
    // Fold the restored pages back into the main file now, so the file alone is complete.
    let _ = target.execute_batch("PRAGMA wal_checkpoint(TRUNCATE)");
    Ok(RestoreInfo {
        current: current.to_path_buf(),
        kept_aside,
        schema_version,
        sales,
    })
}
