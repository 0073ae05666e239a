//! What the counter looks like: products on the start side, the cart and the payment on
//! the end side, the total and the change in the largest type on the screen.

use crate::i18n::{Lang, Msg, Translator};
use crate::money::{Money, Quantity, Unit};
use crate::sale::Method;
use iced::widget::{Space, button, column, container, row, scrollable, text, text_input};
use iced::{Element, Fill, Length, Shrink};

use super::{
    CASH, Counter, DISCOUNT, DiscountTarget, Message, PrintState, SEARCH, WEIGHT, product_name,
};
use crate::ui::layout::{at, bidi_safe, end, flow, say, start};
use crate::ui::store::Catalog;
use crate::ui::theme::{self, BOLD, HUGE, Kind, LARGE, SMALL, SPACE, TEXT, Tone};
use crate::ui::widget::confirm::{self, Escape};
use crate::ui::widget::{self, label};

type E<'a> = Element<'a, Message>;

/// Product buttons per row: large enough for a finger on a 1366×768 screen.
const COLUMNS: usize = 4;
/// The notice's place under the search field: one line of text, two at a pinch.
pub const NOTICE_HEIGHT: f32 = 44.0;
/// The cart's title row, with room for the waiting receipts' button.
const TITLE_HEIGHT: f32 = 40.0;

/// The shared button, a little narrower: the cart's side is tight on a 1024-wide screen.
fn action<'a>(
    content: String,
    kind: Kind,
    on_press: Option<Message>,
) -> iced::widget::Button<'a, Message> {
    widget::action(content, kind, on_press).padding([12, 14])
}

/// A button that names its keyboard shortcut: "Espèces F2", "Valider ↵".
fn keyed<'a>(
    tr: &Translator,
    id: &'static str,
    key: &str,
    kind: Kind,
    on_press: Option<Message>,
) -> iced::widget::Button<'a, Message> {
    action(format!("{} {key}", tr.text(id)), kind, on_press)
}

pub fn view<'a>(counter: &'a Counter, catalog: &'a Catalog, tr: &'a Translator) -> E<'a> {
    let lang = tr.lang();
    let products = container(products_side(counter, catalog, tr)).width(Length::FillPortion(3));
    let cart = container(cart_side(counter, catalog, tr))
        .width(Length::FillPortion(2))
        .height(Fill)
        .padding(SPACE * 1.5)
        .style(theme::panel);
    let page = flow(lang, vec![products.into(), cart.into()])
        .spacing(SPACE * 1.5)
        .padding(SPACE * 1.5)
        .height(Fill);
    confirm::over(
        page,
        counter.question().as_ref(),
        tr,
        Message::Back,
        Message::ConfirmClear,
        Escape::Window,
    )
}

fn products_side<'a>(counter: &'a Counter, catalog: &'a Catalog, tr: &'a Translator) -> E<'a> {
    let lang = tr.lang();
    let search = text_input(&tr.text("ui-search-placeholder"), &counter.query)
        .id(SEARCH)
        .on_input(Message::Search)
        .on_submit(Message::SubmitSearch)
        .size(LARGE)
        .padding(14)
        .align_x(start(lang))
        .style(theme::input);
    // The notice has a place of its own, there or not: nothing below it ever moves, so a
    // tap aimed at a product lands on that product.
    let slot = match &counter.notice {
        Some((tone, msg)) => notice(*tone, say(tr, msg), lang),
        None => Space::new().width(Fill).into(),
    };
    let mut side = column![
        search,
        container(slot).height(NOTICE_HEIGHT).width(Fill).clip(true)
    ]
    .spacing(SPACE);
    let mut tiles: Vec<E<'a>> = vec![category_tile(
        tr.text("ui-all"),
        None,
        counter.category.is_none(),
    )];
    for c in &catalog.categories {
        let chosen = counter.category.as_deref() == Some(c.code.as_str());
        tiles.push(category_tile(
            c.name(lang).to_owned(),
            Some(c.code.clone()),
            chosen,
        ));
    }
    // One row: iced's wrapping rows break right-to-left lines in the wrong order.
    side = side.push(flow(lang, tiles).spacing(SPACE * 0.6));
    if let Some(weighing) = &counter.weighing {
        return side
            .push(weight_panel(counter, weighing, catalog, tr))
            .into();
    }
    let (shown, more) = counter.shown(catalog);
    let mut grid = column(shown.chunks(COLUMNS).map(|chunk| {
        let mut cells: Vec<E<'a>> = chunk
            .iter()
            .map(|i| product_button(*i, catalog, lang))
            .collect();
        // Short last row: empty cells keep every button the same width.
        cells.resize_with(COLUMNS, || Space::new().width(Fill).into());
        flow(lang, cells).spacing(SPACE * 0.8).into()
    }))
    .spacing(SPACE * 0.8);
    if more {
        grid = grid.push(
            text(tr.text("ui-more-results"))
                .size(SMALL)
                .style(theme::muted),
        );
    }
    // An empty shop (the first day): say where its catalogue is made.
    if catalog.products.is_empty() {
        grid = grid.push(notice(Tone::Info, tr.text("ui-empty-catalogue"), lang));
    }
    side.push(scrollable(grid).spacing(SPACE).height(Fill).width(Fill))
        .into()
}

