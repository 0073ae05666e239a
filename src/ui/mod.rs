//! The window (feature `gui`): translates between the core and iced, nothing more.
//!
//! It boots as a state machine — loading, then ready or a readable error — and holds the
//! screens. Arabic mirrors the whole layout; the language and the last screen are kept in
//! the database's settings and come back at the next start.

pub mod already_open;
mod guard;
mod icon;
pub mod layout;
pub mod paper;
pub mod places;
pub mod replace;
pub mod screen;
pub mod store;
pub mod theme;
pub mod widget;
pub mod worker;

use std::path::PathBuf;
use std::sync::Arc;

use iced::keyboard::{self, key::Named};
use iced::widget::{button, column, container, pick_list, text};
use iced::{Element, Event, Fill, Subscription, Task};

use crate::Error;
use crate::clock::Clock;
use crate::i18n::{Lang, Translator};
use crate::settings;
use crate::users::User;
use layout::flow;
use screen::{catalogue, counter, first_run, people, sales, sign_in};
use store::{Boot, Catalog, Store};
use theme::{BOLD, Kind, LARGE, SPACE, TEXT};

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

pub enum App {
    Loading { lang: Lang },
    Ready(Box<Shell>),
    Failed { lang: Lang, error: Error },
}

/// The shop, once open.
pub struct Shell {
    store: Store,
    tr: Translator,
    catalog: Catalog,
    users: Vec<User>,
    /// Who is at the counter: chosen from a list until the shop has an administrator,
    /// signed in with her PIN from then on.
    cashier: Option<i64>,
    /// Whether the shop asks for PINs (it has an administrator).
    pins: bool,
    /// The sign-in screen (at start, after "Lock", after idle time) or an administrator's
    /// approval, shown instead of the screens.
    guard: Option<sign_in::SignIn>,
    /// The administrator who approved the volunteer's next action.
    approval: Option<User>,
    /// The last time someone touched the window, by the shop's clock.
    last_activity: chrono::DateTime<chrono::Utc>,
    /// Minutes without a touch before the window locks (setting `ui.lock_after_min`),
    /// kept here so that the tick reads no database.
    lock_after: i64,
    /// The scale the counter follows, read at start and after the settings are saved.
    scale: Option<store::ScaleUse>,
    /// The business day whose automatic backup was last seen to, and why it failed if it did.
    backup_day: Option<chrono::NaiveDate>,
    backup_problem: Option<crate::i18n::Msg>,
    /// What a restore made from the settings screen did, said until she opens a screen.
    restored: Option<crate::i18n::Msg>,
    shop_name: Option<String>,
    /// Until the shop has its first administrator, only the first-run screen shows.
    first_run: Option<first_run::FirstRun>,
    /// The counter lives as long as the window: a cart survives a look at the history.
    counter: counter::Counter,
    sales: Option<Box<sales::Sales>>,
    catalogue: Option<Box<catalogue::Catalogue>>,
    settings: Option<Box<screen::settings::Settings>>,
    people: Option<Box<people::People>>,
    intake: Option<Box<screen::intake::Intake>>,
    till: Option<Box<screen::till::Till>>,
    reports: Option<Box<screen::reports::Reports>>,
    statements: Option<Box<screen::statements::Statements>>,
    tab: Tab,
}

/// The screens the top bar switches between.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tab {
    Counter,
    Sales,
    Catalogue,
    Settings,
    People,
    Intake,
    Till,
    Reports,
    Statements,
}

impl Tab {
    fn code(self) -> &'static str {
        match self {
            Tab::Counter => "counter",
            Tab::Sales => "sales",
            Tab::Catalogue => "catalogue",
            Tab::Settings => "settings",
            Tab::People => "people",
            Tab::Intake => "intake",
            Tab::Till => "till",
            Tab::Reports => "reports",
            Tab::Statements => "statements",
        }
    }

    fn from_code(code: &str) -> Option<Tab> {
        [
            Tab::Counter,
            Tab::Sales,
            Tab::Catalogue,
            Tab::Intake,
            Tab::Till,
            Tab::Reports,
        ]
        .into_iter()
        .find(|t| t.code() == code)
    }
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

