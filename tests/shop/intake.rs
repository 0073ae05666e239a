//! Intake, returns and corrections on a real database: stock moves by movements in one
//! transaction, refusals write nothing, the ledger stays append-only and `souk check` clean.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::common;

use common::Shop;
use souk::catalog::{self, edit::ProductForm};
use souk::error::{CatalogError, IntakeError};
use souk::intake::{self, Item, Kind, NewDeposit};
use souk::money::{Quantity, Unit};
use souk::{Error, check};

fn item(code: &str, milli: i64) -> Item {
    Item::Existing {
        code: code.to_owned(),
        quantity: Quantity::from_milli(milli),
    }
}

fn deposit(user_id: i64, producer: &str, items: Vec<Item>) -> NewDeposit {
    NewDeposit {
        producer: producer.to_owned(),
        user_id,
        items,
        note: None,
    }
}

fn stock(shop: &Shop, code: &str) -> i64 {
    catalog::find_product(&shop.conn, code)
        .unwrap()
        .unwrap()
        .stock
        .milli()
}

#[test]
fn an_intake_brings_stock_in_and_creates_products() {
    let mut shop = Shop::new();
    let before = stock(&shop, "P001-0001");
    let new = ProductForm {
        name_ar: "غريبة".into(),
        name_fr: "Ghriba".into(),
        category: "pastries".into(),
        unit: Unit::Kg,
        price: "120".into(),
        ..ProductForm::default()
    };
    let dep = deposit(
        shop.cashier,
        "P001",
        vec![
            item("P001-0001", 3000),
            item("2000000000022", 1250),
            Item::New {
                form: new,
                quantity: Quantity::from_milli(2500),
            },
        ],
    );
    let d = intake::intake(&mut shop.conn, &shop.clock, &dep).unwrap();
    assert_eq!(d.number, "DEP-2026-0001");
    assert_eq!(d.kind, Kind::Intake);
    assert_eq!(d.user, "Amina");
    assert_eq!(d.producer, "P001");
    assert_eq!(d.lines.len(), 3);
    assert!(d.lines[2].created && !d.lines[0].created);
    assert_eq!(stock(&shop, "P001-0001"), before + 3000);
    // The new product is hers, tracked, and has an in-store code for its tags.
    let ghriba = catalog::find_product(&shop.conn, &d.lines[2].sku)
        .unwrap()
        .unwrap();
    assert_eq!(ghriba.producer_code, "P001");
    assert!(ghriba.stock_tracked);
    assert_eq!(ghriba.stock.milli(), 2500);
    assert!(catalog::ean::is_valid(ghriba.barcode.as_deref().unwrap()));
    // Chebakia was not tracked: the intake starts counting it.
    assert!(
        catalog::find_product(&shop.conn, "P001-0002")
            .unwrap()
            .unwrap()
            .stock_tracked
    );
    let moves: i64 = shop
        .conn
        .query_row(
            "SELECT count(*) FROM stock_moves WHERE kind = 'intake'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(moves, 3);
    let second = intake::intake(
        &mut shop.conn,
        &shop.clock,
        &deposit(shop.cashier, "P001", vec![item("P001-0003", 1000)]),
    )
    .unwrap();
    assert_eq!(second.number, "DEP-2026-0002");
    assert!(check::run(&shop.conn).unwrap().is_empty());
    assert_eq!(intake::load(&shop.conn, "DEP-2026-0001").unwrap(), d);
}

#[test]
fn refused_deposits_write_nothing() {
    let mut shop = Shop::new();
    let (deposits, moves) = (shop.count("deposits"), shop.count("stock_moves"));
    let cases = [
        (
            deposit(shop.cashier, "P002", vec![item("P001-0001", 1000)]),
            "not hers",
        ),
        (
            deposit(shop.cashier, "P001", vec![item("P001-0001", 1500)]),
            "half a piece",
        ),
        (
            deposit(shop.cashier, "P001", vec![item("P001-0001", -1000)]),
            "negative",
        ),
        (
            deposit(shop.cashier, "P001", vec![item("NOPE", 1000)]),
            "unknown",
        ),
        (
            deposit(shop.cashier, "P999", vec![item("P001-0001", 1000)]),
            "producer",
        ),
        (deposit(shop.cashier, "P001", vec![]), "empty"),
    ];
    for (dep, why) in cases {
        assert!(
            intake::intake(&mut shop.conn, &shop.clock, &dep).is_err(),
            "{why}"
        );
    }
    // A producer who left brings nothing new (she may still take her items back).
    let naima = catalog::producer_by_code(&shop.conn, "P006")
        .unwrap()
        .unwrap();
    let amina = shop.cashier;
    souk::catalog::edit::set_producer_active(
        &mut shop.conn,
        amina,
        common::utc("2026-11-29T10:00:00Z"),
        naima.id,
        false,
    )
    .unwrap();
    let left = deposit(shop.cashier, "P006", vec![]);
    let left = NewDeposit {
        items: vec![item("P006-0020", 1000)],
        ..left
    };
    assert!(matches!(
        intake::intake(&mut shop.conn, &shop.clock, &left),
        Err(Error::Catalog(CatalogError::InactiveProducer(_)))
    ));
    // A good line followed by a bad one: the good one is not kept either.
    let half = deposit(
        shop.cashier,
        "P001",
        vec![item("P001-0001", 1000), item("P002-0004", 1000)],
    );
    assert!(matches!(
        intake::intake(&mut shop.conn, &shop.clock, &half),
        Err(Error::Intake(IntakeError::NotHerProduct { .. }))
    ));
    assert_eq!(shop.count("deposits"), deposits);
    assert_eq!(shop.count("stock_moves"), moves);
}

#[test]
fn returns_take_stock_out_but_never_below_zero() {
    let mut shop = Shop::new();
    let before = stock(&shop, "P002-0006"); // 2 pots of couscous
    assert_eq!(before, 2000);
    let too_many = deposit(shop.cashier, "P002", vec![item("P002-0006", 3000)]);
    assert!(matches!(
        intake::give_back(&mut shop.conn, &shop.clock, &too_many),
        Err(Error::Intake(IntakeError::ReturnExceedsStock { .. }))
    ));
    let back = deposit(
        shop.cashier,
        "P002",
        vec![item("P002-0006", 2000), item("P002-0004", 5000)],
    );
    let r = intake::give_back(&mut shop.conn, &shop.clock, &back).unwrap();
    assert_eq!(r.number, "RET-2026-0001");
    assert_eq!(r.lines[0].quantity.milli(), -2000);
    assert_eq!(stock(&shop, "P002-0006"), 0);
    let kinds: Vec<String> = shop
        .conn
        .prepare("SELECT kind FROM stock_moves WHERE kind = 'return'")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(kinds.len(), 2);
    assert!(check::run(&shop.conn).unwrap().is_empty());
}

#[test]
fn a_mistake_is_corrected_by_a_new_movement() {
    let mut shop = Shop::new();
    let before = stock(&shop, "P001-0003");
    let d = intake::intake(
        &mut shop.conn,
        &shop.clock,
        &deposit(shop.cashier, "P001", vec![item("P001-0003", 12_000)]),
    )
    .unwrap();
    // Ten came in, not twelve.
    let fix = intake::correct(
        &mut shop.conn,
        &shop.clock,
        &d.number,
        shop.cashier,
        vec![("P001-0003".into(), Quantity::from_milli(-2000))],
    )
    .unwrap();
    assert_eq!(fix.number, "COR-2026-0001");
    assert_eq!(fix.corrects.as_deref(), Some("DEP-2026-0001"));
    assert_eq!(stock(&shop, "P001-0003"), before + 10_000);
    assert_eq!(intake::load(&shop.conn, &d.number).unwrap(), d);
    // Nothing recorded can be changed or removed.
    for sql in [
        "UPDATE deposits SET producer_id = 2",
        "DELETE FROM deposits",
        "UPDATE deposit_lines SET qty_milli = 1",
        "DELETE FROM deposit_lines",
    ] {
        assert!(shop.conn.execute(sql, []).is_err(), "{sql}");
    }
    assert!(matches!(
        intake::correct(&mut shop.conn, &shop.clock, "DEP-2026-0099", 1, vec![]),
        Err(Error::Intake(IntakeError::UnknownDeposit(_)))
    ));
    assert!(check::run(&shop.conn).unwrap().is_empty());
}

#[test]
fn stock_after_intakes_sales_refunds_and_returns_equals_its_movements() {
    let mut shop = Shop::new();
    intake::intake(
        &mut shop.conn,
        &shop.clock,
        &deposit(
            shop.cashier,
            "P001",
            vec![item("P001-0001", 4000), item("P001-0002", 2000)],
        ),
    )
    .unwrap();
    let sale = shop.cash_sale(vec![
        shop.line("P001-0001", "2"),
        shop.line("P001-0002", "0,750"),
    ]);
    souk::sale::refund(
        &mut shop.conn,
        &shop.clock,
        &souk::sale::RefundRequest {
            number: sale.number.clone(),
            line: None,
            reason: "trop sucré".into(),
            user_id: None,
            method: None,
        },
    )
    .unwrap();
    intake::give_back(
        &mut shop.conn,
        &shop.clock,
        &deposit(shop.cashier, "P001", vec![item("P001-0002", 1500)]),
    )
    .unwrap();
    assert_eq!(stock(&shop, "P001-0002"), 500);
    assert!(check::run(&shop.conn).unwrap().is_empty());
    // A stock figure edited behind the ledger's back is found.
    shop.conn
        .execute(
            "UPDATE products SET stock_milli = stock_milli + 1 WHERE sku = 'P001-0002'",
            [],
        )
        .unwrap();
    let found = check::run(&shop.conn).unwrap();
    assert_eq!(found.len(), 1);
}

#[test]
fn the_stock_view_counts_per_producer_and_ages_first_in_first_out() {
    let mut shop = Shop::new();
    // The fixture counted 8 cakes on 2026-11-01; 4 come in on 11-29, 3 on 12-20.
    intake::intake(
        &mut shop.conn,
        &shop.clock,
        &deposit(shop.cashier, "P001", vec![item("P001-0001", 4000)]),
    )
    .unwrap();
    shop.clock.set(common::utc("2026-12-20T10:00:00Z"));
    intake::intake(
        &mut shop.conn,
        &shop.clock,
        &deposit(shop.cashier, "P001", vec![item("P001-0001", 3000)]),
    )
    .unwrap();
    shop.cash_sale(vec![shop.line("P001-0001", "5")]);
    intake::give_back(
        &mut shop.conn,
        &shop.clock,
        &deposit(shop.cashier, "P001", vec![item("P001-0001", 1000)]),
    )
    .unwrap();
    let now = common::utc("2026-12-20T10:00:00Z");
    let view = intake::stock::view(&shop.conn, now, Some("P001"), Some(30)).unwrap();
    assert_eq!(view.len(), 1);
    assert_eq!(view[0].code, "P001");
    let cake = view[0]
        .products
        .iter()
        .find(|p| p.sku == "P001-0001")
        .unwrap();
    let milli = |q: Quantity| q.milli();
    assert_eq!(
        [cake.in_shop, cake.brought, cake.sold, cake.returned].map(milli),
        [9000, 7000, 5000, 1000]
    );
    // Of the 9 left, the last 3 and 4 came recently; 2 are from the count of 11-01.
    assert_eq!(cake.older.milli(), 2000);
    assert_eq!(cake.older_since.as_deref(), Some("2026-11-01"));
    let view = intake::stock::view(&shop.conn, now, Some("P001"), Some(10)).unwrap();
    let cake = &view[0].products[0];
    assert_eq!((cake.sku.as_str(), cake.older.milli()), ("P001-0001", 6000));
    // Every producer when none is named; no age asked, none given.
    let all = intake::stock::view(&shop.conn, now, None, None).unwrap();
    assert!(all.len() > 5);
    assert!(
        all.iter()
            .flat_map(|p| &p.products)
            .all(|p| p.older.milli() == 0)
    );
}

#[test]
fn her_recent_papers_are_listed_newest_first_without_corrections_or_others() {
    let mut shop = Shop::new();
    let first = intake::intake(
        &mut shop.conn,
        &shop.clock,
        &deposit(shop.cashier, "P001", vec![item("P001-0001", 2000)]),
    )
    .unwrap();
    shop.clock.set(common::utc("2026-11-29T12:00:00Z"));
    let back = intake::give_back(
        &mut shop.conn,
        &shop.clock,
        &deposit(shop.cashier, "P001", vec![item("P001-0001", 1000)]),
    )
    .unwrap();
    intake::intake(
        &mut shop.conn,
        &shop.clock,
        &deposit(shop.cashier, "P002", vec![item("P002-0004", 1000)]),
    )
    .unwrap();
    intake::correct(
        &mut shop.conn,
        &shop.clock,
        &first.number,
        shop.cashier,
        vec![("P001-0001".into(), Quantity::pieces(-1))],
    )
    .unwrap();
    let papers = intake::correction::recent(&shop.conn, "P001", 10).unwrap();
    let listed: Vec<(&str, Kind)> = papers.iter().map(|p| (p.number.as_str(), p.kind)).collect();
    assert_eq!(
        listed,
        vec![
            (back.number.as_str(), Kind::Return),
            (first.number.as_str(), Kind::Intake)
        ]
    );
    assert_eq!(
        intake::correction::recent(&shop.conn, "P001", 1)
            .unwrap()
            .len(),
        1
    );
    assert!(
        intake::correction::recent(&shop.conn, "P999", 10)
            .unwrap()
            .is_empty()
    );
}

#[test]
fn a_deposit_gives_one_tag_a_piece_and_one_a_weighed_product() {
    let mut shop = Shop::new();
    let dep = intake::intake(
        &mut shop.conn,
        &shop.clock,
        &deposit(
            shop.cashier,
            "P001",
            vec![item("P001-0001", 3000), item("P001-0002", 1500)],
        ),
    )
    .unwrap();
    let tags = souk::tags::for_deposit(&shop.conn, &dep).unwrap();
    let skus: Vec<&str> = tags.iter().map(|t| t.sku.as_str()).collect();
    assert_eq!(skus, ["P001-0001", "P001-0001", "P001-0001", "P001-0002"]);
    assert!(tags[3].price.ends_with("/kg"), "{}", tags[3].price);
    // A return takes items out: no tags.
    let back = intake::give_back(
        &mut shop.conn,
        &shop.clock,
        &deposit(shop.cashier, "P001", vec![item("P001-0001", 1000)]),
    )
    .unwrap();
    assert!(
        souk::tags::for_deposit(&shop.conn, &back)
            .unwrap()
            .is_empty()
    );
}
