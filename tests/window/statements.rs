//! The statements screen driven as an administrator would at the start of November: she
//! sees October's producers and their shares, opens one, issues the month, pays her and
//! writes the PDFs into a folder; a volunteer is not offered the screen.
#![cfg(feature = "gui")]
#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::common;

/// The till opened in the spring: these tests record the months after it in time order.
const SPRING: &str = "2026-05-01T08:00:00Z";

use std::sync::Arc;

use common::{Shop, utc};
use iced_test::selector::id;
use souk::clock::FixedClock;
use souk::i18n::{Lang, Msg, Translator};
use souk::money::Money;
use souk::statement;
use souk::ui::screen::statements;
use souk::ui::{App, Message, Tab, store};
use souk::users::{self, Role};

use common::ui::Window;

impl Window {
    /// The fixture shop with sales in October 2026, Amina (volunteer, 1111) and Rachida
    /// (administrator, 2016); the window's clock on 29 November.
    fn open_statements() -> Window {
        let shop = october_shop();
        let clock = Arc::new(FixedClock::new(utc("2026-11-29T10:00:00Z")));
        let (app, task) = App::ready(store::boot(shop.path(), clock).unwrap(), Lang::Fr);
        let mut window = Window { shop, app };
        window.run(task);
        window
    }
}

/// The fixture shop with sales in October 2026, Amina (volunteer, 1111) and Rachida
/// (administrator, 2016).
fn october_shop() -> Shop {
    let mut shop = Shop::since(SPRING);
    let rachida = users::add(&shop.conn, "Rachida", Role::Admin).unwrap().id;
    users::change_pin(&mut shop.conn, &shop.clock, rachida, rachida, "2016").unwrap();
    let amina = shop.cashier;
    users::change_pin(&mut shop.conn, &shop.clock, rachida, amina, "1111").unwrap();
    shop.clock.set(utc("2026-10-05T10:00:00Z"));
    shop.cash_sale(vec![
        shop.line("P001-0001", "2"),
        shop.line("P003-0008", "1"),
    ]);
    shop.clock.set(utc("2026-10-20T15:00:00Z"));
    shop.cash_sale(vec![shop.line("P001-0003", "1")]);
    shop
}

/// A folder field she emptied: the PDFs go to her Documents (the window's own Places),
/// never into the program's working folder, where nobody would look for them.
#[test]
fn an_emptied_folder_field_writes_into_her_documents() {
    let shop = october_shop();
    let documents = shop.dir.path().join("Documents");
    std::fs::create_dir_all(&documents).unwrap();
    let places = souk::ui::places::Places {
        documents: documents.clone(),
        removable: Vec::new(),
    };
    let clock = Arc::new(FixedClock::new(utc("2026-11-29T10:00:00Z")));
    let mut w = Window::boot_in(shop, clock, Lang::Fr, places);
    w.sign_in("Rachida", "2016");
    w.click(&fr_text("stmt-ui-nav"));
    w.send(Message::Statements(statements::Message::Folder(
        "  ".into(),
    )));
    let here = std::env::current_dir().unwrap().join("2026-10-all.pdf");
    w.click(&fr_text("stmt-ui-write-all"));
    let stray = here.exists();
    let _ = std::fs::remove_file(&here);
    assert!(!stray, "written into the working folder");
    let path = documents.join("2026-10-all.pdf");
    assert!(path.exists(), "{}", path.display());
}

fn fr(msg: &Msg) -> String {
    Translator::new(Lang::Fr).tr(msg)
}

fn fr_text(id: &'static str) -> String {
    Translator::new(Lang::Fr).text(id)
}

