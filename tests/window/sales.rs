//! The sales history driven as a volunteer drives it, on the CPU renderer, over a real
//! SQLite file: find a sale by number or product, read it as a receipt, refund a line in
//! part, void today's sale, and be refused a void without a reason. Store work runs here
//! to completion between steps, as the window's runtime would run it.
#![cfg(feature = "gui")]
#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::common;

/// The till opened in the spring: these tests record the months after it in time order.
const SPRING: &str = "2026-05-01T08:00:00Z";

use std::sync::Arc;

use chrono::Duration;
use common::{Shop, dh, utc};
use iced::Task;
use iced_test::selector::id;
use iced_test::simulator::Simulator;
use souk::clock::FixedClock;
use souk::i18n::{Lang, Msg, Translator};
use souk::money::Quantity;
use souk::sale::{self, Status};
use souk::ui::screen::Context;
use souk::ui::screen::sales::{self, Action, Message, Sales};
use souk::ui::store::{Catalog, Store};
use souk::ui::theme;

struct Screen {
    shop: Shop,
    store: Store,
    sales: Sales,
    tr: Translator,
    catalog: Catalog,
}

use common::ui::settings;

impl Screen {
    /// The shop after `ring` has rung its sales, and the screen opened on it at 11:00 on
    /// 2026-11-29 in Rabat.
    fn open(lang: Lang, ring: impl FnOnce(&mut Shop)) -> Screen {
        let mut shop = Shop::since(SPRING);
        ring(&mut shop);
        let clock = Arc::new(FixedClock::new(utc("2026-11-29T11:00:00Z")));
        let store = Store::open(&shop.path(), clock).unwrap();
        let (sales, task) = Sales::new(&store);
        let mut screen = Screen {
            shop,
            store,
            sales,
            tr: Translator::new(lang),
            catalog: Catalog::default(),
        };
        screen.run(task);
        screen
    }

    /// What the window gives the screen: the shop, the language, the cashier at the counter.
    fn ctx(&self) -> Context<'_> {
        common::ui::context(&self.store, &self.tr, &self.catalog, self.shop.cashier)
    }

    /// Runs a task as the window's runtime would and feeds back what it produces.
    fn run(&mut self, task: Task<Message>) {
        for message in common::ui::drain(task) {
            self.send(message);
        }
    }

    fn send(&mut self, message: Message) {
        let ctx = common::ui::context(&self.store, &self.tr, &self.catalog, self.shop.cashier);
        let action: Action = self.sales.update(message, &ctx);
        self.run(action.task());
    }

    /// One step at the screen: `act` clicks and types on what it shows now.
    fn step(&mut self, act: impl FnOnce(&mut Simulator<'_, Message>)) {
        let messages: Vec<Message> = {
            let mut ui =
                Simulator::with_size(settings(), (1366.0, 712.0), self.sales.view(&self.ctx()));
            act(&mut ui);
            ui.into_messages().collect()
        };
        for message in messages {
            self.send(message);
        }
    }

    /// Types into a field, then Enter.
    fn type_in(&mut self, field: &'static str, text: &str) {
        self.step(|ui| {
            ui.click(id(field)).expect("the field is on screen");
            ui.typewrite(text);
            ui.tap_key(iced::keyboard::key::Named::Enter);
        });
    }

    fn click(&mut self, what: &str) {
        self.step(|ui| {
            ui.click(what)
                .unwrap_or_else(|e| panic!("{what:?} is on screen: {e:?}"));
        });
    }

    /// Answers yes to the question on screen.
    fn confirm(&mut self) {
        self.step(|ui| {
            ui.click(id(souk::ui::widget::confirm::YES))
                .expect("a question is on screen");
        });
    }

    fn shows(&self, text: &str) -> bool {
        let mut ui =
            Simulator::with_size(settings(), (1366.0, 712.0), self.sales.view(&self.ctx()));
        ui.find(souk::ui::layout::bidi_safe(text).as_str()).is_ok()
    }

    fn say(&self, msg: Msg) -> String {
        sales::say(&self.tr, &msg)
    }

    fn shown_number(&self) -> Option<String> {
        self.sales.shown().map(|s| s.sale.number.clone())
    }
}

