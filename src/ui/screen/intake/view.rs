//! What the intake screen shows: the producer, the kind of paper (intake, return or a
//! correction), the lines being prepared with their quantities and prices, and what can be
//! printed once it is recorded.

use iced::widget::{Column, button, column, container, scrollable, text, text_input};
use iced::{Element, Fill};

use super::{CODE, Intake, Line, Message, PRODUCER, QUANTITY, new_product};
use crate::catalog::Producer;
use crate::i18n::{Lang, Msg, Translator};
use crate::intake::Item;
use crate::money::{Money, Unit};
use crate::ui::layout::{at, bidi_safe, end, flow, say, start};
use crate::ui::screen::Context;
use crate::ui::theme::{self, Kind, LARGE, SPACE, TEXT};
use crate::ui::widget::{self, input, title};

/// Which of the three papers the screen prepares.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    In,
    Back,
    Correct,
}

/// The shared pill, a little wider for the intake's few large buttons.
fn action<'a>(label: String, look: Kind, message: Option<Message>) -> Element<'a, Message> {
    crate::ui::widget::pill(label, look, message)
        .padding([8, 16])
        .into()
}

/// A price as she reads it, per kg when weighed.
fn price_text(price: Money, unit: Unit, tr: &Translator) -> String {
    let per = match unit {
        Unit::Kg => tr.text("ui-per-kg"),
        Unit::Piece => String::new(),
    };
    bidi_safe(&format!("{}{per}", price.format(tr.lang())))
}

impl Intake {
    fn mode(&self) -> Mode {
        match (self.correcting.is_some(), self.back) {
            (true, _) => Mode::Correct,
            (false, true) => Mode::Back,
            (false, false) => Mode::In,
        }
    }

    pub fn view<'a>(&'a self, ctx: &Context<'a>) -> Element<'a, Message> {
        let (tr, categories) = (ctx.tr, ctx.catalog.categories.as_slice());
        let lang = tr.lang();
        let now = self.mode();
        let mode = |this: Mode, id: &'static str, message: Message| {
            let look = if now == this {
                Kind::Selected
            } else {
                Kind::Tile
            };
            action(tr.text(id), look, Some(message))
        };
        let mut form = column![
            title(tr.text("intake-ui-title"), LARGE, lang),
            at(
                flow(
                    lang,
                    vec![
                        mode(Mode::In, "intake-ui-in", Message::SetBack(false)),
                        mode(Mode::Back, "intake-ui-back", Message::SetBack(true)),
                        mode(Mode::Correct, "intake-ui-correct", Message::StartCorrecting),
                    ]
                )
                .spacing(SPACE),
                start(lang)
            ),
            text_input(&tr.text("intake-ui-producer"), &self.producer)
                .id(PRODUCER)
                .size(TEXT)
                .padding(8)
                .align_x(start(lang))
                .style(theme::input)
                .on_input(Message::Producer)
                .on_submit(Message::SubmitProducer),
        ]
        .spacing(SPACE);
        form = form.push(self.who(tr));
        match &self.correcting {
            Some(correction) => form = form.push(correction.view(tr).map(Message::Correct)),
            None => form = self.deposit_view(form, tr, categories),
        }
        if let Some((tone, msg)) = &self.notice {
            form = form.push(
                container(at(text(say(tr, msg)).size(TEXT), start(lang)))
                    .padding(10)
                    .style(theme::notice(*tone)),
            );
        }
        let ready = !self.busy;
        let mut buttons = Vec::new();
        if self.correcting.is_none() {
            buttons.push(
                button(text(tr.text("intake-ui-record")).size(TEXT))
                    .padding([10, 20])
                    .style(theme::button_style(Kind::Primary))
                    .on_press_maybe(ready.then_some(Message::Record))
                    .into(),
            );
        }
        if self.recorded.is_some() {
            for (id, message) in [
                ("intake-ui-print-slip", Message::PrintSlip),
                ("intake-ui-print-tags", Message::PrintTags),
                ("intake-ui-sheet-open", Message::OpenSheet),
            ] {
                buttons.push(
                    button(text(tr.text(id)).size(TEXT))
                        .padding([10, 20])
                        .style(theme::button_style(Kind::Tile))
                        .on_press_maybe(ready.then_some(message))
                        .into(),
                );
            }
        }
        form = form.push(at(flow(lang, buttons).spacing(SPACE), start(lang)));
        if let Some(sheet) = &self.sheet {
            form = form.push(sheet.view(tr).map(Message::Sheet));
        }
        if !self.producer.trim().is_empty() {
            form = form.push(super::stock::view(&self.stock, tr));
        }
        let content = container(scrollable(form.padding(SPACE * 2.0)).height(Fill))
            .padding(SPACE * 1.5)
            .style(theme::panel);
        container(content)
            .padding(SPACE * 1.5)
            .center_x(Fill)
            .into()
    }

    /// Who she is, once her code is known (her name in both scripts, hers first in the
    /// reader's); else the producers whose name or code holds what was typed, to tap.
    fn who<'a>(&'a self, tr: &'a Translator) -> Element<'a, Message> {
        let lang = tr.lang();
        let name = |p: &Producer| -> String {
            let (latin, arabic) = (p.name_latin.trim(), p.name_ar.trim());
            let both = match (latin.is_empty(), arabic.is_empty()) {
                (false, false) if lang.is_rtl() => format!("{arabic} · {latin}"),
                (false, false) => format!("{latin} · {arabic}"),
                (true, false) => arabic.to_owned(),
                _ => latin.to_owned(),
            };
            bidi_safe(&format!("{both} ({})", p.code))
        };
        if let Some(her) = self.producer() {
            return container(title(name(her), LARGE, lang))
                .padding([8, 12])
                .width(Fill)
                .style(theme::notice(theme::Tone::Good))
                .into();
        }
        let offered = self.offered();
        if offered.is_empty() {
            let typed = self.producer.trim();
            if typed.is_empty() {
                return column![].into();
            }
            let said = say(tr, &Msg::new("intake-ui-nobody").arg("typed", typed));
            return widget::hint(said, TEXT, lang).into();
        }
        // Rows of three: iced's wrapping rows put right-to-left lines in the wrong order.
        let rows = offered.chunks(3).map(|chunk| {
            let buttons = chunk
                .iter()
                .map(|p| {
                    action(
                        name(p),
                        Kind::Tile,
                        Some(Message::PickProducer(p.code.clone())),
                    )
                })
                .collect();
            at(flow(lang, buttons).spacing(SPACE * 0.6), start(lang)).into()
        });
        column(rows).spacing(SPACE * 0.6).into()
    }

    /// The code and quantity fields, the lines so far, and the new product's form.
    fn deposit_view<'a>(
        &'a self,
        mut form: Column<'a, Message>,
        tr: &'a Translator,
        categories: &'a [crate::catalog::Category],
    ) -> Column<'a, Message> {
        let lang = tr.lang();
        let field = |hint: &'static str, value: &'a str, id: &'static str| {
            input(&tr.text(hint), value, lang).id(id)
        };
        form = form.push(
            flow(
                lang,
                vec![
                    field("intake-ui-code", &self.code, CODE)
                        .on_input(Message::Code)
                        .on_submit(Message::AddLine)
                        .width(Fill)
                        .into(),
                    field("intake-ui-quantity", &self.quantity, QUANTITY)
                        .on_input(Message::Quantity)
                        .on_submit(Message::AddLine)
                        .width(180)
                        .into(),
                    action(tr.text("intake-ui-add"), Kind::Tile, Some(Message::AddLine)),
                ],
            )
            .spacing(SPACE),
        );
        for (i, line) in self.lines.iter().enumerate() {
            if let Some(row) = line_view(i, line, tr) {
                form = form.push(row);
            }
        }
        match &self.new {
            Some(new) => {
                form = form.push(new.view(tr, categories).map(Message::New));
                form = form.push(at(
                    flow(
                        lang,
                        vec![
                            action(
                                tr.text("intake-ui-new-add"),
                                Kind::Tile,
                                Some(Message::AddNew),
                            ),
                            action(tr.text("cat-cancel"), Kind::Plain, Some(Message::ToggleNew)),
                        ],
                    )
                    .spacing(SPACE),
                    start(lang),
                ));
            }
            None if !self.back => {
                form = form.push(at(
                    action(
                        tr.text("intake-ui-new-open"),
                        Kind::Tile,
                        Some(Message::ToggleNew),
                    ),
                    start(lang),
                ));
            }
            None => {}
        }
        form
    }
}

