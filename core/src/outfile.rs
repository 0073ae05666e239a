//! The one door for files Souk writes for people to keep or print: PDFs, pictures,
//! spreadsheets, CSV. It keeps three promises, whoever asks (a command, a save in the window,
//! a printer that writes files):
//! - never over the database: not the shop's file, not its `-wal`, `-shm`, `-journal` or
//!   `.lock` companions, not any other SQLite file (a backup, a file set aside by a restore),
//!   whatever the user says;
//! - never over an existing file unless the user said so (`--force`, or a confirmation in
//!   the window), and never through a link (a link could point at the database);
//! - whole or absent: the bytes go to a temporary file beside the target, renamed into place
//!   once complete, so a full disk or a crash never leaves half a PDF under the real name.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::i18n::Msg;

/// Why a file was not written. Owned here, below the shop's error type, which takes each
/// case in (`From<outfile::Error> for crate::Error`).
#[derive(Debug, Clone, thiserror::Error)]
pub enum Error {
    #[error("refused: {0:?}")]
    Refused(Refusal),
    #[error("cannot create the folder {path}: {source}")]
    Folder {
        path: PathBuf,
        source: Arc<std::io::Error>,
    },
    #[error("cannot write {path}: {source}")]
    Write {
        path: PathBuf,
        source: Arc<std::io::Error>,
    },
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Why a file was not written where asked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// The place is a database (the shop's, a backup) or one of a database's companions.
    Database(PathBuf),
    /// A file is already there and replacing it was not asked for.
    Exists(PathBuf),
    /// The place is a link, which could lead anywhere (to the database too).
    Link(PathBuf),
    /// The place is a folder.
    Folder(PathBuf),
    /// The folder it would go in does not exist.
    NoFolder(PathBuf),
}

impl Refusal {
    pub fn msg(&self) -> Msg {
        let (id, path) = match self {
            Refusal::Database(p) => ("out-err-database", p),
            Refusal::Exists(p) => ("out-err-exists", p),
            Refusal::Link(p) => ("out-err-link", p),
            Refusal::Folder(p) => ("out-err-folder", p),
            Refusal::NoFolder(p) => ("out-err-no-folder", p),
        };
        Msg::new(id).arg("path", path.display().to_string())
    }
}

impl From<Refusal> for Error {
    fn from(refusal: Refusal) -> Error {
        Error::Refused(refusal)
    }
}

/// The first bytes of every SQLite database file.
const SQLITE_MAGIC: &[u8; 16] = b"SQLite format 3\0";
/// What SQLite adds to a database's name for the files beside it, and Souk for its lock.
const COMPANIONS: [&str; 4] = ["-wal", "-shm", "-journal", ".lock"];

/// Whether the file at `path` starts like a SQLite database or its write-ahead log. Only
/// regular files are read: a printer's device file must not be read from.
fn looks_like_sqlite(path: &Path) -> bool {
    let Ok(meta) = std::fs::metadata(path) else {
        return false;
    };
    if !meta.is_file() {
        return false;
    }
    let mut head = [0u8; 16];
    let Ok(mut file) = std::fs::File::open(path) else {
        // A file we cannot even read is not one to write over either.
        return true;
    };
    let read = file.read(&mut head).unwrap_or(0);
    let wal = read >= 4 && matches!(head[..4], [0x37, 0x7f, 0x06, 0x82 | 0x83]);
    (read == 16 && &head == SQLITE_MAGIC) || wal
}

/// Whether `path` is a database or a file SQLite or Souk keeps beside one: what no output
/// may ever replace.
pub fn is_database_file(path: &Path) -> bool {
    if looks_like_sqlite(path) {
        return true;
    }
    let Some(name) = path.file_name().and_then(|n| n.to_str()) else {
        return false;
    };
    COMPANIONS.iter().any(|suffix| {
        name.strip_suffix(suffix)
            .filter(|base| !base.is_empty())
            .is_some_and(|base| looks_like_sqlite(&path.with_file_name(base)))
    })
}

/// Refuses a place that is a database, a database's companion, a link or a folder; with
/// `replace` false, any existing file too. Writes nothing.
pub fn check(path: &Path, replace: bool) -> Result<(), Refusal> {
    let owned = || path.to_path_buf();
    if is_database_file(path) {
        return Err(Refusal::Database(owned()));
    }
    if let Some(folder) = path.parent().filter(|p| !p.as_os_str().is_empty())
        && !folder.is_dir()
    {
        return Err(Refusal::NoFolder(folder.to_path_buf()));
    }
    match std::fs::symlink_metadata(path) {
        Ok(meta) if meta.file_type().is_symlink() => Err(Refusal::Link(owned())),
        Ok(meta) if meta.is_dir() => Err(Refusal::Folder(owned())),
        Ok(_) if !replace => Err(Refusal::Exists(owned())),
        _ => Ok(()),
    }
}

