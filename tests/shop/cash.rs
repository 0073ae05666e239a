//! Cash sessions on real SQLite files: the expected cash, the count, the sessions a sale or
//! a refund belongs to, voids, pay-ins and pay-outs, and the Z report as printed.
//!
//! Golden files: `SOUK_BLESS=1 cargo test --test shop cash::` writes them (look at the PNG).
#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::common;

use std::path::{Path, PathBuf};

use common::{Shop, dh, utc};
use souk::Error;
use souk::cash::{self, Counted, MovementKind, ReportKind};
use souk::clock::Clock;
use souk::error::{CashError, SaleError};
use souk::money::Money;
use souk::receipt::raster::{self, Paper};
use souk::receipt::{ShopInfo, text, to_png_bytes};
use souk::sale::{self, Method, NewSale, RefundRequest, Tender};
use souk::statement::{self, PayoutMethod};
use souk::users::{self, Role};

/// Sells `item` ("SKU" or "SKU QUANTITY") paid by `tenders`.
fn sell(shop: &mut Shop, item: &str, tenders: &[(Method, &str)]) -> sale::Sale {
    let (code, quantity) = item.split_once(' ').unwrap_or((item, "1"));
    let lines = vec![shop.line(code, quantity)];
    let sale = NewSale {
        cashier_id: shop.cashier,
        lines,
        tenders: tenders
            .iter()
            .map(|(method, amount)| Tender {
                method: *method,
                amount: dh(amount),
            })
            .collect(),
    };
    sale::sell(&mut shop.conn, &shop.clock, &sale).unwrap()
}

fn close(shop: &mut Shop, counted: Counted) -> cash::SessionReport {
    cash::close(&mut shop.conn, &shop.clock, shop.cashier, &counted).unwrap()
}

fn refund(shop: &mut Shop, number: &str) -> sale::Sale {
    let request = RefundRequest {
        number: number.into(),
        line: None,
        reason: "abîmé".into(),
        user_id: None,
        method: None,
    };
    sale::refund(&mut shop.conn, &shop.clock, &request).unwrap()
}

#[test]
fn expected_cash_follows_sales_change_refunds_and_movements() {
    let mut shop = Shop::new();
    // P001-0001 is 51.50: 100 handed over, 48.50 back.
    sell(&mut shop, "P001-0001", &[(Method::Cash, "100")]);
    sell(&mut shop, "P001-0001", &[(Method::Card, "51.50")]);
    let split = sell(
        &mut shop,
        "P001-0001",
        &[(Method::Card, "30"), (Method::Cash, "50")],
    );
    refund(&mut shop, &split.number);
    let pay_out = cash::movement(
        &mut shop.conn,
        &shop.clock,
        MovementKind::PayOut,
        dh("35"),
        "Rouleaux de papier",
        shop.cashier,
    )
    .unwrap();
    assert_eq!(pay_out.amount, dh("35"));
    cash::movement(
        &mut shop.conn,
        &shop.clock,
        MovementKind::PayIn,
        dh("20"),
        "Monnaie",
        shop.cashier,
    )
    .unwrap();
    cash::movement(
        &mut shop.conn,
        &shop.clock,
        MovementKind::Drawer,
        Money::ZERO,
        "Monnaie pour une cliente",
        shop.cashier,
    )
    .unwrap();
    let id = cash::require_open(&shop.conn).unwrap();
    let x = cash::report(&shop.conn, id, shop.clock.now()).unwrap();
    assert_eq!(x.kind, ReportKind::X);
    // The split's refund goes back by its main method (card 30 > cash 21.50): no cash.
    // 500 + (100 + 50) − (48.50 + 28.50) − 0 − 35 + 20
    assert_eq!(x.cash.expected, dh("558"));
    assert_eq!(x.sales.count, 3);
    assert_eq!(x.refunds.count, 1);
    assert_eq!(x.drawer_openings, 1);
    assert_eq!(x.net, dh("103"));
    for parts in [&x.by_method, &x.by_category, &x.by_producer] {
        assert_eq!(parts.iter().map(|s| s.amount).sum::<Money>(), x.net);
    }

    let count = cash::parse_count("200:2,100:1,50:1,5:1,2:1,1:1").unwrap();
    let z = close(&mut shop, Counted::Pieces(count));
    assert_eq!(z.kind, ReportKind::Z);
    let closing = z.session.closing.clone().unwrap();
    assert_eq!(closing.counted, dh("558"));
    assert_eq!(closing.expected, dh("558"));
    assert_eq!(closing.difference, Money::ZERO);
    assert_eq!(closing.count.pieces().len(), 6);
    assert_eq!(closing.closed_by, "Amina");
    assert_eq!(cash::last_closed(&shop.conn).unwrap().unwrap(), z.session);

    // A closed session never changes, and nothing is sold without an open one.
    let sql = "UPDATE cash_sessions SET counted_c = 0 WHERE id = ?1";
    assert!(shop.conn.execute(sql, [id]).is_err());
    assert!(shop.conn.execute("DELETE FROM cash_counts", []).is_err());
    let before = shop.count("sales");
    let lines = vec![shop.line("P001-0001", "1")];
    let refused = sale::sell(
        &mut shop.conn,
        &shop.clock,
        &NewSale {
            cashier_id: shop.cashier,
            lines,
            tenders: vec![],
        },
    );
    assert!(matches!(
        refused,
        Err(Error::Cash(CashError::NoOpenSession))
    ));
    assert_eq!(shop.count("sales"), before);
    assert!(matches!(
        cash::movement(
            &mut shop.conn,
            &shop.clock,
            MovementKind::PayIn,
            dh("1"),
            "x",
            shop.cashier
        ),
        Err(Error::Cash(CashError::NoOpenSession))
    ));
}