/// The shared notice, filling the place kept for it under the search field.
fn notice<'a>(tone: Tone, message: String, lang: Lang) -> E<'a> {
    widget::notice(tone, bidi_safe(&message), lang)
        .height(Fill)
        .align_y(iced::Center)
        .into()
}

fn category_tile<'a>(name: String, code: Option<String>, chosen: bool) -> E<'a> {
    button(label(name, TEXT))
        .padding([10, 16])
        .style(theme::button_style(if chosen {
            Kind::Selected
        } else {
            Kind::Tile
        }))
        .on_press(Message::ChooseCategory(code))
        .into()
}

fn price_text(price: Money, unit: Unit, lang: Lang, tr: &Translator) -> String {
    match unit {
        Unit::Piece => price.format(lang),
        Unit::Kg => format!("{}{}", price.format(lang), tr_per_kg(tr)),
    }
}

fn tr_per_kg(tr: &Translator) -> String {
    tr.text("ui-per-kg")
}

fn product_button<'a>(index: usize, catalog: &'a Catalog, lang: Lang) -> E<'a> {
    let Some(product) = catalog.products.get(index) else {
        return Space::new().into();
    };
    let per_kg = if product.unit == Unit::Kg {
        if lang.is_rtl() { "/كلغ" } else { "/kg" }
    } else {
        ""
    };
    let content = column![
        at(
            label(product_name(product, lang).to_owned(), TEXT).font(BOLD),
            start(lang)
        ),
        at(
            label(format!("{}{per_kg}", product.price.format(lang)), TEXT),
            start(lang)
        ),
        at(
            label(catalog.maker(product, lang).to_owned(), SMALL).style(theme::muted),
            start(lang)
        ),
    ]
    .spacing(2)
    .width(Fill);
    // A photo on the start side: a caftan is recognised before its name is read.
    let content: E<'a> = match catalog.photos.get(&product.id) {
        Some(photo) => {
            let picture = iced::widget::image(photo.clone()).width(60).height(60);
            flow(lang, vec![picture.into(), content.into()])
                .spacing(8)
                .into()
        }
        None => content.into(),
    };
    button(content)
        .width(Fill)
        .height(112)
        .padding(10)
        .style(theme::button_style(Kind::Tile))
        .on_press(Message::AddProduct(index))
        .into()
}