/// Refuses only a database or its companion: for places meant to be written again and again
/// (a printer's device or picture file).
pub fn refuse_database(path: &Path) -> Result<()> {
    if is_database_file(path) {
        return Err(Refusal::Database(path.to_path_buf()).into());
    }
    Ok(())
}

/// Whether a save at `path` would replace a file (for the window to ask first).
pub fn exists(path: &Path) -> bool {
    std::fs::symlink_metadata(path).is_ok()
}

/// Writes `bytes` to `path`, whole or not at all, after [`check`]. The folder must exist.
pub fn write(path: &Path, bytes: &[u8], replace: bool) -> Result<()> {
    check(path, replace)?;
    let failed = |source: std::io::Error| Error::Write {
        path: path.to_path_buf(),
        source: Arc::new(source),
    };
    let part = temporary_beside(path);
    let written = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&part)
        .and_then(|mut file| {
            file.write_all(bytes)?;
            file.sync_all()
        });
    if let Err(e) = written {
        let _ = std::fs::remove_file(&part);
        return Err(failed(e));
    }
    // Checked again at the last moment: the place may have changed while we wrote.
    if let Err(refusal) = check(path, replace) {
        let _ = std::fs::remove_file(&part);
        return Err(refusal.into());
    }
    std::fs::rename(&part, path).map_err(|e| {
        let _ = std::fs::remove_file(&part);
        failed(e)
    })
}

/// Makes the folder a paper is saved in, with its parents; a refusal names the folder.
pub fn make_folder(dir: &Path) -> Result<()> {
    std::fs::create_dir_all(dir).map_err(|e| Error::Folder {
        path: dir.to_path_buf(),
        source: Arc::new(e),
    })
}

/// Writes `bytes` at `path`, or, when a file is already there, under the first free name
/// `stem (2).ext`, `stem (3).ext`…: for saves that keep every copy rather than ask (a
/// statement saved again). Returns where it went.
pub fn write_keeping(path: &Path, bytes: &[u8]) -> Result<PathBuf> {
    let stem = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let ext = path
        .extension()
        .map(|e| format!(".{}", e.to_string_lossy()))
        .unwrap_or_default();
    let numbered = (2..1000).map(|n| path.with_file_name(format!("{stem} ({n}){ext}")));
    for place in std::iter::once(path.to_path_buf()).chain(numbered) {
        match write(&place, bytes, false) {
            Err(Error::Refused(Refusal::Exists(_))) => continue,
            done => return done.map(|()| place),
        }
    }
    Err(Refusal::Exists(path.to_path_buf()).into())
}

/// A hidden name in the same folder as `path`, unique to this process and call.
fn temporary_beside(path: &Path) -> PathBuf {
    use std::sync::atomic::{AtomicU64, Ordering};
    static NEXT: AtomicU64 = AtomicU64::new(0);
    let n = NEXT.fetch_add(1, Ordering::Relaxed);
    let mut name = std::ffi::OsString::from(".");
    name.push(path.file_name().unwrap_or_default());
    name.push(format!(".{}-{n}.part", std::process::id()));
    path.with_file_name(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dir() -> tempfile::TempDir {
        tempfile::TempDir::new().unwrap_or_else(|e| panic!("{e}"))
    }

    #[test]
    fn a_file_is_written_once_then_replaced_only_when_asked() -> crate::Result<()> {
        let dir = dir();
        let path = dir.path().join("report.pdf");
        write(&path, b"one", false)?;
        assert!(matches!(
            write(&path, b"two", false),
            Err(Error::Refused(Refusal::Exists(_)))
        ));
        assert_eq!(std::fs::read(&path).ok().as_deref(), Some(&b"one"[..]));
        write(&path, b"two", true)?;
        assert_eq!(std::fs::read(&path).ok().as_deref(), Some(&b"two"[..]));
        // Nothing left beside it.
        let files = std::fs::read_dir(dir.path()).map_or(0, |d| d.count());
        assert_eq!(files, 1);
        Ok(())
    }

    #[test]
    fn databases_and_their_companions_are_never_replaced() -> crate::Result<()> {
        let dir = dir();
        let db = dir.path().join("shop.db");
        let conn = crate::db::open(&db)?;
        for name in [
            "shop.db",
            "shop.db-wal",
            "shop.db-shm",
            "shop.db.lock",
            "shop.db-journal",
        ] {
            let path = dir.path().join(name);
            let refused = write(&path, b"%PDF", true);
            assert!(
                matches!(refused, Err(Error::Refused(Refusal::Database(_)))),
                "{name}: {refused:?}"
            );
        }
        drop(conn);
        Ok(())
    }
}
