//! Choosing who made a product: a few letters of her name or code find her among the
//! active producers, offered as large tiles; a product already sold shows its producer
//! instead, fixed, with the reason.

use iced::widget::{column, text, text_input};

use super::data::Data;
use super::list::{producer_matches, producer_name, search_words};
use super::parts::{E, tiles};
use super::{Editing, Message, PRODUCER, ProductField};
use crate::catalog::edit::ProductForm;
use crate::i18n::{Msg, Translator};
use crate::ui::layout::{at, start};
use crate::ui::theme::{self, LARGE, SMALL, SPACE, TEXT};
use crate::ui::widget;

/// The producer of a product already sold: shown, not chosen.
pub fn fixed_producer<'a>(form: &ProductForm, data: &Data, tr: &Translator) -> E<'a> {
    let lang = tr.lang();
    let name = data
        .producers
        .iter()
        .find(|p| p.code.eq_ignore_ascii_case(&form.producer))
        .map_or_else(|| form.producer.clone(), |p| producer_name(p, lang));
    column![
        at(text(name).size(LARGE), start(lang)),
        widget::hint(tr.text("cat-producer-fixed"), TEXT, lang),
    ]
    .spacing(4)
    .into()
}

/// Finding the producer by typing a few letters of her name or code: the chosen one
/// stays highlighted, and up to a handful of active producers who match are offered.
pub fn producer_picker<'a>(
    editing: &'a Editing<ProductForm>,
    data: &'a Data,
    tr: &'a Translator,
) -> E<'a> {
    const OFFERED: usize = 6;
    let lang = tr.lang();
    let label = |p: &crate::catalog::Producer| format!("{} · {}", producer_name(p, lang), p.code);
    let pick =
        |p: &crate::catalog::Producer| Message::SetProduct(ProductField::Producer(p.code.clone()));
    let chosen = data
        .producers
        .iter()
        .find(|p| p.code.eq_ignore_ascii_case(&editing.form.producer));
    let mut choices: Vec<(String, bool, Message)> =
        chosen.iter().map(|p| (label(p), true, pick(p))).collect();
    let words = search_words(&editing.filter);
    let found: Vec<_> = if words.is_empty() {
        Vec::new()
    } else {
        data.producers
            .iter()
            .filter(|p| p.active && Some(p.id) != chosen.map(|c| c.id))
            .filter(|p| producer_matches(p, &words))
            .take(OFFERED)
            .collect()
    };
    choices.extend(found.iter().map(|p| (label(p), false, pick(p))));
    let search = text_input(&tr.text("cat-find-producer"), &editing.filter)
        .id(PRODUCER)
        .on_input(|v| Message::SetProduct(ProductField::FindProducer(v)))
        .size(LARGE)
        .padding(10)
        .align_x(start(lang))
        .style(theme::input);
    let mut col = column![search].spacing(SPACE * 0.6);
    if !choices.is_empty() {
        col = col.push(tiles(lang, choices, 2));
    }
    if chosen.is_none() && words.is_empty() {
        col = col.push(widget::hint(tr.text("cat-choose-producer"), SMALL, lang));
    }
    if !words.is_empty() && found.is_empty() {
        col = col.push(at(
            text(tr.tr(&Msg::new("ui-no-match").arg("query", editing.filter.trim())))
                .size(TEXT)
                .style(theme::muted),
            start(lang),
        ));
    }
    col.into()
}
