//! Money, quantities and share rates: exact decimals, never floats.
//!
//! `Money` holds dirhams with at most two decimals, `Quantity` pieces or kilograms with at
//! most three, `Rate` the association's share in percent. Each is stored in SQLite as an
//! exact integer (centimes, thousandths, basis points) so sums in SQL stay exact. Rounding
//! is always half away from zero, to the centime.

use std::fmt;
use std::iter::Sum;
use std::ops::{Add, AddAssign, Neg, Sub};

use rust_decimal::prelude::ToPrimitive;
use rust_decimal::{Decimal, RoundingStrategy};
use thiserror::Error;

use crate::i18n::{Lang, Msg};
use crate::text::shown;

/// The largest amount a price, a payment or a total may have: far above anything the shop
/// sells, low enough that a slipped finger (an extra few zeros) is caught.
pub const MONEY_CEILING_DH: i64 = 1_000_000;
/// The largest quantity on one line: 10,000 pieces or 10 tonnes.
pub const QUANTITY_CEILING: i64 = 10_000;

/// Why typed text is not an amount, a quantity or a rate.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum ParseError {
    #[error("nothing was typed")]
    Empty,
    #[error("{input:?} is not a number")]
    NotANumber { input: String },
    #[error("{input:?} is negative")]
    Negative { input: String },
    #[error("{input:?} has more than {max} decimals")]
    TooManyDecimals { input: String, max: u32 },
    #[error("{input:?} is above the limit of {max}")]
    TooLarge { input: String, max: String },
    #[error("{input:?} must be a whole number of pieces")]
    NotWhole { input: String },
    #[error("{input:?} must be more than zero")]
    Zero { input: String },
    /// `1,000` or `1.000`: a thousand, or one with three decimals? Never guessed for money.
    #[error("{input:?} could be {thousands} or {one}")]
    Ambiguous {
        input: String,
        thousands: String,
        one: String,
    },
}

impl ParseError {
    pub fn msg(&self) -> Msg {
        match self {
            ParseError::Empty => Msg::new("parse-empty"),
            ParseError::NotANumber { input } => Msg::new("parse-not-a-number").arg("input", input),
            ParseError::Negative { input } => Msg::new("parse-negative").arg("input", input),
            ParseError::TooManyDecimals { input, max } => Msg::new("parse-too-many-decimals")
                .arg("input", input)
                .arg("max", i64::from(*max)),
            ParseError::TooLarge { input, max } => Msg::new("parse-too-large")
                .arg("input", input)
                .arg("max", max),
            ParseError::NotWhole { input } => Msg::new("parse-not-whole").arg("input", input),
            ParseError::Zero { input } => Msg::new("parse-zero").arg("input", input),
            ParseError::Ambiguous {
                input,
                thousands,
                one,
            } => Msg::new("parse-ambiguous")
                .arg("input", input)
                .arg("thousands", thousands)
                .arg("one", one),
        }
    }
}

/// An amount of dirhams, exact to the centime. May be negative (refunds).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Money(i64);

/// An amount in a message, written the way each language writes money.
impl From<Money> for crate::i18n::Arg {
    fn from(m: Money) -> crate::i18n::Arg {
        crate::i18n::Arg::Written {
            ar: m.format(Lang::Ar),
            fr: m.format(Lang::Fr),
            en: m.format(Lang::En),
        }
    }
}

impl Money {
    pub const ZERO: Money = Money(0);

    pub const fn from_centimes(centimes: i64) -> Money {
        Money(centimes)
    }

    pub fn from_dirhams(dirhams: i64) -> Money {
        Money(dirhams.saturating_mul(100))
    }

    pub const fn centimes(self) -> i64 {
        self.0
    }

    pub fn to_decimal(self) -> Decimal {
        Decimal::new(self.0, 2)
    }

