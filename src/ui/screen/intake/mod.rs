//! Intake and returns at the window: a producer brings items (or takes unsold ones back);
//! the volunteer types her code or her name (her full name shows, in both scripts, as soon
//! as she is known), scans or types each product and its quantity (the same product twice
//! is one line of two), records the deposit, then prints its slip and the items' tags on
//! the shop's printer. Recording is one transaction in the core (`intake`); this screen
//! only gathers the lines. Its parts live here: correcting a recorded paper (`correct`), a
//! product new to the catalogue (`new_product`), the tag sheet (`sheet`), what a producer
//! has in the shop (`stock`).

pub mod correct;
pub mod new_product;
pub mod sheet;
pub mod stock;
mod view;

use iced::Task;

use crate::Error;
use crate::catalog::{Producer, Product};
use crate::error::IntakeError;
use crate::i18n::Msg;
use crate::intake::{self, Deposit, Item, NewDeposit, slip};
use crate::money::{Quantity, Unit};
use crate::receipt::printer::{Job, PrinterSpec};
use crate::receipt::{self, ShopInfo, pending};
use crate::tags;
use crate::ui::screen::{Action, Changed, Context};
use crate::ui::store::{Catalog, Store};
use crate::ui::theme::Tone;
use correct::Correction;
use new_product::NewProduct;
use sheet::Sheet;

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
    /// Correcting one of her papers instead of taking items in or back.
    correcting: Option<Correction>,
    /// The A4 label sheet of what was just recorded, when open.
    sheet: Option<Box<Sheet>>,
    /// Every active producer, to find her by code or by name.
    producers: Vec<Producer>,
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
    /// The shop's producers were read.
    Producers(Result<Vec<Producer>, Error>),
    /// Her name was tapped among those found: her code goes in the field.
    PickProducer(String),
    /// Enter in the producer's field: on to the products once she is known (the only
    /// one found by name is taken).
    SubmitProducer,
    /// Open or close the new product's form.
    ToggleNew,
    New(new_product::Message),
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
    /// Correct one of her papers.
    StartCorrecting,
    Correct(correct::Message),
    /// Lay the tags of what was just recorded out on an A4 label sheet.
    OpenSheet,
    Sheet(sheet::Message),
}

impl Message {
    /// Whether this message is the end of the action an administrator approved: a deposit
    /// or a correction recorded.
    fn spends_approval(&self) -> bool {
        matches!(
            self,
            Message::Recorded(Ok(_)) | Message::Correct(correct::Message::Recorded(Ok(_)))
        )
    }
}

/// Reads what the producer `code` has in the shop, and how much of it is old.
fn load_stock(store: &Store, code: &str) -> Task<Message> {
    let (store, code) = (store.clone(), code.trim().to_owned());
    Task::perform(
        async move {
            store
                .run(move |conn, clock| {
                    crate::intake::stock::view(
                        conn,
                        clock.now(),
                        Some(&code),
                        Some(stock::OLD_DAYS),
                    )
                })
                .await
        },
        Message::Stock,
    )
}

fn focus(id: &'static str) -> Task<Message> {
    iced::widget::operation::focus(iced::widget::Id::new(id))
}

/// How many producers the screen offers for what was typed.
const OFFERED: usize = 6;

impl Intake {
    pub fn new(store: &Store) -> (Intake, Task<Message>) {
        let store = store.clone();
        let producers = Task::perform(
            async move {
                store
                    .run(|conn, _| {
                        Ok(crate::catalog::producers(conn)?
                            .into_iter()
                            .filter(|p| p.active)
                            .collect())
                    })
                    .await
            },
            Message::Producers,
        );
        (Intake::default(), Task::batch([focus(PRODUCER), producers]))
    }

    /// The producer whose code is typed, if any.
    pub fn producer(&self) -> Option<&Producer> {
        let typed = self.producer.trim();
        self.producers
            .iter()
            .find(|p| p.code.eq_ignore_ascii_case(typed))
    }

