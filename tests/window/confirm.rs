//! What cannot be undone asks first, in big buttons saying the consequence: closing the
//! till, a payout, emptying the cart, voiding a sale, issuing a month. "Back" or Esc leaves
//! everything as it was; the action's button or Enter does it. Each flow in French and in
//! Arabic. `SOUK_SNAPSHOTS=dir` writes what the questions look like.
#![cfg(feature = "gui")]
#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::common;

use std::sync::Arc;

use common::ui::Window;
use common::{Shop, dh, utc};
use iced::keyboard::key::Named;
use iced_test::selector::id;
use souk::cash;
use souk::clock::FixedClock;
use souk::i18n::{Lang, Msg, Translator};
use souk::money::Money;
use souk::statement;
use souk::ui::screen::{counter, sales, statements, till};
use souk::ui::widget::confirm;
use souk::ui::{Message, Shortcut, Tab, theme};

fn open(shop: Shop, lang: Lang) -> Window {
    let clock = Arc::new(FixedClock::new(utc("2026-11-29T10:00:00Z")));
    Window::boot(shop, clock, lang)
}

fn say(lang: Lang, msg: Msg) -> String {
    souk::ui::layout::say(&Translator::new(lang), &msg)
}

fn back(w: &mut Window) {
    w.step(|ui| {
        ui.click(id(confirm::BACK))
            .expect("a question is on screen");
    });
}

fn asking(w: &mut Window) -> bool {
    let mut ui = iced_test::simulator::Simulator::with_size(
        common::ui::settings(),
        (1366.0, 768.0),
        w.app.view(),
    );
    ui.find(id(confirm::YES)).is_ok()
}

fn snapshot(w: &Window, name: &str) {
    let Some(dir) = std::env::var_os("SOUK_SNAPSHOTS") else {
        return;
    };
    let path = std::path::Path::new(&dir).join(name);
    let _ = std::fs::remove_file(&path);
    let mut ui = iced_test::simulator::Simulator::with_size(
        common::ui::settings(),
        (1366.0, 768.0),
        w.app.view(),
    );
    assert!(
        ui.snapshot(&theme::theme())
            .unwrap()
            .matches_image(&path)
            .unwrap()
    );
}

#[test]
fn closing_the_till_says_counted_expected_and_the_difference() {
    for lang in [Lang::Fr, Lang::Ar] {
        let mut shop = Shop::new();
        shop.cash_sale(vec![shop.line("P001-0001", "1")]); // 51,50
        let mut w = open(shop, lang);
        w.send(Message::Open(Tab::Till));
        // 2 × 200 + 1 × 100 + 2 × 20: 540, ten dirhams and a half short of 551,50.
        for (index, pieces) in [(0, "2"), (1, "1"), (3, "2")] {
            w.send(Message::Till(till::Message::Pieces(index, pieces.into())));
        }
        w.send(Message::Till(till::Message::Close));
        let title = say(lang, Msg::new("confirm-close-title").arg("user", "Amina"));
        assert!(w.shows(&title), "{lang}: {title}");
        let counted = say(
            lang,
            Msg::new("confirm-close-counted")
                .arg("counted", dh("540"))
                .arg("expected", dh("551.50")),
        );
        assert!(w.shows(&counted), "{lang}: {counted}");
        let difference = say(
            lang,
            Msg::new("confirm-close-difference").arg("difference", -dh("11.50")),
        );
        assert!(w.shows(&difference), "{lang}: {difference}");
        snapshot(&w, &format!("confirm-close-{lang}.png"));

        back(&mut w);
        assert!(cash::current(&w.shop.conn).unwrap().is_some(), "{lang}");
        assert!(!asking(&mut w));
        w.send(Message::Till(till::Message::Close));
        w.key(Named::Escape);
        assert!(
            cash::current(&w.shop.conn).unwrap().is_some(),
            "{lang}: Esc"
        );
        assert!(!asking(&mut w), "{lang}: Esc closes the question");

        w.send(Message::Till(till::Message::Close));
        w.key(Named::Enter);
        assert!(cash::current(&w.shop.conn).unwrap().is_none(), "{lang}");
        let closing = cash::last_closed(&w.shop.conn)
            .unwrap()
            .unwrap()
            .closing
            .unwrap();
        assert_eq!(
            closing.counted,
            dh("540"),
            "the count typed before the question"
        );
    }
}

#[test]
fn emptying_the_cart_asks_and_esc_keeps_it() {
    for lang in [Lang::Fr, Lang::Ar] {
        let mut w = open(Shop::new(), lang);
        w.type_in(counter::SEARCH, "2000000000015"); // Cake au citron, 51,50
        w.type_in(counter::SEARCH, "P001-0003"); // Msemen, 3,00
        w.click(&Translator::new(lang).text("ui-clear"));
        let what = say(
            lang,
            Msg::new("confirm-clear-what")
                .arg("count", 2_i64)
                .arg("total", dh("54.50")),
        );
        assert!(w.shows(&what), "{lang}: {what}");
        snapshot(&w, &format!("confirm-clear-{lang}.png"));
        // Esc reaches the counter from the window, as the counter's "back".
        w.send(Message::Shortcut(Shortcut::Back));
        let lines = |w: &Window| {
            w.app
                .shell()
                .unwrap()
                .counter()
                .unwrap()
                .cart()
                .lines()
                .len()
        };
        assert_eq!(lines(&w), 2, "{lang}: Esc keeps the cart");
        assert!(!asking(&mut w));
        w.click(&Translator::new(lang).text("ui-clear"));
        back(&mut w);
        assert_eq!(lines(&w), 2, "{lang}: Back keeps the cart");
        // A scanner's code typed over the question is no answer.
        w.click(&Translator::new(lang).text("ui-clear"));
        w.step(|ui| {
            ui.typewrite("2000000000015");
            ui.tap_key(Named::Enter);
        });
        assert_eq!(lines(&w), 2, "{lang}: a scan does not empty the cart");
        w.key(Named::Enter);
        assert_eq!(lines(&w), 0, "{lang}: Enter empties it");
    }
}

