//! What a receipt says and in which order: the shop's header, the sale's number, date and
//! cashier, each line with its maker, the total, the payments, the thanks, as a list of
//! blocks (centered titles, text lines, label … amount rows, rules).
//!
//! Pure: no fonts and no pixels (`raster` draws the blocks). The receipt is always in
//! Arabic and French, whatever language the counter speaks, so its fixed words are
//! bilingual constants here rather than translated messages. Amounts use the French
//! writing (`1 250,00 DH`): a number inside an Arabic sentence is reordered by the bidi
//! algorithm, so amounts always stand alone, in their own column.

use crate::i18n::has_arabic;
use rusqlite::Connection;

use crate::error::Result;
use crate::i18n::Lang;
use crate::money::Money;
use crate::sale::{Method, Sale, SaleLine, Status};
use crate::settings;

/// The shop's name when the settings give none.
pub const DEFAULT_NAME_AR: &str = "السوق الصغير للتضامن";
pub const DEFAULT_NAME_FR: &str = "Le petit marché solidaire";

/// Fixed words, (French, Arabic).
pub const DUPLICATE: (&str, &str) = ("DUPLICATA", "نسخة");
pub const REFUND: (&str, &str) = ("REMBOURSEMENT", "استرجاع");
pub const VOIDED: (&str, &str) = ("ANNULÉE", "ملغاة");
pub const TEST_PAGE: (&str, &str) = ("PAGE DE TEST", "صفحة تجريبية");
const TICKET: (&str, &str) = ("Ticket", "وصل");
const DATE: (&str, &str) = ("Date", "التاريخ");
const CASHIER: (&str, &str) = ("Caisse", "الصندوق");
const ORIGINAL: (&str, &str) = ("Ticket d'origine", "الوصل الأصلي");
const REASON: (&str, &str) = ("Motif", "السبب");
const MADE_BY: (&str, &str) = ("par", "من صنع");
const DISCOUNT: (&str, &str) = ("Remise", "تخفيض");
const TOTAL: (&str, &str) = ("TOTAL", "المجموع");
const CASH: (&str, &str) = ("Espèces", "نقدا");
const CARD: (&str, &str) = ("Carte", "بطاقة");
const TRANSFER: (&str, &str) = ("Virement", "تحويل");
const CHANGE: (&str, &str) = ("Rendu", "الباقي");
pub const THANKS_AR: &str = "شكرا لدعمكم للنساء المنتجات";
pub const THANKS_FR: &str = "Merci de soutenir les productrices";

/// What the shop prints at the top and the bottom of every receipt.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ShopInfo {
    pub name_ar: String,
    pub name_fr: String,
    pub address: Option<String>,
    pub phone: Option<String>,
    /// `("ICE", "001525478000012")`, in the order ICE, IF, RC, TP.
    pub tax_ids: Vec<(String, String)>,
    pub header_lines: Vec<String>,
    pub footer_lines: Vec<String>,
    /// Name each item's maker (the shop's point); on unless set to "0".
    pub show_maker: bool,
}

impl Default for ShopInfo {
    fn default() -> ShopInfo {
        ShopInfo {
            name_ar: DEFAULT_NAME_AR.to_owned(),
            name_fr: DEFAULT_NAME_FR.to_owned(),
            address: None,
            phone: None,
            tax_ids: Vec::new(),
            header_lines: Vec::new(),
            footer_lines: Vec::new(),
            show_maker: true,
        }
    }
}

impl ShopInfo {
    /// The receipt settings (`receipt.*`), falling back to `shop.name` and the defaults.
    pub fn load(conn: &Connection) -> Result<ShopInfo> {
        let get = |key: &str| -> Result<Option<String>> {
            Ok(settings::get(conn, key)?
                .map(|v| v.trim().to_owned())
                .filter(|v| !v.is_empty()))
        };
        let shop_name = get(settings::SHOP_NAME)?;
        let (shop_ar, shop_fr) = match shop_name {
            Some(name) if has_arabic(&name) => (Some(name), None),
            other => (None, other),
        };
        let mut tax_ids = Vec::new();
        for (key, label) in [
            (settings::ICE, "ICE"),
            (settings::IF, "IF"),
            (settings::RC, "RC"),
            (settings::TP, "TP"),
        ] {
            if let Some(value) = get(key)? {
                tax_ids.push((label.to_owned(), value));
            }
        }
        let lines = |text: Option<String>| -> Vec<String> {
            text.unwrap_or_default()
                .lines()
                .map(str::trim)
                .filter(|l| !l.is_empty())
                .map(str::to_owned)
                .collect()
        };
        Ok(ShopInfo {
            name_ar: get(settings::NAME_AR)?
                .or(shop_ar)
                .unwrap_or_else(|| DEFAULT_NAME_AR.to_owned()),
            name_fr: get(settings::NAME_FR)?
                .or(shop_fr)
                .unwrap_or_else(|| DEFAULT_NAME_FR.to_owned()),
            address: get(settings::ADDRESS)?,
            phone: get(settings::PHONE)?,
            tax_ids,
            header_lines: lines(get(settings::HEADER)?),
            footer_lines: lines(get(settings::FOOTER)?),
            show_maker: !matches!(
                get(settings::SHOW_MAKER)?.as_deref(),
                Some("0" | "false" | "no" | "non")
            ),
        })
    }
}

