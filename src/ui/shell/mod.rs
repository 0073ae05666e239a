//! The shop, once open: what the window holds (the store, the language, the counter's
//! products, the people, who is at the counter and who approved), the screen on show, and
//! the one place (`carry_out`) where what a screen did reaches the rest of the window.
//! Signing in and locking are in `guard`, the top bar in `header`, the screens in `screens`.

use iced::widget::column;
use iced::{Element, Task};

use super::Message;
use super::screen::{
    self, Action, Changed, Context, backups, catalogue, counter, first_run, intake, reports, sales,
    sign_in, statements,
};
use super::store::{self, Boot, Catalog, Store};
use super::theme::Tone;
use super::widget;
use crate::i18n::{Lang, Msg, Translator};
use crate::settings;
use crate::users::User;
pub use guard::ticks;
pub use screens::Tab;
use screens::{Screen, Screens};

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
    backup_problem: Option<Msg>,
    /// What a restore made from the settings screen did, said until she opens a screen.
    restored: Option<Msg>,
    shop_name: Option<String>,
    /// The counter lives as long as the window: a cart survives a look at the history.
    counter: counter::Counter,
    screens: Screens,
}

/// The context screens read, built from the shell's fields so that a screen (another
/// field) can be borrowed mutably beside it.
macro_rules! context {
    ($shell:expr) => {
        Context {
            store: &$shell.store,
            tr: &$shell.tr,
            catalog: &$shell.catalog,
            users: &$shell.users,
            cashier: $shell.cashier,
            approved_by: $shell.approval.as_ref().map(|a| a.id),
        }
    };
}
// Declared after the macros, which they use.
mod guard;
mod header;
mod screens;

/// Runs `update` on the screen of `$tab` if it is on show or just left.
macro_rules! on_screen {
    ($shell:expr, $variant:ident, $message:expr, $wrap:path) => {{
        let ctx = context!($shell);
        match $shell.screens.get_mut(Tab::$variant) {
            Some(Screen::$variant(screen)) => screen.update($message, &ctx).map($wrap),
            _ => Action::None,
        }
    }};
}

/// The screens' accessors, for tests: the screen on show or just left.
macro_rules! screen_accessors {
    ($($name:ident: $variant:ident => $screen:ty,)*) => {$(
        pub fn $name(&self) -> Option<&$screen> {
            match self.screens.get(Tab::$variant) {
                Some(Screen::$variant(screen)) => Some(screen),
                _ => None,
            }
        }
    )*};
}

