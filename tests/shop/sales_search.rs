//! Finding past sales on a real SQLite file: by number (whole or in part), by local
//! business day, by product (sku, barcode, French or Arabic words), newest first; and what
//! is left to refund of each line.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::common;

/// The till opened in the spring: these tests record the months after it in time order.
const SPRING: &str = "2026-05-01T08:00:00Z";

use chrono::{Duration, NaiveDate};
use common::{Shop, dh, utc};
use souk::money::Quantity;
use souk::sale::{self, RefundRequest, SaleQuery, Status};

fn day(text: &str) -> Option<NaiveDate> {
    Some(text.parse().unwrap())
}

fn numbers(shop: &Shop, query: &SaleQuery) -> Vec<String> {
    sale::find(&shop.conn, query, 50)
        .unwrap()
        .into_iter()
        .map(|s| s.number)
        .collect()
}

fn by_number(text: &str) -> SaleQuery {
    SaleQuery {
        number: Some(text.into()),
        ..SaleQuery::default()
    }
}

fn by_product(text: &str) -> SaleQuery {
    SaleQuery {
        product: Some(text.into()),
        ..SaleQuery::default()
    }
}

/// Twelve one-line sales of msemen, a minute apart, on 2026-11-29.
fn twelve_sales() -> Shop {
    let mut shop = Shop::since(SPRING);
    for _ in 0..12 {
        let line = shop.line("P001-0003", "1");
        shop.cash_sale(vec![line]);
        shop.clock.advance(Duration::minutes(1));
    }
    shop
}

#[test]
fn a_number_whole_or_in_part_finds_the_sale_first() {
    let shop = twelve_sales();
    assert_eq!(numbers(&shop, &by_number("2026-000007")), ["2026-000007"]);
    assert_eq!(numbers(&shop, &by_number(" 2026-7 ")), ["2026-000007"]);
    assert_eq!(numbers(&shop, &by_number("٧")), ["2026-000007"]);
    // `1` is sale 1 first, then every sequence that contains a 1, newest first; the year
    // does not count (every number of 2026 contains a 2).
    assert_eq!(
        numbers(&shop, &by_number("1")),
        ["2026-000001", "2026-000012", "2026-000011", "2026-000010"]
    );
    assert_eq!(
        numbers(&shop, &by_number("2")),
        ["2026-000002", "2026-000012"]
    );
    // A part that is not a sequence: numbers containing it.
    assert_eq!(
        numbers(&shop, &by_number("6-00001")),
        ["2026-000012", "2026-000011", "2026-000010"]
    );
    assert!(numbers(&shop, &by_number("2025-000007")).is_empty());
    // LIKE's wildcards are taken literally.
    assert!(numbers(&shop, &by_number("%")).is_empty());
    assert!(numbers(&shop, &by_number("2026_000007")).is_empty());
    // An empty number is no filter.
    assert_eq!(numbers(&shop, &by_number("  ")).len(), 12);
}

#[test]
fn newest_first_and_at_most_the_limit() {
    let shop = twelve_sales();
    let all = sale::find(&shop.conn, &SaleQuery::default(), 5).unwrap();
    let got: Vec<_> = all.iter().map(|s| s.number.as_str()).collect();
    assert_eq!(
        got,
        [
            "2026-000012",
            "2026-000011",
            "2026-000010",
            "2026-000009",
            "2026-000008"
        ]
    );
    assert!(all.windows(2).all(|w| w[0].sold_at >= w[1].sold_at));
    assert_eq!(all[0].cashier, "Amina");
    assert_eq!(all[0].total, dh("3"));
    assert_eq!(all[0].status, Status::Completed);
}

#[test]
fn a_day_is_the_local_business_day() {
    let mut shop = Shop::since(SPRING);
    // 2026-06-01 23:30 UTC is 00:30 on 2026-06-02 in Rabat (+01 before the change).
    shop.clock.set(utc("2026-06-01T22:30:00Z"));
    let line = shop.line("P001-0003", "2");
    let late_june_first = shop.cash_sale(vec![line]).number;
    shop.clock.set(utc("2026-06-01T23:30:00Z"));
    let line = shop.line("P001-0001", "1");
    let june_second = shop.cash_sale(vec![line]).number;
    shop.clock.set(utc("2026-11-29T10:00:00Z"));
    let line = shop.line("P001-0003", "1");
    let today = shop.cash_sale(vec![line]).number;

    let on = |d: &str| SaleQuery {
        day: day(d),
        ..SaleQuery::default()
    };
    assert_eq!(
        numbers(&shop, &on("2026-06-01")),
        [late_june_first.as_str()]
    );
    assert_eq!(numbers(&shop, &on("2026-06-02")), [june_second.as_str()]);
    assert_eq!(numbers(&shop, &on("2026-11-29")), [today.as_str()]);
    assert!(numbers(&shop, &on("2026-11-28")).is_empty());
    // The time shown is Rabat's: 00:30 on the 2nd.
    let found = sale::find(&shop.conn, &on("2026-06-02"), 10).unwrap();
    assert_eq!(
        found[0].sold_at.format("%d/%m/%Y %H:%M").to_string(),
        "02/06/2026 00:30"
    );
    // A day and a product together.
    let msemen_on_the_first = SaleQuery {
        day: day("2026-06-01"),
        product: Some("msemen".into()),
        ..SaleQuery::default()
    };
    assert_eq!(numbers(&shop, &msemen_on_the_first), [late_june_first]);
    let cake_on_the_first = SaleQuery {
        day: day("2026-06-01"),
        product: Some("cake".into()),
        ..SaleQuery::default()
    };
    assert!(numbers(&shop, &cake_on_the_first).is_empty());
}

