//! The backups' refusals: a file that is not Souk's or is damaged, the folder, how many to keep, restoring onto itself.
//! Below the backup module so that the shop's `Error` can carry them without importing it.

use std::path::PathBuf;

use thiserror::Error;

use crate::i18n::Msg;

/// Each says itself in the user's language ([`BackupError::msg`]); the shop's `Error` carries
/// it as `Error::Backup`.
#[derive(Debug, Clone, Error)]
pub enum BackupError {
    #[error("{path} is not a Souk database")]
    NotASoukDatabase { path: PathBuf },
    #[error("the backup {path} is damaged: {detail}")]
    BackupDamaged { path: PathBuf, detail: String },
    #[error("no backup folder: give a FILE, or set the folder with `souk backup --folder DIR`")]
    BackupFolderNeeded,
    #[error("{0:?} is not a number of backups to keep (1 to 10000)")]
    BackupKeep(String),
    #[error("{0} is the current database itself")]
    RestoreOntoItself(PathBuf),
}

impl BackupError {
    /// The refusal said to the user.
    pub fn msg(&self) -> Msg {
        use BackupError as E;
        match self {
            E::NotASoukDatabase { path } => {
                Msg::new("backup-err-not-souk").arg("path", path.display().to_string())
            }
            E::BackupDamaged { path, detail } => Msg::new("backup-err-damaged")
                .arg("path", path.display().to_string())
                .arg("detail", detail),
            E::BackupFolderNeeded => Msg::new("backup-err-no-folder"),
            E::BackupKeep(text) => Msg::new("backup-err-keep").arg("text", text),
            E::RestoreOntoItself(path) => {
                Msg::new("backup-err-itself").arg("path", path.display().to_string())
            }
        }
    }
}