/// One line of the deposit being prepared: what, how many, at what price, and a way off
/// the list. A product made on the spot shows the price typed for it.
fn line_view<'a>(i: usize, line: &'a Line, tr: &'a Translator) -> Option<Element<'a, Message>> {
    let lang = tr.lang();
    let (label, quantity, price) = match line {
        Line::Existing(product, quantity) => {
            let name = if lang == Lang::Ar {
                &product.name_ar
            } else {
                &product.name_fr
            };
            (
                format!("{}  {name}", product.sku),
                quantity.format(product.unit, lang),
                Some(price_text(product.price, product.unit, tr)),
            )
        }
        Line::New(Item::New { form, quantity }) => (
            format!(
                "{}  {}",
                tr.text("intake-ui-new-line"),
                new_product::name(form, lang)
            ),
            quantity.format(form.unit, lang),
            Money::parse(&form.price)
                .ok()
                .map(|p| price_text(p, form.unit, tr)),
        ),
        Line::New(Item::Existing { .. }) => return None,
    };
    let cell = |value: String, width: f32| -> Element<'a, Message> {
        container(text(value).size(TEXT))
            .width(width)
            .align_x(end(lang))
            .into()
    };
    Some(
        flow(
            lang,
            vec![
                at(text(bidi_safe(&label)).size(TEXT), start(lang)).into(),
                cell(quantity, 130.0),
                cell(price.unwrap_or_default(), 170.0),
                button(text("×").size(TEXT))
                    .padding([4, 12])
                    .style(theme::button_style(Kind::Danger))
                    .on_press(Message::RemoveLine(i))
                    .into(),
            ],
        )
        .spacing(SPACE)
        .align_y(iced::Center)
        .into(),
    )
}
