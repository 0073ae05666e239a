//! The scale's refusals: a protocol or a line speed that is not one.
//! Below the scale module so that the shop's `Error` can carry them without importing it.

use thiserror::Error;

use crate::i18n::Msg;

/// Each says itself in the user's language ([`ScaleError::msg`]); the shop's `Error` carries
/// it as `Error::Scale`.
#[derive(Debug, Clone, Error)]
pub enum ScaleError {
    #[error("{0:?} is not a scale protocol (toledo or cas)")]
    ScaleProtocol(String),
    #[error("{0:?} is not a line speed (bauds, e.g. 9600)")]
    ScaleBaud(String),
}

impl ScaleError {
    /// The refusal said to the user.
    pub fn msg(&self) -> Msg {
        use ScaleError as E;
        match self {
            E::ScaleProtocol(text) => Msg::new("scale-err-protocol").arg("text", text),
            E::ScaleBaud(text) => Msg::new("scale-err-baud").arg("text", text),
        }
    }
}
