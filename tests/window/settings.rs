//! The settings screen as an administrator meets it: every field shows the value in force,
//! saving it untouched writes nothing, saving writes only what changed, and a bad field is
//! refused in words naming it (never a setting's key), in French and in Arabic.
#![cfg(feature = "gui")]
#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::common;

use std::sync::Arc;

use common::ui::Window;
use common::{Shop, utc};
use souk::clock::FixedClock;
use souk::i18n::{Lang, Msg, Translator};
use souk::settings;
use souk::ui::screen::settings::Message as Set;
use souk::ui::{Message, Tab};

fn open(shop: Shop, lang: Lang) -> Window {
    let clock = Arc::new(FixedClock::new(utc("2026-11-29T10:00:00Z")));
    let mut w = Window::boot(shop, clock, lang);
    w.send(Message::Open(Tab::Settings));
    w
}

/// Every setting the database holds, and how long the audit trail is.
fn stored(w: &Window) -> (Vec<(String, String)>, i64) {
    let mut stmt = w
        .shop
        .conn
        .prepare("SELECT key, value FROM settings WHERE key <> 'ui.screen' ORDER BY key")
        .unwrap();
    let rows = stmt
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .collect::<Result<Vec<_>, _>>()
        .unwrap();
    (rows, w.shop.count("audit"))
}

fn shown<'a>(w: &'a Window, key: &str) -> &'a str {
    w.app
        .shell()
        .unwrap()
        .settings()
        .unwrap()
        .value(key)
        .unwrap()
}

fn say(lang: Lang, msg: Msg) -> String {
    souk::ui::layout::say(&Translator::new(lang), &msg)
}

/// A shop set up as a real one is: a printer, lines at the bottom, the wider paper.
fn set_up_shop() -> Shop {
    let shop = Shop::new();
    for (key, value) in [
        (settings::PRINTER, "none"),
        ("receipt.footer", "Merci\nشكرا"),
        (settings::PAPER_WIDTH, "80"),
        (settings::DISCOUNT_LIMIT_PCT, "15"),
    ] {
        settings::set(&shop.conn, key, value).unwrap();
    }
    shop
}

#[test]
fn saving_the_screen_untouched_changes_nothing_in_either_language() {
    for (lang, save) in [(Lang::Fr, "Enregistrer"), (Lang::Ar, "حفظ")] {
        let mut w = open(set_up_shop(), lang);
        let before = stored(&w);
        w.click(save);
        assert_eq!(stored(&w), before, "{lang}: nothing written");
        assert!(w.shows(&say(lang, Msg::new("set-unchanged"))), "{lang}");
        // The receipts still know their paper.
        assert!(souk::receipt::pending::paper(&w.shop.conn, None).is_ok());
    }
}

#[test]
fn a_fresh_shop_shows_the_values_in_force_and_saving_it_writes_nothing() {
    let mut w = open(Shop::new(), Lang::Fr);
    assert_eq!(shown(&w, settings::PAPER_WIDTH), "58");
    assert_eq!(shown(&w, settings::DISCOUNT_LIMIT_PCT), "10");
    assert_eq!(shown(&w, settings::LOCK_AFTER_MIN), "10");
    assert_eq!(shown(&w, settings::NAME_FR), "Le petit marché solidaire");
    assert_eq!(shown(&w, settings::NAME_AR), "السوق الصغير للتضامن");
    let before = stored(&w);
    w.click("Enregistrer");
    assert_eq!(stored(&w), before);
    // A sale's receipt is laid out on the 58 mm paper as before.
    assert_eq!(
        souk::receipt::pending::paper(&w.shop.conn, None).unwrap(),
        souk::receipt::Paper::Mm58
    );
}

#[test]
fn only_what_changed_is_written_and_a_bad_field_is_refused_by_its_name() {
    for lang in [Lang::Fr, Lang::Ar] {
        let mut w = open(set_up_shop(), lang);
        let (rows, audit) = stored(&w);
        assert_eq!(shown(&w, settings::DISCOUNT_LIMIT_PCT), "15");
        w.send(Message::Settings(Set::Edit(11, "150".into())));
        w.send(Message::Settings(Set::Save));
        let refused = say(
            lang,
            Msg::new("set-err-field")
                .arg("field", Msg::new("set-discount-limit"))
                .arg(
                    "reason",
                    souk::Error::Settings(souk::error::SettingsError::SettingOutOfRange {
                        value: "150".into(),
                        min: 0,
                        max: 100,
                    })
                    .msg(),
                ),
        );
        assert!(w.shows(&refused), "{lang}: {refused}");
        assert!(!refused.contains("rights."), "{refused}");
        assert_eq!(stored(&w), (rows.clone(), audit), "{lang}: nothing written");

        w.send(Message::Settings(Set::Edit(11, "20".into())));
        w.send(Message::Settings(Set::Paper(58)));
        w.send(Message::Settings(Set::Save));
        let (after, after_audit) = stored(&w);
        let changed: Vec<_> = after.iter().filter(|row| !rows.contains(row)).collect();
        assert_eq!(
            changed,
            [
                &(settings::PAPER_WIDTH.to_owned(), "58".to_owned()),
                &(settings::DISCOUNT_LIMIT_PCT.to_owned(), "20".to_owned()),
            ],
            "{lang}"
        );
        assert_eq!(after.len(), rows.len(), "{lang}: no new setting");
        assert_eq!(after_audit, audit + 2, "{lang}: one audit entry a change");
        assert!(
            w.shows(&say(lang, Msg::new("set-saved").arg("count", 2_i64))),
            "{lang}"
        );
    }
}