    /// The producers whose code or name (in either script, ignoring case, accents and
    /// diacritics) holds what was typed, when it is not already her code.
    pub fn offered(&self) -> Vec<&Producer> {
        let typed = crate::catalog::search::fold(self.producer.trim());
        if typed.is_empty() || self.producer().is_some() {
            return Vec::new();
        }
        self.producers
            .iter()
            .filter(|p| {
                [&p.code, &p.name_latin, &p.name_ar]
                    .iter()
                    .any(|name| crate::catalog::search::fold(name).contains(&typed))
            })
            .take(OFFERED)
            .collect()
    }

    /// The lines prepared so far: each product's code and quantity.
    pub fn lines(&self) -> Vec<(String, Quantity)> {
        self.lines
            .iter()
            .filter_map(|line| match line {
                Line::Existing(p, q) => Some((p.sku.clone(), *q)),
                Line::New(_) => None,
            })
            .collect()
    }

    pub fn update(&mut self, message: Message, ctx: &Context<'_>) -> Action<Message> {
        // A deposit or a correction recorded spends an administrator's approval (it let
        // one deposit make new products, or one correction through), and products made on
        // the spot go on the counter at once.
        let recorded = message.spends_approval();
        let task = self.step(message, ctx.store, ctx.catalog, ctx.acting());
        if recorded {
            Action::Did(Changed::Catalog, task)
        } else {
            Action::Run(task)
        }
    }

