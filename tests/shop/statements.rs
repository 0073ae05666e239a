//! Producers' monthly statements and payouts: what a month adds up to, the chain of
//! balances from month to month, issuing (numbered, frozen, once), payouts against the
//! balance, the CLI, and the invariant that shares add up to net sales in every month.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::common;

/// The till opened in the spring: these tests record the months after it in time order.
const SPRING: &str = "2026-05-01T08:00:00Z";

use common::cli::{ok, refused, souk_env};

use common::{Shop, dh, utc};
use proptest::prelude::*;
use serde_json::Value;
use souk::Error;
use souk::error::{StatementError, UsersError};
use souk::money::{Money, Quantity};
use souk::sale::{self, RefundRequest, Sale};
use souk::statement::{self, PayoutMethod, Statement};
use souk::users::{self, Role};

fn admin(shop: &Shop) -> i64 {
    users::add(&shop.conn, "Khadija", Role::Admin).unwrap().id
}

/// Refunds and voids are an administrator's, once the shop has one.
fn first_admin(shop: &Shop) -> Option<i64> {
    users::list(&shop.conn)
        .unwrap()
        .into_iter()
        .find(|u| u.role == Role::Admin)
        .map(|u| u.id)
}

fn refund_line(shop: &mut Shop, number: &str, line: i64, qty: i64) -> Sale {
    let request = RefundRequest {
        number: number.to_owned(),
        line: Some((line, Some(Quantity::pieces(qty)))),
        reason: "abîmé".to_owned(),
        user_id: first_admin(shop),
        method: None,
    };
    sale::refund(&mut shop.conn, &shop.clock, &request).unwrap()
}

fn pay(
    shop: &mut Shop,
    code: &str,
    amount: &str,
    by: i64,
    advance: bool,
) -> souk::Result<statement::Payout> {
    statement::payout(
        &mut shop.conn,
        &shop.clock,
        code,
        dh(amount),
        PayoutMethod::Cash,
        by,
        advance,
        Some("fin du mois"),
    )
}

fn shares_of(sale: &Sale, producer: &str) -> (Money, Money, Money) {
    let lines = sale.lines.iter().filter(|l| l.producer == producer);
    lines.fold((Money::ZERO, Money::ZERO, Money::ZERO), |(t, a, p), l| {
        (t + l.total, a + l.association_share, p + l.producer_share)
    })
}

/// October 2026: two producers sell, one sale is voided, one line refunded, one payout.
struct October {
    shop: Shop,
    admin: i64,
    first: Sale,
    refund: Sale,
}

fn october() -> October {
    let mut shop = Shop::since(SPRING);
    let admin = admin(&shop);
    shop.clock.set(utc("2026-10-05T10:00:00Z"));
    let first = shop.cash_sale(vec![
        shop.line("P001-0001", "2"),
        shop.line("P003-0008", "1"),
    ]);
    shop.clock.set(utc("2026-10-06T11:00:00Z"));
    let voided = shop.cash_sale(vec![
        shop.line("P003-0010", "1"),
        shop.line("P001-0003", "3"),
    ]);
    sale::void(
        &mut shop.conn,
        &shop.clock,
        &voided.number,
        "erreur",
        Some(admin),
    )
    .unwrap();
    shop.clock.set(utc("2026-10-10T09:00:00Z"));
    let refund = refund_line(&mut shop, &first.number, 1, 1);
    shop.clock.set(utc("2026-10-15T16:00:00Z"));
    pay(&mut shop, "P001", "40", admin, false).unwrap();
    October {
        shop,
        admin,
        first,
        refund,
    }
}

