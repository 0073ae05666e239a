//! The shop's scale on a serial line: what it says (a [`Reading`]), in the two protocols
//! retail scales speak most — a request and its answer (Mettler Toledo's 8217, [`toledo`])
//! and a continuous stream (CAS and the many indicators that copy it, [`cas`]) — read on a
//! thread of its own ([`reader`]), and the rule that decides when a reading becomes a
//! line in the cart ([`taking`]). Only a stable, positive weight is ever taken; motion,
//! zero, negative and overload readings are shown as such; a scale that says nothing is
//! named silent within a second. The protocol's and line speed's parsing is a setting's
//! value ([`crate::settings::devices`], re-exported here).

pub mod cas;
pub mod reader;
pub mod taking;
pub mod toledo;

use std::fmt;
use std::time::Duration;

use crate::i18n::Msg;
use crate::money::Quantity;

/// The setting naming the scale's serial port (`/dev/ttyUSB0`, `COM3`); empty for none.
pub const PORT_SETTING: &str = crate::settings::SCALE_PORT;
/// The setting giving the line's speed in bauds.
pub const BAUD_SETTING: &str = crate::settings::SCALE_BAUD;
/// The setting naming the protocol: `toledo` (8217) or `cas`.
pub const PROTOCOL_SETTING: &str = crate::settings::SCALE_PROTOCOL;
/// `enter` when a stable weight waits for Enter; anything else adds it by itself.
pub const CONFIRM_SETTING: &str = crate::settings::SCALE_CONFIRM;

/// What most retail scales' serial lines are set to out of the box.
pub const DEFAULT_BAUD: u32 = 9600;
/// A scale that sends nothing usable for this long is named silent.
pub const SILENT_AFTER: Duration = Duration::from_millis(900);

/// What the scale says now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reading {
    /// A stable weight in kilograms, above zero: the only reading ever put in the cart.
    Stable(Quantity),
    /// The load is moving; the weight on the display, if the scale sent it.
    Moving(Option<Quantity>),
    /// Nothing on the scale.
    Zero,
    /// Below zero (the scale needs zeroing, or a tare is off).
    Negative,
    /// More than the scale can weigh.
    Overload,
}

impl Reading {
    /// The scale's state said to a person (the weight itself is shown beside it, in the
    /// reader's number format).
    pub fn msg(self) -> Msg {
        Msg::new(match self {
            Reading::Stable(_) => "scale-stable",
            Reading::Moving(_) => "scale-moving",
            Reading::Zero => "scale-zero",
            Reading::Negative => "scale-negative",
            Reading::Overload => "scale-overload",
        })
    }

    /// The weight shown while it is read, stable or not.
    pub fn weight(self) -> Option<Quantity> {
        match self {
            Reading::Stable(kg) | Reading::Moving(Some(kg)) => Some(kg),
            _ => None,
        }
    }
}

pub use crate::settings::devices::{Protocol, parse_baud};

/// Where the scale is and how it talks.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct ScaleSpec {
    pub port: String,
    pub baud: u32,
    pub protocol: Protocol,
}

/// The scale the counter follows, and whether a stable weight waits for Enter.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct ScaleUse {
    pub spec: ScaleSpec,
    pub confirm_with_enter: bool,
}

impl ScaleUse {
    /// The shop's scale and how its weights are taken, from its settings; `None` when no
    /// port is set.
    pub fn of_shop(conn: &rusqlite::Connection) -> crate::Result<Option<ScaleUse>> {
        let Some(spec) = ScaleSpec::of_shop(conn)? else {
            return Ok(None);
        };
        let confirm = crate::settings::get(conn, CONFIRM_SETTING)?;
        Ok(Some(ScaleUse {
            spec,
            confirm_with_enter: confirm.as_deref().map(str::trim) == Some("enter"),
        }))
    }
}

