//! The settings' refusals: an unknown key, a number out of bounds, a value not among the choices.
//! Below the settings module so that the shop's `Error` can carry them without importing it.

use thiserror::Error;

use crate::i18n::Msg;

/// Each says itself in the user's language ([`SettingsError::msg`]); the shop's `Error` carries
/// it as `Error::Settings`.
#[derive(Debug, Clone, Error)]
pub enum SettingsError {
    #[error("{value:?} is not a whole number from {min} to {max}")]
    SettingOutOfRange { value: String, min: i64, max: i64 },
    #[error("{value:?} is not one of {codes}")]
    SettingChoice { value: String, codes: String },
    #[error("no setting is called {0:?}")]
    UnknownSetting(String),
}

impl SettingsError {
    /// The refusal said to the user.
    pub fn msg(&self) -> Msg {
        use SettingsError as E;
        match self {
            E::SettingOutOfRange { value, min, max } if value.is_empty() => {
                Msg::new("set-err-range-empty")
                    .arg("min", *min)
                    .arg("max", *max)
            }
            E::SettingOutOfRange { value, min, max } => Msg::new("set-err-range")
                .arg("value", value)
                .arg("min", *min)
                .arg("max", *max),
            E::SettingChoice { value, codes } => Msg::new("set-err-choice")
                .arg("value", value)
                .arg("codes", codes),
            E::UnknownSetting(key) => Msg::new("set-err-unknown").arg("key", key),
        }
    }
}
