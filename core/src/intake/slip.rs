//! The deposit and return slips: what came in or went back, in Arabic and French, with a
//! line for her signature (or thumbprint) and one for the volunteer's. Laid out as receipt
//! blocks, so the receipt's raster draws them on the thermal printer and as a PNG; and as
//! an A5 page (`pdf`) for an office printer.

use crate::clock;
use crate::error::Result;
use crate::i18n::Lang;
use crate::money::{Quantity, Unit};
use crate::pdf::{self, Page, to_pdf};
use crate::receipt::layout::{Block, Receipt, ShopInfo, Style, amount, both, header};

use super::{Deposit, Kind};

const DEPOSIT: (&str, &str) = ("BON DE DÉPÔT", "وصل الإيداع");
const RETURN: (&str, &str) = ("BON DE RETOUR", "وصل الإرجاع");
const CORRECTION: (&str, &str) = ("CORRECTION", "تصحيح");
const NUMBER: (&str, &str) = ("N°", "رقم");
const DATE: (&str, &str) = ("Date", "التاريخ");
const PRODUCER: (&str, &str) = ("Productrice", "المنتجة");
const RECEIVED_BY: (&str, &str) = ("Reçu par", "استلمته");
const GIVEN_BY: (&str, &str) = ("Remis par", "سلمته");
const CORRECTS: (&str, &str) = ("Corrige", "يصحح");
const PIECES: (&str, &str) = ("Pièces", "القطع");
const WEIGHT: (&str, &str) = ("Poids", "الوزن");
const HER_SIGNATURE: (&str, &str) = ("Signature ou empreinte", "التوقيع أو البصمة");
const VOLUNTEER: (&str, &str) = ("Bénévole", "المتطوعة");
const SIGN_LINE: &str = "______________________________";

/// The slip of a deposit, a return or a correction.
pub fn slip(deposit: &Deposit, shop: &ShopInfo) -> Receipt {
    let mut b = header(shop);
    b.push(Block::title(match deposit.kind {
        Kind::Intake => DEPOSIT,
        Kind::Return => RETURN,
        Kind::Correction => CORRECTION,
    }));
    b.push(Block::row(both(NUMBER), &deposit.number, Style::Bold));
    if let Some(original) = &deposit.corrects {
        b.push(Block::row(both(CORRECTS), original, Style::Body));
    }
    b.push(Block::row(
        both(DATE),
        clock::local(deposit.at)
            .format("%d/%m/%Y %H:%M")
            .to_string(),
        Style::Body,
    ));
    b.push(Block::row(both(PRODUCER), &deposit.producer, Style::Body));
    b.push(Block::center(&deposit.producer_name_ar, Style::Heading));
    if deposit.producer_name_latin.trim() != deposit.producer_name_ar.trim() {
        b.push(Block::center(&deposit.producer_name_latin, Style::Bold));
    }
    let by = match deposit.kind {
        Kind::Return => GIVEN_BY,
        Kind::Intake | Kind::Correction => RECEIVED_BY,
    };
    b.push(Block::row(both(by), &deposit.user, Style::Body));
    b.push(Block::Rule);
    let (mut pieces, mut kilos) = (Quantity::ZERO, Quantity::ZERO);
    for line in &deposit.lines {
        b.push(Block::row(
            line.name_fr.trim(),
            line.name_ar.trim(),
            Style::Bold,
        ));
        // What she hands over or takes back, counted as on her paper: always positive on
        // an intake or a return; a correction keeps its sign.
        let quantity = match deposit.kind {
            Kind::Return => -line.quantity,
            Kind::Intake | Kind::Correction => line.quantity,
        };
        let price = match line.unit {
            Unit::Piece => amount(line.price),
            Unit::Kg => format!("{}/kg", amount(line.price)),
        };
        b.push(Block::Row {
            start: line.sku.clone(),
            middle: price,
            end: shown(quantity, line.unit),
            style: Style::Body,
        });
        match line.unit {
            Unit::Piece => pieces = pieces + quantity,
            Unit::Kg => kilos = kilos + quantity,
        }
    }
    b.push(Block::Rule);
    if pieces != Quantity::ZERO {
        b.push(Block::row(
            both(PIECES),
            shown(pieces, Unit::Piece),
            Style::Total,
        ));
    }
    if kilos != Quantity::ZERO {
        b.push(Block::row(
            both(WEIGHT),
            shown(kilos, Unit::Kg),
            Style::Total,
        ));
    }
    for who in [HER_SIGNATURE, VOLUNTEER] {
        b.push(Block::Gap { dots: 16 });
        b.push(Block::Title {
            fr: who.0.to_owned(),
            ar: who.1.to_owned(),
            style: Style::Body,
        });
        b.push(Block::Gap { dots: 56 });
        b.push(Block::center(SIGN_LINE, Style::Body));
    }
    Receipt { blocks: b }
}

/// `× 3` or `0,350 kg`, as the slip's column shows quantities.
fn shown(quantity: Quantity, unit: Unit) -> String {
    match unit {
        Unit::Piece => format!("× {}", quantity.format(unit, Lang::Fr)),
        Unit::Kg => quantity.format(unit, Lang::Fr),
    }
}

