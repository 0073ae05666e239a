//! The first day of a shop: its name asked in Arabic and in French (the receipt's two
//! lines), products imported before producers refused in one sentence saying what to do,
//! and an empty counter saying where the catalogue is made. In French and in Arabic.
#![cfg(feature = "gui")]
#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::common;

use std::sync::Arc;

use common::{fixture, utc};
use souk::clock::FixedClock;
use souk::i18n::{Lang, Translator};
use souk::receipt::ShopInfo;
use souk::ui::screen::first_run::Message as First;
use souk::ui::{App, Message, store};

struct Window {
    _dir: tempfile::TempDir,
    path: std::path::PathBuf,
    app: App,
}

impl Window {
    /// The window on a new, empty database.
    fn new(lang: Lang, prepare: impl FnOnce(&rusqlite::Connection)) -> Window {
        let dir = tempfile::TempDir::new().unwrap();
        let path = dir.path().join("new.sqlite");
        prepare(&souk::db::open(&path).unwrap());
        let clock = Arc::new(FixedClock::new(utc("2026-11-29T10:00:00Z")));
        let (app, task) = App::ready(store::boot(path.clone(), clock).unwrap(), lang);
        let mut w = Window {
            _dir: dir,
            path,
            app,
        };
        w.run(task);
        w
    }

    fn run(&mut self, task: iced::Task<Message>) {
        for message in common::ui::drain(task) {
            let task = self.app.update(message);
            self.run(task);
        }
    }

    fn send(&mut self, message: Message) {
        let task = self.app.update(message);
        self.run(task);
    }

    fn shows(&self, text: &str) -> bool {
        let mut ui = iced_test::simulator::Simulator::with_size(
            common::ui::settings(),
            (1366.0, 768.0),
            self.app.view(),
        );
        ui.find(text).is_ok()
    }
}

#[test]
fn the_first_start_asks_the_shops_name_in_arabic_and_in_french() {
    for lang in [Lang::Fr, Lang::Ar] {
        let mut w = Window::new(lang, |_| {});
        let tr = Translator::new(lang);
        assert!(w.shows(&tr.text("ui-first-name-ar")), "{lang}");
        assert!(w.shows(&tr.text("ui-first-name-fr")), "{lang}");
        for message in [
            First::ShopNameAr("السوق الصغير لحي يوسفية".into()),
            First::ShopName("Le petit marché de Youssoufia".into()),
            First::Admin("Fatima".into()),
            First::Pin("2016".into()),
            First::Create,
        ] {
            w.send(Message::FirstRun(message));
        }
        let conn = souk::db::open(&w.path).unwrap();
        let shop = ShopInfo::load(&conn).unwrap();
        assert_eq!(shop.name_ar, "السوق الصغير لحي يوسفية", "{lang}");
        assert_eq!(shop.name_fr, "Le petit marché de Youssoufia", "{lang}");
        assert_eq!(w.app.title(), "Souk · Le petit marché de Youssoufia");
    }
}

#[test]
fn one_name_is_enough_and_the_other_line_keeps_its_default() {
    let mut w = Window::new(Lang::Ar, |_| {});
    for message in [
        First::ShopNameAr("سوق الحي".into()),
        First::Admin("Fatima".into()),
        First::Pin("2016".into()),
        First::Create,
    ] {
        w.send(Message::FirstRun(message));
    }
    let conn = souk::db::open(&w.path).unwrap();
    let shop = ShopInfo::load(&conn).unwrap();
    assert_eq!(shop.name_ar, "سوق الحي");
    assert_eq!(shop.name_fr, souk::receipt::layout::DEFAULT_NAME_FR);
}

#[test]
fn products_before_producers_are_refused_in_one_sentence() {
    let dir = tempfile::TempDir::new().unwrap();
    let mut conn = souk::db::open(&dir.path().join("s.sqlite")).unwrap();
    let products = std::fs::read(fixture("products.csv")).unwrap();
    let error =
        souk::catalog::import::import_products(&mut conn, &products, utc("2026-11-01T08:00:00Z"))
            .unwrap_err();
    assert!(
        matches!(
            error,
            souk::Error::Catalog(souk::error::CatalogError::ProducersFirst { lines: 110 })
        ),
        "{error:?}"
    );
    for (lang, words) in [(Lang::Fr, "productrices"), (Lang::Ar, "النساء المنتِجات")]
    {
        let said = Translator::new(lang).tr(&error.msg());
        assert!(said.contains("110") && said.contains(words), "{said}");
    }
    let count: i64 = conn
        .query_row("SELECT count(*) FROM products", [], |r| r.get(0))
        .unwrap();
    assert_eq!(count, 0);
    // Producers first, then the same file goes in.
    souk::catalog::import::import_producers(
        &mut conn,
        &std::fs::read(fixture("producers.csv")).unwrap(),
    )
    .unwrap();
    souk::catalog::import::import_products(&mut conn, &products, utc("2026-11-01T08:00:00Z"))
        .unwrap();
}

#[test]
fn an_empty_counter_says_where_the_catalogue_is_made() {
    for lang in [Lang::Fr, Lang::Ar] {
        let w = Window::new(lang, |conn| {
            souk::users::add(conn, "Amina", souk::users::Role::Volunteer).unwrap();
        });
        assert!(w.app.shell().unwrap().counter().is_some(), "{lang}");
        let hint = souk::ui::layout::bidi_safe(&Translator::new(lang).text("ui-empty-catalogue"));
        assert!(w.shows(&hint), "{lang}: {hint}");
    }
}
