//! A statement as the paper a producer takes home: bilingual (French on the left, Arabic on
//! the right), A5 by default or A4, the shop's header, the month and number (or DRAFT),
//! her name in both scripts, the table of her lines (its header repeated on every page it
//! flows onto), her balance's steps, the amount to pay in large type, and lines to sign or
//! thumbprint. Numbers are written the French way (`1 272,50`), right-aligned in columns.

use crate::error::Result;
use crate::i18n::Lang;
use crate::money::Money;
use crate::pdf::{Mm, Page, Style, to_pdf};
use crate::receipt::ShopInfo;

use super::{Statement, StatementLine};

/// The paper a statement is printed on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Paper {
    #[default]
    A5,
    A4,
}

impl Paper {
    pub fn code(self) -> &'static str {
        match self {
            Paper::A5 => "a5",
            Paper::A4 => "a4",
        }
    }

    pub fn from_code(code: &str) -> Option<Paper> {
        match code.trim().to_ascii_lowercase().as_str() {
            "a5" => Some(Paper::A5),
            "a4" => Some(Paper::A4),
            _ => None,
        }
    }

    pub(crate) fn page(self) -> Page {
        match self {
            Paper::A5 => Page::a5(),
            Paper::A4 => Page::a4(),
        }
    }
}

pub(crate) const MONTHS_FR: [&str; 12] = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
];
/// The month names used in Morocco.
pub(crate) const MONTHS_AR: [&str; 12] = [
    "يناير",
    "فبراير",
    "مارس",
    "أبريل",
    "ماي",
    "يونيو",
    "يوليوز",
    "غشت",
    "شتنبر",
    "أكتوبر",
    "نونبر",
    "دجنبر",
];

pub(crate) const MARGIN: Mm = 10.0;
const ROW: Mm = 4.6;
const BODY: f32 = 7.5;

/// `1 272,50`: the number as the papers print it (French grouping, comma).
pub fn amount_text(m: Money) -> String {
    m.format_number(Lang::Fr)
}

/// A column of the table: its French and Arabic headings, its right edge or left start
/// (as a share of the usable width), and whether it holds numbers (right-aligned).
struct Column {
    fr: &'static str,
    ar: &'static str,
    /// Where the column's text is anchored, 0 = left margin, 1 = right margin.
    at: f32,
    numeric: bool,
}

const COLUMNS: [Column; 7] = [
    Column {
        fr: "Date",
        ar: "التاريخ",
        at: 0.0,
        numeric: false,
    },
    Column {
        fr: "Ticket",
        ar: "الوصل",
        at: 0.085,
        numeric: false,
    },
    Column {
        fr: "Produit",
        ar: "المنتوج",
        at: 0.255,
        numeric: false,
    },
    Column {
        fr: "Qté",
        ar: "الكمية",
        at: 0.625,
        numeric: true,
    },
    Column {
        fr: "Montant",
        ar: "المبلغ",
        at: 0.75,
        numeric: true,
    },
    Column {
        fr: "Part assoc.",
        ar: "حصة الجمعية",
        at: 0.875,
        numeric: true,
    },
    Column {
        fr: "Sa part",
        ar: "حصتها",
        at: 1.0,
        numeric: true,
    },
];

/// Where things go on one paper.
struct Frame {
    left: Mm,
    right: Mm,
    bottom: Mm,
}

impl Frame {
    fn new(paper: Paper) -> Frame {
        let page = paper.page();
        Frame {
            left: MARGIN,
            right: page.width() - MARGIN,
            bottom: page.height() - MARGIN - 6.0,
        }
    }

    fn x(&self, share: f32) -> Mm {
        self.left + (self.right - self.left) * share
    }
}

/// The month as the title says it: `novembre 2026`, `نونبر 2026`.
pub(crate) fn month_names(s: &Statement) -> (String, String) {
    let index = (s.month_no.clamp(1, 12) - 1) as usize;
    (
        format!("{} {}", MONTHS_FR[index], s.year),
        format!("{} {}", MONTHS_AR[index], s.year),
    )
}

/// The shop's name on both sides, then its address and phone: the top of every paper.
/// Returns the baseline after it.
pub(crate) fn shop_header(page: &mut Page, shop: &ShopInfo, left: Mm, right: Mm) -> Mm {
    let mut y = MARGIN + 4.0;
    let half = (right - left) / 2.0 - 2.0;
    page.text(left, y, &shop.name_fr, Style::new(10.0).bold().fit(half));
    page.text(
        right,
        y,
        &shop.name_ar,
        Style::new(10.0).bold().right().fit(half),
    );
    let contact: Vec<&str> = [shop.address.as_deref(), shop.phone.as_deref()]
        .into_iter()
        .flatten()
        .collect();
    if !contact.is_empty() {
        y += 4.0;
        page.text(left, y, &contact.join(" · "), Style::new(7.0).gray(0.3));
    }
    y + 2.0
}