    /// Rounds a decimal to the centime, half away from zero.
    pub fn round(value: Decimal) -> Money {
        let rounded = value.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero);
        // A decimal within the ceilings always fits; saturate rather than panic on absurd input.
        Money(
            (rounded * Decimal::ONE_HUNDRED)
                .to_i64()
                .unwrap_or(if rounded.is_sign_negative() {
                    i64::MIN
                } else {
                    i64::MAX
                }),
        )
    }

    pub fn is_zero(self) -> bool {
        self.0 == 0
    }

    pub fn is_negative(self) -> bool {
        self.0 < 0
    }

    pub fn abs(self) -> Money {
        Money(self.0.abs())
    }

    /// Parses what a person types: `12,5`, `12.50`, `12 DH`, `١٢٫٥`, `1 250,00`.
    /// Refuses negatives, more than two decimals and amounts above the ceiling.
    pub fn parse(input: &str) -> Result<Money, ParseError> {
        refuse_ambiguous(input)?;
        let value = parse_decimal(input, 2)?;
        if value > Decimal::from(MONEY_CEILING_DH) {
            return Err(ParseError::TooLarge {
                input: shown(input.trim()),
                max: Money::from_dirhams(MONEY_CEILING_DH).plain(),
            });
        }
        Ok(Money::round(value))
    }

    /// Two decimals, a dot, no grouping: `1250.00`. For JSON, CSV and storage as text.
    pub fn plain(self) -> String {
        self.to_decimal().to_string()
    }

    /// As the shop's people read it: fr `1 250,00 DH`, ar `1 250,00 درهم`, en `MAD 1,250.00`.
    pub fn format(self, lang: Lang) -> String {
        let number = self.format_number(lang);
        match lang {
            Lang::Fr => format!("{number}\u{a0}DH"),
            Lang::Ar => format!("{number}\u{a0}درهم"),
            Lang::En if self.0 < 0 => format!("-MAD\u{a0}{}", self.abs().format_number(lang)),
            Lang::En => format!("MAD\u{a0}{number}"),
        }
    }

    /// The number alone, grouped and with the language's decimal mark: `1 250,00`.
    pub fn format_number(self, lang: Lang) -> String {
        let (group, decimal) = match lang {
            // U+202F keeps the number whole inside right-to-left text and is what CLDR uses.
            Lang::Fr | Lang::Ar => ('\u{202f}', ','),
            Lang::En => (',', '.'),
        };
        let units = (self.0 / 100).unsigned_abs();
        let cents = (self.0 % 100).unsigned_abs();
        // In Arabic a bare minus before digits is laid out right to left, after the number
        // (`51,50-`); a left-to-right mark before it keeps it with the number, read as minus.
        // A right-to-left mark first keeps the line right to left when the amount opens it
        // (else the currency would come before the number).
        let sign = match (self.0 < 0, lang) {
            (false, _) => "",
            (true, Lang::Ar) => "\u{200f}\u{200e}-",
            (true, _) => "-",
        };
        format!("{sign}{}{decimal}{cents:02}", group_thousands(units, group))
    }
}

fn group_thousands(value: u64, separator: char) -> String {
    let digits = value.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(separator);
        }
        out.push(c);
    }
    out
}

impl fmt::Display for Money {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.plain())
    }
}

impl Add for Money {
    type Output = Money;
    fn add(self, rhs: Money) -> Money {
        Money(self.0 + rhs.0)
    }
}

impl AddAssign for Money {
    fn add_assign(&mut self, rhs: Money) {
        self.0 += rhs.0;
    }
}

impl Sub for Money {
    type Output = Money;
    fn sub(self, rhs: Money) -> Money {
        Money(self.0 - rhs.0)
    }
}

impl Neg for Money {
    type Output = Money;
    fn neg(self) -> Money {
        Money(-self.0)
    }
}

impl Sum for Money {
    fn sum<I: Iterator<Item = Money>>(iter: I) -> Money {
        iter.fold(Money::ZERO, Add::add)
    }
}

/// How a product is counted.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Unit {
    Piece,
    Kg,
}

impl Unit {
    pub fn as_str(self) -> &'static str {
        match self {
            Unit::Piece => "piece",
            Unit::Kg => "kg",
        }
    }

    pub fn from_code(code: &str) -> Option<Unit> {
        match code.trim().to_lowercase().as_str() {
            "piece" | "pièce" | "pc" | "u" => Some(Unit::Piece),
            "kg" => Some(Unit::Kg),
            _ => None,
        }
    }
}

