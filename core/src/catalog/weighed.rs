//! Pre-weighed packages: a variable-measure EAN-13 that carries the package's price, as
//! GS1's in-store codes (prefix 2) do, so the counter charges exactly the printed price.
//!
//! The one layout Souk prints and reads, `21 PPPP V EEEEE C`:
//! - `21`: prefix 2 (in-store use) and format digit 1. The shop's own item codes are
//!   `20…` (see `edit::next_store_barcode`), so the two never meet;
//! - `PPPP`: the product's PLU, the item number of its in-store code `20 NNNNNNNNNN C`
//!   (1 to 9999);
//! - `V`: the price verifier digit of the five price digits (GS1 General Specifications
//!   7.9.3: weights 5+, 2−, 5−, 5+, 2−), so a misread price is refused;
//! - `EEEEE`: the package's price in centimes (up to 999,99 DH);
//! - `C`: the EAN-13 check digit.
//!
//! Scanned, the code gives the product, the price, and the weight it implies: price ÷ price
//! per kg, rounded to the gram. The line's amount is always the printed price: when that
//! weight at today's price per kg does not come to the printed price to the centime (the
//! price changed since the tag was printed), the next gram up is taken and the few
//! centimes over are the line's discount.

use rusqlite::Connection;

use super::{Product, ean, find_product};
use crate::error::{CatalogError, Error, Result, TagsError};
use crate::money::{Money, Quantity, Unit};

/// The first two digits of a package code.
pub const PREFIX: &str = "21";
/// The most a package code can carry: five digits of centimes.
pub const MAX_PRICE: Money = Money::from_centimes(99_999);

/// Digit × 2, tens taken from units.
const TWO_MINUS: [u32; 10] = [0, 2, 4, 6, 8, 9, 1, 3, 5, 7];
/// Digit × 5, tens added to units.
const FIVE_PLUS: [u32; 10] = [0, 5, 1, 6, 2, 7, 3, 8, 4, 9];
/// Digit × 5, tens taken from units.
const FIVE_MINUS: [u32; 10] = [0, 5, 9, 4, 8, 3, 7, 2, 6, 1];

/// The price verifier digit of a five-digit price (GS1 7.9.3).
pub fn price_check_digit(price: [u8; 5]) -> u8 {
    let weights = [FIVE_PLUS, TWO_MINUS, FIVE_MINUS, FIVE_PLUS, TWO_MINUS];
    let sum: u32 = price
        .iter()
        .zip(weights)
        .map(|(d, w)| w[usize::from(*d % 10)])
        .sum();
    let wanted = (10 - sum % 10) % 10;
    FIVE_MINUS
        .iter()
        .position(|v| *v == wanted)
        .and_then(|d| u8::try_from(d).ok())
        .unwrap_or(0)
}

/// The PLU of a product: the item number of its in-store code, when it has one below 10000.
pub fn plu(product: &Product) -> Option<u16> {
    let code = product.barcode.as_deref()?;
    let number = code.strip_prefix("20")?.get(..10)?.parse::<u64>().ok()?;
    u16::try_from(number)
        .ok()
        .filter(|n| (1..=9999).contains(n))
}

/// The package code of `price` for `product` (sold by the kg, with a PLU).
pub fn package_code(product: &Product, price: Money) -> Result<String> {
    if product.unit != Unit::Kg {
        return Err(Error::Tags(TagsError::NotSoldByWeight(product.sku.clone())));
    }
    let plu = plu(product).ok_or_else(|| Error::Tags(TagsError::NoPlu(product.sku.clone())))?;
    if price <= Money::ZERO || price > MAX_PRICE {
        return Err(Error::Tags(TagsError::PackagePrice {
            sku: product.sku.clone(),
            max: MAX_PRICE,
        }));
    }
    let cents = format!("{:05}", price.centimes());
    let mut digits = [0u8; 5];
    for (d, b) in digits.iter_mut().zip(cents.bytes()) {
        *d = b - b'0';
    }
    let body = format!("{PREFIX}{plu:04}{}{cents}", price_check_digit(digits));
    let mut first = [0u8; 12];
    for (d, b) in first.iter_mut().zip(body.bytes()) {
        *d = b - b'0';
    }
    Ok(format!("{body}{}", ean::check_digit(&first)))
}

