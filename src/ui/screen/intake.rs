//! Intake and returns at the window: a producer brings items (or takes unsold ones back);
//! the volunteer types her code, scans or types each product and its quantity, records the
//! deposit, then prints its slip and the items' tags on the shop's printer. Recording is
//! one transaction in the core (`intake`); this screen only gathers the lines.

use iced::widget::{button, column, container, scrollable, text, text_input};
use iced::{Element, Fill, Task};

use super::intake_new::{self, NewProduct};
use crate::Error;
use crate::catalog::{self, Product};
use crate::i18n::{Msg, Translator};
use crate::intake::{self, Deposit, Item, NewDeposit, slip};
use crate::money::{Quantity, Unit};
use crate::receipt::{self, ShopInfo, pending};
use crate::tags::{self, Tag};
use crate::ui::layout::{at, bidi_safe, flow, say, start};
use crate::ui::store::{Catalog, Store};
use crate::ui::theme::{self, BOLD, Kind, LARGE, SPACE, TEXT, Tone};

pub const PRODUCER: &str = "intake-producer";
pub const CODE: &str = "intake-code";
pub const QUANTITY: &str = "intake-quantity";

#[derive(Debug, Default)]
pub struct Intake {
    /// Items given back rather than brought in.
    back: bool,
    producer: String,
    code: String,
    quantity: String,
    lines: Vec<Line>,
    /// The form for a product made on the spot, when open.
    new: Option<NewProduct>,
    notice: Option<(Tone, Msg)>,
    busy: bool,
    /// The deposit just recorded, for its slip and tags.
    recorded: Option<Deposit>,
    /// What the producer typed in has in the shop.
    stock: Vec<crate::intake::stock::ProductStock>,
}

/// A line of the deposit being prepared.
#[derive(Debug)]
enum Line {
    Existing(Product, Quantity),
    /// Created by the core when the deposit is recorded.
    New(Item),
}

#[derive(Debug, Clone)]
pub enum Message {
    /// Open or close the new product's form.
    ToggleNew,
    New(intake_new::Message),
    /// Put the new product on the list.
    AddNew,
    /// Bring items in (false) or give them back (true).
    SetBack(bool),
    /// The producer's code was typed.
    Producer(String),
    /// A product's code was typed or scanned.
    Code(String),
    Quantity(String),
    /// Put the typed product and quantity on the list.
    AddLine,
    RemoveLine(usize),
    /// Record the deposit or the return.
    Record,
    /// It was recorded, or why not.
    Recorded(Result<Deposit, Error>),
    /// Print the slip of what was just recorded.
    PrintSlip,
    /// Print a tag for each piece just brought in.
    PrintTags,
    /// The slip or the tags were printed, or why not.
    Printed(Result<&'static str, Error>),
    /// What the producer has in the shop was read (nothing for an unknown code).
    Stock(Result<Vec<crate::intake::stock::ProducerStock>, Error>),
}

/// Reads what the producer `code` has in the shop, and how much of it is old.
fn load_stock(store: &Store, code: &str) -> Task<Message> {
    let (store, code) = (store.clone(), code.trim().to_owned());
    Task::perform(
        async move {
            store.with(|conn, clock| {
                crate::intake::stock::view(
                    conn,
                    clock.now(),
                    Some(&code),
                    Some(super::intake_stock::OLD_DAYS),
                )
            })
        },
        Message::Stock,
    )
}

fn focus(id: &'static str) -> Task<Message> {
    iced::widget::operation::focus(iced::widget::Id::new(id))
}

impl Intake {
    pub fn new() -> (Intake, Task<Message>) {
        (Intake::default(), focus(PRODUCER))
    }

