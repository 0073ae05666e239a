//! Producers' monthly statements, for administrators: a month's table of every producer
//! (gross, association share, net, paid, balance), one producer's lines, issuing the
//! month (after a confirmation), payouts with their slip, and the PDFs written into a
//! folder the administrator can see and change. The core checks every right and every
//! amount as the signed-in person; the screen shows its refusals.

mod her;
mod paper;
mod preview;
mod view;

pub use paper::Printing;

use std::path::PathBuf;

use chrono::{Datelike, Months, NaiveDate};
use iced::Task;

use crate::Error;
use crate::error::{ReceiptError, StatementError};
use crate::i18n::Msg;
use crate::money::Money;
use crate::pdf::print::Printed;
use crate::receipt::ShopInfo;
use crate::statement::{self, History, Paper, Payout, PayoutMethod, Statement};
use crate::ui::screen::{Action, Changed, Context};
use crate::ui::store::Store;
use crate::ui::theme::Tone;
use crate::ui::widget::confirm::Question;

pub const AMOUNT: &str = "stmt-ui-amount";
pub const NOTE: &str = "stmt-ui-note";
pub const FOLDER: &str = "stmt-ui-folder";

#[derive(Debug)]
pub struct Statements {
    year: i32,
    month: u32,
    list: Vec<Statement>,
    /// Whether the month's statements are issued (frozen).
    issued: bool,
    /// The producer opened (her code), and her balance today.
    open: Option<String>,
    balance_now: Option<Money>,
    /// "Issue the month" was pressed once: the confirmation shows.
    confirming: bool,
    /// "Pay" was pressed with this amount: the confirmation shows.
    paying: Option<Money>,
    amount: String,
    method: PayoutMethod,
    advance: bool,
    note: String,
    /// The last payout recorded here, for its slip.
    last_payout: Option<Payout>,
    folder: String,
    notice: Option<(Tone, Msg)>,
    /// Issuing or writing PDFs takes seconds on a big month: say so meanwhile.
    working: bool,
    /// Her statement or a slip as it will print, in place of the month's table.
    preview: Option<paper::Preview>,
    /// The opened producer's own page, in place of the month's table.
    her: Option<History>,
    /// A5 or A4, for every paper of the screen; kept as the shop's preference.
    paper: Paper,
    /// Counts what was asked of the side panel (a producer, a month, closing): a drawing
    /// that comes back after she moved on is for something no longer on screen.
    asked: u64,
}

/// The paper the statements screen last used.
const PAPER_SETTING: &str = crate::settings::STATEMENTS_PAPER;

#[derive(Debug, Clone)]
pub enum Message {
    Loaded(Result<(Vec<Statement>, bool), Error>),
    Month(i32),
    Open(Option<String>),
    Balance(Result<Money, Error>),
    Issue,
    ConfirmIssue,
    CancelIssue,
    Issued(Result<usize, Error>),
    Amount(String),
    Method(PayoutMethod),
    Advance(bool),
    Note(String),
    /// Ask to record the payout typed.
    Pay,
    /// Yes: record it.
    ConfirmPay,
    /// Back: nothing paid, the form as typed.
    CancelPay,
    Paid(Result<Payout, Error>),
    Folder(String),
    /// Open the PC's folder dialog, titled so, to fill the folder.
    BrowseFolder(String),
    /// Write her statement's PDF (`false`) or the whole month's (`true`).
    Write(bool),
    WriteSlip,
    /// A PDF was written there, or why not.
    Written(Result<PathBuf, Error>),
    /// Preview her statement.
    PreviewHers,
    /// Preview the slip of the payout just recorded.
    PreviewSlip,
    /// Preview the slip of an earlier payout (from her page).
    SlipOf(Payout),
    Drawn(Result<paper::Drawn, Error>),
    /// Turn the preview's page back (-1) or on (1).
    Turn(i32),
    /// Back to the month's table.
    CloseSide,
    Print(Printing),
    Printed(Result<(String, Printed), Error>),
    TicketPrinted(Result<(), Error>),
    /// Her own page: her balance and every month.
    Her,
    HerLoaded(Result<History, Error>),
    /// Go to a month of hers (`YYYY-MM`), her statement opened.
    GoTo(String),
    Paper(Paper),
    /// The paper size was kept as the shop's preference, or why not.
    PaperKept(Result<(), Error>),
    /// The shop's preferred paper size was read (`a5`, `a4`), if it has one.
    PaperRead(Result<Option<String>, Error>),
}