/// A number of pieces or of kilograms, exact to the gram. May be negative (refunds).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Quantity(i64);

impl Quantity {
    pub const ZERO: Quantity = Quantity(0);

    /// Thousandths of a piece or of a kilogram, as stored.
    pub const fn from_milli(milli: i64) -> Quantity {
        Quantity(milli)
    }

    pub fn pieces(count: i64) -> Quantity {
        Quantity(count.saturating_mul(1000))
    }

    pub const fn milli(self) -> i64 {
        self.0
    }

    pub fn to_decimal(self) -> Decimal {
        Decimal::new(self.0, 3)
    }

    pub fn is_positive(self) -> bool {
        self.0 > 0
    }

    pub fn abs(self) -> Quantity {
        Quantity(self.0.abs())
    }

    /// Parses a quantity for a product of `unit`: whole pieces, or kilograms with up to
    /// three decimals. Always more than zero.
    pub fn parse(input: &str, unit: Unit) -> Result<Quantity, ParseError> {
        // A weight may come back as it was shown (`0,350 kg`, `0,350 كلغ`).
        let number = match unit {
            Unit::Kg => ["kg", "KG", "Kg", "كلغ", "كغ"]
                .iter()
                .find_map(|marker| input.trim().strip_suffix(marker))
                .unwrap_or(input),
            Unit::Piece => input,
        };
        let value = parse_decimal(number, 3)?;
        let trimmed = shown(input.trim());
        if value.is_zero() {
            return Err(ParseError::Zero { input: trimmed });
        }
        if unit == Unit::Piece && !value.fract().is_zero() {
            return Err(ParseError::NotWhole { input: trimmed });
        }
        if value > Decimal::from(QUANTITY_CEILING) {
            return Err(ParseError::TooLarge {
                input: trimmed,
                max: QUANTITY_CEILING.to_string(),
            });
        }
        Ok(Quantity(
            (value * Decimal::ONE_THOUSAND).to_i64().unwrap_or(i64::MAX),
        ))
    }

    /// A weight typed on the counter's keypad: grams as a whole number (`350`, `٣٥٠`,
    /// `350 g`), kilograms with a decimal mark or the unit (`0,350`, `0.35 kg`, `٠٫٣٥٠`).
    /// Always more than zero, at most three decimals of a kilogram.
    pub fn parse_weight(input: &str) -> Result<Quantity, ParseError> {
        let text = normalize_digits(input.trim());
        let text = text.trim();
        let kilograms = ["kg", "KG", "Kg", "كلغ", "كغ"]
            .iter()
            .any(|m| text.ends_with(m))
            || text.contains(['.', ',']);
        if kilograms {
            return Quantity::parse(input, Unit::Kg);
        }
        let number = ["g", "G", "غ", "غرام"]
            .iter()
            .find_map(|m| text.strip_suffix(m))
            .unwrap_or(text);
        let grams = parse_decimal(number, 0)?;
        let shown_input = shown(input.trim());
        if grams.is_zero() {
            return Err(ParseError::Zero { input: shown_input });
        }
        if grams > Decimal::from(QUANTITY_CEILING) * Decimal::ONE_THOUSAND {
            return Err(ParseError::TooLarge {
                input: shown_input,
                max: QUANTITY_CEILING.to_string(),
            });
        }
        Ok(Quantity(grams.to_i64().unwrap_or(i64::MAX)))
    }

    /// `2` for pieces, `0.350` for kilograms: for JSON and CSV.
    pub fn plain(self, unit: Unit) -> String {
        match unit {
            Unit::Piece if self.0 % 1000 == 0 => (self.0 / 1000).to_string(),
            _ => self.to_decimal().to_string(),
        }
    }

