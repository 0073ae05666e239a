//! The counter: scan or touch products, weigh, take the money, done. It owns the cart and
//! the payment being entered; the sale is saved off the UI thread, and a failed save keeps
//! the cart and says why. [`Counter::wanted_focus`] names the field the next keys belong
//! to, and the window gives it the focus back after every tap, so a barcode scanner always
//! lands there. Receipts that could not print stay listed until they print.

mod till;
mod view;

use crate::Error;
use crate::catalog::Product;
use crate::error::{CashError, ReceiptError};
use crate::i18n::{Arg, Lang, Msg};
use crate::money::{Money, Quantity, Unit};
use crate::sale::{Cart, Method, NewSale, PaymentDraft, Sale};
use iced::Task;
use iced::widget::{Id, operation};

use crate::ui::screen::{Action, Changed, Context};
use crate::ui::store::{self, Catalog};
use crate::ui::theme::Tone;

pub use till::FLOAT as TILL_FLOAT;

/// How many product buttons the grid shows at once; more would only slow a small screen.
const SHOWN: usize = 48;

pub const SEARCH: &str = "counter-search";
pub const WEIGHT: &str = "counter-weight";
pub const CASH: &str = "counter-cash";
pub const DISCOUNT: &str = "counter-discount";

#[derive(Debug, Default)]
pub struct Counter {
    query: String,
    category: Option<String>,
    cart: Cart,
    weighing: Option<Weighing>,
    discounting: Option<Discounting>,
    paying: Option<Paying>,
    notice: Option<(Tone, Msg)>,
    done: Option<Done>,
    saving: bool,
    /// The sale being saved: its lines and payment, out of the cart so that what the next
    /// customer brings meanwhile starts a cart of its own. Back in the cart if it fails.
    in_flight: Option<(Vec<crate::sale::CartLine>, Option<Paying>)>,
    /// Receipts of this window's sales still waiting for the printer: number and why.
    waiting: Vec<(String, Msg)>,
    /// "Print again" is being tried for the waiting receipts.
    retrying: bool,
    /// The field Enter just emptied, and what it held: see [`Counter::late_keys`].
    submitted: Option<Submitted>,
    /// The shop's scale as the counter follows it, when one is set.
    scale: Option<Scale>,
    /// The till is not open: the float being typed to open it (then the sale goes on).
    opening_till: Option<String>,
    /// "Empty the cart" was pressed: the question shows until answered.
    clearing: bool,
}

/// What the scale says, and whether a stable weight waits for Enter (setting
/// `scale.confirm` = `enter`) or goes into the cart by itself.
#[derive(Debug, Clone, Default)]
pub struct Scale {
    said: Option<crate::scale::reader::Said>,
    taking: crate::scale::taking::Taking,
    confirm_with_enter: bool,
}

/// A weighed product waiting for its weight.
#[derive(Debug, Clone)]
struct Weighing {
    product: Product,
    text: String,
}

/// The payment being entered: what was typed as cash received, and a card or transfer
/// paying the rest.
#[derive(Debug, Clone, Default)]
struct Paying {
    cash_text: String,
    other: Option<Method>,
}

