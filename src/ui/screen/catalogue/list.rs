//! The two lists: products (name, sku, price, maker, category, stock) and producers (name,
//! code, phone, workshop, share, products on sale). A row opens its form when touched; the
//! button at its end withdraws it or puts it back. Withdrawn rows stay listed, greyed.

use iced::widget::{button, column, container, scrollable, text, text_input};
use iced::{Fill, Length};

use super::data::Data;
use super::parts::{E, action, cell, head, rule};
use super::{Catalogue, Message, SEARCH, Tab};
use crate::catalog::search::fold;
use crate::catalog::{Producer, Product};
use crate::i18n::{Lang, Msg, Translator};
use crate::money::Unit;
use crate::ui::layout::{flow, start};
use crate::ui::theme::{self, BOLD, Kind, LARGE, SMALL, SPACE, TEXT};
use crate::ui::widget;

/// Rows drawn at once: more only slow the screen; a search narrows them.
const SHOWN: usize = 150;
/// The width of the button at the end of a row.
const ACTION_WIDTH: f32 = 210.0;

/// The product's name in the reader's language: Arabic in Arabic, French otherwise.
pub fn product_name(product: &Product, lang: Lang) -> String {
    if lang.is_rtl() {
        product.name_ar.clone()
    } else {
        product.name_fr.clone()
    }
}

/// The producer's name in the reader's script.
pub fn producer_name(producer: &Producer, lang: Lang) -> String {
    if lang.is_rtl() {
        producer.name_ar.clone()
    } else {
        producer.name_latin.clone()
    }
}

pub fn view<'a>(catalogue: &'a Catalogue, data: &'a Data, tr: &'a Translator) -> E<'a> {
    let lang = tr.lang();
    let placeholder = match catalogue.tab {
        Tab::Products => tr.text("cat-search-products"),
        Tab::Producers => tr.text("cat-search-producers"),
    };
    let search = text_input(&placeholder, &catalogue.query)
        .id(SEARCH)
        .on_input(Message::Search)
        .size(LARGE)
        .padding(12)
        .align_x(start(lang))
        .style(theme::input);
    let (header, rows, total) = match catalogue.tab {
        Tab::Products => products(catalogue, data, tr),
        Tab::Producers => producers(catalogue, data, tr),
    };
    let mut table = column![header, rule()].spacing(SPACE * 0.5);
    if total == 0 {
        let empty = match (catalogue.query.trim(), catalogue.tab) {
            ("", Tab::Products) => Msg::new("cat-no-products"),
            ("", Tab::Producers) => Msg::new("cat-no-producers"),
            (query, _) => Msg::new("ui-no-match").arg("query", query),
        };
        table = table.push(widget::hint(tr.tr(&empty), TEXT, lang));
    }
    let shown = rows.len();
    let mut body = column(rows).spacing(SPACE * 0.5).padding([0, 14]);
    if total > shown {
        body = body.push(widget::hint(tr.text("ui-more-results"), SMALL, lang));
    }
    let table = table.push(scrollable(body).height(Fill).width(Fill));
    column![
        search,
        container(table)
            .padding(SPACE)
            .width(Fill)
            .height(Fill)
            .style(theme::panel)
    ]
    .spacing(SPACE)
    .into()
}

/// The header, the rows shown, and how many rows matched.
fn products<'a>(
    catalogue: &'a Catalogue,
    data: &'a Data,
    tr: &'a Translator,
) -> (E<'a>, Vec<E<'a>>, usize) {
    let lang = tr.lang();
    let found: Vec<&Product> = if catalogue.query.trim().is_empty() {
        data.products.iter().collect()
    } else {
        catalogue
            .index
            .find(&catalogue.query, usize::MAX)
            .into_iter()
            .filter_map(|i| data.products.get(i))
            .collect()
    };
    let header = row_of(
        lang,
        vec![
            head(tr.text("cat-col-name"), 4, lang),
            head(tr.text("cat-col-sku"), 2, lang),
            head(tr.text("cat-col-price"), 2, lang),
            head(tr.text("cat-col-producer"), 2, lang),
            head(tr.text("cat-col-category"), 2, lang),
            head(tr.text("cat-col-stock"), 2, lang),
        ],
    );
    let rows = found
        .iter()
        .take(SHOWN)
        .map(|p| product_row(p, data, tr))
        .collect();
    (header, rows, found.len())
}

fn product_row<'a>(product: &'a Product, data: &'a Data, tr: &'a Translator) -> E<'a> {
    let lang = tr.lang();
    let per_kg = if product.unit == Unit::Kg {
        tr.text("ui-per-kg")
    } else {
        String::new()
    };
    let maker = data
        .producer(product.producer_id)
        .map_or_else(|| product.producer_code.clone(), |p| producer_name(p, lang));
    let category = data
        .category(&product.category)
        .map_or_else(|| product.category.clone(), |c| c.name(lang).to_owned());
    let stock = if product.stock_tracked {
        product.stock.format(product.unit, lang)
    } else {
        "—".to_owned()
    };
    let mut name = name_cell(product_name(product, lang), product.active, tr, 4);
    if let Some(photo) = data.photos.get(&product.id) {
        let picture = iced::widget::image(photo.clone()).width(40).height(40);
        name = crate::ui::layout::flow(lang, vec![picture.into(), name])
            .spacing(8)
            .width(iced::Length::FillPortion(4))
            .align_y(iced::Center)
            .into();
    }
    let cells = vec![
        name,
        cell(product.sku.clone(), 2, lang),
        cell(format!("{}{per_kg}", product.price.format(lang)), 2, lang),
        cell(maker, 2, lang),
        cell(category, 2, lang),
        cell(stock, 2, lang),
    ];
    let toggle = if product.active {
        action(
            tr.text("cat-withdraw"),
            Kind::Plain,
            Some(Message::SetProductActive(product.id, false)),
        )
    } else {
        action(
            tr.text("cat-put-back"),
            Kind::Tile,
            Some(Message::SetProductActive(product.id, true)),
        )
    };
    editable_row(lang, cells, Message::EditProduct(product.id), toggle)
}