impl App {
    pub fn new(
        path: PathBuf,
        lang: Lang,
        clock: Arc<dyn Clock>,
        places: places::Places,
    ) -> (App, Task<Message>) {
        let boot = Task::perform(
            async move { store::start(path, clock, places).await },
            Message::Booted,
        );
        (App::Loading { lang }, boot)
    }

    /// The app opened on an already loaded shop: for tests and tools that render screens.
    pub fn ready(boot: Boot, lang: Lang) -> (App, Task<Message>) {
        let mut app = App::Loading { lang };
        let task = app.update(Message::Booted(Ok(boot)));
        (app, task)
    }

    pub fn lang(&self) -> Lang {
        match self {
            App::Loading { lang } | App::Failed { lang, .. } => *lang,
            App::Ready(shell) => shell.tr.lang(),
        }
    }

    pub fn title(&self) -> String {
        match self {
            App::Ready(shell) => match &shell.shop_name {
                Some(name) => format!("Souk · {name}"),
                None => "Souk".to_owned(),
            },
            _ => "Souk".to_owned(),
        }
    }

    pub fn update(&mut self, message: Message) -> Task<Message> {
        match (&mut *self, message) {
            (_, Message::Booted(Ok(boot))) => {
                let lang = boot.lang.unwrap_or(self.lang());
                let (shell, task) = Shell::open(boot, lang);
                *self = App::Ready(Box::new(shell));
                task
            }
            (_, Message::Booted(Err(error))) => {
                *self = App::Failed {
                    lang: self.lang(),
                    error,
                };
                Task::none()
            }
            (App::Failed { .. }, Message::Quit) => iced::exit(),
            (App::Ready(shell), message) => shell.update(message),
            (App::Loading { lang } | App::Failed { lang, .. }, Message::SetLang(new)) => {
                *lang = new;
                Task::none()
            }
            _ => Task::none(),
        }
    }

    pub fn view(&self) -> Element<'_, Message> {
        match self {
            App::Loading { lang } => {
                container(text(Translator::new(*lang).text("ui-loading")).size(LARGE))
                    .center(Fill)
                    .into()
            }
            App::Failed { lang, error } => failed(*lang, error),
            App::Ready(shell) => shell.view(),
        }
    }

    pub fn subscription(&self) -> Subscription<Message> {
        let keys = iced::event::listen_with(|event, status, _window| match event {
            // Keys no field took (the focus was lost to a tap): a scanner's code must still
            // land where the counter wants it.
            Event::Keyboard(keyboard::Event::KeyPressed {
                key: keyboard::Key::Named(Named::Enter),
                ..
            }) if status == iced::event::Status::Ignored => Some(Message::StrayEnter),
            Event::Keyboard(keyboard::Event::KeyPressed {
                text: Some(typed),
                modifiers,
                ..
            }) if status == iced::event::Status::Ignored
                && !modifiers.control()
                && !modifiers.alt()
                && typed.chars().all(|c| !c.is_control()) =>
            {
                Some(Message::Stray(typed.to_string()))
            }
            Event::Keyboard(keyboard::Event::KeyPressed {
                key: keyboard::Key::Named(named),
                ..
            }) => match named {
                Named::F2 => Some(Message::Shortcut(Shortcut::Cash)),
                Named::F3 => Some(Message::Shortcut(Shortcut::Card)),
                Named::F4 => Some(Message::Shortcut(Shortcut::Transfer)),
                Named::Escape => Some(Message::Shortcut(Shortcut::Back)),
                Named::F5 => Some(Message::Open(Tab::Counter)),
                Named::F6 => Some(Message::Open(Tab::Sales)),
                Named::F7 => Some(Message::Open(Tab::Catalogue)),
                Named::F8 => Some(Message::Open(Tab::Settings)),
                Named::F9 => Some(Message::Open(Tab::Intake)),
                Named::F10 => Some(Message::Open(Tab::Till)),
                Named::F11 => Some(Message::Open(Tab::Reports)),
                Named::F12 => Some(Message::Open(Tab::People)),
                _ => None,
            },
            _ => None,
        });
        let scale = match self {
            App::Ready(shell) => match &shell.scale {
                Some(scale) => Subscription::run_with(scale.spec.clone(), store::scale_readings)
                    .map(|said| Message::Counter(counter::Message::Scale(said))),
                None => Subscription::none(),
            },
            _ => Subscription::none(),
        };
        Subscription::batch([keys, Subscription::run(guard::ticks), scale])
    }

    /// The shell, when the shop is open: for tests.
    pub fn shell(&self) -> Option<&Shell> {
        match self {
            App::Ready(shell) => Some(shell),
            _ => None,
        }
    }
}