#[test]
fn an_administrator_issues_october_pays_siham_and_writes_the_pdfs() {
    let mut w = Window::open_statements();
    w.sign_in("Rachida", "2016");
    assert!(
        w.shows(&fr_text("stmt-ui-nav")),
        "an administrator is offered the screen"
    );
    w.click(&fr_text("stmt-ui-nav"));
    let shell = w.app.shell().unwrap();
    assert_eq!(shell.tab(), Tab::Statements);
    let screen = shell.statements().expect("the screen is open");
    assert_eq!(screen.month(), "2026-10", "last month by default");
    let siham = statement::statement(&w.shop.conn, "P001", 2026, 10).unwrap();
    assert!(siham.net > Money::ZERO);
    assert!(
        w.shows(&siham.net.format_number(Lang::Fr)),
        "her net is in the table"
    );
    assert!(
        w.shows(&siham.gross.format_number(Lang::Fr)),
        "her gross too"
    );

    // Her lines.
    w.click("Siham Rami · P001");
    let title = Msg::new("stmt-title")
        .arg("name", "Siham Rami")
        .arg("code", "P001")
        .arg("month", "2026-10");
    assert!(w.shows(&fr(&title)));
    let before = statement::balance(&w.shop.conn, siham.producer_id).unwrap();
    assert!(w.shows(&fr(&Msg::new("stmt-ui-balance-now").arg("amount", before))));

    // Issuing asks first, then numbers the month.
    w.click(&fr_text("stmt-ui-issue"));
    assert!(
        !statement::is_issued(&w.shop.conn, 2026, 10).unwrap(),
        "nothing before yes"
    );
    w.confirm();
    assert!(statement::is_issued(&w.shop.conn, 2026, 10).unwrap());
    let issued = Msg::new("stmt-issued")
        .arg("count", 2usize)
        .arg("month", "2026-10");
    assert!(w.shows(&fr(&issued)), "{}", fr(&issued));
    assert!(w.shows(&fr(&Msg::new("stmt-number").arg("number", "R-2026-10-001"))));
    assert!(
        !w.shows(&fr_text("stmt-ui-issue")),
        "an issued month is not offered again"
    );

    // A payout beyond her balance is refused, in French, and nothing is paid.
    let too_much = before + Money::from_dirhams(1);
    w.type_in(statements::AMOUNT, &too_much.plain());
    w.confirm();
    let refused = Msg::new("stmt-ui-payout-exceeds")
        .arg("producer", "P001")
        .arg("balance", before);
    let said = fr(&refused);
    assert!(w.shows(&said), "{said}");
    assert_eq!(w.shop.count("payouts"), 0);

    // A payout within it: her balance goes down.
    w.step(|ui| {
        ui.click(id(statements::AMOUNT)).unwrap();
        for _ in 0..12 {
            ui.tap_key(iced::keyboard::key::Named::Backspace);
        }
    });
    w.type_in(statements::AMOUNT, "40");
    w.confirm();
    let after = before - Money::from_dirhams(40);
    assert_eq!(
        statement::balance(&w.shop.conn, siham.producer_id).unwrap(),
        after
    );
    assert!(w.shows(&fr(&Msg::new("stmt-ui-balance-now").arg("amount", after))));

    // The PDFs, into a folder typed in the field.
    let dir = w.shop.dir.path().join("papiers");
    w.send(Message::Statements(statements::Message::Folder(
        dir.display().to_string(),
    )));
    for (button, file) in [
        ("stmt-ui-write-hers", "2026-10-P001.pdf"),
        ("stmt-ui-write-all", "2026-10-all.pdf"),
    ] {
        w.click(&fr_text(button));
        let path = dir.join(file);
        assert!(path.exists(), "{}", path.display());
        let said = fr(&Msg::new("stmt-ui-written").arg("path", path.display().to_string()));
        assert!(w.shows(&said), "{said}");
        let text = common::pdf::text(&path, None);
        assert!(text.contains("Siham Rami"), "{text}");
    }
    // Her slip opened by itself after the payout; saved from there.
    let screen = w.app.shell().unwrap().statements().unwrap();
    assert!(
        screen
            .previewing()
            .is_some_and(|(title, _, _)| title.starts_with("versement-P001"))
    );
    w.click(&fr_text("stmt-ui-save-pdf"));
    let slip = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.to_string_lossy().contains("versement-P001"))
        .expect("the payout slip was written");
    let text = common::pdf::text(&slip, None);
    assert!(text.contains("Siham Rami"), "{text}");
}

#[test]
fn a_volunteer_is_not_offered_the_statements() {
    let mut w = Window::open_statements();
    w.sign_in("Amina", "1111");
    assert!(!w.shows(&fr_text("stmt-ui-nav")));
    // Opened anyway, the core refuses her payouts.
    w.send(Message::Open(Tab::Statements));
    w.click("Siham Rami · P001");
    w.type_in(statements::AMOUNT, "10");
    w.confirm();
    assert_eq!(w.shop.count("payouts"), 0);
    let refused = souk::Error::Users(souk::error::UsersError::NotAllowed {
        user: "Amina".into(),
        right: souk::users::Right::Payout,
    });
    let said = fr(&refused.msg());
    assert!(w.shows(&said), "her refusal is shown: {said}");
}

