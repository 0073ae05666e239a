//! The audit trail in words a volunteer reads: a changed setting named by its label (never
//! `receipt.width`), amounts as the language writes them (`51,50 DH`, never `51.50`), and
//! the fields of a refund in French and Arabic (never `refund`).
#![cfg(feature = "gui")]
#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::common;

use std::sync::Arc;

use common::ui::Window;
use common::{Shop, utc};
use iced_test::selector::Candidate;
use iced_test::simulator::Simulator;
use souk::clock::FixedClock;
use souk::i18n::{Lang, Translator};
use souk::ui::{Message, Tab};
use souk::users::{self, Role};

/// Every text the window shows now.
fn texts(w: &Window) -> Vec<String> {
    let mut ui = Simulator::with_size(common::ui::settings(), (1366.0, 2400.0), w.app.view());
    let mut found = Vec::new();
    let _ = ui.find(|c: Candidate<'_>| {
        if let Candidate::Text { content, .. } = c {
            found.push(content.to_owned());
        }
        None::<()>
    });
    found
}

#[test]
fn the_trail_names_settings_and_writes_amounts_as_people_read_them() {
    for lang in [Lang::Fr, Lang::Ar] {
        let mut shop = Shop::new();
        let rachida = users::add(&shop.conn, "Rachida", Role::Admin).unwrap().id;
        users::change_pin(&mut shop.conn, &shop.clock, rachida, rachida, "2016").unwrap();
        let amina = shop.cashier;
        users::change_pin(&mut shop.conn, &shop.clock, rachida, amina, "1111").unwrap();
        souk::settings::change(&mut shop.conn, &shop.clock, rachida, "receipt.width", "80")
            .unwrap();
        let sale = shop.cash_sale(vec![shop.line("P001-0001", "1")]);
        let refund = souk::sale::RefundRequest {
            number: sale.number.clone(),
            line: None,
            reason: "abîmé".into(),
            user_id: Some(rachida),
            method: None,
        };
        souk::sale::refund(&mut shop.conn, &shop.clock, &refund).unwrap();
        let producers = std::fs::read(common::fixture("producers.csv")).unwrap();
        souk::catalog::import::import_producers_as(
            &mut shop.conn,
            rachida,
            utc("2026-11-29T10:30:00Z"),
            &producers,
        )
        .unwrap();
        let clock = Arc::new(FixedClock::new(utc("2026-11-29T11:00:00Z")));
        let mut w = Window::boot(shop, clock, lang);
        w.sign_in("Rachida", "2016");
        w.send(Message::Open(Tab::People));
        let shown = texts(&w).join("\n");
        let tr = Translator::new(lang);
        assert!(shown.contains(&tr.text("set-width")), "{lang}: {shown}");
        for raw in [
            "receipt.width",
            "51.50",
            "refund",
            "balance_before",
            "producers",
        ] {
            assert!(!shown.contains(raw), "{lang} shows {raw}: {shown}");
        }
        let amount =
            souk::ui::layout::bidi_safe(&souk::money::Money::from_centimes(-5150).format(lang));
        assert!(shown.contains(&amount), "{lang}: {amount} in {shown}");
        assert!(shown.contains(&tr.text("audit-field-refund")), "{lang}");
    }
}
