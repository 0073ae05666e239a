//! Producers' monthly statements, for administrators: a month's table of every producer
//! (gross, association share, net, paid, balance), one producer's lines, issuing the
//! month (after a confirmation), payouts with their slip, and the PDFs written into a
//! folder the administrator can see and change. The core checks every right and every
//! amount as the signed-in person; the screen shows its refusals.

mod view;

use std::path::{Path, PathBuf};

use chrono::{Datelike, Months, NaiveDate};
use iced::Task;

use crate::Error;
use crate::i18n::Msg;
use crate::money::Money;
use crate::receipt::ShopInfo;
use crate::statement::{self, Paper, Payout, PayoutMethod, Statement};
use crate::ui::store::Store;
use crate::ui::theme::Tone;

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
}

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
    Pay,
    Paid(Result<Payout, Error>),
    Folder(String),
    /// Write her statement's PDF (`false`) or the whole month's (`true`).
    Write(bool),
    WriteSlip,
    /// A PDF was written there, or why not.
    Written(Result<PathBuf, Error>),
}

/// Where PDFs go unless the administrator types another folder: her Documents folder,
/// else the database's folder.
fn default_folder(store: &Store) -> PathBuf {
    directories::UserDirs::new()
        .and_then(|d| d.document_dir().map(Path::to_path_buf))
        .filter(|d| d.is_dir())
        .or_else(|| store.path().parent().map(Path::to_path_buf))
        .unwrap_or_else(|| PathBuf::from("."))
}

fn load(store: &Store, year: i32, month: u32) -> Task<Message> {
    let store = store.clone();
    Task::perform(
        async move {
            store.with(|conn, _| {
                Ok((
                    statement::statements(conn, year, month)?,
                    statement::is_issued(conn, year, month)?,
                ))
            })
        },
        Message::Loaded,
    )
}

fn write_file(path: &Path, bytes: &[u8]) -> Result<(), Error> {
    std::fs::write(path, bytes).map_err(|e| Error::WriteFile {
        path: path.to_path_buf(),
        source: std::sync::Arc::new(e),
    })
}

fn make_folder(dir: &Path) -> Result<(), Error> {
    std::fs::create_dir_all(dir).map_err(|e| Error::Folder {
        path: dir.to_path_buf(),
        source: std::sync::Arc::new(e),
    })
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
            amount: String::new(),
            method: PayoutMethod::Cash,
            advance: false,
            note: String::new(),
            last_payout: None,
            folder: default_folder(store).display().to_string(),
            notice: None,
            working: false,
        };
        let task = load(store, screen.year, screen.month);
        (screen, task)
    }

    /// The month shown, `YYYY-MM`.
    pub fn month(&self) -> String {
        format!("{:04}-{:02}", self.year, self.month)
    }

    pub fn statements(&self) -> &[Statement] {
        &self.list
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
            async move { store.with(|conn, _| statement::balance(conn, id)) },
            Message::Balance,
        )
    }

    pub fn update(&mut self, message: Message, store: &Store) -> Task<Message> {
        if matches!(
            message,
            Message::ConfirmIssue | Message::Write(_) | Message::WriteSlip
        ) {
            self.working = true;
            self.notice = Some((Tone::Info, Msg::new("stmt-ui-working")));
        }
        if matches!(message, Message::Issued(_) | Message::Written(_)) {
            self.working = false;
        }
        match message {
            // The core's refusal names the CLI's --advance; here it is the checkbox.
            Message::Paid(Err(Error::PayoutExceedsBalance { producer, balance })) => {
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
            Message::Loaded(Err(e))
            | Message::Balance(Err(e))
            | Message::Issued(Err(e))
            | Message::Paid(Err(e))
            | Message::Written(Err(e)) => self.notice = Some((Tone::Bad, e.msg())),
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
                return load(store, self.year, self.month);
            }
            Message::Open(code) => {
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
                        store.with(|conn, clock| {
                            Ok(statement::issue(conn, clock, year, month, by)?.len())
                        })
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
                return load(store, self.year, self.month);
            }
            Message::Amount(text) => self.amount = text,
            Message::Method(method) => self.method = method,
            Message::Advance(on) => self.advance = on,
            Message::Note(text) => self.note = text,
            Message::Pay => return self.pay(store),
            Message::Paid(Ok(paid)) => {
                let said = Msg::new("stmt-payout-done")
                    .arg("producer", &paid.producer)
                    .arg("amount", paid.amount)
                    .arg("method", Msg::new(method_id(paid.method)))
                    .arg("balance", paid.balance_after.unwrap_or_default());
                self.notice = Some((Tone::Good, said));
                self.balance_now = paid.balance_after;
                self.last_payout = Some(paid);
                self.amount.clear();
                self.note.clear();
                self.advance = false;
                return load(store, self.year, self.month);
            }
            Message::Folder(text) => self.folder = text,
            Message::Write(all) => return self.write(store, all),
            Message::WriteSlip => {
                let Some(paid) = self.last_payout.clone() else {
                    return Task::none();
                };
                let dir = PathBuf::from(self.folder.trim());
                let store = store.clone();
                return Task::perform(
                    async move {
                        make_folder(&dir)?;
                        let path = dir.join(format!("versement-{}-{}.pdf", paid.producer, paid.id));
                        let bytes =
                            store.with(|conn, _| statement::slip_pdf(conn, &paid, Paper::A5))?;
                        write_file(&path, &bytes)?;
                        Ok(path)
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

    fn pay(&mut self, store: &Store) -> Task<Message> {
        let Some(code) = self.open.clone() else {
            return Task::none();
        };
        let amount = match Money::parse(&self.amount) {
            Ok(amount) => amount,
            Err(e) => {
                self.notice = Some((Tone::Bad, Error::parse("payment", e).msg()));
                return Task::none();
            }
        };
        let (method, advance) = (self.method, self.advance);
        let note = Some(self.note.trim().to_owned()).filter(|n| !n.is_empty());
        let store = store.clone();
        Task::perform(
            async move {
                let by = store.acting()?;
                store.with(|conn, clock| {
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
        let dir = PathBuf::from(self.folder.trim());
        let month = self.month();
        let store = store.clone();
        Task::perform(
            async move {
                make_folder(&dir)?;
                store.with(|conn, _| {
                    if all {
                        let path = dir.join(format!("{month}-all.pdf"));
                        let shop = ShopInfo::load(conn)?;
                        write_file(&path, &statement::month_pdf(&list, &shop, Paper::A5)?)?;
                        return Ok(path);
                    }
                    let mut path = dir.clone();
                    for s in &list {
                        path = dir.join(format!("{}-{}.pdf", s.month, s.producer));
                        write_file(&path, &statement::pdf(conn, s, Paper::A5)?)?;
                    }
                    Ok(path)
                })
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