/// A discount being typed, for one line or the whole cart.
#[derive(Debug, Clone)]
struct Discounting {
    target: DiscountTarget,
    text: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DiscountTarget {
    Line(usize),
    Cart,
}

/// The last sale, shown until the next customer's first product.
#[derive(Debug, Clone)]
struct Done {
    number: String,
    change: Money,
    /// The receipt as printed (or as it would print), once drawn.
    preview: Option<iced::widget::image::Handle>,
    print: PrintState,
}

/// A field's text taken by Enter. Keys that arrive in the same frame as the Enter (a
/// scanner types the next code at once) are still applied by the field to its old text, as
/// the window rebuilds it only after the frame: its next messages read "old text + new
/// keys". Only the new keys count.
#[derive(Debug, Clone)]
struct Submitted {
    field: &'static str,
    text: String,
    /// How much of what came after `text` was already handed to another field.
    moved: usize,
}

/// Where the last sale's receipt is, as the volunteer is told.
#[derive(Debug, Clone, PartialEq)]
pub enum PrintState {
    /// Being sent to the printer.
    Printing,
    /// The printer took it all and said it is well.
    Printed,
    /// The printer did not print it: it waits, with the reason.
    Waiting(Msg),
    /// No printer is set: the picture on screen is the receipt.
    NoPrinter,
}

#[derive(Debug, Clone)]
pub enum Message {
    /// The search field changed: typing, or a scanner typing a code.
    Search(String),
    /// Enter in the search field: add the scanned code, or the first product found.
    SubmitSearch,
    /// Show one category's products (or all).
    ChooseCategory(Option<String>),
    /// Put a product in the cart (asking its weight when it is sold by the kg).
    AddProduct(usize),
    /// The weight field changed.
    Weight(String),
    /// A key of the on-screen keypad: a digit, the decimal comma, or '⌫'.
    KeypadKey(char),
    /// Add the weighed product with the typed weight.
    ConfirmWeight,
    Increase(usize),
    Decrease(usize),
    Remove(usize),
    /// Ask to empty the cart.
    ClearCart,
    /// Yes: empty it.
    ConfirmClear,
    /// Start taking cash.
    PayCash,
    /// The amount received in cash was typed.
    CashReceived(String),
    /// A note was touched: it adds to the cash received, and pays (the sale is done) as
    /// soon as the cash covers the total.
    CashNote(Money),
    /// "Exact" was touched: the customer hands the total, the sale is done.
    CashExact,
    /// Card or transfer pays what the cash does not (all of it when no cash was given).
    PayRest(Method),
    /// Save the sale if it is paid.
    ConfirmPayment,
    /// Start typing a discount (administrators only).
    Discount(DiscountTarget),
    /// The discount field changed: an amount (5) or a percentage (10 %).
    DiscountAmount(String),
    /// Apply the typed discount.
    ConfirmDiscount,
    /// Escape: leave the weight or payment step, or clear the search.
    Back,
    /// The sale was saved, or why not.
    Saved(Result<Sale, Error>),
    /// The receipt was printed (or could not be, and waits), with its picture.
    Printed(Result<store::Printed, Error>),
    /// Print the receipts that wait again (after the printer was fixed).
    RetryPrint,
    /// The waiting receipts were tried again: each one's number and how it went.
    Retried(Result<store::Retried, Error>),
    /// Keys typed while no field had the focus (a scan after a tap): they belong to the
    /// field the counter wants.
    Typed(String),
    /// Enter while no field had the focus.
    Entered,
    /// The scale said something new: a reading, or why there is none.
    Scale(crate::scale::reader::Said),
    /// The float counted into the drawer was typed (the till being opened).
    TillFloat(String),
    /// Open the till with the typed float, then save the sale waiting for it.
    OpenTill,
    /// The till was opened, or why not.
    TillOpened(Result<(), Error>),
}

/// Gives the field `id` the focus.
pub fn focus(id: &'static str) -> Task<Message> {
    operation::focus(Id::new(id))
}

impl Counter {
    pub fn new() -> (Counter, Task<Message>) {
        (Counter::default(), focus(SEARCH))
    }

    /// Gives the search field the focus, as when the counter comes back on screen.
    pub fn focus_search() -> Task<Message> {
        focus(SEARCH)
    }

    pub fn update(&mut self, message: Message, ctx: &Context<'_>) -> Action<Message> {
        // A sale written is the one act an administrator's approval (of its discount) was
        // for.
        let sold = matches!(message, Message::Saved(Ok(_)));
        let task = self.step(message, ctx);
        if sold {
            Action::Did(Changed::Nothing, task)
        } else {
            Action::Run(task)
        }
    }

    /// The counter on screen, its cart beside the products.
    pub fn view<'a>(&'a self, ctx: &Context<'a>) -> iced::Element<'a, Message> {
        view::view(self, ctx.catalog, ctx.tr)
    }