/// The slip as an A5 PDF page (several when the lines do not fit): French on the left,
/// Arabic on the right, a table of the lines, the totals large, two places to sign.
pub fn pdf(deposit: &Deposit, shop: &ShopInfo) -> Result<Vec<u8>> {
    const LEFT: f32 = 12.0;
    const RIGHT: f32 = 136.0;
    const BOTTOM: f32 = 196.0;
    let title = match deposit.kind {
        Kind::Intake => DEPOSIT,
        Kind::Return => RETURN,
        Kind::Correction => CORRECTION,
    };
    let body = pdf::Style::new(9.5);
    let mut pages = Vec::new();
    let mut page = Page::a5();
    page.text(LEFT, 16.0, &shop.name_fr, pdf::Style::new(11.0).bold());
    page.text(
        RIGHT,
        16.0,
        &shop.name_ar,
        pdf::Style::new(12.0).bold().right(),
    );
    page.text(LEFT, 27.0, title.0, pdf::Style::new(15.0).bold());
    page.text(RIGHT, 27.0, title.1, pdf::Style::new(16.0).bold().right());
    let when = clock::local(deposit.at)
        .format("%d/%m/%Y %H:%M")
        .to_string();
    page.text(
        LEFT,
        35.0,
        &format!("{} {}", NUMBER.0, deposit.number),
        body.bold(),
    );
    page.text(RIGHT, 35.0, &when, body.right());
    if let Some(original) = &deposit.corrects {
        page.text(LEFT, 40.0, &format!("{} {original}", CORRECTS.0), body);
    }
    page.text(LEFT, 47.0, &both(PRODUCER), body);
    page.text(
        LEFT,
        54.0,
        &format!("{} ({})", deposit.producer_name_latin, deposit.producer),
        pdf::Style::new(13.0).bold(),
    );
    page.text(
        RIGHT,
        54.0,
        &deposit.producer_name_ar,
        pdf::Style::new(14.0).bold().right(),
    );
    let by = match deposit.kind {
        Kind::Return => GIVEN_BY,
        Kind::Intake | Kind::Correction => RECEIVED_BY,
    };
    page.text(
        LEFT,
        61.0,
        &format!("{} : {}", both(by), deposit.user),
        body,
    );
    page.line((LEFT, 65.0), (RIGHT, 65.0), 0.6);
    let mut y = 71.0;
    let (mut pieces, mut kilos) = (Quantity::ZERO, Quantity::ZERO);
    for line in &deposit.lines {
        if y > BOTTOM - 45.0 {
            pages.push(std::mem::replace(&mut page, Page::a5()));
            // Each further page says whose paper it is.
            page.text(LEFT, 12.0, &deposit.number, body.bold());
            page.text(RIGHT, 12.0, &deposit.producer_name_ar, body.right());
            y = 22.0;
        }
        let quantity = match deposit.kind {
            Kind::Return => -line.quantity,
            Kind::Intake | Kind::Correction => line.quantity,
        };
        let price = match line.unit {
            Unit::Piece => amount(line.price),
            Unit::Kg => format!("{}/kg", amount(line.price)),
        };
        page.text(LEFT, y, &line.sku, body.gray(0.35));
        page.text(LEFT + 24.0, y, line.name_fr.trim(), body.fit(31.0));
        page.text(97.0, y, line.name_ar.trim(), body.right().fit(28.0));
        page.text(119.0, y, &price, pdf::Style::new(8.0).right().fit(20.0));
        page.text(RIGHT, y, &shown(quantity, line.unit), body.bold().right());
        match line.unit {
            Unit::Piece => pieces = pieces + quantity,
            Unit::Kg => kilos = kilos + quantity,
        }
        y += 6.5;
    }
    page.line((LEFT, y - 3.0), (RIGHT, y - 3.0), 0.6);
    y += 5.0;
    for (label, total, unit) in [(PIECES, pieces, Unit::Piece), (WEIGHT, kilos, Unit::Kg)] {
        if total != Quantity::ZERO {
            page.text(LEFT, y, &both(label), pdf::Style::new(14.0).bold());
            page.text(
                RIGHT,
                y,
                &shown(total, unit),
                pdf::Style::new(16.0).bold().right(),
            );
            y += 9.0;
        }
    }
    // The places to sign stand at the foot of the page, on a page of their own if need be.
    if y + 22.0 > BOTTOM {
        pages.push(std::mem::replace(&mut page, Page::a5()));
        y = 16.0;
    }
    let sign_y = (y + 22.0).max(BOTTOM - 14.0);
    for (x, who) in [(LEFT, HER_SIGNATURE), (78.0, VOLUNTEER)] {
        page.text(x, sign_y - 16.0, who.0, body);
        page.text(x + 58.0, sign_y - 16.0 + 5.0, who.1, body.right());
        page.line((x, sign_y), (x + 58.0, sign_y), 0.5);
    }
    pages.push(page);
    to_pdf(&deposit.number, &pages)
}
