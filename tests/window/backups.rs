//! The settings screen's backups, as an administrator meets them: the folder set there,
//! "Back up now" writing a verified backup and naming it (or naming the folder it could not
//! make, as with a missing stick), and a restore that names what it replaces, changes
//! nothing until she says yes, then replaces the database through the core's restore and
//! opens the window again on the restored shop.
#![cfg(feature = "gui")]
#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::common;

use std::path::Path;
use std::sync::Arc;

use common::ui::Window;
use common::{Shop, utc};
use souk::clock::FixedClock;
use souk::i18n::{Lang, Msg, Translator};
use souk::ui::screen::backups::Message as Bk;
use souk::ui::screen::settings::Message as Set;
use souk::ui::{Message, Tab};

/// The settings screen scrolled down to its backups: a window this tall shows them.
const TALL: f32 = 2400.0;

fn open(shop: Shop, lang: Lang) -> Window {
    let clock = Arc::new(FixedClock::new(utc("2026-11-29T10:00:00Z")));
    let mut w = Window::boot(shop, clock, lang);
    w.send(Message::Open(Tab::Settings));
    w
}

fn backups(w: &mut Window, message: Bk) {
    w.send(Message::Settings(Set::Backups(message)));
}

fn say(lang: Lang, msg: Msg) -> String {
    souk::ui::layout::say(&Translator::new(lang), &msg)
}

fn rotating(folder: &Path) -> Vec<std::path::PathBuf> {
    souk::backup::rotating_backups(folder).unwrap_or_default()
}

#[test]
fn back_up_now_writes_a_verified_backup_into_the_folder_chosen_and_keeps_the_folder() {
    for lang in [Lang::Fr, Lang::Ar] {
        let stick = tempfile::tempdir().unwrap();
        let folder = stick.path().join("souk");
        let mut w = open(Shop::new(), lang);
        assert!(
            w.shows(&Translator::new(lang).text("bk-ui-title")),
            "{lang}"
        );
        // What the folder dialog answers, as typing does.
        backups(&mut w, Bk::Folder(folder.display().to_string()));
        w.click_down(&Translator::new(lang).text("bk-ui-now"), TALL);
        let written = rotating(&folder);
        assert_eq!(written.len(), 1, "{lang}: {written:?}");
        let (_, sales) = souk::backup::verify(&written[0]).unwrap();
        assert_eq!(sales, w.shop.count("sales"));
        let info_size = std::fs::metadata(&written[0]).unwrap().len();
        let done = Msg::new("backup-done")
            .arg("path", written[0].display().to_string())
            .arg("size", info_size.to_string())
            .arg("version", i64::from(souk::db::schema_version()))
            .arg("sales", sales);
        assert!(w.shows(&say(lang, done)), "{lang}: the backup is named");
        // The folder is the daily backup's now, set as an audited change.
        let set = souk::settings::get(&w.shop.conn, souk::backup::FOLDER).unwrap();
        assert_eq!(set, Some(folder.display().to_string()), "{lang}");
        // Saving the screen afterwards has nothing left to write.
        let changes = w.app.shell().unwrap().settings().unwrap().changes();
        assert!(changes.is_empty(), "{lang}: {changes:?}");
    }
}

#[test]
fn a_folder_that_cannot_be_made_is_named_and_nothing_is_written() {
    let dir = tempfile::tempdir().unwrap();
    // A stick pulled out, its place taken by a file: the folder cannot be made there.
    let gone = dir.path().join("STICK");
    std::fs::write(&gone, b"").unwrap();
    let folder = gone.join("souk");
    let mut w = open(Shop::new(), Lang::Fr);
    backups(&mut w, Bk::Folder(folder.display().to_string()));
    w.click_down("Sauvegarder maintenant", TALL);
    let screen = w.app.shell().unwrap().settings().unwrap();
    assert!(!screen.backups().busy());
    // Named as the core names it: the folder, and what the PC said.
    let said = std::fs::create_dir_all(&folder).unwrap_err();
    let refused = souk::Error::Folder {
        path: folder.clone(),
        source: Arc::new(said),
    };
    assert!(w.shows(&say(Lang::Fr, refused.msg())));
    assert!(rotating(dir.path()).is_empty());
}

