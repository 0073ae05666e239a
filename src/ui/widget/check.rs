//! A checkbox with its label on the reading side. iced draws the box before its label,
//! left to right whatever the language: in Arabic the box must sit on the right, before the
//! label as she reads it, so there the label is a text of its own after the box in the
//! mirrored row.

use iced::Element;
use iced::widget::{checkbox, mouse_area, text};

use crate::i18n::Lang;
use crate::ui::layout::{at, flow, start};
use crate::ui::theme::{SPACE, TEXT};

/// A checked or unchecked box labelled `label`, at the start of its line.
pub fn check<'a, M: Clone + 'a>(
    lang: Lang,
    checked: bool,
    label: String,
    on_toggle: impl Fn(bool) -> M + 'a,
) -> Element<'a, M> {
    let flip = on_toggle(!checked);
    let box_ = checkbox(checked)
        .on_toggle(on_toggle)
        .size(22)
        .text_size(TEXT);
    let line: Element<'a, M> = if lang.is_rtl() {
        // The label is tapped as the box is, as in French.
        let label = mouse_area(text(label).size(TEXT)).on_press(flip);
        flow(lang, vec![box_.into(), label.into()])
            .spacing(SPACE * 0.6)
            .align_y(iced::Center)
            .into()
    } else {
        box_.label(label).into()
    };
    at(line, start(lang)).into()
}
