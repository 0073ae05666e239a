//! The sale's refusals: the cart, payments, change, voids and refunds.
//! Below the sale module so that the shop's `Error` can carry them without importing it.

use thiserror::Error;

use super::typed;
use crate::i18n::Msg;
use crate::money::Money;

/// Each says itself in the user's language ([`SaleError::msg`]); the shop's `Error` carries
/// it as `Error::Sale`.
#[derive(Debug, Clone, Error)]
pub enum SaleError {
    #[error("no sale has the number {0:?}")]
    UnknownSale(String),
    #[error("{sku} is sold by weight: give the weight in kg, e.g. {sku}x0.350")]
    WeightNeeded { sku: String },
    #[error("the cart is empty")]
    EmptyCart,
    #[error("a discount is larger than its line")]
    DiscountTooLarge { sku: String },
    #[error("not paid: {due} still due")]
    NotPaid { due: Money },
    #[error("card and transfer payments exceed the total by {excess}")]
    NonCashExceedsTotal { excess: Money },
    #[error("cash was given but nothing was left to pay in cash")]
    CashNotNeeded,
    #[error("unknown payment method {0:?} (cash, card, transfer)")]
    UnknownMethod(String),
    #[error("a payment must look like cash:100 or card:61.50, not {0:?}")]
    PaymentSyntax(String),
    #[error("sale {0} is already voided")]
    AlreadyVoided(String),
    #[error("sale {0} is voided and cannot be refunded")]
    RefundOfVoided(String),
    #[error("sale {0} is a refund; refund the original sale")]
    RefundOfRefund(String),
    #[error("sale {0} has refunds and cannot be voided")]
    VoidOfRefunded(String),
    #[error("sale {number} is from {day}; only today's sales can be voided, refund it instead")]
    VoidTooLate { number: String, day: String },
    #[error("sale {number} has no line {line}")]
    NoSuchLine { number: String, line: i64 },
    #[error("line {line} of sale {number}: only {left} left to refund")]
    RefundExceeds {
        number: String,
        line: i64,
        left: String,
    },
    #[error("sale {0} has nothing left to refund")]
    NothingToRefund(String),
    #[error("sale {0} is a refund and cannot be voided")]
    VoidOfRefund(String),
    #[error("sale {number} belongs to a closed cash session; refund it instead")]
    VoidSessionClosed { number: String },
    #[error("{tendered} received for {due} in cash: {change} too much")]
    ChangeTooLarge {
        tendered: Money,
        due: Money,
        change: Money,
    },
}

impl SaleError {
    /// The refusal said to the user.
    pub fn msg(&self) -> Msg {
        use SaleError as E;
        match self {
            E::UnknownSale(number) => Msg::new("err-unknown-sale").arg("number", typed(number)),
            E::WeightNeeded { sku } => Msg::new("err-weight-needed").arg("sku", sku),
            E::EmptyCart => Msg::new("err-empty-cart"),
            E::DiscountTooLarge { sku } => Msg::new("err-discount-too-large").arg("sku", sku),
            E::NotPaid { due } => Msg::new("err-not-paid").arg("due", *due),
            E::NonCashExceedsTotal { excess } => {
                Msg::new("err-non-cash-exceeds").arg("excess", *excess)
            }
            E::CashNotNeeded => Msg::new("err-cash-not-needed"),
            E::UnknownMethod(m) => Msg::new("err-unknown-method").arg("method", typed(m)),
            E::PaymentSyntax(p) => Msg::new("err-payment-syntax").arg("text", typed(p)),
            E::AlreadyVoided(n) => Msg::new("err-already-voided").arg("number", n),
            E::RefundOfVoided(n) => Msg::new("err-refund-of-voided").arg("number", n),
            E::RefundOfRefund(n) => Msg::new("err-refund-of-refund").arg("number", n),
            E::VoidOfRefunded(n) => Msg::new("err-void-of-refunded").arg("number", n),
            E::VoidTooLate { number, day } => Msg::new("err-void-too-late")
                .arg("number", number)
                .arg("day", day),
            E::NoSuchLine { number, line } => Msg::new("err-no-such-line")
                .arg("number", number)
                .arg("line", *line),
            E::RefundExceeds { number, line, left } => Msg::new("err-refund-exceeds")
                .arg("number", number)
                .arg("line", *line)
                .arg("left", left),
            E::NothingToRefund(n) => Msg::new("err-nothing-to-refund").arg("number", n),
            E::VoidOfRefund(n) => Msg::new("err-void-of-refund").arg("number", n),
            E::VoidSessionClosed { number } => {
                Msg::new("cash-err-void-closed").arg("number", number)
            }
            E::ChangeTooLarge {
                tendered,
                due,
                change,
            } => Msg::new("err-change-too-large")
                .arg("tendered", *tendered)
                .arg("due", *due)
                .arg("change", *change),
        }
    }
}
