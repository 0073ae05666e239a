//! What the sales screen looks like: the search and the list on the start side, the
//! receipt of the chosen sale and what can be done with it on the end side. Arabic
//! mirrors it whole through `layout::flow` and `layout::at`.

use iced::widget::{Space, button, column, container, scrollable, text, text_input};
use iced::{Center, Element, Fill, FillPortion, Theme};

use super::{DAY, Message, NUMBER, PRODUCT, Sales, receipt, row_button};
use crate::i18n::{Lang, Msg, Translator};
use crate::money::Money;
use crate::sale::{SaleSummary, Status};
use crate::ui::layout::{at, bidi_safe, end, flow, start};
use crate::ui::theme::{self, BOLD, Kind, LARGE, SMALL, SPACE, TEXT, Tone};
use crate::ui::widget::{self, notice};

pub(super) type E<'a> = Element<'a, Message>;

/// How receipts print the time, in every language.
pub(super) const WHEN: &str = "%d/%m/%Y %H:%M";

pub(super) use crate::ui::widget::{action, label};

/// The words and colour of a sale's status.
pub(super) fn status_text<'a>(
    status: Status,
    tr: &Translator,
    size: f32,
) -> iced::widget::Text<'a> {
    let (id, color) = match status {
        Status::Completed => ("status-completed", theme::SUCCESS),
        Status::Refund => ("status-refund", theme::ACCENT),
        Status::Voided => ("status-voided", theme::DANGER),
    };
    label(tr.text(id), size)
        .font(BOLD)
        .style(move |_: &Theme| text::Style { color: Some(color) })
}

pub use crate::ui::layout::say;

pub fn view<'a>(sales: &'a Sales, tr: &'a Translator) -> E<'a> {
    let lang = tr.lang();
    let search = container(search_side(sales, tr))
        .width(FillPortion(1))
        .height(Fill);
    let shown = container(receipt::view(sales, tr))
        .width(FillPortion(1))
        .height(Fill)
        .padding(SPACE * 1.5)
        .style(theme::panel);
    flow(lang, vec![search.into(), shown.into()])
        .spacing(SPACE * 1.5)
        .padding(SPACE * 1.5)
        .height(Fill)
        .into()
}

/// A search field under its title, `width` wide, its text large.
fn field<'a>(
    title: String,
    input: iced::widget::TextInput<'a, Message>,
    lang: Lang,
    width: iced::Length,
) -> E<'a> {
    let input = input.size(LARGE).padding(12).style(theme::input);
    container(widget::field(title, input.into(), None, lang))
        .width(width)
        .into()
}

fn search_side<'a>(sales: &'a Sales, tr: &'a Translator) -> E<'a> {
    let lang = tr.lang();
    let number = text_input(&tr.text("sales-ui-number-placeholder"), &sales.number)
        .id(NUMBER)
        .on_input(Message::SetNumber)
        .align_x(start(lang))
        .on_submit(Message::Search);
    let day = text_input(&tr.text("sales-ui-day-placeholder"), &sales.day)
        .id(DAY)
        .on_input(Message::SetDay)
        .align_x(start(lang))
        .on_submit(Message::Search);
    let product = text_input(&tr.text("sales-ui-product-placeholder"), &sales.product)
        .id(PRODUCT)
        .on_input(Message::SetProduct)
        .align_x(start(lang))
        .on_submit(Message::Search);
    let fields = flow(
        lang,
        vec![
            field(tr.text("sales-ui-number"), number, lang, 150.into()),
            field(tr.text("sales-ui-day"), day, lang, 165.into()),
            field(tr.text("sales-ui-product"), product, lang, Fill),
        ],
    )
    .spacing(SPACE);
    let buttons = flow(
        lang,
        vec![
            action(
                format!("{} ↵", tr.text("sales-ui-search")),
                Kind::Primary,
                Some(Message::Search),
            )
            .into(),
            action(
                tr.text("sales-ui-today"),
                Kind::Tile,
                Some(Message::ShowToday),
            )
            .into(),
            at(
                label(tr.text("sales-ui-hint"), SMALL).style(theme::muted),
                start(lang),
            )
            .into(),
        ],
    )
    .spacing(SPACE)
    .align_y(Center);
    let mut side = column![fields, buttons].spacing(SPACE);
    if let Some(msg) = &sales.search_notice {
        side = side.push(notice(Tone::Bad, bidi_safe(&say(tr, msg)), lang));
    }
    side.push(list(sales, tr)).into()
}