/// The original print of a sale, or a later one (marked so).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Copy {
    Original,
    Duplicate,
}

/// How big and heavy a text is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Style {
    Body,
    Bold,
    /// The shop's name and the receipt's kind.
    Heading,
    /// The amount to pay: the largest text.
    Total,
}

/// One piece of a receipt, top to bottom.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    /// Centered on the paper, wrapped if too long.
    Center { text: String, style: Style },
    /// The same words in French and Arabic, centered: `fr / ar` on one line when it
    /// fits, else the Arabic above the French.
    Title {
        fr: String,
        ar: String,
        style: Style,
    },
    /// A line on the side its script starts from (Arabic right, Latin left), wrapped.
    Text { text: String, style: Style },
    /// `start` at the left, `end` at the right (amounts line up, digits being of one
    /// width), `middle` right-aligned in the column just before the amounts. When they do
    /// not fit on one line, `start` comes first on its own line(s).
    Row {
        start: String,
        middle: String,
        end: String,
        style: Style,
    },
    /// A dashed line across the paper.
    Rule,
    /// White space of this many dots (room to sign above a line).
    Gap { dots: u32 },
    /// An EAN-13 barcode drawn as bars, centered, its digits beneath (a price tag's).
    Barcode { code: String },
}

impl Block {
    pub(crate) fn center(text: impl Into<String>, style: Style) -> Block {
        Block::Center {
            text: text.into(),
            style,
        }
    }

    pub(crate) fn title((fr, ar): (&str, &str)) -> Block {
        Block::Title {
            fr: fr.to_owned(),
            ar: ar.to_owned(),
            style: Style::Heading,
        }
    }

    pub(crate) fn row(start: impl Into<String>, end: impl Into<String>, style: Style) -> Block {
        Block::Row {
            start: start.into(),
            middle: String::new(),
            end: end.into(),
            style,
        }
    }

    /// Every text of the block, for searches and text-mode printing.
    pub fn texts(&self) -> Vec<&str> {
        match self {
            Block::Center { text, .. } | Block::Text { text, .. } => vec![text],
            Block::Title { fr, ar, .. } => vec![fr, ar],
            Block::Row {
                start, middle, end, ..
            } => vec![start, middle, end],
            Block::Barcode { code } => vec![code],
            Block::Rule | Block::Gap { .. } => Vec::new(),
        }
    }
}

/// A receipt laid out, ready to draw.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Receipt {
    pub blocks: Vec<Block>,
}

impl Receipt {
    /// The ticket of a sale, a refund or a voided sale.
    pub fn new(sale: &Sale, shop: &ShopInfo, copy: Copy) -> Receipt {
        let mut b = header(shop);
        if copy == Copy::Duplicate {
            b.push(Block::title(DUPLICATE));
        }
        match sale.status {
            Status::Refund => b.push(Block::title(REFUND)),
            Status::Voided => b.push(Block::title(VOIDED)),
            Status::Completed => {}
        }
        b.push(Block::row(both(TICKET), &sale.number, Style::Bold));
        b.push(Block::row(
            both(DATE),
            sale.sold_at.format("%d/%m/%Y %H:%M").to_string(),
            Style::Body,
        ));
        b.push(Block::row(both(CASHIER), &sale.cashier, Style::Body));
        if let Some(original) = &sale.refund_of {
            b.push(Block::row(both(ORIGINAL), original, Style::Body));
        }
        if let Some(reason) = sale.reason.as_deref().filter(|r| !r.trim().is_empty()) {
            b.push(Block::row(both(REASON), reason.trim(), Style::Body));
        }
        b.push(Block::Rule);
        for line in &sale.lines {
            item(&mut b, line, shop.show_maker);
        }
        b.push(Block::Rule);
        b.push(Block::row(both(TOTAL), amount(sale.total), Style::Total));
        for p in &sale.payments {
            let label = match p.method {
                Method::Cash => CASH,
                Method::Card => CARD,
                Method::Transfer => TRANSFER,
            };
            let paid = p.tendered.unwrap_or(p.amount);
            b.push(Block::row(both(label), amount(paid), Style::Body));
        }
        if !sale.change.is_zero() {
            b.push(Block::row(both(CHANGE), amount(sale.change), Style::Bold));
        }
        if sale.status == Status::Voided {
            b.push(Block::title(VOIDED));
        }
        footer(&mut b, shop);
        Receipt { blocks: b }
    }