#[test]
fn an_empty_paper_width_left_by_an_older_souk_is_mended_by_saving() {
    let shop = Shop::new();
    settings::set(&shop.conn, settings::PAPER_WIDTH, "").unwrap();
    let mut w = open(shop, Lang::Fr);
    assert_eq!(shown(&w, settings::PAPER_WIDTH), "58");
    w.click("Enregistrer");
    assert_eq!(
        settings::get(&w.shop.conn, settings::PAPER_WIDTH)
            .unwrap()
            .as_deref(),
        Some("58")
    );
}

/// The PC's printers as the settings list them: a Windows receipt printer and the default.
fn pc_printers() -> Vec<souk::receipt::system::Queue> {
    vec![
        souk::receipt::system::Queue {
            name: "Brother HL-L2350".to_owned(),
            description: String::new(),
            is_default: true,
        },
        souk::receipt::system::Queue {
            name: "POS-80 (copie 1)".to_owned(),
            description: "USB001".to_owned(),
            is_default: false,
        },
    ]
}

#[test]
fn a_printer_of_the_pc_is_picked_for_receipts_and_pages_then_saved() {
    use souk::ui::screen::printers::Message as Pick;
    for lang in [Lang::Fr, Lang::Ar] {
        let mut w = open(set_up_shop(), lang);
        w.send(Message::Settings(Set::Printers(
            Pick::Listed(pc_printers()),
        )));
        assert!(
            w.shows("POS-80 (copie 1)"),
            "{lang}: the PC's printers are listed"
        );
        let tr = Translator::new(lang);
        assert!(w.shows(&tr.text("printers-for-receipts")), "{lang}");
        // Picked, the field shows it as typed, and nothing is saved until "Save".
        let before = stored(&w);
        w.send(Message::Settings(Set::Printers(Pick::UseForReceipts(
            "POS-80 (copie 1)".to_owned(),
        ))));
        w.send(Message::Settings(Set::Printers(Pick::UseForPages(
            "Brother HL-L2350".to_owned(),
        ))));
        assert_eq!(shown(&w, settings::PRINTER), "system:POS-80 (copie 1)");
        assert_eq!(
            shown(&w, souk::pdf::print::PRINTER_SETTING),
            "Brother HL-L2350"
        );
        assert_eq!(stored(&w), before, "{lang}: nothing written before Save");
        w.send(Message::Settings(Set::Save));
        let value = |key: &str| settings::get(&w.shop.conn, key).unwrap();
        assert_eq!(
            value(settings::PRINTER).as_deref(),
            Some("system:POS-80 (copie 1)")
        );
        assert_eq!(
            value(souk::pdf::print::PRINTER_SETTING).as_deref(),
            Some("Brother HL-L2350")
        );
        assert_eq!(
            souk::receipt::pending::printer(&w.shop.conn, None).unwrap(),
            souk::receipt::printer::PrinterSpec::System("POS-80 (copie 1)".to_owned())
        );
    }
}

#[test]
fn a_pc_without_printers_says_so_and_the_field_still_takes_any_printer() {
    use souk::ui::screen::printers::Message as Pick;
    let mut w = open(set_up_shop(), Lang::Fr);
    w.send(Message::Settings(Set::Printers(Pick::Listed(Vec::new()))));
    let tr = Translator::new(Lang::Fr);
    assert!(w.shows(&tr.text("printers-none")));
    w.send(Message::Settings(Set::Edit(0, "tcp:192.168.1.50".into())));
    w.send(Message::Settings(Set::Save));
    assert_eq!(
        settings::get(&w.shop.conn, settings::PRINTER)
            .unwrap()
            .as_deref(),
        Some("tcp:192.168.1.50")
    );
}

/// The scale: its port, speed and protocol saved (only what changed), the counter follows
/// it at once, and "read the scale" says what a real line answers.
#[cfg(unix)]
#[test]
fn the_scale_is_set_read_and_followed_by_the_counter() {
    use common::scale::{Load, Scale};
    use souk::scale::Protocol;
    use souk::ui::screen::scale_settings::Message as S;
    let scale = Scale::start(Protocol::Cas, Load::Stable(420));
    let mut w = open(Shop::new(), Lang::Fr);
    let (_, audit_before) = stored(&w);
    w.send(Message::Settings(Set::Scale(S::Port(scale.port.clone()))));
    w.send(Message::Settings(Set::Scale(S::Protocol(Protocol::Cas))));
    w.send(Message::Settings(Set::Scale(S::Read)));
    let read = format!(
        "{} 0,420\u{a0}kg",
        Translator::new(Lang::Fr).text("scale-stable")
    );
    assert!(w.shows(&read), "{read}");
    w.send(Message::Settings(Set::Save));
    let get = |w: &Window, key| settings::get(&w.shop.conn, key).unwrap();
    assert_eq!(get(&w, "scale.port"), Some(scale.port.clone()));
    assert_eq!(get(&w, "scale.protocol").as_deref(), Some("cas"));
    assert_eq!(get(&w, "scale.baud"), None, "the speed was not changed");
    assert_eq!(w.shop.count("audit"), audit_before + 2);
    let counter = w.app.shell().unwrap().counter().unwrap();
    assert_eq!(
        counter.scale_said(),
        Some(None),
        "the counter follows the scale now"
    );
    // A speed that is not one is refused by its name.
    w.send(Message::Settings(Set::Scale(S::Baud("vite".into()))));
    w.send(Message::Settings(Set::Save));
    assert_eq!(get(&w, "scale.baud"), None);
    let refused = say(
        Lang::Fr,
        Msg::new("set-err-field")
            .arg("field", Msg::new("set-scale-baud"))
            .arg("reason", Msg::new("scale-err-baud").arg("text", "vite")),
    );
    assert!(w.shows(&refused), "{refused}");
}
