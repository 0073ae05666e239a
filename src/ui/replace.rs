//! The question a save asks before it replaces a file already there: the file's name, what
//! replacing means, and two big answers. "Keep" (or Esc, where the screen maps it) leaves
//! everything as it was.

use std::path::Path;

use iced::Element;
use iced::widget::{button, column, container, text};

use crate::i18n::{Msg, Translator};
use crate::ui::layout::{at, flow, say, start};
use crate::ui::theme::{self, Kind, LARGE, SPACE, TEXT, Tone};

/// Asks whether the file at `path` may be replaced.
pub fn ask<'a, M: Clone + 'a>(tr: &Translator, path: &Path, keep: M, replace: M) -> Element<'a, M> {
    let question = Msg::new("ui-replace-question").arg("path", isolated(path));
    two_answers(
        tr,
        &question,
        ("ui-replace-keep", keep),
        ("ui-replace-yes", replace),
    )
}

/// A path as a message argument: it keeps its order in Arabic only when isolated
/// left-to-right.
pub fn isolated(path: &Path) -> String {
    format!("\u{2066}{}\u{2069}", path.display())
}

/// A question about something that cannot be undone, in a red band: the safe answer
/// first, the one that replaces second.
pub fn two_answers<'a, M: Clone + 'a>(
    tr: &Translator,
    question: &Msg,
    (keep_id, keep): (&'static str, M),
    (go_id, go): (&'static str, M),
) -> Element<'a, M> {
    let lang = tr.lang();
    let answer = |id: &'static str, kind: Kind, message: M| -> Element<'a, M> {
        button(text(tr.text(id)).size(LARGE))
            .padding([12, 24])
            .style(theme::button_style(kind))
            .on_press(message)
            .into()
    };
    container(
        column![
            at(text(say(tr, question)).size(TEXT), start(lang)),
            flow(
                lang,
                vec![
                    answer(keep_id, Kind::Plain, keep),
                    answer(go_id, Kind::Danger, go),
                ],
            )
            .spacing(SPACE),
        ]
        .spacing(SPACE * 0.6),
    )
    .padding([10, 14])
    .width(iced::Fill)
    .style(theme::notice(Tone::Bad))
    .into()
}
