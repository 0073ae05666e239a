//! What every GUI test needs: the window's fonts for the simulator, and a tiny runtime that
//! runs a screen's background tasks to completion and hands back the messages they produce.

use std::borrow::Cow;

use iced::Task;
use iced_test::core::Settings;
use iced_test::futures::futures::{StreamExt, executor};
use iced_test::runtime::Action;
use souk::ui::theme;

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
