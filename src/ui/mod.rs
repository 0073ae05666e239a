//! The window (feature `gui`): translates between the core and iced, nothing more.
//!
//! `app` boots as a state machine — loading, then the open shop or a readable error;
//! `shell` holds the open shop and its one `Screen` at a time, and carries out what the
//! screens say they did; `screen` has the screens, all on one contract; `widget` the pieces
//! they share. Arabic mirrors the whole layout; the language and the last screen are kept
//! in the database's settings and come back at the next start.

pub mod already_open;
mod app;
mod icon;
pub mod layout;
pub mod paper;
pub mod places;
pub mod replace;
pub mod screen;
mod shell;
pub mod store;
pub mod theme;
pub mod widget;
pub mod worker;

use std::path::PathBuf;
use std::sync::Arc;

use crate::Error;
use crate::clock::Clock;
use crate::i18n::Lang;
use crate::settings;
use crate::users::User;
use screen::{catalogue, counter, first_run, people, sales, sign_in};
use store::{Boot, Catalog};

pub use app::App;
pub use shell::{Shell, Tab};

/// Opens the window on the database at `path`, in the language the shop chose (read
/// before anything else), else `lang`. When another window already holds the database,
/// only a small window saying so opens.
pub fn run(path: PathBuf, lang: Lang, clock: Arc<dyn Clock>) -> iced::Result {
    let lang = settings::peek(&path, settings::UI_LANG)
        .as_deref()
        .and_then(Lang::from_code)
        .unwrap_or(lang);
    // Taken and let go at once: the boot takes it again for the window's lifetime.
    if let Err(Error::AlreadyOpen { .. }) = crate::lock::take(&path) {
        return already_open::run(&path, lang);
    }
    let places = places::Places::of_user(&path);
    let mut app = iced::application(
        move || App::new(path.clone(), lang, clock.clone(), places.clone()),
        App::update,
        App::view,
    )
    .title(App::title)
    .subscription(App::subscription)
    .theme(|_: &App| theme::theme())
    .default_font(theme::FONT)
    .window(iced::window::Settings {
        // The shop's 1366×768 screen, less Windows' frame and task bar, is smaller than
        // 1366×768: the window opens maximised, filling what the screen leaves. The size
        // is the one it is made for, and what a screen without a window manager (Xvfb,
        // the real-window tests) shows. Below the minimum, the counter's cart and
        // products would no longer sit side by side.
        size: iced::Size::new(1366.0, 768.0),
        maximized: true,
        min_size: Some(iced::Size::new(1024.0, 600.0)),
        icon: icon::window_icon(),
        platform_specific: icon::platform(),
        ..iced::window::Settings::default()
    });
    for font in theme::FONTS {
        app = app.font(font);
    }
    app.run()
}

#[derive(Debug, Clone)]
pub enum Message {
    /// The database was opened and the catalogue loaded, or why not.
    Booted(Result<Boot, Error>),
    /// Switch the language (remembered).
    SetLang(Lang),
    /// Choose who is at the counter.
    SetCashier(Cashier),
    /// A setting was saved (failures only matter to the log: nothing is lost).
    SettingSaved(Result<(), Error>),
    /// A keyboard shortcut, wherever the focus is.
    Shortcut(Shortcut),
    /// Show another screen (remembered for the next start).
    Open(Tab),
    FirstRun(first_run::Message),
    Counter(counter::Message),
    Sales(sales::Message),
    Catalogue(catalogue::Message),
    Settings(screen::settings::Message),
    People(people::Message),
    Intake(screen::intake::Message),
    Till(screen::till::Message),
    Reports(screen::reports::Message),
    Statements(screen::statements::Message),
    /// The counter's products were read again after a change in the catalogue.
    CatalogReloaded(Result<Catalog, Error>),
    /// Lock the counter: the next person signs in with her PIN.
    Lock,
    /// An administrator approves the volunteer's next action with her PIN.
    Approve,
    SignIn(sign_in::Message),
    /// Time passes: lock after the idle time, back up once a day.
    Tick,
    /// The day's automatic backup was made (or was not due), or why it failed.
    BackedUp(Result<(), Error>),
    /// The people were read again after a change on the people screen.
    UsersLoaded(Result<Vec<User>, Error>),
    /// The idle time before locking was read again after the settings were saved.
    LockAfterLoaded(Result<i64, Error>),
    /// The scale's settings were read again after the settings were saved.
    ScaleLoaded(Result<Option<store::ScaleUse>, Error>),
    /// Text typed while no field had the focus.
    Stray(String),
    /// Enter pressed while no field had the focus.
    StrayEnter,
    /// Close the window (the shop could not be opened).
    Quit,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shortcut {
    Cash,
    Card,
    Transfer,
    Back,
}

/// A user as the cashier picker lists them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cashier {
    pub id: i64,
    pub name: String,
}

impl std::fmt::Display for Cashier {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.name)
    }
}
