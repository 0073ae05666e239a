//! Which screen the window shows: the `Tab`s of the top bar, one `Screen` enum holding
//! the screen on show, its opening and its view. The counter itself lives in the shell
//! (a cart survives a look at the history); `Screen::Counter` only says it is on show.

use iced::{Element, Task};

use super::Message;
use crate::ui::screen::{
    self, Context, catalogue, first_run, intake, people, reports, sales, statements, till,
};
use crate::ui::store::Store;

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
    pub(super) fn code(self) -> &'static str {
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

    /// The screen remembered from the last start: only those a volunteer may open
    /// come back by themselves.
    pub(super) fn from_code(code: &str) -> Option<Tab> {
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

/// One screen of the window, with its state.
pub enum Screen {
    /// Until the shop has its first administrator, only the first-run screen shows.
    FirstRun(first_run::FirstRun),
    Counter,
    Sales(Box<sales::Sales>),
    Catalogue(Box<catalogue::Catalogue>),
    Settings(Box<screen::settings::Settings>),
    People(Box<people::People>),
    Intake(Box<intake::Intake>),
    Till(Box<till::Till>),
    Reports(Box<reports::Reports>),
    Statements(Box<statements::Statements>),
}

impl Screen {
    /// The screen `tab` opened fresh (the history read again, today's sales first), and
    /// the task that loads it.
    pub fn open(tab: Tab, store: &Store) -> (Screen, Task<Message>) {
        fn boxed<S, M: Send + 'static>(
            (screen, task): (S, Task<M>),
            wrap: fn(Box<S>) -> Screen,
            message: fn(M) -> Message,
        ) -> (Screen, Task<Message>) {
            (wrap(Box::new(screen)), task.map(message))
        }
        match tab {
            Tab::Counter => (
                Screen::Counter,
                screen::counter::Counter::focus_search().map(Message::Counter),
            ),
            Tab::Sales => boxed(sales::Sales::new(store), Screen::Sales, Message::Sales),
            Tab::Catalogue => boxed(
                catalogue::Catalogue::new(store),
                Screen::Catalogue,
                Message::Catalogue,
            ),
            Tab::Settings => boxed(
                screen::settings::Settings::new(store),
                Screen::Settings,
                Message::Settings,
            ),
            Tab::People => boxed(people::People::new(store), Screen::People, Message::People),
            Tab::Intake => boxed(intake::Intake::new(store), Screen::Intake, Message::Intake),
            Tab::Till => boxed(till::Till::new(store), Screen::Till, Message::Till),
            Tab::Reports => boxed(
                reports::Reports::new(store),
                Screen::Reports,
                Message::Reports,
            ),
            Tab::Statements => boxed(
                statements::Statements::new(store),
                Screen::Statements,
                Message::Statements,
            ),
        }
    }

    /// The tab lit in the top bar (the first run shows none; it stands on the counter).
    pub fn tab(&self) -> Tab {
        match self {
            Screen::FirstRun(_) | Screen::Counter => Tab::Counter,
            Screen::Sales(_) => Tab::Sales,
            Screen::Catalogue(_) => Tab::Catalogue,
            Screen::Settings(_) => Tab::Settings,
            Screen::People(_) => Tab::People,
            Screen::Intake(_) => Tab::Intake,
            Screen::Till(_) => Tab::Till,
            Screen::Reports(_) => Tab::Reports,
            Screen::Statements(_) => Tab::Statements,
        }
    }

    /// The screen's view; the counter's is the shell's, given as `counter`.
    pub fn view<'a>(
        &'a self,
        ctx: &Context<'a>,
        counter: &'a screen::counter::Counter,
    ) -> Element<'a, Message> {
        match self {
            Screen::FirstRun(s) => s.view(ctx).map(Message::FirstRun),
            Screen::Counter => counter.view(ctx).map(Message::Counter),
            Screen::Sales(s) => s.view(ctx).map(Message::Sales),
            Screen::Catalogue(s) => s.view(ctx).map(Message::Catalogue),
            Screen::Settings(s) => s.view(ctx).map(Message::Settings),
            Screen::People(s) => s.view(ctx).map(Message::People),
            Screen::Intake(s) => s.view(ctx).map(Message::Intake),
            Screen::Till(s) => s.view(ctx).map(Message::Till),
            Screen::Reports(s) => s.view(ctx).map(Message::Reports),
            Screen::Statements(s) => s.view(ctx).map(Message::Statements),
        }
    }
}

/// The screen on show, and the last one she left of every other tab: answers to what
/// those asked (a save, an import, a restore) may still be on their way when she switches,
/// as many times as she likes, and what they did in the shop must still reach the window.
/// At most one screen a tab is kept, as many as the top bar has.
pub struct Screens {
    pub shown: Screen,
    left: Vec<Screen>,
}

impl Screens {
    pub fn new(shown: Screen) -> Screens {
        Screens {
            shown,
            left: Vec::new(),
        }
    }

    pub fn show(&mut self, screen: Screen) {
        let left = std::mem::replace(&mut self.shown, screen);
        if !matches!(left, Screen::Counter | Screen::FirstRun(_)) {
            let tab = left.tab();
            self.left.retain(|s| s.tab() != tab);
            self.left.push(left);
        }
    }

    pub fn first_run(&self) -> bool {
        matches!(self.shown, Screen::FirstRun(_))
    }

    /// The screen of `tab`: on show, else the last one of it she left.
    pub fn get(&self, tab: Tab) -> Option<&Screen> {
        std::iter::once(&self.shown)
            .chain(self.left.iter())
            .find(|s| s.tab() == tab && !matches!(s, Screen::FirstRun(_)))
    }

    pub fn get_mut(&mut self, tab: Tab) -> Option<&mut Screen> {
        if self.shown.tab() == tab && !matches!(self.shown, Screen::FirstRun(_)) {
            return Some(&mut self.shown);
        }
        self.left.iter_mut().find(|s| s.tab() == tab)
    }
}
