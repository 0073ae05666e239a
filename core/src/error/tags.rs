//! The labels' refusals: weighed packages and label sheets.
//! Below the tags module so that the shop's `Error` can carry them without importing it.

use thiserror::Error;

use crate::i18n::Msg;
use crate::money::Money;

/// Each says itself in the user's language ([`TagsError::msg`]); the shop's `Error` carries
/// it as `Error::Tags`.
#[derive(Debug, Clone, Error)]
pub enum TagsError {
    #[error("{0} is not sold by the kilogram")]
    NotSoldByWeight(String),
    #[error("{0} has no in-store code below 2000000099999, so no package code")]
    NoPlu(String),
    #[error("a package of {sku} must cost more than 0 and at most {max}")]
    PackagePrice { sku: String, max: Money },
    #[error("{0:?} is not a label sheet layout (3x8, 2x7, 4x10)")]
    TagLayout(String),
    #[error("cannot skip {skip} labels of a sheet of {per_sheet}")]
    TagSkip { skip: usize, per_sheet: usize },
}

impl TagsError {
    /// The refusal said to the user.
    pub fn msg(&self) -> Msg {
        use TagsError as E;
        match self {
            E::NotSoldByWeight(sku) => Msg::new("tags-err-not-by-weight").arg("sku", sku),
            E::NoPlu(sku) => Msg::new("tags-err-no-plu").arg("sku", sku),
            E::PackagePrice { sku, max } => Msg::new("tags-err-package-price")
                .arg("sku", sku)
                .arg("max", *max),
            E::TagLayout(text) => Msg::new("tags-err-layout").arg("text", text),
            E::TagSkip { skip, per_sheet } => Msg::new("tags-err-skip")
                .arg("skip", *skip)
                .arg("per", *per_sheet),
        }
    }
}
