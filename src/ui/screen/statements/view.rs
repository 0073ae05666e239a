//! What the statements screen shows: the month bar, the producers' table (amounts at the
//! end side, mirrored in Arabic), the opened producer's statement with the payout form,
//! and the folder the PDFs go to.

use iced::widget::{Space, button, column, container, scrollable, text, text_input};
use iced::{Element, Fill, Length};

use super::{AMOUNT, FOLDER, Message, NOTE, Printing, Statements, method_id};
use crate::i18n::{Lang, Msg, Translator};
use crate::money::Money;
use crate::statement::{Paper, PayoutMethod, Statement};
use crate::ui::layout::{at, bidi_safe, end, flow, say, start};
use crate::ui::screen::Context;
use crate::ui::theme::{self, BOLD, Kind, LARGE, SMALL, SPACE, TEXT};
use crate::ui::widget::confirm::{self, Escape};
use crate::ui::widget::{self, notice, title};

/// The width of an amount column.
const CELL: f32 = 112.0;

fn money(m: Money, lang: Lang) -> String {
    bidi_safe(&m.format(lang))
}

/// An amount in the table, without the currency (the heading names it): an Arabic
/// amount with its currency does not fit a column.
pub(super) fn number(m: Money, lang: Lang) -> String {
    bidi_safe(&m.format_number(lang))
}

fn name(s: &Statement, lang: Lang) -> &str {
    if lang.is_rtl() && !s.producer_name_ar.trim().is_empty() {
        &s.producer_name_ar
    } else {
        &s.producer_name_latin
    }
}

/// The shared pill, as the statements' rows and previews place it.
pub(super) fn action<'a>(
    label: String,
    kind: Kind,
    message: Option<Message>,
) -> Element<'a, Message> {
    crate::ui::widget::pill(label, kind, message).into()
}

/// A balance in the table: a negative one (owed back) in red, as the rules ask.
pub(super) fn balance_cell<'a>(m: Money, lang: Lang) -> Element<'a, Message> {
    let t = text(number(m, lang)).size(TEXT);
    let t = if m.is_negative() {
        t.style(theme::owed).font(BOLD)
    } else {
        t
    };
    container(t)
        .width(Length::Fixed(CELL))
        .align_x(end(lang))
        .into()
}

/// A paper size to choose, chosen or not.
fn paper_choice<'a>(paper: Paper, chosen: Paper) -> Element<'a, Message> {
    let kind = if paper == chosen {
        Kind::Selected
    } else {
        Kind::Tile
    };
    action(
        paper.code().to_uppercase(),
        kind,
        Some(Message::Paper(paper)),
    )
}

/// A cell of the table: the text at the end side of a fixed-width box.
pub(super) fn cell<'a>(content: String, lang: Lang, bold: bool) -> Element<'a, Message> {
    let t = text(content).size(TEXT);
    let t = if bold { t.font(BOLD) } else { t };
    container(t)
        .width(Length::Fixed(CELL))
        .align_x(end(lang))
        .into()
}