/// Sale 1: a cake and five msemen; sale 2: chebakia by weight; sale 3: two msemen.
fn three_sales(shop: &mut Shop) {
    let cake = shop.line("P001-0001", "1");
    let msemen = shop.line("P001-0003", "5");
    shop.cash_sale(vec![cake, msemen]);
    shop.clock.advance(Duration::minutes(10));
    let chebakia = shop.line("P001-0002", "0.350");
    shop.cash_sale(vec![chebakia]);
    shop.clock.advance(Duration::minutes(10));
    let msemen = shop.line("P001-0003", "2");
    shop.cash_sale(vec![msemen]);
}

#[test]
fn today_is_listed_at_start_newest_first() {
    let s = Screen::open(Lang::Fr, three_sales);
    let listed: Vec<_> = s
        .sales
        .results()
        .iter()
        .map(|r| r.number.as_str())
        .collect();
    assert_eq!(listed, ["2026-000003", "2026-000002", "2026-000001"]);
    assert!(s.shows("29/11/2026 10:20"), "the local time of sale 3");
    assert!(s.shows("6,00\u{a0}DH"));
    assert!(s.shows(&s.say(Msg::new("sales-ui-pick"))));
}

#[test]
fn find_a_sale_by_number_and_see_its_lines() {
    let mut s = Screen::open(Lang::Fr, three_sales);
    s.type_in(sales::NUMBER, "2");
    assert_eq!(
        s.shown_number().as_deref(),
        Some("2026-000002"),
        "one found: shown"
    );
    assert!(s.shows("Ticket 2026-000002"));
    assert!(s.shows("Chebakia (Siham)"));
    assert!(s.shows("0,350\u{a0}kg × 90,00\u{a0}DH"));
    assert!(s.shows("31,50\u{a0}DH"));
    assert!(s.shows("Caisse : Amina"));
    assert!(s.shows("Espèces"));
    // Touch another sale in the list of the day.
    s.send(Message::SetNumber(String::new()));
    s.send(Message::Search);
    s.step(|ui| {
        ui.click(id(sales::row_button("2026-000001"))).unwrap();
    });
    assert_eq!(s.shown_number().as_deref(), Some("2026-000001"));
    assert!(s.shows("Cake au citron (Siham)"));
    assert!(s.shows("5 × 3,00\u{a0}DH"));
    assert!(s.shows("66,50\u{a0}DH"));
}

#[test]
fn a_wrong_day_says_how_to_write_it() {
    let mut s = Screen::open(Lang::Fr, three_sales);
    s.step(|ui| {
        ui.click(id(sales::DAY)).unwrap();
    });
    s.send(Message::SetDay("hier".into()));
    s.send(Message::Search);
    let said = s.say(souk::Error::BadDay("hier".into()).msg());
    assert!(s.shows(&said), "{said}");
    // The receipt's own way of writing a day works too.
    s.send(Message::SetDay("29/11/2026".into()));
    s.send(Message::Search);
    assert_eq!(s.sales.results().len(), 3);
}

#[test]
fn refund_one_line_in_part_and_see_the_refund_number() {
    let mut s = Screen::open(Lang::Fr, three_sales);
    s.type_in(sales::NUMBER, "1");
    assert_eq!(s.shown_number().as_deref(), Some("2026-000001"));
    s.step(|ui| {
        ui.click(id(sales::refund_button(2)))
            .expect("the msemen line's refund button");
    });
    let asked = s.say(
        Msg::new("sales-ui-refund-line-title")
            .arg("name", "Msemen")
            .arg("left", "5"),
    );
    assert!(s.shows(&asked), "{asked}");
    assert!(s.shows("5"), "the quantity defaults to what is left");
    // Three pieces less: two to refund.
    s.step(|ui| {
        for _ in 0..3 {
            ui.click("−").unwrap();
        }
    });
    s.type_in(sales::REASON, "trop cuits");
    let refunded = s.say(
        Msg::new("sales-ui-refunded")
            .arg("number", "2026-000004")
            .arg("amount", dh("6")),
    );
    assert!(s.shows(&refunded), "{refunded}");
    assert_eq!(
        s.shown_number().as_deref(),
        Some("2026-000001"),
        "the original stays in front of the volunteer, reloaded"
    );
    assert!(s.shows(&s.say(Msg::new("sales-ui-refunded-part").arg("quantity", "2"))));
    let listed: Vec<_> = s
        .sales
        .results()
        .iter()
        .map(|r| r.number.as_str())
        .collect();
    assert_eq!(
        listed,
        ["2026-000001", "2026-000004"],
        "the list has the sale, then its refund"
    );

    let refund = sale::load(&s.shop.conn, "2026-000004").unwrap();
    assert_eq!(refund.status, Status::Refund);
    assert_eq!(refund.refund_of.as_deref(), Some("2026-000001"));
    assert_eq!(refund.reason.as_deref(), Some("trop cuits"));
    assert_eq!(refund.total, -dh("6"));
    assert_eq!(refund.lines.len(), 1);
    assert_eq!(refund.lines[0].quantity, -Quantity::pieces(2));
    let original = sale::load(&s.shop.conn, "2026-000001").unwrap();
    let left = sale::left_to_refund(&s.shop.conn, &original).unwrap();
    assert_eq!(left, [(1, Quantity::pieces(1)), (2, Quantity::pieces(3))]);

    // Refund everything that is left.
    s.click(&s.say(Msg::new("sales-ui-refund-all")));
    s.type_in(sales::REASON, "cliente mécontente");
    let all = sale::load(&s.shop.conn, "2026-000005").unwrap();
    assert_eq!(all.total, -dh("60.50"));
    assert!(
        !s.shows(&s.say(Msg::new("sales-ui-refund-all"))),
        "nothing left"
    );
    assert!(
        !s.shows("Annuler la vente"),
        "a refunded sale cannot be voided"
    );
}