#[test]
fn one_session_at_a_time_and_a_short_count_shows() {
    let mut shop = Shop::new();
    assert!(matches!(
        cash::open(&mut shop.conn, &shop.clock, shop.cashier, dh("10")),
        Err(Error::Cash(CashError::SessionAlreadyOpen(_)))
    ));
    sell(&mut shop, "P001-0001", &[(Method::Cash, "51.50")]);
    let z = close(&mut shop, Counted::Total(dh("549")));
    let closing = z.session.closing.unwrap();
    assert_eq!(closing.expected, dh("551.50"));
    assert_eq!(closing.difference, -dh("2.50"));
    assert!(closing.count.is_empty());
    assert!(matches!(
        cash::close(
            &mut shop.conn,
            &shop.clock,
            shop.cashier,
            &Counted::Total(dh("1"))
        ),
        Err(Error::Cash(CashError::NoOpenSession))
    ));
}

#[test]
fn a_session_left_open_overnight_keeps_its_sales_days() {
    let mut shop = Shop::new();
    let evening = sell(&mut shop, "P001-0001", &[(Method::Cash, "60")]);
    shop.clock.set(utc("2026-11-30T10:00:00Z"));
    let morning = sell(&mut shop, "P001-0003", &[(Method::Cash, "3")]);
    assert_eq!(evening.business_day.to_string(), "2026-11-29");
    assert_eq!(morning.business_day.to_string(), "2026-11-30");
    // Its session still open, yesterday's sale can be voided: its money goes back.
    sale::void(&mut shop.conn, &shop.clock, &evening.number, "erreur", None).unwrap();
    let z = close(&mut shop, Counted::Total(dh("503")));
    assert_eq!(z.sales.count, 1);
    assert_eq!(
        z.voids,
        cash::Figure {
            count: 1,
            total: dh("51.50")
        }
    );
    assert_eq!(z.cash.expected, dh("503"));
    assert_eq!(z.session.opened_day.to_string(), "2026-11-29");
    assert_eq!(
        z.session.closing.unwrap().closed_at.to_rfc3339(),
        "2026-11-30T10:00:00+00:00"
    );
}

#[test]
fn a_refund_in_a_later_session_comes_out_of_that_drawer() {
    let mut shop = Shop::new();
    let sold = sell(&mut shop, "P001-0001", &[(Method::Cash, "100")]);
    let first = close(&mut shop, Counted::Total(dh("551.50")));
    shop.clock.set(utc("2026-11-30T09:00:00Z"));
    cash::open(&mut shop.conn, &shop.clock, shop.cashier, dh("300")).unwrap();
    let given = refund(&mut shop, &sold.number);
    assert_eq!(given.total, -dh("51.50"));
    let id = cash::require_open(&shop.conn).unwrap();
    let x = cash::report(&shop.conn, id, shop.clock.now()).unwrap();
    assert_eq!(x.cash.refunds, dh("51.50"));
    assert_eq!(x.cash.expected, dh("248.50"));
    assert_eq!(x.refunds.count, 1);
    // The first session's Z is what it was.
    let again = cash::report(&shop.conn, first.session.id, shop.clock.now()).unwrap();
    assert_eq!(again, first);
    // Its session closed, the sale cannot be voided any more.
    assert!(matches!(
        sale::void(&mut shop.conn, &shop.clock, &sold.number, "x", None),
        Err(Error::Sale(SaleError::RefundOfVoided(_)) | Error::Sale(SaleError::VoidOfRefunded(_)))
    ));
}

