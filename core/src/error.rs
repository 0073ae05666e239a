//! Every refusal and failure of the core, typed. Each has an English `Display` for logs and a
//! `Msg` for the user in their language. Errors are `Clone` (sources behind `Arc`) so they
//! can travel in GUI messages.
//!
//! Each domain's refusals are its own enum (`SaleError`, `CatalogError`, `UsersError`, …, in
//! this module's submodules), saying themselves in the user's language; `Error` nests them
//! with `#[from]` and keeps only the store's, the files' and the refusals shared by several
//! domains. This module sits below every domain: it imports only the bottom modules (i18n,
//! money, stored, text, outfile, timeline, dbkind), and what a refusal names from a domain
//! (a right, a printer's problem, an import's column) lives here and is re-exported there.

use std::path::PathBuf;
use std::sync::Arc;

use thiserror::Error;

pub mod backup;
pub mod cash;
pub mod catalog;
pub mod intake;
pub mod pdf;
pub mod problem;
pub mod receipt;
pub mod sale;
pub mod scale;
pub mod settings;
pub mod statement;
pub mod tags;
pub mod users;

pub use backup::BackupError;
pub use cash::CashError;
pub use catalog::CatalogError;
pub use intake::IntakeError;
pub use pdf::PdfError;
pub use receipt::{ReceiptError, SpecProblem};
pub use sale::SaleError;
pub use scale::ScaleError;
pub use settings::SettingsError;
pub use statement::StatementError;
pub use tags::TagsError;
pub use users::UsersError;

use crate::i18n::Msg;
use crate::money::ParseError;

pub type Result<T, E = Error> = std::result::Result<T, E>;

/// One bad line of an imported file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LineError {
    /// The line in the file, counting the header as line 1, as a spreadsheet shows it.
    pub line: usize,
    pub reason: Msg,
}