fn load(store: &Store, year: i32, month: u32) -> Task<Message> {
    let store = store.clone();
    Task::perform(
        async move {
            store
                .run(move |conn, _| {
                    Ok((
                        statement::statements(conn, year, month)?,
                        statement::is_issued(conn, year, month)?,
                    ))
                })
                .await
        },
        Message::Loaded,
    )
}

impl Statements {
    pub fn new(store: &Store) -> (Statements, Task<Message>) {
        let today = crate::clock::business_day(store.now());
        let last = today
            .with_day(1)
            .and_then(|d| d.checked_sub_months(Months::new(1)))
            .unwrap_or(today);
        let screen = Statements {
            year: last.year(),
            month: last.month(),
            list: Vec::new(),
            issued: false,
            open: None,
            balance_now: None,
            confirming: false,
            paying: None,
            amount: String::new(),
            method: PayoutMethod::Cash,
            advance: false,
            note: String::new(),
            last_payout: None,
            folder: store.places().documents.display().to_string(),
            notice: None,
            working: false,
            preview: None,
            her: None,
            // A5 until the shop's preference is read, off the window's thread.
            paper: Paper::A5,
            asked: 0,
        };
        let kept = store.clone();
        let paper = Task::perform(
            async move {
                kept.run(|conn, _| crate::settings::get(conn, PAPER_SETTING))
                    .await
            },
            Message::PaperRead,
        );
        let task = Task::batch([load(store, screen.year, screen.month), paper]);
        (screen, task)
    }

    /// The month shown, `YYYY-MM`.
    pub fn month(&self) -> String {
        format!("{:04}-{:02}", self.year, self.month)
    }

    pub fn statements(&self) -> &[Statement] {
        &self.list
    }

    /// The preview shown: its title, the page turned to (from 0) and how many pages.
    pub fn previewing(&self) -> Option<(&str, usize, usize)> {
        let p = self.preview.as_ref()?;
        Some((p.title.as_str(), p.pages.page(), p.pages.len()))
    }

    /// Her own page, when it is shown.
    pub fn her_page(&self) -> Option<&History> {
        self.her.as_ref()
    }

    fn opened(&self) -> Option<&Statement> {
        let code = self.open.as_deref()?;
        self.list.iter().find(|s| s.producer == code)
    }

    fn balance(&self, store: &Store) -> Task<Message> {
        let Some(id) = self.opened().map(|s| s.producer_id) else {
            return Task::none();
        };
        let store = store.clone();
        Task::perform(
            async move { store.run(move |conn, _| statement::balance(conn, id)).await },
            Message::Balance,
        )
    }

    pub fn update(&mut self, message: Message, ctx: &Context<'_>) -> Action<Message> {
        // A statement issued or a producer paid is the one act an approval was for.
        let done = matches!(message, Message::Issued(Ok(_)) | Message::Paid(Ok(_)));
        let task = self.step(message, ctx.store);
        if done {
            Action::Did(Changed::Nothing, task)
        } else {
            Action::Run(task)
        }
    }