#[test]
fn a_cash_payout_from_the_open_drawer_is_a_pay_out() {
    let mut shop = Shop::new();
    let admin = users::add(&shop.conn, "Khadija", Role::Admin).unwrap().id;
    sell(&mut shop, "P001-0001", &[(Method::Cash, "51.50")]);
    let producer = shop.line("P001-0001", "1").product.producer_code.clone();
    let pay = |shop: &mut Shop, method| {
        statement::payout(
            &mut shop.conn,
            &shop.clock,
            &producer,
            dh("10"),
            method,
            admin,
            false,
            None,
        )
        .unwrap();
    };
    pay(&mut shop, PayoutMethod::Cash);
    pay(&mut shop, PayoutMethod::Transfer);
    let id = cash::require_open(&shop.conn).unwrap();
    let x = cash::report(&shop.conn, id, shop.clock.now()).unwrap();
    assert_eq!(
        x.pay_outs,
        cash::Figure {
            count: 1,
            total: dh("10")
        }
    );
    assert_eq!(x.cash.expected, dh("541.50"));
}

fn golden(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/golden")
        .join(name)
}

/// A PNG's size and pixels.
fn pixels(png_bytes: &[u8]) -> (u32, u32, Vec<u8>) {
    let mut reader = png::Decoder::new(std::io::Cursor::new(png_bytes))
        .read_info()
        .unwrap();
    let mut buf = vec![0; reader.output_buffer_size().unwrap()];
    let info = reader.next_frame(&mut buf).unwrap();
    buf.truncate(info.buffer_size());
    (info.width, info.height, buf)
}

fn assert_golden(bytes: &[u8], name: &str) {
    let path = golden(name);
    if std::env::var("SOUK_BLESS").is_ok_and(|v| v == "1") {
        std::fs::write(&path, bytes).unwrap();
        return;
    }
    let expected = std::fs::read(&path)
        .unwrap_or_else(|_| panic!("{} is missing: SOUK_BLESS=1 once", path.display()));
    // A picture is its pixels: the compressor's bytes change with the zlib backend.
    let same = if name.ends_with(".png") {
        pixels(&expected) == pixels(bytes)
    } else {
        expected == bytes
    };
    if !same {
        let new = std::env::temp_dir().join(format!("souk-new-{name}"));
        std::fs::write(&new, bytes).unwrap();
        panic!("{name} differs; the new one is at {}", new.display());
    }
}

#[test]
fn the_z_report_prints_as_its_golden_files() {
    let mut shop = Shop::new();
    sell(&mut shop, "P001-0001", &[(Method::Cash, "100")]);
    sell(&mut shop, "P001-0002 0.500", &[(Method::Card, "45")]);
    sell(&mut shop, "P002-0004", &[(Method::Cash, "20")]);
    let voided = sell(&mut shop, "P001-0003", &[(Method::Cash, "3")]);
    sale::void(&mut shop.conn, &shop.clock, &voided.number, "erreur", None).unwrap();
    cash::movement(
        &mut shop.conn,
        &shop.clock,
        MovementKind::PayOut,
        dh("35"),
        "Rouleaux de papier",
        shop.cashier,
    )
    .unwrap();
    shop.clock.set(utc("2026-11-29T19:30:00Z"));
    let count = cash::parse_count("200:2,100:1,20:1,10:1,2:2").unwrap();
    let z = close(&mut shop, Counted::Pieces(count));
    // 500 + 100 − 48.50 + 20 − 2 − 35, and half a dirham missing.
    assert_eq!(z.cash.expected, dh("534.50"));
    assert_eq!(z.session.closing.as_ref().unwrap().difference, -dh("0.50"));
    let receipt = cash::print::layout(&z, &ShopInfo::default());
    let lines = text::lines(&receipt, text::columns(Paper::Mm58)).join("\n") + "\n";
    assert!(lines.contains("RAPPORT Z"));
    assert_golden(lines.as_bytes(), "z-report-58.txt");
    let bitmap = raster::render(&receipt, Paper::Mm58);
    assert_golden(&to_png_bytes(&bitmap), "z-report-58.png");

    // The same report as an A4 PDF for the association's files.
    let path = shop.dir.path().join("z.pdf");
    std::fs::write(&path, cash::session_pdf(&z, &ShopInfo::default()).unwrap()).unwrap();
    let text = common::pdf::text(&path, None);
    common::pdf::assert_has(&text, "Rapport Z (clôture)");
    common::pdf::assert_has(&text, "تقرير الإغلاق");
    common::pdf::assert_has(&text, "Attendu المتوقع 534,50 DH");
    common::pdf::assert_has(&text, "Écart الفرق -0,50 DH");
    common::pdf::assert_has(&text, "200,00 DH ×2 400,00 DH");
}

