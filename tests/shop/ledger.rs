//! The ledger on real SQLite files: sales, refunds, voids, numbering, and what refusals
//! leave behind (nothing).
#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::common;

/// The till opened in the spring: these tests record the months after it in time order.
const SPRING: &str = "2026-05-01T08:00:00Z";

use common::{Shop, dh, utc};
use souk::Error;
use souk::error::SaleError;
use souk::money::Quantity;
use souk::sale::{self, Method, NewSale, RefundRequest, Status, Tender};

fn refund_request(number: &str, line: Option<(i64, Option<Quantity>)>) -> RefundRequest {
    RefundRequest {
        number: number.into(),
        line,
        reason: "damaged".into(),
        user_id: None,
        method: None,
    }
}

#[test]
fn a_cash_sale_is_numbered_split_and_moves_stock() {
    let mut shop = Shop::since(SPRING);
    let lines = vec![
        shop.line("P001-0001", "2"),
        shop.line("P001-0002", "0.350"),
        shop.line("2000000000039", "1"),
    ];
    let sale = NewSale {
        cashier_id: shop.cashier,
        lines,
        tenders: vec![Tender {
            method: Method::Cash,
            amount: dh("200"),
        }],
    };
    let sale = sale::sell(&mut shop.conn, &shop.clock, &sale).unwrap();

    assert_eq!(sale.number, "2026-000001");
    assert_eq!(sale.business_day.to_string(), "2026-11-29");
    assert_eq!(sale.sold_at.to_rfc3339(), "2026-11-29T10:00:00+00:00");
    // 2 × 51.50 + 0.350 × 90.00 + 3.00
    assert_eq!(sale.total, dh("137.50"));
    assert_eq!(sale.change, dh("62.50"));
    let chebakia = &sale.lines[1];
    assert_eq!(chebakia.total, dh("31.50"));
    // Siham Rami's share rate is 5 %: 1.575 rounds away from zero to 1.58.
    assert_eq!(chebakia.association_share, dh("1.58"));
    assert_eq!(chebakia.producer_share, dh("29.92"));
    assert_eq!(chebakia.producer_name, "Siham");
    for line in &sale.lines {
        assert_eq!(line.association_share + line.producer_share, line.total);
    }
    let cake = souk::catalog::find_product(&shop.conn, "P001-0001")
        .unwrap()
        .unwrap();
    assert_eq!(cake.stock, Quantity::pieces(6));
    assert!(souk::check::run(&shop.conn).unwrap().is_empty());
}

#[test]
fn a_refused_sale_writes_nothing() {
    let mut shop = Shop::since(SPRING);
    let before: Vec<i64> = ["sales", "sale_lines", "payments", "stock_moves"]
        .iter()
        .map(|t| shop.count(t))
        .collect();
    let lines = vec![shop.line("P001-0001", "2")];
    let unpaid = NewSale {
        cashier_id: shop.cashier,
        lines,
        tenders: vec![Tender {
            method: Method::Cash,
            amount: dh("50"),
        }],
    };
    let err = sale::sell(&mut shop.conn, &shop.clock, &unpaid).unwrap_err();
    assert!(matches!(err, Error::Sale(SaleError::NotPaid { due }) if due == dh("53")));
    let overpaid_card = NewSale {
        tenders: vec![Tender {
            method: Method::Card,
            amount: dh("200"),
        }],
        ..unpaid.clone()
    };
    assert!(matches!(
        sale::sell(&mut shop.conn, &shop.clock, &overpaid_card),
        Err(Error::Sale(SaleError::NonCashExceedsTotal { .. }))
    ));
    let empty = NewSale {
        lines: vec![],
        ..unpaid
    };
    assert!(matches!(
        sale::sell(&mut shop.conn, &shop.clock, &empty),
        Err(Error::Sale(SaleError::EmptyCart))
    ));
    let after: Vec<i64> = ["sales", "sale_lines", "payments", "stock_moves"]
        .iter()
        .map(|t| shop.count(t))
        .collect();
    assert_eq!(before, after);
}

#[test]
fn numbers_are_gapless_per_local_year() {
    let mut shop = Shop::since(SPRING);
    shop.clock.set(utc("2026-12-31T23:30:00Z"));
    let a = shop.cash_sale(vec![shop.line("P001-0003", "1")]);
    let b = shop.cash_sale(vec![shop.line("P001-0003", "1")]);
    shop.clock.set(utc("2027-01-01T00:10:00Z"));
    let c = shop.cash_sale(vec![shop.line("P001-0003", "1")]);
    assert_eq!(
        [a.number, b.number, c.number],
        ["2026-000001", "2026-000002", "2027-000001"]
    );
    assert_eq!(c.business_day.to_string(), "2027-01-01");
}

