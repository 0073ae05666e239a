//! Receipts drawn as pictures: a real sale on a real database, compared dot for dot with a
//! golden file; Arabic shaped (joined, right to left); every kind of receipt; widths.
//!
//! Golden files are written only when asked: `SOUK_BLESS=1 cargo test --test papers receipt_raster::`.
//! `SOUK_RECEIPT_SHOTS=dir` also writes the sample receipts there, to look at.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::common;
mod samples;

use std::path::{Path, PathBuf};

use common::{Shop, dh};
use proptest::prelude::*;
use souk::receipt::layout::{Block, Copy, Receipt, ShopInfo, Style};
use souk::receipt::raster::{self, Paper};
use souk::receipt::{Bitmap, to_png_bytes};
use souk::sale::{self, CartLine, Method, NewSale, RefundRequest, Sale, Tender};
use souk::settings;

fn golden(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/golden")
        .join(name)
}

fn decode(bytes: &[u8]) -> Bitmap {
    let mut reader = png::Decoder::new(std::io::Cursor::new(bytes))
        .read_info()
        .unwrap();
    let mut buf = vec![0; reader.output_buffer_size().unwrap()];
    let info = reader.next_frame(&mut buf).unwrap();
    assert_eq!(info.color_type, png::ColorType::Grayscale);
    assert_eq!(info.bit_depth, png::BitDepth::One);
    let mut bitmap = Bitmap::new(info.width, info.height);
    for y in 0..info.height {
        for x in 0..info.width {
            let byte = buf[y as usize * info.line_size + (x / 8) as usize];
            if byte & (0x80 >> (x % 8)) == 0 {
                bitmap.set(x, y);
            }
        }
    }
    bitmap
}

/// Compares with the golden file, or writes it when `SOUK_BLESS=1`.
fn assert_golden(bitmap: &Bitmap, name: &str) {
    let path = golden(name);
    if std::env::var("SOUK_BLESS").is_ok_and(|v| v == "1") {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        raster::write_png(bitmap, &path).unwrap();
        return;
    }
    let Ok(bytes) = std::fs::read(&path) else {
        panic!("{} is missing: run with SOUK_BLESS=1 once", path.display());
    };
    if decode(&bytes) != *bitmap {
        let new = std::env::temp_dir().join(format!("souk-new-{name}"));
        raster::write_png(bitmap, &new).unwrap();
        panic!(
            "the render differs from {}; the new one is at {} (SOUK_BLESS=1 to accept it)",
            path.display(),
            new.display()
        );
    }
}

fn ink(b: &Bitmap) -> usize {
    b.rows().iter().map(|byte| byte.count_ones() as usize).sum()
}

/// Dots black in one picture and not in the other (the shorter one counted as white).
fn difference(a: &Bitmap, b: &Bitmap) -> usize {
    let (w, h) = (a.width().max(b.width()), a.height().max(b.height()));
    (0..h)
        .flat_map(|y| (0..w).map(move |x| (x, y)))
        .filter(|&(x, y)| a.get(x, y) != b.get(x, y))
        .count()
}

/// The columns holding any black dot, as (first, last).
fn inked_columns(b: &Bitmap) -> Option<(u32, u32)> {
    let cols: Vec<u32> = (0..b.width())
        .filter(|&x| (0..b.height()).any(|y| b.get(x, y)))
        .collect();
    Some((*cols.first()?, *cols.last()?))
}

fn text(t: &str) -> Receipt {
    Receipt {
        blocks: vec![Block::Text {
            text: t.to_owned(),
            style: Style::Body,
        }],
    }
}

const FRENCH_SHOP: [(&str, &str); 4] = [
    ("receipt.address", "Centre social · Hay Youssoufia, Rabat"),
    ("receipt.phone", "06 00 00 00 00"),
    ("receipt.ice", "001525478000012"),
    (
        "receipt.footer",
        "Échange sous 7 jours avec ce ticket\nالاستبدال خلال 7 أيام بهذا الوصل",
    ),
];

fn configure(shop: &Shop, values: &[(&str, &str)]) {
    for (key, value) in values {
        settings::set(&shop.conn, key, value).unwrap();
    }
}