    fn step(&mut self, message: Message, ctx: &Context<'_>) -> Task<Message> {
        let message = match self.late_keys(message) {
            Ok(message) => message,
            Err(task) => return task,
        };
        match message {
            Message::Search(text) => {
                self.query = text;
                self.notice = None;
                Task::none()
            }
            Message::SubmitSearch => self.submit_search(ctx),
            Message::ChooseCategory(category) => {
                self.category = category;
                focus(SEARCH)
            }
            Message::AddProduct(index) => match ctx.catalog.products.get(index) {
                Some(product) => self.add(product.clone()),
                None => Task::none(),
            },
            Message::Weight(text) => {
                if let Some(w) = &mut self.weighing {
                    w.text = text;
                }
                Task::none()
            }
            Message::KeypadKey(key) => {
                if let Some(w) = &mut self.weighing {
                    match key {
                        '⌫' => {
                            w.text.pop();
                        }
                        key => w.text.push(key),
                    }
                }
                focus(WEIGHT)
            }
            Message::ConfirmWeight => self.confirm_weight(),
            Message::Increase(i) => {
                self.cart.increase(i);
                focus(SEARCH)
            }
            Message::Decrease(i) => {
                self.cart.decrease(i);
                focus(SEARCH)
            }
            Message::Remove(i) => {
                self.cart.remove(i);
                focus(SEARCH)
            }
            Message::ClearCart => {
                self.clearing = !self.cart.is_empty() && !self.saving;
                Task::none()
            }
            Message::ConfirmClear => {
                if std::mem::take(&mut self.clearing) {
                    self.cart.clear();
                    self.paying = None;
                }
                focus(SEARCH)
            }
            // Esc comes here from the window: it answers the question, and only that.
            Message::Back if self.clearing => {
                self.clearing = false;
                focus(SEARCH)
            }
            Message::PayCash => {
                if self.cart.is_empty() || self.saving {
                    return Task::none();
                }
                self.weighing = None;
                self.paying.get_or_insert_with(Paying::default);
                focus(CASH)
            }
            Message::CashReceived(text) => {
                if let Some(p) = &mut self.paying {
                    p.cash_text = text;
                }
                Task::none()
            }
            Message::CashNote(note) => {
                if self.cart.is_empty() || self.saving {
                    return Task::none();
                }
                self.weighing = None;
                let paying = self.paying.get_or_insert_with(Paying::default);
                // What was received so far (a note tapped, or typed); unreadable counts
                // as nothing and the note stands alone.
                let before = Money::parse(&paying.cash_text).unwrap_or(Money::ZERO);
                let received = before + note;
                paying.cash_text = received.format_number(ctx.lang());
                if received >= self.cart.total() {
                    return self.confirm_payment(ctx);
                }
                focus(CASH)
            }
            Message::CashExact => {
                if self.cart.is_empty() || self.saving {
                    return Task::none();
                }
                self.weighing = None;
                let total = self.cart.total();
                let paying = self.paying.get_or_insert_with(Paying::default);
                paying.cash_text = total.format_number(ctx.lang());
                self.confirm_payment(ctx)
            }
            Message::PayRest(method) => {
                if self.cart.is_empty() || self.saving {
                    return Task::none();
                }
                self.weighing = None;
                self.paying.get_or_insert_with(Paying::default).other = Some(method);
                self.confirm_payment(ctx)
            }
            Message::ConfirmPayment => self.confirm_payment(ctx),
            Message::Discount(target) => {
                if self.saving || self.cart.is_empty() {
                    return Task::none();
                }
                self.paying = None;
                self.discounting = Some(Discounting {
                    target,
                    text: String::new(),
                });
                focus(DISCOUNT)
            }
            Message::DiscountAmount(text) => {
                if let Some(d) = &mut self.discounting {
                    d.text = text;
                }
                Task::none()
            }
            Message::ConfirmDiscount => self.confirm_discount(),
            Message::Back => {
                if self.discounting.take().is_none()
                    && self.weighing.take().is_none()
                    && self.paying.take().is_none()
                {
                    self.query.clear();
                    self.notice = None;
                }
                focus(SEARCH)
            }
            Message::Saved(result) => {
                self.saving = false;
                let in_flight = self.in_flight.take();
                if result.is_err()
                    && let Some((lines, paying)) = in_flight
                {
                    self.cart.put_back(lines);
                    self.paying = paying;
                }
                match result {
                    Ok(sale) => {
                        self.notice = None;
                        let print = print_task(ctx, sale.number.clone());
                        self.done = Some(Done {
                            number: sale.number,
                            change: sale.change,
                            preview: None,
                            print: PrintState::Printing,
                        });
                        return Task::batch([focus(SEARCH), print]);
                    }
                    // No cash session: offer to open one here, the sale kept as it is.
                    Err(Error::Cash(CashError::NoOpenSession)) => {
                        self.opening_till = Some(String::new());
                        self.notice = Some((Tone::Info, Msg::new("ui-till-closed")));
                        return focus(till::FLOAT);
                    }
                    Err(error) => self.notice = Some((Tone::Bad, error.msg())),
                }
                focus(SEARCH)
            }
            Message::TillFloat(text) => {
                self.opening_till = Some(text);
                Task::none()
            }
            Message::OpenTill => self.open_till(ctx),
            Message::TillOpened(Ok(())) => {
                self.opening_till = None;
                self.notice = Some((Tone::Good, Msg::new("ui-till-opened")));
                if self.paying.is_some() && !self.cart.is_empty() {
                    return self.confirm_payment(ctx);
                }
                focus(SEARCH)
            }
            Message::TillOpened(Err(error)) => {
                self.notice = Some((Tone::Bad, error.msg()));
                Task::none()
            }
            Message::Printed(Ok(printed)) => {
                let state = match &printed.outcome {
                    Some(Ok(())) => PrintState::Printed,
                    Some(Err(error)) => PrintState::Waiting(waiting_reason(error)),
                    None => PrintState::NoPrinter,
                };
                self.waiting.retain(|(number, _)| *number != printed.number);
                if let PrintState::Waiting(reason) = &state {
                    self.waiting.push((printed.number.clone(), reason.clone()));
                }
                // The sale on screen may be a later one by now: its receipt's state is
                // then only in the waiting list.
                if let Some(done) = self.done.as_mut().filter(|d| d.number == printed.number) {
                    done.preview = Some(preview_handle(&printed.preview));
                    done.print = state;
                }
                Task::none()
            }
            Message::Printed(Err(error)) => {
                if let Some(done) = &mut self.done {
                    done.print = PrintState::Waiting(error.msg());
                }
                Task::none()
            }
            Message::RetryPrint => {
                if self.retrying || self.waiting.is_empty() {
                    return Task::none();
                }
                self.retrying = true;
                if let Some(done) = self
                    .done
                    .as_mut()
                    .filter(|d| self.waiting.iter().any(|(number, _)| *number == d.number))
                {
                    done.print = PrintState::Printing;
                }
                let numbers: Vec<String> = self.waiting.iter().map(|(n, _)| n.clone()).collect();
                let store = ctx.store.clone();
                Task::perform(store::retry_receipts(store, numbers), Message::Retried)
            }
            Message::Retried(result) => {
                self.retrying = false;
                match result {
                    Ok(outcomes) => {
                        for (number, outcome) in outcomes {
                            self.waiting.retain(|(n, _)| *n != number);
                            let state = match &outcome {
                                Ok(()) => PrintState::Printed,
                                Err(error) => PrintState::Waiting(waiting_reason(error)),
                            };
                            if let PrintState::Waiting(reason) = &state {
                                self.waiting.push((number.clone(), reason.clone()));
                            }
                            if let Some(done) = self.done.as_mut().filter(|d| d.number == number) {
                                done.print = state;
                            }
                        }
                    }
                    Err(error) => self.notice = Some((Tone::Bad, error.msg())),
                }
                Task::none()
            }
            Message::Typed(keys) => self.update_typed(keys),
            Message::Scale(said) => {
                let Some(scale) = &mut self.scale else {
                    return Task::none();
                };
                if let Ok(reading) = said {
                    scale.taking.observe(reading);
                }
                scale.said = Some(said);
                if scale.confirm_with_enter {
                    return Task::none();
                }
                self.take_from_scale()
            }
            Message::Entered => {
                let submit = match self.wanted_focus() {
                    WEIGHT => Message::ConfirmWeight,
                    CASH => Message::ConfirmPayment,
                    DISCOUNT => Message::ConfirmDiscount,
                    till::FLOAT => Message::OpenTill,
                    _ => Message::SubmitSearch,
                };
                self.step(submit, ctx)
            }
        }
    }