#[test]
fn void_todays_sale_with_a_reason() {
    let mut s = Screen::open(Lang::Fr, three_sales);
    s.type_in(sales::NUMBER, "3");
    s.click("Annuler la vente");
    s.type_in(sales::REASON, "erreur de caisse");
    assert_eq!(s.shop.count("voids"), 0, "asked first");
    s.confirm();
    assert!(s.shows(&s.say(Msg::new("voided").arg("number", "2026-000003"))));
    assert!(s.shows("annulée"));
    assert!(s.shows("Motif\u{a0}: erreur de caisse"));
    let voided = sale::load(&s.shop.conn, "2026-000003").unwrap();
    assert_eq!(voided.status, Status::Voided);
    assert_eq!(s.shop.count("voids"), 1);
    assert!(
        !s.shows("Annuler la vente"),
        "a voided sale has no more actions"
    );
}

#[test]
fn a_void_without_a_reason_is_refused_and_nothing_is_written() {
    let mut s = Screen::open(Lang::Fr, three_sales);
    s.type_in(sales::NUMBER, "3");
    s.click("Annuler la vente");
    s.click("Confirmer l’annulation ↵");
    assert!(s.shows(&s.say(Msg::new("err-reason-required"))));
    // Spaces are no reason either.
    s.type_in(sales::REASON, "   ");
    assert!(s.shows(&s.say(Msg::new("err-reason-required"))));
    assert_eq!(s.shop.count("voids"), 0);
    assert_eq!(s.shop.count("sales"), 3);
    assert_eq!(
        sale::load(&s.shop.conn, "2026-000003").unwrap().status,
        Status::Completed
    );
    // Back: the form goes, the sale is as it was.
    s.click("Retour");
    assert!(s.shows("Annuler la vente"));
}

#[test]
fn an_old_sale_cannot_be_voided_and_the_core_says_why() {
    let mut s = Screen::open(Lang::Ar, |shop| {
        shop.clock.set(utc("2026-11-28T16:00:00Z"));
        let line = shop.line("P001-0003", "1");
        shop.cash_sale(vec![line]);
        // Yesterday's till was closed in the evening, today's opened this morning.
        shop.clock.set(utc("2026-11-28T19:00:00Z"));
        let counted = souk::cash::Counted::Total(dh("503"));
        souk::cash::close(&mut shop.conn, &shop.clock, shop.cashier, &counted).unwrap();
        shop.clock.set(utc("2026-11-29T09:00:00Z"));
        souk::cash::open(&mut shop.conn, &shop.clock, shop.cashier, dh("500")).unwrap();
    });
    assert!(s.sales.results().is_empty(), "nothing sold today");
    s.type_in(sales::NUMBER, "2026-1");
    assert_eq!(s.shown_number().as_deref(), Some("2026-000001"));
    // Only a refund is offered for yesterday's sale...
    assert!(s.shows("استرجاع الكل"));
    assert!(!s.shows("إلغاء البيع"));
    // ...and a void asked all the same (a screen left open past midnight) is refused by
    // the core, in Arabic.
    s.send(Message::Start(sales::Fix::Void));
    s.type_in(sales::REASON, "خطأ");
    s.confirm();
    let refused = s.say(
        souk::Error::Sale(souk::error::SaleError::VoidSessionClosed {
            number: "2026-000001".into(),
        })
        .msg(),
    );
    assert!(s.shows(&refused), "{refused}");
    assert_eq!(s.shop.count("voids"), 0);
}