fn failed<'a>(lang: Lang, error: &Error) -> Element<'a, Message> {
    let tr = Translator::new(lang);
    let content = column![
        text(tr.text("ui-failed-title"))
            .size(theme::HUGE)
            .font(BOLD),
        text(tr.tr(&error.msg())).size(LARGE),
        text(tr.text("ui-failed-hint"))
            .size(TEXT)
            .style(theme::muted),
        button(text(tr.text("ui-already-open-close")).size(LARGE))
            .padding([10, 28])
            .style(theme::button_style(Kind::Primary))
            .on_press(Message::Quit),
    ]
    .spacing(SPACE * 2.0)
    .max_width(900)
    .align_x(layout::start(lang));
    container(content).center(Fill).padding(SPACE * 4.0).into()
}

impl Shell {
    fn open(boot: Boot, lang: Lang) -> (Shell, Task<Message>) {
        let pins = boot.pins;
        let cashier = if pins {
            None
        } else {
            boot.users.first().map(|u| u.id)
        };
        boot.store.set_acting(cashier);
        let last_activity = boot.store.now();
        let (mut counter, focus) = counter::Counter::new();
        counter.use_scale(boot.scale.as_ref().map(|s| s.confirm_with_enter));
        let first_run = boot.users.is_empty().then(first_run::FirstRun::default);
        let mut shell = Shell {
            store: boot.store,
            tr: Translator::new(lang),
            catalog: boot.catalog,
            users: boot.users,
            cashier,
            pins,
            guard: pins.then(|| sign_in::SignIn::new(sign_in::Purpose::SignIn)),
            approval: None,
            last_activity,
            lock_after: boot.lock_after,
            scale: boot.scale.clone(),
            backup_day: None,
            backup_problem: None,
            restored: None,
            shop_name: boot.shop_name,
            first_run,
            counter,
            sales: None,
            catalogue: None,
            settings: None,
            people: None,
            intake: None,
            till: None,
            reports: None,
            statements: None,
            tab: Tab::Counter,
        };
        let tab = boot
            .screen
            .as_deref()
            .and_then(Tab::from_code)
            .unwrap_or(Tab::Counter);
        let backup = shell.daily_backup();
        let task = if shell.first_run.is_some() {
            Task::none()
        } else if tab == Tab::Counter {
            focus.map(Message::Counter)
        } else {
            shell.open_tab(tab)
        };
        (shell, Task::batch([task, backup]))
    }

