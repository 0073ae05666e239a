//! Adding and editing producers and products one at a time, on a real SQLite file with the
//! fixture catalogue: the same rules as the CSV import, typed refusals that write nothing,
//! stock counts as movements, no deletion, no change of maker after a sale, and in-store
//! barcodes that are valid, unique and predictable.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::common;

use common::{Shop, dh, utc};
use souk::Error;
use souk::catalog::edit::{self, ProducerForm, ProductForm};
use souk::catalog::{self, ean};
use souk::error::CatalogError;
use souk::i18n::{Lang, Translator};
use souk::money::{ParseError, Quantity, Rate, Unit};

fn product_form() -> ProductForm {
    ProductForm {
        name_fr: "Briouates au miel".into(),
        name_ar: "بريوات بالعسل".into(),
        category: "pastries".into(),
        producer: "P001".into(),
        price: "12,50".into(),
        ..ProductForm::default()
    }
}

fn producer_form() -> ProducerForm {
    ProducerForm {
        name_ar: "فاطمة الزهراء".into(),
        name_latin: "Fatima Zahra".into(),
        phone: "0600000000".into(),
        workshop: "embroidery".into(),
        ..ProducerForm::default()
    }
}

fn stock_moves(shop: &Shop) -> i64 {
    shop.count("stock_moves")
}

/// The refusal's message exists in every language (not its bare id).
fn says_something(error: &Error) {
    for lang in Lang::ALL {
        let text = Translator::new(lang).tr(&error.msg());
        assert!(
            !text.starts_with("cat-") && !text.starts_with("err-"),
            "{lang}: {text}"
        );
    }
}

#[test]
fn adds_a_producer_with_the_next_code_and_the_default_share() {
    let mut shop = Shop::new();
    let added = edit::create_producer(
        &mut shop.conn,
        shop.cashier,
        utc("2026-11-29T10:00:00Z"),
        &producer_form(),
    )
    .unwrap();
    assert_eq!(added.code, "P025", "after P024, the highest P code");
    assert_eq!(added.share_rate, None, "empty: the shop's default applies");
    assert_eq!(added.workshop.as_deref(), Some("embroidery"));
    assert!(added.active);
    assert_eq!(
        catalog::share_rate(&shop.conn, added.id).unwrap(),
        Rate::from_basis_points(1000)
    );

    let own = edit::create_producer(
        &mut shop.conn,
        shop.cashier,
        utc("2026-11-29T10:00:00Z"),
        &ProducerForm {
            code: "COLL-BRODERIE".into(),
            name_ar: String::new(),
            name_latin: "Atelier broderie".into(),
            share_percent: "12,5 %".into(),
            ..producer_form()
        },
    )
    .unwrap();
    assert_eq!(own.share_rate, Some(Rate::from_basis_points(1250)));
    assert_eq!(
        own.name_ar, "Atelier broderie",
        "one name is copied to the other"
    );
    assert_eq!(own.phone.as_deref(), Some("0600000000"));
}

#[test]
fn refuses_a_bad_producer_and_writes_nothing() {
    let mut shop = Shop::new();
    let before = shop.count("producers");
    let refuse = |shop: &mut Shop, form: ProducerForm| {
        let error = edit::create_producer(
            &mut shop.conn,
            shop.cashier,
            utc("2026-11-29T10:00:00Z"),
            &form,
        )
        .unwrap_err();
        says_something(&error);
        error
    };
    let e = refuse(
        &mut shop,
        ProducerForm {
            name_ar: " ".into(),
            name_latin: String::new(),
            ..producer_form()
        },
    );
    assert!(matches!(e, Error::NameRequired), "{e}");
    let e = refuse(
        &mut shop,
        ProducerForm {
            code: "p001".into(),
            ..producer_form()
        },
    );
    assert!(
        matches!(&e, Error::Catalog(CatalogError::ProducerCodeTaken(code)) if code == "P001"),
        "{e}"
    );
    let e = refuse(
        &mut shop,
        ProducerForm {
            workshop: "knitting".into(),
            ..producer_form()
        },
    );
    assert!(
        matches!(e, Error::Catalog(CatalogError::UnknownWorkshop { .. })),
        "{e}"
    );
    let e = refuse(
        &mut shop,
        ProducerForm {
            share_percent: "101".into(),
            ..producer_form()
        },
    );
    assert!(
        matches!(
            e,
            Error::Parse {
                field: "association_share_percent",
                error: ParseError::TooLarge { .. }
            }
        ),
        "{e}"
    );
    let e = refuse(
        &mut shop,
        ProducerForm {
            share_percent: "dix".into(),
            ..producer_form()
        },
    );
    assert!(
        matches!(
            e,
            Error::Parse {
                error: ParseError::NotANumber { .. },
                ..
            }
        ),
        "{e}"
    );
    assert_eq!(shop.count("producers"), before);
}