#[test]
fn a_sale_of_yesterday_in_a_till_left_open_overnight_is_offered_the_void() {
    // The session opened yesterday is still open: the core lets the sale go, so the
    // screen offers it, although the sale is not of today.
    let mut s = Screen::open(Lang::Fr, |shop| {
        shop.clock.set(utc("2026-11-28T16:00:00Z"));
        let line = shop.line("P001-0003", "1");
        shop.cash_sale(vec![line]);
    });
    s.type_in(sales::NUMBER, "2026-1");
    assert_eq!(s.shown_number().as_deref(), Some("2026-000001"));
    assert!(s.shows("Annuler la vente"), "the void is offered");
    s.click("Annuler la vente");
    s.type_in(sales::REASON, "erreur de caisse");
    s.confirm();
    let voided = sale::load(&s.shop.conn, "2026-000001").unwrap();
    assert_eq!(voided.status, Status::Voided);
}

#[test]
fn a_sale_found_by_product_name_in_arabic() {
    let mut s = Screen::open(Lang::Ar, three_sales);
    s.type_in(sales::PRODUCT, "شباكيه");
    let listed: Vec<_> = s
        .sales
        .results()
        .iter()
        .map(|r| r.number.as_str())
        .collect();
    assert_eq!(listed, ["2026-000002"]);
    assert_eq!(s.shown_number().as_deref(), Some("2026-000002"));
    assert!(s.shows("شباكية (سهام)"));
    assert!(s.shows("0,350\u{a0}كلغ × 90,00\u{a0}درهم"));
    // In French, by words of the name on every day.
    let mut s = Screen::open(Lang::Fr, three_sales);
    s.send(Message::SetDay(String::new()));
    s.type_in(sales::PRODUCT, "msemen");
    let listed: Vec<_> = s
        .sales
        .results()
        .iter()
        .map(|r| r.number.as_str())
        .collect();
    assert_eq!(listed, ["2026-000003", "2026-000001"]);
}

#[test]
fn a_late_answer_to_an_old_search_is_dropped() {
    let mut s = Screen::open(Lang::En, three_sales);
    let before = s.sales.results().len();
    s.send(Message::Found(0, Ok(Vec::new())));
    assert_eq!(s.sales.results().len(), before);
}

/// Writes what the screen looks like to `$SOUK_SNAPSHOTS/sales-{fr,ar}.png` when that
/// variable is set, for a person to look at.
#[test]
fn snapshots() {
    let Some(dir) = std::env::var_os("SOUK_SNAPSHOTS") else {
        return;
    };
    for lang in [Lang::Fr, Lang::Ar] {
        let mut s = Screen::open(lang, three_sales);
        s.type_in(sales::NUMBER, "1");
        s.step(|ui| {
            ui.click(id(sales::refund_button(2))).unwrap();
        });
        s.step(|ui| {
            for _ in 0..3 {
                ui.click("−").unwrap();
            }
        });
        s.type_in(sales::REASON, "trop cuits");
        s.send(Message::SetNumber(String::new()));
        s.send(Message::Search);
        s.send(Message::Start(sales::Fix::RefundLine(2)));
        let path = std::path::Path::new(&dir).join(format!("sales-{lang}.png"));
        let _ = std::fs::remove_file(&path);
        let mut ui = Simulator::with_size(settings(), (1366.0, 712.0), s.sales.view(&s.ctx()));
        let snapshot = ui.snapshot(&theme::theme()).unwrap();
        assert!(snapshot.matches_image(&path).unwrap());
    }
    // A voided sale and a refund's receipt, in French.
    let mut s = Screen::open(Lang::Fr, three_sales);
    s.type_in(sales::NUMBER, "3");
    s.click("Annuler la vente");
    s.type_in(sales::REASON, "erreur de caisse");
    let path = std::path::Path::new(&dir).join("sales-voided.png");
    let _ = std::fs::remove_file(&path);
    let mut ui = Simulator::with_size(settings(), (1366.0, 712.0), s.sales.view(&s.ctx()));
    assert!(
        ui.snapshot(&theme::theme())
            .unwrap()
            .matches_image(&path)
            .unwrap()
    );
}