#[test]
fn a_month_counts_sales_refunds_and_payouts_but_not_voided_sales() {
    let o = october();
    let siham = statement::statement(&o.shop.conn, "P001", 2026, 10).unwrap();
    let (sold, sold_assoc, sold_hers) = shares_of(&o.first, "P001");
    let (back, back_assoc, back_hers) = shares_of(&o.refund, "P001");
    assert_eq!(sold, dh("103"));
    assert_eq!(back, -dh("51.50"));
    assert_eq!(siham.number, None);
    assert_eq!(siham.opening, Money::ZERO);
    assert_eq!(siham.lines.len(), 2);
    assert!(!siham.lines[0].refund && siham.lines[1].refund);
    assert_eq!(siham.lines[1].amount, -dh("51.50"));
    assert_eq!(siham.lines[1].quantity, Quantity::pieces(-1));
    assert_eq!(siham.lines[0].name_fr, "Cake au citron");
    assert_eq!(siham.lines[0].number, o.first.number);
    assert_eq!(siham.gross, sold + back);
    assert_eq!(siham.association_share, sold_assoc + back_assoc);
    assert_eq!(siham.net, sold_hers + back_hers);
    assert_eq!(siham.gross, siham.association_share + siham.net);
    assert_eq!(siham.payouts, dh("40"));
    assert_eq!(siham.paid.len(), 1);
    assert_eq!(siham.closing, siham.net - dh("40"));

    let latifa = statement::statement(&o.shop.conn, "P003", 2026, 10).unwrap();
    // The voided Tablier is not there.
    assert_eq!(latifa.lines.len(), 1);
    assert_eq!(latifa.gross, dh("185.50"));
    assert_eq!(latifa.association_share, dh("18.55"));
    assert_eq!(latifa.net, dh("166.95"));
    assert_eq!(latifa.closing, dh("166.95"));

    let all = statement::statements(&o.shop.conn, 2026, 10).unwrap();
    let codes: Vec<&str> = all.iter().map(|s| s.producer.as_str()).collect();
    assert_eq!(codes, ["P001", "P003"]);
    let shares: Money = all.iter().map(|s| s.net + s.association_share).sum();
    assert_eq!(shares, o.first.total + o.refund.total);
    // A month with no sales and no balance has no statements.
    assert!(
        statement::statements(&o.shop.conn, 2026, 9)
            .unwrap()
            .is_empty()
    );
}

#[test]
fn the_closing_balance_is_the_next_opening_and_a_balance_alone_makes_a_statement() {
    let mut o = october();
    o.shop.clock.set(utc("2026-11-03T10:00:00Z"));
    let november = o.shop.cash_sale(vec![o.shop.line("P001-0003", "4")]);
    let oct = statement::statement(&o.shop.conn, "P001", 2026, 10).unwrap();
    let nov = statement::statement(&o.shop.conn, "P001", 2026, 11).unwrap();
    assert_eq!(nov.opening, oct.closing);
    assert_eq!(nov.net, shares_of(&november, "P001").2);
    assert_eq!(nov.closing, nov.opening + nov.net);
    // Latifa sold nothing in November but is still owed October's share.
    let all = statement::statements(&o.shop.conn, 2026, 11).unwrap();
    let latifa = all.iter().find(|s| s.producer == "P003").unwrap();
    assert!(latifa.lines.is_empty());
    assert_eq!(latifa.opening, dh("166.95"));
    assert_eq!(latifa.closing, dh("166.95"));
    assert_eq!(
        statement::balance(&o.shop.conn, latifa.producer_id).unwrap(),
        dh("166.95")
    );
}