impl Shell {
    pub(super) fn open(boot: Boot, lang: Lang) -> (Shell, Task<Message>) {
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
        let shown = if boot.users.is_empty() {
            Screen::FirstRun(first_run::FirstRun::default())
        } else {
            Screen::Counter
        };
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
            counter,
            screens: Screens::new(shown),
        };
        let tab = boot
            .screen
            .as_deref()
            .and_then(Tab::from_code)
            .unwrap_or(Tab::Counter);
        let backup = shell.daily_backup();
        let task = if shell.screens.first_run() {
            Task::none()
        } else if tab == Tab::Counter {
            focus.map(Message::Counter)
        } else {
            shell.open_tab(tab)
        };
        (shell, Task::batch([task, backup]))
    }

    fn open_tab(&mut self, tab: Tab) -> Task<Message> {
        let (screen, shown) = Screen::open(tab, &self.store);
        self.screens.show(screen);
        let store = self.store.clone();
        let remember = Task::perform(
            async move { store::save_setting(store, settings::UI_SCREEN, tab.code().to_owned()).await },
            Message::SettingSaved,
        );
        Task::batch([shown, remember])
    }

    pub fn counter(&self) -> Option<&counter::Counter> {
        (!self.screens.first_run()).then_some(&self.counter)
    }

    screen_accessors! {
        sales: Sales => sales::Sales,
        reports: Reports => reports::Reports,
        statements: Statements => statements::Statements,
        catalogue: Catalogue => catalogue::Catalogue,
        settings: Settings => screen::settings::Settings,
        intake: Intake => intake::Intake,
    }

    /// Why the day's automatic backup failed, if it did.
    pub fn backup_problem(&self) -> Option<&Msg> {
        self.backup_problem.as_ref()
    }

    pub fn tab(&self) -> Tab {
        self.screens.shown.tab()
    }

    pub fn catalog(&self) -> &Catalog {
        &self.catalog
    }

    pub(super) fn lang(&self) -> Lang {
        self.tr.lang()
    }

    pub(super) fn title(&self) -> String {
        match &self.shop_name {
            Some(name) => format!("Souk · {name}"),
            None => "Souk".to_owned(),
        }
    }

    /// The scale the counter follows, for the window's subscription.
    pub(super) fn scale(&self) -> Option<&store::ScaleUse> {
        self.scale.as_ref()
    }

    /// Whether the counter is on show (and no first run hides it).
    fn at_counter(&self) -> bool {
        matches!(self.screens.shown, Screen::Counter)
    }

    pub(super) fn update(&mut self, message: Message) -> Task<Message> {
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
        if !self.at_counter() {
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
            Message::Stray(_) | Message::StrayEnter if !self.at_counter() => Task::none(),
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
            Message::Open(_) if self.screens.first_run() => Task::none(),
            Message::Open(tab) => {
                self.restored = None;
                self.open_tab(tab)
            }
            Message::Shortcut(_) if !self.at_counter() => Task::none(),
            Message::Shortcut(shortcut) => {
                let message = match shortcut {
                    super::Shortcut::Cash => counter::Message::PayCash,
                    super::Shortcut::Card => counter::Message::PayRest(crate::sale::Method::Card),
                    super::Shortcut::Transfer => {
                        counter::Message::PayRest(crate::sale::Method::Transfer)
                    }
                    super::Shortcut::Back => counter::Message::Back,
                };
                self.route(Message::Counter(message))
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
            message @ (Message::FirstRun(_)
            | Message::Counter(_)
            | Message::Sales(_)
            | Message::Catalogue(_)
            | Message::Settings(_)
            | Message::People(_)
            | Message::Intake(_)
            | Message::Till(_)
            | Message::Reports(_)
            | Message::Statements(_)) => {
                let action = self.screen_update(message);
                self.carry_out(action)
            }
        }
    }

    /// A screen's message to its screen; what the screen did comes back as an `Action`.
    fn screen_update(&mut self, message: Message) -> Action<Message> {
        match message {
            Message::Counter(message) => {
                // The settings screen's "read the scale" answers with what the counter reads.
                if let (
                    counter::Message::Scale(said),
                    Some(Screen::Settings(settings)),
                    Some(scale),
                ) = (&message, self.screens.get_mut(Tab::Settings), &self.scale)
                {
                    settings.live_scale(&scale.spec, said);
                }
                let ctx = context!(self);
                self.counter.update(message, &ctx).map(Message::Counter)
            }
            Message::FirstRun(message) => {
                let ctx = context!(self);
                match &mut self.screens.shown {
                    Screen::FirstRun(first) => first.update(message, &ctx).map(Message::FirstRun),
                    _ => Action::None,
                }
            }
            Message::Sales(m) => on_screen!(self, Sales, m, Message::Sales),
            Message::Catalogue(m) => on_screen!(self, Catalogue, m, Message::Catalogue),
            Message::People(m) => on_screen!(self, People, m, Message::People),
            Message::Settings(m) => on_screen!(self, Settings, m, Message::Settings),
            Message::Intake(m) => on_screen!(self, Intake, m, Message::Intake),
            Message::Till(m) => on_screen!(self, Till, m, Message::Till),
            Message::Reports(m) => on_screen!(self, Reports, m, Message::Reports),
            Message::Statements(m) => on_screen!(self, Statements, m, Message::Statements),
            // `route` keeps the window's own messages.
            _ => Action::None,
        }
    }

    /// Carries out what a screen did: the one place where the window learns of it.
    fn carry_out(&mut self, action: Action<Message>) -> Task<Message> {
        match action {
            Action::None => Task::none(),
            Action::Run(task) => task,
            Action::Did(changed, task) => {
                self.approval_used();
                let store = self.store.clone();
                let reload = match changed {
                    Changed::Nothing => Task::none(),
                    Changed::Catalog => Task::perform(
                        async move { store.run(move |conn, _| Catalog::load(conn)).await },
                        Message::CatalogReloaded,
                    ),
                    Changed::People => Task::perform(
                        async move { store.run(|conn, _| crate::users::list(conn)).await },
                        Message::UsersLoaded,
                    ),
                    Changed::Settings => {
                        let again = store.clone();
                        Task::batch([
                            Task::perform(
                                async move { store.run(|conn, _| settings::lock_after(conn)).await },
                                Message::LockAfterLoaded,
                            ),
                            Task::perform(
                                async move { again.run(|conn, _| store::ScaleUse::of_shop(conn)).await },
                                Message::ScaleLoaded,
                            ),
                        ])
                    }
                };
                Task::batch([task, reload])
            }
            Action::BackedUp(task) => {
                // A backup made by hand is the day's: the failure said earlier is past.
                self.backup_problem = None;
                task
            }
            Action::Restored(done) => self.restored(*done),
            Action::SetUp => {
                let store = self.store.clone();
                Task::perform(async move { store::restart(store).await }, Message::Booted)
            }
            // Only the sign-in screen signs in or is left; `guard` carries those out.
            Action::SignedIn(_) | Action::Left => Task::none(),
        }
    }

    /// A backup was restored from the settings screen: the window opens again on the
    /// restored shop (its people, catalogue, settings, language), saying what was done.
    fn restored(&mut self, done: backups::Restored) -> Task<Message> {
        let info = done.info;
        // Paths read left to right whole in Arabic too; isolated here, since a sentence
        // holding another one is not isolated again when shown.
        let isolated = |path: &std::path::Path| format!("\u{2066}{}\u{2069}", path.display());
        let kept = match &info.kept_aside {
            Some(path) => Msg::new("restore-kept").arg("path", isolated(path)),
            None => Msg::new("restore-nothing-kept"),
        };
        let said = Msg::new("bk-ui-restored")
            .arg("backup", isolated(&done.backup))
            .arg("sales", info.sales)
            .arg("kept", kept);
        let lang = done.boot.lang.unwrap_or(self.tr.lang());
        let (shell, task) = Shell::open(done.boot, lang);
        *self = shell;
        self.restored = Some(said);
        task
    }

    pub(super) fn view(&self) -> Element<'_, Message> {
        let ctx = context!(self);
        let mut page = column![self.header()].push(self.restored_line());
        if let Some(guard) = &self.guard {
            return page.push(guard.view(&ctx).map(Message::SignIn)).into();
        }
        if let Some(problem) = &self.backup_problem {
            let said = Msg::new("ui-backup-failed").arg("reason", problem.clone());
            page = page.push(
                widget::notice(Tone::Bad, self.tr.tr(&said), self.tr.lang()).padding([6, 16]),
            );
        }
        page.push(self.screens.shown.view(&ctx, &self.counter))
            .into()
    }
}