#[test]
fn edits_a_producer_and_keeps_her_code_when_left_empty() {
    let mut shop = Shop::new();
    let siham = catalog::producer_by_code(&shop.conn, "P001")
        .unwrap()
        .unwrap();
    let mut form = ProducerForm::from_producer(&siham, Lang::Fr);
    assert_eq!(form.share_percent, "5");
    form.code.clear();
    form.phone = "0611111111".into();
    form.share_percent = "7,5".into();
    let changed = edit::update_producer(
        &mut shop.conn,
        shop.cashier,
        utc("2026-11-29T10:00:00Z"),
        siham.id,
        &form,
    )
    .unwrap();
    assert_eq!(changed.code, "P001");
    assert_eq!(changed.phone.as_deref(), Some("0611111111"));
    assert_eq!(changed.share_rate, Some(Rate::from_basis_points(750)));
    // Her own code again is not "taken".
    form.code = "P001".into();
    form.share_percent.clear();
    let back = edit::update_producer(
        &mut shop.conn,
        shop.cashier,
        utc("2026-11-29T10:00:00Z"),
        siham.id,
        &form,
    )
    .unwrap();
    assert_eq!(back.share_rate, None);
    // Another producer's code is.
    form.code = "P002".into();
    let e = edit::update_producer(
        &mut shop.conn,
        shop.cashier,
        utc("2026-11-29T10:00:00Z"),
        siham.id,
        &form,
    )
    .unwrap_err();
    assert!(
        matches!(e, Error::Catalog(CatalogError::ProducerCodeTaken(_))),
        "{e}"
    );
}