#[test]
fn issuing_numbers_and_freezes_and_a_later_refund_lands_on_the_next_month() {
    let mut o = october();
    // October has not ended on the 29th... of October.
    o.shop.clock.set(utc("2026-10-31T23:00:00Z"));
    assert!(matches!(
        statement::issue(&mut o.shop.conn, &o.shop.clock, 2026, 10, o.admin),
        Err(Error::Statement(StatementError::StatementMonthOpen { .. }))
    ));
    o.shop.clock.set(utc("2026-11-02T09:00:00Z"));
    // A volunteer cannot issue.
    assert!(matches!(
        statement::issue(&mut o.shop.conn, &o.shop.clock, 2026, 10, o.shop.cashier),
        Err(Error::Users(UsersError::NotAllowed { .. }))
    ));
    let drafts = statement::statements(&o.shop.conn, 2026, 10).unwrap();
    let issued = statement::issue(&mut o.shop.conn, &o.shop.clock, 2026, 10, o.admin).unwrap();
    let numbers: Vec<_> = issued.iter().map(|s| s.number.clone().unwrap()).collect();
    assert_eq!(numbers, ["R-2026-10-001", "R-2026-10-002"]);
    for (d, i) in drafts.iter().zip(&issued) {
        assert!(i.issued_at.is_some());
        assert_eq!(
            (
                d.opening,
                d.gross,
                d.association_share,
                d.net,
                d.payouts,
                d.closing
            ),
            (
                i.opening,
                i.gross,
                i.association_share,
                i.net,
                i.payouts,
                i.closing
            )
        );
        assert_eq!(d.lines, i.lines);
        assert_eq!(d.paid, i.paid);
    }
    assert!(matches!(
        statement::issue(&mut o.shop.conn, &o.shop.clock, 2026, 10, o.admin),
        Err(Error::Statement(
            StatementError::StatementsAlreadyIssued { .. }
        ))
    ));
    // November is the current month: refused.
    assert!(matches!(
        statement::issue(&mut o.shop.conn, &o.shop.clock, 2026, 11, o.admin),
        Err(Error::Statement(StatementError::StatementMonthOpen { .. }))
    ));
    // In November, Latifa's October Gandoura comes back.
    o.shop.clock.set(utc("2026-11-20T10:00:00Z"));
    let late = refund_line(&mut o.shop, &o.first.number, 2, 1);
    let latifa_oct = statement::statement(&o.shop.conn, "P003", 2026, 10).unwrap();
    assert_eq!(
        &latifa_oct,
        issued.iter().find(|s| s.producer == "P003").unwrap()
    );
    assert_eq!(latifa_oct.net, dh("166.95"));
    let latifa_nov = statement::statement(&o.shop.conn, "P003", 2026, 11).unwrap();
    assert_eq!(latifa_nov.number, None);
    assert_eq!(latifa_nov.opening, dh("166.95"));
    assert_eq!(latifa_nov.lines.len(), 1);
    assert!(latifa_nov.lines[0].refund);
    assert_eq!(latifa_nov.lines[0].number, late.number);
    assert_eq!(latifa_nov.net, -dh("166.95"));
    assert_eq!(latifa_nov.closing, Money::ZERO);
    // The frozen rows cannot be edited.
    assert!(
        o.shop
            .conn
            .execute("UPDATE statements SET net_c = 0", [])
            .is_err()
    );
    assert!(
        o.shop
            .conn
            .execute("DELETE FROM statement_lines", [])
            .is_err()
    );
    assert!(
        o.shop
            .conn
            .execute("UPDATE payouts SET amount_c = 1", [])
            .is_err()
    );
    // December: November can be issued and numbers restart for the month.
    o.shop.clock.set(utc("2026-12-01T08:00:00Z"));
    let nov = statement::issue(&mut o.shop.conn, &o.shop.clock, 2026, 11, o.admin).unwrap();
    assert_eq!(nov[0].number.as_deref(), Some("R-2026-11-001"));
    assert_eq!(
        nov.iter().find(|s| s.producer == "P003").unwrap().closing,
        Money::ZERO
    );
}

#[test]
fn a_payout_beyond_the_balance_is_refused_unless_an_advance() {
    let mut o = october();
    let siham = o
        .shop
        .conn
        .query_row("SELECT id FROM producers WHERE code = 'P001'", [], |r| {
            r.get::<_, i64>(0)
        })
        .unwrap();
    let balance = statement::balance(&o.shop.conn, siham).unwrap();
    let too_much = balance + Money::from_centimes(1);
    let refused = statement::payout(
        &mut o.shop.conn,
        &o.shop.clock,
        "P001",
        too_much,
        PayoutMethod::Transfer,
        o.admin,
        false,
        None,
    );
    match refused {
        Err(Error::Statement(StatementError::PayoutExceedsBalance {
            producer,
            balance: b,
        })) => {
            assert_eq!((producer.as_str(), b), ("P001", balance));
        }
        other => panic!("expected a refusal, got {other:?}"),
    }
    assert_eq!(o.shop.count("payouts"), 1);
    // A volunteer cannot pay out; nor can anyone pay zero.
    let cashier = o.shop.cashier;
    assert!(matches!(
        pay(&mut o.shop, "P001", "1", cashier, false),
        Err(Error::Users(UsersError::NotAllowed { .. }))
    ));
    assert!(pay(&mut o.shop, "P001", "0", o.admin, true).is_err());
    // Exactly the balance is fine; then an advance takes her below zero, shown and carried.
    let exact = pay(&mut o.shop, "P001", &balance.plain(), o.admin, false).unwrap();
    assert_eq!(exact.balance_after, Some(Money::ZERO));
    let advance = pay(&mut o.shop, "P001", "20", o.admin, true).unwrap();
    assert!(advance.advance);
    assert_eq!(advance.balance_after, Some(-dh("20")));
    assert_eq!(statement::balance(&o.shop.conn, siham).unwrap(), -dh("20"));
    let oct = statement::statement(&o.shop.conn, "P001", 2026, 10).unwrap();
    assert_eq!(oct.closing, -dh("20"));
    o.shop.clock.set(utc("2026-11-10T10:00:00Z"));
    let nov = statement::statement(&o.shop.conn, "P001", 2026, 11).unwrap();
    assert_eq!(nov.opening, -dh("20"));
}