/// The weight as it stands, and the price it makes: what was typed (grams, or kilograms
/// with a decimal mark), else what the scale reads; and a line saying the scale's state.
fn live_weight<'a>(
    counter: &'a Counter,
    weighing: &'a super::Weighing,
    tr: &'a Translator,
) -> E<'a> {
    let lang = tr.lang();
    let typed = (!weighing.text.trim().is_empty())
        .then(|| Quantity::parse_weight(&weighing.text).ok())
        .flatten();
    let said = counter.scale_said();
    let reading = said.flatten().and_then(|s| s.as_ref().ok().copied());
    let weight = typed.or_else(|| reading.and_then(crate::scale::Reading::weight));
    let big = match weight {
        Some(kg) => format!(
            "{} · {}",
            kg.format(Unit::Kg, lang),
            kg.times(weighing.product.price).format(lang)
        ),
        None => format!("— {}", tr.text("ui-kg")),
    };
    let state = match (typed, said) {
        (Some(_), _) | (None, None) => tr.text("ui-weight-hint-grams"),
        (None, Some(None)) => tr.text("scale-waiting"),
        (None, Some(Some(Ok(reading)))) => {
            let stable = matches!(reading, crate::scale::Reading::Stable(_));
            if stable && counter.scale_waits_for_enter() {
                tr.text("scale-press-enter")
            } else {
                tr.tr(&reading.msg())
            }
        }
        (None, Some(Some(Err(trouble)))) => tr.tr(&trouble.msg()),
    };
    let trouble = matches!(said, Some(Some(Err(_))));
    column![
        label(big, HUGE).font(BOLD),
        label(state, TEXT).style(if trouble { theme::owed } else { theme::muted }),
    ]
    .spacing(4)
    .align_x(start(lang))
    .into()
}

fn weight_panel<'a>(
    counter: &'a Counter,
    weighing: &'a super::Weighing,
    catalog: &'a Catalog,
    tr: &'a Translator,
) -> E<'a> {
    let lang = tr.lang();
    let product = &weighing.product;
    let title = tr.tr(&Msg::new("ui-weight-title").arg("name", product_name(product, lang)));
    let input = text_input("0,000", &weighing.text)
        .id(WEIGHT)
        .on_input(Message::Weight)
        .on_submit(Message::ConfirmWeight)
        .size(HUGE)
        .padding(12)
        .width(260)
        .style(theme::input)
        .align_x(start(lang));
    let keys = ["789", "456", "123", "0,⌫"];
    let keypad = column(keys.iter().map(|line| {
        row(line.chars().map(|k| {
            button(at(
                label(k.to_string(), LARGE),
                iced::alignment::Horizontal::Center,
            ))
            .width(78)
            .height(64)
            .style(theme::button_style(Kind::Tile))
            .on_press(Message::KeypadKey(k))
            .into()
        }))
        .spacing(SPACE * 0.6)
        .into()
    }))
    .spacing(SPACE * 0.6);
    let buttons = flow(
        lang,
        vec![
            keyed(
                tr,
                "ui-add",
                "↵",
                Kind::Primary,
                Some(Message::ConfirmWeight),
            )
            .width(160)
            .into(),
            keyed(tr, "ui-back", "Esc", Kind::Plain, Some(Message::Back))
                .width(160)
                .into(),
        ],
    )
    .spacing(SPACE);
    let info = column![
        label(title, LARGE).font(BOLD),
        label(
            format!(
                "{} — {}",
                price_text(product.price, product.unit, lang, tr),
                catalog.maker(product, lang)
            ),
            TEXT
        ),
        live_weight(counter, weighing, tr),
        input,
        buttons,
    ]
    .spacing(SPACE)
    .align_x(start(lang));
    container(flow(lang, vec![info.width(Fill).into(), keypad.into()]).spacing(SPACE * 2.0))
        .padding(SPACE * 2.0)
        .width(Fill)
        .style(theme::panel)
        .into()
}