#[test]
fn a_product_by_sku_barcode_or_words_in_either_language() {
    let mut shop = Shop::since(SPRING);
    let cake = shop.line("P001-0001", "1"); // Cake au citron / كيكة الليمون
    let chebakia = shop.line("P001-0002", "0.350"); // Chebakia / شباكية
    let first = shop.cash_sale(vec![cake, chebakia]).number;
    shop.clock.advance(Duration::minutes(3));
    let msemen = shop.line("P001-0003", "2"); // Msemen / مسمن
    let second = shop.cash_sale(vec![msemen]).number;
    shop.clock.advance(Duration::minutes(3));
    let cake = shop.line("P001-0001", "1");
    let third = shop.cash_sale(vec![cake]).number;

    assert_eq!(
        numbers(&shop, &by_product("P001-0001")),
        [third.clone(), first.clone()]
    );
    assert_eq!(numbers(&shop, &by_product("p001-0003")), [second.as_str()]);
    assert_eq!(
        numbers(&shop, &by_product("2000000000022")),
        [first.as_str()]
    );
    // Words of the French name, in any order, case and accents ignored.
    assert_eq!(
        numbers(&shop, &by_product("citron CAKE")),
        [third.clone(), first.clone()]
    );
    assert_eq!(numbers(&shop, &by_product("Chébakia")), [first.as_str()]);
    // Arabic, with or without diacritics and forms of ta marbuta.
    assert_eq!(numbers(&shop, &by_product("شبّاكيه")), [first.as_str()]);
    assert_eq!(
        numbers(&shop, &by_product("الليمون")),
        [third.clone(), first.clone()]
    );
    assert_eq!(numbers(&shop, &by_product("مسمن")), [second]);
    // A product never sold, and words that name nothing.
    assert!(numbers(&shop, &by_product("Gandoura")).is_empty());
    assert!(numbers(&shop, &by_product("cake gandoura")).is_empty());
    assert!(numbers(&shop, &by_product("zzz")).is_empty());
    // A number and a product together.
    let both = SaleQuery {
        number: Some(first.clone()),
        product: Some("msemen".into()),
        ..SaleQuery::default()
    };
    assert!(numbers(&shop, &both).is_empty());
}

#[test]
fn refunds_and_voids_show_with_their_status_and_what_is_left() {
    let mut shop = Shop::since(SPRING);
    let cake = shop.line("P001-0001", "1");
    let msemen = shop.line("P001-0003", "5");
    let original = shop.cash_sale(vec![cake, msemen]);
    let left = sale::left_to_refund(&shop.conn, &original).unwrap();
    assert_eq!(left, [(1, Quantity::pieces(1)), (2, Quantity::pieces(5))]);

    shop.clock.advance(Duration::minutes(5));
    let refund = sale::refund(
        &mut shop.conn,
        &shop.clock,
        &RefundRequest {
            number: original.number.clone(),
            line: Some((2, Some(Quantity::pieces(2)))),
            reason: "trop cuits".into(),
            user_id: Some(shop.cashier),
            method: None,
        },
    )
    .unwrap();
    let original = sale::load(&shop.conn, &original.number).unwrap();
    let left = sale::left_to_refund(&shop.conn, &original).unwrap();
    assert_eq!(left, [(1, Quantity::pieces(1)), (2, Quantity::pieces(3))]);
    // Nothing is refundable of a refund.
    let left = sale::left_to_refund(&shop.conn, &refund).unwrap();
    assert!(left.iter().all(|(_, q)| *q == Quantity::ZERO));

    shop.clock.advance(Duration::minutes(5));
    let line = shop.line("P001-0003", "1");
    let other = shop.cash_sale(vec![line]);
    let voided = sale::void(&mut shop.conn, &shop.clock, &other.number, "erreur", None).unwrap();
    assert!(
        sale::left_to_refund(&shop.conn, &voided)
            .unwrap()
            .iter()
            .all(|(_, q)| *q == Quantity::ZERO)
    );

    let today = sale::find(
        &shop.conn,
        &SaleQuery {
            day: day("2026-11-29"),
            ..SaleQuery::default()
        },
        10,
    )
    .unwrap();
    let seen: Vec<_> = today
        .iter()
        .map(|s| (s.number.as_str(), s.status, s.refund_of.as_deref()))
        .collect();
    assert_eq!(
        seen,
        [
            (other.number.as_str(), Status::Voided, None),
            (
                refund.number.as_str(),
                Status::Refund,
                Some(original.number.as_str())
            ),
            (original.number.as_str(), Status::Completed, None),
        ]
    );
    assert_eq!(today[1].total, -dh("6"));
    // A number finds its sale first, then the refunds of that sale.
    assert_eq!(
        numbers(&shop, &by_number(&original.number)),
        [original.number.clone(), refund.number.clone()]
    );
    // A refund is found by the product it gives back.
    assert_eq!(
        numbers(&shop, &by_product("msemen")),
        [
            other.number.clone(),
            refund.number.clone(),
            original.number.clone()
        ]
    );
}
