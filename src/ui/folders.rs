//! The folder the window offers for the papers it saves (statements, tag sheets, the till's
//! reports), before the user types or picks another.

use std::path::{Path, PathBuf};

use crate::ui::store::Store;

/// Where PDFs go unless the administrator types another folder: her Documents folder,
/// else the database's folder.
pub fn documents(store: &Store) -> PathBuf {
    directories::UserDirs::new()
        .and_then(|d| d.document_dir().map(Path::to_path_buf))
        .filter(|d| d.is_dir())
        .or_else(|| {
            // A database given as a bare file name has an empty parent: its folder is the
            // current one, shown in full so she knows where the files go.
            let database = std::path::absolute(store.path()).ok()?;
            database.parent().map(Path::to_path_buf)
        })
        .unwrap_or_else(|| PathBuf::from("."))
}