#[test]
fn the_session_commands_speak_json_and_refuse_in_one_line() {
    use common::cli::{ok, refused, souk};
    let dir = tempfile::TempDir::new().unwrap();
    let db = dir.path().join("souk.sqlite");
    let fixture = |name: &str| common::fixture(name).to_str().unwrap().to_owned();
    ok(&souk(
        &db,
        "en",
        &["import", "producers", &fixture("producers.csv")],
    ));
    ok(&souk(
        &db,
        "en",
        &["import", "products", &fixture("products.csv")],
    ));
    ok(&souk(&db, "en", &["user", "add", "Amina"]));
    let json = |args: &[&str]| -> serde_json::Value {
        serde_json::from_str(&ok(&souk(&db, "en", args))).unwrap()
    };
    assert!(refused(&souk(&db, "en", &["session", "x"])).contains("No cash session is open"));
    // Selling with none opens one with a zero float, and says so on stderr.
    let out = souk(
        &db,
        "en",
        &[
            "sell",
            "--cashier",
            "Amina",
            "P001-0001",
            "--pay",
            "cash:100",
            "--json",
        ],
    );
    ok(&out);
    assert!(String::from_utf8_lossy(&out.stderr).contains("zero float"));
    let moved = json(&["session", "payin", "50", "--reason", "Monnaie", "--json"]);
    assert_eq!(moved["amount"], "50.00");
    let x = json(&["session", "x", "--json"]);
    assert_eq!(x["kind"], "X");
    assert_eq!(x["cash"]["expected"], "101.50");
    assert_eq!(x["by_method"][0]["amount"], "51.50");
    assert!(
        refused(&souk(&db, "en", &["session", "open", "--float", "10"])).contains("already open")
    );
    let z = json(&[
        "session",
        "close",
        "--count",
        "100:1,1:1",
        "--user",
        "Amina",
        "--json",
    ]);
    assert_eq!(z["kind"], "Z");
    assert_eq!(z["session"]["closing"]["difference"], "-0.50");
    assert_eq!(
        z["session"]["closing"]["count"][0]["denomination"],
        "100.00"
    );
    assert_eq!(json(&["session", "z", "--json"]), z);
    let err = refused(&souk(&db, "fr", &["session", "close", "--counted", "5"]));
    assert_eq!(err.trim().lines().count(), 1, "{err}");
    let opened = json(&["session", "open", "--float", "250", "--json"]);
    assert_eq!(opened["float"], "250.00");
    let err = refused(&souk(&db, "en", &["session", "close", "--count", "25:2"]));
    assert!(err.contains("25"), "{err}");
    let text = ok(&souk(&db, "en", &["session", "x"]));
    assert!(text.contains("RAPPORT X"), "{text}");
}

#[test]
fn a_count_below_nothing_is_refused_in_words_and_the_till_stays_open() {
    let mut shop = Shop::new();
    let amina = shop.cashier;
    let below = souk::cash::Counted::Total(souk::money::Money::from_centimes(-100));
    let refusal = souk::cash::close(&mut shop.conn, &shop.clock, amina, &below).unwrap_err();
    assert!(matches!(refusal, souk::Error::Parse { .. }), "{refusal:?}");
    assert!(souk::cash::open_id(&shop.conn).unwrap().is_some());
}

