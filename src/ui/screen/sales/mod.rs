//! The sales history: find a sale by receipt number, day or product, see it as the
//! customer's receipt, refund lines or all of it, or void it, always with a reason.
//!
//! The screen never decides what the ledger allows: the core refuses a void that comes too
//! late or a refund beyond what is left, and the screen shows its refusal in the
//! volunteer's language. Every store call runs off the UI thread; a search result that
//! arrives after a newer search was started is dropped, so the list always matches the
//! fields.

mod actions;
mod data;
mod input;
mod receipt;
mod view;

use chrono::NaiveDate;
use iced::Task;
use iced::widget::{Id, operation};

use crate::Error;
use crate::error::ReceiptError;
use crate::i18n::Msg;
use crate::money::{Quantity, Unit};
use crate::sale::{Sale, SaleQuery, SaleSummary, Status};
use crate::ui::screen::{Changed, Context};
use crate::ui::store::Store;
use crate::ui::theme::Tone;

pub use data::Shown;
pub use view::say;

use input::{parse_day, typed_quantity};

/// How many sales the list shows at most; a narrower search finds the others.
pub const LIMIT: usize = 100;

pub const NUMBER: &str = "sales-number";
pub const DAY: &str = "sales-day";
pub const PRODUCT: &str = "sales-product";
pub const QUANTITY: &str = "sales-quantity";
pub const REASON: &str = "sales-reason";

/// The id of the "Refund" button of a receipt line (numbered from 1 as printed).
pub fn refund_button(line_no: i64) -> String {
    format!("sales-refund-{line_no}")
}

/// The id of a sale's row in the list.
pub fn row_button(number: &str) -> String {
    format!("sales-row-{number}")
}

#[derive(Debug)]
pub struct Sales {
    number: String,
    day: String,
    product: String,
    today: NaiveDate,
    results: Vec<SaleSummary>,
    /// The list was cut at `LIMIT`.
    more: bool,
    /// The search whose results the list waits for; older answers are dropped.
    ticket: u64,
    /// What that search asked.
    asked: SaleQuery,
    searching: bool,
    search_notice: Option<Msg>,
    shown: Option<Shown>,
    correction: Option<Correction>,
    notice: Option<(Tone, Msg)>,
    /// A refund or a void is being written.
    saving: bool,
    /// The void is asked, its reason given: the question shows until answered.
    asking: bool,
}

/// What the volunteer is about to do to the shown sale.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fix {
    /// Refund part or all of one line (its receipt line number).
    RefundLine(i64),
    /// Refund everything that is left of the sale.
    RefundAll,
    /// Void the sale.
    Void,
}

#[derive(Debug, Clone)]
struct Correction {
    fix: Fix,
    quantity: String,
    reason: String,
}

#[derive(Debug, Clone)]
pub enum Message {
    /// The receipt number field changed.
    SetNumber(String),
    /// The day field changed.
    SetDay(String),
    /// The product field changed.
    SetProduct(String),
    /// Show today's sales: today in the day field, the number and product fields emptied.
    ShowToday,
    /// Search with what the fields say.
    Search,
    /// The sales a search found (with the search's ticket), or why not.
    Found(u64, Result<Vec<SaleSummary>, Error>),
    /// Show this sale (by receipt number) as its receipt.
    Open(String),
    /// A sale was read with what is left to refund of each line, or why not.
    Opened(Result<Shown, Error>),
    /// Start a refund or a void of the shown sale: the form asks the quantity and reason.
    Start(Fix),
    /// The quantity to refund changed.
    SetQuantity(String),
    /// One piece more (+1) or less (-1) to refund.
    StepQuantity(i64),
    /// The reason changed.
    SetReason(String),
    /// Save the refund, or ask before voiding.
    Confirm,
    /// Yes: void the sale.
    ConfirmVoid,
    /// Back from the question: the sale and the form as they were.
    KeepSale,
    /// Leave the form without saving anything.
    Cancel,
    /// The refund was saved (the new refund sale), or why not.
    Refunded(Result<Sale, Error>),
    /// The void was saved (the voided sale), or why not.
    Voided(Result<Sale, Error>),
    /// Print the shown sale's receipt again, marked DUPLICATA.
    Reprint,
    /// The duplicate was printed, or why not (it then waits as pending).
    Reprinted(Result<crate::ui::store::Printed, Error>),
}

