//! The chosen sale drawn like the customer's receipt (number, time, who sold, each line
//! with its maker, quantity × unit price and total, discounts, the total, how it was paid
//! and the change; its status and reason), and below it the refund and void actions and
//! their form (in `actions`).

use iced::widget::{button, column, container, scrollable};
use iced::{Center, Fill, Shrink};

use super::view::{E, WHEN, label, status_text};
use super::{Fix, Message, Sales, Shown, refund_button, say};
use crate::i18n::{Lang, Msg, Translator};
use crate::money::Quantity;
use crate::sale::{Method, SaleLine, Status};
use crate::ui::layout::{at, bidi_safe, flow, start};
use crate::ui::theme::{self, BOLD, HUGE, Kind, LARGE, SMALL, SPACE, TEXT, Tone};
use crate::ui::widget::{notice, rule};

pub fn view<'a>(sales: &'a Sales, tr: &'a Translator) -> E<'a> {
    let lang = tr.lang();
    let Some(shown) = &sales.shown else {
        return container(label(tr.text("sales-ui-pick"), LARGE).style(theme::muted))
            .center(Fill)
            .into();
    };
    let mut side = column![
        scrollable(ticket(shown, sales, tr).padding([0, 14]))
            .height(Fill)
            .width(Fill)
    ]
    .spacing(SPACE);
    if let Some((tone, msg)) = &sales.notice {
        side = side.push(notice(*tone, bidi_safe(&say(tr, msg)), lang));
    }
    let bottom = match &sales.correction {
        Some(correction) => super::actions::form(shown, correction, sales.saving, tr),
        None => super::actions::actions(shown, sales, tr),
    };
    side.push(bottom).into()
}

/// A line of the receipt: words on the start side, an amount on the end side.
fn pair<'a>(words: String, amount: String, size: f32, lang: Lang) -> E<'a> {
    flow(
        lang,
        vec![
            at(label(words, size).font(BOLD), start(lang)).into(),
            label(amount, size).font(BOLD).width(Shrink).into(),
        ],
    )
    .spacing(SPACE)
    .align_y(Center)
    .into()
}

fn method_name(method: Method) -> &'static str {
    match method {
        Method::Cash => "method-cash",
        Method::Card => "method-card",
        Method::Transfer => "method-transfer",
    }
}

fn ticket<'a>(
    shown: &'a Shown,
    sales: &'a Sales,
    tr: &'a Translator,
) -> iced::widget::Column<'a, Message> {
    let lang = tr.lang();
    let sale = &shown.sale;
    let title = flow(
        lang,
        vec![
            at(
                label(
                    say(
                        tr,
                        &Msg::new("sales-ui-receipt").arg("number", &sale.number),
                    ),
                    LARGE,
                )
                .font(BOLD),
                start(lang),
            )
            .into(),
            label(sale.sold_at.format(WHEN).to_string(), TEXT)
                .width(Shrink)
                .into(),
        ],
    )
    .spacing(SPACE)
    .align_y(Center);
    let who = flow(
        lang,
        vec![
            at(
                label(
                    say(tr, &Msg::new("sales-ui-cashier").arg("name", &sale.cashier)),
                    TEXT,
                ),
                start(lang),
            )
            .into(),
            status_text(sale.status, tr, LARGE).into(),
        ],
    )
    .spacing(SPACE)
    .align_y(Center);
    let mut ticket = column![title, who].spacing(SPACE * 0.6);
    if let Some(of) = &sale.refund_of {
        ticket = ticket.push(at(
            label(say(tr, &Msg::new("refund-of").arg("number", of)), TEXT),
            start(lang),
        ));
    }
    if let Some(reason) = &sale.reason {
        ticket = ticket.push(at(
            label(
                say(tr, &Msg::new("reason-line").arg("reason", reason)),
                TEXT,
            )
            .font(BOLD),
            start(lang),
        ));
    }
    ticket = ticket.push(rule());
    let editing = sales.correction.is_some() || sales.saving;
    for line in &sale.lines {
        let chosen = sales
            .correction
            .as_ref()
            .is_some_and(|c| c.fix == Fix::RefundLine(line.line_no));
        ticket = ticket.push(sale_line(line, shown, editing, chosen, tr));
    }
    ticket = ticket.push(rule());
    ticket = ticket.push(pair(
        tr.text("ui-total"),
        sale.total.format(lang),
        HUGE * 0.8,
        lang,
    ));
    for payment in &sale.payments {
        let method = tr.text(method_name(payment.method));
        let paid = payment.tendered.unwrap_or(payment.amount);
        ticket = ticket.push(pair(method, paid.format(lang), TEXT, lang));
    }
    if !sale.change.is_zero() {
        ticket = ticket.push(pair(
            tr.text("ui-change"),
            sale.change.format(lang),
            TEXT,
            lang,
        ));
    }
    ticket
}

fn sale_line<'a>(
    line: &'a SaleLine,
    shown: &'a Shown,
    editing: bool,
    chosen: bool,
    tr: &'a Translator,
) -> E<'a> {
    let lang = tr.lang();
    let name = line_name(line, lang);
    let maker = if lang.is_rtl() {
        &line.producer_name_ar
    } else {
        &line.producer_name
    };
    let top = pair(
        format!("{name} ({maker})"),
        line.total.format(lang),
        TEXT,
        lang,
    );
    let mut how = format!(
        "{} × {}",
        line.quantity.format(line.unit, lang),
        line.unit_price.format(lang)
    );
    if !line.discount.is_zero() {
        how = format!(
            "{how} — {}",
            say(
                tr,
                &Msg::new("sales-ui-discount").arg("amount", line.discount)
            )
        );
    }
    let left = shown.line(line.line_no).map_or(Quantity::ZERO, |(_, q)| q);
    let mut bottom: Vec<E<'a>> = vec![at(label(how, TEXT).style(theme::muted), start(lang)).into()];
    if shown.sale.status == Status::Completed && left.is_positive() {
        let press = (!editing).then_some(Message::Start(Fix::RefundLine(line.line_no)));
        bottom.push(
            container(
                button(label(tr.text("sales-ui-refund"), TEXT))
                    .padding([8, 16])
                    .style(theme::button_style(Kind::Tile))
                    .on_press_maybe(press),
            )
            .id(refund_button(line.line_no))
            .into(),
        );
    }
    let mut content = column![top, flow(lang, bottom).spacing(SPACE).align_y(Center)].spacing(4);
    let refunded = line.quantity - left;
    if shown.sale.status == Status::Completed && refunded.is_positive() {
        content = content.push(at(
            label(
                say(
                    tr,
                    &Msg::new("sales-ui-refunded-part")
                        .arg("quantity", refunded.format(line.unit, lang)),
                ),
                SMALL,
            )
            .font(BOLD)
            .style(|_: &iced::Theme| iced::widget::text::Style {
                color: Some(theme::ACCENT),
            }),
            start(lang),
        ));
    }
    let boxed = container(content).padding([6, 8]).width(Fill);
    if chosen {
        boxed.style(theme::notice(Tone::Info)).into()
    } else {
        boxed.into()
    }
}

/// A line's product name in the volunteer's language (the other when it is missing).
pub(super) fn line_name(line: &SaleLine, lang: Lang) -> &str {
    let (first, other) = if lang.is_rtl() {
        (&line.name_ar, &line.name_fr)
    } else {
        (&line.name_fr, &line.name_ar)
    };
    if first.trim().is_empty() {
        other
    } else {
        first
    }
}
