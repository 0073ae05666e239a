//! The counter's speed with a catalogue of 100,000 products, without drawing:
//! - `counter/keystroke_100k/*`: one keystroke in the search field, and the product grid
//!   worked out for it (target: under 5 ms; the worst case is a query that matches
//!   nothing, which scans every product).
//! - `counter/scan_to_cart_100k`: a scanner's code and Enter, to the line in the cart;
//!   `counter/scan_to_laid_out_frame_100k`: the same plus the view built and laid out
//!   (target: within a frame, 16 ms).
//! - `counter/scale_reading_to_laid_out_frame_100k`: a stable reading from the scale while
//!   a pastry is being weighed, to the line in the cart and the next frame laid out
//!   (target: within a frame, 16 ms, after the reading arrives).
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::HashMap;
use std::sync::Arc;

use criterion::{Criterion, criterion_group, criterion_main};
use souk::catalog::{Category, Product, ean};
use souk::clock::FixedClock;
use souk::i18n::Lang;
use souk::money::{Money, Quantity, Unit};
use souk::scale::Reading;
use souk::ui::screen::Context;
use souk::ui::screen::counter::{Counter, Message};
use souk::ui::store::{Catalog, Store};

const NAMES: [(&str, &str); 8] = [
    ("Cake au citron", "كيكة الليمون"),
    ("Chebakia", "شباكية"),
    ("Msemen", "مسمن"),
    ("Zaalouk (pot)", "زعلوك"),
    ("Caftan brodé", "قفطان مطرز"),
    ("Tajine en terre", "طاجين فخار"),
    ("Coussin berbère", "وسادة أمازيغية"),
    ("Ghriba aux amandes", "غريبة باللوز"),
];

fn barcode(n: u32) -> String {
    let mut digits = [0u8; 12];
    let body = format!("2{:011}", 10_000 + n);
    for (d, c) in digits.iter_mut().zip(body.bytes()) {
        *d = c - b'0';
    }
    format!("{body}{}", ean::check_digit(&digits))
}

fn catalogue() -> Catalog {
    let products: Vec<Product> = (0..100_000u32)
        .map(|n| {
            let (fr, ar) = NAMES[n as usize % NAMES.len()];
            Product {
                id: i64::from(n) + 1,
                sku: format!("P{:03}-{n:06}", n % 500),
                barcode: Some(barcode(n)),
                name_ar: format!("{ar} {n}"),
                name_fr: format!("{fr} {n}"),
                category: "crafts".into(),
                producer_id: i64::from(n % 500) + 1,
                producer_code: format!("P{:03}", n % 500),
                // The first product is sold by weight: the scale's bench weighs it.
                unit: if n == 0 { Unit::Kg } else { Unit::Piece },
                price: Money::from_centimes(1000 + i64::from(n % 9000)),
                stock_tracked: false,
                stock: Quantity::ZERO,
                active: true,
            }
        })
        .collect();
    let makers: HashMap<i64, (String, String)> = (1..=500)
        .map(|id| (id, (format!("Maker{id}"), "سهام".to_owned())))
        .collect();
    let categories = vec![Category {
        code: "crafts".into(),
        name_ar: "صناعة تقليدية".into(),
        name_fr: "Artisanat".into(),
        name_en: "Crafts".into(),
    }];
    Catalog::new(products, makers, categories)
}

fn bench(c: &mut Criterion) {
    let catalog = catalogue();
    let dir = tempfile::TempDir::new().unwrap();
    let clock = Arc::new(FixedClock::new(
        chrono::DateTime::from_timestamp(1_795_000_000, 0).unwrap(),
    ));
    let store = Store::open(&dir.path().join("bench.sqlite"), clock).unwrap();
    let tr = souk::i18n::Translator::new(Lang::Fr);
    let ctx = Context {
        store: &store,
        tr: &tr,
        catalog: &catalog,
        users: &[],
        cashier: Some(1),
        approved_by: None,
    };
    let (mut counter, _) = Counter::new();

    let mut group = c.benchmark_group("counter");
    for (name, query) in [
        ("common_word", "caft"),
        ("rare_match", "ghriba 99991"),
        ("no_match", "zzzz"),
    ] {
        group.bench_function(format!("keystroke_100k/{name}"), |b| {
            b.iter(|| {
                let _ = counter.update(Message::Search(query.to_owned()), &ctx);
                counter.shown(&catalog)
            });
        });
    }
    let codes: Vec<String> = (0..1000).map(|n| barcode(n * 97)).collect();
    let mut next = 0;
    group.bench_function("scan_to_cart_100k", |b| {
        b.iter(|| {
            next = (next + 1) % codes.len();
            let _ = counter.update(Message::Search(codes[next].clone()), &ctx);
            let _ = counter.update(Message::SubmitSearch, &ctx);
            if counter.cart().lines().len() > 20 {
                let _ = counter.update(Message::ClearCart, &ctx);
                let _ = counter.update(Message::ConfirmClear, &ctx);
            }
        });
    });
    // A whole frame's worth of work after a scan, minus rasterizing: the update, the
    // view built, and its layout computed (iced_test's simulator lays it out on the CPU).
    let settings = iced_test::core::Settings {
        fonts: souk::ui::theme::FONTS
            .iter()
            .map(|f| std::borrow::Cow::Borrowed(*f))
            .collect(),
        default_font: souk::ui::theme::FONT,
        ..iced_test::core::Settings::default()
    };
    group.sample_size(30);
    group.bench_function("scan_to_laid_out_frame_100k", |b| {
        b.iter(|| {
            next = (next + 1) % codes.len();
            let _ = counter.update(Message::Search(codes[next].clone()), &ctx);
            let _ = counter.update(Message::SubmitSearch, &ctx);
            if counter.cart().lines().len() > 8 {
                let _ = counter.update(Message::ClearCart, &ctx);
                let _ = counter.update(Message::ConfirmClear, &ctx);
            }
            let view = counter.view(&ctx);
            let ui =
                iced_test::simulator::Simulator::with_size(settings.clone(), (1366.0, 768.0), view);
            std::hint::black_box(ui.into_messages().count())
        });
    });
    // The scale: a pastry tapped, the load moving, then stable: into the cart.
    let mut weighing = Counter::new().0;
    weighing.use_scale(Some(false));
    let mut grams = 300;
    group.bench_function("scale_reading_to_laid_out_frame_100k", |b| {
        b.iter(|| {
            grams = 300 + (grams + 7) % 500;
            let _ = weighing.update(Message::AddProduct(0), &ctx);
            let moving = Reading::Moving(None);
            let _ = weighing.update(Message::Scale(Ok(moving)), &ctx);
            let stable = Reading::Stable(Quantity::from_milli(grams));
            let _ = weighing.update(Message::Scale(Ok(stable)), &ctx);
            if weighing.cart().lines().len() > 8 {
                let _ = weighing.update(Message::ClearCart, &ctx);
            }
            let view = weighing.view(&ctx);
            let ui =
                iced_test::simulator::Simulator::with_size(settings.clone(), (1366.0, 768.0), view);
            std::hint::black_box(ui.into_messages().count())
        });
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