#[test]
fn cli_shows_issues_and_pays() {
    let mut o = october();
    users::change_pin(&mut o.shop.conn, &o.shop.clock, o.admin, o.admin, "2016").unwrap();
    let db = o.shop.path();
    let khadija = [("SOUK_USER", "Khadija"), ("SOUK_PIN", "2016")];
    let souk = |db: &std::path::Path, lang: &str, args: &[&str]| souk_env(db, lang, args, &khadija);
    let out = ok(&souk(
        &db,
        "en",
        &[
            "statement",
            "--month",
            "2026-10",
            "--producer",
            "P003",
            "--json",
        ],
    ));
    let json: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(json["producer"], "P003");
    assert_eq!(json["month"], "2026-10");
    assert_eq!(json["number"], Value::Null);
    assert_eq!(json["opening"], "0.00");
    assert_eq!(json["opening_balance"], "0.00");
    assert_eq!(json["gross"], "185.50");
    assert_eq!(json["association_share"], "18.55");
    assert_eq!(json["net"], "166.95");
    assert_eq!(json["payouts"], "0.00");
    assert_eq!(json["closing"], "166.95");
    assert_eq!(json["closing_balance"], "166.95");
    let line = &json["lines"][0];
    assert_eq!(line["day"], "2026-10-05");
    assert_eq!(line["number"], o.first.number.as_str());
    assert_eq!(line["sku"], "P003-0008");
    assert_eq!(line["name_fr"], "Gandoura");
    assert_eq!(line["name_ar"], "كندورة");
    assert_eq!(line["quantity"], "1.000");
    assert_eq!(line["amount"], "185.50");
    assert_eq!(line["association_share"], "18.55");
    assert_eq!(line["producer_share"], "166.95");

    let text = ok(&souk(&db, "fr", &["statement", "--month", "2026-10"]));
    assert!(
        text.contains("Siham Rami") && text.contains("Latifa Bennani"),
        "{text}"
    );
    assert!(text.contains("166,95"), "{text}");
    let ar = ok(&souk(&db, "ar", &["statement", "--month", "2026-10"]));
    assert!(ar.contains("لطيفة بناني"), "{ar}");

    // Issue October (ended on the 29th of November), then it is frozen.
    let out = ok(&souk(
        &db,
        "en",
        &["statement", "--month", "2026-10", "--issue", "--json"],
    ));
    let issued: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(issued[0]["number"], "R-2026-10-001");
    assert!(
        refused(&souk(
            &db,
            "en",
            &["statement", "--month", "2026-10", "--issue"]
        ))
        .contains("already issued")
    );
    assert!(
        refused(&souk(
            &db,
            "fr",
            &["statement", "--month", "2026-11", "--issue"]
        ))
        .contains("pas terminé")
    );
    assert!(!refused(&souk(&db, "en", &["statement", "--month", "2026-13"])).is_empty());

    // Payouts: beyond the balance refused with the balance, an advance accepted.
    let err = refused(&souk(
        &db,
        "en",
        &["payout", "P003", "200", "--method", "cash"],
    ));
    assert!(err.contains("166.95"), "{err}");
    let out = ok(&souk(
        &db,
        "en",
        &[
            "payout", "P003", "100", "--method", "transfer", "--note", "virement", "--json",
        ],
    ));
    let paid: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(paid["producer"], "P003");
    assert_eq!(paid["amount"], "100.00");
    assert_eq!(paid["method"], "transfer");
    assert_eq!(paid["paid_by"], "Khadija");
    assert_eq!(paid["note"], "virement");
    assert_eq!(paid["advance"], false);
    assert_eq!(paid["balance_after"], "66.95");
    let text = ok(&souk(
        &db,
        "en",
        &["payout", "P003", "80", "--method", "cash", "--advance"],
    ));
    assert!(text.contains("-13.05") || text.contains("13.05"), "{text}");
    assert!(
        !refused(&souk(
            &db,
            "en",
            &["payout", "P003", "1", "--method", "card"]
        ))
        .is_empty()
    );
    assert!(
        !refused(&souk(
            &db,
            "en",
            &["payout", "P003", "1", "--method", "cash", "--user", "Amina"]
        ))
        .is_empty()
    );
}

