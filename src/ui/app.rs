//! The window's life: loading the shop off the UI thread, then the open shop (`Shell`) or
//! a readable error with a "Close" button; the keyboard's shortcuts and the ticks and
//! scale readings the window listens to.

use std::path::PathBuf;
use std::sync::Arc;

use iced::keyboard::{self, key::Named};
use iced::widget::{button, column, container, text};
use iced::{Element, Event, Fill, Subscription, Task};

use super::screen::counter;
use super::shell::{self, Shell, Tab};
use super::store::{self, Boot};
use super::theme::{self, BOLD, Kind, LARGE, SPACE, TEXT};
use super::{Message, Shortcut, layout, places};
use crate::Error;
use crate::clock::Clock;
use crate::i18n::{Lang, Translator};

pub enum App {
    Loading { lang: Lang },
    Ready(Box<Shell>),
    Failed { lang: Lang, error: Error },
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
            App::Ready(shell) => shell.lang(),
        }
    }

    pub fn title(&self) -> String {
        match self {
            App::Ready(shell) => shell.title(),
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
            App::Ready(shell) => match shell.scale() {
                Some(scale) => Subscription::run_with(scale.spec.clone(), store::scale_readings)
                    .map(|said| Message::Counter(counter::Message::Scale(said))),
                None => Subscription::none(),
            },
            _ => Subscription::none(),
        };
        Subscription::batch([keys, Subscription::run(shell::ticks), scale])
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