    /// As people read it: `2`, `0,350 kg` (fr, ar) or `0.350 kg` (en).
    pub fn format(self, unit: Unit, lang: Lang) -> String {
        let plain = self.plain(unit);
        let text = match lang {
            Lang::En => plain,
            Lang::Fr | Lang::Ar => plain.replace('.', ","),
        };
        match (unit, lang) {
            (Unit::Piece, _) => text,
            (Unit::Kg, Lang::Ar) => format!("{text}\u{a0}كلغ"),
            (Unit::Kg, _) => format!("{text}\u{a0}kg"),
        }
    }

    /// Price × quantity, rounded half away from zero to the centime.
    pub fn times(self, unit_price: Money) -> Money {
        Money::round(unit_price.to_decimal() * self.to_decimal())
    }
}

impl Neg for Quantity {
    type Output = Quantity;
    fn neg(self) -> Quantity {
        Quantity(-self.0)
    }
}

impl Add for Quantity {
    type Output = Quantity;
    fn add(self, rhs: Quantity) -> Quantity {
        Quantity(self.0 + rhs.0)
    }
}

impl Sub for Quantity {
    type Output = Quantity;
    fn sub(self, rhs: Quantity) -> Quantity {
        Quantity(self.0 - rhs.0)
    }
}

/// The association's share of a sale, in percent with up to two decimals (0 to 100).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Rate(u32);

impl Rate {
    pub const fn from_basis_points(bp: u32) -> Rate {
        Rate(if bp > 10_000 { 10_000 } else { bp })
    }

    pub const fn basis_points(self) -> u32 {
        self.0
    }

    pub fn to_percent(self) -> Decimal {
        Decimal::new(i64::from(self.0), 2)
    }

    /// Parses a percent: `10`, `12,5`, `7.25 %`.
    pub fn parse_percent(input: &str) -> Result<Rate, ParseError> {
        let cleaned = input.trim().trim_end_matches('%');
        let value = parse_decimal(cleaned, 2)?;
        if value > Decimal::ONE_HUNDRED {
            return Err(ParseError::TooLarge {
                input: shown(input.trim()),
                max: "100".to_owned(),
            });
        }
        Ok(Rate(
            (value * Decimal::ONE_HUNDRED).to_u32().unwrap_or(10_000),
        ))
    }

    /// `10` or `12.5`: for JSON and CSV.
    pub fn plain(self) -> String {
        self.to_percent().normalize().to_string()
    }

    /// Splits a line total into (association share, producer share). The association's is
    /// rounded to the centime; the producer's is the rest, so the two always add up.
    pub fn split(self, total: Money) -> (Money, Money) {
        let association =
            Money::round(total.to_decimal() * self.to_percent() / Decimal::ONE_HUNDRED);
        (association, total - association)
    }
}

/// Reads a non-negative decimal from what a person typed, with at most `max_decimals`.
fn parse_decimal(input: &str, max_decimals: u32) -> Result<Decimal, ParseError> {
    let original = input.trim();
    if original.is_empty() {
        return Err(ParseError::Empty);
    }
    let not_a_number = || ParseError::NotANumber {
        input: shown(original),
    };
    let text = strip_currency(&normalize_digits(original));
    if text.starts_with('-') || text.starts_with('\u{2212}') {
        return Err(ParseError::Negative {
            input: shown(original),
        });
    }
    let text = text.strip_prefix('+').unwrap_or(&text);
    let canonical = canonical_number(text).ok_or_else(not_a_number)?;
    // Decimals are counted in the text: the decimal type rounds beyond 28 of them, which
    // would turn `0.000…001` into a silent zero.
    let (int_part, frac_part) = canonical.split_once('.').unwrap_or((&canonical, ""));
    let frac_part = frac_part.trim_end_matches('0');
    if frac_part.len() > max_decimals as usize {
        return Err(ParseError::TooManyDecimals {
            input: shown(original),
            max: max_decimals,
        });
    }
    // Too many digits for the decimal type is far above every ceiling: the callers say
    // "too large" with their own limit.
    if int_part.trim_start_matches('0').len() > 20 {
        return Ok(Decimal::MAX);
    }
    format!("{int_part}.{frac_part}")
        .trim_end_matches('.')
        .parse()
        .map_err(|_| not_a_number())
}

