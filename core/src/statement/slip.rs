//! The payout slip she signs or thumbprints when she takes her money: her name in both
//! scripts, the amount in figures (large) and in words in French and Arabic (so it can be
//! read aloud and cannot be altered), how and by whom it was paid, and the two signatures.

use rusqlite::Connection;

use super::Payout;
use super::pdf::{MARGIN, Paper, amount_text, shop_header};
use crate::catalog;
use crate::error::{CatalogError, Error, Result};
use crate::pdf::{Page, Style, to_pdf, wrap};
use crate::receipt::ShopInfo;
use crate::words::{arabic_amount, french_amount};

use super::PayoutMethod;

/// The slip's page for a payout to the producer named `name_latin` / `name_ar`.
pub fn slip_page(
    p: &Payout,
    name_latin: &str,
    name_ar: &str,
    shop: &ShopInfo,
    paper: Paper,
) -> Page {
    let mut page = paper.page();
    let (left, right) = (MARGIN, page.width() - MARGIN);
    let half = (right - left) / 2.0 - 2.0;
    let mut y = shop_header(&mut page, shop, left, right);
    page.line((left, y), (right, y), 0.6);
    y += 7.0;
    page.text(left, y, "Bon de versement", Style::new(13.0).bold());
    page.text(right, y, "وصل أداء", Style::new(13.0).bold().right());
    y += 5.5;
    let day = p.at.format("%d/%m/%Y %H:%M").to_string();
    page.text(
        left,
        y,
        &format!("N° V-{:06} — le {day}", p.id),
        Style::new(8.5),
    );
    page.text(right, y, &format!("بتاريخ {day}"), Style::new(8.5).right());
    y += 10.0;
    page.text(left, y, "Productrice", Style::new(8.0).gray(0.3));
    page.text(right, y, "المنتجة", Style::new(8.0).gray(0.3).right());
    y += 6.0;
    let name = format!("{name_latin} ({})", p.producer);
    page.text(left, y, &name, Style::new(14.0).bold().fit(half));
    page.text(right, y, name_ar, Style::new(14.0).bold().right().fit(half));
    y += 8.0;
    page.rect(left - 1.0, y, right - left + 2.0, 18.0, 0.88);
    page.text(left + 2.0, y + 7.5, "Montant", Style::new(11.0).bold());
    page.text(left + 2.0, y + 13.5, "المبلغ", Style::new(11.0).bold());
    let figures = format!("{} DH", amount_text(p.amount));
    page.text(
        right - 2.0,
        y + 13.0,
        &figures,
        Style::new(26.0).bold().right(),
    );
    y += 26.0;
    let words = Style::new(10.0);
    let width = right - left;
    page.text(left, y, "En lettres :", Style::new(8.0).gray(0.3));
    y += 5.0;
    for line in wrap(&french_amount(p.amount), words, width) {
        page.text(left, y, &line, words);
        y += 5.0;
    }
    y += 2.0;
    page.text(right, y, "بالحروف:", Style::new(8.0).gray(0.3).right());
    y += 5.5;
    for line in wrap(&arabic_amount(p.amount), words, width) {
        page.text(right, y, &line, words.right());
        y += 6.0;
    }
    y += 4.0;
    let (method_fr, method_ar) = match p.method {
        PayoutMethod::Cash => ("en espèces", "نقدا"),
        PayoutMethod::Transfer => ("par virement", "بتحويل"),
    };
    let body = Style::new(9.0);
    page.text(
        left,
        y,
        &format!("Versé {method_fr} par {}", p.paid_by),
        body.fit(half),
    );
    page.text(
        right,
        y,
        &format!("أُدي {method_ar} من طرف {}", p.paid_by),
        body.right().fit(half),
    );
    if p.advance {
        y += 5.0;
        page.text(left, y, "Avance sur ses ventes à venir", body.bold());
        page.text(right, y, "تسبيق على مبيعاتها المقبلة", body.bold().right());
    }
    if let Some(balance) = p.balance_after {
        y += 5.0;
        page.text(left, y, "Solde restant", body);
        page.text(
            right,
            y,
            &format!("{} DH", amount_text(balance)),
            body.right(),
        );
        page.text(right - 35.0, y, "الرصيد المتبقي", body.right());
    }
    if let Some(note) = &p.note {
        y += 5.0;
        page.text(left, y, note, body.gray(0.3).fit(width));
    }
    y += 14.0;
    let mid = (left + right) / 2.0;
    page.text(left, y, "Reçu — signature ou empreinte", Style::new(7.5));
    page.text(
        left,
        y + 3.8,
        "توصلت به — التوقيع أو البصمة",
        Style::new(7.5),
    );
    page.text(mid + 4.0, y, "Trésorière", Style::new(7.5));
    page.text(mid + 4.0, y + 3.8, "أمينة المال", Style::new(7.5));
    let line_y = y + 24.0;
    page.line((left, line_y), (mid - 4.0, line_y), 0.5);
    page.line((mid + 4.0, line_y), (right, line_y), 0.5);
    page
}

/// The payout slip of `p` as a PDF, with the producer's names and the shop's header as they
/// are now.
pub fn slip_pdf(conn: &Connection, p: &Payout, paper: Paper) -> Result<Vec<u8>> {
    let page = slip_page_now(conn, p, paper)?;
    to_pdf(&format!("Versement {} {}", p.producer, p.day), &[page])
}

/// The slip's page with the producer's names and the shop's header as they are now.
pub(super) fn slip_page_now(conn: &Connection, p: &Payout, paper: Paper) -> Result<Page> {
    let producer = catalog::producer_by_code(conn, &p.producer)?
        .ok_or_else(|| Error::Catalog(CatalogError::UnknownProducer(p.producer.clone())))?;
    let shop = ShopInfo::load(conn)?;
    Ok(slip_page(
        p,
        &producer.name_latin,
        &producer.name_ar,
        &shop,
        paper,
    ))
}
