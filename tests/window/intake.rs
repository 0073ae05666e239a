//! The intake screen's corrections, A4 label sheets and new products' prices, driven as a
//! volunteer and an administrator drive them: a correction needs an administrator and
//! changes the stock as the core says; a label sheet lands in the printing folder with her
//! products' names, after the labels already used; a product made on the spot shows its
//! price before anything is recorded. `SOUK_SNAPSHOTS=dir` writes what they look like.
#![cfg(feature = "gui")]
#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::common;

use std::sync::Arc;

use common::{Shop, pdf, utc};
use iced_test::selector::id;
use souk::catalog;
use souk::clock::FixedClock;
use souk::i18n::{Lang, Msg, Translator};
use souk::intake::{self, Item, NewDeposit};
use souk::money::{Money, Quantity};
use souk::ui::screen::intake::{
    self as screen, correct as intake_correct, new_product as intake_new, sheet as intake_sheet,
};
use souk::ui::{App, Message, Tab, store, theme};
use souk::users::{self, Role};

use common::ui::Window;

impl Window {
    /// The fixture shop with Rachida (administrator, 2016) and Amina (volunteer, 1111), and
    /// Siham's (P001) deposit DEP-2026-0001 of three lemon cakes and two msemen.
    fn open_intake(lang: Lang) -> Window {
        let mut shop = Shop::new();
        let rachida = users::add(&shop.conn, "Rachida", Role::Admin).unwrap().id;
        users::change_pin(&mut shop.conn, &shop.clock, rachida, rachida, "2016").unwrap();
        let amina = shop.cashier;
        users::change_pin(&mut shop.conn, &shop.clock, rachida, amina, "1111").unwrap();
        let items = [("P001-0001", 3), ("P001-0003", 2)]
            .into_iter()
            .map(|(code, n)| Item::Existing {
                code: code.to_owned(),
                quantity: Quantity::pieces(n),
            })
            .collect();
        let deposit = NewDeposit {
            producer: "P001".to_owned(),
            user_id: amina,
            items,
            note: None,
        };
        intake::intake(&mut shop.conn, &shop.clock, &deposit).unwrap();
        let clock = Arc::new(FixedClock::new(utc("2026-11-29T11:00:00Z")));
        let (app, task) = App::ready(store::boot(shop.path(), clock).unwrap(), lang);
        let mut window = Window { shop, app };
        window.run(task);
        window
    }

    fn stock(&self, sku: &str) -> i64 {
        catalog::find_product(&self.shop.conn, sku)
            .unwrap()
            .unwrap()
            .stock
            .milli()
    }

    fn snapshot_intake(&mut self, name: &str, height: f32) {
        let Some(dir) = std::env::var_os("SOUK_SNAPSHOTS") else {
            return;
        };
        let path = std::path::Path::new(&dir).join(name);
        // The simulator names its picture after the renderer: a stale one would be compared.
        let drawn = path.with_extension("").display().to_string() + "-tiny-skia.png";
        let _ = std::fs::remove_file(drawn);
        let mut ui = iced_test::simulator::Simulator::with_size(
            common::ui::settings(),
            (1366.0, height),
            self.app.view(),
        );
        assert!(
            ui.snapshot(&theme::theme())
                .unwrap()
                .matches_image(&path)
                .unwrap()
        );
    }
}

fn fr(id: &'static str) -> String {
    Translator::new(Lang::Fr).text(id)
}

fn fr_msg(msg: &Msg) -> String {
    Translator::new(Lang::Fr).tr(msg)
}