    fn open_tab(&mut self, tab: Tab) -> Task<Message> {
        self.tab = tab;
        let shown = match tab {
            Tab::Counter => counter::Counter::focus_search().map(Message::Counter),
            Tab::Sales => {
                // Opened fresh each time: the history is read again, today's sales first.
                let (sales, task) = sales::Sales::new(&self.store);
                self.sales = Some(Box::new(sales));
                task.map(Message::Sales)
            }
            Tab::Catalogue => {
                let (screen, task) = catalogue::Catalogue::new(&self.store);
                self.catalogue = Some(Box::new(screen));
                task.map(Message::Catalogue)
            }
            Tab::People => {
                let (screen, task) = people::People::new(&self.store);
                self.people = Some(Box::new(screen));
                task.map(Message::People)
            }
            Tab::Settings => {
                let (screen, task) = screen::settings::Settings::new(&self.store);
                self.settings = Some(Box::new(screen));
                task.map(Message::Settings)
            }
            Tab::Intake => {
                let (screen, task) = screen::intake::Intake::new(&self.store);
                self.intake = Some(Box::new(screen));
                task.map(Message::Intake)
            }
            Tab::Till => {
                let (screen, task) = screen::till::Till::new(&self.store);
                self.till = Some(Box::new(screen));
                task.map(Message::Till)
            }
            Tab::Reports => {
                let (screen, task) = screen::reports::Reports::new(&self.store);
                self.reports = Some(Box::new(screen));
                task.map(Message::Reports)
            }
            Tab::Statements => {
                let (screen, task) = screen::statements::Statements::new(&self.store);
                self.statements = Some(Box::new(screen));
                task.map(Message::Statements)
            }
        };
        let store = self.store.clone();
        let remember = Task::perform(
            async move { store::save_setting(store, settings::UI_SCREEN, tab.code().to_owned()).await },
            Message::SettingSaved,
        );
        Task::batch([shown, remember])
    }

    pub fn counter(&self) -> Option<&counter::Counter> {
        self.first_run.is_none().then_some(&self.counter)
    }

    pub fn sales(&self) -> Option<&sales::Sales> {
        self.sales.as_deref()
    }

    pub fn reports(&self) -> Option<&screen::reports::Reports> {
        self.reports.as_deref()
    }

    pub fn statements(&self) -> Option<&screen::statements::Statements> {
        self.statements.as_deref()
    }

    pub fn catalogue(&self) -> Option<&catalogue::Catalogue> {
        self.catalogue.as_deref()
    }

    pub fn settings(&self) -> Option<&screen::settings::Settings> {
        self.settings.as_deref()
    }

    pub fn intake(&self) -> Option<&screen::intake::Intake> {
        self.intake.as_deref()
    }

    /// Whether the top bar offers `tab`: a volunteer sees the screens of her work (the
    /// others would only refuse her); an administrator, or anyone before the shop has
    /// one, sees them all.
    fn shows_tab(&self, tab: Tab) -> bool {
        let volunteer = self.pins
            && self
                .users
                .iter()
                .any(|u| Some(u.id) == self.cashier && u.role == crate::users::Role::Volunteer);
        !volunteer || matches!(tab, Tab::Counter | Tab::Sales | Tab::Till | Tab::Intake)
    }

    /// Why the day's automatic backup failed, if it did.
    pub fn backup_problem(&self) -> Option<&crate::i18n::Msg> {
        self.backup_problem.as_ref()
    }

    pub fn tab(&self) -> Tab {
        self.tab
    }

    pub fn catalog(&self) -> &Catalog {
        &self.catalog
    }

    fn update(&mut self, message: Message) -> Task<Message> {
        // After a tap on anything but a text field, the field the next keys belong to (the
        // counter's search, for the scanner; her PIN when signing in) takes the focus back.
        let refocus = !matches!(
            &message,
            Message::Tick
                | Message::Counter(counter::Message::Search(_) | counter::Message::Scale(_))
                | Message::SignIn(sign_in::Message::Pin(_))
        ) && !matches!(&message, Message::Counter(m) if counter::Counter::is_typing(m));
        let task = self.route(message);
        if !refocus {
            return task;
        }
        Task::batch([task, self.focus_wanted()])
    }

    /// The focus where the next keys belong, on the counter or the sign-in screen; nothing
    /// on other screens (their fields are chosen by hand).
    fn focus_wanted(&self) -> Task<Message> {
        if let Some(guard) = &self.guard {
            return guard.focus().map(Message::SignIn);
        }
        if self.first_run.is_some() || self.tab != Tab::Counter {
            return Task::none();
        }
        counter::focus(self.counter.wanted_focus()).map(Message::Counter)
    }

