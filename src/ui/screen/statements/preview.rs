//! The preview panel: the page as it will print, on a grey ground so the paper's edge
//! shows, with the page turner and the buttons to print or close.

use iced::widget::{Space, column, text};
use iced::{Element, Fill};

use super::paper::Preview;
use super::view::action;
use super::{Message, Printing, Statements};
use crate::i18n::{Msg, Translator};
use crate::ui::layout::{flow, say};
use crate::ui::theme::{BOLD, Kind, SPACE, TEXT};

impl Statements {
    pub(super) fn preview_view<'a>(
        &'a self,
        preview: &'a Preview,
        tr: &'a Translator,
    ) -> iced::widget::Column<'a, Message> {
        let lang = tr.lang();
        let idle = |message: Message| (!self.working).then_some(message);
        let count = preview.pages.len();
        let page = preview.pages.page();
        let page_of = Msg::new("stmt-ui-page-of")
            .arg("page", page + 1)
            .arg("count", count);
        let print = if preview.slip.is_some() {
            Printing::Slip
        } else {
            Printing::Hers
        };
        let mut bar: Vec<Element<'a, Message>> = vec![
            text(preview.title.clone()).size(TEXT).font(BOLD).into(),
            Space::new().width(Fill).into(),
        ];
        if count > 1 {
            bar.push(action(
                tr.text("stmt-ui-page-prev"),
                Kind::Tile,
                (page > 0).then_some(Message::Turn(-1)),
            ));
            bar.push(text(say(tr, &page_of)).size(TEXT).into());
            bar.push(action(
                tr.text("stmt-ui-page-next"),
                Kind::Tile,
                (page + 1 < count).then_some(Message::Turn(1)),
            ));
        }
        bar.push(action(
            tr.text("stmt-ui-print"),
            Kind::Primary,
            idle(Message::Print(print)),
        ));
        if preview.slip.is_some() {
            bar.push(action(
                tr.text("stmt-ui-slip-ticket"),
                Kind::Tile,
                idle(Message::Print(Printing::SlipTicket)),
            ));
        }
        let save = if preview.slip.is_some() {
            Message::WriteSlip
        } else {
            Message::Write(false)
        };
        bar.push(action(tr.text("stmt-ui-save-pdf"), Kind::Tile, idle(save)));
        bar.push(action(
            tr.text("stmt-ui-close"),
            Kind::Tile,
            Some(Message::CloseSide),
        ));
        let mut col = column![flow(lang, bar).spacing(SPACE * 0.6).align_y(iced::Center)]
            .spacing(SPACE * 0.6);
        if let Some(sheet) = preview.pages.view() {
            col = col.push(sheet);
        }
        col
    }
}