#[derive(Debug, Clone, Error)]
pub enum Error {
    #[error("cannot create the folder {path}: {source}")]
    Folder {
        path: PathBuf,
        source: Arc<std::io::Error>,
    },
    #[error("cannot open the database {path}: {source}")]
    Open {
        path: PathBuf,
        source: Arc<rusqlite::Error>,
    },
    #[error(
        "the database {path} was made by a newer Souk (schema {found}, this one knows {known})"
    )]
    DatabaseTooNew {
        path: PathBuf,
        found: u32,
        known: u32,
    },
    #[error("the database could not be upgraded: {0}")]
    Migration(String),
    #[error("database error: {0}")]
    Sqlite(Arc<rusqlite::Error>),
    #[error(transparent)]
    Damaged(#[from] crate::stored::Damaged),
    #[error("cannot read {path}: {source}")]
    ReadFile {
        path: PathBuf,
        source: Arc<std::io::Error>,
    },
    #[error("{field}: {error}")]
    Parse {
        field: &'static str,
        error: ParseError,
    },
    #[error("a payment of zero")]
    ZeroPayment,
    #[error("a reason is required")]
    ReasonRequired,
    #[error("the demo shop needs an empty database")]
    DemoNeedsEmptyDatabase,
    #[error("{0:?} is not a day (YYYY-MM-DD)")]
    BadDay(String),
    #[error("the check found {0} problems")]
    CheckFailed(usize),
    #[error("a name is required, in Arabic or in Latin letters")]
    NameRequired,
    #[error("the work stopped before it finished; nothing was lost, try again")]
    Interrupted,
    #[error("cannot write {path}: {source}")]
    WriteFile {
        path: PathBuf,
        source: Arc<std::io::Error>,
    },

    #[error("the database is busy: another program is writing to it")]
    DatabaseBusy,
    #[error("the database cannot be written: its file, folder or disk is read-only")]
    DatabaseReadOnly,
    #[error("the disk is full")]
    DiskFull,
    #[error("the database is damaged or is not a database")]
    DatabaseDamaged,
    #[error("Souk is already open on {path} in another window")]
    AlreadyOpen { path: PathBuf },
    #[error(transparent)]
    Text(#[from] crate::text::Refused),
    #[error("the period ends ({to}) before it starts ({from})")]
    BadPeriod { from: String, to: String },
    #[error("not written: {0:?}")]
    Output(crate::outfile::Refusal),
    #[error("the PC's clock is behind the ledger: {0:?}")]
    Timeline(crate::timeline::Refusal),
    #[error("refused by the database's kind: {0:?}")]
    DbKind(crate::dbkind::Refusal),
    #[error("the spreadsheet could not be made: {0}")]
    Export(String),
    #[error(transparent)]
    Catalog(#[from] CatalogError),
    #[error(transparent)]
    Sale(#[from] SaleError),
    #[error(transparent)]
    Receipt(#[from] ReceiptError),
    #[error(transparent)]
    Users(#[from] UsersError),
    #[error(transparent)]
    Settings(#[from] SettingsError),
    #[error(transparent)]
    Scale(#[from] ScaleError),
    #[error(transparent)]
    Cash(#[from] CashError),
    #[error(transparent)]
    Statement(#[from] StatementError),
    #[error(transparent)]
    Backup(#[from] BackupError),
    #[error(transparent)]
    Intake(#[from] IntakeError),
    #[error(transparent)]
    Tags(#[from] TagsError),
    #[error(transparent)]
    Pdf(#[from] PdfError),
}

impl Error {
    pub fn open(path: &std::path::Path, source: rusqlite::Error) -> Error {
        Error::Open {
            path: path.to_path_buf(),
            source: Arc::new(source),
        }
    }

    pub fn parse(field: &'static str, error: ParseError) -> Error {
        Error::Parse { field, error }
    }

    /// What to tell the user at the command line: where the window's words name a screen,
    /// these name the command or option to use.
    pub fn cli_msg(&self) -> Msg {
        use Error as E;
        let cli = |msg: Msg| Msg {
            id: match msg.id {
                "err-unknown-user" => "cli-err-unknown-user",
                "print-err-unsupported" => "cli-print-err-unsupported",
                "print-err-no-printer" => "cli-print-err-no-printer",
                "auth-err-pin-not-set" => "cli-auth-err-pin-not-set",
                "auth-err-user-needed" => "cli-auth-err-user-needed",
                "store-err-damaged" => "cli-store-err-damaged",
                "cash-err-no-session" => "cli-cash-err-no-session",
                "print-err-spec-kind" => "cli-print-err-spec-kind",
                other => other,
            },
            args: msg.args,
        };
        match self {
            E::Users(
                UsersError::UnknownUser(_) | UsersError::PinNotSet(_) | UsersError::UserNeeded,
            )
            | E::Receipt(
                ReceiptError::PrinterUnsupported { .. }
                | ReceiptError::NoPrinter
                | ReceiptError::PrinterSpec { .. },
            )
            | E::DatabaseDamaged
            | E::Cash(CashError::NoOpenSession) => cli(self.msg()),
            _ => self.msg(),
        }
    }

    /// What to tell the user in the window: words, never a command or a setting's key.
    pub fn msg(&self) -> Msg {
        use Error as E;
        match self {
            E::Folder { path, source } => Msg::new("err-folder")
                .arg("path", path.display().to_string())
                .arg("detail", source.to_string()),
            E::Open { path, source } => Msg::new("err-open")
                .arg("path", path.display().to_string())
                .arg("detail", source.to_string()),
            E::DatabaseTooNew { path, found, known } => Msg::new("err-db-too-new")
                .arg("path", path.display().to_string())
                .arg("found", i64::from(*found))
                .arg("known", i64::from(*known)),
            E::Migration(detail) => Msg::new("err-migration").arg("detail", detail),
            E::Sqlite(source) => Msg::new("err-sqlite").arg("detail", source.to_string()),
            E::Damaged(d) => Msg::new("err-damaged")
                .arg("table", d.table)
                .arg("row", d.row.clone())
                .arg("column", d.column.clone())
                .arg("found", d.found.clone()),
            E::ReadFile { path, source } => Msg::new("err-read-file")
                .arg("path", path.display().to_string())
                .arg("detail", source.to_string()),
            E::Parse { field, error } => Msg::new("err-field")
                .arg("field", Msg::new(field_message(field)))
                .arg("detail", error.msg()),
            E::ZeroPayment => Msg::new("err-zero-payment"),
            E::ReasonRequired => Msg::new("err-reason-required"),
            E::DemoNeedsEmptyDatabase => Msg::new("err-demo-needs-empty"),
            E::BadDay(text) => Msg::new("err-bad-day").arg("text", typed(text)),
            E::CheckFailed(count) => Msg::new("err-check-failed").arg("count", *count),
            E::NameRequired => Msg::new("cat-err-name-required"),
            E::Interrupted => Msg::new("err-interrupted"),
            E::WriteFile { path, source } => Msg::new("err-write-file")
                .arg("path", path.display().to_string())
                .arg("detail", source.to_string()),
            E::DatabaseBusy => Msg::new("store-err-busy"),
            E::DatabaseReadOnly => Msg::new("store-err-read-only"),
            E::DiskFull => Msg::new("store-err-disk-full"),
            E::DatabaseDamaged => Msg::new("store-err-damaged"),
            E::AlreadyOpen { path } => {
                Msg::new("store-err-already-open").arg("path", path.display().to_string())
            }
            E::Text(refused) => refused.msg(),
            E::BadPeriod { from, to } => Msg::new("report-err-period")
                .arg("from", from)
                .arg("to", to),
            E::Output(refusal) => refusal.msg(),
            E::Timeline(refusal) => refusal.msg(),
            E::DbKind(refusal) => refusal.msg(),
            E::Export(detail) => Msg::new("xl-err").arg("detail", detail),
            E::Catalog(e) => e.msg(),
            E::Sale(e) => e.msg(),
            E::Receipt(e) => e.msg(),
            E::Users(e) => e.msg(),
            E::Settings(e) => e.msg(),
            E::Scale(e) => e.msg(),
            E::Cash(e) => e.msg(),
            E::Statement(e) => e.msg(),
            E::Backup(e) => e.msg(),
            E::Intake(e) => e.msg(),
            E::Tags(e) => e.msg(),
            E::Pdf(e) => e.msg(),
        }
    }
}

/// What the user typed, as a message quotes it (see [`crate::text::shown`]).
fn typed(text: &str) -> String {
    crate::text::shown(text)
}

/// The message naming a field of a form or a column of a file.
fn field_message(field: &str) -> &'static str {
    match field {
        "price" => "field-price",
        "quantity" => "field-quantity",
        "payment" => "field-payment",
        "stock" => "field-stock",
        "association_share_percent" => "field-share",
        _ => "field-value",
    }
}

impl From<crate::outfile::Error> for Error {
    fn from(e: crate::outfile::Error) -> Error {
        use crate::outfile::Error as O;
        match e {
            O::Refused(refusal) => Error::Output(refusal),
            O::Folder { path, source } => Error::Folder { path, source },
            O::Write { path, source } => Error::WriteFile { path, source },
        }
    }
}

impl From<crate::dbkind::Error> for Error {
    fn from(e: crate::dbkind::Error) -> Error {
        match e {
            crate::dbkind::Error::Refused(refusal) => Error::DbKind(refusal),
            crate::dbkind::Error::Store(e) => Error::from(e),
        }
    }
}

impl From<crate::dbkind::Refusal> for Error {
    fn from(refusal: crate::dbkind::Refusal) -> Error {
        Error::DbKind(refusal)
    }
}

impl From<crate::timeline::Error> for Error {
    fn from(e: crate::timeline::Error) -> Error {
        match e {
            crate::timeline::Error::Refused(refusal) => Error::Timeline(refusal),
            crate::timeline::Error::Store(e) => Error::from(e),
        }
    }
}

impl From<crate::timeline::Refusal> for Error {
    fn from(refusal: crate::timeline::Refusal) -> Error {
        Error::Timeline(refusal)
    }
}

impl From<crate::outfile::Refusal> for Error {
    fn from(refusal: crate::outfile::Refusal) -> Error {
        Error::Output(refusal)
    }
}

impl From<rusqlite::Error> for Error {
    fn from(e: rusqlite::Error) -> Error {
        if let Some(damaged) = crate::stored::damaged(&e) {
            return Error::Damaged(damaged);
        }
        Error::storage(&e).unwrap_or_else(|| Error::Sqlite(Arc::new(e)))
    }
}

impl Error {
    /// The refusals of the disk and of other writers, which the user can act on (wait,
    /// free space, move the file, restore a backup), apart from the database's own errors.
    pub fn storage(e: &rusqlite::Error) -> Option<Error> {
        use rusqlite::ErrorCode as C;
        let rusqlite::Error::SqliteFailure(failure, _) = e else {
            return None;
        };
        Some(match failure.code {
            C::DatabaseBusy | C::DatabaseLocked => Error::DatabaseBusy,
            C::ReadOnly => Error::DatabaseReadOnly,
            C::DiskFull => Error::DiskFull,
            // The shared-memory file beside a WAL database could not grow: on a full disk,
            // this is what opening (even to read) answers instead of SQLITE_FULL.
            C::SystemIoFailure if failure.extended_code == rusqlite::ffi::SQLITE_IOERR_SHMSIZE => {
                Error::DiskFull
            }
            C::DatabaseCorrupt | C::NotADatabase => Error::DatabaseDamaged,
            _ => return None,
        })
    }
}
