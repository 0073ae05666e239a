//! The X and Z reports on the receipt printer: laid out as receipt blocks, then drawn and
//! encoded by the receipts' own path (`receipt::raster`, `receipt::escpos`), so the till's
//! reports look like its tickets and honour the same text-only setting. Bilingual like the
//! tickets; amounts stand alone in their column.

use rusqlite::Connection;

use super::report::{Figure, ReportKind, SessionReport, Share};
use crate::error::Result;
use crate::i18n::Lang;
use crate::money::Money;
use crate::receipt::Bitmap;
use crate::receipt::escpos;
use crate::receipt::layout::{Block, Receipt, ShopInfo, Style, header};
use crate::receipt::printer::{self, Job, PrinterSpec};
use crate::receipt::raster::Paper;

type Words = (&'static str, &'static str);

const X_TITLE: Words = ("RAPPORT X", "تقرير مؤقت");
const Z_TITLE: Words = ("RAPPORT Z", "تقرير الإغلاق");
const SESSION: Words = ("Session", "الصندوق");
const OPENED: Words = ("Ouverture", "الفتح");
const CLOSED: Words = ("Clôture", "الإغلاق");
const PRINTED: Words = ("Édité", "طبع");
const SALES: Words = ("Ventes", "المبيعات");
const REFUNDS: Words = ("Remboursements", "الاسترجاعات");
const VOIDS: Words = ("Annulations", "الإلغاءات");
const DISCOUNTS: Words = ("Remises", "التخفيضات");
const NET: Words = ("NET", "الصافي");
const BY_METHOD: Words = ("Par moyen de paiement", "حسب طريقة الأداء");
const BY_CATEGORY: Words = ("Par catégorie", "حسب الصنف");
const BY_PRODUCER: Words = ("Par productrice", "حسب المنتجة");
const CASH_TITLE: Words = ("Espèces", "النقود");
const FLOAT: Words = ("Fond de caisse", "رصيد الافتتاح");
const TAKEN: Words = ("Reçu", "المقبوض");
const CHANGE: Words = ("Rendu", "الباقي");
const CASH_REFUNDS: Words = ("Remb. espèces", "استرجاع نقدا");
const PAY_INS: Words = ("Entrées", "المداخيل");
const PAY_OUTS: Words = ("Sorties", "المصاريف");
const EXPECTED: Words = ("Attendu", "المتوقع");
const COUNTED: Words = ("Compté", "المعدود");
const DIFFERENCE: Words = ("Écart", "الفرق");
const DRAWER: Words = ("Tiroir sans vente", "فتح الدرج بلا بيع");
const COUNT: Words = ("Comptage", "العد");
const SIGNATURE: Words = ("Signature", "التوقيع");