    fn route(&mut self, message: Message) -> Task<Message> {
        if let Some(task) = self.guard_update(&message) {
            return task;
        }
        match message {
            Message::Lock
            | Message::Approve
            | Message::SignIn(_)
            | Message::Tick
            | Message::Quit => Task::none(),
            Message::Stray(_) | Message::StrayEnter
                if self.first_run.is_some() || self.tab != Tab::Counter =>
            {
                Task::none()
            }
            Message::Stray(keys) => self.route(Message::Counter(counter::Message::Typed(keys))),
            Message::StrayEnter => self.route(Message::Counter(counter::Message::Entered)),
            Message::BackedUp(result) => {
                self.backup_problem = result.err().map(|e| e.msg());
                Task::none()
            }
            Message::SetLang(lang) => {
                self.tr = Translator::new(lang);
                let store = self.store.clone();
                Task::perform(
                    async move {
                        store::save_setting(store, settings::UI_LANG, lang.code().to_owned()).await
                    },
                    Message::SettingSaved,
                )
            }
            Message::SetCashier(cashier) => {
                self.cashier = Some(cashier.id);
                Task::none()
            }
            Message::SettingSaved(_) | Message::Booted(_) => Task::none(),
            Message::Open(_) if self.first_run.is_some() => Task::none(),
            Message::Open(tab) => {
                self.restored = None;
                self.open_tab(tab)
            }
            Message::Shortcut(_) if self.tab != Tab::Counter || self.first_run.is_some() => {
                Task::none()
            }
            Message::Shortcut(shortcut) => {
                let message = match shortcut {
                    Shortcut::Cash => counter::Message::PayCash,
                    Shortcut::Card => counter::Message::PayRest(crate::sale::Method::Card),
                    Shortcut::Transfer => counter::Message::PayRest(crate::sale::Method::Transfer),
                    Shortcut::Back => counter::Message::Back,
                };
                self.route(Message::Counter(message))
            }
            Message::Counter(message) => {
                // The settings screen's "read the scale" answers with what the counter reads.
                if let (counter::Message::Scale(said), Some(settings), Some(scale)) =
                    (&message, &mut self.settings, &self.scale)
                {
                    settings.live_scale(&scale.spec, said);
                }
                let ctx = counter::Context {
                    lang: self.tr.lang(),
                    catalog: &self.catalog,
                    store: &self.store,
                    cashier: self.cashier,
                    approved_by: self.approval.as_ref().map(|a| a.id),
                    can_discount: true,
                };
                let used = matches!(message, counter::Message::Saved(Ok(_)));
                let task = self.counter.update(message, &ctx).map(Message::Counter);
                if used {
                    self.approval_used();
                }
                task
            }
            Message::Sales(message) => {
                let Some(sales) = &mut self.sales else {
                    return Task::none();
                };
                let used = matches!(
                    message,
                    sales::Message::Refunded(Ok(_)) | sales::Message::Voided(Ok(_))
                );
                let acting = self.approval.as_ref().map(|a| a.id).or(self.cashier);
                let action = sales.update(message, &self.store, acting);
                if used {
                    self.approval_used();
                }
                match action {
                    sales::Action::None => Task::none(),
                    sales::Action::Run(task) => task.map(Message::Sales),
                }
            }
            Message::Catalogue(message) => {
                let Some(screen) = &mut self.catalogue else {
                    return Task::none();
                };
                match screen.update(message, &self.store, self.tr.lang()) {
                    catalogue::Action::None => Task::none(),
                    catalogue::Action::Run(task) => task.map(Message::Catalogue),
                    catalogue::Action::CatalogChanged(task) => {
                        self.approval_used();
                        let store = self.store.clone();
                        let reload = Task::perform(
                            async move { store.run(move |conn, _| Catalog::load(conn)).await },
                            Message::CatalogReloaded,
                        );
                        Task::batch([task.map(Message::Catalogue), reload])
                    }
                }
            }
            Message::People(message) => {
                let Some(screen) = &mut self.people else {
                    return Task::none();
                };
                let changed = matches!(message, people::Message::Done(Ok(_)));
                let task = screen.update(message, &self.store).map(Message::People);
                if !changed {
                    return task;
                }
                self.approval_used();
                let store = self.store.clone();
                let users = Task::perform(
                    async move { store.run(|conn, _| crate::users::list(conn)).await },
                    Message::UsersLoaded,
                );
                Task::batch([task, users])
            }
            Message::Settings(screen::settings::Message::Backups(
                screen::backups::Message::Restored(Ok(done)),
            )) => self.restored(*done),
            Message::Settings(message) => {
                let Some(screen) = &mut self.settings else {
                    return Task::none();
                };
                if matches!(
                    message,
                    screen::settings::Message::Backups(screen::backups::Message::BackedUp(Ok(_)))
                ) {
                    // A backup made by hand is the day's: the failure said earlier is past.
                    self.backup_problem = None;
                }
                let saved = matches!(message, screen::settings::Message::Saved(Ok(())));
                let task = screen.update(message, &self.store).map(Message::Settings);
                if !saved {
                    return task;
                }
                self.approval_used();
                let store = self.store.clone();
                let lock_after = Task::perform(
                    async move { store.run(|conn, _| settings::lock_after(conn)).await },
                    Message::LockAfterLoaded,
                );
                let store = self.store.clone();
                let scale = Task::perform(
                    async move { store.run(|conn, _| store::ScaleUse::of_shop(conn)).await },
                    Message::ScaleLoaded,
                );
                Task::batch([task, lock_after, scale])
            }
            Message::Intake(message) => {
                let Some(screen) = &mut self.intake else {
                    return Task::none();
                };
                // An administrator's approval lets one deposit make new products, or one
                // correction through.
                let recorded = message.spends_approval();
                let acting = self.approval.as_ref().map(|a| a.id).or(self.cashier);
                let task = screen
                    .update(message, &self.store, &self.catalog, acting)
                    .map(Message::Intake);
                if !recorded {
                    return task;
                }
                self.approval_used();
                // Products made on the spot go on the counter at once.
                let store = self.store.clone();
                let reload = Task::perform(
                    async move { store.run(move |conn, _| Catalog::load(conn)).await },
                    Message::CatalogReloaded,
                );
                Task::batch([task, reload])
            }
            Message::Till(message) => match &mut self.till {
                Some(screen) => screen
                    .update(message, &self.store, self.cashier, self.tr.lang())
                    .map(Message::Till),
                None => Task::none(),
            },
            Message::Reports(message) => match &mut self.reports {
                Some(screen) => screen.update(message, &self.store).map(Message::Reports),
                None => Task::none(),
            },
            Message::Statements(message) => {
                let Some(screen) = &mut self.statements else {
                    return Task::none();
                };
                let used = matches!(
                    message,
                    screen::statements::Message::Issued(Ok(_))
                        | screen::statements::Message::Paid(Ok(_))
                );
                let task = screen.update(message, &self.store).map(Message::Statements);
                if used {
                    self.approval_used();
                }
                task
            }
            Message::CatalogReloaded(Ok(catalog)) => {
                self.catalog = catalog;
                Task::none()
            }
            // The counter keeps the products it had; the catalogue screen said what failed.
            Message::CatalogReloaded(Err(_)) => Task::none(),
            Message::UsersLoaded(Ok(users)) => {
                self.users = users;
                Task::none()
            }
            Message::LockAfterLoaded(Ok(minutes)) => {
                self.lock_after = minutes;
                Task::none()
            }
            Message::ScaleLoaded(Ok(scale)) => {
                if scale != self.scale {
                    self.counter
                        .use_scale(scale.as_ref().map(|s| s.confirm_with_enter));
                    self.scale = scale;
                }
                Task::none()
            }
            // What the window had stays: the screen that changed said what failed.
            Message::UsersLoaded(Err(_))
            | Message::LockAfterLoaded(Err(_))
            | Message::ScaleLoaded(Err(_)) => Task::none(),
            Message::FirstRun(message) => {
                let Some(first) = &mut self.first_run else {
                    return Task::none();
                };
                match first.update(message, &self.store) {
                    first_run::Action::None => Task::none(),
                    first_run::Action::Run(task) => task.map(Message::FirstRun),
                    first_run::Action::Done => {
                        let store = self.store.clone();
                        Task::perform(async move { store::restart(store).await }, Message::Booted)
                    }
                }
            }
        }
    }

