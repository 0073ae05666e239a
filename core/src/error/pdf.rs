//! The page printer's and the PDFs' refusals.
//! Below the pdf module so that the shop's `Error` can carry them without importing it.

use thiserror::Error;

use crate::i18n::Msg;

/// Each says itself in the user's language ([`PdfError::msg`]); the shop's `Error` carries
/// it as `Error::Pdf`.
#[derive(Debug, Clone, Error)]
pub enum PdfError {
    #[error("the bundled font number {0} cannot be read for a PDF")]
    PdfFont(usize),
    #[error("this PC has no printing system (CUPS's lp)")]
    NoPagePrinting,
    #[error("the page printer refused the document: {0}")]
    PagePrinter(String),
}

impl PdfError {
    /// The refusal said to the user.
    pub fn msg(&self) -> Msg {
        use PdfError as E;
        match self {
            E::PdfFont(index) => Msg::new("pdf-err-font").arg("index", *index),
            E::NoPagePrinting => Msg::new("pages-err-no-cups"),
            E::PagePrinter(detail) => Msg::new("pages-err-printer").arg("detail", detail),
        }
    }
}
