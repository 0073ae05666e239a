//! What can be done with the shown sale, and the form that asks how much and why. Buttons
//! appear only where the ledger may allow the action; the core decides, and its refusal
//! is shown in the volunteer's language.

use iced::alignment::Horizontal;
use iced::widget::{Space, button, column, container, text_input};
use iced::{Center, Fill};

use super::receipt::line_name;
use super::view::{E, action, label};
use super::{Correction, Fix, Message, QUANTITY, REASON, Sales, Shown, say};
use crate::i18n::{Msg, Translator};
use crate::money::Unit;
use crate::sale::Status;
use crate::ui::layout::{at, flow, start};
use crate::ui::theme::{self, BOLD, Kind, LARGE, SPACE, TEXT, Tone};

/// What can be done with the sale as it stands. A void is offered when the core says the
/// ledger lets it go (no refunds, its cash session still open); the core checks it again.
pub(super) fn actions<'a>(shown: &'a Shown, sales: &'a Sales, tr: &'a Translator) -> E<'a> {
    let lang = tr.lang();
    let sale = &shown.sale;
    let press = |message: Message| (!sales.saving).then_some(message);
    // Any receipt can be printed again, marked DUPLICATA.
    let mut buttons: Vec<E<'a>> = vec![
        action(
            tr.text("sales-ui-reprint"),
            Kind::Tile,
            press(Message::Reprint),
        )
        .into(),
    ];
    if sale.status != Status::Completed {
        return flow(lang, buttons).spacing(SPACE).into();
    }
    if shown.refundable() {
        buttons.push(
            action(
                tr.text("sales-ui-refund-all"),
                Kind::Tile,
                press(Message::Start(Fix::RefundAll)),
            )
            .into(),
        );
    }
    if shown.voidable {
        buttons.push(
            action(
                tr.text("sales-ui-void"),
                Kind::Danger,
                press(Message::Start(Fix::Void)),
            )
            .into(),
        );
    }
    flow(lang, buttons).spacing(SPACE).into()
}

/// The refund or void form: how much (for one line), why, confirm or go back.
pub(super) fn form<'a>(
    shown: &'a Shown,
    correction: &'a Correction,
    saving: bool,
    tr: &'a Translator,
) -> E<'a> {
    let lang = tr.lang();
    let sale = &shown.sale;
    let title = match correction.fix {
        Fix::RefundLine(line_no) => match shown.line(line_no) {
            Some((line, left)) => say(
                tr,
                &Msg::new("sales-ui-refund-line-title")
                    .arg("name", line_name(line, lang))
                    .arg("left", left.format(line.unit, lang)),
            ),
            None => String::new(),
        },
        Fix::RefundAll => say(
            tr,
            &Msg::new("sales-ui-refund-all-title").arg("number", &sale.number),
        ),
        Fix::Void => say(
            tr,
            &Msg::new("sales-ui-void-title").arg("number", &sale.number),
        ),
    };
    let mut content = column![at(label(title, LARGE).font(BOLD), start(lang))].spacing(SPACE);
    if let Fix::RefundLine(line_no) = correction.fix {
        let unit = shown.line(line_no).map_or(Unit::Piece, |(l, _)| l.unit);
        content = content.push(quantity_row(correction, unit, tr));
    }
    let reason = text_input(&tr.text("sales-ui-reason-placeholder"), &correction.reason)
        .id(REASON)
        .on_input(Message::SetReason)
        .on_submit(Message::Confirm)
        .size(LARGE)
        .padding(12)
        .align_x(start(lang))
        .style(theme::input);
    content = content.push(
        flow(
            lang,
            vec![
                container(label(tr.text("sales-ui-reason"), TEXT).font(BOLD))
                    .width(120)
                    .align_x(start(lang))
                    .into(),
                reason.into(),
            ],
        )
        .spacing(SPACE)
        .align_y(Center),
    );
    let (confirm, kind) = match correction.fix {
        Fix::Void => ("sales-ui-confirm-void", Kind::Danger),
        Fix::RefundLine(_) | Fix::RefundAll => ("sales-ui-confirm-refund", Kind::Primary),
    };
    content = content.push(
        flow(
            lang,
            vec![
                action(
                    format!("{} ↵", tr.text(confirm)),
                    kind,
                    (!saving).then_some(Message::Confirm),
                )
                .into(),
                action(
                    tr.text("ui-back"),
                    Kind::Plain,
                    (!saving).then_some(Message::Cancel),
                )
                .into(),
            ],
        )
        .spacing(SPACE),
    );
    container(content)
        .padding(SPACE * 1.2)
        .width(Fill)
        .style(theme::notice(Tone::Info))
        .into()
}

fn quantity_row<'a>(correction: &'a Correction, unit: Unit, tr: &'a Translator) -> E<'a> {
    let lang = tr.lang();
    let input = text_input(
        if unit == Unit::Kg { "0,000" } else { "1" },
        &correction.quantity,
    )
    .id(QUANTITY)
    .on_input(Message::SetQuantity)
    .on_submit(Message::Confirm)
    .size(LARGE)
    .padding(12)
    .width(140)
    .align_x(Horizontal::Center)
    .style(theme::input);
    let step = |sign: &str, by: i64| -> E<'a> {
        button(at(label(sign.to_owned(), LARGE), Horizontal::Center))
            .width(56)
            .padding([8, 0])
            .style(theme::button_style(Kind::Tile))
            .on_press(Message::StepQuantity(by))
            .into()
    };
    let mut items: Vec<E<'a>> = vec![
        container(label(tr.text("sales-ui-quantity"), TEXT).font(BOLD))
            .width(120)
            .align_x(start(lang))
            .into(),
    ];
    if unit == Unit::Piece {
        items.push(step("−", -1));
        items.push(input.into());
        items.push(step("+", 1));
    } else {
        items.push(input.into());
        items.push(label(tr.text("unit-kg"), TEXT).into());
    }
    items.push(Space::new().width(Fill).into());
    flow(lang, items).spacing(SPACE).align_y(Center).into()
}