/// A sale of (code, quantity, discount) paid by (method, dirhams).
fn sell(shop: &mut Shop, lines: &[(&str, &str, &str)], tenders: &[(Method, &str)]) -> Sale {
    let line = |&(code, quantity, discount)| CartLine {
        discount: dh(discount),
        ..shop.line(code, quantity)
    };
    let sale = NewSale {
        cashier_id: shop.cashier,
        lines: lines.iter().map(line).collect(),
        tenders: tenders
            .iter()
            .map(|&(method, amount)| Tender {
                method,
                amount: dh(amount),
            })
            .collect(),
    };
    sale::sell(&mut shop.conn, &shop.clock, &sale).unwrap()
}

/// A weighed pastry, two pieces, a discounted caftan; 1 000 DH in cash.
fn fixed_sale(shop: &mut Shop) -> Sale {
    let lines = [
        ("P001-0002", "0.350", "0"),
        ("P001-0003", "2", "0"),
        ("P009-0034", "1", "21"),
    ];
    sell(shop, &lines, &[(Method::Cash, "1000")])
}

#[test]
fn a_sale_at_58_mm_matches_its_golden_file() {
    let mut shop = Shop::new();
    configure(&shop, &FRENCH_SHOP);
    let sale = fixed_sale(&mut shop);
    let info = ShopInfo::load(&shop.conn).unwrap();
    assert_eq!(info.name_ar, "السوق الصغير للتضامن");
    assert_eq!(info.tax_ids, vec![("ICE".into(), "001525478000012".into())]);
    assert_eq!(info.footer_lines.len(), 2);
    let receipt = Receipt::new(&sale, &info, Copy::Original);
    let all: Vec<&str> = receipt.blocks.iter().flat_map(Block::texts).collect();
    for expected in [
        "29/11/2026 10:00",
        "Amina",
        "par Siham / من صنع سهام",
        "0,350\u{a0}kg × 90,00",
        "987,50\u{a0}DH",
        "1\u{202f}000,00\u{a0}DH",
        "12,50\u{a0}DH",
        "-21,00",
        "Rendu / الباقي",
        "شكرا لدعمكم للنساء المنتجات",
    ] {
        assert!(all.contains(&expected), "{expected:?} is not on {all:#?}");
    }
    let bitmap = raster::render(&receipt, Paper::Mm58);
    assert_eq!(bitmap.width(), 384);
    assert_golden(&bitmap, "receipt-58.png");
    // The PNG holds the very same dots.
    assert_eq!(decode(&to_png_bytes(&bitmap)), bitmap);
}

#[test]
fn arabic_is_joined_and_reads_from_the_right() {
    let shaped = raster::render(&text("شباكية"), Paper::Mm58);
    let letters: String = "شباكية".chars().map(|c| format!("{c}\u{200c}")).collect();
    let isolated = raster::render(&text(&letters), Paper::Mm58);
    // Joined letters are other shapes than the same letters standing alone.
    let diff = difference(&shaped, &isolated);
    assert!(
        diff * 3 > ink(&shaped),
        "only {diff} dots differ out of {}",
        ink(&shaped)
    );
    let (_, shaped_right) = inked_columns(&shaped).unwrap();
    let (isolated_left, _) = inked_columns(&isolated).unwrap();
    let (shaped_left, _) = inked_columns(&shaped).unwrap();
    assert!(
        isolated_left + 20 < shaped_left,
        "unjoined letters take more room"
    );
    // An Arabic line stands at the right of the paper.
    assert!(shaped_right > 384 - 20);
    // The first letter is at the right: ش and س differ by their dots only, so changing the
    // first letter changes dots at the right end; ة and ه, the last one, at the left end.
    let (left, right) = (shaped_left, shaped_right);
    let third = (right - left) / 3;
    let first = raster::render(&text("سباكية"), Paper::Mm58);
    let (from, to) = inked_columns(&xor(&shaped, &first)).unwrap();
    assert!(from > right - third, "{from}..{to} is not at the right end");
    let last = raster::render(&text("شباكيه"), Paper::Mm58);
    let (from, to) = inked_columns(&xor(&shaped, &last)).unwrap();
    assert!(to < left + third, "{from}..{to} is not at the left end");
    assert_golden(&shaped, "word-chebakia.png");
}

