//! The intake screen's small form for a product made on the spot: a woman brings something
//! the shop has never sold. It only gathers the fields; the core creates the product with
//! the deposit, in its transaction, and refuses it to a volunteer once the shop has an
//! administrator (making a product sets a price: the Catalogue right).

use iced::Element;
use iced::widget::{button, column, text};

use crate::Error;
use crate::catalog::Category;
use crate::catalog::edit::ProductForm;
use crate::i18n::{Lang, Translator};
use crate::intake::Item;
use crate::money::{Money, Quantity, Unit};
use crate::ui::layout::{at, flow, start};
use crate::ui::theme::{self, Kind, SPACE, TEXT};
use crate::ui::widget::{input, title};

pub const NAME_FR: &str = "intake-new-name-fr";
pub const NAME_AR: &str = "intake-new-name-ar";
pub const PRICE: &str = "intake-new-price";
pub const QUANTITY: &str = "intake-new-quantity";

#[derive(Debug, Default)]
pub struct NewProduct {
    name_fr: String,
    name_ar: String,
    category: String,
    kg: bool,
    price: String,
    quantity: String,
}

#[derive(Debug, Clone)]
pub enum Message {
    NameFr(String),
    NameAr(String),
    Category(String),
    /// Sold by the kilogram (true) or by the piece.
    Kg(bool),
    Price(String),
    Quantity(String),
}

impl NewProduct {
    pub fn update(&mut self, message: Message) {
        match message {
            Message::NameFr(t) => self.name_fr = t,
            Message::NameAr(t) => self.name_ar = t,
            Message::Category(c) => self.category = c,
            Message::Kg(kg) => self.kg = kg,
            Message::Price(t) => self.price = t,
            Message::Quantity(t) => self.quantity = t,
        }
    }

    /// The deposit line, checked as far as a form can be before the core sees it: a name,
    /// a price, a quantity. The category and the producer are the core's to check.
    pub fn item(&self) -> Result<Item, Error> {
        if self.name_fr.trim().is_empty() && self.name_ar.trim().is_empty() {
            return Err(Error::NameRequired);
        }
        Money::parse(&self.price).map_err(|e| Error::parse("price", e))?;
        let unit = if self.kg { Unit::Kg } else { Unit::Piece };
        let quantity = match (self.quantity.trim(), unit) {
            ("", Unit::Piece) => Quantity::pieces(1),
            (text, unit) => Quantity::parse(text, unit).map_err(|e| Error::parse("quantity", e))?,
        };
        Ok(Item::New {
            form: ProductForm {
                name_fr: self.name_fr.trim().to_owned(),
                name_ar: self.name_ar.trim().to_owned(),
                category: self.category.clone(),
                unit,
                price: self.price.trim().to_owned(),
                ..ProductForm::default()
            },
            quantity,
        })
    }

    pub fn view<'a>(
        &'a self,
        tr: &'a Translator,
        categories: &'a [Category],
    ) -> Element<'a, Message> {
        let lang = tr.lang();
        let field = |hint: &'static str, value: &'a str, id: &'static str| {
            input(&tr.text(hint), value, lang).id(id)
        };
        let choice = |label: String, on: bool, message: Message| -> Element<'a, Message> {
            button(text(label).size(TEXT))
                .padding([6, 12])
                .style(theme::button_style(if on {
                    Kind::Selected
                } else {
                    Kind::Tile
                }))
                .on_press(message)
                .into()
        };
        let names = flow(
            lang,
            vec![
                field("intake-ui-new-name-fr", &self.name_fr, NAME_FR)
                    .on_input(Message::NameFr)
                    .width(iced::Fill)
                    .into(),
                field("intake-ui-new-name-ar", &self.name_ar, NAME_AR)
                    .on_input(Message::NameAr)
                    .width(iced::Fill)
                    .into(),
            ],
        )
        .spacing(SPACE);
        let kinds = categories
            .iter()
            .map(|c| {
                choice(
                    c.name(lang).to_owned(),
                    self.category == c.code,
                    Message::Category(c.code.clone()),
                )
            })
            .collect();
        let measure = flow(
            lang,
            vec![
                choice(
                    tr.text("intake-ui-new-unit-piece"),
                    !self.kg,
                    Message::Kg(false),
                ),
                choice(tr.text("intake-ui-new-unit-kg"), self.kg, Message::Kg(true)),
                field("intake-ui-new-price", &self.price, PRICE)
                    .on_input(Message::Price)
                    .width(160)
                    .into(),
                field("intake-ui-quantity", &self.quantity, QUANTITY)
                    .on_input(Message::Quantity)
                    .width(160)
                    .into(),
            ],
        )
        .spacing(SPACE)
        .align_y(iced::Center);
        column![
            title(tr.text("intake-ui-new-title"), TEXT, lang),
            names,
            at(flow(lang, kinds).spacing(SPACE * 0.5).wrap(), start(lang)),
            at(measure, start(lang)),
        ]
        .spacing(SPACE * 0.6)
        .into()
    }
}

/// The name a new product shows in the list before it exists.
pub fn name(form: &ProductForm, lang: Lang) -> &str {
    match (
        lang.is_rtl(),
        form.name_ar.is_empty(),
        form.name_fr.is_empty(),
    ) {
        (true, false, _) | (false, false, true) => &form.name_ar,
        _ => &form.name_fr,
    }
}
