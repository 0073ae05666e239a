//! The reports' exports land where she can see them: her Documents until she picks another
//! folder (typed or chosen in the PC's dialog), which is then remembered; a file already
//! there is replaced only after she says yes. The Documents folder is the test's own,
//! handed to the window as the program hands it the PC's.
#![cfg(feature = "gui")]
#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::common;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use common::ui::Window;
use common::{Shop, utc};
use souk::clock::FixedClock;
use souk::i18n::{Lang, Translator};
use souk::ui::places::Places;
use souk::ui::screen::reports::{self, Message as Rep};
use souk::ui::{Message, Tab};

/// The reports screen over the fixture shop, its Documents folder `documents`.
fn open(shop: Shop, documents: &Path, lang: Lang) -> Window {
    let clock = Arc::new(FixedClock::new(utc("2026-11-29T10:00:00Z")));
    let places = Places {
        documents: documents.to_path_buf(),
        removable: Vec::new(),
    };
    let mut w = Window::boot_in(shop, clock, lang, places);
    w.send(Message::Open(Tab::Reports));
    w
}

fn folder_shown(w: &Window) -> String {
    w.app
        .shell()
        .and_then(|s| s.reports())
        .map(|r| r.folder().to_owned())
        .expect("the reports screen is open")
}

/// This month's CSV, as the screen names it.
const CSV: &str = "souk-report-2026-11-01-2026-11-29.csv";

fn files(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .map(|d| {
            d.flatten()
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    names
}

#[test]
fn an_export_goes_to_her_documents_by_default_never_beside_the_database() {
    for lang in [Lang::Fr, Lang::Ar] {
        let dir = tempfile::tempdir().unwrap();
        let documents = dir.path().join("Documents");
        std::fs::create_dir_all(&documents).unwrap();
        let shop = Shop::new();
        let database_folder = shop.path().parent().unwrap().to_path_buf();
        let mut w = open(shop, &documents, lang);
        assert_eq!(folder_shown(&w), documents.display().to_string(), "{lang}");
        let tr = Translator::new(lang);
        w.click(&tr.text("ui-report-export"));
        assert!(
            documents.join(CSV).is_file(),
            "{lang}: {:?}",
            files(&documents)
        );
        let beside = files(&database_folder);
        assert!(
            beside.iter().all(|f| f.starts_with("souk.sqlite")),
            "{lang}: nothing beside the database: {beside:?}"
        );
        assert!(
            w.shows(&souk::ui::layout::say(
                &tr,
                &souk::i18n::Msg::new("ui-report-exported")
                    .arg("path", documents.join(CSV).display().to_string())
            )),
            "{lang}: the notice names the file"
        );
    }
}

#[test]
fn the_folder_she_chooses_takes_the_files_and_is_offered_again() {
    let dir = tempfile::tempdir().unwrap();
    let documents = dir.path().join("Documents");
    std::fs::create_dir_all(&documents).unwrap();
    // A folder not made yet: the export makes it, as the statements' PDFs do.
    let chosen: PathBuf = dir.path().join("clé USB").join("rapports");
    let mut w = open(Shop::new(), &documents, Lang::Fr);
    // What the PC's dialog answers, as typing the path does.
    w.send(Message::Reports(Rep::Folder(chosen.display().to_string())));
    w.click("Classeur Excel");
    let workbook = chosen.join("souk-report-2026-11-01-2026-11-29.xlsx");
    assert!(workbook.is_file(), "{:?}", files(&chosen));
    assert!(files(&documents).is_empty());
    let kept = souk::settings::get(&w.shop.conn, reports::FOLDER_SETTING).unwrap();
    assert_eq!(kept, Some(chosen.display().to_string()));
    // Back on the screen later: the same folder is offered.
    w.send(Message::Open(Tab::Counter));
    w.send(Message::Open(Tab::Reports));
    assert_eq!(folder_shown(&w), chosen.display().to_string());
    // The same export again asks before replacing; "Keep" leaves the file as it was.
    std::fs::write(&workbook, b"kept").unwrap();
    w.click("Classeur Excel");
    assert!(w.shows("Garder l’ancien"));
    w.click("Garder l’ancien");
    assert_eq!(std::fs::read(&workbook).unwrap(), b"kept");
}