    /// The products the grid shows: those matching the search, within the category.
    pub fn shown(&self, catalog: &Catalog) -> (Vec<usize>, bool) {
        let in_category = |i: &usize| {
            self.category
                .as_ref()
                .is_none_or(|c| catalog.products.get(*i).is_some_and(|p| &p.category == c))
        };
        let found: Vec<usize> = if self.query.trim().is_empty() {
            (0..catalog.products.len())
                .filter(in_category)
                .take(SHOWN + 1)
                .collect()
        } else {
            catalog
                .index
                .find(&self.query, usize::MAX)
                .into_iter()
                .filter(in_category)
                .take(SHOWN + 1)
                .collect()
        };
        let more = found.len() > SHOWN;
        (found.into_iter().take(SHOWN).collect(), more)
    }

    fn submit_search(&mut self, ctx: &Context<'_>) -> Task<Message> {
        let code = self.query.trim().to_owned();
        if code.is_empty() {
            return Task::none();
        }
        // Every way on empties the field.
        self.submitted(SEARCH, self.query.clone());
        // A weighed package's tag carries its price: the line costs exactly that.
        if let Some(found) = ctx.catalog.package(&code) {
            self.query.clear();
            self.notice = Some(match found {
                Ok(package) => {
                    let name = display_name(&package.product);
                    let line = self.cart.add(package.product, package.quantity);
                    match self.cart.set_discount(line, package.discount) {
                        Ok(()) => (Tone::Good, Msg::new("ui-added").arg("name", name)),
                        Err(error) => (Tone::Bad, error.msg()),
                    }
                }
                Err(error) => (Tone::Bad, error.msg()),
            });
            return focus(SEARCH);
        }
        // A scanner types the exact barcode or sku: that wins over a name search.
        if let Some(product) = ctx.catalog.by_code(&code) {
            self.query.clear();
            return self.add(product.clone());
        }
        let (shown, _) = self.shown(ctx.catalog);
        match shown.first().and_then(|i| ctx.catalog.products.get(*i)) {
            Some(product) => {
                self.query.clear();
                self.add(product.clone())
            }
            None => {
                let looks_like_code =
                    code.chars().all(|c| c.is_ascii_digit()) || code.contains('-');
                let msg = if looks_like_code {
                    Msg::new("ui-unknown-code").arg("code", code)
                } else {
                    Msg::new("ui-no-match").arg("query", code)
                };
                self.notice = Some((Tone::Bad, msg));
                self.query.clear();
                focus(SEARCH)
            }
        }
    }

