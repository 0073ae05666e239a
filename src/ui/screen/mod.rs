//! One module per screen, each owning its state, its messages and its view, all on one
//! contract: `new(&Store) -> (Self, Task)`, `update(&mut self, Message, &Context) ->
//! Action<Message>`, `view(&self, &Context) -> Element`. A screen reads what the window
//! holds through the `Context` and tells the window what it did through the `Action`; the
//! window never looks inside a screen's messages to learn it.

pub mod backups;
pub mod catalogue;
pub mod counter;
pub mod first_run;
pub mod intake;
pub mod people;
pub mod printers;
pub mod reports;
pub mod sales;
pub mod scale_settings;
pub mod settings;
pub mod sign_in;
pub mod statements;
pub mod till;

use iced::Task;

use crate::i18n::{Lang, Translator};
use crate::ui::store::{Catalog, Store};
use crate::users::User;

/// What every screen reads of the window: the shop, the language, the counter's products,
/// the people, and who is acting.
#[derive(Clone, Copy)]
pub struct Context<'a> {
    pub store: &'a Store,
    pub tr: &'a Translator,
    /// The products as the counter sells them, read again after every change.
    pub catalog: &'a Catalog,
    /// The shop's people, for the sign-in screen's names.
    pub users: &'a [User],
    /// Who is at the counter.
    pub cashier: Option<i64>,
    /// The administrator whose PIN lets the volunteer's next act through.
    pub approved_by: Option<i64>,
}

impl Context<'_> {
    pub fn lang(&self) -> Lang {
        self.tr.lang()
    }

    /// Who an act is done as: the approving administrator for the one act she approved,
    /// else the person at the counter. The core checks the right of whoever it is.
    pub fn acting(&self) -> Option<i64> {
        self.approved_by.or(self.cashier)
    }
}

/// What the window must do after a screen's update.
pub enum Action<M> {
    None,
    /// Work for the runtime; its answers come back to the screen.
    Run(Task<M>),
    /// The screen changed the shop (a sale, a refund, a statement, a product, a person, a
    /// setting): an administrator's approval was for that one act and is spent, and the
    /// window reads again what `Changed` names.
    Did(Changed, Task<M>),
    /// A backup was made by hand: it is the day's, a failure said earlier is past.
    BackedUp(Task<M>),
    /// A backup replaced the shop: the window opens again on it.
    Restored(Box<backups::Restored>),
    /// The first run made the shop: the window starts again on it.
    SetUp,
    /// Someone signed in with her PIN (or approved with it).
    SignedIn(User),
    /// The screen was left without doing anything (the sign-in's "Cancel").
    Left,
}

/// What the window holds that a change in the shop makes stale.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Changed {
    /// Nothing the window holds (a sale, a refund, a statement).
    Nothing,
    /// The counter's products.
    Catalog,
    /// The people in the cashier picker and on the sign-in screen.
    People,
    /// The idle time before locking and the scale.
    Settings,
}

impl<M> Action<M> {
    /// The same action for the window, its tasks' answers wrapped by `f`.
    pub fn map<N: Send + 'static>(self, f: impl Fn(M) -> N + Send + 'static) -> Action<N>
    where
        M: Send + 'static,
    {
        match self {
            Action::None => Action::None,
            Action::Run(task) => Action::Run(task.map(f)),
            Action::Did(changed, task) => Action::Did(changed, task.map(f)),
            Action::BackedUp(task) => Action::BackedUp(task.map(f)),
            Action::Restored(done) => Action::Restored(done),
            Action::SetUp => Action::SetUp,
            Action::SignedIn(user) => Action::SignedIn(user),
            Action::Left => Action::Left,
        }
    }

    /// The task it runs, for a parent that carries nothing else out.
    pub fn task(self) -> Task<M> {
        match self {
            Action::Run(task) | Action::Did(_, task) | Action::BackedUp(task) => task,
            _ => Task::none(),
        }
    }
}

impl<M> From<Task<M>> for Action<M> {
    fn from(task: Task<M>) -> Action<M> {
        Action::Run(task)
    }
}
