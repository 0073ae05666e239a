//! Benchmark of a receipt from sale to picture.
//!
//! - `receipt/layout_raster_20_lines_58mm` and `…_80mm`: `Receipt::new` of a 20-line
//!   bilingual sale (weighed pastries and pieces, Arabic and French names, makers, a
//!   discount, cash with change) and `raster::render` of it: shaping, bidi, glyph
//!   rasterization, thresholding. The renderer (fonts loaded once) is warmed up before the
//!   timing, as it is in the program after its first receipt.
//!
//! Target: under 30 ms with the ESC/POS encoding (a receipt must be out before the next
//! customer steps up); this measures layout and raster, the bulk of it.
//!
//! Run with `CARGO_TARGET_DIR=… cargo bench --no-default-features --bench receipt`; the
//! medians are in `$CARGO_TARGET_DIR/criterion/receipt/<name>/new/estimates.json`.

use std::hint::black_box;

use chrono::{DateTime, NaiveDate};
use criterion::{Criterion, criterion_group, criterion_main};
use souk::money::{Money, Quantity, Rate, Unit};
use souk::receipt::layout::{Copy, Receipt, ShopInfo};
use souk::receipt::raster::{self, Paper};
use souk::sale::{Method, Payment, Sale, SaleLine, Status};

const PRODUCTS: [(&str, &str, &str, &str, Unit, i64); 10] = [
    ("شباكية", "Chebakia", "Siham", "سهام", Unit::Kg, 9000),
    ("مسمن", "Msemen", "Siham", "سهام", Unit::Piece, 300),
    (
        "زيت أركان للطبخ",
        "Huile d'argan culinaire (25 cl)",
        "Samira",
        "سميرة",
        Unit::Piece,
        9050,
    ),
    (
        "مفرش مطرز رباطي",
        "Nappe brodée rbatie",
        "Karima",
        "كريمة",
        Unit::Piece,
        48700,
    ),
    ("قفطان", "Caftan", "Latifa", "لطيفة", Unit::Piece, 97100),
    (
        "غريبة",
        "Ghriba aux amandes",
        "Souad",
        "سعاد",
        Unit::Kg,
        8250,
    ),
    (
        "صندوق خشب العرعار",
        "Boîte en thuya",
        "Hafsa",
        "حفصة",
        Unit::Piece,
        11750,
    ),
    (
        "فانوس نحاسي",
        "Lanterne en cuivre",
        "Meryem",
        "مريم",
        Unit::Piece,
        20650,
    ),
    (
        "حريرة",
        "Harira (bol)",
        "Zohra",
        "الزوهرة",
        Unit::Piece,
        1100,
    ),
    ("بلغة", "Babouches", "Hafsa", "حفصة", Unit::Piece, 14200),
];

fn sale_of_20_lines() -> Sale {
    let lines: Vec<SaleLine> = (0..20)
        .map(|i| {
            let (ar, fr, maker, maker_ar, unit, price) = PRODUCTS[i % PRODUCTS.len()];
            let quantity = match unit {
                Unit::Kg => Quantity::from_milli(350 + 125 * i as i64),
                Unit::Piece => Quantity::pieces(1 + (i as i64 % 3)),
            };
            let unit_price = Money::from_centimes(price);
            let discount = if i == 4 {
                Money::from_dirhams(20)
            } else {
                Money::ZERO
            };
            let total = quantity.times(unit_price) - discount;
            SaleLine {
                id: i as i64 + 1,
                line_no: i as i64 + 1,
                sku: format!("P{i:03}"),
                name_ar: ar.to_owned(),
                name_fr: fr.to_owned(),
                category: "pastries".to_owned(),
                producer: format!("P{i:03}"),
                producer_name: maker.to_owned(),
                producer_name_ar: maker_ar.to_owned(),
                unit,
                quantity,
                unit_price,
                discount,
                total,
                share_rate: Rate::from_basis_points(1000),
                association_share: Money::ZERO,
                producer_share: total,
                refund_of_line: None,
            }
        })
        .collect();
    let total: Money = lines.iter().map(|l| l.total).sum();
    let tendered = Money::from_centimes((total.centimes() / 10_000 + 1) * 10_000);
    Sale {
        id: 1,
        number: "2026-000153".to_owned(),
        sold_at: DateTime::parse_from_rfc3339("2026-11-29T10:42:00+00:00").unwrap_or_default(),
        business_day: NaiveDate::from_ymd_opt(2026, 11, 29).unwrap_or_default(),
        cashier: "Amina".to_owned(),
        status: Status::Completed,
        refund_of: None,
        reason: None,
        total,
        change: tendered - total,
        lines,
        payments: vec![Payment {
            method: Method::Cash,
            amount: total,
            tendered: Some(tendered),
            change: tendered - total,
        }],
    }
}

fn receipt(c: &mut Criterion) {
    let sale = sale_of_20_lines();
    let shop = ShopInfo {
        address: Some("Centre social · Hay Youssoufia, Rabat".to_owned()),
        phone: Some("06 00 00 00 00".to_owned()),
        tax_ids: vec![("ICE".to_owned(), "001525478000012".to_owned())],
        footer_lines: vec!["الاستبدال خلال 7 أيام بهذا الوصل".to_owned()],
        ..ShopInfo::default()
    };
    // The fonts are loaded once per program, not per receipt.
    black_box(raster::render(
        &Receipt::new(&sale, &shop, Copy::Original),
        Paper::Mm58,
    ));
    let mut group = c.benchmark_group("receipt");
    // The figure: laid out, rasterised and encoded for the printer.
    let options = souk::receipt::escpos::PrintOptions {
        cut: true,
        open_drawer: true,
        feed_lines: 3,
    };
    for (name, paper) in [
        ("layout_raster_encode_20_lines_58mm", Paper::Mm58),
        ("layout_raster_encode_20_lines_80mm", Paper::Mm80),
    ] {
        group.bench_function(name, |b| {
            b.iter(|| {
                let receipt = Receipt::new(black_box(&sale), &shop, Copy::Original);
                souk::receipt::escpos::encode(&raster::render(&receipt, paper), &options)
            });
        });
    }
    group.finish();
}

criterion_group!(benches, receipt);
criterion_main!(benches);