#[test]
fn adds_a_tracked_product_with_its_count_as_a_stock_movement() {
    let mut shop = Shop::new();
    let moves = stock_moves(&shop);
    let at = utc("2026-11-29T09:00:00Z");
    let added = edit::create_product(
        &mut shop.conn,
        shop.cashier,
        &ProductForm {
            stock_tracked: true,
            stock: "5".into(),
            ..product_form()
        },
        at,
    )
    .unwrap();
    assert_eq!(added.sku, "P001-0111", "her code and the next number");
    assert_eq!(added.price, dh("12.50"));
    assert_eq!(added.barcode, None);
    assert!(added.stock_tracked && added.active);
    assert_eq!(added.stock, Quantity::pieces(5));
    assert_eq!(stock_moves(&shop), moves + 1);
    let (kind, qty): (String, i64) = shop
        .conn
        .query_row(
            "SELECT kind, qty_milli FROM stock_moves WHERE product_id = ?1",
            [added.id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert_eq!((kind.as_str(), qty), ("count", 5000));

    // Sold by weight, untracked, with a barcode: no movement.
    let barcode = edit::next_store_barcode(&shop.conn).unwrap();
    let weighed = edit::create_product(
        &mut shop.conn,
        shop.cashier,
        &ProductForm {
            sku: "SELLOU-P001".into(),
            unit: Unit::Kg,
            price: "120".into(),
            barcode,
            ..product_form()
        },
        at,
    )
    .unwrap();
    assert_eq!(weighed.unit, Unit::Kg);
    assert!(weighed.barcode.is_some());
    assert_eq!(stock_moves(&shop), moves + 1);
    assert!(souk::check::run(&shop.conn).unwrap().is_empty());
}

#[test]
fn refuses_a_bad_product_with_the_import_rules_and_writes_nothing() {
    let mut shop = Shop::new();
    let (products, moves) = (shop.count("products"), stock_moves(&shop));
    let at = utc("2026-11-29T09:00:00Z");
    let mut refuse = |form: ProductForm| {
        let error = edit::create_product(&mut shop.conn, shop.cashier, &form, at).unwrap_err();
        says_something(&error);
        error
    };
    let e = refuse(ProductForm {
        price: "-5".into(),
        ..product_form()
    });
    assert!(
        matches!(
            e,
            Error::Parse {
                field: "price",
                error: ParseError::Negative { .. }
            }
        ),
        "{e}"
    );
    let e = refuse(ProductForm {
        price: "12.005".into(),
        ..product_form()
    });
    assert!(
        matches!(
            e,
            Error::Parse {
                error: ParseError::TooManyDecimals { .. },
                ..
            }
        ),
        "{e}"
    );
    let e = refuse(ProductForm {
        price: "douze".into(),
        ..product_form()
    });
    assert!(
        matches!(
            e,
            Error::Parse {
                error: ParseError::NotANumber { .. },
                ..
            }
        ),
        "{e}"
    );
    let e = refuse(ProductForm {
        price: String::new(),
        ..product_form()
    });
    assert!(
        matches!(
            e,
            Error::Parse {
                error: ParseError::Empty,
                ..
            }
        ),
        "{e}"
    );
    let e = refuse(ProductForm {
        producer: "P999".into(),
        ..product_form()
    });
    assert!(
        matches!(&e, Error::Catalog(CatalogError::UnknownProducer(c)) if c == "P999"),
        "{e}"
    );
    let e = refuse(ProductForm {
        producer: String::new(),
        ..product_form()
    });
    assert!(
        matches!(e, Error::Catalog(CatalogError::ProducerRequired)),
        "{e}"
    );
    let e = refuse(ProductForm {
        category: "bakery".into(),
        ..product_form()
    });
    assert!(
        matches!(e, Error::Catalog(CatalogError::UnknownCategory { .. })),
        "{e}"
    );
    let e = refuse(ProductForm {
        category: String::new(),
        ..product_form()
    });
    assert!(
        matches!(e, Error::Catalog(CatalogError::UnknownCategory { .. })),
        "{e}"
    );
    let e = refuse(ProductForm {
        name_fr: String::new(),
        name_ar: String::new(),
        ..product_form()
    });
    assert!(matches!(e, Error::NameRequired), "{e}");
    let e = refuse(ProductForm {
        sku: "p001-0001".into(),
        ..product_form()
    });
    assert!(
        matches!(e, Error::Catalog(CatalogError::SkuTaken { .. })),
        "{e}"
    );
    let e = refuse(ProductForm {
        sku: "2000000000022".into(),
        ..product_form()
    });
    assert!(
        matches!(&e, Error::Catalog(CatalogError::SkuTaken { owner, .. }) if owner == "P001-0002"),
        "a sku that is another product's barcode: {e}"
    );
    let e = refuse(ProductForm {
        barcode: "2000000000001".into(),
        ..product_form()
    });
    assert!(
        matches!(e, Error::Catalog(CatalogError::InvalidBarcode(_))),
        "{e}"
    );
    let e = refuse(ProductForm {
        barcode: "2000000000015".into(),
        ..product_form()
    });
    assert!(
        matches!(&e, Error::Catalog(CatalogError::BarcodeTaken { owner, .. }) if owner == "P001-0001"),
        "{e}"
    );
    let e = refuse(ProductForm {
        stock_tracked: true,
        stock: "1,5".into(),
        ..product_form()
    });
    assert!(
        matches!(
            e,
            Error::Parse {
                field: "stock",
                error: ParseError::NotWhole { .. }
            }
        ),
        "{e}"
    );
    assert_eq!(shop.count("products"), products);
    assert_eq!(stock_moves(&shop), moves);
}

#[test]
fn edits_a_product_and_moves_stock_only_by_counts() {
    let mut shop = Shop::new();
    let cake = catalog::find_product(&shop.conn, "P001-0001")
        .unwrap()
        .unwrap();
    assert_eq!(cake.stock, Quantity::pieces(8));
    let moves = stock_moves(&shop);
    let at = utc("2026-11-29T09:00:00Z");
    let mut form = ProductForm::from_product(&cake, Lang::Fr);
    assert_eq!(form.price, "51,50");
    assert_eq!(form.stock, "8");
    form.price = "55".into();
    form.name_fr = "Cake au citron (grand)".into();
    let changed = edit::update_product(&mut shop.conn, shop.cashier, cake.id, &form, at).unwrap();
    assert_eq!(changed.price, dh("55"));
    assert_eq!(changed.name_fr, "Cake au citron (grand)");
    // The price change is in the audit trail, before and after.
    let entry = &souk::audit::list(&shop.conn, 1).unwrap()[0];
    assert_eq!(
        (entry.action.as_str(), entry.subject.as_str()),
        ("product-changed", changed.sku.as_str())
    );
    let price = |v: &Option<serde_json::Value>| v.as_ref().unwrap()["price"].clone();
    assert_ne!(price(&entry.before), price(&entry.after));
    assert_eq!(stock_moves(&shop), moves, "the same count moves nothing");

    form.stock = "10".into();
    let counted = edit::update_product(&mut shop.conn, shop.cashier, cake.id, &form, at).unwrap();
    assert_eq!(counted.stock, Quantity::pieces(10));
    assert_eq!(stock_moves(&shop), moves + 1);
    form.stock = "0".into();
    let empty = edit::update_product(&mut shop.conn, shop.cashier, cake.id, &form, at).unwrap();
    assert_eq!(empty.stock, Quantity::ZERO);
    form.stock.clear();
    edit::update_product(&mut shop.conn, shop.cashier, cake.id, &form, at).unwrap();
    assert_eq!(stock_moves(&shop), moves + 2, "empty keeps the figure");
    assert!(souk::check::run(&shop.conn).unwrap().is_empty());
}

#[test]
fn a_sold_product_keeps_its_producer() {
    let mut shop = Shop::new();
    let line = shop.line("P001-0001", "1");
    shop.cash_sale(vec![line]);
    let at = utc("2026-11-29T11:00:00Z");
    let sold = catalog::find_product(&shop.conn, "P001-0001")
        .unwrap()
        .unwrap();
    assert!(edit::product_has_sales(&shop.conn, sold.id).unwrap());
    let mut form = ProductForm::from_product(&sold, Lang::En);
    form.producer = "P002".into();
    let e = edit::update_product(&mut shop.conn, shop.cashier, sold.id, &form, at).unwrap_err();
    assert!(
        matches!(&e, Error::Catalog(CatalogError::ProducerChangeAfterSale { sku }) if sku == "P001-0001"),
        "{e}"
    );
    says_something(&e);
    let still = catalog::find_product(&shop.conn, "P001-0001")
        .unwrap()
        .unwrap();
    assert_eq!(still.producer_code, "P001");

    // Never sold: it may still move to the woman who really made it.
    let unsold = catalog::find_product(&shop.conn, "P001-0003")
        .unwrap()
        .unwrap();
    assert!(!edit::product_has_sales(&shop.conn, unsold.id).unwrap());
    let mut form = ProductForm::from_product(&unsold, Lang::En);
    form.producer = "P002".into();
    let moved = edit::update_product(&mut shop.conn, shop.cashier, unsold.id, &form, at).unwrap();
    assert_eq!(moved.producer_code, "P002");
}

#[test]
fn deactivating_never_deletes_and_follows_the_producer() {
    let mut shop = Shop::new();
    let line = shop.line("P001-0003", "2");
    shop.cash_sale(vec![line]);
    let (products, producers) = (shop.count("products"), shop.count("producers"));
    let msemen = catalog::find_product(&shop.conn, "P001-0003")
        .unwrap()
        .unwrap();

    let off = edit::set_product_active(
        &mut shop.conn,
        shop.cashier,
        utc("2026-11-29T10:00:00Z"),
        msemen.id,
        false,
    )
    .unwrap();
    assert!(!off.active);
    let e = catalog::product_for_sale(&shop.conn, "P001-0003").unwrap_err();
    assert!(
        matches!(e, Error::Catalog(CatalogError::InactiveProduct(_))),
        "{e}"
    );
    assert!(
        edit::set_product_active(
            &mut shop.conn,
            shop.cashier,
            utc("2026-11-29T10:00:00Z"),
            msemen.id,
            true
        )
        .unwrap()
        .active
    );

    let siham = catalog::producer_by_code(&shop.conn, "P001")
        .unwrap()
        .unwrap();
    let withdrawn = edit::set_producer_active(
        &mut shop.conn,
        shop.cashier,
        utc("2026-11-29T10:00:00Z"),
        siham.id,
        false,
    )
    .unwrap();
    assert_eq!(
        withdrawn, 3,
        "her three products leave the shelves with her"
    );
    assert!(
        catalog::products(&shop.conn)
            .unwrap()
            .iter()
            .filter(|p| p.producer_code == "P001")
            .all(|p| !p.active)
    );
    let e = edit::set_product_active(
        &mut shop.conn,
        shop.cashier,
        utc("2026-11-29T10:00:00Z"),
        msemen.id,
        true,
    )
    .unwrap_err();
    assert!(
        matches!(&e, Error::Catalog(CatalogError::InactiveProducer(c)) if c == "P001"),
        "{e}"
    );
    let e = edit::create_product(
        &mut shop.conn,
        shop.cashier,
        &product_form(),
        utc("2026-11-29T11:00:00Z"),
    )
    .unwrap_err();
    assert!(
        matches!(e, Error::Catalog(CatalogError::InactiveProducer(_))),
        "{e}"
    );

    assert_eq!(
        edit::set_producer_active(
            &mut shop.conn,
            shop.cashier,
            utc("2026-11-29T10:00:00Z"),
            siham.id,
            true
        )
        .unwrap(),
        0
    );
    assert!(
        !catalog::find_product(&shop.conn, "P001-0003")
            .unwrap()
            .unwrap()
            .active
    );
    assert!(
        edit::set_product_active(
            &mut shop.conn,
            shop.cashier,
            utc("2026-11-29T10:00:00Z"),
            msemen.id,
            true
        )
        .unwrap()
        .active
    );
    assert_eq!(shop.count("products"), products);
    assert_eq!(shop.count("producers"), producers);
    assert_eq!(shop.count("sale_lines"), 1, "the sale is untouched");
}

#[test]
fn in_store_barcodes_follow_the_highest_and_stay_unique() {
    let mut shop = Shop::new();
    // The fixtures end with 2000000001104 (number 110).
    let next = edit::next_store_barcode(&shop.conn).unwrap();
    assert_eq!(next, "2000000001111");
    assert!(ean::is_valid(&next));
    assert_eq!(
        edit::next_store_barcode(&shop.conn).unwrap(),
        next,
        "deterministic"
    );
    assert!(catalog::find_product(&shop.conn, &next).unwrap().is_none());

    let added = edit::create_product(
        &mut shop.conn,
        shop.cashier,
        &product_form(),
        utc("2026-11-29T09:00:00Z"),
    )
    .unwrap();
    let given = edit::assign_store_barcode(&mut shop.conn, shop.cashier, added.id).unwrap();
    assert_eq!(given, next);
    assert_eq!(
        catalog::find_product(&shop.conn, &given)
            .unwrap()
            .unwrap()
            .id,
        added.id
    );
    let after = edit::next_store_barcode(&shop.conn).unwrap();
    assert_ne!(after, given);
    assert!(ean::is_valid(&after));
    let e = edit::assign_store_barcode(&mut shop.conn, shop.cashier, added.id).unwrap_err();
    assert!(
        matches!(e, Error::Catalog(CatalogError::BarcodeTaken { .. })),
        "{e}"
    );

    // A manufacturer's barcode is outside the shop's range and changes nothing.
    let mut form = ProductForm::from_product(&added, Lang::Fr);
    form.barcode = "6111245591216".into();
    assert!(ean::is_valid(&form.barcode));
    edit::update_product(
        &mut shop.conn,
        shop.cashier,
        added.id,
        &form,
        utc("2026-11-29T09:00:00Z"),
    )
    .unwrap();
    assert_eq!(edit::next_store_barcode(&shop.conn).unwrap(), next);
}

#[test]
fn the_first_in_store_barcode_of_an_empty_shop() {
    let dir = tempfile::TempDir::new().unwrap();
    let conn = souk::db::open(&dir.path().join("empty.sqlite")).unwrap();
    assert_eq!(edit::next_store_barcode(&conn).unwrap(), "2000000000015");
    assert_eq!(edit::next_producer_code(&conn).unwrap(), "P001");
    assert_eq!(edit::next_sku(&conn, "P001").unwrap(), "P001-0001");
}