    /// A backup was restored from the settings screen: the window opens again on the
    /// restored shop (its people, catalogue, settings, language), saying what was done.
    fn restored(&mut self, done: screen::backups::Restored) -> Task<Message> {
        let info = done.info;
        // Paths read left to right whole in Arabic too; isolated here, since a sentence
        // holding another one is not isolated again when shown.
        let isolated = |path: &std::path::Path| format!("\u{2066}{}\u{2069}", path.display());
        let kept = match &info.kept_aside {
            Some(path) => crate::i18n::Msg::new("restore-kept").arg("path", isolated(path)),
            None => crate::i18n::Msg::new("restore-nothing-kept"),
        };
        let said = crate::i18n::Msg::new("bk-ui-restored")
            .arg("backup", isolated(&done.backup))
            .arg("sales", info.sales)
            .arg("kept", kept);
        let lang = done.boot.lang.unwrap_or(self.tr.lang());
        let (shell, task) = Shell::open(done.boot, lang);
        *self = shell;
        self.restored = Some(said);
        task
    }

    /// The line under the top bar saying what a restore did.
    fn restored_line(&self) -> Option<Element<'_, Message>> {
        let said = self.restored.as_ref()?;
        Some(
            container(layout::at(
                text(layout::say(&self.tr, said)).size(TEXT),
                layout::start(self.tr.lang()),
            ))
            .padding([6, 16])
            .width(Fill)
            .style(theme::notice(theme::Tone::Good))
            .into(),
        )
    }

    fn view(&self) -> Element<'_, Message> {
        let counter =
            || counter::view(&self.counter, &self.catalog, &self.tr, true).map(Message::Counter);
        if let Some(guard) = &self.guard {
            let body = guard.view(&self.tr, &self.users).map(Message::SignIn);
            return column![self.header()]
                .push(self.restored_line())
                .push(body)
                .into();
        }
        let body = match (&self.first_run, self.tab) {
            (Some(first), _) => first.view(&self.tr).map(Message::FirstRun),
            (None, Tab::Counter) => counter(),
            (None, Tab::Sales) => self
                .sales
                .as_ref()
                .map_or_else(counter, |s| s.view(&self.tr).map(Message::Sales)),
            (None, Tab::Catalogue) => self
                .catalogue
                .as_ref()
                .map_or_else(counter, |s| s.view(&self.tr).map(Message::Catalogue)),
            (None, Tab::People) => self
                .people
                .as_ref()
                .map_or_else(counter, |s| s.view(&self.tr).map(Message::People)),
            (None, Tab::Settings) => self
                .settings
                .as_ref()
                .map_or_else(counter, |s| s.view(&self.tr).map(Message::Settings)),
            (None, Tab::Intake) => self.intake.as_ref().map_or_else(counter, |s| {
                s.view(&self.tr, &self.catalog.categories)
                    .map(Message::Intake)
            }),
            (None, Tab::Till) => self
                .till
                .as_ref()
                .map_or_else(counter, |s| s.view(&self.tr).map(Message::Till)),
            (None, Tab::Reports) => self
                .reports
                .as_ref()
                .map_or_else(counter, |s| s.view(&self.tr).map(Message::Reports)),
            (None, Tab::Statements) => self
                .statements
                .as_ref()
                .map_or_else(counter, |s| s.view(&self.tr).map(Message::Statements)),
        };
        let mut page = column![self.header()].push(self.restored_line());
        if let Some(problem) = &self.backup_problem {
            let said = crate::i18n::Msg::new("ui-backup-failed").arg("reason", problem.clone());
            page = page.push(
                container(layout::at(
                    text(self.tr.tr(&said)).size(TEXT),
                    layout::start(self.tr.lang()),
                ))
                .padding([6, 16])
                .width(Fill)
                .style(theme::notice(theme::Tone::Bad)),
            );
        }
        page.push(body).into()
    }

    fn header(&self) -> Element<'_, Message> {
        let lang = self.tr.lang();
        let name = self
            .shop_name
            .clone()
            .unwrap_or_else(|| self.tr.text("ui-shop"));
        let title = text(format!("Souk · {name}"))
            .size(LARGE)
            .font(BOLD)
            .color(iced::Color::WHITE);
        let cashiers: Vec<Cashier> = self
            .users
            .iter()
            .map(|u| Cashier {
                id: u.id,
                name: u.name.clone(),
            })
            .collect();
        let chosen = cashiers
            .iter()
            .find(|c| Some(c.id) == self.cashier)
            .cloned();
        let picker = flow(
            lang,
            vec![
                text(self.tr.text("ui-cashier"))
                    .size(TEXT)
                    .color(iced::Color::WHITE)
                    .into(),
                pick_list(cashiers, chosen, Message::SetCashier)
                    .text_size(TEXT)
                    .padding([6, 10])
                    .into(),
            ],
        )
        .spacing(SPACE * 0.6)
        .align_y(iced::Center);
        let languages: Vec<Element<'_, Message>> =
            [(Lang::Fr, "FR"), (Lang::Ar, "ع"), (Lang::En, "EN")]
                .into_iter()
                .map(|(l, name)| {
                    let kind = if l == lang {
                        Kind::Selected
                    } else {
                        Kind::Plain
                    };
                    button(text(name).size(TEXT))
                        .padding([6, 12])
                        .style(theme::button_style(kind))
                        .on_press(Message::SetLang(l))
                        .into()
                })
                .collect();
        let tabs: Vec<Element<'_, Message>> = if self.first_run.is_some() || self.guard.is_some() {
            Vec::new()
        } else {
            [
                (Tab::Counter, "ui-nav-counter", "F5"),
                (Tab::Sales, "sales-ui-nav", "F6"),
                (Tab::Catalogue, "cat-nav", "F7"),
                (Tab::Settings, "set-nav", "F8"),
                (Tab::Intake, "intake-ui-nav", "F9"),
                (Tab::Till, "ui-nav-till", "F10"),
                (Tab::Reports, "ui-nav-reports", "F11"),
                (Tab::People, "people-nav", "F12"),
                (Tab::Statements, "stmt-ui-nav", ""),
            ]
            .into_iter()
            .filter(|(tab, _, _)| self.shows_tab(*tab))
            .map(|(tab, name, key)| {
                let kind = if tab == self.tab {
                    Kind::Selected
                } else {
                    Kind::Plain
                };
                let label = format!("{} {key}", self.tr.text(name));
                button(text(label.trim_end().to_owned()).size(TEXT))
                    .padding([6, 10])
                    .style(theme::button_style(kind))
                    .on_press(Message::Open(tab))
                    .into()
            })
            .collect()
        };
        // Two rows: nine screens' buttons do not fit beside the name and the languages.
        let top = flow(
            lang,
            vec![
                title.into(),
                iced::widget::Space::new().width(Fill).into(),
                if self.first_run.is_some() || self.guard.is_some() {
                    iced::widget::Space::new().into()
                } else if self.pins {
                    self.signed_in_bar()
                } else {
                    picker.into()
                },
                flow(lang, languages).spacing(SPACE * 0.4).into(),
            ],
        )
        .spacing(SPACE * 2.0)
        .align_y(iced::Center);
        let mut bar = column![top].spacing(SPACE * 0.6);
        if !tabs.is_empty() {
            bar = bar.push(
                container(flow(lang, tabs).spacing(SPACE * 0.5))
                    .width(Fill)
                    .align_x(layout::start(lang)),
            );
        }
        container(bar)
            .padding([8, 16])
            .width(Fill)
            .style(theme::bar)
            .into()
    }
}
