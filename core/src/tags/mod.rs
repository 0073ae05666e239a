//! Price tags: the product's names in Arabic and French, its price (or price per kg), its
//! maker's first name and a scannable EAN-13, so the counter's scanner finds it. A tag for a
//! pre-weighed package carries the package's code instead (`catalog::weighed`), its price
//! and weight. Tags print on the thermal printer one after another (laid out as receipt
//! blocks, drawn by the receipt's raster) and on A4 sheets of labels (`sheet`, PDF).

pub mod sheet;

use rusqlite::Connection;

use crate::catalog::{self, Producer, Product, weighed};
use crate::error::Result;
use crate::i18n::Lang;
use crate::intake::Deposit;
use crate::money::{Quantity, Unit};
use crate::receipt::layout::{Block, Receipt, Style, amount};

/// One tag, everything it says worked out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tag {
    pub sku: String,
    pub name_ar: String,
    pub name_fr: String,
    /// Her first name in Latin and Arabic letters.
    pub maker: String,
    pub maker_ar: String,
    /// `51,50 DH`, `90,00 DH/kg`, or a package's price.
    pub price: String,
    /// A package's weight and price per kg: `0,350 kg × 90,00 DH/kg`.
    pub detail: Option<String>,
    /// The EAN-13 to draw; `None` when the product has no barcode.
    pub code: Option<String>,
}

impl Tag {
    /// The tag of a product (its own barcode), or of a package of it weighing `weight`
    /// (a kg product: the package's price and its variable-measure code).
    pub fn new(product: &Product, maker: &Producer, weight: Option<Quantity>) -> Result<Tag> {
        let (price, detail, code) = match (product.unit, weight) {
            (Unit::Kg, Some(weight)) => {
                let price = weight.times(product.price);
                let code = weighed::package_code(product, price)?;
                let detail = format!(
                    "{} × {}/kg",
                    weight.format(Unit::Kg, Lang::Fr),
                    amount(product.price)
                );
                (amount(price), Some(detail), Some(code))
            }
            (Unit::Kg, None) => (
                format!("{}/kg", amount(product.price)),
                None,
                product.barcode.clone(),
            ),
            (Unit::Piece, _) => (amount(product.price), None, product.barcode.clone()),
        };
        Ok(Tag {
            sku: product.sku.clone(),
            name_ar: product.name_ar.trim().to_owned(),
            name_fr: product.name_fr.trim().to_owned(),
            maker: maker.first_name().to_owned(),
            maker_ar: maker.first_name_ar().to_owned(),
            price,
            detail,
            code,
        })
    }

    /// `Siham · سهام`, or the one name there is.
    pub fn maker_line(&self) -> String {
        if self.maker_ar.is_empty() || self.maker_ar == self.maker {
            self.maker.clone()
        } else {
            format!("{} · {}", self.maker, self.maker_ar)
        }
    }
}

/// Tags for the thermal printer, one after another, a dashed line to cut along between.
pub fn thermal(tags: &[Tag]) -> Receipt {
    let mut b = Vec::new();
    for (i, tag) in tags.iter().enumerate() {
        if i > 0 {
            b.push(Block::Rule);
        }
        b.push(Block::center(&tag.name_ar, Style::Heading));
        if tag.name_fr != tag.name_ar {
            b.push(Block::center(&tag.name_fr, Style::Bold));
        }
        b.push(Block::center(tag.maker_line(), Style::Body));
        b.push(Block::center(&tag.price, Style::Total));
        if let Some(detail) = &tag.detail {
            b.push(Block::center(detail, Style::Body));
        }
        if let Some(code) = &tag.code {
            b.push(Block::Barcode { code: code.clone() });
        }
    }
    Receipt { blocks: b }
}

/// The tags of what `deposit` brought in, in its order: one a piece, one price-per-kg tag a
/// weighed product (lines that took items out have none).
pub fn for_deposit(conn: &Connection, deposit: &Deposit) -> Result<Vec<Tag>> {
    let mut list = Vec::new();
    for line in deposit.lines.iter().filter(|l| l.quantity.is_positive()) {
        let Some(product) = catalog::find_product(conn, &line.sku)? else {
            continue;
        };
        let maker = catalog::producer_by_id(conn, product.producer_id)?;
        let copies = match line.unit {
            Unit::Piece => usize::try_from(line.quantity.milli() / 1000).unwrap_or(0),
            Unit::Kg => 1,
        };
        let tag = Tag::new(&product, &maker, None)?;
        list.extend(std::iter::repeat_n(tag, copies));
    }
    Ok(list)
}
