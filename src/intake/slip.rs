//! The deposit and return slips: what came in or went back, in Arabic and French, with a
//! line for her signature (or thumbprint) and one for the volunteer's. Laid out as receipt
//! blocks, so the receipt's raster draws them on the thermal printer and as a PNG.

use crate::clock;
use crate::i18n::Lang;
use crate::money::{Quantity, Unit};
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