    fn add(&mut self, product: Product) -> Task<Message> {
        self.done = None;
        self.paying = None;
        match product.unit {
            Unit::Kg => {
                self.weighing = Some(Weighing {
                    product,
                    text: String::new(),
                });
                // Already on the scale and stable: in the cart at once.
                if self.scale.as_ref().is_some_and(|s| !s.confirm_with_enter) {
                    return self.take_from_scale();
                }
                focus(WEIGHT)
            }
            Unit::Piece => {
                self.notice = Some((
                    Tone::Good,
                    Msg::new("ui-added").arg("name", display_name(&product)),
                ));
                self.cart.add(product, Quantity::pieces(1));
                focus(SEARCH)
            }
        }
    }

    fn confirm_weight(&mut self) -> Task<Message> {
        // Nothing typed: Enter takes the scale's stable weight.
        if self
            .weighing
            .as_ref()
            .is_some_and(|w| w.text.trim().is_empty())
            && self.scale_offer().is_some()
        {
            return self.take_from_scale();
        }
        let Some(weighing) = self.weighing.take() else {
            return focus(SEARCH);
        };
        match Quantity::parse_weight(&weighing.text) {
            Ok(quantity) => {
                self.submitted(WEIGHT, weighing.text.clone());
                self.notice = Some((
                    Tone::Good,
                    Msg::new("ui-added").arg("name", display_name(&weighing.product)),
                ));
                self.cart.add(weighing.product, quantity);
                focus(SEARCH)
            }
            Err(error) => {
                self.notice = Some((Tone::Bad, Error::parse("quantity", error).msg()));
                self.weighing = Some(weighing);
                focus(WEIGHT)
            }
        }
    }