    pub fn update(
        &mut self,
        message: Message,
        store: &Store,
        catalog: &Catalog,
        user: Option<i64>,
    ) -> Task<Message> {
        match message {
            Message::SetBack(back) => self.back = back,
            Message::Producer(text) => {
                self.producer = text;
                return load_stock(store, &self.producer);
            }
            Message::Stock(Ok(mut producers)) => {
                self.stock = producers.pop().map(|p| p.products).unwrap_or_default();
            }
            // An unreadable stock leaves the deposit itself untouched.
            Message::Stock(Err(_)) => self.stock.clear(),
            Message::Code(text) => self.code = text,
            Message::Quantity(text) => self.quantity = text,
            Message::AddLine => return self.add_line(catalog),
            Message::ToggleNew => {
                self.new = match self.new.take() {
                    Some(_) => None,
                    None => Some(NewProduct::default()),
                };
                if self.new.is_some() {
                    return focus(intake_new::NAME_FR);
                }
            }
            Message::New(message) => {
                if let Some(form) = &mut self.new {
                    form.update(message);
                }
            }
            Message::AddNew => {
                let Some(form) = &self.new else {
                    return Task::none();
                };
                match form.item() {
                    Ok(item) => {
                        self.lines.push(Line::New(item));
                        self.new = None;
                        self.notice = None;
                        return focus(CODE);
                    }
                    Err(error) => self.notice = Some((Tone::Bad, error.msg())),
                }
            }
            Message::RemoveLine(i) => {
                if i < self.lines.len() {
                    self.lines.remove(i);
                }
            }
            Message::Record => return self.record(store, user),
            Message::Recorded(Ok(deposit)) => {
                self.busy = false;
                self.lines.clear();
                self.notice = Some((
                    Tone::Good,
                    Msg::new("intake-ui-recorded").arg("number", &deposit.number),
                ));
                self.recorded = Some(deposit);
                return load_stock(store, &self.producer);
            }
            Message::Recorded(Err(error)) | Message::Printed(Err(error)) => {
                self.busy = false;
                self.notice = Some((Tone::Bad, error.msg()));
            }
            Message::PrintSlip | Message::PrintTags => {
                let Some(deposit) = self.recorded.clone() else {
                    return Task::none();
                };
                self.busy = true;
                let store = store.clone();
                let tags = matches!(message, Message::PrintTags);
                return Task::perform(
                    async move { store.with(|conn, _| print(conn, &deposit, tags)) },
                    Message::Printed,
                );
            }
            Message::Printed(Ok(id)) => {
                self.busy = false;
                self.notice = Some((Tone::Good, Msg::new(id)));
            }
        }
        Task::none()
    }

    fn add_line(&mut self, catalog: &Catalog) -> Task<Message> {
        let Some(product) = catalog.by_code(&self.code).cloned() else {
            self.notice = Some((
                Tone::Bad,
                Msg::new("ui-unknown-code").arg("code", self.code.trim()),
            ));
            return focus(CODE);
        };
        let quantity = match (self.quantity.trim(), product.unit) {
            ("", Unit::Piece) => Ok(Quantity::pieces(1)),
            (text, unit) => Quantity::parse(text, unit).map_err(|e| Error::parse("quantity", e)),
        };
        match quantity {
            Ok(quantity) => {
                self.lines.push(Line::Existing(product, quantity));
                self.code.clear();
                self.quantity.clear();
                self.notice = None;
                focus(CODE)
            }
            Err(error) => {
                self.notice = Some((Tone::Bad, error.msg()));
                focus(QUANTITY)
            }
        }
    }

    fn record(&mut self, store: &Store, user: Option<i64>) -> Task<Message> {
        let Some(user_id) = user else {
            self.notice = Some((Tone::Bad, Msg::new("intake-ui-who")));
            return Task::none();
        };
        if self.lines.is_empty() {
            self.notice = Some((Tone::Bad, Error::EmptyDeposit.msg()));
            return focus(CODE);
        }
        let request = NewDeposit {
            producer: self.producer.trim().to_owned(),
            user_id,
            items: self
                .lines
                .iter()
                .map(|line| match line {
                    Line::Existing(p, q) => Item::Existing {
                        code: p.sku.clone(),
                        quantity: *q,
                    },
                    Line::New(item) => item.clone(),
                })
                .collect(),
            note: None,
        };
        self.busy = true;
        self.recorded = None;
        let (store, back) = (store.clone(), self.back);
        Task::perform(
            async move {
                store.with(|conn, clock| {
                    if back {
                        intake::give_back(conn, clock, &request)
                    } else {
                        intake::intake(conn, clock, &request)
                    }
                })
            },
            Message::Recorded,
        )
    }