/// What the window must do after an update.
pub type Action = crate::ui::screen::Action<Message>;

fn focus(id: &'static str) -> Action {
    Action::Run(operation::focus(Id::new(id)))
}

impl Sales {
    /// The screen on today's sales, already being searched.
    pub fn new(store: &Store) -> (Sales, Task<Message>) {
        let today = crate::clock::business_day(store.now());
        let mut sales = Sales {
            number: String::new(),
            day: today.to_string(),
            product: String::new(),
            today,
            results: Vec::new(),
            more: false,
            ticket: 0,
            asked: SaleQuery::default(),
            searching: false,
            search_notice: None,
            shown: None,
            correction: None,
            notice: None,
            saving: false,
            asking: false,
        };
        let task = sales.search(store);
        (sales, task)
    }

    pub fn update(&mut self, message: Message, ctx: &Context<'_>) -> Action {
        let store = ctx.store;
        match message {
            Message::SetNumber(text) => self.number = text,
            Message::SetDay(text) => self.day = text,
            Message::SetProduct(text) => self.product = text,
            Message::ShowToday => {
                self.number.clear();
                self.product.clear();
                self.day = crate::clock::business_day(store.now()).to_string();
                return Action::Run(self.search(store));
            }
            Message::Search => return Action::Run(self.search(store)),
            Message::Found(ticket, _) if ticket != self.ticket => {}
            Message::Found(_, result) => {
                self.searching = false;
                match result {
                    Ok(mut found) => {
                        self.more = found.len() > LIMIT;
                        found.truncate(LIMIT);
                        self.results = found;
                        // One sale found, or the very sale whose number was typed: show it
                        // without another touch.
                        let first = match self.results.as_slice() {
                            [only] => Some(only),
                            [first, ..] if self.asked.names(&first.number) => Some(first),
                            _ => None,
                        };
                        if let Some(first) = first
                            && self
                                .shown
                                .as_ref()
                                .is_none_or(|s| s.sale.number != first.number)
                        {
                            let number = first.number.clone();
                            return Action::Run(data::open(store, number));
                        }
                    }
                    Err(error) => self.search_notice = Some(error.msg()),
                }
            }
            Message::Open(number) => {
                if self.saving {
                    return Action::None;
                }
                return Action::Run(data::open(store, number));
            }
            Message::Opened(Ok(shown)) => {
                let same = self
                    .shown
                    .as_ref()
                    .is_some_and(|s| s.sale.number == shown.sale.number);
                if !same {
                    self.correction = None;
                    self.notice = None;
                }
                self.shown = Some(shown);
            }
            Message::Opened(Err(error)) => self.search_notice = Some(error.msg()),
            Message::Start(fix) => return self.start(fix),
            Message::SetQuantity(text) => {
                if let Some(c) = &mut self.correction {
                    c.quantity = text;
                }
            }
            Message::StepQuantity(step) => self.step_quantity(step),
            Message::SetReason(text) => {
                if let Some(c) = &mut self.correction {
                    c.reason = text;
                }
            }
            Message::Confirm => return self.confirm(store, ctx.acting(), false),
            Message::ConfirmVoid if self.asking => {
                self.asking = false;
                return self.confirm(store, ctx.acting(), true);
            }
            Message::ConfirmVoid => {}
            Message::KeepSale => self.asking = false,
            Message::Cancel => {
                if !self.saving {
                    self.correction = None;
                    self.notice = None;
                    self.asking = false;
                }
            }
            Message::Refunded(result) => {
                self.saving = false;
                return match result {
                    Ok(refund) => {
                        self.correction = None;
                        self.notice = Some((
                            Tone::Good,
                            Msg::new("sales-ui-refunded")
                                .arg("number", &refund.number)
                                .arg("amount", refund.total.abs()),
                        ));
                        Action::Did(Changed::Nothing, self.reload(store, refund.refund_of))
                    }
                    Err(error) => {
                        self.notice = Some((Tone::Bad, error.msg()));
                        Action::None
                    }
                };
            }
            Message::Reprint => {
                let Some(shown) = &self.shown else {
                    return Action::None;
                };
                let (store, number) = (store.clone(), shown.sale.number.clone());
                return Action::Run(Task::perform(
                    async move {
                        crate::ui::store::print(store, number, crate::receipt::Copy::Duplicate)
                            .await
                    },
                    Message::Reprinted,
                ));
            }
            Message::Reprinted(result) => {
                self.notice = Some(match result.map(|p| p.outcome) {
                    Ok(Some(Ok(()))) => (Tone::Good, Msg::new("ui-printed")),
                    Ok(None) => (Tone::Bad, Msg::new("ui-till-no-printer")),
                    Ok(Some(Err(Error::Receipt(ReceiptError::ReceiptPending {
                        cause, ..
                    })))) => match *cause {
                        Error::Receipt(ReceiptError::PrintFailed { problem, .. }) => (
                            Tone::Bad,
                            Msg::new("ui-receipt-waiting").arg("reason", problem.msg()),
                        ),
                        other => (Tone::Bad, other.msg()),
                    },
                    Ok(Some(Err(error))) | Err(error) => (Tone::Bad, error.msg()),
                });
                // Its flag in the list follows: printed, or still waiting.
                return Action::Run(self.reload(store, None));
            }
            Message::Voided(result) => {
                self.saving = false;
                self.correction = None;
                return match result {
                    Ok(sale) => {
                        self.notice =
                            Some((Tone::Good, Msg::new("voided").arg("number", &sale.number)));
                        Action::Did(Changed::Nothing, self.reload(store, Some(sale.number)))
                    }
                    Err(error) => {
                        self.notice = Some((Tone::Bad, error.msg()));
                        Action::None
                    }
                };
            }
        }
        Action::None
    }

