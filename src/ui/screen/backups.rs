//! The settings screen's "Backups" section, for administrators: the folder of the daily
//! backup (a USB stick's, typically) with the PC's folder dialog, "Back up now", and
//! "Restore from a backup…" with a file dialog and a question naming what is replaced.
//!
//! Backups run on a connection of their own on a worker thread (a slow stick never holds
//! the window nor the next sale). A restore is the core's ([`crate::backup::restore`]: the
//! backup verified, the current database kept aside, nothing replaced on a refusal), made
//! while the window's own connection is closed (no connection of the window reads the file
//! while it is replaced or set aside), after which the window's connection is opened again
//! and the whole window is read again from the restored database: its people, its
//! catalogue, its settings. Every step is checked by the core as the person signed in.

use std::path::{Path, PathBuf};

use iced::widget::{column, container};
use iced::{Element, Fill, Task};

use crate::Error;
use crate::backup::{self, BackupInfo, RestoreInfo};
use crate::i18n::{Msg, Translator};
use crate::ui::layout::{at, flow, say, start};
use crate::ui::screen::Action;
use crate::ui::store::{self, Boot, Store};
use crate::ui::theme::{self, Kind, LARGE, SPACE, TEXT, Tone};
use crate::ui::widget::pick::{self, Ask};
use crate::ui::widget::{self, notice, title};
use crate::users::Right;

/// The ids of the section's fields.
pub const FOLDER: &str = "backup-folder";
pub const FILE: &str = "backup-restore-file";

#[derive(Debug, Default)]
pub struct Backups {
    /// The backup folder as the field shows it, and as the database holds it.
    folder: String,
    stored: String,
    /// The backup file to restore, as typed or chosen.
    file: String,
    notice: Option<(Tone, Msg)>,
    busy: bool,
    /// A backup checked and waiting for her yes before it replaces the database.
    confirming: Option<Checked>,
}

/// A backup file the core verified: where it is and what it holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Checked {
    pub path: PathBuf,
    pub sales: i64,
}

/// A restore done: what the core said, and the window read again from the restored file.
#[derive(Debug, Clone)]
pub struct Restored {
    pub info: RestoreInfo,
    pub backup: PathBuf,
    pub boot: Boot,
}

#[derive(Debug, Clone)]
pub enum Message {
    /// The backup folder was read (none set: empty).
    Loaded(Result<Option<String>, Error>),
    Folder(String),
    /// Open the PC's folder dialog, titled so.
    BrowseFolder(String),
    /// Write a backup into the folder shown (set as the backup folder if it changed).
    BackUpNow,
    BackedUp(Result<BackupInfo, Error>),
    File(String),
    /// Open the PC's file dialog for a backup, titled so, for files of that kind.
    BrowseFile(String, String),
    /// Check the backup file and ask before restoring it.
    Restore,
    Checked(Result<Checked, Error>),
    /// Keep the current database: nothing restored.
    KeepCurrent,
    /// Yes: replace the database with the checked backup.
    ConfirmRestore,
    /// The restore was made and the window read again, or why not.
    Restored(Result<Box<Restored>, Error>),
}

/// The backup folder set in the shop's settings, as the field shows it.
pub fn read(conn: &rusqlite::Connection) -> Result<Option<String>, Error> {
    crate::settings::get(conn, backup::FOLDER)
}

impl Backups {
    /// Whether the section waits for the disk (the screen's buttons wait with it).
    pub fn busy(&self) -> bool {
        self.busy
    }

    /// The backup folder as the field shows it.
    pub fn folder(&self) -> &str {
        &self.folder
    }

    /// The backup waiting for a yes, if any.
    pub fn confirming(&self) -> Option<&Checked> {
        self.confirming.as_ref()
    }

    /// The settings the screen's "Save" writes for this section: the folder, made absolute
    /// so that it does not depend on where Souk was started.
    pub fn changes(&self) -> Vec<(&'static str, String)> {
        let typed = self.folder.trim();
        if typed == self.stored.trim() {
            return Vec::new();
        }
        vec![(backup::FOLDER, absolute(typed))]
    }

    /// Forgets what was said: the screen says something newer.
    pub fn quiet(&mut self) {
        self.notice = None;
    }

    /// After the screen saved: what is shown is what is stored.
    pub fn saved(&mut self) {
        self.stored = self.folder.clone();
    }