#[test]
fn a_correction_needs_an_administrator_and_moves_the_stock_as_the_core_says() {
    let mut w = Window::open_intake(Lang::Fr);
    let receipts = w.shop.dir.path().join("slip.png");
    souk::settings::set(
        &w.shop.conn,
        "receipt.printer",
        &format!("png:{}", receipts.display()),
    )
    .unwrap();
    let (cakes, msemen) = (w.stock("P001-0001"), w.stock("P001-0003"));
    w.sign_in("Amina", "1111");
    w.send(Message::Open(Tab::Intake));
    w.type_in(screen::PRODUCER, "P001");
    w.click(&fr("intake-ui-correct"));
    assert!(w.shows(&fr("intake-ui-correct-title")));
    // Her recent paper is offered; picking it shows its lines.
    w.click("DEP-2026-0001 · Dépôt · 2026-11-29");
    assert!(w.shows("P001-0001  Cake au citron"));
    assert!(w.shows("P001-0003  Msemen"));
    // One cake fewer came in, one msemen more.
    for (line, typed) in [(0, "-1"), (1, "+1")] {
        w.step(|ui| {
            ui.click(id(intake_correct::difference_id(line)))
                .expect("the line's difference");
            ui.typewrite(typed);
        });
    }

    // Amina may not correct counts: refused in French, nothing written.
    w.click(&fr("intake-ui-correct-record"));
    let refused = fr_msg(
        &Msg::new("auth-err-not-allowed")
            .arg("name", "Amina")
            .arg("right", Msg::new("right-catalogue")),
    );
    assert!(w.shows(&refused), "{refused}");
    assert_eq!(w.shop.count("deposits"), 1);
    assert_eq!(w.stock("P001-0001"), cakes);

    // Rachida approves: the correction goes through once, the stock moves by the lines.
    w.click(&fr("ui-approve"));
    w.sign_in("Rachida", "2016");
    w.click(&fr("intake-ui-correct-record"));
    let correction = intake::load(&w.shop.conn, "COR-2026-0001").unwrap();
    assert_eq!(correction.corrects.as_deref(), Some("DEP-2026-0001"));
    assert_eq!(correction.user, "Rachida");
    assert_eq!(w.stock("P001-0001"), cakes - 1000);
    assert_eq!(w.stock("P001-0003"), msemen + 1000);
    let said = fr_msg(
        &Msg::new("intake-ui-corrected")
            .arg("number", "COR-2026-0001")
            .arg("corrects", "DEP-2026-0001"),
    );
    assert!(w.shows(&said), "{said}");
    let approved = fr_msg(&Msg::new("ui-approved-by").arg("name", "Rachida"));
    assert!(
        !w.shows(&approved),
        "the approval was for that correction only"
    );
    assert!(
        !w.shows(&fr("intake-ui-correct-record")),
        "the paper closed once corrected"
    );
    w.snapshot_intake("intake-corrected-fr.png", 768.0);

    // Its slip prints like a deposit's, on the receipt printer.
    w.click(&fr("intake-ui-print-slip"));
    assert!(w.shows(&fr("intake-ui-slip-printed")));
    assert!(std::fs::metadata(&receipts).unwrap().len() > 1000, "a slip");
    if let Some(dir) = std::env::var_os("SOUK_SNAPSHOTS") {
        std::fs::copy(
            &receipts,
            std::path::Path::new(&dir).join("intake-correction-slip.png"),
        )
        .unwrap();
    }

    // A number typed from the slip opens it too; an unknown one is said so.
    w.type_in(intake_correct::NUMBER, "DEP-2026-0099");
    let unknown = fr_msg(
        &souk::Error::Intake(souk::error::IntakeError::UnknownDeposit(
            "DEP-2026-0099".into(),
        ))
        .msg(),
    );
    assert!(w.shows(&unknown), "{unknown}");
}