/// What a package code says, before the catalogue is asked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PackageCode {
    pub plu: u16,
    pub price: Money,
}

/// Reads a package code: `None` unless it is a valid EAN-13 of this layout whose price
/// verifier digit matches.
pub fn parse(code: &str) -> Option<PackageCode> {
    let code = code.trim();
    if !code.starts_with(PREFIX) || !ean::is_valid(code) {
        return None;
    }
    let plu = code.get(2..6)?.parse::<u16>().ok()?;
    let verifier = code.as_bytes().get(6)? - b'0';
    let cents = code.get(7..12)?;
    let mut digits = [0u8; 5];
    for (d, b) in digits.iter_mut().zip(cents.bytes()) {
        *d = b - b'0';
    }
    if price_check_digit(digits) != verifier || plu == 0 {
        return None;
    }
    Some(PackageCode {
        plu,
        price: Money::from_centimes(cents.parse().ok()?),
    })
}

/// The in-store code of a PLU: where its product is found.
pub fn store_code(plu: u16) -> String {
    let body = format!("20{plu:010}");
    let mut first = [0u8; 12];
    for (d, b) in first.iter_mut().zip(body.bytes()) {
        *d = b - b'0';
    }
    format!("{body}{}", ean::check_digit(&first))
}

/// The weight a package price implies at `price_per_kg`, and what comes off the line so
/// that it costs exactly `price`. `None` when the product has no price per kg.
pub fn weight_for(price: Money, price_per_kg: Money) -> Option<(Quantity, Money)> {
    let (price_c, per_kg) = (
        i128::from(price.centimes()),
        i128::from(price_per_kg.centimes()),
    );
    if per_kg <= 0 || price_c <= 0 {
        return None;
    }
    // Grams, rounded half away from zero (both are positive).
    let grams = (price_c * 1000 * 2 + per_kg) / (per_kg * 2);
    let grams = i64::try_from(grams.max(1)).ok()?;
    [grams, grams + 1]
        .into_iter()
        .map(Quantity::from_milli)
        .find(|q| q.times(price_per_kg) >= price)
        .map(|q| (q, q.times(price_per_kg) - price))
}

/// A scanned package: its product, the weight its price implies, and the line's discount
/// (zero unless the price per kg changed since it was printed).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Package {
    pub product: Product,
    pub price: Money,
    pub quantity: Quantity,
    pub discount: Money,
}

/// Resolves a package code from the counter's point of view: `None` when `code` is not a
/// package code (look it up as a plain code then), an error when it is one for no product
/// the shop sells by weight.
pub fn resolve(product: Option<Product>, code: PackageCode) -> Result<Package> {
    let unknown = || Error::Catalog(CatalogError::UnknownProduct(format!("PLU {:04}", code.plu)));
    let product = product.ok_or_else(unknown)?;
    if product.unit != Unit::Kg {
        return Err(Error::Tags(TagsError::NotSoldByWeight(product.sku)));
    }
    let (quantity, discount) = weight_for(code.price, product.price).ok_or_else(unknown)?;
    Ok(Package {
        product,
        price: code.price,
        quantity,
        discount,
    })
}