    pub fn view<'a>(
        &'a self,
        tr: &'a Translator,
        categories: &'a [crate::catalog::Category],
    ) -> Element<'a, Message> {
        let lang = tr.lang();
        let mode = |back: bool, id: &'static str| -> Element<'a, Message> {
            button(text(tr.text(id)).size(TEXT))
                .padding([8, 16])
                .style(theme::button_style(if self.back == back {
                    Kind::Selected
                } else {
                    Kind::Tile
                }))
                .on_press(Message::SetBack(back))
                .into()
        };
        let field = |hint: &'static str, value: &'a str, id: &'static str| {
            text_input(&tr.text(hint), value)
                .id(id)
                .size(TEXT)
                .padding(8)
                .style(theme::input)
        };
        let mut form = column![
            at(
                text(tr.text("intake-ui-title")).size(LARGE).font(BOLD),
                start(lang)
            ),
            at(
                flow(
                    lang,
                    vec![mode(false, "intake-ui-in"), mode(true, "intake-ui-back")]
                )
                .spacing(SPACE),
                start(lang)
            ),
            field("intake-ui-producer", &self.producer, PRODUCER)
                .on_input(Message::Producer)
                .on_submit(Message::AddLine),
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
                    button(text(tr.text("intake-ui-add")).size(TEXT))
                        .padding([8, 16])
                        .style(theme::button_style(Kind::Tile))
                        .on_press(Message::AddLine)
                        .into(),
                ],
            )
            .spacing(SPACE),
        ]
        .spacing(SPACE);
        for (i, line) in self.lines.iter().enumerate() {
            let (label, quantity) = match line {
                Line::Existing(product, quantity) => {
                    let name = if lang.is_rtl() {
                        &product.name_ar
                    } else {
                        &product.name_fr
                    };
                    (
                        format!("{}  {name}", product.sku),
                        quantity.format(product.unit, lang),
                    )
                }
                Line::New(Item::New { form, quantity }) => (
                    format!(
                        "{}  {}",
                        tr.text("intake-ui-new-line"),
                        intake_new::name(form, lang)
                    ),
                    quantity.format(form.unit, lang),
                ),
                Line::New(Item::Existing { .. }) => continue,
            };
            form = form.push(
                flow(
                    lang,
                    vec![
                        at(text(bidi_safe(&label)).size(TEXT), start(lang)).into(),
                        text(quantity).size(TEXT).into(),
                        button(text("×").size(TEXT))
                            .padding([4, 12])
                            .style(theme::button_style(Kind::Danger))
                            .on_press(Message::RemoveLine(i))
                            .into(),
                    ],
                )
                .spacing(SPACE)
                .align_y(iced::Center),
            );
        }
        match &self.new {
            Some(new) => {
                form = form.push(new.view(tr, categories).map(Message::New));
                form = form.push(at(
                    flow(
                        lang,
                        vec![
                            button(text(tr.text("intake-ui-new-add")).size(TEXT))
                                .padding([8, 16])
                                .style(theme::button_style(Kind::Tile))
                                .on_press(Message::AddNew)
                                .into(),
                            button(text(tr.text("cat-cancel")).size(TEXT))
                                .padding([8, 16])
                                .style(theme::button_style(Kind::Plain))
                                .on_press(Message::ToggleNew)
                                .into(),
                        ],
                    )
                    .spacing(SPACE),
                    start(lang),
                ));
            }
            None if !self.back => {
                form = form.push(at(
                    button(text(tr.text("intake-ui-new-open")).size(TEXT))
                        .padding([8, 16])
                        .style(theme::button_style(Kind::Tile))
                        .on_press(Message::ToggleNew),
                    start(lang),
                ));
            }
            None => {}
        }
        if let Some((tone, msg)) = &self.notice {
            form = form.push(
                container(at(text(say(tr, msg)).size(TEXT), start(lang)))
                    .padding(10)
                    .style(theme::notice(*tone)),
            );
        }
        let ready = !self.busy;
        let mut buttons = vec![
            button(text(tr.text("intake-ui-record")).size(TEXT))
                .padding([10, 20])
                .style(theme::button_style(Kind::Primary))
                .on_press_maybe(ready.then_some(Message::Record))
                .into(),
        ];
        if self.recorded.is_some() {
            for (id, message) in [
                ("intake-ui-print-slip", Message::PrintSlip),
                ("intake-ui-print-tags", Message::PrintTags),
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
        if !self.producer.trim().is_empty() {
            form = form.push(super::intake_stock::view(&self.stock, tr));
        }
        let content = container(scrollable(form.padding(SPACE * 2.0)).height(Fill))
            .padding(SPACE * 1.5)
            .style(theme::panel);
        container(content)
            .padding(SPACE * 1.5)
            .center_x(Fill)
            .into()
    }
}

/// Prints the slip of `deposit`, or the tags of what it brought in, on the shop's printer.
fn print(
    conn: &mut rusqlite::Connection,
    deposit: &Deposit,
    tags: bool,
) -> crate::Result<&'static str> {
    let spec = pending::printer(conn, None)?;
    let paper = pending::paper(conn, None)?;
    if !tags {
        let receipt = slip::slip(deposit, &ShopInfo::load(conn)?);
        receipt::print(&receipt, &spec, paper)?;
        return Ok("intake-ui-slip-printed");
    }
    let mut list: Vec<Tag> = Vec::new();
    for line in deposit.lines.iter().filter(|l| l.quantity.is_positive()) {
        let Some(product) = catalog::find_product(conn, &line.sku)? else {
            continue;
        };
        let maker = catalog::producer_by_id(conn, product.producer_id)?;
        let copies = match line.unit {
            Unit::Piece => usize::try_from(line.quantity.milli() / 1000).unwrap_or(0),
            Unit::Kg => 1,
        };
        let tag = Tag::new(&product, &maker, None)?;
        list.extend(std::iter::repeat_n(tag, copies));
    }
    receipt::print(&tags::thermal(&list), &spec, paper)?;
    Ok("intake-ui-tags-printed")
}