#[test]
fn an_administrator_sees_her_statement_prints_it_and_opens_her_page() {
    let mut w = Window::open_statements();
    let printed = w.shop.dir.path().join("à imprimer");
    let receipt = w.shop.dir.path().join("ticket.png");
    souk::settings::set(
        &w.shop.conn,
        souk::pdf::print::PRINTER_SETTING,
        &format!("folder:{}", printed.display()),
    )
    .unwrap();
    souk::settings::set(
        &w.shop.conn,
        "receipt.printer",
        &format!("png:{}", receipt.display()),
    )
    .unwrap();
    w.sign_in("Rachida", "2016");
    w.click(&fr_text("stmt-ui-nav"));
    w.click("Siham Rami · P001");

    // The preview: her statement's page, as it prints.
    w.click(&fr_text("stmt-ui-preview"));
    let screen = w.app.shell().unwrap().statements().unwrap();
    assert_eq!(screen.previewing(), Some(("2026-10-P001", 0, 1)));
    // Named in words over the page; the file keeps its short name.
    let heading = Msg::new("stmt-title")
        .arg("name", "Siham Rami")
        .arg("code", "P001")
        .arg("month", "2026-10");
    assert!(w.shows(&fr(&heading)), "{}", fr(&heading));

    // Printed from there: the printing folder receives her statement.
    w.click(&fr_text("stmt-ui-print"));
    let file = printed.join("2026-10-P001.pdf");
    let text = common::pdf::text(&file, None);
    assert!(
        text.contains("Siham Rami") && text.contains("BROUILLON"),
        "{text}"
    );
    assert_eq!(
        common::pdf::page_size(&file),
        "419.528 x 595.276",
        "A5 unless told"
    );
    w.click("A4");
    w.click(&fr_text("stmt-ui-print"));
    assert_eq!(common::pdf::page_size(&file), "595.276 x 841.89");
    assert_eq!(
        souk::settings::get(&w.shop.conn, "statements.paper")
            .unwrap()
            .as_deref(),
        Some("a4"),
        "the shop's paper is remembered"
    );
    let said = fr(&Msg::new("pages-written")
        .arg("title", "2026-10-P001")
        .arg("path", file.display().to_string()));
    assert!(w.shows(&said), "{said}");
    w.click(&fr_text("stmt-ui-close"));
    assert_eq!(
        w.app.shell().unwrap().statements().unwrap().previewing(),
        None
    );

    // A payout: its slip opens by itself, and prints on the receipt printer.
    w.type_in(statements::AMOUNT, "25");
    w.confirm();
    let screen = w.app.shell().unwrap().statements().unwrap();
    let (title, _, pages) = screen.previewing().expect("the slip is shown");
    assert!(
        title.starts_with("versement-P001-") && pages == 1,
        "{title}"
    );
    w.click(&fr_text("stmt-ui-slip-ticket"));
    assert!(w.shows(&fr_text("stmt-ui-ticket-printed")));
    let ticket = image::open(&receipt).unwrap().to_luma8();
    assert!(ticket.height() > 900, "{}", ticket.height());

    // Her page: her balance today, her months; a month opens its statement.
    w.click(&fr_text("stmt-ui-her-page"));
    let balance = statement::balance(&w.shop.conn, 1).unwrap();
    let history = statement::history(&w.shop.conn, "P001").unwrap();
    assert_eq!(history.balance, balance);
    assert_eq!(
        w.app.shell().unwrap().statements().unwrap().her_page(),
        Some(&history)
    );
    assert!(w.shows(&fr(&Msg::new("hist-balance").arg("amount", balance))));
    assert!(
        w.shows(&fr(&Msg::new("stmt-payout-line")
            .arg("day", "2026-11-29")
            .arg("amount", Money::from_dirhams(25))
            .arg("method", Msg::new("method-cash"))))
    );
    // An earlier payout's slip, seen again from her page; closing it comes back to her page.
    w.click(&fr_text("hist-slip"));
    let screen = w.app.shell().unwrap().statements().unwrap();
    assert!(
        screen
            .previewing()
            .is_some_and(|(t, _, _)| t.starts_with("versement-P001-"))
    );
    w.click(&fr_text("stmt-ui-close"));
    let screen = w.app.shell().unwrap().statements().unwrap();
    assert!(screen.previewing().is_none() && screen.her_page().is_some());
    assert!(w.shows(&fr_text("hist-draft")), "November is not issued");
    w.click("2026-11");
    let screen = w.app.shell().unwrap().statements().unwrap();
    assert_eq!(screen.month(), "2026-11");
    assert!(screen.her_page().is_none());
    let title = Msg::new("stmt-title")
        .arg("name", "Siham Rami")
        .arg("code", "P001")
        .arg("month", "2026-11");
    assert!(w.shows(&fr(&title)), "her November is opened");
}

#[test]
fn a_late_drawing_never_covers_another_producer_and_her_page_follows_a_payout() {
    let mut w = Window::open_statements();
    w.sign_in("Rachida", "2016");
    w.click(&fr_text("stmt-ui-nav"));
    w.click("Siham Rami · P001");
    // Siham's pages come back after the administrator moved on to Latifa: dropped, or
    // "Print" would send Latifa's statement under Siham's preview.
    w.click("Latifa Bennani · P003");
    w.send(Message::Statements(statements::Message::Drawn(Ok((
        0,
        "2026-10-P001".into(),
        Vec::new(),
        None,
    )))));
    let screen = w.app.shell().unwrap().statements().unwrap();
    assert_eq!(screen.previewing(), None);

    // Her page open, a payout: her balance today on it follows at once.
    w.click(&fr_text("stmt-ui-her-page"));
    let before = w
        .app
        .shell()
        .unwrap()
        .statements()
        .unwrap()
        .her_page()
        .unwrap()
        .balance;
    w.type_in(statements::AMOUNT, "10");
    w.confirm();
    let screen = w.app.shell().unwrap().statements().unwrap();
    let after = screen.her_page().expect("her page stays").balance;
    assert_eq!(after, before - Money::from_dirhams(10));
    assert!(
        screen.previewing().is_some(),
        "the slip shows over her page"
    );
}
