//! How values are written in Souk's JSON (the CLI's `--json`, the exports), through serde's
//! `serialize_with`: amounts and rates as plain decimal strings (`12.50`), never numbers a
//! reader could round; quantities with three decimals (`2.000`, `0.350`); instants in
//! RFC 3339 with the shop's offset.

use chrono::{DateTime, FixedOffset};
use serde::Serializer;

use crate::clock;
use crate::money::{Money, Quantity, Rate};

pub fn money_plain<S: Serializer>(m: &Money, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(&m.plain())
}

pub fn opt_money_plain<S: Serializer>(m: &Option<Money>, s: S) -> Result<S::Ok, S::Error> {
    match m {
        Some(m) => s.serialize_str(&m.plain()),
        None => s.serialize_none(),
    }
}

pub fn rate_plain<S: Serializer>(r: &Rate, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(&r.plain())
}

pub fn qty_plain<S: Serializer>(q: &Quantity, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(&q.to_decimal().to_string())
}

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