    /// What the fields ask for. A receipt number is unique: it is looked for on every day.
    fn query(&self) -> Result<SaleQuery, Error> {
        let number = Some(self.number.trim().to_owned()).filter(|n| !n.is_empty());
        let product = Some(self.product.trim().to_owned()).filter(|p| !p.is_empty());
        let day = if number.is_some() {
            None
        } else {
            parse_day(&self.day)?
        };
        Ok(SaleQuery {
            number,
            day,
            product,
        })
    }

    fn search(&mut self, store: &Store) -> Task<Message> {
        self.search_notice = None;
        self.today = crate::clock::business_day(store.now());
        let query = match self.query() {
            Ok(query) => query,
            Err(error) => {
                self.search_notice = Some(error.msg());
                return Task::none();
            }
        };
        self.ticket += 1;
        self.searching = true;
        self.asked = query.clone();
        data::find(store, query, self.ticket)
    }

    /// After a refund or a void: the sale again (with what is left) and the list again.
    fn reload(&mut self, store: &Store, number: Option<String>) -> Task<Message> {
        let number = number.or_else(|| self.shown.as_ref().map(|s| s.sale.number.clone()));
        let search = self.search(store);
        match number {
            Some(number) => Task::batch([data::open(store, number), search]),
            None => search,
        }
    }

    fn start(&mut self, fix: Fix) -> Action {
        let Some(shown) = &self.shown else {
            return Action::None;
        };
        if self.saving || shown.sale.status != Status::Completed {
            return Action::None;
        }
        let quantity = match fix {
            Fix::RefundLine(line_no) => match shown.line(line_no) {
                Some((line, left)) if left.is_positive() => typed_quantity(left, line.unit),
                _ => return Action::None,
            },
            Fix::RefundAll | Fix::Void => String::new(),
        };
        self.notice = None;
        self.correction = Some(Correction {
            fix,
            quantity,
            reason: String::new(),
        });
        focus(REASON)
    }

