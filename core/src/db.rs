//! The store: one SQLite file, opened with the same pragmas every time, its schema brought
//! up to date by the embedded, append-only migrations in `migrations/`.
//!
//! Durability is set here, not in the migrations: WAL with `synchronous=FULL` means a sale
//! the screen shows as done is on disk. A database made by a newer Souk is refused rather
//! than half-understood.

use std::path::Path;
use std::time::Duration;

use rusqlite::{Connection, OpenFlags, TransactionBehavior};
use rusqlite_migration::{M, Migrations};

use crate::error::{BackupError, Error, Result};

/// Every migration, in order. Append only: shops' databases have already run the old ones.
pub const MIGRATIONS: &[&str] = &[
    include_str!("../../migrations/0001_init.sql"),
    include_str!("../../migrations/0002_receipts.sql"),
    include_str!("../../migrations/0003_statements.sql"),
    include_str!("../../migrations/0004_people_audit.sql"),
    include_str!("../../migrations/0005_cash_sessions.sql"),
    include_str!("../../migrations/0006_deposits.sql"),
    include_str!("../../migrations/0007_statement_pdfs.sql"),
    include_str!("../../migrations/0008_lighter_sale_totals.sql"),
    include_str!("../../migrations/0009_timeline.sql"),
];

/// The schema version this program writes.
pub fn schema_version() -> u32 {
    u32::try_from(MIGRATIONS.len()).unwrap_or(u32::MAX)
}

fn migrations(count: usize) -> Migrations<'static> {
    Migrations::new(
        MIGRATIONS
            .iter()
            .take(count)
            .map(|sql| M::up(sql))
            .collect(),
    )
}

/// Opens (creating it and its folder when missing) the database at `path`, sets the
/// pragmas and applies pending migrations in one transaction.
pub fn open(path: &Path) -> Result<Connection> {
    open_at_version(path, MIGRATIONS.len())
}

/// Opens the database with only the first `count` migrations: how older Souks left it.
/// For upgrade tests.
pub fn open_at_version(path: &Path, count: usize) -> Result<Connection> {
    if let Some(folder) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(folder).map_err(|source| Error::Folder {
            path: folder.to_path_buf(),
            source: source.into(),
        })?;
    }
    let flags = OpenFlags::SQLITE_OPEN_READ_WRITE
        | OpenFlags::SQLITE_OPEN_CREATE
        | OpenFlags::SQLITE_OPEN_NO_MUTEX
        | OpenFlags::SQLITE_OPEN_URI;
    let mut conn = Connection::open_with_flags(path, flags).map_err(|e| opening(path, e))?;
    // SQLite quietly opens a write-protected file read-only: a counter that cannot save
    // must say so now, not at the first sale.
    if conn
        .is_readonly(rusqlite::MAIN_DB)
        .map_err(|e| opening(path, e))?
    {
        return Err(Error::DatabaseReadOnly);
    }
    configure(&conn).map_err(|e| opening(path, e))?;
    let found = user_version(&conn).map_err(|e| opening(path, e))?;
    let known = u32::try_from(count).unwrap_or(u32::MAX);
    if found > schema_version() {
        return Err(Error::DatabaseTooNew {
            path: path.to_path_buf(),
            found,
            known: schema_version(),
        });
    }
    if found < known {
        migrations(count).to_latest(&mut conn).map_err(|e| {
            match &e {
                rusqlite_migration::Error::RusqliteError { err, .. } => Error::storage(err),
                _ => None,
            }
            .unwrap_or_else(|| Error::Migration(e.to_string()))
        })?;
    }
    Ok(conn)
}

/// Opens the database to read only: as [`open`] when it can be written; when the file, its
/// folder or its disk is read-only (a locked stick, an immutable file), read-only as it is
/// (SQLite's read-only mode, or immutable when it cannot even keep its shared memory
/// beside the file: nothing can write there anyway). A database that would need upgrading
/// cannot be read without writing: it is refused as read-only.
pub fn open_for_reading(path: &Path) -> Result<Connection> {
    match open(path) {
        Ok(conn) => Ok(conn),
        Err(Error::DatabaseReadOnly | Error::Open { .. }) if path.is_file() => {
            read_only(path).ok_or(Error::DatabaseReadOnly)
        }
        Err(e) => Err(e),
    }
}