    fn confirm_discount(&mut self) -> Task<Message> {
        let Some(discounting) = self.discounting.take() else {
            return focus(SEARCH);
        };
        let gross = match discounting.target {
            DiscountTarget::Line(i) => self.cart.lines().get(i).map_or(Money::ZERO, |l| l.gross()),
            DiscountTarget::Cart => self.cart.lines().iter().map(|l| l.gross()).sum(),
        };
        let result =
            read_discount(&discounting.text, gross).and_then(|amount| match discounting.target {
                DiscountTarget::Line(i) => self.cart.set_discount(i, amount),
                DiscountTarget::Cart => self.cart.discount_all(amount),
            });
        match result {
            Ok(()) => {
                self.notice = None;
                focus(SEARCH)
            }
            Err(error) => {
                self.notice = Some((Tone::Bad, error.msg()));
                self.discounting = Some(discounting);
                focus(DISCOUNT)
            }
        }
    }

    /// The payment as entered, or the reason it cannot be read.
    fn draft(&self) -> Result<PaymentDraft, Error> {
        let Some(paying) = &self.paying else {
            return Ok(PaymentDraft::default());
        };
        let cash = if paying.cash_text.trim().is_empty() {
            None
        } else {
            Some(Money::parse(&paying.cash_text).map_err(|e| Error::parse("payment", e))?)
        };
        Ok(PaymentDraft {
            cash,
            other: paying.other,
        })
    }

    fn open_till(&mut self, ctx: &Context<'_>) -> Task<Message> {
        let (Some(text), Some(cashier)) = (&self.opening_till, ctx.cashier) else {
            return Task::none();
        };
        let float = if text.trim().is_empty() {
            Ok(Money::ZERO)
        } else {
            Money::parse(text).map_err(|e| Error::parse("payment", e))
        };
        match float {
            Ok(float) => {
                let store = ctx.store.clone();
                Task::perform(
                    async move { store::open_till(store, cashier, float).await },
                    Message::TillOpened,
                )
            }
            Err(error) => {
                self.notice = Some((Tone::Bad, error.msg()));
                focus(till::FLOAT)
            }
        }
    }

    fn confirm_payment(&mut self, ctx: &Context<'_>) -> Task<Message> {
        if self.saving || self.cart.is_empty() {
            return Task::none();
        }
        let Some(cashier_id) = ctx.cashier else {
            self.notice = Some((Tone::Bad, Msg::new("ui-no-cashier")));
            return Task::none();
        };
        let draft = match self.draft() {
            Ok(draft) => draft,
            Err(error) => {
                self.notice = Some((Tone::Bad, error.msg()));
                return focus(CASH);
            }
        };
        let total = self.cart.total();
        let tenders = draft.tenders(total);
        // The core refuses an unpaid sale too; checking here keeps the volunteer on the
        // payment step with the amount still due in front of her.
        if let Err(error) = crate::sale::settle(total, &tenders) {
            self.notice = Some((Tone::Bad, error.msg()));
            if let Some(p) = &mut self.paying {
                p.other = None;
            }
            return focus(CASH);
        }
        self.saving = true;
        self.notice = Some((Tone::Info, Msg::new("ui-saving")));
        let lines = self.cart.take();
        self.in_flight = Some((lines.clone(), self.paying.take()));
        let sale = NewSale {
            cashier_id,
            lines,
            tenders,
        };
        let store = ctx.store.clone();
        let approved_by = ctx.approved_by;
        Task::perform(
            async move { store::sell(store, sale, approved_by).await },
            Message::Saved,
        )
    }