#[test]
fn a_label_sheet_prints_into_the_folder_after_the_labels_already_used() {
    let mut w = Window::open_intake(Lang::Fr);
    let folder = w.shop.dir.path().join("imprimante");
    std::fs::create_dir_all(&folder).unwrap();
    souk::settings::set(
        &w.shop.conn,
        "pages.printer",
        &format!("folder:{}", folder.display()),
    )
    .unwrap();
    w.sign_in("Amina", "1111");
    w.send(Message::Open(Tab::Intake));
    w.type_in(screen::PRODUCER, "P001");
    w.type_in(screen::CODE, "P001-0001");
    w.step(|ui| {
        ui.click(id(screen::CODE)).unwrap();
        ui.typewrite("P001-0003");
    });
    w.type_in(screen::QUANTITY, "2");
    w.click(&fr("intake-ui-record"));
    let number = "DEP-2026-0002";
    assert!(intake::load(&w.shop.conn, number).is_ok());

    w.click(&fr("intake-ui-sheet-open"));
    assert!(w.shows(&fr("intake-ui-sheet-title")));
    // Three tags (a cake, two msemen) on a 2 × 7 sheet whose first twelve labels are gone:
    // two on the first sheet, one on a second.
    w.click("2 × 7 · 99,1 × 38,1 mm");
    w.type_in(intake_sheet::SKIP, "12");
    let count = fr_msg(
        &Msg::new("intake-ui-sheet-count")
            .arg("count", 3usize)
            .arg("pages", 2usize),
    );
    assert!(w.shows(&count), "{count}");
    w.snapshot_intake("intake-sheet-fr.png", 1400.0);

    w.click(&fr("intake-ui-sheet-print"));
    let printed = folder.join(format!("etiquettes-{number}.pdf"));
    assert!(printed.exists(), "the sheet is in the printing folder");
    assert_eq!(pdf::pages(&printed), 2);
    if let Some(dir) = std::env::var_os("SOUK_SNAPSHOTS") {
        std::fs::copy(
            &printed,
            std::path::Path::new(&dir).join("intake-sheet.pdf"),
        )
        .unwrap();
    }
    let first = pdf::squeeze(&pdf::text(&printed, Some((1, 1))));
    let second = pdf::squeeze(&pdf::text(&printed, Some((2, 2))));
    assert_eq!(first.matches("Cake au citron").count(), 1, "{first}");
    assert_eq!(first.matches("Msemen").count(), 1, "{first}");
    assert_eq!(second.matches("Msemen").count(), 1, "{second}");
    assert!(!second.contains("Cake au citron"), "{second}");
    let said = fr_msg(
        &souk::pdf::print::Printed::Written(printed.clone()).msg(&format!("etiquettes-{number}")),
    );
    assert!(w.shows(&said), "{said}");

    // A sheet with no free label left is refused in French.
    w.step(|ui| {
        ui.click(id(intake_sheet::SKIP)).unwrap();
        ui.typewrite("0");
    });
    let refused = fr_msg(
        &souk::Error::Tags(souk::error::TagsError::TagSkip {
            skip: 120,
            per_sheet: 14,
        })
        .msg(),
    );
    assert!(w.shows(&refused), "{refused}");

    // Saved into a folder of her choice instead, skip back to none: one sheet.
    let mine = w.shop.dir.path().join("mes étiquettes");
    w.send(Message::Intake(screen::Message::Sheet(
        intake_sheet::Message::Skip(String::new()),
    )));
    w.send(Message::Intake(screen::Message::Sheet(
        intake_sheet::Message::Folder(mine.display().to_string()),
    )));
    w.click(&fr("stmt-ui-save-pdf"));
    let saved = mine.join(format!("etiquettes-{number}.pdf"));
    assert_eq!(pdf::pages(&saved), 1);
    pdf::assert_has(&pdf::text(&saved, None), "Cake au citron");
}

#[test]
fn a_new_product_shows_its_price_before_it_is_recorded() {
    let mut w = Window::open_intake(Lang::Fr);
    w.sign_in("Rachida", "2016");
    w.send(Message::Open(Tab::Intake));
    w.type_in(screen::PRODUCER, "P001");
    w.type_in(screen::CODE, "P001-0003");
    w.click(&fr("intake-ui-new-open"));
    w.type_in(intake_new::NAME_FR, "Ghriba");
    w.type_in(intake_new::NAME_AR, "غريبة");
    w.click("Pâtisserie");
    w.click(&fr("intake-ui-new-unit-kg"));
    w.type_in(intake_new::PRICE, "120");
    w.type_in(intake_new::QUANTITY, "1,5");
    w.click(&fr("intake-ui-new-add"));
    assert!(w.shows("nouveau  Ghriba"));
    let price = format!("{}/kg", Money::from_dirhams(120).format(Lang::Fr));
    assert!(w.shows(&price), "the new line shows {price}");
    // The product already known shows its own.
    assert!(w.shows(&Money::from_dirhams(3).format(Lang::Fr)));
    w.snapshot_intake("intake-new-price-fr.png", 768.0);
    w.click(&fr("intake-ui-record"));
    let deposit = intake::load(&w.shop.conn, "DEP-2026-0002").unwrap();
    assert_eq!(deposit.lines[1].price, Money::from_dirhams(120));
}

