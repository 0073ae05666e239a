//! The revenue review and the impact on real SQLite files: a month of the demo shop adds up
//! to the ledger and to the producers' statements to the centime; every breakdown adds up
//! to the revenue; the previous period stands beside; voids and refunds count as statements
//! count them; the impact's women, median, histogram and newcomers.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::common;

/// The till opened in the spring: these tests record the months after it in time order.
const SPRING: &str = "2026-05-01T08:00:00Z";

use chrono::NaiveDate;
use common::{Shop, dh, utc};
use souk::cash::{self, Counted};
use souk::money::Money;
use souk::report::{self, By, Period};
use souk::sale::{self, RefundRequest};
use souk::statement;

fn day(text: &str) -> NaiveDate {
    text.parse().unwrap()
}

#[test]
fn a_month_adds_up_to_the_ledger_and_the_statements() {
    let dir = tempfile::TempDir::new().unwrap();
    let mut conn = souk::db::open(&dir.path().join("demo.sqlite")).unwrap();
    let options = souk::demo::DemoOptions { months: 3, seed: 7 };
    souk::demo::generate(&mut conn, &options, common::utc("2026-11-29T22:00:00Z")).unwrap();
    let period = Period::new(day("2026-10-01"), day("2026-10-31")).unwrap();
    let review = report::review(&conn, period, By::Week).unwrap();
    let now = &review.current;

    let ledger: i64 = conn
        .query_row(
            "SELECT sum(s.total_c) FROM sales s WHERE s.business_day BETWEEN '2026-10-01' AND '2026-10-31' \
             AND NOT EXISTS (SELECT 1 FROM voids v WHERE v.sale_id = s.id)",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(now.revenue, Money::from_centimes(ledger));
    assert!(now.revenue > dh("10000"));

    let statements = statement::statements(&conn, 2026, 10).unwrap();
    let gross: Money = statements.iter().map(|s| s.gross).sum();
    let association: Money = statements.iter().map(|s| s.association_share).sum();
    let net: Money = statements.iter().map(|s| s.net).sum();
    assert_eq!(now.revenue, gross);
    assert_eq!(now.association, association);
    assert_eq!(now.producers, net);
    let earning = statements.iter().filter(|s| s.net > Money::ZERO).count();
    assert_eq!(review.impact.women, i64::try_from(earning).unwrap());
    let earned: Money = statements
        .iter()
        .map(|s| s.net)
        .filter(|n| *n > Money::ZERO)
        .sum();
    assert_eq!(review.impact.total, earned);

    for parts in [&now.by_category, &now.by_producer, &now.by_method] {
        assert_eq!(parts.iter().map(|s| s.amount).sum::<Money>(), now.revenue);
    }
    assert_eq!(
        now.by_time.iter().map(|b| b.revenue).sum::<Money>(),
        now.revenue
    );
    assert_eq!(now.by_time.first().unwrap().key, "2026-W40");
    assert_eq!(now.by_time.len(), 5);
    assert_eq!(
        now.by_time.iter().map(|b| b.sales).sum::<i64>(),
        now.sales.count
    );
    assert_eq!(now.sales.total + now.refunds.total, now.revenue);
    assert_eq!(
        review.previous_period,
        Period::new(day("2026-08-31"), day("2026-09-30")).unwrap()
    );
    let september = report::review(&conn, review.previous_period, By::Day).unwrap();
    assert_eq!(september.current.revenue, review.previous.revenue);
    let women: i64 = review.impact.histogram.iter().map(|b| b.women).sum();
    assert_eq!(women, review.impact.women);

    let en = souk::i18n::Translator::new(souk::i18n::Lang::En);
    let csv =
        String::from_utf8(souk::export::tables::review_csv(&review, By::Category, &en).unwrap())
            .unwrap();
    assert!(
        csv.starts_with(
            "\u{feff}Code,Name,Name in Arabic,Revenue,Revenue of the previous period\n"
        ),
        "{csv}"
    );
    assert_eq!(csv.lines().count(), 1 + now.by_category.len());
}

#[test]
fn voids_refunds_newcomers_and_the_previous_period() {
    let mut shop = Shop::since(SPRING);
    // Yesterday (Saturday): one sale of Siham's cake.
    shop.clock.set(utc("2026-11-28T10:00:00Z"));
    shop.cash_sale(vec![shop.line("P001-0001", "1")]);
    shop.clock.set(utc("2026-11-28T19:00:00Z"));
    cash::close(
        &mut shop.conn,
        &shop.clock,
        shop.cashier,
        &Counted::Total(dh("551.50")),
    )
    .unwrap();
    shop.clock.set(utc("2026-11-29T09:00:00Z"));
    cash::open(&mut shop.conn, &shop.clock, shop.cashier, dh("500")).unwrap();
    // Today: two cakes and a zaalouk (Nadia's first sale), a voided msemen, a refund.
    let cakes = shop.cash_sale(vec![
        shop.line("P001-0001", "2"),
        shop.line("P002-0004", "1"),
    ]);
    let msemen = shop.cash_sale(vec![shop.line("P001-0003", "1")]);
    sale::void(&mut shop.conn, &shop.clock, &msemen.number, "erreur", None).unwrap();
    let request = RefundRequest {
        number: cakes.number.clone(),
        line: Some((1, Some(souk::money::Quantity::pieces(1)))),
        reason: "abîmé".into(),
        user_id: None,
        method: None,
    };
    sale::refund(&mut shop.conn, &shop.clock, &request).unwrap();

    let today = Period::new(day("2026-11-29"), day("2026-11-29")).unwrap();
    let review = report::review(&shop.conn, today, By::Producer).unwrap();
    let now = &review.current;
    // 2 × 51.50 + 18 − 51.50
    assert_eq!(now.revenue, dh("69.50"));
    assert_eq!(now.sales.count, 1);
    assert_eq!(now.average_basket, dh("121"));
    assert_eq!(now.refunds.count, 1);
    assert_eq!(now.refunds.total, -dh("51.50"));
    assert_eq!(now.voids.count, 1);
    assert_eq!(now.voids.total, dh("3"));
    assert_eq!(review.previous.revenue, dh("51.50"));
    assert_eq!(review.impact.women, 2);
    assert_eq!(review.impact.new_producers, ["P002"]);
    assert_eq!(review.previous_impact.new_producers, ["P001"]);
    let rows = report::rows(&review, By::Producer);
    assert_eq!(rows[0].key, "P001");
    assert_eq!(rows[0].revenue, dh("51.50"));
    assert_eq!(rows[0].previous, dh("51.50"));
    assert_eq!(rows[1].previous, Money::ZERO);
    // The median of two incomes is their mean, each income being her share (rate
    // copied at the sale), net of the refund.
    let shares: Vec<Money> = review
        .current
        .by_producer
        .iter()
        .map(|p| p.amount)
        .collect();
    assert_eq!(shares.len(), 2);
    assert!(review.impact.median > Money::ZERO);
    assert!(review.impact.total <= now.revenue);

    // Folding today's sales into the running totals, as closing the till does, changes no
    // figure; the totals stand checked against the ledger.
    assert!(souk::check::run(&shop.conn).unwrap().is_empty());
    let before_folding = review.clone();
    report::fold(&mut shop.conn).unwrap();
    assert_eq!(
        report::review(&shop.conn, today, By::Producer).unwrap(),
        before_folding
    );
    assert!(souk::check::run(&shop.conn).unwrap().is_empty());
    let tampered = |sql: &str| -> Vec<&'static str> {
        shop.conn.execute_batch(sql).unwrap();
        let found = souk::check::run(&shop.conn).unwrap();
        found.iter().map(|m| m.id).collect()
    };
    assert_eq!(
        tampered("UPDATE report_months SET producer_c = producer_c + 1 WHERE month = '2026-11'"),
        ["check-report-months"]
    );
    assert_eq!(
        tampered(
            "UPDATE report_months SET producer_c = producer_c - 1 WHERE month = '2026-11';
             UPDATE report_sales SET total_c = total_c + 1 WHERE day = '2026-11-29'"
        ),
        ["check-report-days"]
    );

    assert!(matches!(
        Period::new(day("2026-11-29"), day("2026-11-28")),
        Err(souk::Error::BadPeriod { .. })
    ));
}