/// Refuses an amount whose only mark, a comma or a dot, has exactly three digits after it,
/// the last a zero, and one to three before (`1,000`, `1.000`): in Morocco both mean a
/// thousand as often as one, and were silently read as one (the trailing zero dropped);
/// the typist is asked rather than guessed. `12.345` stays "too many decimals".
fn refuse_ambiguous(input: &str) -> Result<(), ParseError> {
    let text = strip_currency(&normalize_digits(input.trim()));
    let text = text.trim();
    let Some(i) = text.find(['.', ',']) else {
        return Ok(());
    };
    let (int_part, frac) = (&text[..i], &text[i + 1..]);
    let digits = |s: &str, n: std::ops::RangeInclusive<usize>| {
        n.contains(&s.len()) && s.chars().all(|c| c.is_ascii_digit())
    };
    if digits(int_part, 1..=3) && digits(frac, 3..=3) && frac.ends_with('0') {
        return Err(ParseError::Ambiguous {
            input: shown(input.trim()),
            thousands: format!("{int_part}{frac}"),
            one: format!("{int_part},{}", &frac[..2]),
        });
    }
    Ok(())
}

/// Arabic-Indic and Eastern Arabic-Indic digits become ASCII; the Arabic decimal and
/// thousands marks become `.`-like and space-like marks handled by `canonical_number`.
fn normalize_digits(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '\u{660}'..='\u{669}' => char::from(b'0' + (c as u32 - 0x660) as u8),
            '\u{6f0}'..='\u{6f9}' => char::from(b'0' + (c as u32 - 0x6f0) as u8),
            '\u{66b}' => ',',
            '\u{66c}' | '\u{a0}' | '\u{202f}' | '\u{2009}' => ' ',
            other => other,
        })
        .collect()
}

fn strip_currency(text: &str) -> String {
    let lower = text.trim().to_lowercase();
    let mut t = lower.as_str();
    for marker in ["mad", "dhs", "dh", "درهم", "د.م.", "د.م"] {
        if let Some(rest) = t.strip_suffix(marker) {
            t = rest.trim_end();
        }
        if let Some(rest) = t.strip_prefix(marker) {
            t = rest.trim_start();
        }
    }
    t.trim().to_owned()
}

/// Turns `1 250,50`, `1,250.50`, `12,5` or `12.50` into `1250.50`-style text, or `None`
/// when the text is not a plain decimal number. Grouping marks must group by three.
fn canonical_number(text: &str) -> Option<String> {
    if text.is_empty()
        || !text
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '.' | ',' | ' '))
    {
        return None;
    }
    let last_mark = text.rfind(['.', ',']);
    let (int_part, frac_part) = match last_mark {
        Some(i) => {
            let has_other_mark = text[..i].contains(['.', ',']);
            let mark = &text[i..=i];
            let frac = &text[i + 1..];
            // A lone comma or dot with exactly three digits after it and another mark of
            // the other kind before is grouping (`1.250,00` / `1,250.00` are both handled by
            // the rfind); a single mark is always the decimal mark (`12,5`, `1,250` = 1.25).
            if has_other_mark && text[..i].contains(mark) {
                return None;
            }
            (&text[..i], Some(frac))
        }
        None => (text, None),
    };
    let groups: Vec<&str> = int_part.split([' ', '.', ',']).collect();
    if groups.iter().any(|g| g.is_empty()) && !(groups.len() == 1 && frac_part.is_some()) {
        return None;
    }
    if groups.len() > 1 && (groups[0].len() > 3 || groups[1..].iter().any(|g| g.len() != 3)) {
        return None;
    }
    let int_digits: String = groups.concat();
    let int_digits = if int_digits.is_empty() {
        "0".to_owned()
    } else {
        int_digits
    };
    match frac_part {
        Some(frac) if frac.is_empty() || !frac.chars().all(|c| c.is_ascii_digit()) => None,
        Some(frac) => Some(format!("{int_digits}.{frac}")),
        None => Some(int_digits),
    }
}