/// The top of each of a statement's pages: header, title, number, her names. Returns the
/// baseline after it.
fn top(page: &mut Page, f: &Frame, shop: &ShopInfo, s: &Statement) -> Mm {
    let mut y = shop_header(page, shop, f.left, f.right);
    page.line((f.left, y), (f.right, y), 0.6);
    y += 6.0;
    let (month_fr, month_ar) = month_names(s);
    let half = (f.right - f.left) / 2.0 - 2.0;
    page.text(
        f.left,
        y,
        &format!("Relevé de revenus — {month_fr}"),
        Style::new(11.0).bold().fit(half),
    );
    page.text(
        f.right,
        y,
        &format!("كشف المداخيل — {month_ar}"),
        Style::new(11.0).bold().right().fit(half),
    );
    y += 5.0;
    match &s.number {
        Some(n) => {
            let day = s.issued_at.map(|t| t.format("%d/%m/%Y").to_string());
            let issued = day
                .as_deref()
                .map_or(String::new(), |d| format!(" — émis le {d}"));
            page.text(f.left, y, &format!("N° {n}{issued}"), Style::new(8.5));
            page.text(f.right, y, &format!("رقم {n}"), Style::new(8.5).right());
        }
        None => {
            page.text(f.left, y, "BROUILLON — non émis", Style::new(8.5).bold());
            page.text(f.right, y, "مسودة", Style::new(8.5).bold().right());
        }
    }
    y += 7.0;
    page.text(
        f.left,
        y,
        &format!("{} ({})", s.producer_name_latin, s.producer),
        Style::new(12.0).bold().fit(half),
    );
    page.text(
        f.right,
        y,
        &s.producer_name_ar,
        Style::new(12.0).bold().right().fit(half),
    );
    y + 6.0
}

/// The table's heading, French over Arabic. Returns the baseline of the first row.
fn table_header(page: &mut Page, f: &Frame, y: Mm) -> Mm {
    page.rect(f.left - 1.0, y - 3.2, f.right - f.left + 2.0, 8.2, 0.9);
    for c in &COLUMNS {
        let style = Style::new(6.5).bold();
        let style = if c.numeric { style.right() } else { style };
        page.text(f.x(c.at), y, c.fr, style);
        page.text(f.x(c.at), y + 3.6, c.ar, Style { size: 6.0, ..style });
    }
    y + 5.0 + ROW
}

fn quantity_text(l: &StatementLine) -> String {
    l.quantity.format(l.unit, Lang::Fr).replace('\u{a0}', " ")
}

fn row(page: &mut Page, f: &Frame, y: Mm, l: &StatementLine) {
    let body = Style::new(BODY);
    page.text(
        f.x(COLUMNS[0].at),
        y,
        &l.day.format("%d/%m").to_string(),
        body,
    );
    page.text(
        f.x(COLUMNS[1].at),
        y,
        &l.number,
        body.fit(f.x(COLUMNS[2].at) - f.x(COLUMNS[1].at) - 1.0),
    );
    let product_width = f.x(COLUMNS[3].at) - f.x(COLUMNS[2].at) - 11.0;
    let name = if l.refund {
        format!("Remb. {} · {}", l.name_fr, l.name_ar)
    } else {
        format!("{} · {}", l.name_fr, l.name_ar)
    };
    page.text(f.x(COLUMNS[2].at), y, &name, body.fit(product_width));
    let right = body.right();
    page.text(f.x(COLUMNS[3].at), y, &quantity_text(l), right);
    page.text(f.x(COLUMNS[4].at), y, &amount_text(l.amount), right);
    page.text(
        f.x(COLUMNS[5].at),
        y,
        &amount_text(l.association_share),
        right,
    );
    page.text(
        f.x(COLUMNS[6].at),
        y,
        &amount_text(l.producer_share),
        right.bold(),
    );
}

/// A line of the summary: French label at the left, Arabic label before the amount, the
/// amount at the right.
fn summary_line(page: &mut Page, f: &Frame, y: Mm, fr: &str, ar: &str, amount: Money) {
    page.text(f.left, y, fr, Style::new(8.5));
    page.text(f.x(0.78), y, ar, Style::new(8.5).right());
    page.text(f.right, y, &amount_text(amount), Style::new(8.5).right());
}

/// The height the end of a statement takes: summary, amount, signatures.
const END: Mm = 70.0;

