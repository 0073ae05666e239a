//! How instants are written in Souk's JSON (the CLI's `--json`, the exports), through
//! serde's `serialize_with`: RFC 3339 with the shop's offset. Amounts, quantities and shares
//! write themselves as plain decimal strings (their `Serialize` in [`crate::money`]).

use chrono::{DateTime, FixedOffset};
use serde::Serializer;

use crate::clock;

pub fn rfc3339<S: Serializer>(t: &DateTime<FixedOffset>, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(&clock::rfc3339(t))
}

pub fn opt_rfc3339<S: Serializer>(
    t: &Option<DateTime<FixedOffset>>,
    s: S,
) -> Result<S::Ok, S::Error> {
    match t {
        Some(t) => s.serialize_str(&clock::rfc3339(t)),
        None => s.serialize_none(),
    }
}