impl Statements {
    pub fn view<'a>(&'a self, ctx: &Context<'a>) -> Element<'a, Message> {
        let tr = ctx.tr;
        let lang = tr.lang();
        let status = if self.issued {
            "stmt-ui-issued-month"
        } else {
            "stmt-ui-draft-month"
        };
        let title = say(tr, &Msg::new("stmt-ui-title").arg("month", self.month()));
        let mut bar_items: Vec<Element<'a, Message>> = vec![
            action(
                tr.text("stmt-ui-prev"),
                Kind::Tile,
                Some(Message::Month(-1)),
            ),
            text(title).size(LARGE).font(BOLD).into(),
            action(tr.text("stmt-ui-next"), Kind::Tile, Some(Message::Month(1))),
            text(tr.text(status)).size(TEXT).style(theme::muted).into(),
            Space::new().width(Fill).into(),
        ];
        if !self.issued && !self.list.is_empty() && !self.working {
            bar_items.push(action(
                tr.text("stmt-ui-issue"),
                Kind::Primary,
                Some(Message::Issue),
            ));
        }
        let mut page =
            column![flow(lang, bar_items).spacing(SPACE).align_y(iced::Center)].spacing(SPACE);
        if let Some((tone, msg)) = &self.notice {
            page = page.push(notice(*tone, say(tr, msg), lang).padding(10));
        }
        let side = match (&self.preview, &self.her) {
            (Some(preview), _) => self.preview_view(preview, tr),
            (None, Some(her)) => self.her_view(her, tr),
            (None, None) => self.table(tr),
        };
        let left = container(
            scrollable(side.padding(iced::Padding::new(SPACE).right(SPACE * 2.0))).height(Fill),
        )
        .padding(SPACE)
        .width(Length::FillPortion(2))
        .style(theme::panel);
        let right = container(
            scrollable(
                self.detail(tr)
                    .padding(iced::Padding::new(SPACE).right(SPACE * 2.0)),
            )
            .height(Fill),
        )
        .padding(SPACE)
        .width(Length::FillPortion(1))
        .style(theme::panel);
        page = page
            .push(flow(lang, vec![left.into(), right.into()]).spacing(SPACE * 1.5))
            .push(self.folder_bar(tr));
        let question = self.question(lang);
        let (back, yes) = if self.confirming {
            (Message::CancelIssue, Message::ConfirmIssue)
        } else {
            (Message::CancelPay, Message::ConfirmPay)
        };
        confirm::over(
            container(page).padding(SPACE * 1.5),
            question.as_ref(),
            tr,
            back,
            yes,
            Escape::Here,
        )
    }

    fn table<'a>(&'a self, tr: &'a Translator) -> iced::widget::Column<'a, Message> {
        let lang = tr.lang();
        let heading = |id: &'static str| cell(tr.text(id), lang, true);
        let mut table = column![
            flow(
                lang,
                vec![
                    container(title(tr.text("stmt-ui-col-producer"), TEXT, lang))
                        .width(Length::Fill)
                        .into(),
                    heading("stmt-ui-col-gross"),
                    heading("stmt-ui-col-association"),
                    heading("stmt-ui-col-net"),
                    heading("stmt-ui-col-paid"),
                    heading("stmt-ui-col-balance"),
                ],
            )
            .spacing(SPACE * 0.5)
        ]
        .spacing(SPACE * 0.4);
        table = table.push(at(
            text(tr.text("stmt-ui-amounts"))
                .size(SMALL)
                .style(theme::muted),
            end(lang),
        ));
        if self.list.is_empty() {
            let none = Msg::new("stmt-none").arg("month", self.month());
            table = table.push(widget::hint(say(tr, &none), TEXT, lang));
        }
        for s in &self.list {
            let opened = self.open.as_deref() == Some(s.producer.as_str());
            let kind = if opened { Kind::Selected } else { Kind::Tile };
            let target = if opened {
                None
            } else {
                Some(s.producer.clone())
            };
            let who = button(at(
                text(format!("{} · {}", name(s, lang), s.producer)).size(TEXT),
                start(lang),
            ))
            .padding([6, 10])
            .width(Length::Fill)
            .style(theme::button_style(kind))
            .on_press(Message::Open(target));
            table = table.push(
                flow(
                    lang,
                    vec![
                        who.into(),
                        cell(number(s.gross, lang), lang, false),
                        cell(number(s.association_share, lang), lang, false),
                        cell(number(s.net, lang), lang, true),
                        cell(number(s.payouts, lang), lang, false),
                        balance_cell(s.closing, lang),
                    ],
                )
                .spacing(SPACE * 0.5)
                .align_y(iced::Center),
            );
        }
        table
    }

    fn detail<'a>(&'a self, tr: &'a Translator) -> iced::widget::Column<'a, Message> {
        let lang = tr.lang();
        let Some(s) = self.opened() else {
            return column![widget::hint(tr.text("stmt-ui-pick"), TEXT, lang)];
        };
        let line = |msg: Msg, size: f32| at(text(say(tr, &msg)).size(size), start(lang));
        let mut col = column![
            at(
                text(say(
                    tr,
                    &Msg::new("stmt-title")
                        .arg("name", name(s, lang))
                        .arg("code", &s.producer)
                        .arg("month", &s.month)
                ))
                .size(LARGE)
                .font(BOLD),
                start(lang)
            ),
            line(
                match &s.number {
                    // `R-2026-10-002` mixes letters and digits: bidi_safe isolates digit
                    // runs only, so the whole number is isolated here.
                    Some(number) if lang.is_rtl() =>
                        Msg::new("stmt-number").arg("number", format!("\u{2066}{number}\u{2069}")),
                    Some(number) => Msg::new("stmt-number").arg("number", number),
                    None => Msg::new("stmt-draft"),
                },
                TEXT
            ),
            line(Msg::new("stmt-opening").arg("amount", s.opening), TEXT),
        ]
        .spacing(SPACE * 0.4)
        .push(at(
            text(say(
                tr,
                &Msg::new("stmt-totals")
                    .arg("gross", s.gross)
                    .arg("association", s.association_share)
                    .arg("net", s.net),
            ))
            .size(TEXT)
            .font(BOLD),
            start(lang),
        ))
        .push(line(
            Msg::new("stmt-paid-total").arg("amount", s.payouts),
            TEXT,
        ))
        .push(line(
            Msg::new("stmt-closing").arg("amount", s.closing),
            TEXT,
        ));
        // What she is owed today, the payout and the PDFs come before the month's lines:
        // a busy producer has hundreds of them.
        if let Some(now) = self.balance_now {
            col = col.push(at(
                text(say(tr, &Msg::new("stmt-ui-balance-now").arg("amount", now)))
                    .size(LARGE)
                    .font(BOLD)
                    .style(if now.is_negative() {
                        theme::owed
                    } else {
                        theme::ink
                    }),
                start(lang),
            ));
        }
        let idle = |message: Message| (!self.working).then_some(message);
        let papers = vec![
            action(
                tr.text("stmt-ui-preview"),
                Kind::Tile,
                idle(Message::PreviewHers),
            ),
            action(
                tr.text("stmt-ui-print"),
                Kind::Tile,
                idle(Message::Print(Printing::Hers)),
            ),
            action(tr.text("stmt-ui-her-page"), Kind::Tile, idle(Message::Her)),
        ];
        // After a payout its slip opens by itself (see `Paid`); here it can be seen again.
        let mut writes = vec![action(
            tr.text("stmt-ui-write-hers"),
            Kind::Tile,
            Some(Message::Write(false)),
        )];
        if self.last_payout.is_some() {
            writes.push(action(
                tr.text("stmt-ui-slip-preview"),
                Kind::Tile,
                idle(Message::PreviewSlip),
            ));
        }
        col = col
            .push(flow(lang, papers).spacing(SPACE * 0.6))
            .push(self.payout_form(tr))
            .push(flow(lang, writes).spacing(SPACE * 0.6))
            .push(title(tr.text("stmt-ui-lines"), TEXT, lang));
        for p in &s.paid {
            col = col.push(line(
                Msg::new("stmt-payout-line")
                    .arg("day", p.day.to_string())
                    .arg("amount", p.amount)
                    .arg("method", Msg::new(method_id(p.method))),
                SMALL,
            ));
        }
        // One short row per line rather than a sentence: long mixed-direction sentences
        // wrap badly in Arabic, and a row reads at a glance.
        for l in &s.lines {
            let product = if lang.is_rtl() {
                &l.name_ar
            } else {
                &l.name_fr
            };
            let what = format!("{product} × {}", l.quantity.format(l.unit, lang));
            let what = if lang.is_rtl() {
                bidi_safe(&what)
            } else {
                what
            };
            let small = |t: String| text(t).size(SMALL);
            col = col.push(
                flow(
                    lang,
                    vec![
                        small(l.day.format("%d/%m").to_string()).into(),
                        small(l.number.clone()).style(theme::muted).into(),
                        container(at(small(what), start(lang))).width(Fill).into(),
                        container(small(money(l.producer_share, lang)))
                            .width(Length::Fixed(CELL))
                            .align_x(end(lang))
                            .into(),
                    ],
                )
                .spacing(SPACE * 0.6),
            );
        }
        col
    }

    fn payout_form<'a>(&'a self, tr: &'a Translator) -> Element<'a, Message> {
        let lang = tr.lang();
        let method = |m: PayoutMethod| {
            let kind = if self.method == m {
                Kind::Selected
            } else {
                Kind::Tile
            };
            action(tr.text(method_id(m)), kind, Some(Message::Method(m)))
        };
        let input = |id: &'static str, value: &'a str, on: fn(String) -> Message, w: f32| {
            text_input(&tr.text(id), value)
                .id(id)
                .on_input(on)
                .on_submit(Message::Pay)
                .size(TEXT)
                .padding(8)
                .width(Length::Fixed(w))
                .style(theme::input)
                .align_x(start(lang))
        };
        column![
            title(tr.text("stmt-ui-pay-title"), TEXT, lang),
            flow(
                lang,
                vec![
                    input(AMOUNT, &self.amount, Message::Amount, 130.0).into(),
                    method(PayoutMethod::Cash),
                    method(PayoutMethod::Transfer),
                ],
            )
            .spacing(SPACE * 0.6)
            .align_y(iced::Center),
            at(self.advance_box(tr), start(lang)),
            flow(
                lang,
                vec![
                    input(NOTE, &self.note, Message::Note, 260.0).into(),
                    action(tr.text("stmt-ui-pay"), Kind::Primary, Some(Message::Pay)),
                ],
            )
            .spacing(SPACE * 0.6)
            .align_y(iced::Center),
        ]
        .spacing(SPACE * 0.6)
        .into()
    }

    /// Her payout taken as an advance on what she will earn; its box on the reading side.
    fn advance_box<'a>(&'a self, tr: &'a Translator) -> Element<'a, Message> {
        crate::ui::widget::check::check(
            tr.lang(),
            self.advance,
            tr.text("stmt-ui-advance"),
            Message::Advance,
        )
    }

    fn folder_bar<'a>(&'a self, tr: &'a Translator) -> Element<'a, Message> {
        let lang = tr.lang();
        flow(
            lang,
            vec![
                paper_choice(Paper::A5, self.paper),
                paper_choice(Paper::A4, self.paper),
                text(tr.text("stmt-ui-folder")).size(TEXT).into(),
                text_input(&tr.text("stmt-ui-folder"), &self.folder)
                    .id(FOLDER)
                    .on_input(Message::Folder)
                    .size(TEXT)
                    .padding(8)
                    .width(Fill)
                    .style(theme::input)
                    .align_x(start(lang))
                    .into(),
                crate::ui::widget::pick::choose_button(
                    tr,
                    Some(Message::BrowseFolder(tr.text("pick-title-folder"))),
                )
                .into(),
                action(
                    tr.text("stmt-ui-write-all"),
                    Kind::Tile,
                    (!self.list.is_empty()).then_some(Message::Write(true)),
                ),
                action(
                    tr.text("stmt-ui-print-all"),
                    Kind::Tile,
                    (!self.list.is_empty() && !self.working)
                        .then_some(Message::Print(Printing::Month)),
                ),
            ],
        )
        .spacing(SPACE * 0.6)
        .align_y(iced::Center)
        .into()
    }
}
