//! The till's drawer work besides counting: money put in or taken out (paper rolls), the
//! drawer opened without a sale, and the X or Z report printed on the receipt printer or
//! saved as a PDF. Everything is done by the core as the person acting in the window.

use iced::widget::{button, column, container, text};
use iced::{Element, Fill, Task};

use super::{Message, Till};
use crate::Error;
use crate::cash::{MovementKind, ReportKind};
use crate::i18n::{Msg, Translator};
use crate::money::Money;
use crate::ui::layout::flow;
use crate::ui::store::{self, Store};
use crate::ui::theme::{self, BOLD, Kind, LARGE, SPACE, TEXT, Tone};

/// Field ids, for tests and focus.
pub const AMOUNT: &str = "till-amount";
pub const REASON: &str = "till-reason";
pub const FOLDER: &str = "till-folder";

impl Till {
    /// A pay-in, pay-out or drawer opening with what was typed.
    pub(super) fn start_movement(&mut self, kind: MovementKind, store: &Store) -> Task<Message> {
        let amount = if kind == MovementKind::Drawer {
            Money::ZERO
        } else {
            match Money::parse(self.amount.trim()) {
                Ok(amount) => amount,
                Err(e) => {
                    self.notice = Some((Tone::Bad, Error::parse("value", e).msg()));
                    return Task::none();
                }
            }
        };
        self.busy = true;
        let reason = self.reason.clone();
        let store = store.clone();
        Task::perform(
            async move {
                store::till_movement(store, kind, amount, reason.clone())
                    .await
                    .map(|till| (Box::new(till), kind, amount, reason))
            },
            Message::Moved,
        )
    }

    /// The movement was saved: the figures count it, the form empties.
    pub(super) fn moved(
        &mut self,
        result: Result<(Box<store::Till>, MovementKind, Money, String), Error>,
        lang: crate::i18n::Lang,
    ) {
        self.busy = false;
        match result {
            Ok((state, kind, amount, reason)) => {
                let id = match kind {
                    MovementKind::PayIn => "ui-till-moved-in",
                    MovementKind::PayOut => "ui-till-moved-out",
                    MovementKind::Drawer => "ui-till-drawer-noted",
                };
                let said = Msg::new(id)
                    .arg("amount", amount.format(lang))
                    .arg("reason", reason.trim());
                self.notice = Some((Tone::Good, said));
                self.amount.clear();
                self.reason.clear();
                self.state = Some(*state);
            }
            Err(error) => self.notice = Some((Tone::Bad, error.msg())),
        }
    }

    pub(super) fn print(&mut self, kind: ReportKind, store: &Store) -> Task<Message> {
        self.busy = true;
        let store = store.clone();
        Task::perform(
            async move { store::print_till_report(store, kind).await },
            Message::Printed,
        )
    }

    pub(super) fn save(&mut self, kind: ReportKind, replace: bool, store: &Store) -> Task<Message> {
        self.busy = true;
        self.saving = Some(kind);
        let store = store.clone();
        let folder = store.places().folder(&self.folder);
        Task::perform(
            store::save_till_report(store, kind, folder, replace),
            Message::Saved,
        )
    }

    /// The drawer form and the report buttons; X needs an open session, Z a closed one.
    pub(super) fn tools<'a>(&'a self, tr: &'a Translator) -> Element<'a, Message> {
        let lang = tr.lang();
        let state = self.state.as_ref();
        let open = state.is_some_and(|s| s.open.is_some());
        let closed = state.is_some_and(|s| s.last.is_some());
        let idle = |m: Message| (!self.busy).then_some(m);
        let mut rows = column![]
            .spacing(SPACE * 0.6)
            .width(Fill)
            .align_x(crate::ui::layout::start(lang));
        if open {
            rows = rows
                .push(text(tr.text("ui-till-movement")).size(LARGE).font(BOLD))
                .push(
                    flow(
                        lang,
                        vec![
                            field(tr, AMOUNT, "ui-till-amount", &self.amount, 200.0)
                                .on_input(Message::Amount)
                                .into(),
                            field(tr, REASON, "ui-till-reason", &self.reason, 360.0)
                                .on_input(Message::Reason)
                                .into(),
                        ],
                    )
                    .spacing(SPACE),
                )
                .push(
                    flow(
                        lang,
                        vec![
                            act(tr, "ui-till-pay-in", Kind::Tile)
                                .on_press_maybe(idle(Message::Move(MovementKind::PayIn)))
                                .into(),
                            act(tr, "ui-till-pay-out", Kind::Tile)
                                .on_press_maybe(idle(Message::Move(MovementKind::PayOut)))
                                .into(),
                            act(tr, "ui-till-drawer", Kind::Tile)
                                .on_press_maybe(idle(Message::Move(MovementKind::Drawer)))
                                .into(),
                        ],
                    )
                    .spacing(SPACE),
                );
        }
        rows = rows.push(text(tr.text("ui-till-reports")).size(LARGE).font(BOLD));
        let mut prints: Vec<Element<'a, Message>> = Vec::new();
        let mut saves: Vec<Element<'a, Message>> = Vec::new();
        for (kind, print, save, shown) in [
            (ReportKind::X, "ui-till-print-x", "ui-till-save-x", open),
            (ReportKind::Z, "ui-till-print-z", "ui-till-save-z", closed),
        ] {
            if shown {
                prints.push(
                    act(tr, print, Kind::Tile)
                        .on_press_maybe(idle(Message::Print(kind)))
                        .into(),
                );
                saves.push(
                    act(tr, save, Kind::Tile)
                        .on_press_maybe(idle(Message::Save(kind, false)))
                        .into(),
                );
            }
        }
        rows = rows
            .push(flow(lang, prints).spacing(SPACE))
            .push(crate::ui::widget::pick::field(
                lang,
                tr,
                field(tr, FOLDER, "ui-till-folder", &self.folder, 520.0).on_input(Message::Folder),
                Some(Message::BrowseFolder(tr.text("pick-title-folder"))),
            ))
            .push(flow(lang, saves).spacing(SPACE));
        container(rows)
            .padding(SPACE * 1.5)
            .width(Fill)
            .style(theme::panel)
            .into()
    }
}

fn field<'a>(
    tr: &Translator,
    id: &'static str,
    placeholder: &'static str,
    value: &'a str,
    width: f32,
) -> iced::widget::TextInput<'a, Message> {
    crate::ui::widget::input(&tr.text(placeholder), value, tr.lang())
        .id(id)
        .width(width)
}

fn act<'a>(tr: &Translator, id: &'static str, kind: Kind) -> iced::widget::Button<'a, Message> {
    button(text(tr.text(id)).size(TEXT).font(BOLD))
        .padding([10, 16])
        .style(theme::button_style(kind))
}