#[test]
fn cli_payout_by_a_volunteer_is_refused_clearly() {
    let mut shop = Shop::since(SPRING);
    let salma = admin(&shop);
    let amina = shop.cashier;
    users::change_pin(&mut shop.conn, &shop.clock, salma, amina, "1111").unwrap();
    let pay = ["payout", "P001", "10", "--method", "cash"];
    let err = refused(&souk_env(&shop.path(), "en", &pay, &[]));
    assert!(err.contains("--user"), "{err}");
    let err = refused(&souk_env(
        &shop.path(),
        "en",
        &pay,
        &[("SOUK_USER", "Amina"), ("SOUK_PIN", "1111")],
    ));
    assert!(err.contains("Amina may not pay out"), "{err}");
    assert_eq!(shop.count("payouts"), 0);
}

#[derive(Debug, Clone)]
enum Step {
    Sell(Vec<(usize, i64)>),
    Refund(usize),
    Void,
    Payout(usize, i64, bool),
}

fn step() -> impl Strategy<Value = (i64, Step)> {
    let action = prop_oneof![
        4 => prop::collection::vec((0usize..12, 1i64..4), 1..4).prop_map(Step::Sell),
        2 => (0usize..50).prop_map(Step::Refund),
        1 => Just(Step::Void),
        2 => (0usize..6, 1i64..40_000, any::<bool>()).prop_map(|(p, c, a)| Step::Payout(p, c, a)),
    ];
    (0i64..9, action)
}

fn month_of(day: chrono::NaiveDate) -> (i32, u32) {
    use chrono::Datelike;
    (day.year(), day.month())
}

fn next_month((y, m): (i32, u32)) -> (i32, u32) {
    if m == 12 { (y + 1, 1) } else { (y, m + 1) }
}

fn check_months(shop: &Shop, first: (i32, u32), last: (i32, u32)) -> Result<(), TestCaseError> {
    let mut month = first;
    while month <= last {
        let (y, m) = month;
        let (from, to) = statement::month_bounds(y, m).unwrap();
        let sold: i64 = shop
            .conn
            .query_row(
                "SELECT coalesce(sum(total_c), 0) FROM sales s WHERE business_day >= ?1 AND business_day < ?2 \
                 AND NOT EXISTS (SELECT 1 FROM voids v WHERE v.sale_id = s.id)",
                [from.to_string(), to.to_string()],
                |r| r.get(0),
            )
            .unwrap();
        let all: Vec<Statement> = statement::statements(&shop.conn, y, m).unwrap();
        // The month's statements, computed for all at once, are each producer's own.
        for s in &all {
            let alone = statement::statement(&shop.conn, &s.producer, y, m).unwrap();
            prop_assert_eq!(s, &alone);
        }
        let shares: Money = all.iter().map(|s| s.net + s.association_share).sum();
        prop_assert_eq!(shares, Money::from_centimes(sold), "month {}-{}", y, m);
        let (ny, nm) = next_month(month);
        for p in souk::catalog::producers(&shop.conn).unwrap() {
            let this = statement::statement(&shop.conn, &p.code, y, m).unwrap();
            let next = statement::statement(&shop.conn, &p.code, ny, nm).unwrap();
            prop_assert_eq!(this.closing, next.opening, "{} {}-{}", p.code, y, m);
            prop_assert_eq!(this.closing, this.opening + this.net - this.payouts);
            prop_assert_eq!(this.gross, this.association_share + this.net);
        }
        month = next_month(month);
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(16))]

    #[test]
    fn shares_add_up_to_net_sales_every_month_and_balances_chain(steps in prop::collection::vec(step(), 1..30)) {
        let mut shop = Shop::since(SPRING);
        let admin = admin(&shop);
        let skus = ["P001-0001", "P001-0003", "P002-0004", "P002-0005", "P003-0008", "P003-0010",
                    "P003-0011", "P004-0012", "P001-0002", "P002-0006", "P003-0009", "P002-0007"];
        let codes = ["P001", "P002", "P003", "P004", "P005", "P006"];
        shop.clock.set(utc("2026-10-01T09:00:00Z"));
        let mut sales: Vec<String> = Vec::new();
        let mut last_sale_day = None;
        for (days, action) in steps {
            shop.clock.advance(chrono::Duration::days(days) + chrono::Duration::minutes(13));
            match action {
                Step::Sell(items) => {
                    let lines = items.iter().map(|(i, q)| {
                        let sku = skus[*i];
                        let qty = if sku == "P001-0002" { format!("0.{q}50") } else { q.to_string() };
                        shop.line(sku, &qty)
                    }).collect();
                    let sold = shop.cash_sale(lines);
                    last_sale_day = Some((sold.number.clone(), sold.business_day));
                    sales.push(sold.number);
                }
                Step::Refund(i) if !sales.is_empty() => {
                    let number = sales[i % sales.len()].clone();
                    let admin = first_admin(&shop);
                    let _ = sale::refund(&mut shop.conn, &shop.clock, &RefundRequest {
                        number, line: None, reason: "retour".into(), user_id: admin, method: None,
                    });
                }
                Step::Void => {
                    if let Some((number, _)) = &last_sale_day {
                        let admin = first_admin(&shop);
                        let _ = sale::void(&mut shop.conn, &shop.clock, number, "erreur", admin);
                    }
                }
                Step::Payout(p, centimes, advance) => {
                    let _ = statement::payout(&mut shop.conn, &shop.clock, codes[p], Money::from_centimes(centimes),
                        PayoutMethod::Cash, admin, advance, None);
                }
                Step::Refund(_) => {}
            }
        }
        let first = (2026, 10);
        let last = month_of(souk::clock::business_day(souk::clock::Clock::now(&shop.clock)));
        check_months(&shop, first, last)?;
        // Issue every ended month; the invariants hold on the frozen statements too, and
        // they equal what the drafts said.
        let mut month = first;
        while month < last {
            let drafts = statement::statements(&shop.conn, month.0, month.1).unwrap();
            let issued = statement::issue(&mut shop.conn, &shop.clock, month.0, month.1, admin).unwrap();
            prop_assert_eq!(drafts.len(), issued.len());
            for (d, i) in drafts.iter().zip(&issued) {
                prop_assert_eq!((d.opening, d.net, d.closing), (i.opening, i.net, i.closing));
            }
            month = next_month(month);
        }
        check_months(&shop, first, last)?;
    }
}

