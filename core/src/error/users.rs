//! The refusals about people (unknown users, PINs, rights, the last administrator) and the
//! rights a refusal names (`… may not void a sale`). The users module checks the rights
//! ([`crate::users::rights`]); they live here, below it, so that the shop's `Error` can
//! name one without importing the people who hold it.

use thiserror::Error;

use super::typed;
use crate::i18n::Msg;
use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Right {
    Sell,
    Print,
    /// Open or close a cash session, count the till.
    Till,
    /// Producers, products, prices, share rates, imports, intake of new products.
    Catalogue,
    Void,
    Refund,
    /// A discount beyond the limit volunteers may give.
    Discount,
    Statements,
    Payout,
    People,
    Settings,
    /// Replace the whole database by a backup.
    Restore,
    /// Read the audit trail.
    Audit,
    /// Take money out of the drawer for anything but a sale's change (#14.10).
    CashOut,
    /// Copy the whole database, PIN hashes and all, to a file.
    Backup,
}

impl Right {
    /// The message naming the action, for refusals ("… may not void a sale").
    pub fn msg_id(self) -> &'static str {
        match self {
            Right::Sell => "right-sell",
            Right::Print => "right-print",
            Right::Till => "right-till",
            Right::Catalogue => "right-catalogue",
            Right::Void => "right-void",
            Right::Refund => "right-refund",
            Right::Discount => "right-discount",
            Right::Statements => "right-statements",
            Right::Payout => "right-payout",
            Right::People => "right-people",
            Right::Settings => "right-settings",
            Right::Restore => "right-restore",
            Right::Audit => "right-audit",
            Right::CashOut => "right-cash-out",
            Right::Backup => "right-backup",
        }
    }
}

/// Each says itself in the user's language ([`UsersError::msg`]); the shop's `Error` carries
/// it as `Error::Users`.
#[derive(Debug, Clone, Error)]
pub enum UsersError {
    #[error("nobody is called {0:?}")]
    UnknownUser(String),
    #[error("{0:?} is already a user")]
    UserExists(String),
    #[error("{typed:?} looks like {existing:?}, who is already a user")]
    UserLooksLike { typed: String, existing: String },
    #[error("unknown role {0:?} (volunteer, admin)")]
    UnknownRole(String),
    #[error("{user} may not {right:?} without an administrator")]
    NotAllowed { user: String, right: Right },
    #[error("a PIN is 4 to 8 digits")]
    PinFormat,
    #[error("wrong PIN for {0}")]
    WrongPin(String),
    #[error("too many wrong PINs for {name}: wait {seconds} s")]
    PinWait { name: String, seconds: i64 },
    #[error("{0} has no PIN yet: an administrator must give her one")]
    PinNotSet(String),
    #[error("a PIN is needed: set SOUK_PIN or run from a terminal")]
    PinNeeded,
    #[error("the two PINs differ")]
    PinMismatch,
    #[error("say who you are with --user NAME")]
    UserNeeded,
    #[error("the last administrator cannot be removed or made a volunteer")]
    LastAdmin,
}

impl UsersError {
    /// The refusal said to the user.
    pub fn msg(&self) -> Msg {
        use UsersError as E;
        match self {
            E::UnknownUser(name) => Msg::new("err-unknown-user").arg("name", typed(name)),
            E::UserExists(name) => Msg::new("err-user-exists").arg("name", name),
            E::UserLooksLike { typed: t, existing } => Msg::new("err-user-looks-like")
                .arg("typed", typed(t))
                .arg("existing", existing),
            E::UnknownRole(r) => Msg::new("err-unknown-role").arg("role", typed(r)),
            E::NotAllowed { user, right } => Msg::new("auth-err-not-allowed")
                .arg("name", user)
                .arg("right", Msg::new(right.msg_id())),
            E::PinFormat => Msg::new("auth-err-pin-format"),
            E::WrongPin(name) => Msg::new("auth-err-wrong-pin").arg("name", name),
            E::PinWait { name, seconds } => Msg::new("auth-err-pin-wait")
                .arg("name", name)
                .arg("seconds", *seconds),
            E::PinNotSet(name) => Msg::new("auth-err-pin-not-set").arg("name", name),
            E::PinNeeded => Msg::new("auth-err-pin-needed"),
            E::PinMismatch => Msg::new("auth-err-pin-mismatch"),
            E::UserNeeded => Msg::new("auth-err-user-needed"),
            E::LastAdmin => Msg::new("auth-err-last-admin"),
        }
    }
}
