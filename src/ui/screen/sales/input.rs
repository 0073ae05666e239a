//! What the volunteer types on the sales screen, read kindly: a day as the screen or a
//! receipt writes it, in Western or Arabic-Indic digits; a quantity with a decimal comma.

use chrono::NaiveDate;

use crate::Error;
use crate::catalog::search::fold;
use crate::money::{Quantity, Unit};

/// A quantity as it is typed at the counter, with a decimal comma (read in every
/// language, like the counter's weight field): `2`, `0,350`.
pub(super) fn typed_quantity(quantity: Quantity, unit: Unit) -> String {
    quantity.plain(unit).replace('.', ",")
}

/// A day as typed: empty (every day), `2026-11-29`, or `29/11/2026` as receipts print it,
/// in Western or Arabic-Indic digits.
pub(super) fn parse_day(text: &str) -> Result<Option<NaiveDate>, Error> {
    let typed = fold(text.trim());
    if typed.is_empty() {
        return Ok(None);
    }
    NaiveDate::parse_from_str(&typed, "%Y-%m-%d")
        .or_else(|_| NaiveDate::parse_from_str(&typed, "%d/%m/%Y"))
        .map(Some)
        .map_err(|_| Error::BadDay(text.trim().to_owned()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_as_typed() {
        let day = NaiveDate::from_ymd_opt(2026, 11, 29);
        assert_eq!(parse_day("2026-11-29").ok().flatten(), day);
        assert_eq!(parse_day(" 29/11/2026 ").ok().flatten(), day);
        assert_eq!(parse_day("٢٠٢٦-١١-٢٩").ok().flatten(), day);
        assert!(matches!(parse_day(""), Ok(None)));
        assert!(matches!(parse_day("hier"), Err(Error::BadDay(_))));
    }
}
