//! What a correction at the window needs besides `intake::correct`: the producer's recent
//! papers to pick the wrong one from, and the signed difference typed for each line.

use chrono::{DateTime, Utc};
use rusqlite::{Connection, params};
use serde::Serialize;

use super::Kind;
use crate::error::{Error, Result};
use crate::money::{Quantity, Unit};

/// A deposit, return or correction as listed: enough to recognise it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Paper {
    pub number: String,
    pub kind: Kind,
    pub at: DateTime<Utc>,
    pub business_day: String,
}

/// The producer `code`'s last `limit` intakes and returns, newest first (corrections are
/// left out: the wrong paper is the one to correct again, her slip names it).
pub fn recent(conn: &Connection, code: &str, limit: usize) -> Result<Vec<Paper>> {
    let mut stmt = conn.prepare_cached(
        "SELECT d.number, d.kind, d.at_ms, d.business_day FROM deposits d \
         JOIN producers p ON p.id = d.producer_id \
         WHERE p.code = ?1 AND d.kind IN ('intake', 'return') \
         ORDER BY d.at_ms DESC, d.id DESC LIMIT ?2",
    )?;
    let papers = stmt.query_map(
        params![code.trim(), i64::try_from(limit).unwrap_or(i64::MAX)],
        |r| {
            crate::stored::in_table("deposits", r, |r| {
                Ok(Paper {
                    number: r.get(0)?,
                    kind: r.get(1)?,
                    at: r.get::<_, crate::stored::Millis>(2)?.0,
                    business_day: r.get(3)?,
                })
            })
        },
    )?;
    Ok(papers.collect::<rusqlite::Result<_>>()?)
}

/// A line's difference as typed: `-1` (one piece fewer in the shop than recorded), `+1` or
/// `1` (one more), `−0,250` for a weight; nothing or zero leaves the line as it is.
pub fn difference(text: &str, unit: Unit) -> Result<Option<Quantity>> {
    let text = text.trim();
    let (negative, rest) = match text.strip_prefix(['-', '\u{2212}']) {
        Some(rest) => (true, rest),
        None => (false, text.strip_prefix('+').unwrap_or(text)),
    };
    if rest.trim().is_empty() {
        return Ok(None);
    }
    match Quantity::parse(rest, unit) {
        Ok(q) if negative => Ok(Some(-q)),
        Ok(q) => Ok(Some(q)),
        Err(crate::money::ParseError::Zero { .. }) => Ok(None),
        Err(e) => Err(Error::parse("quantity", e)),
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn differences_are_signed() {
        let q = |t| difference(t, Unit::Piece).unwrap().map(Quantity::milli);
        assert_eq!(q("-1"), Some(-1000));
        assert_eq!(q("\u{2212}2"), Some(-2000));
        assert_eq!(q("+3"), Some(3000));
        assert_eq!(q("3"), Some(3000));
        assert_eq!(q(""), None);
        assert_eq!(q("0"), None);
        assert!(difference("-1,5", Unit::Piece).is_err());
        assert_eq!(
            difference("-0,250", Unit::Kg).unwrap().map(Quantity::milli),
            Some(-250)
        );
    }
}