fn cart_side<'a>(counter: &'a Counter, catalog: &'a Catalog, tr: &'a Translator) -> E<'a> {
    let lang = tr.lang();
    let cart = counter.cart();
    // One row of fixed height: what appears in it (receipts waiting) moves nothing below.
    let mut heading: Vec<E<'a>> = vec![
        label(tr.text("ui-cart"), LARGE).font(BOLD).into(),
        Space::new().width(Fill).into(),
    ];
    if let Some(chip) = waiting_chip(counter, tr) {
        heading.push(chip);
    }
    heading.push(
        label(
            tr.tr(&Msg::new("ui-articles").arg("count", cart.articles())),
            TEXT,
        )
        .style(theme::muted)
        .into(),
    );
    let title = container(flow(lang, heading).spacing(SPACE).align_y(iced::Center))
        .height(TITLE_HEIGHT)
        .align_y(iced::Center);
    let lines: E<'a> = if cart.is_empty() {
        match &counter.done {
            Some(done) => done_box(done, tr),
            None => at(
                label(tr.text("ui-cart-empty"), TEXT).style(theme::muted),
                start(lang),
            )
            .into(),
        }
    } else {
        scrollable(
            column(
                cart.lines()
                    .iter()
                    .enumerate()
                    .map(|(i, line)| cart_line(i, line, catalog, lang)),
            )
            .spacing(SPACE * 0.8)
            .padding([0, 6]),
        )
        .spacing(SPACE * 0.5)
        .height(Fill)
        .into()
    };
    let total = flow(
        lang,
        vec![
            label(tr.text("ui-total"), LARGE).font(BOLD).into(),
            Space::new().width(Fill).into(),
            label(cart.total().format(lang), HUGE).font(BOLD).into(),
        ],
    )
    .align_y(iced::Center);
    let rule =
        container(Space::new().height(1))
            .width(Fill)
            .style(|_| iced::widget::container::Style {
                background: Some(theme::LINE.into()),
                ..Default::default()
            });
    let mut side = column![title, container(lines).height(Fill), rule].spacing(SPACE);
    if let Some(float) = &counter.opening_till {
        side = side.push(super::till::offer(float, tr));
    }
    if let Some((target, text)) = counter.discounting() {
        side = side.push(discount_panel(counter, target, text, tr));
    } else if !cart.discounts().is_zero() {
        side = side.push(flow(
            lang,
            vec![
                label(tr.text("ui-discounts"), TEXT).into(),
                Space::new().width(Fill).into(),
                label((-cart.discounts()).format(lang), TEXT).into(),
            ],
        ));
    }
    if counter.discounting().is_none() && !cart.is_empty() {
        let button = action(
            tr.text("ui-discount-cart"),
            Kind::Plain,
            Some(Message::Discount(DiscountTarget::Cart)),
        );
        side = side.push(flow(
            lang,
            vec![Space::new().width(Fill).into(), button.width(Shrink).into()],
        ));
    }
    side.push(total).push(payment(counter, tr)).into()
}

fn discount_panel<'a>(
    counter: &'a Counter,
    target: DiscountTarget,
    text: &'a str,
    tr: &'a Translator,
) -> E<'a> {
    let lang = tr.lang();
    let title = match target {
        DiscountTarget::Cart => tr.text("ui-discount-cart"),
        DiscountTarget::Line(i) => {
            let name = counter
                .cart()
                .lines()
                .get(i)
                .map_or("", |l| product_name(&l.product, lang));
            tr.tr(&Msg::new("ui-discount-line").arg("name", name))
        }
    };
    let input = text_input(&tr.text("ui-discount-hint"), text)
        .id(DISCOUNT)
        .on_input(Message::DiscountAmount)
        .on_submit(Message::ConfirmDiscount)
        .size(LARGE)
        .padding(10)
        .style(theme::input)
        .align_x(start(lang));
    let buttons = flow(
        lang,
        vec![
            input.into(),
            keyed(
                tr,
                "ui-confirm",
                "↵",
                Kind::Primary,
                Some(Message::ConfirmDiscount),
            )
            .width(140)
            .into(),
            keyed(tr, "ui-back", "Esc", Kind::Plain, Some(Message::Back))
                .width(120)
                .into(),
        ],
    )
    .spacing(SPACE * 0.6)
    .align_y(iced::Center);
    column![at(label(title, TEXT).font(BOLD), start(lang)), buttons]
        .spacing(6)
        .into()
}