/// `file:` URI of `path` with `immutable=1`, every byte but unreserved ones escaped: a
/// file opened so leaves nothing beside it (the backups read their copies so too).
#[cfg(unix)]
pub(crate) fn immutable_uri(path: &Path) -> Option<String> {
    let absolute = std::path::absolute(path).ok()?;
    let text = absolute.to_str()?;
    let mut uri = String::from("file:");
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~/".contains(&byte) {
            uri.push(char::from(byte));
        } else {
            uri.push_str(&format!("%{byte:02X}"));
        }
    }
    uri.push_str("?immutable=1");
    Some(uri)
}

#[cfg(not(unix))]
pub(crate) fn immutable_uri(_path: &Path) -> Option<String> {
    None
}

/// A read-only connection to `path` that can answer, if there is one.
fn read_only(path: &Path) -> Option<Connection> {
    let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let plain = Connection::open_with_flags(path, flags).ok();
    let immutable = immutable_uri(path)
        .and_then(|uri| Connection::open_with_flags(uri, flags | OpenFlags::SQLITE_OPEN_URI).ok());
    plain.into_iter().chain(immutable).find(|conn| {
        conn.busy_timeout(Duration::from_secs(5)).is_ok()
            && user_version(conn).is_ok_and(|v| v == schema_version())
            && conn
                .query_row("SELECT count(*) FROM sqlite_master", [], |r| {
                    r.get::<_, i64>(0)
                })
                .is_ok()
    })
}

/// Why the database could not be opened: not a database (named), busy, read-only, full or
/// damaged when SQLite says so; a new file SQLite cannot create in a folder the system
/// refuses to write is read-only too (SQLite only says "cannot open").
fn opening(path: &Path, e: rusqlite::Error) -> Error {
    if e.sqlite_error_code() == Some(rusqlite::ErrorCode::NotADatabase) {
        return Error::Backup(BackupError::NotASoukDatabase {
            path: path.to_path_buf(),
        });
    }
    if let Some(known) = Error::storage(&e) {
        return known;
    }
    if e.sqlite_error_code() == Some(rusqlite::ErrorCode::CannotOpen) {
        // A new file, or an existing one whose journal cannot be made beside it: SQLite
        // says only "cannot open"; a probe in the folder says whether it is read-only.
        let probe = if path.exists() {
            let mut name = path.as_os_str().to_os_string();
            name.push(format!(".probe-{}", std::process::id()));
            std::path::PathBuf::from(name)
        } else {
            path.to_path_buf()
        };
        let made = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&probe);
        match made {
            Ok(_) => {
                let _ = std::fs::remove_file(&probe);
            }
            Err(io) if read_only_io(&io) => return Error::DatabaseReadOnly,
            Err(_) => {}
        }
    }
    Error::open(path, e)
}

/// Whether the system refused a write because the place is read-only or not ours.
pub fn read_only_io(e: &std::io::Error) -> bool {
    matches!(
        e.kind(),
        std::io::ErrorKind::ReadOnlyFilesystem | std::io::ErrorKind::PermissionDenied
    )
}

fn configure(conn: &Connection) -> rusqlite::Result<()> {
    conn.busy_timeout(Duration::from_secs(5))?;
    // journal_mode answers with a row; the others do not.
    let _mode: String = conn.query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0))?;
    conn.execute_batch("PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON;")?;
    Ok(())
}

pub fn user_version(conn: &Connection) -> rusqlite::Result<u32> {
    conn.query_row("PRAGMA user_version", [], |r| r.get(0))
}

/// Runs `work` in one write transaction (taken at once, so two writers queue instead of
/// failing halfway): everything it wrote is committed, or nothing is.
pub fn write<T>(conn: &mut Connection, work: impl FnOnce(&Connection) -> Result<T>) -> Result<T> {
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    let value = work(&tx)?;
    tx.commit()?;
    Ok(value)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn migrations_are_valid() {
        assert!(migrations(MIGRATIONS.len()).validate().is_ok());
    }
}