    fn step(&mut self, message: Message, store: &Store) -> Task<Message> {
        if matches!(
            message,
            Message::ConfirmIssue
                | Message::Write(_)
                | Message::WriteSlip
                | Message::PreviewHers
                | Message::PreviewSlip
                | Message::SlipOf(_)
                | Message::Print(_)
        ) {
            self.working = true;
            self.notice = Some((Tone::Info, Msg::new("stmt-ui-working")));
        }
        if matches!(
            message,
            Message::Issued(_)
                | Message::Written(_)
                | Message::Drawn(_)
                | Message::Printed(_)
                | Message::TicketPrinted(_)
        ) {
            self.working = false;
            if matches!(self.notice, Some((Tone::Info, _))) {
                self.notice = None;
            }
        }
        match message {
            // The core's refusal names the CLI's --advance; here it is the checkbox.
            Message::Paid(Err(Error::Statement(StatementError::PayoutExceedsBalance {
                producer,
                balance,
            }))) => {
                self.notice = Some((
                    Tone::Bad,
                    Msg::new("stmt-ui-payout-exceeds")
                        .arg("producer", producer)
                        .arg("balance", balance),
                ));
            }
            Message::Loaded(Ok((list, issued))) => {
                self.list = list;
                self.issued = issued;
                return self.balance(store);
            }
            // The core's refusal names the CLI's --printer; here it is the settings screen.
            Message::TicketPrinted(Err(Error::Receipt(ReceiptError::NoPrinter))) => {
                self.notice = Some((Tone::Bad, Msg::new("ui-till-no-printer")));
            }
            Message::Loaded(Err(e))
            | Message::Balance(Err(e))
            | Message::Issued(Err(e))
            | Message::Paid(Err(e))
            | Message::Written(Err(e))
            | Message::Drawn(Err(e))
            | Message::Printed(Err(e))
            | Message::TicketPrinted(Err(e))
            | Message::PaperKept(Err(e))
            | Message::HerLoaded(Err(e)) => self.notice = Some((Tone::Bad, e.msg())),
            Message::PaperKept(Ok(())) => {}
            Message::PaperRead(Ok(code)) => {
                if let Some(paper) = code.as_deref().and_then(Paper::from_code) {
                    self.paper = paper;
                }
            }
            // A5 stays: the preference is a convenience, its loss says nothing to fix.
            Message::PaperRead(Err(_)) => {}
            Message::PreviewHers => match self.opened().cloned() {
                Some(s) => return paper::draw_statement(store, s, self.paper, self.asked),
                None => self.working = false,
            },
            Message::SlipOf(p) => return paper::draw_slip(store, p, self.paper, self.asked),
            Message::PreviewSlip => match self.last_payout.clone() {
                Some(p) => return paper::draw_slip(store, p, self.paper, self.asked),
                None => self.working = false,
            },
            // Her page stays behind a preview opened from it, to come back to. A drawing
            // asked before she moved on is dropped: Print would act on what is open now.
            Message::Drawn(Ok(drawn)) => {
                if drawn.0 == self.asked {
                    self.preview = Some(paper::Preview::new(drawn));
                }
            }
            Message::Turn(step) => {
                if let Some(preview) = &mut self.preview {
                    preview.pages.turn(step);
                }
            }
            Message::CloseSide => {
                self.asked += 1;
                if self.preview.take().is_none() {
                    self.her = None;
                }
            }
            Message::Print(what) => return self.print(store, what),
            Message::Printed(Ok((title, printed))) => {
                self.notice = Some((Tone::Good, printed.msg(&title)));
            }
            Message::TicketPrinted(Ok(())) => {
                self.notice = Some((Tone::Good, Msg::new("stmt-ui-ticket-printed")));
            }
            Message::Her => {
                self.asked += 1;
                self.preview = None;
                return self.load_her(store);
            }
            // Reloaded after a payout or an issue too: a slip shown over it stays open.
            Message::HerLoaded(Ok(history)) => {
                if self.open.as_deref() == Some(history.producer.as_str()) {
                    self.her = Some(history);
                }
            }
            Message::GoTo(month) => return self.go_to(store, &month),
            Message::Paper(paper) => {
                self.paper = paper;
                let kept = {
                    let store = store.clone();
                    Task::perform(
                        async move {
                            store
                                .run(move |conn, _| {
                                    crate::settings::set(conn, PAPER_SETTING, paper.code())
                                })
                                .await
                        },
                        Message::PaperKept,
                    )
                };
                let redraw = match self.preview.as_ref().map(|p| p.slip.clone()) {
                    Some(Some(p)) => paper::draw_slip(store, p, paper, self.asked),
                    Some(None) => match self.opened().cloned() {
                        Some(s) => paper::draw_statement(store, s, paper, self.asked),
                        None => return kept,
                    },
                    None => return kept,
                };
                self.working = true;
                return Task::batch([kept, redraw]);
            }
            Message::Balance(Ok(balance)) => self.balance_now = Some(balance),
            Message::Month(step) => {
                let first = NaiveDate::from_ymd_opt(self.year, self.month, 1);
                let moved = first.and_then(|d| match step {
                    s if s < 0 => d.checked_sub_months(Months::new(1)),
                    _ => d.checked_add_months(Months::new(1)),
                });
                if let Some(d) = moved {
                    (self.year, self.month) = (d.year(), d.month());
                }
                self.confirming = false;
                self.notice = None;
                self.preview = None;
                self.asked += 1;
                return load(store, self.year, self.month);
            }
            Message::Open(code) => {
                if code != self.open {
                    self.preview = None;
                    self.her = None;
                    self.asked += 1;
                }
                self.open = code;
                self.balance_now = None;
                self.last_payout = None;
                self.amount.clear();
                self.note.clear();
                self.advance = false;
                return self.balance(store);
            }
            Message::Issue => self.confirming = true,
            Message::CancelIssue => self.confirming = false,
            Message::ConfirmIssue => {
                self.confirming = false;
                let (year, month) = (self.year, self.month);
                let store = store.clone();
                return Task::perform(
                    async move {
                        let by = store.acting()?;
                        store
                            .run(move |conn, clock| {
                                Ok(statement::issue(conn, clock, year, month, by)?.len())
                            })
                            .await
                    },
                    Message::Issued,
                );
            }
            Message::Issued(Ok(count)) => {
                self.notice = Some((
                    Tone::Good,
                    Msg::new("stmt-issued")
                        .arg("count", count)
                        .arg("month", self.month()),
                ));
                let reload = load(store, self.year, self.month);
                return if self.her.is_some() {
                    Task::batch([reload, self.load_her(store)])
                } else {
                    reload
                };
            }
            Message::Amount(text) => self.amount = text,
            Message::Method(method) => self.method = method,
            Message::Advance(on) => self.advance = on,
            Message::Note(text) => self.note = text,
            Message::Pay => self.ask_payout(),
            Message::CancelPay => self.paying = None,
            Message::ConfirmPay => return self.pay(store),
            Message::Paid(Ok(paid)) => {
                let said = Msg::new("stmt-payout-done")
                    .arg("producer", &paid.producer)
                    .arg("amount", paid.amount)
                    .arg("method", Msg::new(method_id(paid.method)))
                    .arg("balance", paid.balance_after.unwrap_or_default());
                self.notice = Some((Tone::Good, said));
                self.balance_now = paid.balance_after;
                self.last_payout = Some(paid.clone());
                self.amount.clear();
                self.note.clear();
                self.advance = false;
                // Her slip is what comes next: to print and sign while she waits.
                self.working = true;
                let mut tasks = vec![
                    load(store, self.year, self.month),
                    paper::draw_slip(store, paid, self.paper, self.asked),
                ];
                if self.her.is_some() {
                    tasks.push(self.load_her(store));
                }
                return Task::batch(tasks);
            }
            Message::Folder(text) => self.folder = text,
            Message::BrowseFolder(title) => {
                return crate::ui::widget::pick::open(
                    crate::ui::widget::pick::Ask::Folder,
                    title,
                    &self.folder,
                    Message::Folder,
                );
            }
            Message::Write(all) => return self.write(store, all),
            Message::WriteSlip => {
                let Some(paid) = self.slip_shown() else {
                    return Task::none();
                };
                let dir = store.places().folder(&self.folder);
                let paper = self.paper;
                let store = store.clone();
                return Task::perform(
                    async move {
                        crate::outfile::make_folder(&dir)?;
                        let path = dir.join(format!("versement-{}-{}.pdf", paid.producer, paid.id));
                        let bytes = store
                            .run(move |conn, _| statement::slip_pdf(conn, &paid, paper))
                            .await?;
                        Ok(crate::outfile::write_keeping(&path, &bytes)?)
                    },
                    Message::Written,
                );
            }
            Message::Written(Ok(path)) => {
                self.notice = Some((
                    Tone::Good,
                    Msg::new("stmt-ui-written").arg("path", path.display().to_string()),
                ));
            }
        }
        Task::none()
    }