    /// A page to check the printer from the settings: the header, every kind of block,
    /// both scripts, every digit.
    pub fn test_page(shop: &ShopInfo) -> Receipt {
        let mut b = header(shop);
        b.push(Block::title(TEST_PAGE));
        b.push(Block::Text {
            text: "أبجد هوز حطي كلمن سعفص".to_owned(),
            style: Style::Body,
        });
        b.push(Block::Text {
            text: "àâçéèêëîïôùûü ÀÉÈÇ œ «»".to_owned(),
            style: Style::Body,
        });
        b.push(Block::row("0123456789", "9876543210", Style::Bold));
        b.push(Block::Rule);
        b.push(Block::row("Chebakia", "شباكية", Style::Bold));
        b.push(Block::Row {
            start: format!("{} Siham / {} سهام", MADE_BY.0, MADE_BY.1),
            middle: format!("0,350\u{a0}kg × {}", number(Money::from_centimes(9000))),
            end: number(Money::from_centimes(3150)),
            style: Style::Body,
        });
        b.push(Block::Rule);
        b.push(Block::row(
            both(TOTAL),
            amount(Money::from_centimes(123_456)),
            Style::Total,
        ));
        footer(&mut b, shop);
        Receipt { blocks: b }
    }
}

/// The shop's name, address and ids above a rule: the top of every paper it prints.
pub(crate) fn header(shop: &ShopInfo) -> Vec<Block> {
    let mut b = vec![
        Block::center(&shop.name_ar, Style::Heading),
        Block::center(&shop.name_fr, Style::Bold),
    ];
    for line in shop.address.iter().flat_map(|a| a.lines()) {
        if !line.trim().is_empty() {
            b.push(Block::center(line.trim(), Style::Body));
        }
    }
    if let Some(phone) = &shop.phone {
        b.push(Block::center(phone, Style::Body));
    }
    for (label, value) in &shop.tax_ids {
        b.push(Block::center(format!("{label} : {value}"), Style::Body));
    }
    for line in &shop.header_lines {
        b.push(Block::center(line, Style::Body));
    }
    b.push(Block::Rule);
    b
}

fn footer(b: &mut Vec<Block>, shop: &ShopInfo) {
    b.push(Block::Rule);
    b.push(Block::center(THANKS_AR, Style::Bold));
    b.push(Block::center(THANKS_FR, Style::Body));
    for line in &shop.footer_lines {
        b.push(Block::center(line, Style::Body));
    }
}

/// A sale line: its names (French left, Arabic right), then who made it, how much at what
/// price, and the amount; then its discount.
fn item(b: &mut Vec<Block>, line: &SaleLine, show_maker: bool) {
    b.push(Block::row(
        line.name_fr.trim(),
        line.name_ar.trim(),
        Style::Bold,
    ));
    let maker = if show_maker {
        maker(&line.producer_name, &line.producer_name_ar)
    } else {
        String::new()
    };
    let quantity = line.quantity.format(line.unit, Lang::Fr);
    let price = number(line.unit_price);
    // The column adds up to the line: quantity × price, then what was taken off (a refund
    // of a discounted line gives back less than quantity × price).
    let gross = line.quantity.times(line.unit_price);
    b.push(Block::Row {
        start: maker,
        middle: format!("{quantity} × {price}"),
        end: number(gross),
        style: Style::Body,
    });
    if line.total != gross {
        b.push(Block::row(
            format!("  {}", both(DISCOUNT)),
            number(line.total - gross),
            Style::Body,
        ));
    }
}

/// `par Siham / من صنع سهام`, or whichever name there is.
fn maker(latin: &str, arabic: &str) -> String {
    let (latin, arabic) = (latin.trim(), arabic.trim());
    match (latin.is_empty(), arabic.is_empty() || arabic == latin) {
        (false, false) => format!("{} {latin} / {} {arabic}", MADE_BY.0, MADE_BY.1),
        (false, true) => format!("{} {latin}", MADE_BY.0),
        (true, false) => format!("{} {arabic}", MADE_BY.1),
        (true, true) => String::new(),
    }
}

/// `Ticket / وصل`: French first, so the label reads from the left like its row.
pub(crate) fn both((fr, ar): (&str, &str)) -> String {
    format!("{fr} / {ar}")
}

/// An amount with its currency: `1 000,00 DH`.
pub(crate) fn amount(m: Money) -> String {
    m.format(Lang::Fr)
}

/// An amount alone: `1 000,00`.
pub(crate) fn number(m: Money) -> String {
    m.format_number(Lang::Fr)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn maker_names_both_scripts_or_what_there_is() {
        assert_eq!(maker("Siham", "سهام"), "par Siham / من صنع سهام");
        assert_eq!(maker("Siham", ""), "par Siham");
        assert_eq!(maker("", "سهام"), "من صنع سهام");
        assert_eq!(maker(" ", ""), "");
    }

    #[test]
    fn a_test_page_says_what_it_is() {
        let page = Receipt::test_page(&ShopInfo::default());
        assert!(page.blocks.contains(&Block::title(TEST_PAGE)));
    }
}
