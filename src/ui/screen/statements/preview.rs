//! The preview panel: the page as it will print, on a grey ground so the paper's edge
//! shows, with the page turner and the buttons to print or close.

use iced::Element;
use iced::widget::{column, text};

use super::paper::Preview;
use super::view::action;
use super::{Message, Printing, Statements};
use crate::i18n::{Msg, Translator};
use crate::ui::layout::{at, flow, say, start};
use crate::ui::theme::{Kind, SPACE, TEXT};
use crate::ui::widget::title;

impl Statements {
    /// What the preview shows, in words (its file keeps the short name `versement-P001-1`):
    /// the slip's number, amount and whom it was paid to, or whose statement of which month.
    fn heading(&self, preview: &Preview, tr: &Translator) -> Msg {
        let name = |code: &str| {
            self.list
                .iter()
                .find(|s| s.producer == code)
                .map(|s| {
                    if tr.lang().is_rtl() && !s.producer_name_ar.is_empty() {
                        s.producer_name_ar.clone()
                    } else {
                        s.producer_name_latin.clone()
                    }
                })
                .unwrap_or_default()
        };
        match (&preview.slip, self.opened()) {
            (Some(p), _) => Msg::new("stmt-ui-slip-heading")
                .arg("number", p.id)
                .arg("amount", p.amount)
                .arg("name", name(&p.producer))
                .arg("code", p.producer.as_str()),
            (None, Some(s)) => Msg::new("stmt-title")
                .arg("name", name(&s.producer))
                .arg("code", s.producer.as_str())
                .arg("month", s.month.as_str()),
            (None, None) => Msg::new("stmt-ui-preview"),
        }
    }

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
        // The heading on a line of its own: a name in words is long, and the buttons beside
        // it must stay in sight.
        let heading = title(say(tr, &self.heading(preview, tr)), TEXT, lang);
        let mut bar: Vec<Element<'a, Message>> = Vec::new();
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
        let mut col = column![
            heading,
            at(
                flow(lang, bar).spacing(SPACE * 0.6).align_y(iced::Center),
                start(lang)
            )
        ]
        .spacing(SPACE * 0.6);
        if let Some(sheet) = preview.pages.view() {
            col = col.push(sheet);
        }
        col
    }
}