#[test]
fn a_restore_asks_first_then_replaces_the_database_and_opens_the_restored_shop() {
    for lang in [Lang::Fr, Lang::Ar] {
        let tr = Translator::new(lang);
        let mut shop = Shop::new();
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("souk-2026-11-28-180000.sqlite");
        let before = souk::backup::backup_to(&shop.conn, &file).unwrap();
        // A sale after the backup: the restore takes the shop back before it.
        let line = shop.line("P001-0001", "1");
        shop.cash_sale(vec![line]);
        let sales_now = shop.count("sales");
        assert_eq!(sales_now, before.sales + 1);
        let mut w = open(shop, lang);
        backups(&mut w, Bk::File(file.display().to_string()));
        w.click_down(&tr.text("bk-ui-restore"), TALL);
        let question = Msg::new("bk-ui-question")
            .arg("backup", format!("\u{2066}{}\u{2069}", file.display()))
            .arg("sales", before.sales);
        assert!(
            w.shows(&say(lang, question)),
            "{lang}: the question names the backup"
        );
        // "Keep" changes nothing.
        w.click_down(&tr.text("bk-ui-keep"), TALL);
        assert_eq!(w.shop.count("sales"), sales_now, "{lang}");
        // Asked again, and yes.
        w.click_down(&tr.text("bk-ui-restore"), TALL);
        w.click_down(&tr.text("bk-ui-replace"), TALL);
        assert_eq!(w.shop.count("sales"), before.sales, "{lang}: restored");
        let folder = w.shop.path().parent().unwrap().to_path_buf();
        let aside: Vec<_> = std::fs::read_dir(&folder)
            .unwrap()
            .flatten()
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .filter(|n| n.contains(".before-restore-"))
            .collect();
        assert_eq!(
            aside.len(),
            1,
            "{lang}: the database replaced is kept: {aside:?}"
        );
        let (_, kept_sales) = souk::backup::verify(&folder.join(&aside[0])).unwrap();
        assert_eq!(kept_sales, sales_now, "{lang}");
        let restored: i64 = w
            .shop
            .conn
            .query_row(
                "SELECT count(*) FROM audit WHERE action = 'restored'",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(restored, 1, "{lang}: the restore is in the audit trail");
        // The window opened again on the restored shop, saying what was done.
        let isolated = |p: &Path| format!("\u{2066}{}\u{2069}", p.display());
        let said = Msg::new("bk-ui-restored")
            .arg("backup", isolated(&file))
            .arg("sales", before.sales)
            .arg(
                "kept",
                Msg::new("restore-kept").arg("path", isolated(&folder.join(&aside[0]))),
            );
        assert!(w.shows(&say(lang, said)), "{lang}: the restore is said");
        // And the window works on the restored database: what it writes lands there.
        assert!(
            !w.app.shell().unwrap().catalog().products.is_empty(),
            "{lang}"
        );
        w.send(Message::Open(Tab::Reports));
        let screen = souk::settings::get(&w.shop.conn, souk::settings::UI_SCREEN).unwrap();
        assert_eq!(screen.as_deref(), Some("reports"), "{lang}");
    }
}

#[test]
fn a_file_that_is_not_a_backup_is_refused_before_anything_is_asked() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("notes.sqlite");
    std::fs::write(&file, b"not a database at all, just some words").unwrap();
    let mut w = open(Shop::new(), Lang::Fr);
    let sales = w.shop.count("sales");
    backups(&mut w, Bk::File(file.display().to_string()));
    w.click_down("Restaurer…", TALL);
    assert!(
        w.app
            .shell()
            .unwrap()
            .settings()
            .unwrap()
            .backups()
            .confirming()
            .is_none()
    );
    let refused =
        souk::Error::Backup(souk::error::BackupError::NotASoukDatabase { path: file.clone() })
            .msg();
    assert!(w.shows(&say(Lang::Fr, refused)));
    assert_eq!(w.shop.count("sales"), sales);
}