#[test]
fn business_day_before_the_time_change_is_local() {
    let mut shop = Shop::since(SPRING);
    // Before 2026-09-20 Rabat was at +01: 23:30 UTC is already the next local day.
    shop.clock.set(utc("2026-06-01T23:30:00Z"));
    let sale = shop.cash_sale(vec![shop.line("P001-0003", "1")]);
    assert_eq!(sale.business_day.to_string(), "2026-06-02");
    assert_eq!(sale.sold_at.to_rfc3339(), "2026-06-02T00:30:00+01:00");
    let listed = sale::list(
        &shop.conn,
        Some("2026-06-02".parse().unwrap()),
        Some("2026-06-02".parse().unwrap()),
    )
    .unwrap();
    assert_eq!(listed.len(), 1);
}

#[test]
fn a_line_is_refunded_in_parts_never_beyond_what_was_sold() {
    let mut shop = Shop::since(SPRING);
    let sale = shop.cash_sale(vec![
        shop.line("P001-0001", "3"),
        shop.line("P001-0002", "0.500"),
    ]);
    shop.clock.set(utc("2026-11-30T11:00:00Z"));

    let first = sale::refund(
        &mut shop.conn,
        &shop.clock,
        &refund_request(&sale.number, Some((1, Some(Quantity::pieces(1))))),
    )
    .unwrap();
    assert_eq!(first.status, Status::Refund);
    assert_eq!(first.refund_of.as_deref(), Some(sale.number.as_str()));
    assert_eq!(first.total, -dh("51.50"));
    assert_eq!(first.number, "2026-000002");
    assert_eq!(first.payments[0].amount, -dh("51.50"));

    let too_much = refund_request(&sale.number, Some((1, Some(Quantity::pieces(3)))));
    assert!(matches!(
        sale::refund(&mut shop.conn, &shop.clock, &too_much),
        Err(Error::Sale(SaleError::RefundExceeds { .. }))
    ));
    let no_line = refund_request(&sale.number, Some((9, None)));
    assert!(matches!(
        sale::refund(&mut shop.conn, &shop.clock, &no_line),
        Err(Error::Sale(SaleError::NoSuchLine { .. }))
    ));

    // The whole sale: what is left of it.
    let rest = sale::refund(
        &mut shop.conn,
        &shop.clock,
        &refund_request(&sale.number, None),
    )
    .unwrap();
    assert_eq!(rest.total, -(sale.total - dh("51.50")));
    assert!(matches!(
        sale::refund(
            &mut shop.conn,
            &shop.clock,
            &refund_request(&sale.number, None)
        ),
        Err(Error::Sale(SaleError::NothingToRefund(_)))
    ));
    assert!(matches!(
        sale::refund(
            &mut shop.conn,
            &shop.clock,
            &refund_request(&rest.number, None)
        ),
        Err(Error::Sale(SaleError::RefundOfRefund(_)))
    ));
    // Shares net out to zero for every line of the sale.
    let (assoc, producer): (i64, i64) = shop
        .conn
        .query_row(
            "SELECT sum(association_c), sum(producer_c) FROM sale_lines",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert_eq!((assoc, producer), (0, 0));
    let cake = souk::catalog::find_product(&shop.conn, "P001-0001")
        .unwrap()
        .unwrap();
    assert_eq!(cake.stock, Quantity::pieces(8));
    assert!(souk::check::run(&shop.conn).unwrap().is_empty());
}

#[test]
fn a_void_keeps_the_sale_and_puts_stock_back() {
    let mut shop = Shop::since(SPRING);
    let sale = shop.cash_sale(vec![shop.line("P001-0001", "2")]);
    assert!(matches!(
        sale::void(&mut shop.conn, &shop.clock, &sale.number, " ", None),
        Err(Error::ReasonRequired)
    ));
    let voided = sale::void(
        &mut shop.conn,
        &shop.clock,
        &sale.number,
        "wrong item",
        None,
    )
    .unwrap();
    assert_eq!(voided.status, Status::Voided);
    assert_eq!(voided.reason.as_deref(), Some("wrong item"));
    assert!(matches!(
        sale::void(&mut shop.conn, &shop.clock, &sale.number, "again", None),
        Err(Error::Sale(SaleError::AlreadyVoided(_)))
    ));
    assert!(matches!(
        sale::refund(
            &mut shop.conn,
            &shop.clock,
            &refund_request(&sale.number, None)
        ),
        Err(Error::Sale(SaleError::RefundOfVoided(_)))
    ));
    let cake = souk::catalog::find_product(&shop.conn, "P001-0001")
        .unwrap()
        .unwrap();
    assert_eq!(cake.stock, Quantity::pieces(8));
    assert_eq!(shop.count("sales"), 1);

    // Once its cash session is closed, a sale can only be refunded.
    let yesterday = shop.cash_sale(vec![shop.line("P001-0003", "1")]);
    shop.clock.set(utc("2026-11-29T19:00:00Z"));
    let counted = souk::cash::Counted::Total(dh("1000"));
    souk::cash::close(&mut shop.conn, &shop.clock, shop.cashier, &counted).unwrap();
    shop.clock.set(utc("2026-11-30T09:00:00Z"));
    souk::cash::open(&mut shop.conn, &shop.clock, shop.cashier, dh("500")).unwrap();
    assert!(matches!(
        sale::void(&mut shop.conn, &shop.clock, &yesterday.number, "late", None),
        Err(Error::Sale(SaleError::VoidSessionClosed { .. }))
    ));
    let refunded = shop.cash_sale(vec![shop.line("P001-0003", "2")]);
    sale::refund(
        &mut shop.conn,
        &shop.clock,
        &refund_request(&refunded.number, Some((1, Some(Quantity::pieces(1))))),
    )
    .unwrap();
    assert!(matches!(
        sale::void(&mut shop.conn, &shop.clock, &refunded.number, "x", None),
        Err(Error::Sale(SaleError::VoidOfRefunded(_)))
    ));
    assert!(souk::check::run(&shop.conn).unwrap().is_empty());
}

#[test]
fn a_sale_keeps_the_price_it_was_sold_at() {
    let mut shop = Shop::since(SPRING);
    let sale = shop.cash_sale(vec![shop.line("P001-0001", "1")]);
    shop.conn
        .execute(
            "UPDATE products SET price_c = 9900 WHERE sku = 'P001-0001'",
            [],
        )
        .unwrap();
    let again = sale::load(&shop.conn, &sale.number).unwrap();
    assert_eq!(again.lines[0].unit_price, dh("51.50"));
}

#[test]
fn the_ledger_is_append_only() {
    let mut shop = Shop::since(SPRING);
    let sale = shop.cash_sale(vec![shop.line("P001-0001", "1")]);
    for sql in [
        "UPDATE sales SET total_c = 0",
        "DELETE FROM sales",
        "UPDATE sale_lines SET total_c = 0",
        "DELETE FROM payments",
        "DELETE FROM stock_moves",
    ] {
        let err = shop.conn.execute(sql, []).unwrap_err();
        assert!(err.to_string().contains("append-only"), "{sql}: {err}");
    }
    assert_eq!(sale::load(&shop.conn, &sale.number).unwrap(), sale);
}

#[test]
fn check_names_what_was_tampered_with() {
    let mut shop = Shop::since(SPRING);
    let first = shop.cash_sale(vec![
        shop.line("P001-0001", "1"),
        shop.line("P002-0004", "1"),
    ]);
    shop.cash_sale(vec![shop.line("P001-0003", "1")]);
    assert!(souk::check::run(&shop.conn).unwrap().is_empty());
    // Someone edits the file behind Souk's back, triggers and all.
    shop.conn
        .execute_batch(
            "PRAGMA foreign_keys = OFF; PRAGMA ignore_check_constraints = ON;
             DROP TRIGGER sale_lines_no_update; DROP TRIGGER sales_no_update; DROP TRIGGER sales_no_delete;
             UPDATE sale_lines SET producer_c = producer_c + 100 WHERE line_no = 1;
             UPDATE sales SET total_c = total_c + 1 WHERE seq = 2;
             UPDATE products SET stock_milli = 99000 WHERE sku = 'P002-0004';",
        )
        .unwrap();
    shop.conn
        .execute("DELETE FROM sales WHERE number = ?1", [&first.number])
        .unwrap();
    let found: Vec<&'static str> = souk::check::run(&shop.conn)
        .unwrap()
        .iter()
        .map(|m| m.id)
        .collect();
    for expected in [
        "check-line-shares",
        "check-stock",
        "check-gap",
        "check-lines-total",
        "check-payments",
    ] {
        assert!(found.contains(&expected), "{expected} not in {found:?}");
    }
}
