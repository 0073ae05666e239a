//! Mirroring for right-to-left: iced has no layout direction, so in Arabic the window
//! reverses its rows and swaps its alignments here, in one place.

use crate::i18n::{Arg, Lang, Msg, Translator};
use iced::Element;
use iced::alignment::Horizontal;
use iced::widget::{Row, row};

/// A row whose children read in the language's direction.
pub fn flow<'a, M: 'a>(lang: Lang, mut items: Vec<Element<'a, M>>) -> Row<'a, M> {
    if lang.is_rtl() {
        items.reverse();
    }
    row(items)
}

/// Where lines of text start: left in French and English, right in Arabic.
pub fn start(lang: Lang) -> Horizontal {
    if lang.is_rtl() {
        Horizontal::Right
    } else {
        Horizontal::Left
    }
}

/// Where amounts and totals go: the other side.
pub fn end(lang: Lang) -> Horizontal {
    if lang.is_rtl() {
        Horizontal::Left
    } else {
        Horizontal::Right
    }
}

/// Places a text (or anything) at one side of the full width. Text must not be aligned
/// inside a fill-width box itself: iced 0.14 shifts right-to-left paragraphs twice (an Arabic
/// line aligned right lands outside its box). A shrink-wide text in an aligned container
/// lands where it should in both directions.
pub fn at<'a, M: 'a>(
    content: impl Into<Element<'a, M>>,
    side: Horizontal,
) -> iced::widget::Container<'a, M> {
    iced::widget::container(content)
        .width(iced::Fill)
        .align_x(side)
}

/// A message in the volunteer's language. In Arabic, receipt numbers and days given to it
/// are isolated left-to-right: iced's text engine otherwise splits `2026-000153` at the
/// hyphen inside a right-to-left sentence and shows `000153-2026`.
pub fn say(tr: &Translator, msg: &Msg) -> String {
    if !tr.lang().is_rtl() {
        return tr.tr(msg);
    }
    let mut msg = msg.clone();
    for (_, arg) in &mut msg.args {
        if let Arg::Text(text) = arg
            && text.contains(['-', '/'])
            && text
                .chars()
                .all(|c| c.is_ascii_digit() || matches!(c, '-' | '/' | ':' | ' '))
        {
            *text = format!("\u{2066}{text}\u{2069}");
        }
    }
    tr.tr(&msg)
}
