//! Benchmark of price tags.
//!
//! - `tags/sheet_24_pdf_3x8`: 24 tags (Arabic and French names, makers, prices, one weighed
//!   package) laid on an A4 sheet of 3 × 8 labels and written as a PDF: shaping, glyph
//!   subsetting, bars as rectangles. Target: under 200 ms.
//! - `tags/thermal_one_58mm`: one tag laid out, drawn as the 384-dot raster with its
//!   EAN-13 bars, and encoded as ESC/POS bytes. Target: under 20 ms. The renderer (fonts
//!   loaded once) is warmed up first, as in the program after its first print.
//! - `tags/sheet_24_preview_60dpi`: the same sheet laid out and drawn as the intake
//!   screen's preview picture (A4 at 60 dpi, `pdf::render`), what the window redraws off
//!   its thread each time the layout or the labels already used change. Target: under
//!   100 ms, so the preview follows her typing.
//!
//! Run with `CARGO_TARGET_DIR=… cargo bench --no-default-features --bench tags`; the
//! medians are in `$CARGO_TARGET_DIR/criterion/tags/<name>/new/estimates.json`.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use souk::catalog::{Producer, Product};
use souk::money::{Money, Quantity, Unit};
use souk::receipt::escpos::{self, PrintOptions};
use souk::receipt::raster::{self, Paper};
use souk::tags::sheet::{self, Layout};
use souk::tags::{self, Tag};

const PRODUCTS: [(&str, &str, &str, Unit, i64); 6] = [
    ("شباكية", "Chebakia", "2000000000022", Unit::Kg, 9000),
    ("مسمن", "Msemen", "2000000000039", Unit::Piece, 300),
    (
        "زيت أركان للطبخ",
        "Huile d'argan culinaire (25 cl)",
        "2000000000077",
        Unit::Piece,
        7950,
    ),
    (
        "مفرش مطرز رباطي",
        "Nappe brodée rbatie",
        "2000000000169",
        Unit::Piece,
        44600,
    ),
    (
        "جلابة للأطفال",
        "Djellaba enfant",
        "2000000000091",
        Unit::Piece,
        23350,
    ),
    (
        "كيكة الليمون",
        "Cake au citron",
        "2000000000015",
        Unit::Piece,
        5150,
    ),
];

fn maker() -> Producer {
    Producer {
        id: 1,
        code: "P001".into(),
        name_ar: "سهام الرامي".into(),
        name_latin: "Siham Rami".into(),
        phone: None,
        workshop: None,
        share_rate: None,
        joined: None,
        active: true,
    }
}

fn product(i: usize) -> Product {
    let (ar, fr, code, unit, price) = PRODUCTS[i % PRODUCTS.len()];
    Product {
        id: i as i64 + 1,
        sku: format!("P001-{:04}", i + 1),
        barcode: Some(code.into()),
        name_ar: ar.into(),
        name_fr: fr.into(),
        category: "pastries".into(),
        producer_id: 1,
        producer_code: "P001".into(),
        unit,
        price: Money::from_centimes(price),
        stock_tracked: true,
        stock: Quantity::ZERO,
        active: true,
    }
}

fn twenty_four() -> Vec<Tag> {
    (0..24)
        .map(|i| {
            let weight = (i == 6).then_some(Quantity::from_milli(350));
            Tag::new(&product(i), &maker(), weight).unwrap_or_else(|e| panic!("{e}"))
        })
        .collect()
}

fn bench(c: &mut Criterion) {
    let list = twenty_four();
    c.bench_function("tags/sheet_24_pdf_3x8", |b| {
        b.iter(|| black_box(sheet::pdf(black_box(&list), Layout::L3X8, 0)))
    });
    c.bench_function("tags/sheet_24_preview_60dpi", |b| {
        b.iter(|| {
            let pages = sheet::pages(black_box(&list), Layout::L3X8, 0).unwrap_or_default();
            black_box(
                pages
                    .iter()
                    .map(|p| souk::pdf::render(p, 60.0))
                    .collect::<Vec<_>>(),
            )
        })
    });
    let one = [list[3].clone()];
    let options = PrintOptions {
        cut: true,
        open_drawer: false,
        feed_lines: 3,
    };
    let _warm = raster::render(&tags::thermal(&one), Paper::Mm58);
    c.bench_function("tags/thermal_one_58mm", |b| {
        b.iter(|| {
            let bitmap = raster::render(&tags::thermal(black_box(&one)), Paper::Mm58);
            black_box(escpos::encode(&bitmap, &options))
        })
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