#[test]
fn voiding_a_sale_names_it_its_amount_and_its_reason() {
    for lang in [Lang::Fr, Lang::Ar] {
        let mut shop = Shop::new();
        shop.cash_sale(vec![shop.line("P001-0001", "1")]);
        let mut w = open(shop, lang);
        w.send(Message::Open(Tab::Sales));
        w.send(Message::Sales(sales::Message::Open("2026-000001".into())));
        w.send(Message::Sales(sales::Message::Start(sales::Fix::Void)));
        w.send(Message::Sales(sales::Message::SetReason(
            "erreur de caisse".into(),
        )));
        w.send(Message::Sales(sales::Message::Confirm));
        let title = say(
            lang,
            Msg::new("confirm-void-title").arg("number", "2026-000001"),
        );
        assert!(w.shows(&title), "{lang}: {title}");
        let what = say(
            lang,
            Msg::new("confirm-void-what").arg("total", dh("51.50")),
        );
        assert!(w.shows(&what), "{lang}: {what}");
        snapshot(&w, &format!("confirm-void-{lang}.png"));
        back(&mut w);
        assert_eq!(w.shop.count("voids"), 0, "{lang}");
        let sale = souk::sale::load(&w.shop.conn, "2026-000001").unwrap();
        assert_eq!(sale.status, souk::sale::Status::Completed);
        w.key(Named::Escape);
        w.send(Message::Sales(sales::Message::Confirm));
        assert!(w.shows(&title), "{lang}: the reason was kept");
        w.key(Named::Escape);
        assert_eq!(w.shop.count("voids"), 0, "{lang}: Esc");
        w.send(Message::Sales(sales::Message::Confirm));
        w.confirm();
        assert_eq!(w.shop.count("voids"), 1, "{lang}");
    }
}

/// The fixture shop with sales in October, the window on 29 November.
fn october() -> Shop {
    // The till opened that morning: the ledger takes events in time order only.
    let mut shop = Shop::since("2026-10-05T09:00:00Z");
    shop.clock.set(utc("2026-10-05T10:00:00Z"));
    shop.cash_sale(vec![
        shop.line("P001-0001", "2"),
        shop.line("P003-0008", "1"),
    ]);
    shop
}

#[test]
fn issuing_a_month_says_how_many_statements_freeze() {
    for lang in [Lang::Fr, Lang::Ar] {
        let mut w = open(october(), lang);
        w.send(Message::Open(Tab::Statements));
        w.send(Message::Statements(statements::Message::Issue));
        let title = say(
            lang,
            Msg::new("confirm-issue-title")
                .arg("count", 2_i64)
                .arg("month", "2026-10"),
        );
        assert!(w.shows(&title), "{lang}: {title}");
        snapshot(&w, &format!("confirm-issue-{lang}.png"));
        w.key(Named::Escape);
        assert!(!statement::is_issued(&w.shop.conn, 2026, 10).unwrap());
        w.send(Message::Statements(statements::Message::Issue));
        back(&mut w);
        assert!(!statement::is_issued(&w.shop.conn, 2026, 10).unwrap());
        w.send(Message::Statements(statements::Message::Issue));
        w.key(Named::Enter);
        assert!(
            statement::is_issued(&w.shop.conn, 2026, 10).unwrap(),
            "{lang}"
        );
    }
}

#[test]
fn a_payout_says_how_much_to_whom_and_her_balance_after() {
    for lang in [Lang::Fr, Lang::Ar] {
        let mut w = open(october(), lang);
        w.send(Message::Open(Tab::Statements));
        w.send(Message::Statements(statements::Message::Open(Some(
            "P001".into(),
        ))));
        let balance = statement::balance(&w.shop.conn, 1).unwrap();
        w.type_in(statements::AMOUNT, "40");
        let title = say(
            lang,
            Msg::new("confirm-payout-title")
                .arg("amount", dh("40"))
                .arg(
                    "name",
                    match lang {
                        Lang::Ar => "سهام الرامي · Siham Rami",
                        _ => "Siham Rami · سهام الرامي",
                    },
                ),
        );
        assert!(w.shows(&title), "{lang}: {title}");
        let after = say(
            lang,
            Msg::new("confirm-payout-balance")
                .arg("before", balance)
                .arg("after", balance - dh("40")),
        );
        assert!(w.shows(&after), "{lang}: {after}");
        snapshot(&w, &format!("confirm-payout-{lang}.png"));
        back(&mut w);
        w.key(Named::Escape);
        assert_eq!(w.shop.count("payouts"), 0, "{lang}");
        w.send(Message::Statements(statements::Message::Pay));
        w.key(Named::Escape);
        assert_eq!(w.shop.count("payouts"), 0, "{lang}: Esc");
        w.send(Message::Statements(statements::Message::Pay));
        w.confirm();
        assert_eq!(w.shop.count("payouts"), 1, "{lang}");
        assert_eq!(
            statement::balance(&w.shop.conn, 1).unwrap(),
            balance - Money::from_dirhams(40)
        );
    }
}