fn done_box<'a>(done: &'a super::Done, tr: &'a Translator) -> E<'a> {
    let lang = tr.lang();
    let mut content = column![
        label(
            say(tr, &Msg::new("ui-sale-done").arg("number", &done.number)),
            LARGE
        )
        .font(BOLD)
    ]
    .spacing(SPACE)
    .align_x(start(lang));
    if !done.change.is_zero() {
        content = content.push(
            label(
                format!("{} {}", tr.text("ui-change"), done.change.format(lang)),
                HUGE,
            )
            .font(BOLD),
        );
    }
    let (said, tone) = match &done.print {
        PrintState::Printing => (tr.text("ui-printing"), Tone::Info),
        PrintState::Printed => (tr.text("ui-printed"), Tone::Good),
        PrintState::NoPrinter => (tr.text("ui-no-printer-shown"), Tone::Info),
        PrintState::Waiting(reason) => (
            say(
                tr,
                &Msg::new("ui-receipt-waiting").arg("reason", reason.clone()),
            ),
            Tone::Bad,
        ),
    };
    content = content.push(at(label(said, TEXT), start(lang)));
    if matches!(done.print, PrintState::Waiting(_)) {
        content = content.push(
            action(
                tr.text("ui-print-again"),
                Kind::Primary,
                Some(Message::RetryPrint),
            )
            .width(Shrink),
        );
    }
    let summary = container(content)
        .padding(SPACE * 1.5)
        .width(Fill)
        .style(theme::notice(tone));
    match &done.preview {
        // The receipt exactly as printed, at its own size (one dot, one pixel).
        Some(preview) => column![
            summary,
            scrollable(
                container(iced::widget::image(preview.clone()))
                    .center_x(Fill)
                    .padding(SPACE)
            )
            .spacing(SPACE * 0.5)
            .height(Fill)
        ]
        .spacing(SPACE)
        .into(),
        None => summary.into(),
    }
}

/// The receipts of earlier sales still waiting for the printer, once the counter has moved
/// on to the next customer: how many, as a button that prints them again. Why they wait
/// is said in the sales history and on the sale's own receipt box.
fn waiting_chip<'a>(counter: &'a Counter, tr: &'a Translator) -> Option<E<'a>> {
    let shown = counter.done.as_ref().map(|d| d.number.as_str());
    let others = counter
        .waiting_receipts()
        .iter()
        .filter(|(number, _)| Some(number.as_str()) != shown)
        .count();
    if others == 0 {
        return None;
    }
    let said = say(tr, &Msg::new("ui-receipts-waiting").arg("count", others));
    Some(
        button(label(said, SMALL))
            .padding([6, 10])
            .style(theme::button_style(Kind::Danger))
            .on_press_maybe((!counter.retrying).then_some(Message::RetryPrint))
            .into(),
    )
}

fn cart_line<'a>(
    index: usize,
    line: &'a crate::sale::CartLine,
    catalog: &'a Catalog,
    lang: Lang,
) -> E<'a> {
    let product = &line.product;
    let name = format!(
        "{} ({})",
        product_name(product, lang),
        catalog.maker(product, lang)
    );
    let top = flow(
        lang,
        vec![
            at(label(name, TEXT).font(BOLD), start(lang)).into(),
            label(line.total().format(lang), TEXT)
                .font(BOLD)
                .width(Shrink)
                .into(),
        ],
    );
    let small = |content: &str, message: Message, kind: Kind| -> E<'a> {
        button(at(
            label(content.to_owned(), TEXT),
            iced::alignment::Horizontal::Center,
        ))
        .width(40)
        .padding([4, 0])
        .style(theme::button_style(kind))
        .on_press(message)
        .into()
    };
    let mut quantity = format!(
        "{} × {}",
        line.quantity.format(product.unit, lang),
        product.price.format(lang)
    );
    if !line.discount.is_zero() {
        quantity = format!("{quantity}  −{}", line.discount.format(lang));
    }
    let mut controls: Vec<E<'a>> = Vec::new();
    if product.unit == Unit::Piece {
        controls.push(small("−", Message::Decrease(index), Kind::Plain));
        controls.push(small("+", Message::Increase(index), Kind::Plain));
    }
    controls.push(at(label(quantity, TEXT).style(theme::muted), start(lang)).into());
    // Anyone at the counter may give a discount up to the shop's limit; beyond it, the
    // core asks for an administrator (her own sale, or her approval).
    controls.push(small(
        "%",
        Message::Discount(DiscountTarget::Line(index)),
        Kind::Plain,
    ));
    controls.push(small("✕", Message::Remove(index), Kind::Danger));
    column![top, flow(lang, controls).spacing(6).align_y(iced::Center)]
        .spacing(4)
        .into()
}

