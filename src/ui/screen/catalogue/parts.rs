//! The screen's frame (tabs, actions, the notice) and the small pieces its views share:
//! table cells, labelled fields, choice tiles, buttons. Every row goes through
//! `layout::flow` and every text through `layout::at`, so Arabic mirrors the whole screen.

use iced::alignment::Horizontal;
use iced::widget::{Space, button, column, container, text, text_input};
use iced::{Element, Fill, Length};

use super::{Catalogue, Message, Panel, Tab, form, import, list};
use crate::i18n::{Lang, Translator};
use crate::ui::layout::{at, flow, start};
use crate::ui::theme::{self, BOLD, Kind, LARGE, SMALL, SPACE, TEXT, Tone};

pub type E<'a> = Element<'a, Message>;

pub fn screen<'a>(catalogue: &'a Catalogue, tr: &'a Translator) -> E<'a> {
    let lang = tr.lang();
    let mut page = column![top_bar(catalogue, tr)].spacing(SPACE);
    if let Some(msg) = &catalogue.load_error {
        page = page.push(notice(Tone::Bad, tr.tr(msg), lang));
    }
    if let Some((tone, msg)) = &catalogue.notice {
        page = page.push(notice(*tone, tr.tr(msg), lang));
    }
    let Some(data) = &catalogue.data else {
        if catalogue.load_error.is_none() {
            page = page.push(at(
                text(tr.text("ui-loading")).size(LARGE),
                Horizontal::Center,
            ));
        }
        return page.padding(SPACE * 1.5).into();
    };
    let body = match &catalogue.panel {
        Panel::List => list::view(catalogue, data, tr),
        Panel::Product(editing) => form::product(editing, data, catalogue.busy, tr),
        Panel::Producer(editing) => form::producer(editing, data, catalogue.busy, tr),
        Panel::Import(importing) => import::view(importing, catalogue.busy, tr),
    };
    page.push(body).padding(SPACE * 1.5).height(Fill).into()
}

fn top_bar<'a>(catalogue: &'a Catalogue, tr: &'a Translator) -> E<'a> {
    let lang = tr.lang();
    let count = |tab: Tab| {
        catalogue.data.as_ref().map_or(0, |d| match tab {
            Tab::Products => d.products.len(),
            Tab::Producers => d.producers.len(),
        })
    };
    let tab = |t: Tab, id: &'static str| -> E<'a> {
        let kind = if catalogue.tab == t {
            Kind::Selected
        } else {
            Kind::Tile
        };
        button(text(format!("{} · {}", tr.text(id), count(t))).size(LARGE))
            .padding([10, 22])
            .style(theme::button_style(kind))
            .on_press(Message::ShowTab(t))
            .into()
    };
    let mut items = vec![
        tab(Tab::Products, "cat-tab-products"),
        tab(Tab::Producers, "cat-tab-producers"),
        Space::new().width(Fill).into(),
    ];
    if matches!(catalogue.panel, Panel::List) && catalogue.data.is_some() {
        let add = match catalogue.tab {
            Tab::Products => "cat-add-product",
            Tab::Producers => "cat-add-producer",
        };
        // A leading "+" would land on the wrong side of a right-to-left label.
        let add = if lang.is_rtl() {
            tr.text(add)
        } else {
            format!("+ {}", tr.text(add))
        };
        items.push(pill(add, Kind::Primary, Some(Message::Add)));
        items.push(pill(
            tr.text("cat-import-open"),
            Kind::Tile,
            Some(Message::OpenImport),
        ));
    }
    flow(lang, items)
        .spacing(SPACE)
        .align_y(iced::Center)
        .into()
}

/// A message where the eye is, in the colour of what it means.
pub fn notice<'a>(tone: Tone, message: String, lang: Lang) -> E<'a> {
    container(at(text(message).size(TEXT), start(lang)))
        .padding([10, 14])
        .width(Fill)
        .style(theme::notice(tone))
        .into()
}

/// A button with a centred label, large enough for a finger.
pub fn action<'a>(
    label: String,
    kind: Kind,
    on_press: Option<Message>,
) -> iced::widget::Button<'a, Message> {
    button(at(text(label).size(TEXT), Horizontal::Center))
        .padding([12, 18])
        .style(theme::button_style(kind))
        .on_press_maybe(on_press)
}

/// A button as wide as its label.
pub fn pill<'a>(label: String, kind: Kind, on_press: Option<Message>) -> E<'a> {
    button(text(label).size(TEXT))
        .padding([12, 20])
        .style(theme::button_style(kind))
        .on_press_maybe(on_press)
        .into()
}

/// A choice among a few (a unit, a category): one tile each, the chosen one highlighted,
/// `per_row` equal tiles to a row. Rows are filled in reading order: iced wraps rows left
/// to right only, which would break Arabic lines in the wrong places.
pub fn tiles<'a>(lang: Lang, choices: Vec<(String, bool, Message)>, per_row: usize) -> E<'a> {
    let per_row = per_row.max(1);
    let mut tiles: Vec<E<'a>> = choices
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
        let row: Vec<E<'a>> = tiles.by_ref().take(per_row).collect();
        rows.push(flow(lang, row).spacing(SPACE * 0.6).into());
    }
    column(rows).spacing(SPACE * 0.6).into()
}

/// One cell of a table row: a share of the width, its text at the line's start.
pub fn cell<'a>(content: String, portion: u16, lang: Lang) -> E<'a> {
    container(text(crate::ui::layout::bidi_safe(&content)).size(TEXT))
        .width(Length::FillPortion(portion))
        .align_x(start(lang))
        .into()
}

/// A table's header cell: small, bold, muted.
pub fn head<'a>(content: String, portion: u16, lang: Lang) -> E<'a> {
    container(text(content).size(SMALL).font(BOLD).style(theme::muted))
        .width(Length::FillPortion(portion))
        .align_x(start(lang))
        .into()
}

/// A text field in the language's direction (or `rtl` for Arabic names).
pub fn input<'a>(
    id: &'static str,
    placeholder: String,
    value: &'a str,
    on_input: impl Fn(String) -> Message + 'a,
    rtl: bool,
) -> E<'a> {
    let side = if rtl {
        Horizontal::Right
    } else {
        Horizontal::Left
    };
    text_input(&placeholder, value)
        .id(id)
        .on_input(on_input)
        .on_submit(Message::Save)
        .size(LARGE)
        .padding(10)
        .align_x(side)
        .style(theme::input)
        .into()
}

/// A field with its label above it and, when given, a hint below it.
pub fn field<'a>(label: String, content: E<'a>, hint: Option<String>, lang: Lang) -> E<'a> {
    let mut col = column![at(text(label).size(TEXT).font(BOLD), start(lang)), content].spacing(4);
    if let Some(hint) = hint {
        col = col.push(at(text(hint).size(SMALL).style(theme::muted), start(lang)));
    }
    col.into()
}

/// A thin line between rows.
pub fn rule<'a>() -> E<'a> {
    container(Space::new().height(1))
        .width(Fill)
        .style(|_| container::Style {
            background: Some(theme::LINE.into()),
            ..Default::default()
        })
        .into()
}
