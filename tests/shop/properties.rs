//! Money invariants under random input: formatting reads back, shares always add up, and
//! over random sales and refunds on a real database the producers' and the association's
//! shares add up to the net sales to the centime, with no refund beyond what was sold.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::common;

use common::Shop;
use proptest::prelude::*;
use souk::i18n::Lang;
use souk::money::{Money, Quantity, Rate};
use souk::sale::{self, Method, NewSale, RefundRequest, Tender};

proptest! {
    #[test]
    fn parse_reads_back_what_format_writes(centimes in 0i64..100_000_000) {
        let money = Money::from_centimes(centimes);
        for lang in Lang::ALL {
            prop_assert_eq!(Money::parse(&money.format(lang)), Ok(money));
            prop_assert_eq!(Money::parse(&money.format_number(lang)), Ok(money));
        }
        prop_assert_eq!(Money::parse(&money.plain()), Ok(money));
    }

    #[test]
    fn shares_always_add_up(centimes in -100_000_000i64..100_000_000, bp in 0u32..=10_000) {
        let total = Money::from_centimes(centimes);
        let (association, producer) = Rate::from_basis_points(bp).split(total);
        prop_assert_eq!(association + producer, total);
        prop_assert!(association.abs() <= total.abs());
    }

    #[test]
    fn line_totals_are_within_half_a_centime(price in 0i64..10_000_000, milli in 1i64..100_000) {
        let total = Quantity::from_milli(milli).times(Money::from_centimes(price));
        let exact = i128::from(price) * i128::from(milli);
        prop_assert!((i128::from(total.centimes()) * 1000 - exact).abs() <= 500);
    }
}

#[derive(Debug, Clone)]
enum Step {
    Sell(Vec<(usize, u16)>),
    RefundAll(usize),
    RefundLine(usize, i64, u16),
}

fn step() -> impl Strategy<Value = Step> {
    prop_oneof![
        3 => prop::collection::vec((0usize..110, 1u16..4000), 1..4).prop_map(Step::Sell),
        1 => (0usize..50).prop_map(Step::RefundAll),
        1 => (0usize..50, 1i64..4, 1u16..4000).prop_map(|(s, l, q)| Step::RefundLine(s, l, q)),
    ]
}

/// A refund either works or is refused for having nothing (or not enough) left.
fn expected_refusal(result: souk::Result<sale::Sale>) -> Result<(), TestCaseError> {
    match result {
        Ok(_)
        | Err(
            souk::Error::Sale(souk::error::SaleError::RefundExceeds { .. })
            | souk::Error::Sale(souk::error::SaleError::NothingToRefund(_)),
        ) => Ok(()),
        Err(other) => Err(TestCaseError::fail(format!(
            "unexpected refusal: {other:?}"
        ))),
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]

    #[test]
    fn shares_add_up_to_net_sales_over_random_sales_and_refunds(steps in prop::collection::vec(step(), 1..25)) {
        let mut shop = Shop::new();
        let products = souk::catalog::products(&shop.conn).unwrap();
        let mut numbers: Vec<String> = Vec::new();
        for step in steps {
            shop.clock.advance(chrono::Duration::minutes(7));
            match step {
                Step::Sell(items) => {
                    let lines = items
                        .iter()
                        .map(|(i, q)| {
                            let product = products[*i].clone();
                            let quantity = match product.unit {
                                souk::money::Unit::Kg => Quantity::from_milli(i64::from(*q)),
                                souk::money::Unit::Piece => Quantity::pieces(i64::from(*q % 5 + 1)),
                            };
                            souk::sale::CartLine { product, quantity, discount: Money::ZERO }
                        })
                        .collect::<Vec<_>>();
                    let total: Money = lines.iter().map(|l| l.total()).sum();
                    let tenders = if total.is_zero() { vec![] } else { vec![Tender { method: Method::Card, amount: total }] };
                    let sale = sale::sell(&mut shop.conn, &shop.clock, &NewSale { cashier_id: shop.cashier, lines, tenders }).unwrap();
                    numbers.push(sale.number);
                }
                Step::RefundAll(i) | Step::RefundLine(i, _, _) if numbers.is_empty() => { let _ = i; }
                Step::RefundAll(i) => {
                    let request = RefundRequest { number: numbers[i % numbers.len()].clone(), line: None, reason: "r".into(), user_id: None, method: None };
                    expected_refusal(sale::refund(&mut shop.conn, &shop.clock, &request))?;
                }
                Step::RefundLine(i, line, q) => {
                    let number = numbers[i % numbers.len()].clone();
                    let original = sale::load(&shop.conn, &number).unwrap();
                    let Some(l) = original.lines.iter().find(|l| l.line_no == line) else { continue };
                    let quantity = match l.unit {
                        souk::money::Unit::Kg => Quantity::from_milli(i64::from(q)),
                        souk::money::Unit::Piece => Quantity::pieces(i64::from(q % 3 + 1)),
                    };
                    let request = RefundRequest { number, line: Some((line, Some(quantity))), reason: "r".into(), user_id: None, method: None };
                    // Refusals (more than is left) are part of the property: they write nothing.
                    expected_refusal(sale::refund(&mut shop.conn, &shop.clock, &request))?;
                }
            }
        }
        let (totals, association, producer): (i64, i64, i64) = shop.conn.query_row(
            "SELECT (SELECT coalesce(sum(total_c), 0) FROM sales),
                    coalesce(sum(association_c), 0), coalesce(sum(producer_c), 0) FROM sale_lines",
            [], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?))).unwrap();
        prop_assert_eq!(association + producer, totals);
        let violations = souk::check::run(&shop.conn).unwrap();
        prop_assert!(violations.is_empty(), "{:?}", violations);
        // No line was refunded beyond what was sold, in quantity or in money.
        let over: i64 = shop.conn.query_row(
            "SELECT count(*) FROM sale_lines l JOIN (SELECT refund_of_line id, -sum(qty_milli) q, -sum(total_c) t
             FROM sale_lines WHERE refund_of_line IS NOT NULL GROUP BY refund_of_line) r ON r.id = l.id
             WHERE r.q > l.qty_milli OR r.t > l.total_c", [], |r| r.get(0)).unwrap();
        prop_assert_eq!(over, 0);
    }
}

proptest! {
    #[test]
    fn a_cart_discount_is_spread_to_the_centime(
        prices in prop::collection::vec(1i64..50_000, 1..6),
        fraction in 0u32..=100,
    ) {
        let mut cart = souk::sale::Cart::default();
        for (i, price) in prices.iter().enumerate() {
            let product = souk::catalog::Product {
                id: i64::try_from(i).unwrap(),
                sku: format!("S{i}"),
                barcode: None,
                name_ar: String::new(),
                name_fr: String::new(),
                category: "decor".into(),
                producer_id: 1,
                producer_code: "P001".into(),
                unit: souk::money::Unit::Piece,
                price: Money::from_centimes(*price),
                stock_tracked: false,
                stock: Quantity::ZERO,
                active: true,
            };
            cart.add(product, Quantity::pieces(1));
        }
        let gross: i64 = prices.iter().sum();
        let amount = Money::from_centimes(gross * i64::from(fraction) / 100);
        prop_assert!(cart.discount_all(amount).is_ok());
        prop_assert_eq!(cart.discounts(), amount);
        prop_assert!(cart.lines().iter().all(|l| !l.discount.is_negative() && l.discount <= l.gross()));
    }
}