/// In JSON (the CLI's `--json`, the exports) an amount is its plain text (`61.50`), never a
/// number a reader could round.
impl serde::Serialize for Money {
    fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        s.serialize_str(&self.plain())
    }
}

/// A quantity in JSON: three decimals (`2.000`, `0.350`), its unit beside it.
impl serde::Serialize for Quantity {
    fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        s.serialize_str(&self.to_decimal().to_string())
    }
}

/// A share in JSON: its plain percentage (`15`, `12.5`).
impl serde::Serialize for Rate {
    fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        s.serialize_str(&self.plain())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn m(text: &str) -> Money {
        Money::parse(text).unwrap_or_else(|e| panic!("{text}: {e}"))
    }

    /// JSON readers get exact decimal text, never a number: amounts, quantities and shares
    /// alike (before, each struct said so field by field, and four copies of the rule).
    #[test]
    fn amounts_quantities_and_shares_are_plain_text_in_json() {
        fn json<T: serde::Serialize>(value: &T) -> String {
            serde_json::to_string(value).unwrap_or_default()
        }
        assert_eq!(json(&Money::from_centimes(6150)), "\"61.50\"");
        assert_eq!(json(&Money::from_centimes(-5)), "\"-0.05\"");
        assert_eq!(json(&Quantity::from_milli(350)), "\"0.350\"");
        assert_eq!(json(&Rate::from_basis_points(1250)), "\"12.5\"");
        assert_eq!(json(&None::<Money>), "null");
    }

    #[test]
    fn a_typed_weight_is_grams_when_whole_and_kilograms_with_a_mark() {
        let w = |t: &str| Quantity::parse_weight(t).map(Quantity::milli);
        assert_eq!(w("350"), Ok(350));
        assert_eq!(w("٣٥٠"), Ok(350));
        assert_eq!(w("350 g"), Ok(350));
        assert_eq!(w("1 250"), Ok(1250));
        assert_eq!(w("0,350"), Ok(350));
        assert_eq!(w("0.35"), Ok(350));
        assert_eq!(w("٠٫٣٥٠"), Ok(350));
        assert_eq!(w("2 kg"), Ok(2000));
        assert_eq!(w("1,5"), Ok(1500));
        assert!(w("0").is_err());
        assert!(w("0,0004").is_err());
        assert!(w("-350").is_err());
        assert!(w("abc").is_err());
        assert!(w("350.5 g").is_err());
        assert!(w("99999999").is_err());
    }

    #[test]
    fn parses_what_people_type() {
        assert_eq!(m("12,5"), Money::from_centimes(1250));
        assert_eq!(m("12.50"), Money::from_centimes(1250));
        assert_eq!(m("12 DH"), Money::from_centimes(1200));
        assert_eq!(m("12dh"), Money::from_centimes(1200));
        assert_eq!(m("MAD 7"), Money::from_centimes(700));
        assert_eq!(m("١٢٫٥"), Money::from_centimes(1250));
        assert_eq!(m("١٢٫٥ درهم"), Money::from_centimes(1250));
        assert_eq!(m("1 250,00"), Money::from_centimes(125_000));
        assert_eq!(m("1\u{202f}250,00\u{a0}DH"), Money::from_centimes(125_000));
        assert_eq!(m("1,250.00"), Money::from_centimes(125_000));
        assert_eq!(m("1.250,00"), Money::from_centimes(125_000));
        assert_eq!(m(",5"), Money::from_centimes(50));
        assert_eq!(m("0"), Money::ZERO);
    }

