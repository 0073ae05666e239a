//! The small pieces every screen is built of, in one look: a text that keeps numbers
//! whole in Arabic, a notice in the colour of what it says, a large button and a pill, a
//! choice among a few as tiles, a text field, a labelled field, a title, a table's cells
//! and a thin rule. Each starts from the shop's look
//! and may be adjusted by the caller (`.padding`, `.width`, `.id`…).

use iced::alignment::Horizontal;
use iced::widget::{
    Button, Container, Space, Text, TextInput, button, column, container, text, text_input,
};
use iced::{Element, Fill, Length};

use crate::i18n::Lang;
use crate::ui::layout::{at, bidi_safe, flow, start};
use crate::ui::theme::{self, BOLD, Kind, SMALL, SPACE, TEXT, Tone};

/// A text whose numbers, dates and paths stay whole inside Arabic.
pub fn label<'a>(content: impl Into<String>, size: f32) -> Text<'a> {
    text(bidi_safe(&content.into())).size(size)
}

/// A message where the eye is, in the colour of what it means, at the line's start.
/// `message` is shown as given: a message from `say` is already safe in Arabic.
pub fn notice<'a, M: 'a>(tone: Tone, message: String, lang: Lang) -> Container<'a, M> {
    container(at(text(message).size(TEXT), start(lang)))
        .padding([8, 12])
        .width(Fill)
        .style(theme::notice(tone))
}

/// A button large enough for a finger, its label centred.
pub fn action<'a, M: Clone + 'a>(
    content: String,
    kind: Kind,
    on_press: Option<M>,
) -> Button<'a, M> {
    button(at(label(content, TEXT), Horizontal::Center))
        .padding([12, 18])
        .style(theme::button_style(kind))
        .on_press_maybe(on_press)
}

/// A button as wide as its label.
pub fn pill<'a, M: Clone + 'a>(content: String, kind: Kind, on_press: Option<M>) -> Button<'a, M> {
    button(text(content).size(TEXT))
        .padding([8, 14])
        .style(theme::button_style(kind))
        .on_press_maybe(on_press)
}

/// A text field typed in the language's direction.
pub fn input<'a, M: Clone + 'a>(placeholder: &str, value: &str, lang: Lang) -> TextInput<'a, M> {
    text_input(placeholder, value)
        .size(TEXT)
        .padding(8)
        .style(theme::input)
        .align_x(start(lang))
}

/// A field with its label above it and, when given, a hint below it.
pub fn field<'a, M: 'a>(
    title: String,
    content: Element<'a, M>,
    hint: Option<String>,
    lang: Lang,
) -> Element<'a, M> {
    let mut col = column![at(label(title, TEXT).font(BOLD), start(lang)), content].spacing(4);
    if let Some(said) = hint {
        col = col.push(self::hint(said, SMALL, lang));
    }
    col.into()
}

/// A muted line at the start of its row: what a section is for, a hint under a field.
pub fn hint<'a, M: 'a>(content: String, size: f32, lang: Lang) -> Container<'a, M> {
    at(text(content).size(size).style(theme::muted), start(lang))
}

/// How wide the labels of a settings form are: the fields after them start in one column.
const LABEL_WIDTH: f32 = 260.0;

/// A form's label in a column of its own, before its field.
pub fn side_label<'a, M: 'a>(content: String, lang: Lang) -> Element<'a, M> {
    container(text(content).size(TEXT))
        .width(LABEL_WIDTH)
        .align_x(start(lang))
        .into()
}

/// A form's row: the label in its column, the field after it, in reading order.
pub fn beside<'a, M: 'a>(label: String, field: Element<'a, M>, lang: Lang) -> Element<'a, M> {
    flow(lang, vec![side_label(label, lang), field])
        .spacing(SPACE)
        .align_y(iced::Center)
        .into()
}

/// A bold line at the start of its row: a screen's or a section's title.
pub fn title<'a, M: 'a>(content: String, size: f32, lang: Lang) -> Container<'a, M> {
    at(text(content).size(size).font(BOLD), start(lang))
}

/// A choice among a few (a unit, a category): one tile each, the chosen one highlighted,
/// `per_row` equal tiles to a row. Rows are filled in reading order: iced wraps rows left
/// to right only, which would break Arabic lines in the wrong places.
pub fn tiles<'a, M: Clone + 'a>(
    lang: Lang,
    choices: Vec<(String, bool, M)>,
    per_row: usize,
) -> Element<'a, M> {
    let per_row = per_row.max(1);
    let mut tiles: Vec<Element<'a, M>> = choices
        .into_iter()
        .map(|(label, chosen, message)| {
            let kind = if chosen { Kind::Selected } else { Kind::Tile };
            button(at(text(label).size(TEXT), Horizontal::Center))
                .width(Fill)
                .padding([10, 12])
                .style(theme::button_style(kind))
                .on_press(message)
                .into()
        })
        .collect();
    // A short last row keeps every tile the same width.
    let short = (per_row - tiles.len() % per_row) % per_row;
    tiles.extend((0..short).map(|_| Space::new().width(Fill).into()));
    let mut rows = Vec::new();
    let mut tiles = tiles.into_iter().peekable();
    while tiles.peek().is_some() {
        let row: Vec<Element<'a, M>> = tiles.by_ref().take(per_row).collect();
        rows.push(flow(lang, row).spacing(SPACE * 0.6).into());
    }
    column(rows).spacing(SPACE * 0.6).into()
}

/// One cell of a table row: a share of the width, its text at the line's start.
pub fn cell<'a, M: 'a>(content: String, portion: u16, lang: Lang) -> Element<'a, M> {
    container(text(crate::ui::layout::bidi_safe(&content)).size(TEXT))
        .width(Length::FillPortion(portion))
        .align_x(start(lang))
        .into()
}

/// A table's header cell: small, bold, muted.
pub fn head<'a, M: 'a>(content: String, portion: u16, lang: Lang) -> Element<'a, M> {
    container(text(content).size(SMALL).font(BOLD).style(theme::muted))
        .width(Length::FillPortion(portion))
        .align_x(start(lang))
        .into()
}

/// A thin line between rows.
pub fn rule<'a, M: 'a>() -> Element<'a, M> {
    container(Space::new().height(1))
        .width(Fill)
        .style(|_| container::Style {
            background: Some(theme::LINE.into()),
            ..Default::default()
        })
        .into()
}