    pub fn update(&mut self, message: Message, store: &Store) -> Action<Message> {
        match message {
            Message::Loaded(Ok(folder)) => {
                self.folder = folder.unwrap_or_default();
                self.stored = self.folder.clone();
            }
            Message::Loaded(Err(error))
            | Message::BackedUp(Err(error))
            | Message::Checked(Err(error))
            | Message::Restored(Err(error)) => {
                self.busy = false;
                self.confirming = None;
                self.notice = Some((Tone::Bad, error.msg()));
            }
            Message::Folder(text) => self.folder = text,
            Message::BrowseFolder(title) => {
                let near = match self.folder.trim() {
                    "" => store.places().backup_start().display().to_string(),
                    typed => typed.to_owned(),
                };
                return pick::open(Ask::Folder, title, &near, Message::Folder).into();
            }
            Message::BackUpNow => return self.back_up(store).into(),
            Message::BackedUp(Ok(info)) => {
                self.busy = false;
                self.stored = self.folder.clone();
                self.notice = Some((Tone::Good, done(&info)));
                return Action::BackedUp(Task::none());
            }
            Message::File(text) => {
                self.file = text;
                self.confirming = None;
            }
            Message::BrowseFile(title, kind) => {
                let near = match (self.file.trim(), self.folder.trim()) {
                    ("", "") => store.places().backup_start().display().to_string(),
                    ("", folder) => folder.to_owned(),
                    (file, _) => file.to_owned(),
                };
                let ask = Ask::File {
                    kind,
                    extensions: &["sqlite"],
                };
                return pick::open(ask, title, &near, Message::File).into();
            }
            Message::Restore => {
                let path = PathBuf::from(self.file.trim());
                if path.as_os_str().is_empty() || self.busy {
                    return Action::None;
                }
                self.busy = true;
                self.notice = None;
                return Task::perform(check(path), Message::Checked).into();
            }
            Message::Checked(Ok(checked)) => {
                self.busy = false;
                self.confirming = Some(checked);
            }
            Message::KeepCurrent => self.confirming = None,
            Message::ConfirmRestore => {
                let Some(checked) = self.confirming.take() else {
                    return Action::None;
                };
                self.busy = true;
                self.notice = Some((Tone::Info, Msg::new("bk-ui-restoring")));
                let store = store.clone();
                return Task::perform(
                    async move { restore(store, checked.path).await.map(Box::new) },
                    Message::Restored,
                )
                .into();
            }
            // The window opens the restored shop in place of this screen.
            Message::Restored(Ok(done)) => {
                self.busy = false;
                return Action::Restored(done);
            }
        }
        Action::None
    }

    fn back_up(&mut self, store: &Store) -> Task<Message> {
        if self.busy {
            return Task::none();
        }
        let typed = self.folder.trim();
        if typed.is_empty() {
            self.notice = Some((Tone::Bad, Msg::new("bk-ui-no-folder")));
            return Task::none();
        }
        let folder = PathBuf::from(absolute(typed));
        let changed = typed != self.stored.trim();
        self.busy = true;
        self.notice = Some((Tone::Info, Msg::new("bk-ui-working")));
        let store = store.clone();
        Task::perform(back_up(store, folder, changed), Message::BackedUp)
    }

    pub fn view<'a>(&'a self, tr: &'a Translator) -> Element<'a, Message> {
        let lang = tr.lang();
        let ready = !self.busy;
        let label = |id: &'static str| widget::side_label(tr.text(id), lang);
        let input = |placeholder: String, value: &'a str, id: &'static str| {
            widget::input(&placeholder, value, lang).id(id).width(520)
        };
        let action = |id: &'static str, message: Message| -> Element<'a, Message> {
            widget::pill(tr.text(id), Kind::Tile, ready.then_some(message))
                .padding([8, 16])
                .into()
        };
        let folder = flow(
            lang,
            vec![
                label("set-backup-folder"),
                pick::field(
                    lang,
                    tr,
                    input(tr.text("bk-ui-folder-hint"), &self.folder, FOLDER)
                        .on_input(Message::Folder),
                    ready.then(|| Message::BrowseFolder(tr.text("pick-title-folder"))),
                ),
                action("bk-ui-now", Message::BackUpNow),
            ],
        )
        .spacing(SPACE)
        .align_y(iced::Center);
        let file = flow(
            lang,
            vec![
                label("bk-ui-restore-file"),
                pick::field(
                    lang,
                    tr,
                    input(tr.text("bk-ui-file-hint"), &self.file, FILE)
                        .on_input(Message::File)
                        .on_submit(Message::Restore),
                    ready.then(|| {
                        Message::BrowseFile(tr.text("bk-ui-pick-title"), tr.text("bk-ui-pick-kind"))
                    }),
                ),
                action("bk-ui-restore", Message::Restore),
            ],
        )
        .spacing(SPACE)
        .align_y(iced::Center);
        let section = column![
            title(tr.text("bk-ui-title"), LARGE, lang),
            widget::hint(tr.text("bk-ui-about"), TEXT, lang),
            // Each row from the reading side, so that the labels stand one under the other
            // in Arabic too (a row is as wide as its buttons).
            at(folder, start(lang)),
            at(file, start(lang)),
        ]
        .spacing(SPACE);
        container(section)
            .padding(SPACE)
            .width(Fill)
            .style(theme::panel)
            .into()
    }

