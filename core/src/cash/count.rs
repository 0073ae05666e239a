//! Counting the drawer by denomination: the Moroccan coins (0.10 to 10 DH) and notes (20 to
//! 200 DH) only, so a typo like `25:2` is refused rather than counted.

use rusqlite::{Connection, params};
use serde::ser::SerializeSeq;
use serde::{Serialize, Serializer};

use crate::error::{CashError, Error, Result};
use crate::money::Money;

/// Every denomination in use, in centimes, largest first.
pub const DENOMINATIONS: [i64; 11] = [
    20_000, 10_000, 5_000, 2_000, 1_000, 500, 200, 100, 50, 20, 10,
];

/// Pieces of each denomination, largest first, each denomination at most once.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Count(Vec<(Money, u32)>);

impl Count {
    /// A count from (denomination, pieces) pairs; pieces of one denomination add up.
    pub fn new(pairs: impl IntoIterator<Item = (Money, u32)>) -> Result<Count> {
        let mut pieces = [0u32; DENOMINATIONS.len()];
        for (denomination, n) in pairs {
            let index = DENOMINATIONS
                .iter()
                .position(|d| *d == denomination.centimes())
                .ok_or_else(|| Error::Cash(CashError::UnknownDenomination(denomination.plain())))?;
            pieces[index] = pieces[index].saturating_add(n);
        }
        Ok(Count(
            DENOMINATIONS
                .iter()
                .zip(pieces)
                .filter(|(_, n)| *n > 0)
                .map(|(d, n)| (Money::from_centimes(*d), n))
                .collect(),
        ))
    }

    /// The fewest pieces making `amount`, its centimes below 0.10 left out: how the demo
    /// counts a drawer.
    pub fn greedy(amount: Money) -> Count {
        let mut left = amount.centimes().max(0);
        let mut out = Vec::new();
        for d in DENOMINATIONS {
            let n = left / d;
            if n > 0 {
                out.push((
                    Money::from_centimes(d),
                    u32::try_from(n).unwrap_or(u32::MAX),
                ));
                left -= n * d;
            }
        }
        Count(out)
    }

    pub fn pieces(&self) -> &[(Money, u32)] {
        &self.0
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn total(&self) -> Money {
        self.0
            .iter()
            .map(|(d, n)| Money::from_centimes(d.centimes() * i64::from(*n)))
            .sum()
    }
}

impl Serialize for Count {
    fn serialize<S: Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        #[derive(Serialize)]
        struct Piece {
            denomination: String,
            pieces: u32,
            amount: String,
        }
        let mut seq = s.serialize_seq(Some(self.0.len()))?;
        for (d, n) in &self.0 {
            seq.serialize_element(&Piece {
                denomination: d.plain(),
                pieces: *n,
                amount: Money::from_centimes(d.centimes() * i64::from(*n)).plain(),
            })?;
        }
        seq.end()
    }
}

/// Reads `200:3,100:5,0.50:4` (denomination:pieces, separated by commas or spaces).
pub fn parse_count(text: &str) -> Result<Count> {
    let mut pairs = Vec::new();
    for part in text
        .split([',', ' ', ';'])
        .map(str::trim)
        .filter(|p| !p.is_empty())
    {
        let (denomination, pieces) = part
            .split_once([':', '='])
            .ok_or_else(|| Error::Cash(CashError::CountSyntax(part.to_owned())))?;
        let denomination = Money::parse(denomination).map_err(|_| {
            Error::Cash(CashError::UnknownDenomination(
                denomination.trim().to_owned(),
            ))
        })?;
        let pieces: u32 = pieces
            .trim()
            .parse()
            .map_err(|_| Error::Cash(CashError::CountSyntax(part.to_owned())))?;
        pairs.push((denomination, pieces));
    }
    if pairs.is_empty() {
        return Err(Error::Cash(CashError::CountSyntax(text.to_owned())));
    }
    Count::new(pairs)
}

pub(super) fn store(conn: &Connection, session_id: i64, count: &Count) -> Result<()> {
    let mut stmt = conn.prepare_cached(
        "INSERT INTO cash_counts (session_id, denomination_c, pieces) VALUES (?1, ?2, ?3)",
    )?;
    for (d, n) in count.pieces() {
        stmt.execute(params![session_id, d.centimes(), n])?;
    }
    Ok(())
}

pub(super) fn load(conn: &Connection, session_id: i64) -> Result<Count> {
    let mut stmt = conn.prepare_cached(
        "SELECT denomination_c, pieces FROM cash_counts WHERE session_id = ?1 \
         ORDER BY denomination_c DESC",
    )?;
    let rows = stmt.query_map([session_id], |r| Ok((r.get(0)?, r.get::<_, u32>(1)?)))?;
    Ok(Count(rows.collect::<rusqlite::Result<_>>()?))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_a_count_and_adds_it_up() {
        let count = parse_count("200:3, 100:5,0.50:4 10:1 0.10:3");
        assert!(count.is_ok());
        let count = count.unwrap_or_default();
        assert_eq!(count.total(), Money::from_centimes(111_230));
        assert_eq!(count.pieces()[0], (Money::from_dirhams(200), 3));
    }

    #[test]
    fn refuses_what_is_no_coin_nor_note() {
        assert!(matches!(
            parse_count("25:2"),
            Err(Error::Cash(CashError::UnknownDenomination(_)))
        ));
        assert!(matches!(
            parse_count("200"),
            Err(Error::Cash(CashError::CountSyntax(_)))
        ));
        assert!(matches!(
            parse_count("200:x"),
            Err(Error::Cash(CashError::CountSyntax(_)))
        ));
        assert!(matches!(
            parse_count(" "),
            Err(Error::Cash(CashError::CountSyntax(_)))
        ));
    }

    #[test]
    fn greedy_counts_with_the_fewest_pieces() {
        let count = Count::greedy(Money::from_centimes(38_790));
        assert_eq!(count.total(), Money::from_centimes(38_790));
        assert_eq!(count.pieces()[0], (Money::from_dirhams(200), 1));
        assert_eq!(
            Count::greedy(Money::from_centimes(15)).total(),
            Money::from_centimes(10)
        );
    }
}