/// Sessions and sales written under schema 7 (with raw inserts: today's code writes 0008's
/// columns): upgraded, each session's report finds exactly its sales, by id from the last
/// sale before it, and the review's totals hold every sale.
#[test]
fn sessions_from_before_0008_keep_their_sales() {
    let dir = tempfile::TempDir::new().unwrap();
    let path = dir.path().join("souk.sqlite");
    let old = souk::db::open_at_version(&path, 7).unwrap();
    old.execute_batch(
        "INSERT INTO users (id, name, role) VALUES (1, 'Amina', 'volunteer');
         INSERT INTO producers (id, code, name_ar, name_latin) VALUES (1, 'P001', 'سهام', 'Siham');
         INSERT INTO products (id, sku, name_ar, name_fr, category, producer_id, unit, price_c, stock_tracked)
             VALUES (1, 'P001-0001', 'كعكة', 'Gâteau', 'pastries', 1, 'piece', 1000, 0);
         -- 1: closed, two sales; 2: closed, none; 3: open, one sale.
         INSERT INTO cash_sessions (id, opened_at_ms, opened_day, opened_by, float_c,
             closed_at_ms, closed_by, counted_c, expected_c, difference_c) VALUES
             (1, 1000, '2026-11-01', 1, 0, 2000, 1, 3000, 3000, 0),
             (2, 3000, '2026-11-02', 1, 0, 4000, 1, 0, 0, 0);
         INSERT INTO cash_sessions (id, opened_at_ms, opened_day, opened_by, float_c)
             VALUES (3, 5000, '2026-11-03', 1, 0);
         INSERT INTO sales (id, year, seq, number, sold_at_ms, business_day, cashier_id, kind,
             total_c, session_id) VALUES
             (1, 2026, 1, '2026-000001', 1500, '2026-11-01', 1, 'sale', 1000, 1),
             (2, 2026, 2, '2026-000002', 1600, '2026-11-01', 1, 'sale', 2000, 1),
             (3, 2026, 3, '2026-000003', 5500, '2026-11-03', 1, 'sale', 1000, 3);
         INSERT INTO sale_lines (sale_id, line_no, product_id, sku, name_ar, name_fr, category,
             producer_id, unit, unit_price_c, qty_milli, total_c, share_rate_bp, association_c,
             producer_c) VALUES
             (1, 1, 1, 'P001-0001', 'كعكة', 'Gâteau', 'pastries', 1, 'piece', 1000, 1000, 1000, 1000, 100, 900),
             (2, 1, 1, 'P001-0001', 'كعكة', 'Gâteau', 'pastries', 1, 'piece', 1000, 2000, 2000, 1000, 200, 1800),
             (3, 1, 1, 'P001-0001', 'كعكة', 'Gâteau', 'pastries', 1, 'piece', 1000, 1000, 1000, 1000, 100, 900);
         INSERT INTO payments (sale_id, method, amount_c, tendered_c) VALUES
             (1, 'cash', 1000, 1000), (2, 'cash', 2000, 2000), (3, 'cash', 1000, 1000);",
    )
    .unwrap();
    drop(old);
    let conn = souk::db::open(&path).unwrap();
    let after: Vec<i64> = conn
        .prepare("SELECT sales_after FROM cash_sessions ORDER BY id")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<rusqlite::Result<_>>()
        .unwrap();
    assert_eq!(after, [0, 3, 2]);
    let sold = |id: i64| {
        let report = cash::report(&conn, id, utc("2026-11-03T12:00:00Z")).unwrap();
        (report.sales.count, report.sales.total)
    };
    assert_eq!(sold(1), (2, dh("30")));
    assert_eq!(sold(2), (0, Money::ZERO));
    assert_eq!(sold(3), (1, dh("10")));
    assert_eq!(souk::report::folded_to(&conn).unwrap(), 3);
    assert!(souk::check::run(&conn).unwrap().is_empty());
    // A session opened now starts after the last sale.
    let mut conn = conn;
    cash::close(
        &mut conn,
        &souk::clock::FixedClock::new(utc("2026-11-03T18:00:00Z")),
        1,
        &Counted::Total(dh("10")),
    )
    .unwrap();
    let id = cash::open(
        &mut conn,
        &souk::clock::FixedClock::new(utc("2026-11-04T08:00:00Z")),
        1,
        Money::ZERO,
    )
    .unwrap()
    .id;
    let last: i64 = conn
        .query_row(
            "SELECT sales_after FROM cash_sessions WHERE id = ?1",
            [id],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(last, 3);
    assert!(
        conn.execute(
            "UPDATE cash_sessions SET sales_after = 0 WHERE id = ?1",
            [id]
        )
        .is_err()
    );
}
