//! The till's refusals: cash sessions and counts of the drawer.
//! Below the cash module so that the shop's `Error` can carry them without importing it.

use thiserror::Error;

use crate::i18n::Msg;

/// Each says itself in the user's language ([`CashError::msg`]); the shop's `Error` carries
/// it as `Error::Cash`.
#[derive(Debug, Clone, Error)]
pub enum CashError {
    #[error("no cash session {0}")]
    UnknownSession(i64),
    #[error("no cash session is open: open one with a counted float")]
    NoOpenSession,
    #[error("cash session {0} is already open")]
    SessionAlreadyOpen(i64),
    #[error("no cash session has been closed yet")]
    NoClosedSession,
    #[error("a count must look like 200:3,100:5,0.50:4, not {0:?}")]
    CountSyntax(String),
    #[error("{0} DH is no Moroccan coin or note")]
    UnknownDenomination(String),
}

impl CashError {
    /// The refusal said to the user.
    pub fn msg(&self) -> Msg {
        use CashError as E;
        match self {
            E::UnknownSession(id) => Msg::new("cash-err-unknown-session").arg("id", *id),
            E::NoOpenSession => Msg::new("cash-err-no-session"),
            E::SessionAlreadyOpen(id) => Msg::new("cash-err-already-open").arg("id", *id),
            E::NoClosedSession => Msg::new("cash-err-none-closed"),
            E::CountSyntax(text) => Msg::new("cash-err-count-syntax").arg("text", text),
            E::UnknownDenomination(text) => Msg::new("cash-err-denomination").arg("text", text),
        }
    }
}