impl ScaleSpec {
    /// The shop's scale from its settings; `None` when no port is set.
    pub fn of_shop(conn: &rusqlite::Connection) -> crate::Result<Option<ScaleSpec>> {
        use crate::settings::get;
        let Some(port) = get(conn, PORT_SETTING)?.filter(|p| !p.trim().is_empty()) else {
            return Ok(None);
        };
        let baud = match get(conn, BAUD_SETTING)? {
            Some(text) if !text.trim().is_empty() => parse_baud(&text)?,
            _ => DEFAULT_BAUD,
        };
        let protocol = match get(conn, PROTOCOL_SETTING)? {
            Some(text) if !text.trim().is_empty() => Protocol::from_code(&text).ok_or(
                crate::Error::Scale(crate::error::ScaleError::ScaleProtocol(text)),
            )?,
            _ => Protocol::Toledo,
        };
        Ok(Some(ScaleSpec {
            port: port.trim().to_owned(),
            baud,
            protocol,
        }))
    }
}

/// Why no reading came from the scale.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Trouble {
    /// The port could not be opened (unplugged, wrong name, taken by another program).
    Unplugged { port: String, detail: String },
    /// The line is open but nothing usable came for [`SILENT_AFTER`].
    Silent,
    /// Bytes came that do not read as the protocol chosen (wrong protocol or speed).
    Garbage,
    /// The scale sent a weight in a unit Souk does not sell by.
    Unit(String),
    /// The scale reports a fault of its own (memory, calibration).
    Fault,
}

impl Trouble {
    pub fn msg(&self) -> Msg {
        match self {
            Trouble::Unplugged { port, detail } => Msg::new("scale-unplugged")
                .arg("port", port)
                .arg("detail", detail),
            Trouble::Silent => Msg::new("scale-silent"),
            Trouble::Garbage => Msg::new("scale-garbage"),
            Trouble::Unit(unit) => Msg::new("scale-unit").arg("unit", unit),
            Trouble::Fault => Msg::new("scale-fault"),
        }
    }
}

impl fmt::Display for Trouble {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Trouble::Unplugged { port, detail } => write!(f, "{port}: {detail}"),
            Trouble::Silent => f.write_str("the scale says nothing"),
            Trouble::Garbage => f.write_str("the scale sends what Souk cannot read"),
            Trouble::Unit(unit) => write!(f, "the scale weighs in {unit}"),
            Trouble::Fault => f.write_str("the scale reports a fault"),
        }
    }
}

/// A weight as scales write it (`00.350`, `0.35`, `350` with `g`): thousandths of a kg.
/// More than three decimals are not a retail scale's and are refused.
pub(crate) fn kilograms(text: &str, unit: &str) -> Result<Quantity, Trouble> {
    let text = text.trim();
    let grams = match unit.trim().to_ascii_lowercase().as_str() {
        "kg" | "" => false,
        "g" => true,
        other => return Err(Trouble::Unit(other.to_owned())),
    };
    let (whole, fraction) = text.split_once('.').unwrap_or((text, ""));
    if whole.is_empty() && fraction.is_empty()
        || !whole.chars().all(|c| c.is_ascii_digit())
        || !fraction.chars().all(|c| c.is_ascii_digit())
        || fraction.len() > 3
        || whole.len() > 6
    {
        return Err(Trouble::Garbage);
    }
    let whole: i64 = if whole.is_empty() {
        0
    } else {
        whole.parse().map_err(|_| Trouble::Garbage)?
    };
    let fraction: i64 = format!("{fraction:0<3}")
        .parse()
        .map_err(|_| Trouble::Garbage)?;
    let milli = if grams {
        // Grams to thousandths of a kilogram: the same number, its decimals dropped
        // (a retail scale weighing in grams shows whole grams).
        whole
    } else {
        whole * 1000 + fraction
    };
    Ok(Quantity::from_milli(milli))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weights_read_as_scales_write_them() {
        let milli = |t, u| kilograms(t, u).map(Quantity::milli);
        assert_eq!(milli("00.350", "kg"), Ok(350));
        assert_eq!(milli("0.35", "kg"), Ok(350));
        assert_eq!(milli("  1.2", ""), Ok(1200));
        assert_eq!(milli("350", "g"), Ok(350));
        assert_eq!(milli("12", "kg"), Ok(12_000));
        assert_eq!(milli("0.3505", "kg"), Err(Trouble::Garbage));
        assert_eq!(milli("0,350", "kg"), Err(Trouble::Garbage));
        assert_eq!(milli("", "kg"), Err(Trouble::Garbage));
        assert_eq!(milli(".", "kg"), Err(Trouble::Garbage));
        assert_eq!(milli("1.2", "lb"), Err(Trouble::Unit("lb".to_owned())));
    }
}
