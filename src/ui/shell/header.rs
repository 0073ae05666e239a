//! The top bar: the shop's name, who is at the counter (a picker, or her name, the
//! approving administrator and "Lock" once PINs are asked), the languages and the screens'
//! buttons a person is offered; under it, what a restore did.

use iced::widget::{button, column, container, pick_list, text};
use iced::{Element, Fill};

use super::{Shell, Tab};
use crate::i18n::{Lang, Msg};
use crate::ui::layout::{self, flow};
use crate::ui::theme::{self, BOLD, Kind, LARGE, SPACE, TEXT, Tone};
use crate::ui::widget;
use crate::ui::{Cashier, Message};
use crate::users::Role;

impl Shell {
    /// Whether the top bar offers `tab`: a volunteer sees the screens of her work (the
    /// others would only refuse her); an administrator, or anyone before the shop has
    /// one, sees them all.
    pub(super) fn shows_tab(&self, tab: Tab) -> bool {
        let volunteer = self.pins
            && self
                .users
                .iter()
                .any(|u| Some(u.id) == self.cashier && u.role == Role::Volunteer);
        !volunteer || matches!(tab, Tab::Counter | Tab::Sales | Tab::Till | Tab::Intake)
    }

    /// The line under the top bar saying what a restore did.
    pub(super) fn restored_line(&self) -> Option<Element<'_, Message>> {
        let said = self.restored.as_ref()?;
        let line = widget::notice(Tone::Good, layout::say(&self.tr, said), self.tr.lang());
        Some(line.padding([6, 16]).into())
    }

    pub(super) fn header(&self) -> Element<'_, Message> {
        let lang = self.tr.lang();
        let name = self
            .shop_name
            .clone()
            .unwrap_or_else(|| self.tr.text("ui-shop"));
        let title = text(format!("Souk · {name}"))
            .size(LARGE)
            .font(BOLD)
            .color(iced::Color::WHITE);
        let cashiers: Vec<Cashier> = self
            .users
            .iter()
            .map(|u| Cashier {
                id: u.id,
                name: u.name.clone(),
            })
            .collect();
        let chosen = cashiers
            .iter()
            .find(|c| Some(c.id) == self.cashier)
            .cloned();
        let picker = flow(
            lang,
            vec![
                text(self.tr.text("ui-cashier"))
                    .size(TEXT)
                    .color(iced::Color::WHITE)
                    .into(),
                pick_list(cashiers, chosen, Message::SetCashier)
                    .text_size(TEXT)
                    .padding([6, 10])
                    .into(),
            ],
        )
        .spacing(SPACE * 0.6)
        .align_y(iced::Center);
        let languages: Vec<Element<'_, Message>> =
            [(Lang::Fr, "FR"), (Lang::Ar, "ع"), (Lang::En, "EN")]
                .into_iter()
                .map(|(l, name)| {
                    let kind = if l == lang {
                        Kind::Selected
                    } else {
                        Kind::Plain
                    };
                    button(text(name).size(TEXT))
                        .padding([6, 12])
                        .style(theme::button_style(kind))
                        .on_press(Message::SetLang(l))
                        .into()
                })
                .collect();
        let tabs: Vec<Element<'_, Message>> = if self.screens.first_run() || self.guard.is_some() {
            Vec::new()
        } else {
            [
                (Tab::Counter, "ui-nav-counter", "F5"),
                (Tab::Sales, "sales-ui-nav", "F6"),
                (Tab::Catalogue, "cat-nav", "F7"),
                (Tab::Settings, "set-nav", "F8"),
                (Tab::Intake, "intake-ui-nav", "F9"),
                (Tab::Till, "ui-nav-till", "F10"),
                (Tab::Reports, "ui-nav-reports", "F11"),
                (Tab::People, "people-nav", "F12"),
                (Tab::Statements, "stmt-ui-nav", ""),
            ]
            .into_iter()
            .filter(|(tab, _, _)| self.shows_tab(*tab))
            .map(|(tab, name, key)| {
                let kind = if tab == self.tab() {
                    Kind::Selected
                } else {
                    Kind::Plain
                };
                let label = format!("{} {key}", self.tr.text(name));
                button(text(label.trim_end().to_owned()).size(TEXT))
                    .padding([6, 10])
                    .style(theme::button_style(kind))
                    .on_press(Message::Open(tab))
                    .into()
            })
            .collect()
        };
        // Two rows: nine screens' buttons do not fit beside the name and the languages.
        let top = flow(
            lang,
            vec![
                title.into(),
                iced::widget::Space::new().width(Fill).into(),
                if self.screens.first_run() || self.guard.is_some() {
                    iced::widget::Space::new().into()
                } else if self.pins {
                    self.signed_in_bar()
                } else {
                    picker.into()
                },
                flow(lang, languages).spacing(SPACE * 0.4).into(),
            ],
        )
        .spacing(SPACE * 2.0)
        .align_y(iced::Center);
        let mut bar = column![top].spacing(SPACE * 0.6);
        if !tabs.is_empty() {
            bar = bar.push(
                container(flow(lang, tabs).spacing(SPACE * 0.5))
                    .width(Fill)
                    .align_x(layout::start(lang)),
            );
        }
        container(bar)
            .padding([8, 16])
            .width(Fill)
            .style(theme::bar)
            .into()
    }

    /// The header's corner once the shop asks for PINs: who is signed in, the approving
    /// administrator if any, "Administrator" for a volunteer, and "Lock".
    fn signed_in_bar(&self) -> Element<'_, Message> {
        let lang = self.tr.lang();
        let me = self.users.iter().find(|u| Some(u.id) == self.cashier);
        let mut items: Vec<Element<'_, Message>> = Vec::new();
        if let Some(me) = me {
            items.push(
                text(me.name.clone())
                    .size(TEXT)
                    .color(iced::Color::WHITE)
                    .into(),
            );
        }
        match &self.approval {
            Some(admin) => items.push(
                text(
                    self.tr
                        .tr(&Msg::new("ui-approved-by").arg("name", &admin.name)),
                )
                .size(TEXT)
                .color(iced::Color::WHITE)
                .into(),
            ),
            None if me.is_some_and(|u| u.role == Role::Volunteer) => items.push(
                button(text(self.tr.text("ui-approve")).size(TEXT))
                    .padding([6, 12])
                    .style(theme::button_style(Kind::Plain))
                    .on_press(Message::Approve)
                    .into(),
            ),
            None => {}
        }
        items.push(
            button(text(self.tr.text("ui-lock")).size(TEXT))
                .padding([6, 12])
                .style(theme::button_style(Kind::Plain))
                .on_press(Message::Lock)
                .into(),
        );
        flow(lang, items)
            .spacing(SPACE * 0.6)
            .align_y(iced::Center)
            .into()
    }
}
