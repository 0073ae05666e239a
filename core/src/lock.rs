//! One window per database: the counter's window holds an exclusive advisory lock on
//! `<database>.lock` for as long as it is open, so a second window on the same file is
//! refused with a clear message instead of running a second counter beside the first.
//!
//! Why a lock file and not SQLite alone: SQLite already makes two writers safe (every write
//! is one IMMEDIATE transaction, others wait up to the busy timeout), but it cannot tell that
//! a second counter, with its own cart, catalogue and drawer, was started by mistake. The
//! command line does not take this lock: `souk sell` while the window is open, or two
//! commands in a row from a script, go through SQLite's locks and simply queue. Only what
//! must not happen under an open window (`souk restore`) asks whether the lock is free.
//!
//! The operating system releases the lock when the process ends, however it ends (even by
//! SIGKILL or a power cut): a stale lock file never blocks the next start. The file itself
//! is left in place, empty.

use std::fs::{File, OpenOptions, TryLockError};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::db::read_only_io;
use crate::error::{Error, Result};

/// Held while a window is open on a database; dropping it releases the lock.
#[derive(Debug)]
pub struct WindowLock {
    _file: File,
}

/// The lock file of the database at `db`: `souk.sqlite.lock` beside `souk.sqlite`.
pub fn lock_path(db: &Path) -> PathBuf {
    let mut name = db.as_os_str().to_os_string();
    name.push(".lock");
    PathBuf::from(name)
}

/// Takes the window's lock on the database at `db`, or says that another window has it.
/// A file system without advisory locks (some network shares) is not a reason to refuse
/// the shop its counter: the lock is then skipped and SQLite's own locks remain.
pub fn take(db: &Path) -> Result<Option<WindowLock>> {
    let path = lock_path(db);
    if let Some(folder) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(folder).map_err(|source| Error::Folder {
            path: folder.to_path_buf(),
            source: Arc::new(source),
        })?;
    }
    // A lock file left by another user may not be writable: a lock needs only reading.
    let file = OpenOptions::new()
        .read(true)
        .write(true)
        .create(true)
        .truncate(false)
        .open(&path)
        .or_else(|e| File::open(&path).map_err(|_| e))
        .map_err(|source| {
            if read_only_io(&source) {
                Error::DatabaseReadOnly
            } else {
                Error::WriteFile {
                    path: path.clone(),
                    source: Arc::new(source),
                }
            }
        })?;
    match file.try_lock() {
        Ok(()) => Ok(Some(WindowLock { _file: file })),
        Err(TryLockError::WouldBlock) => Err(Error::AlreadyOpen {
            path: db.to_path_buf(),
        }),
        Err(TryLockError::Error(_)) => Ok(None),
    }
}

/// Refuses when a window holds the lock of the database at `db`: for what would change
/// the file under an open counter. Takes and releases the lock at once.
pub fn refuse_if_open(db: &Path) -> Result<()> {
    if !lock_path(db).exists() {
        return Ok(());
    }
    take(db).map(drop)
}
