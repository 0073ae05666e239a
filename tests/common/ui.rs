//! What every GUI test needs: the window's fonts for the simulator, and a tiny runtime that
//! runs a screen's background tasks to completion and hands back the messages they produce.

use std::borrow::Cow;

use iced::Task;
use iced_test::core::Settings;
use iced_test::futures::futures::{StreamExt, executor};
use iced_test::runtime::Action;
use souk::ui::theme;

/// What the window gives a screen in these tests: the shop, the language, the cashier at the
/// counter, no approval.
pub fn context<'a>(
    store: &'a souk::ui::store::Store,
    tr: &'a souk::i18n::Translator,
    catalog: &'a souk::ui::store::Catalog,
    cashier: i64,
) -> souk::ui::screen::Context<'a> {
    souk::ui::screen::Context {
        store,
        tr,
        catalog,
        users: &[],
        cashier: Some(cashier),
        approved_by: None,
    }
}

/// The simulator's settings: the fonts the window embeds, so Arabic is drawn as it is there.
pub fn settings() -> Settings {
    Settings {
        fonts: theme::FONTS.iter().map(|f| Cow::Borrowed(*f)).collect(),
        default_font: theme::FONT,
        ..Settings::default()
    }
}

/// Runs a task as the window's runtime would (widget operations such as focus are
/// dropped) and returns the messages it produced, in order.
pub fn drain<M: Send + 'static>(task: Task<M>) -> Vec<M> {
    let Some(stream) = iced_test::runtime::task::into_stream(task) else {
        return Vec::new();
    };
    executor::block_on(stream.collect::<Vec<_>>())
        .into_iter()
        .filter_map(|action| match action {
            Action::Output(message) => Some(message),
            _ => None,
        })
        .collect()
}

/// The whole window over a fixture shop, driven as people drive it: messages sent, clicks
/// and keys on what it shows, background tasks run to completion between steps.
pub struct Window {
    pub shop: super::Shop,
    pub app: souk::ui::App,
}

type Simulator<'a> = iced_test::simulator::Simulator<'a, souk::ui::Message>;

impl Window {
    /// The window opened on `shop`, its clock at `clock`, in `lang`.
    pub fn boot(
        shop: super::Shop,
        clock: std::sync::Arc<souk::clock::FixedClock>,
        lang: souk::i18n::Lang,
    ) -> Window {
        let boot = souk::ui::store::boot(shop.path(), clock).unwrap();
        let (app, task) = souk::ui::App::ready(boot, lang);
        let mut window = Window { shop, app };
        window.run(task);
        window
    }

    /// As `boot`, the files for people going to `places` (the user's Documents, sticks).
    pub fn boot_in(
        shop: super::Shop,
        clock: std::sync::Arc<souk::clock::FixedClock>,
        lang: souk::i18n::Lang,
        places: souk::ui::places::Places,
    ) -> Window {
        let boot = souk::ui::store::boot_in(shop.path(), clock, places).unwrap();
        let (app, task) = souk::ui::App::ready(boot, lang);
        let mut window = Window { shop, app };
        window.run(task);
        window
    }

    pub fn run(&mut self, task: Task<souk::ui::Message>) {
        for message in drain(task) {
            let task = self.app.update(message);
            self.run(task);
        }
    }

    pub fn send(&mut self, message: souk::ui::Message) {
        let task = self.app.update(message);
        self.run(task);
    }

    /// One step at the screen: `act` clicks and types on what the window shows now.
    pub fn step(&mut self, act: impl FnOnce(&mut Simulator<'_>)) {
        self.step_in(768.0, act);
    }

    /// As `step`, in a window `height` tall: what she scrolls down to on a long screen.
    pub fn step_in(&mut self, height: f32, act: impl FnOnce(&mut Simulator<'_>)) {
        let messages: Vec<souk::ui::Message> = {
            let mut ui = Simulator::with_size(settings(), (1366.0, height), self.app.view());
            act(&mut ui);
            ui.into_messages().collect()
        };
        for message in messages {
            self.send(message);
        }
    }

    pub fn click(&mut self, text: &str) {
        self.step(|ui| {
            ui.click(text)
                .unwrap_or_else(|_| panic!("« {text} » is on screen"));
        });
    }

    /// Clicks `text` further down a long screen, scrolled to (a window `height` tall).
    pub fn click_down(&mut self, text: &str, height: f32) {
        self.step_in(height, |ui| {
            ui.click(text)
                .unwrap_or_else(|_| panic!("« {text} » is on the screen, scrolled down"));
        });
    }

    /// Types into a field, as a scanner or a keyboard does, then Enter.
    pub fn type_in(&mut self, field: &'static str, text: &str) {
        self.step(|ui| {
            ui.click(iced_test::selector::id(field))
                .expect("the field is on screen");
            ui.typewrite(text);
            ui.tap_key(iced::keyboard::key::Named::Enter);
        });
    }

    /// Where `text` is drawn, its centre in window pixels: where a finger taps it in the
    /// real window, laid out the same at the same size.
    pub fn place(&mut self, text: &str) -> (i32, i32) {
        let mut ui = Simulator::with_size(settings(), (1366.0, 768.0), self.app.view());
        let found = ui
            .find(text)
            .unwrap_or_else(|_| panic!("« {text} » is on screen"));
        let bounds = found.visible_bounds().unwrap_or(found.bounds());
        let centre = bounds.center();
        (centre.x.round() as i32, centre.y.round() as i32)
    }

    /// Answers yes to the question on screen, with its big button.
    pub fn confirm(&mut self) {
        self.step(|ui| {
            ui.click(iced_test::selector::id(souk::ui::widget::confirm::YES))
                .expect("a question is on screen");
        });
    }

    /// Presses a key on what the window shows (Enter, Esc).
    pub fn key(&mut self, key: iced::keyboard::key::Named) {
        self.step(|ui| {
            ui.tap_key(key);
        });
    }

    pub fn shows(&mut self, text: &str) -> bool {
        let mut ui = Simulator::with_size(settings(), (1366.0, 768.0), self.app.view());
        ui.find(text).is_ok()
    }

    /// Taps a name on the sign-in screen and types the PIN.
    pub fn sign_in(&mut self, name: &str, pin: &str) {
        self.step(|ui| {
            ui.click(name).expect("her name is on the sign-in screen");
        });
        self.step(|ui| {
            ui.click(iced_test::selector::id("sign-in-pin"))
                .expect("the PIN field");
            ui.typewrite(pin);
            ui.tap_key(iced::keyboard::key::Named::Enter);
        });
    }
}
