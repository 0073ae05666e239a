//! The PDF module: texts come back from `pdftotext` as they were written, Arabic joined and
//! in reading order, with the fonts embedded as subsets (needs poppler-utils).
#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::common;

use common::pdf::{assert_has, fonts, text};
use souk::pdf::{Page, Style, to_pdf};

#[test]
fn arabic_and_french_come_back_in_reading_order_with_fonts_embedded() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("page.pdf");
    let mut page = Page::a5();
    page.text(
        10.0,
        20.0,
        "Relevé de revenus — novembre 2026",
        Style::new(12.0).bold(),
    );
    page.text(
        138.0,
        30.0,
        "كشف المداخيل — نونبر 2026",
        Style::new(12.0).bold().right(),
    );
    page.text(138.0, 40.0, "سهام الرامي", Style::new(11.0).right());
    // لا is one glyph, a ligature: it must come back as lām then alif.
    page.text(138.0, 45.0, "ثلاثة آلاف", Style::new(11.0).right());
    page.text(
        138.0,
        50.0,
        "المبلغ المستحق 1\u{202f}272,50 درهم",
        Style::new(11.0).right(),
    );
    page.text(
        10.0,
        52.0,
        "À payer 1\u{202f}272,50\u{a0}DH",
        Style::new(11.0),
    );
    // Right to left, `(` is drawn with the glyph of `)`: both must come back as typed.
    page.text(
        138.0,
        70.0,
        "مبيعات الشهر (حصتها)",
        Style::new(11.0).right(),
    );
    page.text(10.0, 75.0, "Zaalouk (pot) 20,50", Style::new(11.0));
    page.line((10.0, 55.0), (138.0, 55.0), 0.5);
    page.rect(10.0, 60.0, 0.5, 10.0, 0.0);
    let bytes = to_pdf("test", &[page]).unwrap();
    std::fs::write(&path, &bytes).unwrap();
    if let Ok(out) = std::env::var("SOUK_PDF_OUT") {
        std::fs::write(out, &bytes).unwrap();
    }
    let text = text(&path, None);
    for expected in [
        "Relevé de revenus — novembre 2026",
        "كشف المداخيل — نونبر 2026",
        "سهام الرامي",
        "ثلاثة آلاف",
        "مبيعات الشهر (حصتها)",
        "Zaalouk (pot) 20,50",
        "المبلغ المستحق",
        "1\u{202f}272,50",
        "À payer 1\u{202f}272,50\u{a0}DH",
    ] {
        assert_has(&text, expected);
    }
    let fonts = fonts(&path);
    assert!(
        fonts.contains("NotoSans-") && fonts.contains("NotoSansArabic-"),
        "{fonts}"
    );
    // Subsets, not whole fonts (two whole Noto fonts weigh 750 KB).
    assert!(bytes.len() < 120_000, "{} bytes", bytes.len());
}
