//! The catalogue's refusals (unknown or inactive products and producers, taken codes and
//! barcodes, bad imports and photos) and what each column of an imported file holds, so
//! that "the file lacks the column …" can say it in words. The import reads its files by
//! these names ([`crate::catalog::import`]).

use thiserror::Error;

use super::{LineError, typed};
use crate::i18n::Msg;

/// The columns a file of products or of producers may have, each with the message
/// saying in words what it holds (`sku`: the product's reference).
pub const COLUMNS: [(&str, &str); 15] = [
    ("sku", "import-col-sku"),
    ("barcode", "import-col-barcode"),
    ("name_ar", "import-col-name-ar"),
    ("name_fr", "import-col-name-fr"),
    ("category", "import-col-category"),
    ("producer_code", "import-col-producer-code"),
    ("unit", "import-col-unit"),
    ("price", "import-col-price"),
    ("stock", "import-col-stock"),
    ("code", "import-col-code"),
    ("name_latin", "import-col-name-latin"),
    ("phone", "import-col-phone"),
    ("workshop", "import-col-workshop"),
    ("association_share_percent", "import-col-share"),
    ("joined", "import-col-joined"),
];

/// What the column `name` holds, in words.
pub fn column_meaning(name: &str) -> &'static str {
    COLUMNS
        .iter()
        .find(|(column, _)| *column == name)
        .map_or("import-col-other", |(_, id)| id)
}

/// Each says itself in the user's language ([`CatalogError::msg`]); the shop's `Error` carries
/// it as `Error::Catalog`.
#[derive(Debug, Clone, Error)]
pub enum CatalogError {
    #[error("no product has the code or barcode {0:?}")]
    UnknownProduct(String),
    #[error("the product {0} is no longer sold")]
    InactiveProduct(String),
    #[error("no producer has the code {0:?}")]
    UnknownProducer(String),
    #[error("the barcode {0} is not a valid EAN-13")]
    InvalidBarcode(String),
    #[error("the import found {} bad lines; nothing was imported", errors.len())]
    Import { errors: Vec<LineError> },
    #[error("the file is not readable CSV: {0}")]
    Csv(String),
    #[error("the file lacks the column {0:?}")]
    MissingColumn(String),
    #[error("the code {0:?} already belongs to another producer")]
    ProducerCodeTaken(String),
    #[error("the code {code:?} already belongs to the product {owner}")]
    SkuTaken { code: String, owner: String },
    #[error("the barcode {code} already belongs to the product {owner}")]
    BarcodeTaken { code: String, owner: String },
    #[error("unknown category {value:?} (known: {known})")]
    UnknownCategory { value: String, known: String },
    #[error("unknown workshop {value:?} (known: {known})")]
    UnknownWorkshop { value: String, known: String },
    #[error("no producer was chosen")]
    ProducerRequired,
    #[error("{sku} has been sold: its producer cannot change")]
    ProducerChangeAfterSale { sku: String },
    #[error("the producer {0} is inactive")]
    InactiveProducer(String),
    #[error("every in-store barcode is taken")]
    NoStoreBarcodeLeft,
    #[error("line {line} of the file is not UTF-8 text")]
    CsvNotUtf8 { line: usize },
    #[error("{lines} products to import but no producer yet: import the producers first")]
    ProducersFirst { lines: usize },
    #[error("the photo cannot be read: {0}")]
    PhotoUnreadable(String),
}

impl CatalogError {
    /// The refusal said to the user.
    pub fn msg(&self) -> Msg {
        use CatalogError as E;
        match self {
            E::UnknownProduct(code) => Msg::new("err-unknown-product").arg("code", typed(code)),
            E::InactiveProduct(code) => Msg::new("err-inactive-product").arg("code", code),
            E::UnknownProducer(code) => Msg::new("err-unknown-producer").arg("code", typed(code)),
            E::InvalidBarcode(code) => Msg::new("err-invalid-barcode").arg("code", typed(code)),
            E::Import { errors } => Msg::new("err-import").arg("count", errors.len()),
            E::ProducersFirst { lines } => {
                Msg::new("import-err-producers-first").arg("count", *lines)
            }
            E::Csv(detail) => Msg::new("err-csv").arg("detail", detail),
            E::MissingColumn(name) => Msg::new("err-missing-column")
                .arg("column", name)
                .arg("meaning", Msg::new(column_meaning(name))),
            E::ProducerCodeTaken(code) => Msg::new("cat-err-code-taken").arg("code", code),
            E::SkuTaken { code, owner } if code.eq_ignore_ascii_case(owner) => {
                Msg::new("cat-err-sku-taken").arg("code", code)
            }
            E::SkuTaken { code, owner } => Msg::new("cat-err-sku-is-barcode")
                .arg("code", code)
                .arg("owner", owner),
            E::BarcodeTaken { code, owner } => Msg::new("cat-err-barcode-taken")
                .arg("code", code)
                .arg("owner", owner),
            E::UnknownCategory { value, .. } if value.is_empty() => Msg::new("cat-err-no-category"),
            E::UnknownCategory { value, known } => Msg::new("cat-err-unknown-category")
                .arg("value", value)
                .arg("known", known),
            E::UnknownWorkshop { value, known } => Msg::new("cat-err-unknown-workshop")
                .arg("value", value)
                .arg("known", known),
            E::ProducerRequired => Msg::new("cat-err-no-producer"),
            E::ProducerChangeAfterSale { sku } => {
                Msg::new("cat-err-producer-change").arg("sku", sku)
            }
            E::InactiveProducer(code) => Msg::new("cat-err-inactive-producer").arg("code", code),
            E::NoStoreBarcodeLeft => Msg::new("cat-err-no-barcode-left"),
            E::CsvNotUtf8 { line } => Msg::new("input-err-csv-not-utf8").arg("line", *line),
            E::PhotoUnreadable(detail) => Msg::new("photo-err-unreadable").arg("detail", detail),
        }
    }
}
