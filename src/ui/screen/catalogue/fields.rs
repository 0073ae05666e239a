//! The forms' fields as messages carry them, and how each lands in its form.

use crate::catalog::edit::{ProducerForm, ProductForm};
use crate::money::Unit;

/// A change to one field of the product form.
#[derive(Debug, Clone)]
pub enum ProductField {
    /// The sku (left empty, Souk chooses one).
    Sku(String),
    /// The barcode (empty: none).
    Barcode(String),
    /// The name in Arabic.
    NameAr(String),
    /// The name in French.
    NameFr(String),
    /// The category's code.
    Category(String),
    /// The producer's code (choosing her also clears the producer search).
    Producer(String),
    /// The producer search was typed (not saved: it only finds her).
    FindProducer(String),
    /// Sold by the piece or by the kg.
    Unit(Unit),
    /// The price as typed.
    Price(String),
    /// Whether the shop counts this product's stock.
    Tracked(bool),
    /// The count on the shelf, as typed.
    Stock(String),
    /// The path of a photo file (kept beside the form, not in it).
    Photo(String),
}

/// A change to one field of the producer form.
#[derive(Debug, Clone)]
pub enum ProducerField {
    /// Her code (left empty, Souk chooses one).
    Code(String),
    /// Her name in Arabic letters.
    NameAr(String),
    /// Her name in Latin letters.
    NameLatin(String),
    /// Her phone number.
    Phone(String),
    /// Her workshop (a category code), or none.
    Workshop(Option<String>),
    /// The association's share in percent; empty for the shop's default.
    Share(String),
}

pub(super) fn set_product_field(form: &mut ProductForm, field: ProductField) {
    match field {
        ProductField::Sku(v) => form.sku = v,
        ProductField::Barcode(v) => form.barcode = v,
        ProductField::NameAr(v) => form.name_ar = v,
        ProductField::NameFr(v) => form.name_fr = v,
        ProductField::Category(v) => form.category = v,
        ProductField::Producer(v) => form.producer = v,
        ProductField::FindProducer(_) | ProductField::Photo(_) => {}
        ProductField::Unit(v) => form.unit = v,
        ProductField::Price(v) => form.price = v,
        ProductField::Tracked(v) => form.stock_tracked = v,
        ProductField::Stock(v) => form.stock = v,
    }
}

pub(super) fn set_producer_field(form: &mut ProducerForm, field: ProducerField) {
    match field {
        ProducerField::Code(v) => form.code = v,
        ProducerField::NameAr(v) => form.name_ar = v,
        ProducerField::NameLatin(v) => form.name_latin = v,
        ProducerField::Phone(v) => form.phone = v,
        ProducerField::Workshop(v) => form.workshop = v.unwrap_or_default(),
        ProducerField::Share(v) => form.share_percent = v,
    }
}