    /// Reads the amount typed and asks before paying it.
    fn ask_payout(&mut self) {
        if self.open.is_none() || self.working {
            return;
        }
        match Money::parse(&self.amount) {
            Ok(amount) => self.paying = Some(amount),
            Err(e) => self.notice = Some((Tone::Bad, Error::parse("payment", e).msg())),
        }
    }

    /// The question open, if any: issuing the month, or paying her.
    pub(super) fn question(&self, lang: crate::i18n::Lang) -> Option<Question> {
        if self.confirming {
            let net: Money = self.list.iter().map(|s| s.net).sum();
            return Some(
                Question::new(
                    Msg::new("confirm-issue-title")
                        .arg("count", self.list.len())
                        .arg("month", self.month()),
                    Msg::new("confirm-issue-yes"),
                )
                .line(
                    Msg::new("confirm-issue-what")
                        .arg("count", self.list.len())
                        .arg("net", net),
                )
                .line(Msg::new("confirm-issue-final")),
            );
        }
        let amount = self.paying?;
        let her = self.opened()?;
        // Her name in both scripts, hers first in the reader's.
        let name = match (
            her.producer_name_latin.as_str(),
            her.producer_name_ar.as_str(),
        ) {
            ("", "") => her.producer.clone(),
            (latin, "") => latin.to_owned(),
            ("", arabic) => arabic.to_owned(),
            (latin, arabic) if lang.is_rtl() => format!("{arabic} · {latin}"),
            (latin, arabic) => format!("{latin} · {arabic}"),
        };
        let mut question = Question::new(
            Msg::new("confirm-payout-title")
                .arg("amount", amount)
                .arg("name", name),
            Msg::new("confirm-payout-yes"),
        )
        .line(Msg::new("confirm-payout-how").arg("method", Msg::new(method_id(self.method))));
        if let Some(balance) = self.balance_now {
            question = question.line(
                Msg::new("confirm-payout-balance")
                    .arg("before", balance)
                    .arg("after", balance - amount),
            );
        }
        Some(question.line(Msg::new("confirm-payout-final")))
    }