    #[test]
    fn refuses_what_is_not_money() {
        assert_eq!(Money::parse(""), Err(ParseError::Empty));
        assert!(matches!(
            Money::parse("douze"),
            Err(ParseError::NotANumber { .. })
        ));
        assert!(matches!(
            Money::parse("12..5"),
            Err(ParseError::NotANumber { .. })
        ));
        assert!(matches!(
            Money::parse("1 25,00"),
            Err(ParseError::NotANumber { .. })
        ));
        assert!(matches!(
            Money::parse("12,5,0"),
            Err(ParseError::NotANumber { .. })
        ));
        assert!(matches!(
            Money::parse("1e3"),
            Err(ParseError::NotANumber { .. })
        ));
        assert!(matches!(
            Money::parse("-5.00"),
            Err(ParseError::Negative { .. })
        ));
        assert!(matches!(
            Money::parse("12.005"),
            Err(ParseError::TooManyDecimals { max: 2, .. })
        ));
        assert!(matches!(
            Money::parse("2000000"),
            Err(ParseError::TooLarge { .. })
        ));
        // Twelve and a half, or twelve thousand five hundred? Asked, not guessed (#14.8).
        assert!(matches!(
            Money::parse("12.500"),
            Err(ParseError::Ambiguous { .. })
        ));
        assert_eq!(
            m("12.5000"),
            Money::from_centimes(1250),
            "not a thousands group"
        );
    }

    #[test]
    fn formats_per_language() {
        let x = Money::from_centimes(125_000);
        assert_eq!(x.format(Lang::Fr), "1\u{202f}250,00\u{a0}DH");
        assert_eq!(x.format(Lang::Ar), "1\u{202f}250,00\u{a0}درهم");
        assert_eq!(x.format(Lang::En), "MAD\u{a0}1,250.00");
        assert_eq!(Money::from_centimes(-5).format(Lang::En), "-MAD\u{a0}0.05");
        assert_eq!(
            Money::from_centimes(123_456_789).format_number(Lang::En),
            "1,234,567.89"
        );
        assert_eq!(Money::from_centimes(-6150).plain(), "-61.50");
        assert_eq!(
            Money::from_centimes(-5150).format(Lang::Ar),
            "\u{200f}\u{200e}-51,50\u{a0}درهم",
            "the minus stays before the number in Arabic"
        );
        assert_eq!(
            Money::from_centimes(-5150).format(Lang::Fr),
            "-51,50\u{a0}DH"
        );
    }

    #[test]
    fn quantities() {
        assert_eq!(
            Quantity::parse("0.350", Unit::Kg),
            Ok(Quantity::from_milli(350))
        );
        assert_eq!(
            Quantity::parse("٠٫٣٥", Unit::Kg),
            Ok(Quantity::from_milli(350))
        );
        assert_eq!(Quantity::parse("2", Unit::Piece), Ok(Quantity::pieces(2)));
        assert!(matches!(
            Quantity::parse("1.5", Unit::Piece),
            Err(ParseError::NotWhole { .. })
        ));
        assert!(matches!(
            Quantity::parse("0.0005", Unit::Kg),
            Err(ParseError::TooManyDecimals { .. })
        ));
        assert!(matches!(
            Quantity::parse("0", Unit::Kg),
            Err(ParseError::Zero { .. })
        ));
        assert_eq!(Quantity::from_milli(350).plain(Unit::Kg), "0.350");
        assert_eq!(Quantity::pieces(3).plain(Unit::Piece), "3");
        assert_eq!(
            Quantity::from_milli(350).format(Unit::Kg, Lang::Fr),
            "0,350\u{a0}kg"
        );
    }

    #[test]
    fn line_totals_round_half_away_from_zero() {
        // 90.00 DH/kg × 0.355 kg = 31.95; 3.33 × 0.5 = 1.665 → 1.67 (not banker's 1.66).
        assert_eq!(Quantity::from_milli(355).times(m("90")), m("31.95"));
        assert_eq!(Quantity::from_milli(500).times(m("3.33")), m("1.67"));
        assert_eq!(Quantity::from_milli(-500).times(m("3.33")), -m("1.67"));
    }

    #[test]
    fn split_adds_up() {
        let rate = Rate::parse_percent("15").unwrap_or_default();
        assert_eq!(rate.split(m("10.05")), (m("1.51"), m("8.54")));
        let (a, p) = Rate::parse_percent("12,5")
            .unwrap_or_default()
            .split(-m("0.99"));
        assert_eq!((a, p), (-m("0.12"), -m("0.87")));
        assert_eq!(Rate::from_basis_points(1250).plain(), "12.5");
        assert!(Rate::parse_percent("101").is_err());
    }
}