#[test]
fn a_sale_made_with_the_clock_set_back_is_refused_and_each_month_keeps_its_own() {
    // Sales are numbered as they are made; a clock set back would give a later sale an
    // earlier day: the ledger refuses it, and each month's statements keep their sales.
    let mut shop = Shop::since(SPRING);
    let admin = admin(&shop);
    shop.clock.set(utc("2026-10-20T10:00:00Z"));
    shop.cash_sale(vec![shop.line("P001-0001", "1")]);
    shop.clock.set(utc("2026-10-25T10:00:00Z"));
    let late = shop.cash_sale(vec![shop.line("P003-0008", "1")]);
    shop.clock.set(utc("2026-11-03T10:00:00Z"));
    shop.cash_sale(vec![
        shop.line("P001-0001", "2"),
        shop.line("P003-0008", "1"),
    ]);
    shop.clock.set(utc("2026-10-26T10:00:00Z"));
    let line = shop.line("P003-0008", "1");
    let refused = souk::sale::sell(
        &mut shop.conn,
        &shop.clock,
        &souk::sale::NewSale {
            cashier_id: shop.cashier,
            tenders: vec![souk::sale::Tender {
                method: souk::sale::Method::Cash,
                amount: line.total(),
            }],
            lines: vec![line],
        },
    );
    assert!(
        matches!(refused, Err(souk::Error::Timeline(_))),
        "{refused:?}"
    );
    shop.clock.set(utc("2026-11-04T10:00:00Z"));
    pay(&mut shop, "P001", "10", admin, false).unwrap();
    for (y, m) in [(2026, 10), (2026, 11), (2026, 12)] {
        let all = statement::statements(&shop.conn, y, m).unwrap();
        for s in &all {
            let alone = statement::statement(&shop.conn, &s.producer, y, m).unwrap();
            assert_eq!(s, &alone, "{} {y}-{m}", s.producer);
        }
    }
    let latifa = statement::statement(&shop.conn, "P003", 2026, 11).unwrap();
    assert_eq!(latifa.opening, shares_of(&late, "P003").2);
}
