//! A database someone edited by hand, or a disk that flipped bytes: every value Souk cannot
//! read is refused with the table, the row and the column named, never read as a default
//! (a unit of "kilo" once came back as "piece", a method of "bitcoin" as cash, a broken
//! timestamp as 1970).
#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::common;

use common::Shop;
use souk::i18n::{Lang, Translator};
use souk::stored::Damaged;
use souk::{Error, catalog, sale};

/// Writes `sql` as an outside tool would: no CHECK constraints, no append-only triggers.
fn tamper(shop: &Shop, sql: &str) {
    let triggers: Vec<String> = shop
        .conn
        .prepare("SELECT name FROM sqlite_master WHERE type = 'trigger'")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    for name in triggers {
        shop.conn
            .execute_batch(&format!("DROP TRIGGER \"{name}\""))
            .unwrap();
    }
    shop.conn
        .execute_batch(&format!(
            "PRAGMA ignore_check_constraints = ON; {sql}; PRAGMA ignore_check_constraints = OFF;"
        ))
        .unwrap();
}

fn damaged<T: std::fmt::Debug>(result: souk::Result<T>) -> Damaged {
    match result {
        Err(Error::Damaged(d)) => d,
        other => panic!("expected a damaged-database error, got {other:?}"),
    }
}

#[test]
fn an_unknown_unit_is_named_not_read_as_a_piece() {
    let shop = Shop::new();
    let id: i64 = shop
        .conn
        .query_row("SELECT id FROM products ORDER BY id LIMIT 1", [], |r| {
            r.get(0)
        })
        .unwrap();
    tamper(
        &shop,
        &format!("UPDATE products SET unit = 'kilo' WHERE id = {id}"),
    );
    let d = damaged(catalog::products(&shop.conn));
    assert_eq!(
        (d.table, d.row.as_str(), d.column.as_str(), d.found.as_str()),
        ("products", id.to_string().as_str(), "unit", "\"kilo\"")
    );
    let said = Translator::new(Lang::Fr).tr(&Error::Damaged(d).msg());
    assert!(
        said.contains("products") && said.contains("kilo") && said.contains("abîmée"),
        "{said}"
    );
}

#[test]
fn an_unknown_payment_method_is_named_not_read_as_cash() {
    let mut shop = Shop::new();
    let line = shop.line("P001-0001", "1");
    let sold = shop.cash_sale(vec![line]);
    tamper(&shop, "UPDATE payments SET method = 'bitcoin'");
    let d = damaged(sale::load(&shop.conn, &sold.number));
    assert_eq!((d.table, d.column.as_str()), ("payments", "method"));
    assert_eq!(d.found, "\"bitcoin\"");
}

#[test]
fn a_broken_instant_or_day_is_named_not_read_as_1970() {
    let mut shop = Shop::new();
    let line = shop.line("P001-0001", "1");
    let sold = shop.cash_sale(vec![line]);
    tamper(
        &shop,
        &format!("UPDATE sales SET sold_at_ms = {}", i64::MAX),
    );
    let d = damaged(sale::load(&shop.conn, &sold.number));
    assert_eq!((d.table, d.column.as_str()), ("sales", "sold_at_ms"));

    tamper(
        &shop,
        "UPDATE sales SET sold_at_ms = 1795600000000, business_day = 'hier'",
    );
    let d = damaged(sale::load(&shop.conn, &sold.number));
    assert_eq!((d.table, d.column.as_str()), ("sales", "business_day"));
    assert_eq!(d.found, "\"hier\"");
}

#[test]
fn an_unknown_kind_of_sale_is_named_not_read_as_a_sale() {
    let mut shop = Shop::new();
    let line = shop.line("P001-0001", "1");
    let sold = shop.cash_sale(vec![line]);
    tamper(&shop, "UPDATE sales SET kind = 'gift'");
    let d = damaged(sale::load(&shop.conn, &sold.number));
    assert_eq!(
        (d.table, d.column.as_str(), d.found.as_str()),
        ("sales", "kind", "\"gift\"")
    );
}