fn list<'a>(sales: &'a Sales, tr: &'a Translator) -> E<'a> {
    let lang = tr.lang();
    if sales.results.is_empty() {
        let id = if sales.searching {
            "sales-ui-searching"
        } else {
            "sales-ui-none"
        };
        return at(label(tr.text(id), TEXT).style(theme::muted), start(lang)).into();
    }
    let net: Money = sales
        .results
        .iter()
        .filter(|s| s.status != Status::Voided)
        .map(|s| s.total)
        .sum();
    let summary = say(
        tr,
        &Msg::new("sales-summary")
            .arg("count", sales.results.len())
            .arg("total", net.format(lang)),
    );
    let mut rows = column(sales.results.iter().map(|s| row(s, sales, tr)))
        .spacing(SPACE * 0.6)
        .padding([0, 12]);
    if sales.more {
        rows = rows.push(at(
            label(
                say(
                    tr,
                    &Msg::new("sales-ui-too-many").arg("count", super::LIMIT),
                ),
                TEXT,
            )
            .style(theme::muted),
            start(lang),
        ));
    }
    column![
        at(label(summary, TEXT).font(BOLD), start(lang)),
        scrollable(rows).height(Fill).width(Fill),
    ]
    .spacing(SPACE * 0.6)
    .into()
}

fn row<'a>(summary: &'a SaleSummary, sales: &'a Sales, tr: &'a Translator) -> E<'a> {
    let lang = tr.lang();
    let chosen = sales
        .shown
        .as_ref()
        .is_some_and(|s| s.sale.number == summary.number);
    let top = flow(
        lang,
        vec![
            label(summary.number.clone(), LARGE).font(BOLD).into(),
            label(summary.sold_at.format(WHEN).to_string(), TEXT)
                .style(theme::muted)
                .into(),
            Space::new().width(Fill).into(),
            status_text(summary.status, tr, TEXT).into(),
            container(label(summary.total.format(lang), LARGE).font(BOLD))
                .width(150)
                .align_x(end(lang))
                .into(),
        ],
    )
    .spacing(SPACE)
    .align_y(Center);
    let mut content = column![top].spacing(2);
    if let Some(of) = &summary.refund_of {
        content = content.push(at(
            label(say(tr, &Msg::new("refund-of").arg("number", of)), SMALL).style(theme::muted),
            start(lang),
        ));
    }
    if let Some(problem) = summary.receipt_problem() {
        content = content.push(at(
            label(say(tr, &waiting(problem.as_ref())), SMALL).style(theme::owed),
            start(lang),
        ));
    }
    container(
        button(content)
            .width(Fill)
            .padding([10, 14])
            .style(row_style(chosen))
            .on_press(Message::Open(summary.number.clone())),
    )
    .id(row_button(&summary.number))
    .into()
}

/// "Receipt waiting: why", in the reader's language whatever the language it failed in.
pub fn waiting(problem: Option<&crate::receipt::Problem>) -> Msg {
    match problem {
        Some(problem) => Msg::new("ui-receipt-waiting").arg("reason", problem.msg()),
        None => Msg::new("ui-receipt-waiting-untried"),
    }
}

/// A row of the list: a calm tile, and the chosen one outlined in the primary colour (a
/// filled background would hide the coloured status and the muted time).
fn row_style(chosen: bool) -> impl Fn(&Theme, button::Status) -> button::Style {
    move |theme, status| {
        let base = theme::button_style(Kind::Tile)(theme, status);
        if !chosen {
            return base;
        }
        button::Style {
            background: Some(iced::Background::Color(iced::Color::from_rgb8(
                0xE3, 0xEF, 0xEF,
            ))),
            border: iced::Border {
                color: theme::PRIMARY,
                width: 3.0,
                radius: 8.0.into(),
            },
            ..base
        }
    }
}
