//! Arabic reads from the right: checkboxes on the right of their labels, the till's
//! figures and the reports' titles against the right edge, a refund's minus before its
//! number, and tabs whose names tell products from the women who make them.
#![cfg(feature = "gui")]
#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::common;

use std::sync::Arc;

use common::ui::Window;
use common::{Shop, utc};
use iced_test::simulator::Simulator;
use souk::clock::FixedClock;
use souk::i18n::{Lang, Translator};
use souk::ui::layout::bidi_safe;
use souk::ui::{Message, Tab};

fn open(shop: Shop, lang: Lang) -> Window {
    let clock = Arc::new(FixedClock::new(utc("2026-11-29T10:00:00Z")));
    Window::boot(shop, clock, lang)
}

/// Where the text `what` ends on the right, in a window 1366 wide.
fn right_edge(w: &Window, what: &str) -> f32 {
    let mut ui = Simulator::with_size(common::ui::settings(), (1366.0, 768.0), w.app.view());
    let found = ui
        .find(what)
        .unwrap_or_else(|_| panic!("« {what} » is on screen"));
    let b = found.bounds();
    b.x + b.width
}

fn ar(id: &'static str) -> String {
    bidi_safe(&Translator::new(Lang::Ar).text(id))
}

#[test]
fn in_arabic_checkboxes_and_their_labels_start_from_the_right() {
    let mut w = open(Shop::new(), Lang::Ar);
    w.send(Message::Open(Tab::Settings));
    let edge = right_edge(&w, &ar("set-drawer"));
    assert!(
        edge > 1250.0,
        "the label ends at {edge}, not against the right"
    );
}

/// Seen in the real window: the backups section's two labels stood at different places,
/// each pushed left by its row's buttons.
#[test]
fn in_arabic_the_backup_rows_start_from_the_right_one_under_the_other() {
    let mut w = open(Shop::new(), Lang::Ar);
    w.send(Message::Open(Tab::Settings));
    let folder = right_edge(&w, &ar("set-backup-folder"));
    let file = right_edge(&w, &ar("bk-ui-restore-file"));
    assert!(folder > 1250.0, "the folder's label ends at {folder}");
    assert!(
        (folder - file).abs() < 1.0,
        "the labels end at {folder} and {file}"
    );
}

#[test]
fn in_arabic_the_till_figures_and_the_reports_titles_are_on_the_right() {
    let mut shop = Shop::new();
    shop.cash_sale(vec![shop.line("P001-0001", "1")]);
    let mut w = open(shop, Lang::Ar);
    w.send(Message::Open(Tab::Till));
    let edge = right_edge(&w, &ar("ui-till-expected"));
    assert!(edge > 1250.0, "the till's line ends at {edge}");
    w.send(Message::Open(Tab::Reports));
    let edge = right_edge(&w, &ar("ui-report-over-time"));
    assert!(edge > 1250.0, "the chart's title ends at {edge}");
}

#[test]
fn in_arabic_a_refund_reads_minus_before_its_number() {
    let mut shop = Shop::new();
    let sale = shop.cash_sale(vec![shop.line("P001-0001", "1")]);
    let request = souk::sale::RefundRequest {
        number: sale.number.clone(),
        line: None,
        reason: "خطأ".into(),
        user_id: None,
        method: None,
    };
    souk::sale::refund(&mut shop.conn, &shop.clock, &request).unwrap();
    let mut w = open(shop, Lang::Ar);
    w.send(Message::Open(Tab::Sales));
    let minus = souk::money::Money::from_centimes(-5150).format(Lang::Ar);
    assert!(minus.contains("\u{200e}-51,50"), "{minus}");
    assert!(w.shows(&bidi_safe(&minus)), "{minus} in the history");
}

#[test]
fn the_arabic_tabs_for_products_and_producers_differ_by_more_than_a_mark() {
    let tr = Translator::new(Lang::Ar);
    let fold = souk::catalog::search::fold;
    let (products, producers) = (
        fold(&tr.text("cat-tab-products")),
        fold(&tr.text("cat-tab-producers")),
    );
    // «المنتوجات» and «المنتِجات» share their root: one of them must say who she is.
    assert!(
        !(products.contains("منت") && producers.contains("منت") && !producers.contains("نساء")),
        "{products} / {producers}"
    );
    assert_ne!(products, producers);
}

#[test]
fn the_text_cursor_after_arabic_text_stands_at_its_left_end() {
    use iced::advanced::graphics::text::{Paragraph, font_system};
    use iced::advanced::text::{self, Paragraph as _};
    for font in souk::ui::theme::FONTS {
        font_system()
            .write()
            .unwrap()
            .load_font(std::borrow::Cow::Borrowed(font));
    }
    let laid = |content: &str| {
        Paragraph::with_text(text::Text {
            content,
            bounds: iced::Size::INFINITE,
            size: 20.0.into(),
            line_height: text::LineHeight::default(),
            font: souk::ui::theme::FONT,
            align_x: text::Alignment::Default,
            align_y: iced::alignment::Vertical::Top,
            shaping: text::Shaping::Advanced,
            wrapping: text::Wrapping::None,
        })
    };
    // «مسم» typed: the cursor after it is at its left end, before it at its right end.
    let arabic = laid("مسم");
    let width = arabic.min_width();
    let end = arabic.grapheme_position(0, 3).unwrap().x;
    let start = arabic.grapheme_position(0, 0).unwrap().x;
    assert!(
        end < 1.0,
        "after the word: {end} (the word is {width} wide)"
    );
    assert!(start > width - 1.0, "before the word: {start} of {width}");
    // Latin text is unchanged: after «abc» the cursor is at its right end.
    let latin = laid("abc");
    let end = latin.grapheme_position(0, 3).unwrap().x;
    assert!((end - latin.min_width()).abs() < 1.0, "{end}");
}