    fn pay(&mut self, store: &Store) -> Task<Message> {
        let Some(code) = self.open.clone() else {
            return Task::none();
        };
        let Some(amount) = self.paying.take() else {
            return Task::none();
        };
        let (method, advance) = (self.method, self.advance);
        let note = Some(self.note.trim().to_owned()).filter(|n| !n.is_empty());
        let store = store.clone();
        Task::perform(
            async move {
                let by = store.acting()?;
                store
                    .run(move |conn, clock| {
                        statement::payout(
                            conn,
                            clock,
                            &code,
                            amount,
                            method,
                            by,
                            advance,
                            note.as_deref(),
                        )
                    })
                    .await
            },
            Message::Paid,
        )
    }

    /// Writes her statement (`MONTH-CODE.pdf`) or the month's (`MONTH-all.pdf`) into the
    /// folder; issued statements are their stored PDFs.
    fn write(&mut self, store: &Store, all: bool) -> Task<Message> {
        let list: Vec<Statement> = if all {
            self.list.clone()
        } else {
            self.opened().cloned().into_iter().collect()
        };
        if list.is_empty() {
            return Task::none();
        }
        let dir = store.places().folder(&self.folder);
        let month = self.month();
        let paper = self.paper;
        let store = store.clone();
        Task::perform(
            async move {
                crate::outfile::make_folder(&dir)?;
                store
                    .run(move |conn, _| {
                        if all {
                            let path = dir.join(format!("{month}-all.pdf"));
                            let shop = ShopInfo::load(conn)?;
                            return Ok(crate::outfile::write_keeping(
                                &path,
                                &statement::month_pdf(&list, &shop, paper)?,
                            )?);
                        }
                        let mut path = dir.clone();
                        for s in &list {
                            let place = dir.join(format!("{}-{}.pdf", s.month, s.producer));
                            path = crate::outfile::write_keeping(
                                &place,
                                &statement::pdf(conn, s, paper)?,
                            )?;
                        }
                        Ok(path)
                    })
                    .await
            },
            Message::Written,
        )
    }
}

pub(crate) fn method_id(method: PayoutMethod) -> &'static str {
    match method {
        PayoutMethod::Cash => "method-cash",
        PayoutMethod::Transfer => "method-transfer",
    }
}
