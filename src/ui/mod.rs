//! The window (feature `gui`): translates between the core and iced, nothing more.
//!
//! It boots as a state machine — loading, then ready or a readable error — and holds the
//! screens. Arabic mirrors the whole layout; the language and the last screen are kept in
//! the database's settings and come back at the next start.

pub mod layout;
pub mod screen;
pub mod store;
pub mod theme;

use std::path::PathBuf;
use std::sync::Arc;

use iced::keyboard::{self, key::Named};
use iced::widget::{button, column, container, pick_list, row, text};
use iced::{Element, Event, Fill, Subscription, Task};

use crate::Error;
use crate::clock::Clock;
use crate::i18n::{Lang, Translator};
use crate::settings;
use crate::users::User;
use layout::flow;
use screen::{counter, first_run};
use store::{Boot, Catalog, Store};
use theme::{BOLD, Kind, LARGE, SPACE, TEXT};

/// Opens the window on the database at `path`.
pub fn run(path: PathBuf, lang: Lang, clock: Arc<dyn Clock>) -> iced::Result {
    let mut app = iced::application(
        move || App::new(path.clone(), lang, clock.clone()),
        App::update,
        App::view,
    )
    .title(App::title)
    .subscription(App::subscription)
    .theme(|_: &App| theme::theme())
    .default_font(theme::FONT)
    .window_size((1366.0, 768.0));
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
    cashier: Option<i64>,
    shop_name: Option<String>,
    screen: Screen,
}

pub enum Screen {
    FirstRun(first_run::FirstRun),
    Counter(Box<counter::Counter>),
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
    FirstRun(first_run::Message),
    Counter(counter::Message),
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
    pub fn new(path: PathBuf, lang: Lang, clock: Arc<dyn Clock>) -> (App, Task<Message>) {
        let boot = Task::perform(async move { store::boot(path, clock) }, Message::Booted);
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
        iced::event::listen_with(|event, _status, _window| match event {
            Event::Keyboard(keyboard::Event::KeyPressed {
                key: keyboard::Key::Named(named),
                ..
            }) => match named {
                Named::F2 => Some(Message::Shortcut(Shortcut::Cash)),
                Named::F3 => Some(Message::Shortcut(Shortcut::Card)),
                Named::F4 => Some(Message::Shortcut(Shortcut::Transfer)),
                Named::Escape => Some(Message::Shortcut(Shortcut::Back)),
                _ => None,
            },
            _ => None,
        })
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
    ]
    .spacing(SPACE * 2.0)
    .max_width(900)
    .align_x(layout::start(lang));
    container(content).center(Fill).padding(SPACE * 4.0).into()
}

impl Shell {
    fn open(boot: Boot, lang: Lang) -> (Shell, Task<Message>) {
        let cashier = boot.users.first().map(|u| u.id);
        let (screen, task) = if boot.users.is_empty() {
            (
                Screen::FirstRun(first_run::FirstRun::default()),
                Task::none(),
            )
        } else {
            let (counter, task) = counter::Counter::new();
            (
                Screen::Counter(Box::new(counter)),
                task.map(Message::Counter),
            )
        };
        let shell = Shell {
            store: boot.store,
            tr: Translator::new(lang),
            catalog: boot.catalog,
            users: boot.users,
            cashier,
            shop_name: boot.shop_name,
            screen,
        };
        (shell, task)
    }

    pub fn counter(&self) -> Option<&counter::Counter> {
        match &self.screen {
            Screen::Counter(c) => Some(c),
            Screen::FirstRun(_) => None,
        }
    }

    pub fn catalog(&self) -> &Catalog {
        &self.catalog
    }

    fn update(&mut self, message: Message) -> Task<Message> {
        match message {
            Message::SetLang(lang) => {
                self.tr = Translator::new(lang);
                let store = self.store.clone();
                Task::perform(
                    async move { store::save_setting(store, settings::UI_LANG, lang.code().to_owned()) },
                    Message::SettingSaved,
                )
            }
            Message::SetCashier(cashier) => {
                self.cashier = Some(cashier.id);
                Task::none()
            }
            Message::SettingSaved(_) | Message::Booted(_) => Task::none(),
            Message::Shortcut(shortcut) => {
                let message = match shortcut {
                    Shortcut::Cash => counter::Message::PayCash,
                    Shortcut::Card => counter::Message::PayRest(crate::sale::Method::Card),
                    Shortcut::Transfer => counter::Message::PayRest(crate::sale::Method::Transfer),
                    Shortcut::Back => counter::Message::Back,
                };
                self.update(Message::Counter(message))
            }
            Message::Counter(message) => {
                let ctx = counter::Context {
                    lang: self.tr.lang(),
                    catalog: &self.catalog,
                    store: &self.store,
                    cashier: self.cashier,
                };
                let Screen::Counter(counter) = &mut self.screen else {
                    return Task::none();
                };
                counter.update(message, &ctx).map(Message::Counter)
            }
            Message::FirstRun(message) => {
                let Screen::FirstRun(first) = &mut self.screen else {
                    return Task::none();
                };
                match first.update(message, &self.store) {
                    first_run::Action::None => Task::none(),
                    first_run::Action::Run(task) => task.map(Message::FirstRun),
                    first_run::Action::Done => {
                        let store = self.store.clone();
                        Task::perform(async move { store::reload(store) }, Message::Booted)
                    }
                }
            }
        }
    }

    fn view(&self) -> Element<'_, Message> {
        let body = match &self.screen {
            Screen::FirstRun(first) => first.view(&self.tr).map(Message::FirstRun),
            Screen::Counter(counter) => {
                counter::view(counter, &self.catalog, &self.tr).map(Message::Counter)
            }
        };
        column![self.header(), body].into()
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
        let picker = row![
            text(self.tr.text("ui-cashier"))
                .size(TEXT)
                .color(iced::Color::WHITE),
            pick_list(cashiers, chosen, Message::SetCashier)
                .text_size(TEXT)
                .padding([6, 10]),
        ]
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
        let bar = flow(
            lang,
            vec![
                title.into(),
                iced::widget::Space::new().width(Fill).into(),
                flow(lang, vec![picker.into()]).into(),
                flow(lang, languages).spacing(SPACE * 0.4).into(),
            ],
        )
        .spacing(SPACE * 2.0)
        .align_y(iced::Center);
        container(bar)
            .padding([10, 16])
            .width(Fill)
            .style(theme::bar)
            .into()
    }
}