/// Looks a scanned package code up in the catalogue: `Ok(None)` when `code` is not one.
pub fn scan(conn: &Connection, code: &str) -> Result<Option<Package>> {
    let Some(parsed) = parse(code) else {
        return Ok(None);
    };
    let product = find_product(conn, &store_code(parsed.plu))?;
    resolve(product, parsed).map(Some)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn price_verifier_digits_of_the_gs1_tables() {
        // 14685: 5 + 8 + 7 + 4 + 9 = 33; 10 − 3 = 7 is the 5− product of 6.
        assert_eq!(price_check_digit([1, 4, 6, 8, 5]), 6);
        assert_eq!(price_check_digit([0, 0, 0, 0, 0]), 0);
        for d in 0..10u8 {
            // Changing any one digit changes the verifier.
            for pos in 0..5 {
                let mut a = [0, 2, 8, 0, 0];
                let before = price_check_digit(a);
                a[pos] = (a[pos] + d) % 10;
                assert_eq!(price_check_digit(a) == before, d == 0, "pos {pos} +{d}");
            }
        }
    }

    fn chebakia() -> Product {
        Product {
            id: 2,
            sku: "P001-0002".into(),
            barcode: Some("2000000000022".into()),
            name_ar: "شباكية".into(),
            name_fr: "Chebakia".into(),
            category: "pastries".into(),
            producer_id: 1,
            producer_code: "P001".into(),
            unit: Unit::Kg,
            price: Money::from_centimes(9000),
            stock_tracked: true,
            stock: Quantity::ZERO,
            active: true,
        }
    }

    #[test]
    fn package_codes_round_trip() {
        let p = chebakia();
        let code = package_code(&p, Money::from_centimes(3150)).unwrap_or_default();
        // 0·5+ 3·2− 1·5− 5·5+ 0·2− = 0 + 6 + 5 + 7 + 0 = 18; 10 − 8 = 2 is the 5− product of 7.
        assert_eq!(&code[..7], "2100027");
        assert_eq!(&code[7..12], "03150");
        assert!(ean::is_valid(&code));
        let parsed = parse(&code);
        assert_eq!(
            parsed,
            Some(PackageCode {
                plu: 2,
                price: Money::from_centimes(3150)
            })
        );
        assert_eq!(store_code(2), "2000000000022");
        // A wrong price verifier (with a recomputed EAN check digit) is not a package code.
        let body = format!("{}{}{}", &code[..6], '0', &code[7..12]);
        let mut first = [0u8; 12];
        for (d, b) in first.iter_mut().zip(body.bytes()) {
            *d = b - b'0';
        }
        assert!(parse(&format!("{body}{}", ean::check_digit(&first))).is_none());
        assert!(parse("2000000000022").is_none());
    }

    #[test]
    fn packages_cost_exactly_their_price() {
        let per_kg = Money::from_centimes(9000);
        let (q, off) = weight_for(Money::from_centimes(3150), per_kg).unwrap_or_default();
        assert_eq!((q.milli(), off), (350, Money::ZERO));
        // 25,00 DH at 80 DH/kg: 312,5 g → 313 g = 25,04, so 0,04 comes off.
        let (q, off) =
            weight_for(Money::from_centimes(2500), Money::from_centimes(8000)).unwrap_or_default();
        assert_eq!((q.milli(), off.centimes()), (313, 4));
        for price in 1..3000 {
            for per_kg in [1, 7, 999, 1000, 1001, 8000, 18_000, 99_999] {
                let (price, per_kg) = (Money::from_centimes(price), Money::from_centimes(per_kg));
                let (q, off) = weight_for(price, per_kg).unwrap_or_default();
                assert_eq!(q.times(per_kg) - off, price);
                assert!(!off.is_negative() && q.milli() > 0);
            }
        }
        assert!(weight_for(Money::from_centimes(100), Money::ZERO).is_none());
    }

    #[test]
    fn a_package_weighed_then_priced_reads_back_its_weight() {
        let per_kg = Money::from_centimes(18_000);
        for grams in 1..2000 {
            let q = Quantity::from_milli(grams);
            let (back, off) = weight_for(q.times(per_kg), per_kg).unwrap_or_default();
            assert_eq!((back, off), (q, Money::ZERO), "{grams} g");
        }
    }

    #[test]
    fn only_weighed_products_with_a_plu_get_package_codes() {
        let mut p = chebakia();
        assert!(package_code(&p, MAX_PRICE + Money::from_centimes(1)).is_err());
        assert!(package_code(&p, Money::ZERO).is_err());
        p.barcode = Some("4006381333931".into());
        assert!(matches!(
            package_code(&p, Money::from_centimes(100)),
            Err(Error::Tags(TagsError::NoPlu(_)))
        ));
        p.unit = Unit::Piece;
        assert!(matches!(
            package_code(&p, Money::from_centimes(100)),
            Err(Error::Tags(TagsError::NotSoldByWeight(_)))
        ));
    }
}
