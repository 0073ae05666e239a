//! Who is at the counter: signing in with a PIN, locking (by hand or after idle time), and
//! an administrator's approval of one action. The core checks every right itself; the
//! window keeps the store's acting user in step so that what it asks is done as the right
//! person.

use std::time::Duration;

use iced::Task;

use super::{Shell, Tab};
use crate::ui::Message;
use crate::ui::screen::sign_in::{self, Purpose, SignIn};
use crate::ui::screen::{Action, Context, counter};

/// A tick every few seconds from a plain thread: the window's executor has no timer.
pub fn ticks() -> iced::futures::channel::mpsc::UnboundedReceiver<Message> {
    let (sender, receiver) = iced::futures::channel::mpsc::unbounded();
    std::thread::spawn(move || {
        while sender.unbounded_send(Message::Tick).is_ok() {
            std::thread::sleep(Duration::from_secs(15));
        }
    });
    receiver
}

impl Shell {
    /// Handles what concerns signing in; `None` lets `update` go on with the message.
    pub(super) fn guard_update(&mut self, message: &Message) -> Option<Task<Message>> {
        // The scale talking is not someone at the counter.
        if !matches!(
            message,
            Message::Tick | Message::SettingSaved(_) | Message::Counter(counter::Message::Scale(_))
        ) {
            self.last_activity = self.store.now();
        }
        match message {
            Message::Tick => {
                if self.pins && self.guard.is_none() && self.idle_too_long() {
                    self.lock();
                }
                Some(self.daily_backup())
            }
            Message::Lock => {
                self.lock();
                Some(Task::none())
            }
            Message::Approve => {
                self.guard = Some(SignIn::new(Purpose::Approve));
                Some(Task::none())
            }
            Message::SignIn(message) => Some(self.sign_in(message.clone())),
            // Her PIN typed before the field had the focus still counts.
            Message::Stray(keys) if self.guard.is_some() => {
                Some(self.sign_in(sign_in::Message::Typed(keys.clone())))
            }
            Message::StrayEnter if self.guard.is_some() => {
                Some(self.sign_in(sign_in::Message::Submit))
            }
            // Nothing but the sign-in screen answers the keyboard while it shows.
            Message::Shortcut(_) | Message::Open(_) | Message::SetCashier(_)
                if self.guard.is_some() =>
            {
                Some(Task::none())
            }
            _ => None,
        }
    }

    /// The day's backup into the backup folder, once per business day, off the UI thread.
    pub(super) fn daily_backup(&mut self) -> Task<Message> {
        let today = crate::clock::business_day(self.store.now());
        if self.backup_day == Some(today) {
            return Task::none();
        }
        self.backup_day = Some(today);
        let store = self.store.clone();
        Task::perform(
            // On a connection of its own: a slow stick must not hold the next sale.
            async move {
                store
                    .run_apart(|conn, clock| crate::backup::daily(conn, clock).map(|_| ()))
                    .await
            },
            Message::BackedUp,
        )
    }

    fn idle_too_long(&self) -> bool {
        self.store.now() - self.last_activity > chrono::Duration::minutes(self.lock_after)
    }

    /// Hides everything behind the sign-in screen; the cart stays as it was.
    pub(super) fn lock(&mut self) {
        self.cashier = None;
        self.approval = None;
        self.store.set_acting(None);
        self.guard = Some(SignIn::new(Purpose::SignIn));
    }

    /// The approval was used by one action: the volunteer acts as herself again.
    pub(super) fn approval_used(&mut self) {
        if self.approval.take().is_some() {
            self.store.set_acting(self.cashier);
        }
    }

    fn sign_in(&mut self, message: sign_in::Message) -> Task<Message> {
        let ctx = context!(self);
        let Some(guard) = &mut self.guard else {
            return Task::none();
        };
        match guard.update(message, &ctx).map(Message::SignIn) {
            Action::Left => {
                self.guard = None;
                Task::none()
            }
            Action::SignedIn(user) => {
                match guard.purpose() {
                    Purpose::SignIn => {
                        self.cashier = Some(user.id);
                        self.store.set_acting(Some(user.id));
                    }
                    Purpose::Approve => {
                        self.store.set_acting(Some(user.id));
                        self.approval = Some(user);
                    }
                }
                self.guard = None;
                self.focus_current()
            }
            action => self.carry_out(action),
        }
    }

    fn focus_current(&mut self) -> Task<Message> {
        // The screen left open (or remembered from the last start) may be one she is not
        // offered: she starts at the counter instead of inside an administrator's form.
        if !self.shows_tab(self.tab()) {
            return self.open_tab(Tab::Counter);
        }
        if self.at_counter() {
            counter::Counter::focus_search().map(Message::Counter)
        } else {
            Task::none()
        }
    }
}