    /// The question before a restore and what the last action came to: shown by the
    /// screen under its scrolling fields, in sight whatever was scrolled to.
    pub fn said<'a>(&'a self, tr: &'a Translator) -> Option<Element<'a, Message>> {
        let lang = tr.lang();
        let mut said = column![].spacing(SPACE);
        if let Some(checked) = &self.confirming {
            said = said.push(question(tr, checked));
        }
        if let Some((tone, msg)) = &self.notice {
            said = said.push(notice(*tone, say(tr, msg), lang).padding(10));
        }
        (self.confirming.is_some() || self.notice.is_some()).then(|| said.into())
    }
}

/// What replacing the database means, asked before it is done.
fn question<'a>(tr: &Translator, checked: &Checked) -> Element<'a, Message> {
    let asked = Msg::new("bk-ui-question")
        .arg("backup", crate::ui::replace::isolated(&checked.path))
        .arg("sales", checked.sales);
    crate::ui::replace::two_answers(
        tr,
        &asked,
        ("bk-ui-keep", Message::KeepCurrent),
        ("bk-ui-replace", Message::ConfirmRestore),
    )
}

/// The backup written, as the command line says it.
fn done(info: &BackupInfo) -> Msg {
    Msg::new("backup-done")
        .arg("path", info.path.display().to_string())
        .arg("size", info.size.to_string())
        .arg("version", i64::from(info.schema_version))
        .arg("sales", info.sales)
}

/// A typed folder made absolute (a relative one would depend on where Souk was started).
fn absolute(typed: &str) -> String {
    let path = Path::new(typed);
    std::path::absolute(path)
        .unwrap_or_else(|_| path.to_path_buf())
        .display()
        .to_string()
}

/// Sets the folder when it changed (audited, as the person signed in), then writes a
/// rotating backup there on a connection of its own.
async fn back_up(store: Store, folder: PathBuf, changed: bool) -> Result<BackupInfo, Error> {
    let by = store.acting()?;
    if changed {
        let set = folder.clone();
        store
            .run(move |conn, clock| backup::configure_as(conn, clock, by, &set, None))
            .await?;
    }
    store
        .run_apart(move |conn, clock| {
            crate::users::rights::require(conn, by, Right::Backup)?;
            let keep = backup::configured(conn)?.map_or(backup::DEFAULT_KEEP, |(_, keep)| keep);
            backup::backup_rotating(conn, &folder, keep, clock)
        })
        .await
}

/// Verifies a backup file before anything is asked, off the window's thread.
async fn check(path: PathBuf) -> Result<Checked, Error> {
    crate::ui::worker::blocking(move || {
        let (_, sales) = backup::verify(&path)?;
        Ok(Checked { path, sales })
    })
    .await?
}

/// Replaces the database with `backup` through the core's restore, the window's connection
/// closed meanwhile, then reads the whole window again from the restored database.
async fn restore(store: Store, backup: PathBuf) -> Result<Restored, Error> {
    let by = store.acting()?;
    let current = store.path().to_path_buf();
    let from = backup.clone();
    let info = store
        .run(move |conn, clock| {
            // Who may restore is asked of the database as it is before the restore.
            let user = crate::users::rights::require(conn, by, Right::Restore)?;
            // Holding the window's connection keeps every other task of the window waiting
            // until the end; closing it lets the core set the file aside (renamed whole,
            // when damaged) and replace it with no connection of the window on it.
            let placeholder = rusqlite::Connection::open_in_memory()?;
            let live = std::mem::replace(conn, placeholder);
            if let Err((live, e)) = live.close() {
                *conn = live;
                return Err(Error::open(&current, e));
            }
            let restored = backup::restore(&current, &from, clock);
            // Whatever came of it, the window works on the database file again: the
            // restored one, or the one left untouched by a refusal.
            *conn = crate::db::open(&current)?;
            let info = restored?;
            let file = from.display().to_string();
            let after = serde_json::json!({ "by": user.name, "sales": info.sales });
            crate::audit::record(
                conn,
                clock.now(),
                &crate::audit::Record {
                    // Her id was read from the database replaced: her name says who.
                    user: None,
                    operator: None,
                    action: crate::audit::Action::Restored,
                    subject: &file,
                    before: None,
                    after: Some(after),
                },
            )?;
            Ok(info)
        })
        .await?;
    let boot = store::restart(store).await?;
    Ok(Restored { info, backup, boot })
}