/// The report as receipt blocks.
pub fn layout(report: &SessionReport, shop: &ShopInfo) -> Receipt {
    let mut b = header(shop);
    b.push(title(match report.kind {
        ReportKind::X => X_TITLE,
        ReportKind::Z => Z_TITLE,
    }));
    let session = &report.session;
    b.push(row(
        both(SESSION),
        format!("n° {}", session.id),
        Style::Bold,
    ));
    b.push(row(
        both(OPENED),
        format!(
            "{} {}",
            session.opened_at.format("%d/%m/%Y %H:%M"),
            session.opened_by
        ),
        Style::Body,
    ));
    match &session.closing {
        Some(closing) => b.push(row(
            both(CLOSED),
            format!(
                "{} {}",
                closing.closed_at.format("%d/%m/%Y %H:%M"),
                closing.closed_by
            ),
            Style::Body,
        )),
        None => b.push(row(
            both(PRINTED),
            report.at.format("%d/%m/%Y %H:%M").to_string(),
            Style::Body,
        )),
    }
    b.push(Block::Rule);
    counted_row(&mut b, SALES, report.sales);
    counted_row(&mut b, REFUNDS, report.refunds);
    counted_row(&mut b, VOIDS, report.voids);
    counted_row(&mut b, DISCOUNTS, report.discounts);
    b.push(row(both(NET), amount(report.net), Style::Total));
    section(&mut b, BY_METHOD, &report.by_method, |s| {
        method_words(&s.code).map_or_else(|| s.code.clone(), both)
    });
    section(&mut b, BY_CATEGORY, &report.by_category, |s| {
        format!("{} / {}", s.name, s.name_ar)
    });
    section(&mut b, BY_PRODUCER, &report.by_producer, |s| {
        format!("{} {}", s.code, s.name)
    });
    b.push(Block::Rule);
    b.push(title(CASH_TITLE));
    let cash = &report.cash;
    for (words, value) in [
        (FLOAT, cash.float),
        (TAKEN, cash.taken),
        (CHANGE, -cash.change),
        (CASH_REFUNDS, -cash.refunds),
        (PAY_INS, cash.pay_ins),
        (PAY_OUTS, -cash.pay_outs),
    ] {
        b.push(row(both(words), number(value), Style::Body));
    }
    b.push(row(both(EXPECTED), amount(cash.expected), Style::Bold));
    if let Some(closing) = &session.closing {
        b.push(row(both(COUNTED), amount(closing.counted), Style::Bold));
        b.push(row(
            both(DIFFERENCE),
            amount(closing.difference),
            Style::Bold,
        ));
    }
    b.push(row(
        both(DRAWER),
        report.drawer_openings.to_string(),
        Style::Body,
    ));
    if let Some(closing) = session.closing.as_ref().filter(|c| !c.count.is_empty()) {
        b.push(Block::Rule);
        b.push(title(COUNT));
        for (denomination, pieces) in closing.count.pieces() {
            b.push(Block::Row {
                start: String::new(),
                middle: format!("{pieces} × {}", number(*denomination)),
                end: number(Money::from_centimes(
                    denomination.centimes() * i64::from(*pieces),
                )),
                style: Style::Body,
            });
        }
    }
    if report.kind == ReportKind::Z {
        b.push(Block::Rule);
        b.push(row(both(SIGNATURE), String::new(), Style::Body));
        b.push(Block::Center {
            text: "……………………………".to_owned(),
            style: Style::Body,
        });
    }
    Receipt { blocks: b }
}

/// The report as a printer job: a picture, or text in the shop's text-only mode.
pub fn job(conn: &Connection, report: &SessionReport, paper: Paper) -> Result<Job> {
    let receipt = layout(report, &ShopInfo::load(conn)?);
    crate::receipt::pending::job_of(conn, &receipt, paper, false)
}

/// Prints the report on `spec` (a `png:` printer writes the picture); returns the picture.
pub fn print(
    conn: &Connection,
    report: &SessionReport,
    spec: &PrinterSpec,
    paper: Paper,
) -> Result<Bitmap> {
    let job = job(conn, report, paper)?;
    printer::send(spec, &job)?;
    Ok(job.bitmap)
}

/// Opens the cash drawer wired to the printer, and nothing else: no paper moves.
pub fn kick_drawer(spec: &PrinterSpec) -> Result<()> {
    let mut bytes = escpos::INIT.to_vec();
    bytes.extend_from_slice(&escpos::DRAWER_KICK);
    printer::send(
        spec,
        &Job {
            bytes,
            bitmap: Bitmap::new(0, 0),
        },
    )
}

fn section(b: &mut Vec<Block>, words: Words, shares: &[Share], label: impl Fn(&Share) -> String) {
    if shares.is_empty() {
        return;
    }
    b.push(Block::Rule);
    b.push(title(words));
    for share in shares {
        b.push(row(label(share), number(share.amount), Style::Body));
    }
}

fn counted_row(b: &mut Vec<Block>, words: Words, figure: Figure) {
    b.push(Block::Row {
        start: both(words),
        middle: figure.count.to_string(),
        end: number(figure.total),
        style: Style::Body,
    });
}

fn method_words(code: &str) -> Option<Words> {
    match code {
        "cash" => Some(("Espèces", "نقدا")),
        "card" => Some(("Carte", "بطاقة")),
        "transfer" => Some(("Virement", "تحويل")),
        _ => None,
    }
}

fn title((fr, ar): Words) -> Block {
    Block::Title {
        fr: fr.to_owned(),
        ar: ar.to_owned(),
        style: Style::Heading,
    }
}

fn row(start: String, end: String, style: Style) -> Block {
    Block::Row {
        start,
        middle: String::new(),
        end,
        style,
    }
}

fn both((fr, ar): Words) -> String {
    format!("{fr} / {ar}")
}

fn amount(m: Money) -> String {
    m.format(Lang::Fr)
}

fn number(m: Money) -> String {
    m.format_number(Lang::Fr)
}