fn producers<'a>(
    catalogue: &'a Catalogue,
    data: &'a Data,
    tr: &'a Translator,
) -> (E<'a>, Vec<E<'a>>, usize) {
    let lang = tr.lang();
    let words = search_words(&catalogue.query);
    let found: Vec<&Producer> = data
        .producers
        .iter()
        .filter(|p| producer_matches(p, &words))
        .collect();
    let header = row_of(
        lang,
        vec![
            head(tr.text("cat-col-name"), 4, lang),
            head(tr.text("cat-col-code"), 2, lang),
            head(tr.text("cat-col-phone"), 2, lang),
            head(tr.text("cat-col-workshop"), 2, lang),
            head(tr.text("cat-col-share"), 2, lang),
            head(tr.text("cat-col-on-sale"), 2, lang),
        ],
    );
    let rows = found
        .iter()
        .take(SHOWN)
        .map(|p| producer_row(p, data, tr))
        .collect();
    (header, rows, found.len())
}

fn producer_row<'a>(producer: &'a Producer, data: &'a Data, tr: &'a Translator) -> E<'a> {
    let lang = tr.lang();
    let workshop = producer
        .workshop
        .as_deref()
        .map_or_else(String::new, |code| {
            data.category(code)
                .map_or_else(|| code.to_owned(), |c| c.name(lang).to_owned())
        });
    let share = match producer.share_rate {
        Some(rate) => percent(&rate.plain(), lang),
        None => tr
            .tr(&Msg::new("cat-share-default")
                .arg("rate", percent(&data.default_rate.plain(), lang))),
    };
    let cells = vec![
        name_cell(producer_name(producer, lang), producer.active, tr, 4),
        cell(producer.code.clone(), 2, lang),
        cell(producer.phone.clone().unwrap_or_default(), 2, lang),
        cell(workshop, 2, lang),
        cell(share, 2, lang),
        cell(data.products_of(producer.id).to_string(), 2, lang),
    ];
    let toggle = if producer.active {
        action(
            tr.text("cat-deactivate"),
            Kind::Plain,
            Some(Message::SetProducerActive(producer.id, false)),
        )
    } else {
        action(
            tr.text("cat-reactivate"),
            Kind::Tile,
            Some(Message::SetProducerActive(producer.id, true)),
        )
    };
    editable_row(lang, cells, Message::EditProducer(producer.id), toggle)
}

/// The words of a search, folded as the catalogue's search folds them.
pub fn search_words(query: &str) -> Vec<String> {
    fold(query).split_whitespace().map(str::to_owned).collect()
}

/// Whether every word is in the producer's code, names or phone (all when no word).
pub fn producer_matches(producer: &Producer, words: &[String]) -> bool {
    let key = fold(&format!(
        "{} {} {} {}",
        producer.code,
        producer.name_latin,
        producer.name_ar,
        producer.phone.as_deref().unwrap_or_default()
    ));
    words.iter().all(|w| key.contains(w.as_str()))
}

/// `12.5` as the language writes a percentage: `12,5 %`.
pub fn percent(plain: &str, lang: Lang) -> String {
    match lang {
        Lang::En => format!("{plain}\u{a0}%"),
        Lang::Fr | Lang::Ar => format!("{}\u{a0}%", plain.replace('.', ",")),
    }
}

/// The name, bold, and under it "withdrawn" when the row is inactive.
fn name_cell<'a>(name: String, active: bool, tr: &Translator, portion: u16) -> E<'a> {
    let lang = tr.lang();
    let mut col = column![text(name).size(TEXT).font(BOLD)].spacing(2);
    if !active {
        col = col.push(
            text(tr.text("cat-inactive"))
                .size(SMALL)
                .style(theme::muted),
        );
    }
    container(col.align_x(start(lang)))
        .width(Length::FillPortion(portion))
        .align_x(start(lang))
        .into()
}

/// Cells in the language's direction, with the room the row's button takes left empty.
fn row_of<'a>(lang: Lang, mut cells: Vec<E<'a>>) -> E<'a> {
    cells.push(iced::widget::Space::new().width(ACTION_WIDTH).into());
    flow(lang, cells)
        .spacing(SPACE)
        .padding([0, 24])
        .align_y(iced::Center)
        .into()
}

/// A row that opens its form when touched, and its own button at the end.
fn editable_row<'a>(
    lang: Lang,
    cells: Vec<E<'a>>,
    edit: Message,
    toggle: iced::widget::Button<'a, Message>,
) -> E<'a> {
    let content = flow(lang, cells).spacing(SPACE).align_y(iced::Center);
    let open = button(content)
        .width(Fill)
        .padding([10, 10])
        .style(theme::button_style(Kind::Tile))
        .on_press(edit);
    flow(lang, vec![open.into(), toggle.width(ACTION_WIDTH).into()])
        .spacing(SPACE)
        .align_y(iced::Center)
        .into()
}
