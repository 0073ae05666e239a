//! The monthly statements' refusals: months, issuing and payouts.
//! Below the statement module so that the shop's `Error` can carry them without importing it.

use thiserror::Error;

use crate::i18n::Msg;
use crate::money::Money;

/// Each says itself in the user's language ([`StatementError::msg`]); the shop's `Error` carries
/// it as `Error::Statement`.
#[derive(Debug, Clone, Error)]
pub enum StatementError {
    #[error("{0:?} is not a month (YYYY-MM)")]
    StatementBadMonth(String),
    #[error("the month {month} has not ended yet: its statements cannot be issued")]
    StatementMonthOpen { month: String },
    #[error("the statements of {month} are already issued")]
    StatementsAlreadyIssued { month: String },
    #[error("the payout exceeds the balance of {producer} ({balance}); record it as an advance")]
    PayoutExceedsBalance { producer: String, balance: Money },
    #[error("unknown payout method {0:?} (cash, transfer)")]
    PayoutMethod(String),
}

impl StatementError {
    /// The refusal said to the user.
    pub fn msg(&self) -> Msg {
        use StatementError as E;
        match self {
            E::StatementBadMonth(text) => Msg::new("stmt-err-bad-month").arg("text", text),
            E::StatementMonthOpen { month } => Msg::new("stmt-err-month-open").arg("month", month),
            E::StatementsAlreadyIssued { month } => {
                Msg::new("stmt-err-already-issued").arg("month", month)
            }
            E::PayoutExceedsBalance { producer, balance } => Msg::new("stmt-err-payout-exceeds")
                .arg("producer", producer)
                .arg("balance", *balance),
            E::PayoutMethod(m) => Msg::new("stmt-err-payout-method").arg("method", m),
        }
    }
}