#[test]
fn numbers_with_spaces_stay_whole_in_arabic_lines() {
    // A number reads from the left even in an Arabic line: changing its first digit changes
    // dots at the left end of the line, where the number is, not next to the Arabic word.
    for (one, other) in [
        ("الهاتف 06 00 00 00 00", "الهاتف 16 00 00 00 00"),
        ("للأداء 5 096,42", "للأداء 8 096,42"),
    ] {
        let a = raster::render(&text(one), Paper::Mm58);
        let b = raster::render(&text(other), Paper::Mm58);
        let (left, _) = inked_columns(&a).unwrap();
        let (from, to) = inked_columns(&xor(&a, &b)).unwrap();
        assert!(
            to < left + 16,
            "{one:?}: the first digit is at {from}..{to}, the line starts at {left}"
        );
    }
}

fn xor(a: &Bitmap, b: &Bitmap) -> Bitmap {
    let mut out = Bitmap::new(a.width(), a.height().max(b.height()));
    for y in 0..out.height() {
        for x in 0..out.width() {
            if a.get(x, y) != b.get(x, y) {
                out.set(x, y);
            }
        }
    }
    out
}

#[test]
fn refunds_duplicates_and_voids_say_so() {
    let mut shop = Shop::new();
    let admin = souk::users::add(&shop.conn, "Karima", souk::users::Role::Admin)
        .unwrap()
        .id;
    let info = ShopInfo::load(&shop.conn).unwrap();
    assert_eq!(info.name_fr, "Le petit marché solidaire");
    let first = shop.cash_sale(vec![shop.line("P001-0003", "4")]);
    let refund = sale::refund(
        &mut shop.conn,
        &shop.clock,
        &RefundRequest {
            number: first.number.clone(),
            line: Some((1, Some(souk::money::Quantity::pieces(1)))),
            reason: "رجع الزبون قطعة".into(),
            user_id: Some(admin),
            method: None,
        },
    )
    .unwrap();
    let second = shop.cash_sale(vec![shop.line("P001-0001", "1")]);
    let voided = sale::void(
        &mut shop.conn,
        &shop.clock,
        &second.number,
        "Erreur",
        Some(admin),
    )
    .unwrap();

    let texts = |r: &Receipt| -> String {
        r.blocks
            .iter()
            .flat_map(Block::texts)
            .collect::<Vec<_>>()
            .join("\n")
    };
    let original = Receipt::new(&first, &info, Copy::Original);
    let duplicate = Receipt::new(&first, &info, Copy::Duplicate);
    let refunded = Receipt::new(&refund, &info, Copy::Original);
    let void = Receipt::new(&voided, &info, Copy::Original);
    assert!(!texts(&original).contains("DUPLICATA"));
    assert!(texts(&duplicate).contains("DUPLICATA") && texts(&duplicate).contains("نسخة"));
    assert!(texts(&refunded).contains("REMBOURSEMENT") && texts(&refunded).contains("استرجاع"));
    assert!(texts(&refunded).contains(&first.number));
    assert!(texts(&refunded).contains("رجع الزبون قطعة"));
    assert!(texts(&refunded).contains("-3,00"));
    assert!(texts(&void).contains("ANNULÉE") && texts(&void).contains("ملغاة"));
    assert!(texts(&void).contains("Erreur"));
    assert!(original.blocks.contains(&Block::Rule));

    for paper in [Paper::Mm58, Paper::Mm80] {
        let plain = raster::render(&original, paper);
        let marked = raster::render(&duplicate, paper);
        assert_eq!(plain.width(), paper.dots());
        assert_eq!(marked.width(), paper.dots());
        assert!(marked.height() > plain.height(), "the mark takes a line");
        for r in [&refunded, &void] {
            let b = raster::render(r, paper);
            assert_eq!(b.width(), paper.dots());
            assert!(b.height() > plain.height());
        }
    }
    assert_eq!(Paper::Mm80.dots(), 576);
    assert_eq!(Paper::from_mm(80), Some(Paper::Mm80));
    assert_eq!(Paper::from_mm(58), Some(Paper::Mm58));
    assert_eq!(Paper::from_mm(57), None);
}

