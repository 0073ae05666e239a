//! The intake's refusals: deposits and returns of the producers' goods.
//! Below the intake module so that the shop's `Error` can carry them without importing it.

use thiserror::Error;

use crate::i18n::Msg;

/// Each says itself in the user's language ([`IntakeError::msg`]); the shop's `Error` carries
/// it as `Error::Intake`.
#[derive(Debug, Clone, Error)]
pub enum IntakeError {
    #[error("a deposit needs at least one item")]
    EmptyDeposit,
    #[error("no deposit or return has the number {0:?}")]
    UnknownDeposit(String),
    #[error("{sku} is not a product of {producer}")]
    NotHerProduct { sku: String, producer: String },
    #[error("{quantity} is not a quantity of {sku} to take in or give back")]
    DepositQuantity { sku: String, quantity: String },
    #[error("cannot give back more {sku} than the shop holds ({stock})")]
    ReturnExceedsStock { sku: String, stock: String },
    #[error("{0:?} is not a new product: NAME_FR|NAME_AR|CATEGORY|UNIT|PRICE|QTY")]
    NewProductSpec(String),
}

impl IntakeError {
    /// The refusal said to the user.
    pub fn msg(&self) -> Msg {
        use IntakeError as E;
        match self {
            E::EmptyDeposit => Msg::new("intake-err-empty"),
            E::UnknownDeposit(n) => Msg::new("intake-err-unknown").arg("number", n),
            E::NotHerProduct { sku, producer } => Msg::new("intake-err-not-hers")
                .arg("sku", sku)
                .arg("producer", producer),
            E::DepositQuantity { sku, quantity } => Msg::new("intake-err-quantity")
                .arg("sku", sku)
                .arg("quantity", quantity),
            E::ReturnExceedsStock { sku, stock } => Msg::new("intake-err-return-exceeds")
                .arg("sku", sku)
                .arg("stock", stock),
            E::NewProductSpec(text) => Msg::new("intake-err-new-spec").arg("text", text),
        }
    }
}