#[test]
fn in_arabic_the_new_price_and_the_correction_read_right_to_left() {
    let mut w = Window::open_intake(Lang::Ar);
    let ar = Translator::new(Lang::Ar);
    w.sign_in("Rachida", "2016");
    w.send(Message::Open(Tab::Intake));
    w.type_in(screen::PRODUCER, "P001");
    w.click(&ar.text("intake-ui-new-open"));
    w.type_in(intake_new::NAME_AR, "غريبة");
    w.click("حلويات");
    w.type_in(intake_new::PRICE, "1250");
    w.click(&ar.text("intake-ui-new-add"));
    // Thousands spaces go in Arabic text (layout::bidi_safe).
    let price = souk::ui::layout::bidi_safe(&Money::from_dirhams(1250).format(Lang::Ar));
    assert!(w.shows(&price), "{price}");
    w.snapshot_intake("intake-new-price-ar.png", 768.0);
    w.click(&ar.text("intake-ui-record"));
    w.click(&ar.text("intake-ui-sheet-open"));
    assert!(w.shows(&ar.text("intake-ui-sheet-title")));
    w.snapshot_intake("intake-sheet-ar.png", 1400.0);
    w.click(&ar.text("intake-ui-correct"));
    w.click(&souk::ui::layout::bidi_safe(
        "DEP-2026-0001 · إيداع · 2026-11-29",
    ));
    assert!(w.shows(&ar.text("intake-ui-correct-record")));
    w.snapshot_intake("intake-correct-ar.png", 768.0);
}

#[test]
fn her_name_shows_as_soon_as_her_code_is_known_and_she_is_found_by_name() {
    for (lang, shown) in [
        (Lang::Fr, "Siham Rami · سهام الرامي (P001)"),
        (Lang::Ar, "سهام الرامي · Siham Rami (P001)"),
    ] {
        let mut w = Window::open_intake(lang);
        w.sign_in("Amina", "1111");
        w.send(Message::Open(Tab::Intake));
        w.step(|ui| {
            ui.click(id(screen::PRODUCER)).unwrap();
            ui.typewrite("p001");
        });
        let shown = souk::ui::layout::bidi_safe(shown);
        assert!(w.shows(&shown), "{lang}: {shown}");
        // By name, in either script: the ones found are offered, a tap takes her code.
        w.send(Message::Intake(screen::Message::Producer("lati".into())));
        let latifa = match lang {
            Lang::Ar => "لطيفة بناني · Latifa Bennani (P003)",
            _ => "Latifa Bennani · لطيفة بناني (P003)",
        };
        w.click(&souk::ui::layout::bidi_safe(latifa));
        let screen = w.app.shell().unwrap().intake().unwrap();
        assert_eq!(screen.producer().map(|p| p.code.as_str()), Some("P003"));
        w.send(Message::Intake(screen::Message::Producer(
            "لطيفة بناني".into(),
        )));
        w.send(Message::Intake(screen::Message::SubmitProducer));
        let screen = w.app.shell().unwrap().intake().unwrap();
        assert_eq!(
            screen.producer().map(|p| p.code.as_str()),
            Some("P003"),
            "{lang}: Enter takes the only one found"
        );
    }
}

#[test]
fn the_same_item_scanned_twice_is_one_line_of_two() {
    let mut w = Window::open_intake(Lang::Fr);
    w.sign_in("Amina", "1111");
    w.send(Message::Open(Tab::Intake));
    w.type_in(screen::PRODUCER, "P001");
    w.type_in(screen::CODE, "2000000000015");
    w.type_in(screen::CODE, "P001-0001");
    w.type_in(screen::CODE, "P001-0003");
    let lines = w.app.shell().unwrap().intake().unwrap().lines();
    assert_eq!(
        lines,
        [
            ("P001-0001".to_owned(), Quantity::pieces(2)),
            ("P001-0003".to_owned(), Quantity::pieces(1)),
        ]
    );
    let before = w.stock("P001-0001");
    w.click(&fr("intake-ui-record"));
    let deposit = intake::load(&w.shop.conn, "DEP-2026-0002").unwrap();
    assert_eq!(deposit.lines.len(), 2, "one line a product");
    assert_eq!(w.stock("P001-0001"), before + 2000);
}
