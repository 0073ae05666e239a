//! A producer's own page on the statements screen: what she is owed today in large type,
//! all she has earned here, her months newest first (a month opens its statement) and
//! every payout she received.

use iced::widget::{button, column, container, text};
use iced::{Length, Task};

use super::view::{action, balance_cell, cell, number};
use super::{Message, Statements, method_id};
use crate::i18n::{Msg, Translator};
use crate::statement::{self, History, parse_month};
use crate::ui::layout::{at, flow, say, start};
use crate::ui::store::Store;
use crate::ui::theme::{self, BOLD, Kind, LARGE, SMALL, SPACE, TEXT};
use crate::ui::widget::title;

impl Statements {
    pub(super) fn load_her(&self, store: &Store) -> Task<Message> {
        let Some(code) = self.open.clone() else {
            return Task::none();
        };
        let store = store.clone();
        Task::perform(
            async move {
                store
                    .run(move |conn, _| statement::history(conn, &code))
                    .await
            },
            Message::HerLoaded,
        )
    }

    /// Shows month `YYYY-MM` with her statement opened, her page closed.
    pub(super) fn go_to(&mut self, store: &Store, month: &str) -> Task<Message> {
        let Ok((year, month)) = parse_month(month) else {
            return Task::none();
        };
        (self.year, self.month) = (year, month);
        self.her = None;
        self.preview = None;
        self.asked += 1;
        self.confirming = false;
        self.notice = None;
        super::load(store, year, month)
    }

    pub(super) fn her_view<'a>(
        &'a self,
        h: &'a History,
        tr: &'a Translator,
    ) -> iced::widget::Column<'a, Message> {
        let lang = tr.lang();
        let name = if lang.is_rtl() && !h.name_ar.trim().is_empty() {
            &h.name_ar
        } else {
            &h.name_latin
        };
        let line = |msg: Msg, size: f32| at(text(say(tr, &msg)).size(size), start(lang));
        let mut col = column![
            flow(
                lang,
                vec![
                    text(say(
                        tr,
                        &Msg::new("hist-title")
                            .arg("name", name)
                            .arg("code", &h.producer)
                    ))
                    .size(LARGE)
                    .font(BOLD)
                    .into(),
                    iced::widget::Space::new().width(Length::Fill).into(),
                    action(
                        tr.text("stmt-ui-back"),
                        Kind::Tile,
                        Some(Message::CloseSide)
                    ),
                ],
            )
            .spacing(SPACE)
            .align_y(iced::Center),
            at(
                text(say(tr, &Msg::new("hist-balance").arg("amount", h.balance)))
                    .size(LARGE * 1.2)
                    .font(BOLD)
                    .style(if h.balance.is_negative() {
                        theme::owed
                    } else {
                        theme::ink
                    }),
                start(lang)
            ),
            line(Msg::new("hist-earned").arg("amount", h.earned), TEXT),
        ]
        .spacing(SPACE * 0.5);
        let heading = |id: &'static str| cell(tr.text(id), lang, true);
        col = col.push(
            flow(
                lang,
                vec![
                    container(title(tr.text("hist-col-month"), TEXT, lang))
                        .width(Length::Fill)
                        .into(),
                    heading("stmt-ui-col-gross"),
                    heading("stmt-ui-col-net"),
                    heading("stmt-ui-col-paid"),
                    heading("stmt-ui-col-balance"),
                ],
            )
            .spacing(SPACE * 0.5),
        );
        if h.months.is_empty() {
            col = col.push(line(Msg::new("hist-none"), TEXT));
        }
        for m in &h.months {
            let status = match &m.number {
                Some(n) if lang.is_rtl() => format!("\u{2066}{n}\u{2069}"),
                Some(n) => n.clone(),
                None => tr.text("hist-draft"),
            };
            // Two texts set side by side in reading order: one mixed-direction string
            // would put the month after its status in Arabic.
            let label = flow(
                lang,
                vec![
                    text(m.month.clone()).size(TEXT).into(),
                    text("·").size(TEXT).into(),
                    text(status).size(TEXT).into(),
                ],
            )
            .spacing(SPACE * 0.5);
            let month = button(at(label, start(lang)))
                .padding([6, 10])
                .width(Length::Fill)
                .style(theme::button_style(Kind::Tile))
                .on_press(Message::GoTo(m.month.clone()));
            col = col.push(
                flow(
                    lang,
                    vec![
                        month.into(),
                        cell(number(m.gross, lang), lang, false),
                        cell(number(m.net, lang), lang, true),
                        cell(number(m.payouts, lang), lang, false),
                        balance_cell(m.closing_balance, lang),
                    ],
                )
                .spacing(SPACE * 0.5)
                .align_y(iced::Center),
            );
        }
        col = col.push(title(tr.text("hist-payouts"), TEXT, lang));
        if h.payouts.is_empty() {
            col = col.push(line(Msg::new("hist-no-payouts"), SMALL));
        }
        // Each payout's slip can be seen and printed again: a lost or jammed one.
        for p in &h.payouts {
            let said = Msg::new("stmt-payout-line")
                .arg("day", p.day.to_string())
                .arg("amount", p.amount)
                .arg("method", Msg::new(method_id(p.method)));
            col = col.push(
                flow(
                    lang,
                    vec![
                        text(say(tr, &said)).size(SMALL).into(),
                        button(text(tr.text("hist-slip")).size(SMALL))
                            .padding([2, 10])
                            .style(theme::button_style(Kind::Tile))
                            .on_press(Message::SlipOf(p.clone()))
                            .into(),
                    ],
                )
                .spacing(SPACE)
                .align_y(iced::Center),
            );
        }
        col
    }
}