/// A statement's pages on `paper`.
pub fn statement_pages(s: &Statement, shop: &ShopInfo, paper: Paper) -> Vec<Page> {
    let f = Frame::new(paper);
    let mut pages = Vec::new();
    let mut page = paper.page();
    let mut y = top(&mut page, &f, shop, s);
    y = table_header(&mut page, &f, y);
    for l in &s.lines {
        if y > f.bottom - ROW {
            pages.push(std::mem::replace(&mut page, paper.page()));
            y = top(&mut page, &f, shop, s);
            y = table_header(&mut page, &f, y);
        }
        row(&mut page, &f, y, l);
        y += ROW;
    }
    if s.lines.is_empty() {
        page.text(
            (f.left + f.right) / 2.0,
            y,
            "Aucune vente ce mois-ci — لا مبيعات هذا الشهر",
            Style::new(BODY).center().gray(0.3),
        );
        y += ROW;
    }
    y = totals(&mut page, &f, y, s);
    if y + END > f.bottom + ROW {
        pages.push(std::mem::replace(&mut page, paper.page()));
        y = top(&mut page, &f, shop, s) + 4.0;
    }
    end(&mut page, &f, y, s);
    pages.push(page);
    let count = pages.len();
    if count > 1 {
        for (i, page) in pages.iter_mut().enumerate() {
            let text = format!("{} / {}", i + 1, count);
            page.text(
                (f.left + f.right) / 2.0,
                f.bottom + 6.0,
                &text,
                Style::new(7.0).center().gray(0.3),
            );
        }
    }
    pages
}

/// The table's totals row, under its last line (there is always room for it: rows stop
/// one row above the bottom). Returns the baseline after it.
fn totals(page: &mut Page, f: &Frame, mut y: Mm, s: &Statement) -> Mm {
    y -= ROW - 1.5;
    page.line((f.left, y), (f.right, y), 0.4);
    y += 4.0;
    let bold = Style::new(BODY).bold();
    page.text(f.left, y, "Total", bold);
    page.text(f.x(COLUMNS[2].at), y, "المجموع", bold);
    page.text(f.x(COLUMNS[4].at), y, &amount_text(s.gross), bold.right());
    page.text(
        f.x(COLUMNS[5].at),
        y,
        &amount_text(s.association_share),
        bold.right(),
    );
    page.text(f.x(COLUMNS[6].at), y, &amount_text(s.net), bold.right());
    y + 8.0
}

/// The steps of her balance, the amount to pay, the signatures.
fn end(page: &mut Page, f: &Frame, mut y: Mm, s: &Statement) {
    let sales: Money = s
        .lines
        .iter()
        .filter(|l| !l.refund)
        .map(|l| l.producer_share)
        .sum();
    let refunds: Money = s
        .lines
        .iter()
        .filter(|l| l.refund)
        .map(|l| l.producer_share)
        .sum();
    summary_line(page, f, y, "Solde précédent", "الرصيد السابق", s.opening);
    y += 4.5;
    summary_line(
        page,
        f,
        y,
        "Ventes du mois (sa part)",
        "حصتها من مبيعات الشهر",
        sales,
    );
    y += 4.5;
    summary_line(page, f, y, "Remboursements", "المبالغ المسترجعة", refunds);
    y += 4.5;
    summary_line(
        page,
        f,
        y,
        "Versements du mois",
        "الأداءات خلال الشهر",
        -s.payouts,
    );
    y += 5.0;
    page.rect(f.left - 1.0, y, f.right - f.left + 2.0, 17.0, 0.88);
    let (fr, ar) = if s.closing.is_negative() {
        ("SOLDE DÛ", "الرصيد المدين")
    } else {
        ("À PAYER", "المبلغ المستحق")
    };
    page.text(f.left + 2.0, y + 7.0, fr, Style::new(11.0).bold());
    page.text(f.left + 2.0, y + 13.0, ar, Style::new(11.0).bold());
    page.text(
        f.right - 2.0,
        y + 12.5,
        &format!("{} DH", amount_text(s.closing)),
        Style::new(24.0).bold().right(),
    );
    y += 30.0;
    let mid = (f.left + f.right) / 2.0;
    page.text(f.left, y, "Signature ou empreinte", Style::new(7.5));
    page.text(f.left, y + 3.8, "التوقيع أو البصمة", Style::new(7.5));
    page.text(mid + 4.0, y, "Trésorière", Style::new(7.5));
    page.text(mid + 4.0, y + 3.8, "أمينة المال", Style::new(7.5));
    let line_y = y + 20.0;
    page.line((f.left, line_y), (mid - 4.0, line_y), 0.5);
    page.line((mid + 4.0, line_y), (f.right, line_y), 0.5);
}

/// One statement as a PDF.
pub fn statement_pdf(s: &Statement, shop: &ShopInfo, paper: Paper) -> Result<Vec<u8>> {
    let title = format!(
        "{} {} {}",
        s.number.as_deref().unwrap_or("Brouillon"),
        s.producer,
        s.month
    );
    to_pdf(&title, &statement_pages(s, shop, paper))
}

/// Every statement of a month in one PDF, to print at once.
pub fn month_pdf(statements: &[Statement], shop: &ShopInfo, paper: Paper) -> Result<Vec<u8>> {
    let pages: Vec<Page> = statements
        .iter()
        .flat_map(|s| statement_pages(s, shop, paper))
        .collect();
    let month = statements.first().map_or("", |s| s.month.as_str());
    to_pdf(&format!("Relevés {month}"), &pages)
}