    fn step_quantity(&mut self, step: i64) {
        let (Some(shown), Some(correction)) = (&self.shown, &mut self.correction) else {
            return;
        };
        let Fix::RefundLine(line_no) = correction.fix else {
            return;
        };
        let Some((line, left)) = shown.line(line_no) else {
            return;
        };
        if line.unit != Unit::Piece {
            return;
        }
        let now = Quantity::parse(&correction.quantity, Unit::Piece).unwrap_or(Quantity::ZERO);
        let next = (now + Quantity::pieces(step)).clamp(Quantity::pieces(1), left);
        correction.quantity = typed_quantity(next, Unit::Piece);
    }

    /// Saves the refund or the void; a void only once its question was answered yes
    /// (`asked`), else the question opens.
    fn confirm(&mut self, store: &Store, cashier: Option<i64>, asked: bool) -> Action {
        if self.saving {
            return Action::None;
        }
        let (Some(shown), Some(correction)) = (&self.shown, &self.correction) else {
            return Action::None;
        };
        let Some(user) = cashier else {
            self.notice = Some((Tone::Bad, Msg::new("ui-no-cashier")));
            return Action::None;
        };
        // The core refuses an empty reason too; asking here keeps the form and the focus.
        if correction.reason.trim().is_empty() {
            self.notice = Some((Tone::Bad, Error::ReasonRequired.msg()));
            return focus(REASON);
        }
        if correction.fix == Fix::Void && !asked {
            self.asking = true;
            return Action::None;
        }
        let number = shown.sale.number.clone();
        let reason = correction.reason.trim().to_owned();
        let task = match correction.fix {
            Fix::Void => data::void(store, number, reason, user),
            Fix::RefundAll => data::refund(store, number, None, reason, user),
            Fix::RefundLine(line_no) => {
                let Some((line, _)) = shown.line(line_no) else {
                    return Action::None;
                };
                match Quantity::parse(&correction.quantity, line.unit) {
                    Ok(quantity) => {
                        data::refund(store, number, Some((line_no, quantity)), reason, user)
                    }
                    Err(error) => {
                        self.notice = Some((Tone::Bad, Error::parse("quantity", error).msg()));
                        return focus(QUANTITY);
                    }
                }
            }
        };
        self.saving = true;
        self.notice = Some((Tone::Info, Msg::new("ui-saving")));
        Action::Run(task)
    }

    pub fn view<'a>(&'a self, ctx: &Context<'a>) -> iced::Element<'a, Message> {
        use crate::ui::widget::confirm::{self, Escape};
        let tr = ctx.tr;
        confirm::over(
            view::view(self, tr),
            self.question().as_ref(),
            tr,
            Message::KeepSale,
            Message::ConfirmVoid,
            Escape::Here,
        )
    }

    /// The sales the list shows.
    pub fn results(&self) -> &[SaleSummary] {
        &self.results
    }

    /// The sale shown as a receipt, with what is left to refund.
    pub fn shown(&self) -> Option<&Shown> {
        self.shown.as_ref()
    }

    /// Voiding, once asked: which sale, how much, the reason, and that it is for good.
    fn question(&self) -> Option<crate::ui::widget::confirm::Question> {
        use crate::ui::widget::confirm::Question;
        if !self.asking {
            return None;
        }
        let (shown, correction) = (self.shown.as_ref()?, self.correction.as_ref()?);
        let sale = &shown.sale;
        Some(
            Question::new(
                Msg::new("confirm-void-title").arg("number", &sale.number),
                Msg::new("confirm-void-yes"),
            )
            .line(Msg::new("confirm-void-what").arg("total", sale.total))
            .line(Msg::new("confirm-void-reason").arg("reason", correction.reason.trim()))
            .line(Msg::new("confirm-void-final"))
            .danger(),
        )
    }

    /// A refund or void is being written, or a search is running.
    pub fn is_busy(&self) -> bool {
        self.saving || self.searching
    }
}
