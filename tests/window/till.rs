//! The till and the reports in the window: the counter offers to open the till when a sale
//! finds it closed, the till closes with a count of notes and coins, and the reports screen
//! reads a period with its charts. `SOUK_SNAPSHOTS=dir` writes what they look like.
#![cfg(feature = "gui")]
#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::common;

use std::sync::Arc;

use common::{Shop, dh, utc};
use souk::cash::{self, Counted};
use souk::clock::FixedClock;
use souk::i18n::Lang;
use souk::ui::screen::{counter, reports, till};
use souk::ui::{App, Message, Tab, store, theme};

use common::ui::Window;

impl Window {
    fn open_till(shop: Shop, lang: Lang) -> Window {
        let clock = Arc::new(FixedClock::new(utc("2026-11-29T10:00:00Z")));
        let boot = store::boot(shop.path(), clock).unwrap();
        let (app, task) = App::ready(boot, lang);
        let mut window = Window { shop, app };
        window.run(task);
        window
    }

    fn snapshot_till(&mut self, name: &str) {
        self.snapshot_sized(name, 768.0);
    }

    /// A window `height` tall, to see a long screen whole.
    fn snapshot_sized(&mut self, name: &str, height: f32) {
        let Some(dir) = std::env::var_os("SOUK_SNAPSHOTS") else {
            return;
        };
        let path = std::path::Path::new(&dir).join(name);
        let _ = std::fs::remove_file(&path);
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

/// A shop whose till was closed last night.
fn closed_shop() -> Shop {
    let mut shop = Shop::new();
    cash::close(
        &mut shop.conn,
        &shop.clock,
        shop.cashier,
        &Counted::Total(dh("500")),
    )
    .unwrap();
    shop
}

#[test]
fn the_counter_offers_to_open_the_till_and_the_sale_goes_on() {
    let mut w = Window::open_till(closed_shop(), Lang::Fr);
    w.type_in(counter::SEARCH, "2000000000015"); // Cake au citron, 51,50
    w.step(|ui| {
        ui.click("Espèces F2").expect("the cash button");
    });
    w.type_in(counter::CASH, "100");
    assert!(w.shows("Ouvrir la caisse"), "the till is offered");
    assert!(
        souk::sale::list(&w.shop.conn, None, None)
            .unwrap()
            .is_empty()
    );
    w.snapshot_till("counter-open-till-fr.png");
    w.type_in(counter::TILL_FLOAT, "300");
    let sales = souk::sale::list(&w.shop.conn, None, None).unwrap();
    assert_eq!(sales.len(), 1, "the waiting sale was saved");
    let open = cash::current(&w.shop.conn).unwrap().unwrap();
    assert_eq!(open.float, dh("300"));
    assert_eq!(open.opened_by, "Amina");
    assert!(w.shows("Rendu 48,50\u{a0}DH"));
}

#[test]
fn the_till_closes_with_a_count_of_notes_and_coins() {
    let mut shop = Shop::new();
    shop.cash_sale(vec![shop.line("P001-0001", "1")]);
    let mut w = Window::open_till(shop, Lang::Fr);
    w.send(Message::Open(Tab::Till));
    assert!(w.shows("Attendu dans le tiroir"));
    // 551,50: 2 × 200, 1 × 100, 2 × 20, 1 × 10, 1 × 1, 1 × 0,50
    for (index, pieces) in [(0, "2"), (1, "1"), (3, "2"), (4, "1"), (7, "1"), (8, "1")] {
        w.send(Message::Till(till::Message::Pieces(index, pieces.into())));
    }
    w.snapshot_till("till-count-fr.png");
    w.send(Message::Till(till::Message::Close));
    assert!(
        cash::current(&w.shop.conn).unwrap().is_some(),
        "asked first"
    );
    w.confirm();
    assert!(cash::current(&w.shop.conn).unwrap().is_none());
    let closed = cash::last_closed(&w.shop.conn).unwrap().unwrap();
    let closing = closed.closing.unwrap();
    assert_eq!(closing.counted, dh("551.50"));
    assert_eq!(closing.difference, souk::money::Money::ZERO);
    assert_eq!(closing.count.pieces().len(), 6);
    assert!(w.shows("La caisse est fermée : le rapport Z est ci-dessous."));
}

/// What the drawer should hold now, as the core counts it.
fn expected(w: &Window) -> souk::money::Money {
    let id = cash::open_id(&w.shop.conn).unwrap().unwrap();
    cash::report(&w.shop.conn, id, utc("2026-11-29T10:00:00Z"))
        .unwrap()
        .cash
        .expected
}

#[test]
fn a_pay_out_for_paper_rolls_lowers_the_expected_cash() {
    let mut shop = Shop::new();
    shop.cash_sale(vec![shop.line("P001-0001", "1")]);
    let mut w = Window::open_till(shop, Lang::Fr);
    w.send(Message::Open(Tab::Till));
    let before = expected(&w);
    w.type_in(till::AMOUNT, "20");
    w.type_in(till::REASON, "rouleaux de papier");
    w.step(|ui| {
        ui.click("Sortie d’argent").expect("the pay-out button");
    });
    assert_eq!(expected(&w), before - dh("20"));
    let said = format!(
        "{} sortis du tiroir : rouleaux de papier.",
        dh("20").format(Lang::Fr)
    );
    assert!(w.shows(&said), "{said}");
    // The figures on screen count it: 551,50 − 20.
    assert!(w.shows(&dh("531.50").format(Lang::Fr)));
    // The drawer opened without money, by the same person, counts no money.
    w.type_in(till::REASON, "monnaie pour une cliente");
    w.step(|ui| {
        ui.click("Tiroir ouvert").expect("the drawer button");
    });
    assert_eq!(expected(&w), before - dh("20"));
    assert!(w.shows("Tiroir ouvert une fois sans vente"));
    let (user, kind): (String, String) = w
        .shop
        .conn
        .query_row(
            "SELECT u.name, m.kind FROM cash_movements m JOIN users u ON u.id = m.user_id \
             ORDER BY m.id LIMIT 1",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert_eq!((user.as_str(), kind.as_str()), ("Amina", "pay_out"));
    w.snapshot_till("till-pay-out-fr.png");
}

#[test]
fn a_pay_out_without_a_reason_is_refused_in_arabic() {
    let mut w = Window::open_till(Shop::new(), Lang::Ar);
    w.send(Message::Open(Tab::Till));
    w.send(Message::Till(till::Message::Amount("20".into())));
    w.send(Message::Till(till::Message::Move(
        cash::MovementKind::PayOut,
    )));
    let refused = souk::ui::layout::say(
        &souk::i18n::Translator::new(Lang::Ar),
        &souk::Error::ReasonRequired.msg(),
    );
    assert!(w.shows(&refused), "{refused}");
    assert_eq!(w.shop.count("cash_movements"), 0);
}

#[test]
fn the_x_report_prints_on_the_shops_printer() {
    let dir = tempfile::TempDir::new().unwrap();
    let png = dir.path().join("x.png");
    let shop = Shop::new();
    souk::settings::set(
        &shop.conn,
        souk::receipt::pending::PRINTER_SETTING,
        &format!("png:{}", png.display()),
    )
    .unwrap();
    let mut w = Window::open_till(shop, Lang::Fr);
    w.send(Message::Open(Tab::Till));
    w.step(|ui| {
        ui.click("Imprimer le rapport X").expect("the X button");
    });
    assert!(w.shows("Le rapport est imprimé."));
    let picture = std::fs::read(&png).expect("the report was printed");
    assert!(picture.starts_with(b"\x89PNG"));
    // And saved as a PDF into the folder typed.
    w.send(Message::Till(till::Message::Folder(
        dir.path().display().to_string(),
    )));
    w.send(Message::Till(till::Message::Save(
        cash::ReportKind::X,
        false,
    )));
    let saved = dir.path().join("souk-session-1-x.pdf");
    let pdf = std::fs::read(&saved).expect("the PDF");
    assert!(pdf.starts_with(b"%PDF"));
    // Saved again: the window asks before it replaces the file; "keep" keeps it.
    std::fs::write(&saved, b"mine").unwrap();
    w.send(Message::Till(till::Message::Save(
        cash::ReportKind::X,
        false,
    )));
    assert!(w.shows("Garder l’ancien"));
    w.step(|ui| {
        ui.click("Garder l’ancien").expect("the keep button");
    });
    assert_eq!(std::fs::read(&saved).unwrap(), b"mine");
    assert!(!w.shows("Garder l’ancien"));
    w.send(Message::Till(till::Message::Save(
        cash::ReportKind::X,
        false,
    )));
    w.step(|ui| {
        ui.click("Remplacer").expect("the replace button");
    });
    assert!(std::fs::read(&saved).unwrap().starts_with(b"%PDF"));
}

#[test]
fn without_a_printer_the_till_says_so() {
    let mut w = Window::open_till(Shop::new(), Lang::Fr);
    w.send(Message::Open(Tab::Till));
    w.send(Message::Till(till::Message::Print(cash::ReportKind::X)));
    assert!(
        w.shows("Aucune imprimante de tickets n’est réglée : choisissez-la dans Réglages (F8).")
    );
}

#[test]
fn the_reports_screen_reads_a_period_with_its_charts() {
    let dir = tempfile::TempDir::new().unwrap();
    let shop = Shop::new();
    let path = dir.path().join("demo.sqlite");
    let mut conn = souk::db::open(&path).unwrap();
    souk::demo::generate(
        &mut conn,
        &souk::demo::DemoOptions { months: 3, seed: 3 },
        utc("2026-11-29T12:00:00Z"),
    )
    .unwrap();
    drop(conn);
    let clock = Arc::new(FixedClock::new(utc("2026-11-29T12:00:00Z")));
    for lang in [Lang::Fr, Lang::Ar] {
        let boot = store::boot(path.clone(), clock.clone()).unwrap();
        let (app, task) = App::ready(boot, lang);
        let mut w = Window {
            shop: Shop::new(),
            app,
        };
        w.run(task);
        // The demo shop has an administrator: sign in as her (PIN 2016, as the README says).
        let admin = souk::users::find(&souk::db::open(&path).unwrap(), "admin")
            .unwrap()
            .unwrap();
        use souk::ui::screen::sign_in;
        w.send(Message::SignIn(sign_in::Message::Choose(admin)));
        w.send(Message::SignIn(sign_in::Message::Pin("2016".into())));
        w.send(Message::SignIn(sign_in::Message::Submit));
        w.send(Message::Open(Tab::Reports));
        w.send(Message::Reports(reports::Message::Preset(
            reports::Preset::LastMonth,
        )));
        let review = w
            .app
            .shell()
            .and_then(|s| s.reports())
            .and_then(|r| r.review())
            .cloned();
        let review = review.expect("the review was read");
        assert_eq!(review.period.from.to_string(), "2026-10-01");
        assert!(review.current.revenue > dh("1000"));
        assert!(review.impact.women > 0);
        if lang == Lang::Fr {
            assert!(w.shows("Femmes ayant gagné un revenu"));
            w.send(Message::Reports(reports::Message::Step(
                souk::report::By::Week,
            )));
            // The board's report goes to the page printer: here a printing folder.
            let folder = dir.path().join("à imprimer");
            let conn = souk::db::open(&path).unwrap();
            let setting = format!("folder:{}", folder.display());
            souk::settings::set(&conn, souk::pdf::print::PRINTER_SETTING, &setting).unwrap();
            w.click("Imprimer");
            let file = folder.join("souk-board-2026-10-01-2026-10-31.pdf");
            let text = common::pdf::text(&file, None);
            assert!(text.contains("2026"), "{text}");
        }
        w.snapshot_till(&format!("reports-{lang}.png"));
        w.snapshot_sized(&format!("reports-{lang}-whole.png"), 1700.0);
    }
    drop(shop);
}