/// Every review of `periods`, each by day and by producer.
fn reviews(conn: &rusqlite::Connection, periods: &[Period]) -> Vec<report::Review> {
    periods
        .iter()
        .flat_map(|p| [By::Day, By::Producer].map(|by| report::review(conn, *p, by).unwrap()))
        .collect()
}

#[test]
fn the_figures_are_the_same_from_the_running_totals_or_from_the_ledger() {
    let dir = tempfile::TempDir::new().unwrap();
    let mut conn = souk::db::open(&dir.path().join("demo.sqlite")).unwrap();
    let options = souk::demo::DemoOptions {
        months: 4,
        seed: 11,
    };
    souk::demo::generate(&mut conn, &options, common::utc("2026-11-29T22:00:00Z")).unwrap();
    let refunds: i64 = conn
        .query_row(
            "SELECT count(*) FROM sales WHERE kind = 'refund'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert!(refunds > 0);
    // Whole months, months with days around them, a few days, a year: each also reads the
    // period before it.
    let periods: Vec<Period> = [
        ("2026-10-01", "2026-10-31"),
        ("2026-09-10", "2026-11-29"),
        ("2026-11-15", "2026-11-29"),
        ("2026-10-20", "2026-11-05"),
        ("2025-12-01", "2026-11-30"),
    ]
    .iter()
    .map(|(a, b)| Period::new(day(a), day(b)).unwrap())
    .collect();
    // As the demo left it: every day folded at its close but today's open session.
    let folded = report::folded_to(&conn).unwrap();
    let last: i64 = conn
        .query_row("SELECT max(id) FROM sales", [], |r| r.get(0))
        .unwrap();
    assert!(0 < folded && folded < last, "{folded} of {last}");
    let as_left = reviews(&conn, &periods);
    assert!(as_left[0].current.revenue > dh("10000"));
    // Everything folded.
    report::fold(&mut conn).unwrap();
    assert_eq!(report::folded_to(&conn).unwrap(), last);
    assert_eq!(reviews(&conn, &periods), as_left);
    assert!(souk::check::run(&conn).unwrap().is_empty());
    // Nothing folded: every figure from the ledger.
    let unfold = "DELETE FROM report_months; DELETE FROM report_sales; \
         DELETE FROM report_payments; UPDATE report_folded SET sale_id = 0;";
    conn.execute_batch(unfold).unwrap();
    assert_eq!(reviews(&conn, &periods), as_left);
    // A sale voided before its fold (the fold leaves it out), folded again from nothing,
    // then a sale voided after its fold (the trigger takes it out).
    let void = |conn: &rusqlite::Connection, id: i64| {
        conn.execute(
            "INSERT INTO voids (sale_id, voided_at_ms, business_day, user_id, reason) \
             SELECT id, sold_at_ms, business_day, cashier_id, 'test' FROM sales WHERE id = ?1",
            [id],
        )
        .unwrap();
    };
    void(&conn, last - 1);
    report::fold(&mut conn).unwrap();
    void(&conn, last);
    let voided = reviews(&conn, &periods);
    assert_ne!(voided, as_left);
    assert!(souk::check::run(&conn).unwrap().is_empty());
    conn.execute_batch(unfold).unwrap();
    assert_eq!(reviews(&conn, &periods), voided);
}

#[test]
fn the_report_command_writes_json_and_csv_with_string_amounts() {
    use common::cli::{ok, refused, souk};
    let dir = tempfile::TempDir::new().unwrap();
    let db = dir.path().join("souk.sqlite");
    ok(&souk(&db, "en", &["demo", "--months", "2"]));
    let out = ok(&souk(
        &db,
        "en",
        &[
            "report",
            "--from",
            "2026-11-01",
            "--to",
            "2026-11-28",
            "--by",
            "month",
            "--json",
        ],
    ));
    let json: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert!(json["current"]["revenue"].as_str().unwrap().contains('.'));
    assert_eq!(json["rows"][0]["key"], "2026-11");
    assert_eq!(json["previous_period"]["from"], "2026-10-04");
    let csv = ok(&souk(
        &db,
        "fr",
        &[
            "report",
            "--from",
            "2026-11-01",
            "--to",
            "2026-11-28",
            "--by",
            "payment",
            "--csv",
        ],
    ));
    assert!(
        csv.lines().nth(1).unwrap().starts_with("cash;Espèces;"),
        "{csv}"
    );
    let err = refused(&souk(
        &db,
        "en",
        &["report", "--from", "2026-11-28", "--to", "2026-11-01"],
    ));
    assert!(err.contains("before it starts"), "{err}");
    let text = ok(&souk(
        &db,
        "ar",
        &["report", "--from", "2026-11-01", "--to", "2026-11-28"],
    ));
    assert!(text.contains("المداخيل"), "{text}");
}

#[test]
fn the_board_report_is_a_bilingual_pdf_with_the_figures() {
    let dir = tempfile::TempDir::new().unwrap();
    let mut conn = souk::db::open(&dir.path().join("demo.sqlite")).unwrap();
    let options = souk::demo::DemoOptions {
        months: 2,
        seed: 11,
    };
    souk::demo::generate(&mut conn, &options, common::utc("2026-11-29T22:00:00Z")).unwrap();
    let period = Period::new(day("2026-10-01"), day("2026-10-31")).unwrap();
    let review = report::review(&conn, period, By::Day).unwrap();
    let shop = souk::receipt::ShopInfo::load(&conn).unwrap();
    let path = dir.path().join("board.pdf");
    std::fs::write(&path, report::board_report(&review, &shop).unwrap()).unwrap();
    let text = common::pdf::text(&path, None);
    common::pdf::assert_has(&text, "Rapport au conseil");
    common::pdf::assert_has(&text, "تقرير إلى المجلس");
    common::pdf::assert_has(&text, &review.current.revenue.format(souk::i18n::Lang::Fr));
    common::pdf::assert_has(&text, "Femmes ayant gagné un revenu");
    common::pdf::assert_has(&text, &review.impact.median.format(souk::i18n::Lang::Fr));
    assert!(common::pdf::pages(&path) >= 2);
}