    /// A field's text that still begins with what Enter took from it (see [`Submitted`]):
    /// the new keys alone, for that field if it is still the one wanted, else for the field
    /// wanted now. Anything else goes on as it came.
    fn late_keys(&mut self, message: Message) -> Result<Message, Task<Message>> {
        let (field, text) = match &message {
            Message::Search(t) => (SEARCH, t),
            Message::Weight(t) => (WEIGHT, t),
            Message::CashReceived(t) => (CASH, t),
            Message::DiscountAmount(t) => (DISCOUNT, t),
            Message::TillFloat(t) => (till::FLOAT, t),
            _ => return Ok(message),
        };
        let wanted = self.wanted_focus();
        let Some(done) = self
            .submitted
            .as_mut()
            .filter(|s| s.field == field && text.len() > s.text.len())
        else {
            self.submitted = None;
            return Ok(message);
        };
        let Some(after) = text.strip_prefix(done.text.as_str()) else {
            self.submitted = None;
            return Ok(message);
        };
        if field == wanted {
            return Ok(with_text(&message, after.to_owned()));
        }
        let fresh = after.get(done.moved..).unwrap_or_default().to_owned();
        done.moved = after.len();
        Err(self.update_typed(fresh))
    }

    /// The scale's stable weight, if it may be taken now.
    fn scale_offer(&self) -> Option<Quantity> {
        let scale = self.scale.as_ref()?;
        let reading = scale.said.clone()?.ok()?;
        scale.taking.offer(reading)
    }

    /// Puts the product being weighed in the cart with the scale's weight, if the scale
    /// gives one that may be taken; else waits for it (or for a typed weight).
    fn take_from_scale(&mut self) -> Task<Message> {
        let (Some(kg), Some(_)) = (self.scale_offer(), &self.weighing) else {
            return focus(self.wanted_focus());
        };
        let Some(weighing) = self.weighing.take() else {
            return Task::none();
        };
        if let Some(scale) = &mut self.scale {
            scale.taking.taken(kg);
        }
        self.notice = Some((
            Tone::Good,
            Msg::new("ui-added").arg("name", display_name(&weighing.product)),
        ));
        self.cart.add(weighing.product, kg);
        focus(SEARCH)
    }

    /// Follows the shop's scale (`Some`, saying whether a stable weight waits for Enter),
    /// or none.
    pub fn use_scale(&mut self, confirm_with_enter: Option<bool>) {
        self.scale = confirm_with_enter.map(|confirm_with_enter| Scale {
            confirm_with_enter,
            ..Scale::default()
        });
    }

    /// Whether a stable weight waits for Enter (else it goes into the cart by itself).
    pub fn scale_waits_for_enter(&self) -> bool {
        self.scale.as_ref().is_some_and(|s| s.confirm_with_enter)
    }

    /// What the scale said last, when the counter follows one.
    pub fn scale_said(&self) -> Option<Option<&crate::scale::reader::Said>> {
        self.scale.as_ref().map(|s| s.said.as_ref())
    }

    /// Keys that belong to the field wanted now, though no field took them.
    fn update_typed(&mut self, keys: String) -> Task<Message> {
        match self.wanted_focus() {
            WEIGHT => {
                if let Some(w) = &mut self.weighing {
                    w.text.push_str(&keys);
                }
            }
            CASH => {
                if let Some(p) = &mut self.paying {
                    p.cash_text.push_str(&keys);
                }
            }
            DISCOUNT => {
                if let Some(d) = &mut self.discounting {
                    d.text.push_str(&keys);
                }
            }
            till::FLOAT => {
                if let Some(float) = &mut self.opening_till {
                    float.push_str(&keys);
                }
            }
            _ => {
                self.query.push_str(&keys);
                self.notice = None;
            }
        }
        focus(self.wanted_focus())
    }

    /// Remembers that Enter emptied `field`, which held `text`.
    fn submitted(&mut self, field: &'static str, text: String) {
        self.submitted = Some(Submitted {
            field,
            text,
            moved: 0,
        });
    }

    /// Whether the last sale's receipt is shown (as printed, or as it would print).
    pub fn has_receipt_preview(&self) -> bool {
        self.done.as_ref().is_some_and(|d| d.preview.is_some())
    }

    /// Where the last sale's receipt is, if a sale was just made.
    pub fn print_state(&self) -> Option<&PrintState> {
        self.done.as_ref().map(|d| &d.print)
    }

    /// The receipts waiting for the printer, oldest first, with why.
    pub fn waiting_receipts(&self) -> &[(String, Msg)] {
        &self.waiting
    }

