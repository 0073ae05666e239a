//! The payout slip on the receipt printer, for a shop that hands the money over at the
//! counter: the same facts as the A5 slip (her names, the amount in figures and in words
//! in French and Arabic, how and by whom it was paid) and room to sign or thumbprint, drawn
//! and encoded by the receipts' own path.

use rusqlite::Connection;

use super::pdf::amount_text;
use super::{Payout, PayoutMethod};
use crate::catalog;
use crate::error::{CatalogError, Error, Result};
use crate::receipt::Bitmap;
use crate::receipt::layout::{Block, Receipt, ShopInfo, Style, header};
use crate::receipt::pending::job_of;
use crate::receipt::printer::{self, Job, PrinterSpec};
use crate::receipt::raster::Paper;
use crate::words::{arabic_amount, french_amount};

fn text(text: impl Into<String>, style: Style) -> Block {
    Block::Text {
        text: text.into(),
        style,
    }
}

fn row(start: impl Into<String>, end: impl Into<String>, style: Style) -> Block {
    Block::Row {
        start: start.into(),
        middle: String::new(),
        end: end.into(),
        style,
    }
}

/// The slip of payout `p` to the producer named `name_latin` / `name_ar`, as receipt blocks.
pub fn layout(p: &Payout, name_latin: &str, name_ar: &str, shop: &ShopInfo) -> Receipt {
    let mut b = header(shop);
    b.push(Block::title(("BON DE VERSEMENT", "وصل أداء")));
    b.push(row(
        format!("N° V-{:06}", p.id),
        p.at.format("%d/%m/%Y %H:%M").to_string(),
        Style::Body,
    ));
    b.push(Block::Rule);
    b.push(text("Productrice / المنتجة", Style::Body));
    b.push(text(format!("{name_latin} ({})", p.producer), Style::Bold));
    if !name_ar.trim().is_empty() {
        b.push(text(name_ar, Style::Bold));
    }
    b.push(Block::Rule);
    b.push(row("Montant / المبلغ", "", Style::Body));
    b.push(Block::center(
        format!("{} DH", amount_text(p.amount)),
        Style::Total,
    ));
    b.push(text(french_amount(p.amount), Style::Body));
    b.push(text(arabic_amount(p.amount), Style::Body));
    b.push(Block::Rule);
    let (method_fr, method_ar) = match p.method {
        PayoutMethod::Cash => ("en espèces", "نقدا"),
        PayoutMethod::Transfer => ("par virement", "بتحويل"),
    };
    b.push(text(
        format!("Versé {method_fr} par {}", p.paid_by),
        Style::Body,
    ));
    b.push(text(
        format!("أُدي {method_ar} من طرف {}", p.paid_by),
        Style::Body,
    ));
    if p.advance {
        b.push(text("Avance sur ses ventes à venir", Style::Bold));
        b.push(text("تسبيق على مبيعاتها المقبلة", Style::Bold));
    }
    if let Some(balance) = p.balance_after {
        b.push(row(
            "Solde restant / الرصيد المتبقي",
            format!("{} DH", amount_text(balance)),
            Style::Body,
        ));
    }
    if let Some(note) = &p.note {
        b.push(text(note.as_str(), Style::Body));
    }
    b.push(Block::Rule);
    for (fr, ar) in [
        (
            "Reçu — signature ou empreinte",
            "توصلت به — التوقيع أو البصمة",
        ),
        ("Trésorière", "أمينة المال"),
    ] {
        b.push(text(fr, Style::Body));
        b.push(text(ar, Style::Body));
        b.push(Block::Gap { dots: 110 });
        b.push(Block::center("……………………………………", Style::Body));
    }
    Receipt { blocks: b }
}

/// The slip of `p` as a printer job, with her names and the shop's header as they are now.
pub fn job(conn: &Connection, p: &Payout, paper: Paper) -> Result<Job> {
    let producer = catalog::producer_by_code(conn, &p.producer)?
        .ok_or_else(|| Error::Catalog(CatalogError::UnknownProducer(p.producer.clone())))?;
    let receipt = layout(
        p,
        &producer.name_latin,
        &producer.name_ar,
        &ShopInfo::load(conn)?,
    );
    job_of(conn, &receipt, paper, false)
}

/// Prints the slip of `p` on the receipt printer `spec`; returns the picture printed.
pub fn print(conn: &Connection, p: &Payout, spec: &PrinterSpec, paper: Paper) -> Result<Bitmap> {
    let job = job(conn, p, paper)?;
    printer::send(spec, &job)?;
    Ok(job.bitmap)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::money::Money;

    #[test]
    fn the_ticket_says_the_amount_in_figures_and_in_both_languages_words() {
        let at =
            chrono::DateTime::parse_from_rfc3339("2026-11-30T10:00:00+00:00").unwrap_or_default();
        let p = Payout {
            id: 7,
            producer: "P001".into(),
            day: at.date_naive(),
            at,
            amount: Money::from_centimes(125_050),
            method: PayoutMethod::Transfer,
            paid_by: "Khadija".into(),
            note: None,
            advance: true,
            balance_after: Some(Money::from_centimes(-5_000)),
        };
        let receipt = layout(&p, "Siham Rami", "سهام الرامي", &ShopInfo::default());
        let all: String = receipt
            .blocks
            .iter()
            .map(|b| format!("{b:?}"))
            .collect::<Vec<_>>()
            .join("\n");
        for expected in [
            "N° V-000007",
            "1\u{202f}250,50 DH",
            &french_amount(p.amount),
            &arabic_amount(p.amount),
            "سهام الرامي",
            "par virement",
            "Avance",
            "-50,00 DH",
            "empreinte",
        ] {
            // Blocks are compared in their Debug form, where texts are escaped.
            let escaped = format!("{expected:?}");
            let escaped = escaped.trim_matches('"');
            assert!(all.contains(escaped), "{expected} missing from {all}");
        }
    }
}