    fn step(
        &mut self,
        message: Message,
        store: &Store,
        catalog: &Catalog,
        user: Option<i64>,
    ) -> Task<Message> {
        match message {
            Message::Producers(Ok(producers)) => self.producers = producers,
            // Her name cannot be shown; her code still works as before.
            Message::Producers(Err(_)) => {}
            Message::PickProducer(code) => {
                self.producer = code;
                let stock = load_stock(store, &self.producer);
                if self.correcting.is_some() {
                    let papers = correct::load(store, &self.producer);
                    return Task::batch([stock, papers.map(Message::Correct)]);
                }
                return Task::batch([stock, focus(CODE)]);
            }
            Message::SubmitProducer => {
                if self.producer().is_none()
                    && let [only] = self.offered().as_slice()
                {
                    let code = only.code.clone();
                    return self.step(Message::PickProducer(code), store, catalog, user);
                }
                return match (self.producer(), &self.correcting) {
                    (None, _) => focus(PRODUCER),
                    (Some(_), Some(_)) => focus(correct::NUMBER),
                    (Some(_), None) => focus(CODE),
                };
            }
            Message::SetBack(back) => {
                self.back = back;
                self.correcting = None;
            }
            Message::Producer(text) => {
                self.producer = text;
                let stock = load_stock(store, &self.producer);
                if self.correcting.is_some() {
                    let papers = correct::load(store, &self.producer);
                    return Task::batch([stock, papers.map(Message::Correct)]);
                }
                return stock;
            }
            Message::StartCorrecting => {
                self.correcting = Some(Correction::default());
                self.new = None;
                self.notice = None;
                return Task::batch([
                    correct::load(store, &self.producer).map(Message::Correct),
                    focus(correct::NUMBER),
                ]);
            }
            Message::Correct(correct::Message::Recorded(result)) => {
                return self.corrected(result, store);
            }
            Message::Correct(message) => {
                let Some(correction) = &mut self.correcting else {
                    return Task::none();
                };
                match correction.update(message, store, user) {
                    Ok(task) => return task.map(Message::Correct),
                    Err(error) => self.notice = Some((Tone::Bad, error.msg())),
                }
            }
            Message::OpenSheet => {
                let Some(deposit) = self.recorded.clone() else {
                    return Task::none();
                };
                let (sheet, task) = Sheet::new(deposit, store);
                self.sheet = Some(Box::new(sheet));
                return task.map(Message::Sheet);
            }
            Message::Sheet(sheet::Message::Close) => self.sheet = None,
            Message::Sheet(message) => {
                // Where the sheet went is said even if the panel was closed meanwhile.
                if let sheet::Message::Done(result) = &message {
                    self.notice = Some(match result {
                        Ok(msg) => (Tone::Good, msg.clone()),
                        Err(error) => (Tone::Bad, error.msg()),
                    });
                }
                let Some(sheet) = &mut self.sheet else {
                    return Task::none();
                };
                match sheet.update(message, store) {
                    Ok(task) => return task.map(Message::Sheet),
                    Err(error) => self.notice = Some((Tone::Bad, error.msg())),
                }
            }
            Message::Stock(Ok(mut producers)) => {
                self.stock = producers.pop().map(|p| p.products).unwrap_or_default();
            }
            // An unreadable stock leaves the deposit itself untouched.
            Message::Stock(Err(_)) => self.stock.clear(),
            Message::Code(text) => self.code = text,
            Message::Quantity(text) => self.quantity = text,
            // Enter in the producer's field goes on to the next field.
            Message::AddLine if self.correcting.is_some() => {
                return focus(correct::NUMBER);
            }
            Message::AddLine if self.code.trim().is_empty() => return focus(CODE),
            Message::AddLine => return self.add_line(catalog),
            Message::ToggleNew => {
                self.new = match self.new.take() {
                    Some(_) => None,
                    None => Some(NewProduct::default()),
                };
                if self.new.is_some() {
                    return focus(new_product::NAME_FR);
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
                self.sheet = None;
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
                    async move {
                        let (spec, job, said) = store
                            .run(move |conn, _| paper(conn, &deposit, tags))
                            .await?;
                        crate::ui::store::send_paper(&store, spec, job).await?;
                        Ok(said)
                    },
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

    /// A correction came back from the core: its number said, its slip ready to print.
    fn corrected(&mut self, result: Result<Deposit, Error>, store: &Store) -> Task<Message> {
        match result {
            Ok(deposit) => {
                self.notice = Some((
                    Tone::Good,
                    Msg::new("intake-ui-corrected")
                        .arg("number", &deposit.number)
                        .arg("corrects", deposit.corrects.clone().unwrap_or_default()),
                ));
                if let Some(correction) = &mut self.correcting {
                    correction.done();
                }
                self.recorded = Some(deposit);
                self.sheet = None;
                load_stock(store, &self.producer)
            }
            Err(error) => {
                self.notice = Some((Tone::Bad, error.msg()));
                Task::none()
            }
        }
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
                // Scanned again: one line, its quantity grown.
                let same = self.lines.iter_mut().find_map(|line| match line {
                    Line::Existing(p, q) if p.id == product.id => Some(q),
                    _ => None,
                });
                match same {
                    Some(q) => *q = *q + quantity,
                    None => self.lines.push(Line::Existing(product, quantity)),
                }
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
            self.notice = Some((Tone::Bad, Error::Intake(IntakeError::EmptyDeposit).msg()));
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
                store
                    .run(move |conn, clock| {
                        if back {
                            intake::give_back(conn, clock, &request)
                        } else {
                            intake::intake(conn, clock, &request)
                        }
                    })
                    .await
            },
            Message::Recorded,
        )
    }
}

/// The slip of `deposit`, or the tags of what it brought in, as a job for the shop's
/// printer, with what to say once it printed.
pub(super) fn paper(
    conn: &mut rusqlite::Connection,
    deposit: &Deposit,
    tags: bool,
) -> crate::Result<(PrinterSpec, Job, &'static str)> {
    let spec = pending::printer(conn, None)?;
    let paper = pending::paper(conn, None)?;
    if !tags {
        let receipt = slip::slip(deposit, &ShopInfo::load(conn)?);
        return Ok((
            spec,
            receipt::job(&receipt, paper),
            "intake-ui-slip-printed",
        ));
    }
    let list = tags::for_deposit(conn, deposit)?;
    Ok((
        spec,
        receipt::job(&tags::thermal(&list), paper),
        "intake-ui-tags-printed",
    ))
}