    /// The field the next keys belong to: the weight being typed, the cash received, the
    /// discount, the float, else the search field (where a scanner's code goes).
    pub fn wanted_focus(&self) -> &'static str {
        if self.opening_till.is_some() {
            till::FLOAT
        } else if self.discounting.is_some() {
            DISCOUNT
        } else if self.weighing.is_some() {
            WEIGHT
        } else if self.paying.is_some() {
            CASH
        } else {
            SEARCH
        }
    }

    /// Whether `message` comes from typing in one of the counter's fields (the field has
    /// the focus already: taking it again would move its cursor).
    pub fn is_typing(message: &Message) -> bool {
        matches!(
            message,
            Message::Search(_)
                | Message::Weight(_)
                | Message::CashReceived(_)
                | Message::DiscountAmount(_)
                | Message::TillFloat(_)
        )
    }

    pub fn discounting(&self) -> Option<(DiscountTarget, &str)> {
        self.discounting
            .as_ref()
            .map(|d| (d.target, d.text.as_str()))
    }

    /// What the search field holds.
    pub fn query(&self) -> &str {
        &self.query
    }

    pub fn cart(&self) -> &Cart {
        &self.cart
    }

    pub fn is_saving(&self) -> bool {
        self.saving
    }

    /// Emptying the cart, once asked: how many articles and how much go.
    fn question(&self) -> Option<crate::ui::widget::confirm::Question> {
        use crate::ui::widget::confirm::Question;
        self.clearing.then(|| {
            Question::new(
                Msg::new("confirm-clear-title"),
                Msg::new("confirm-clear-yes"),
            )
            .line(
                Msg::new("confirm-clear-what")
                    .arg("count", self.cart.articles())
                    .arg("total", self.cart.total()),
            )
            .danger()
        })
    }
}

/// The same kind of field message with another text.
fn with_text(message: &Message, text: String) -> Message {
    match message {
        Message::Weight(_) => Message::Weight(text),
        Message::CashReceived(_) => Message::CashReceived(text),
        Message::DiscountAmount(_) => Message::DiscountAmount(text),
        Message::TillFloat(_) => Message::TillFloat(text),
        _ => Message::Search(text),
    }
}

fn print_task(ctx: &Context<'_>, number: String) -> Task<Message> {
    let store = ctx.store.clone();
    Task::perform(
        store::print(store, number, crate::receipt::Copy::Original),
        Message::Printed,
    )
}

/// Why a receipt waits, as the volunteer reads it: the printer's problem itself, not the
/// command line's advice on printing it later.
fn waiting_reason(error: &Error) -> Msg {
    match error {
        Error::Receipt(ReceiptError::ReceiptPending { cause, .. }) => waiting_reason(cause),
        Error::Receipt(ReceiptError::PrintFailed { problem, .. }) => problem.msg(),
        other => other.msg(),
    }
}

/// The receipt's dots as an image the window can show: black on white.
fn preview_handle(bitmap: &crate::receipt::Bitmap) -> iced::widget::image::Handle {
    let (width, height) = (bitmap.width(), bitmap.height());
    let mut rgba = Vec::with_capacity(width as usize * height as usize * 4);
    for y in 0..height {
        for x in 0..width {
            let v = if bitmap.get(x, y) { 0 } else { 255 };
            rgba.extend_from_slice(&[v, v, v, 255]);
        }
    }
    iced::widget::image::Handle::from_rgba(width, height, rgba)
}

/// An amount (`5`, `5,50 DH`) or a percentage of `gross` (`10 %`), rounded to the centime.
fn read_discount(text: &str, gross: Money) -> Result<Money, Error> {
    if text.trim().ends_with('%') {
        let rate = crate::money::Rate::parse_percent(text).map_err(|e| Error::parse("value", e))?;
        let (share, _) = rate.split(gross);
        return Ok(share);
    }
    Money::parse(text).map_err(|e| Error::parse("value", e))
}

fn display_name(product: &Product) -> Arg {
    Arg::name(product.name_ar.as_str(), product.name_fr.as_str())
}

/// The name a volunteer reads in her language: Arabic in Arabic, French otherwise.
pub fn product_name(product: &Product, lang: Lang) -> &str {
    if lang.is_rtl() {
        &product.name_ar
    } else {
        &product.name_fr
    }
}