#[test]
fn nothing_is_drawn_in_the_margins_and_receipts_grow_with_their_lines() {
    let mut shop = Shop::new();
    let info = ShopInfo::load(&shop.conn).unwrap();
    let one = shop.cash_sale(vec![shop.line("P001-0003", "1")]);
    let codes = [
        "P002-0007",
        "P016-0066",
        "P011-0042",
        "P013-0052",
        "P009-0034",
    ];
    let many = shop.cash_sale(
        codes
            .iter()
            .map(|c| shop.line(c, if c.starts_with("P013") { "1.250" } else { "3" }))
            .collect(),
    );
    let mut long = text(&"Un très long nom de produit qui ne tient pas ".repeat(4));
    long.blocks.push(Block::Row {
        start: "وصل طويل جدا لا يسعه السطر الواحد أبدا".repeat(2),
        middle: "123\u{a0}456 × 789,00".into(),
        end: "9\u{202f}999\u{202f}999,99\u{a0}DH".repeat(3),
        style: Style::Total,
    });
    for paper in [Paper::Mm58, Paper::Mm80] {
        let small = raster::render(&Receipt::new(&one, &info, Copy::Original), paper);
        let big = raster::render(&Receipt::new(&many, &info, Copy::Original), paper);
        assert!(big.height() > small.height() + 4 * 30);
        for b in [&small, &big, &raster::render(&long, paper)] {
            assert_eq!(b.width(), paper.dots());
            let (left, right) = inked_columns(b).unwrap();
            assert!(left >= 4 && right < paper.dots() - 4, "{left}..{right}");
            assert!((0..b.width()).all(|x| !b.get(x, 0) && !b.get(x, b.height() - 1)));
        }
    }
    // A test page and an empty receipt draw too.
    let page = raster::render(&Receipt::test_page(&info), Paper::Mm58);
    assert!(ink(&page) > 1000);
    let empty = raster::render(&Receipt { blocks: vec![] }, Paper::Mm58);
    assert!(empty.height() > 0 && ink(&empty) == 0);
    assert!(!to_png_bytes(&empty).is_empty());
}

#[test]
fn png_files_are_written_and_errors_say_where() {
    let dir = tempfile::TempDir::new().unwrap();
    let bitmap = raster::render(&text("Merci · شكرا"), Paper::Mm58);
    let path = dir.path().join("r.png");
    raster::write_png(&bitmap, &path).unwrap();
    assert_eq!(decode(&std::fs::read(&path).unwrap()), bitmap);
    let err = raster::write_png(&bitmap, &dir.path().join("no/such/dir/r.png")).unwrap_err();
    assert!(err.to_string().contains("no/such/dir"), "{err}");
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    /// Whatever the texts (controls, marks, emoji, mixed scripts, very long), a receipt is
    /// drawn, as wide as the paper, with its margins white.
    #[test]
    fn any_text_is_drawn_without_panic(
        texts in prop::collection::vec(".{0,80}|[ا-ي0-9 ،]{0,60}|[a-zA-Z0-9 ]{0,300}", 4),
        wide in any::<bool>(),
    ) {
        let [a, b, c, d] = <[String; 4]>::try_from(texts).unwrap();
        let receipt = Receipt {
            blocks: vec![
                Block::Center { text: a.clone(), style: Style::Heading },
                Block::Title { fr: b.clone(), ar: c.clone(), style: Style::Heading },
                Block::Text { text: d.clone(), style: Style::Body },
                Block::Row { start: a, middle: b, end: c, style: Style::Total },
                Block::Rule,
                Block::Row { start: d, middle: String::new(), end: "1\u{202f}000,00".into(), style: Style::Bold },
            ],
        };
        let paper = if wide { Paper::Mm80 } else { Paper::Mm58 };
        let bitmap = raster::render(&receipt, paper);
        prop_assert_eq!(bitmap.width(), paper.dots());
        let edge = |x: u32, y: u32| x < 4 || x >= paper.dots() - 4 || y < 4 || y >= bitmap.height() - 4;
        let (w, h) = (bitmap.width(), bitmap.height());
        prop_assert!((0..h).all(|y| (0..w).all(|x| !(edge(x, y) && bitmap.get(x, y)))));
    }
}