/// "Exact" and the notes in use: 20, 50, 100 and 200 DH.
fn notes<'a>(tr: &Translator, ready: bool) -> Vec<E<'a>> {
    // "Exact" is a word, the notes are numbers: it gets the room of two, on one line.
    std::iter::once(
        action(
            tr.text("ui-exact"),
            Kind::Tile,
            ready.then_some(Message::CashExact),
        )
        .width(Length::FillPortion(2))
        .into(),
    )
    .chain([20, 50, 100, 200].map(|n| {
        action(
            n.to_string(),
            Kind::Tile,
            ready.then_some(Message::CashNote(Money::from_dirhams(n))),
        )
        .width(Length::FillPortion(1))
        .into()
    }))
    .collect()
}

fn payment<'a>(counter: &'a Counter, tr: &'a Translator) -> E<'a> {
    let lang = tr.lang();
    let cart = counter.cart();
    let ready = !cart.is_empty() && !counter.is_saving();
    let Some(paying) = &counter.paying else {
        let buttons = flow(
            lang,
            vec![
                keyed(
                    tr,
                    "ui-pay-cash",
                    "F2",
                    Kind::Primary,
                    ready.then_some(Message::PayCash),
                )
                .into(),
                keyed(
                    tr,
                    "ui-pay-card",
                    "F3",
                    Kind::Tile,
                    ready.then_some(Message::PayRest(Method::Card)),
                )
                .into(),
                keyed(
                    tr,
                    "ui-pay-transfer",
                    "F4",
                    Kind::Tile,
                    ready.then_some(Message::PayRest(Method::Transfer)),
                )
                .into(),
            ],
        )
        .spacing(SPACE * 0.6);
        let clear = action(
            tr.text("ui-clear"),
            Kind::Danger,
            ready.then_some(Message::ClearCart),
        );
        // One tap on the note the customer hands over pays and finishes the sale.
        let notes = flow(lang, notes(tr, ready)).spacing(SPACE * 0.5);
        return column![notes, buttons, clear].spacing(SPACE * 0.6).into();
    };
    let total = cart.total();
    let received = text_input("0,00", &paying.cash_text)
        .id(CASH)
        .on_input(Message::CashReceived)
        .on_submit(Message::ConfirmPayment)
        .size(LARGE)
        .padding(10)
        .align_x(end(lang))
        .style(theme::input);
    let received_row = flow(
        lang,
        vec![
            label(tr.text("ui-received"), LARGE).width(Shrink).into(),
            received.into(),
        ],
    )
    .spacing(SPACE)
    .align_y(iced::Center);
    let notes = notes(tr, ready);
    let balance = counter.draft().map(|d| d.balance(total)).unwrap_or(total);
    let (balance_label, balance_amount) = if balance.is_negative() || balance.is_zero() {
        (tr.text("ui-change"), -balance)
    } else {
        (tr.text("ui-due"), balance)
    };
    let balance_row = flow(
        lang,
        vec![
            label(balance_label, LARGE).font(BOLD).into(),
            Space::new().width(Fill).into(),
            label(balance_amount.format(lang), HUGE).font(BOLD).into(),
        ],
    )
    .align_y(iced::Center);
    let confirm_ready = ready && balance <= Money::ZERO;
    let buttons = flow(
        lang,
        vec![
            keyed(
                tr,
                "ui-confirm",
                "↵",
                Kind::Primary,
                confirm_ready.then_some(Message::ConfirmPayment),
            )
            .into(),
            keyed(
                tr,
                "ui-rest-by-card",
                "F3",
                Kind::Tile,
                ready.then_some(Message::PayRest(Method::Card)),
            )
            .into(),
            keyed(tr, "ui-back", "Esc", Kind::Plain, Some(Message::Back)).into(),
        ],
    )
    .spacing(SPACE * 0.6);
    column![
        received_row,
        flow(lang, notes).spacing(SPACE * 0.5),
        balance_row,
        buttons
    ]
    .spacing(SPACE)
    .into()
}
