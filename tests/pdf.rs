//! The PDF module: texts come back from `pdftotext` as they were written, Arabic joined and
//! in reading order, with the fonts embedded (needs poppler-utils).
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::Path;
use std::process::Command;

use souk::pdf::{Page, Style, to_pdf};

/// The text `pdftotext` finds in a PDF, laid out as on the page.
fn pdftotext(pdf: &Path) -> String {
    let out = Command::new("pdftotext")
        .args(["-layout", "-enc", "UTF-8"])
        .arg(pdf)
        .arg("-")
        .output()
        .unwrap_or_else(|e| panic!("pdftotext (Debian: apt-get install poppler-utils): {e}"));
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // pdftotext marks each right-to-left run with invisible embedding controls: drop them.
    String::from_utf8_lossy(&out.stdout)
        .chars()
        .filter(|c| !matches!(c, '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}'))
        .collect()
}

fn pdffonts(pdf: &Path) -> String {
    let out = Command::new("pdffonts")
        .arg(pdf)
        .output()
        .unwrap_or_else(|e| panic!("pdffonts (Debian: apt-get install poppler-utils): {e}"));
    String::from_utf8_lossy(&out.stdout).into_owned()
}

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
    page.line((10.0, 55.0), (138.0, 55.0), 0.5);
    page.rect(10.0, 60.0, 0.5, 10.0, 0.0);
    let bytes = to_pdf("test", &[page]).unwrap();
    std::fs::write(&path, &bytes).unwrap();
    let text = pdftotext(&path);
    for expected in [
        "Relevé de revenus — novembre 2026",
        "كشف المداخيل",
        "نونبر 2026",
        "سهام الرامي",
        "المبلغ المستحق",
        "1\u{202f}272,50",
        "À payer 1\u{202f}272,50\u{a0}DH",
    ] {
        // pdftotext gives every space back as a plain one (it infers spaces from gaps).
        let expected = expected.replace(['\u{202f}', '\u{a0}'], " ");
        assert!(text.contains(&expected), "{expected:?} not in:\n{text}");
    }
    let fonts = pdffonts(&path);
    assert!(
        fonts.contains("NotoSans") && fonts.contains("NotoSansArabic"),
        "{fonts}"
    );
    // Subsets, not whole fonts (two whole Noto fonts weigh 750 KB).
    assert!(bytes.len() < 120_000, "{} bytes", bytes.len());
    if let Ok(dir) = std::env::var("SOUK_PDF_OUT") {
        std::fs::write(Path::new(&dir).join("pdf-module.pdf"), &bytes).unwrap();
    }
}
