//! The counter's offer to open the till when a sale finds it closed: the float counted into
//! the drawer, typed once, and the sale waiting for it goes on.

use iced::widget::{button, column, text, text_input};
use iced::{Element, Fill};

use super::Message;
use crate::i18n::Translator;
use crate::ui::layout::{flow, start};
use crate::ui::theme::{self, BOLD, Kind, LARGE, SPACE, TEXT};

pub const FLOAT: &str = "counter-till-float";

pub fn offer<'a>(float: &'a str, tr: &Translator) -> Element<'a, Message> {
    let lang = tr.lang();
    let input = text_input(&tr.text("ui-till-float-placeholder"), float)
        .id(FLOAT)
        .on_input(Message::TillFloat)
        .on_submit(Message::OpenTill)
        .size(LARGE)
        .padding(12)
        .width(220)
        .align_x(start(lang))
        .style(theme::input);
    let open = button(text(tr.text("ui-till-open")).size(TEXT).font(BOLD))
        .padding([12, 18])
        .style(theme::button_style(Kind::Primary))
        .on_press(Message::OpenTill);
    column![
        text(tr.text("ui-till-float")).size(TEXT),
        flow(lang, vec![input.into(), open.into()])
            .spacing(SPACE)
            .align_y(iced::Center),
    ]
    .spacing(SPACE * 0.5)
    .width(Fill)
    .into()
}
