//! The screen's frame (tabs, actions, the notice) and the small pieces its views share:
//! table cells, labelled fields, choice tiles, buttons. Every row goes through
//! `layout::flow` and every text through `layout::at`, so Arabic mirrors the whole screen.

use iced::alignment::Horizontal;
use iced::widget::{Space, button, column, text, text_input};
use iced::{Element, Fill};

use super::{Catalogue, Message, Panel, Tab, form, import, list};
use crate::i18n::Translator;
use crate::ui::layout::{at, flow};
use crate::ui::theme::{self, Kind, LARGE, SPACE, Tone};
pub use crate::ui::widget::{action, cell, field, head, notice, pill, rule, tiles};

pub type E<'a> = Element<'a, Message>;

pub fn screen<'a>(catalogue: &'a Catalogue, tr: &'a Translator) -> E<'a> {
    let lang = tr.lang();
    let mut page = column![top_bar(catalogue, tr)].spacing(SPACE);
    if let Some(msg) = &catalogue.load_error {
        page = page.push(notice(Tone::Bad, tr.tr(msg), lang).padding([10, 14]));
    }
    if let Some((tone, msg)) = &catalogue.notice {
        page = page.push(notice(*tone, tr.tr(msg), lang).padding([10, 14]));
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
        items.push(
            pill(add, Kind::Primary, Some(Message::Add))
                .padding([12, 20])
                .into(),
        );
        items.push(
            pill(
                tr.text("cat-import-open"),
                Kind::Tile,
                Some(Message::OpenImport),
            )
            .padding([12, 20])
            .into(),
        );
    }
    flow(lang, items)
        .spacing(SPACE)
        .align_y(iced::Center)
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
