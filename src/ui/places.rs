//! Where the window offers to put the files it writes for people and where its dialogs
//! open: the user's Documents (exports, PDFs), and the folders removable drives are mounted
//! under (a backup's folder dialog opens on a USB stick when one is in). The program reads
//! them once at start ([`Places::of_user`]) and hands them to the store; tests hand their
//! own, so nothing here reads the PC's folders behind a test's back.

use std::path::{Path, PathBuf};

/// The PC's folders the window starts from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Places {
    /// Where exports and PDFs go unless the user chooses another folder.
    pub documents: PathBuf,
    /// Folders whose sub-folders are removable drives (`/media/$USER`), first one first.
    pub removable: Vec<PathBuf>,
}

impl Places {
    /// The folder a paper is saved in: the one typed in its field, or, when the field was
    /// left empty, her Documents, never the program's working folder.
    pub fn folder(&self, typed: &str) -> PathBuf {
        match typed.trim() {
            "" => self.documents.clone(),
            typed => PathBuf::from(typed),
        }
    }

    /// The user's own: her Documents (else her home, else the database's folder), and on
    /// Linux the folders where the desktop mounts USB sticks. On Windows no drive is told
    /// apart as removable (that takes the Win32 API, which Souk does not call itself): a
    /// backup's dialog opens in Documents, and she picks the stick's letter there.
    pub fn of_user(database: &Path) -> Places {
        let dirs = directories::UserDirs::new();
        let documents = dirs
            .as_ref()
            .and_then(|d| d.document_dir().map(Path::to_path_buf))
            .filter(|d| d.is_dir())
            .or_else(|| dirs.as_ref().map(|d| d.home_dir().to_path_buf()))
            .filter(|d| d.is_dir())
            .unwrap_or_else(|| Places::beside(database).documents);
        Places {
            documents,
            removable: removable_roots(),
        }
    }

    /// Everything in the database's folder, no removable drive: for tests and tools.
    pub fn beside(database: &Path) -> Places {
        // A database given as a bare file name has an empty parent: its folder is the
        // current one, shown in full so that she knows where the files go.
        let absolute = std::path::absolute(database).unwrap_or_else(|_| database.to_path_buf());
        let documents = absolute
            .parent()
            .map_or_else(|| PathBuf::from("."), Path::to_path_buf);
        Places {
            documents,
            removable: Vec::new(),
        }
    }

    /// The first removable drive mounted now, if any (looked at each time: a stick comes
    /// and goes while the window is open).
    pub fn mounted_drive(&self) -> Option<PathBuf> {
        self.removable.iter().find_map(|root| {
            let mut drives: Vec<PathBuf> = std::fs::read_dir(root)
                .ok()?
                .filter_map(|entry| entry.ok())
                .map(|entry| entry.path())
                .filter(|path| path.is_dir())
                .collect();
            drives.sort();
            drives.into_iter().next()
        })
    }

    /// Where a backup's folder dialog opens when no folder is typed: the USB stick when
    /// one is in, else Documents; never the program's working folder.
    pub fn backup_start(&self) -> PathBuf {
        self.mounted_drive()
            .unwrap_or_else(|| self.documents.clone())
    }
}

/// Where Linux desktops mount removable drives for the user: udisks under
/// `/run/media/$USER` (Fedora, Arch) or `/media/$USER` (Debian, Ubuntu).
#[cfg(target_os = "linux")]
fn removable_roots() -> Vec<PathBuf> {
    let user = std::env::var_os("USER").or_else(|| {
        directories::BaseDirs::new()
            .and_then(|d| d.home_dir().file_name().map(|n| n.to_os_string()))
    });
    match user {
        Some(user) => vec![
            Path::new("/media").join(&user),
            Path::new("/run/media").join(&user),
        ],
        None => Vec::new(),
    }
}

#[cfg(not(target_os = "linux"))]
fn removable_roots() -> Vec<PathBuf> {
    Vec::new()
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn a_backup_dialog_opens_on_the_stick_when_one_is_in_else_in_documents() {
        let dir = tempfile::tempdir().unwrap();
        let (media, documents) = (dir.path().join("media"), dir.path().join("Documents"));
        std::fs::create_dir_all(&documents).unwrap();
        let places = Places {
            documents: documents.clone(),
            removable: vec![dir.path().join("none"), media.clone()],
        };
        assert_eq!(places.backup_start(), documents);
        std::fs::create_dir_all(media.join("STICK")).unwrap();
        assert_eq!(places.backup_start(), media.join("STICK"));
    }

    #[test]
    fn beside_a_bare_file_name_is_a_full_folder() {
        let places = Places::beside(Path::new("souk.sqlite"));
        assert!(places.documents.is_absolute(), "{places:?}");
        assert!(places.removable.is_empty());
    }
}
