//! Sample receipts to look at, written only when asked:
//! `SOUK_RECEIPT_SHOTS=/tmp/receipts cargo test --test papers receipt_raster::samples`. An
//! Arabic-heavy and a French shop, at 58 and 80 mm; a refund, a voided sale, a test page.

use std::path::PathBuf;

use super::{FRENCH_SHOP, configure, sell};
use crate::common::Shop;
use souk::receipt::layout::{Copy, Receipt, ShopInfo};
use souk::receipt::raster::{self, Paper};
use souk::sale::{self, Method, RefundRequest};

#[test]
fn sample_receipts_for_the_eye() {
    let Ok(dir) = std::env::var("SOUK_RECEIPT_SHOTS") else {
        return;
    };
    let dir = PathBuf::from(dir);
    std::fs::create_dir_all(&dir).unwrap();
    let mut shop = Shop::new();
    configure(
        &shop,
        &[
            ("receipt.address", "المركز الاجتماعي، حي اليوسفية، الرباط"),
            ("receipt.phone", "06 00 00 00 00"),
            ("receipt.ice", "001525478000012"),
            ("receipt.if", "40123456"),
            ("receipt.header", "جمعية النساء المنتجات"),
            (
                "receipt.footer",
                "الاستبدال خلال 7 أيام بهذا الوصل\nمرحبا بكم دائما",
            ),
        ],
    );
    let info = ShopInfo::load(&shop.conn).unwrap();
    let lines = [
        ("P013-0053", "0.350", "0"),
        ("P014-0058", "2", "10"),
        ("P016-0066", "1", "0"),
        ("P011-0042", "1", "0"),
        ("COLL-CUIS-0108", "1", "0"),
    ];
    let arabic = sell(&mut shop, &lines, &[(Method::Cash, "1000")]);
    let ar = Receipt::new(&arabic, &info, Copy::Original);

    let mut fr_shop = Shop::new();
    configure(&fr_shop, &FRENCH_SHOP);
    configure(
        &fr_shop,
        &[("receipt.header", "Association des femmes productrices")],
    );
    let fr_info = ShopInfo::load(&fr_shop.conn).unwrap();
    let lines = [
        ("P001-0002", "0.350", "0"),
        ("P001-0003", "2", "0"),
        ("P009-0034", "1", "0"),
        ("P002-0007", "1", "0"),
    ];
    let french = sell(
        &mut fr_shop,
        &lines,
        &[(Method::Card, "900"), (Method::Cash, "200")],
    );
    let fr = Receipt::new(&french, &fr_info, Copy::Duplicate);

    // A refund with its reason, a voided sale, a test page.
    let admin = souk::users::add(&shop.conn, "Karima", souk::users::Role::Admin)
        .unwrap()
        .id;
    let request = RefundRequest {
        number: arabic.number.clone(),
        line: Some((2, None)),
        reason: "قنينة مكسورة، أعيد المبلغ نقدا".into(),
        user_id: Some(admin),
        method: None,
    };
    let refund = sale::refund(&mut shop.conn, &shop.clock, &request).unwrap();
    let voided = sale::void(
        &mut fr_shop.conn,
        &fr_shop.clock,
        &french.number,
        "Erreur de caisse",
        None,
    )
    .unwrap();
    let shots = [
        ("receipt-ar", ar),
        ("receipt-fr", fr),
        ("refund", Receipt::new(&refund, &info, Copy::Original)),
        ("void", Receipt::new(&voided, &fr_info, Copy::Original)),
        ("test-page", Receipt::test_page(&info)),
    ];
    for (name, receipt) in &shots {
        for (mm, paper) in [(58, Paper::Mm58), (80, Paper::Mm80)] {
            let path = dir.join(format!("{name}-{mm}.png"));
            raster::write_png(&raster::render(receipt, paper), &path).unwrap();
        }
    }
}
