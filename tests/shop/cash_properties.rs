//! Expected cash under random days: sales in cash (with change) or by card, refunds in cash
//! or by card (in the same or a later session), voids, pay-ins, pay-outs, and sessions
//! closed and opened at night. After every step the X report's expected cash equals a
//! model kept beside it, and every close with the model's count shows no difference.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::common;

use common::Shop;
use proptest::prelude::*;
use souk::cash::{self, Counted, MovementKind};
use souk::clock::Clock;
use souk::money::Money;
use souk::sale::{self, Method, NewSale, RefundRequest, Tender};

#[derive(Debug, Clone)]
enum Step {
    /// Product index, paid in cash (with this much change) or else by card.
    Sell(usize, bool, i64),
    /// Refund all of an earlier sale, in cash or by card.
    Refund(usize, bool),
    Void(usize),
    PayIn(i64),
    PayOut(i64),
    /// Close at night with the expected count, open the next morning with this float.
    NextDay(i64),
}

fn step() -> impl Strategy<Value = Step> {
    prop_oneof![
        6 => (0usize..110, any::<bool>(), 0i64..20_000).prop_map(|(p, c, x)| Step::Sell(p, c, x)),
        2 => (0usize..40, any::<bool>()).prop_map(|(s, c)| Step::Refund(s, c)),
        1 => (0usize..40).prop_map(Step::Void),
        1 => (1i64..50_000).prop_map(Step::PayIn),
        1 => (1i64..5_000).prop_map(Step::PayOut),
        1 => (0i64..100_000).prop_map(Step::NextDay),
    ]
}

/// A sale as the model remembers it.
struct Sold {
    number: String,
    session: i64,
    /// What it left in the drawer: cash handed over minus change.
    cash: Money,
    voided: bool,
    refunded: bool,
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(20))]

    #[test]
    fn expected_cash_matches_the_model(steps in prop::collection::vec(step(), 1..40)) {
        let mut shop = Shop::new();
        let products = souk::catalog::products(&shop.conn).unwrap();
        let mut session = cash::require_open(&shop.conn).unwrap();
        let mut expected = Money::from_dirhams(500);
        let mut sold: Vec<Sold> = Vec::new();
        for step in steps {
            shop.clock.advance(chrono::Duration::minutes(13));
            match step {
                Step::Sell(p, in_cash, extra) => {
                    let product = &products[p % products.len()];
                    let line = shop.line(&product.sku, "1");
                    let total = line.total();
                    if total.is_zero() {
                        continue;
                    }
                    let tenders = if in_cash {
                        vec![Tender { method: Method::Cash, amount: total + Money::from_centimes(extra) }]
                    } else {
                        vec![Tender { method: Method::Card, amount: total }]
                    };
                    let sale = sale::sell(&mut shop.conn, &shop.clock, &NewSale {
                        cashier_id: shop.cashier, lines: vec![line], tenders,
                    }).unwrap();
                    let cash = if in_cash { total } else { Money::ZERO };
                    expected += cash;
                    sold.push(Sold { number: sale.number, session, cash, voided: false, refunded: false });
                }
                Step::Refund(s, in_cash) => {
                    let Some(original) = sold.get_mut(s) else { continue };
                    let request = RefundRequest {
                        number: original.number.clone(),
                        line: None,
                        reason: "retour".into(),
                        user_id: None,
                        method: Some(if in_cash { Method::Cash } else { Method::Card }),
                    };
                    let done = sale::refund(&mut shop.conn, &shop.clock, &request);
                    match (original.voided, original.refunded, done) {
                        (false, false, Ok(refund)) => {
                            original.refunded = true;
                            if in_cash {
                                expected += refund.total;
                            }
                        }
                        (true, _, Err(souk::Error::Sale(souk::error::SaleError::RefundOfVoided(_))))
                        | (_, true, Err(souk::Error::Sale(souk::error::SaleError::NothingToRefund(_)))) => {}
                        (_, _, other) => prop_assert!(false, "refund: {other:?}"),
                    }
                }
                Step::Void(s) => {
                    let Some(original) = sold.get_mut(s) else { continue };
                    let done = sale::void(&mut shop.conn, &shop.clock, &original.number, "erreur", None);
                    match done {
                        Ok(_) => {
                            prop_assert!(!original.voided && !original.refunded && original.session == session);
                            original.voided = true;
                            expected = expected - original.cash;
                        }
                        Err(souk::Error::Sale(souk::error::SaleError::AlreadyVoided(_))) => prop_assert!(original.voided),
                        Err(souk::Error::Sale(souk::error::SaleError::VoidOfRefunded(_))) => prop_assert!(original.refunded),
                        Err(souk::Error::Sale(souk::error::SaleError::VoidSessionClosed { .. })) => prop_assert!(original.session != session),
                        Err(other) => prop_assert!(false, "void: {other:?}"),
                    }
                }
                Step::PayIn(c) | Step::PayOut(c) => {
                    let kind = if matches!(step, Step::PayIn(_)) { MovementKind::PayIn } else { MovementKind::PayOut };
                    let amount = Money::from_centimes(c);
                    cash::movement(&mut shop.conn, &shop.clock, kind, amount, "caisse", shop.cashier).unwrap();
                    expected += if kind == MovementKind::PayIn { amount } else { -amount };
                }
                Step::NextDay(float) => {
                    // Pay-outs may have taken the expected cash below zero; nobody counts
                    // less than nothing, so the count is then zero and the difference shows it.
                    let counted = expected.max(Money::ZERO);
                    let z = cash::close(&mut shop.conn, &shop.clock, shop.cashier, &Counted::Total(counted)).unwrap();
                    let closing = z.session.closing.unwrap();
                    prop_assert_eq!(closing.expected, expected);
                    prop_assert_eq!(closing.difference, counted - expected);
                    shop.clock.advance(chrono::Duration::hours(12));
                    expected = Money::from_centimes(float);
                    session = cash::open(&mut shop.conn, &shop.clock, shop.cashier, expected).unwrap().id;
                }
            }
            let x = cash::report(&shop.conn, session, shop.clock.now()).unwrap();
            prop_assert_eq!(x.cash.expected, expected);
            let parts: Money = x.by_method.iter().map(|s| s.amount).sum();
            prop_assert_eq!(parts, x.net);
        }
        prop_assert!(souk::check::run(&shop.conn).unwrap().is_empty());
    }
}
