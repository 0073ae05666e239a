//! Beside an intake or a return: what the producer has in the shop now, what sold, what
//! went back, and what has been on the shelf long (to give back or to discount), read from
//! the stock movements by `intake::stock`.

use iced::widget::{column, container, text};
use iced::{Element, Fill};

use crate::i18n::{Lang, Msg, Translator};
use crate::intake::stock::ProductStock;
use crate::ui::layout::{at, bidi_safe, end, flow, start};
use crate::ui::theme::{self, SMALL, SPACE, TEXT};
use crate::ui::widget::{self, title};

/// Items in the shop for longer than this are pointed out.
pub const OLD_DAYS: u32 = 60;

pub fn view<'a, M: 'a>(products: &'a [ProductStock], tr: &'a Translator) -> Element<'a, M> {
    let lang = tr.lang();
    let cell = |value: String, width: f32| -> Element<'a, M> {
        container(text(value).size(TEXT))
            .width(width)
            .align_x(end(lang))
            .into()
    };
    let head = |id: &'static str, width: f32| -> Element<'a, M> {
        container(text(tr.text(id)).size(SMALL).style(theme::muted))
            .width(width)
            .align_x(end(lang))
            .into()
    };
    let mut table = column![
        title(tr.text("stock-ui-title"), TEXT, lang),
        flow(
            lang,
            vec![
                container(text("")).width(Fill).into(),
                head("stock-ui-in-shop", 110.0),
                head("stock-ui-sold", 110.0),
                head("stock-ui-returned", 110.0),
            ],
        )
        .spacing(SPACE),
    ]
    .spacing(SPACE * 0.4);
    if products.is_empty() {
        table = table.push(widget::hint(tr.text("stock-ui-nothing"), TEXT, lang));
    }
    for p in products {
        let name = if lang == Lang::Ar {
            &p.name_ar
        } else {
            &p.name_fr
        };
        let label = bidi_safe(&format!("{}  {name}", p.sku));
        let mut row = vec![
            container(at(text(label).size(TEXT), start(lang)))
                .width(Fill)
                .into(),
            cell(p.in_shop.format(p.unit, lang), 110.0),
            cell(p.sold.format(p.unit, lang), 110.0),
            cell(p.returned.format(p.unit, lang), 110.0),
        ];
        if p.older.is_positive() {
            let old = Msg::new("stock-ui-old")
                .arg("quantity", p.older.format(p.unit, lang))
                .arg("days", i64::from(OLD_DAYS));
            row.push(
                container(text(tr.tr(&old)).size(SMALL))
                    .padding([2, 8])
                    .style(theme::notice(theme::Tone::Info))
                    .into(),
            );
        }
        table = table.push(flow(lang, row).spacing(SPACE).align_y(iced::Center));
    }
    table.into()
}
