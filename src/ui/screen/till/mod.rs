//! The till: the open cash session's figures (an X report on screen), closing it by
//! counting notes and coins (the difference shown while counting), and the last Z report.
//! Opening is offered at the counter, where a sale finds the till closed. Pay-ins,
//! pay-outs, drawer openings and the printed or saved reports are in `tools`.

mod tools;

pub use tools::{AMOUNT, FOLDER, REASON};

use crate::error::{CashError, ReceiptError};
use crate::ui::widget::pick::Ask;
use iced::widget::{button, column, container, scrollable, text, text_input};
use iced::{Element, Fill, Task};

use crate::Error;
use crate::cash::{Count, DENOMINATIONS, MovementKind, ReportKind, SessionReport};
use crate::i18n::{Lang, Msg, Translator};
use crate::money::Money;
use crate::ui::layout::{bidi_safe, flow, say, start};
use crate::ui::screen::{Action, Context};
use crate::ui::store::{self, Store};
use crate::ui::theme::{self, BOLD, Kind, LARGE, SPACE, TEXT, Tone};
use crate::ui::widget::confirm::{self, Escape, Question};
use crate::ui::widget::{self, notice};

#[derive(Debug, Default)]
pub struct Till {
    state: Option<store::Till>,
    /// Pieces typed for each of `DENOMINATIONS`.
    pieces: Vec<String>,
    notice: Option<(Tone, Msg)>,
    busy: bool,
    /// The pay-in or pay-out typed, and why.
    amount: String,
    reason: String,
    /// Where "Save as PDF" writes: her Documents folder (else the database's) until changed.
    folder: String,
    /// "Close" was pressed with this count: the question shows until answered.
    closing: Option<Count>,
    /// A save that would replace a file, waiting for a yes.
    replacing: Option<(ReportKind, std::path::PathBuf)>,
    /// The report being saved.
    saving: Option<ReportKind>,
}

#[derive(Debug, Clone)]
pub enum Message {
    /// The till was read, or closed, or why not.
    Loaded(Result<Box<store::Till>, Error>),
    /// The number of pieces of one denomination was typed.
    Pieces(usize, String),
    /// Ask to close the session with the count typed.
    Close,
    /// Yes: close it.
    ConfirmClose,
    /// Back: the till stays open, the count as typed.
    KeepOpen,
    Amount(String),
    Reason(String),
    /// Record a pay-in, a pay-out or a drawer opening with what was typed.
    Move(MovementKind),
    /// The movement was saved (the till after it, what was saved), or why not.
    Moved(Result<(Box<store::Till>, MovementKind, Money, String), Error>),
    /// Print the X (open session) or Z (last closed) report on the receipt printer.
    Print(ReportKind),
    Printed(Result<(), Error>),
    Folder(String),
    /// Open the PC's folder dialog, titled so, to fill the folder.
    BrowseFolder(String),
    /// Save the X or Z report as a PDF into the folder typed; `true` replaces a file
    /// already there (after she said yes).
    Save(ReportKind, bool),
    Saved(Result<std::path::PathBuf, Error>),
    /// Keep the file already there: nothing is saved.
    KeepFile,
}

impl Till {
    pub fn new(store: &Store) -> (Till, Task<Message>) {
        let till = Till {
            pieces: vec![String::new(); DENOMINATIONS.len()],
            busy: true,
            folder: store.places().documents.display().to_string(),
            ..Till::default()
        };
        let store = store.clone();
        (
            till,
            Task::perform(
                async move { store::till(store).await.map(Box::new) },
                Message::Loaded,
            ),
        )
    }

    pub fn update(&mut self, message: Message, ctx: &Context<'_>) -> Action<Message> {
        // The till is counted and opened by the person at the counter herself.
        Action::Run(self.step(message, ctx.store, ctx.cashier, ctx.lang()))
    }

    fn step(
        &mut self,
        message: Message,
        store: &Store,
        user: Option<i64>,
        lang: Lang,
    ) -> Task<Message> {
        match message {
            Message::Amount(typed) => {
                self.amount = typed;
                Task::none()
            }
            Message::Reason(typed) => {
                self.reason = typed;
                Task::none()
            }
            Message::Folder(typed) => {
                self.folder = typed;
                Task::none()
            }
            Message::BrowseFolder(title) => {
                crate::ui::widget::pick::open(Ask::Folder, title, &self.folder, Message::Folder)
            }
            Message::Move(kind) => self.start_movement(kind, store),
            Message::Moved(result) => {
                self.moved(result, lang);
                Task::none()
            }
            Message::Print(kind) => self.print(kind, store),
            Message::Printed(result) => {
                self.busy = false;
                self.notice = Some(match result {
                    Ok(()) => (Tone::Good, Msg::new("ui-till-printed")),
                    // The core's words name a command-line option; here the way is Settings.
                    Err(Error::Receipt(ReceiptError::NoPrinter)) => {
                        (Tone::Bad, Msg::new("ui-till-no-printer"))
                    }
                    Err(error) => (Tone::Bad, error.msg()),
                });
                Task::none()
            }
            Message::Save(kind, replace) => {
                self.replacing = None;
                self.save(kind, replace, store)
            }
            Message::KeepFile => {
                self.replacing = None;
                Task::none()
            }
            Message::Saved(Err(Error::Output(crate::outfile::Refusal::Exists(path)))) => {
                self.busy = false;
                self.notice = None;
                self.replacing = self.saving.map(|kind| (kind, path));
                Task::none()
            }
            Message::Saved(result) => {
                self.busy = false;
                self.notice = Some(match result {
                    Ok(path) => {
                        // In Arabic the path's leading slash drifts to its end unless the
                        // whole path is isolated left-to-right.
                        let path = path.display().to_string();
                        let path = if lang.is_rtl() {
                            format!("\u{2066}{path}\u{2069}")
                        } else {
                            path
                        };
                        (Tone::Good, Msg::new("ui-till-pdf-saved").arg("path", path))
                    }
                    Err(error) => (Tone::Bad, error.msg()),
                });
                Task::none()
            }
            Message::Loaded(Ok(state)) => {
                self.busy = false;
                if state.open.is_none() && self.state.as_ref().is_some_and(|s| s.open.is_some()) {
                    self.notice = Some((Tone::Good, Msg::new("ui-till-closed-done")));
                    self.pieces = vec![String::new(); DENOMINATIONS.len()];
                }
                if let Some(error) = &state.backup_failed {
                    let said = Msg::new("ui-backup-failed").arg("reason", error.msg());
                    self.notice = Some((Tone::Bad, said));
                }
                self.state = Some(*state);
                Task::none()
            }
            Message::Loaded(Err(error)) => {
                self.busy = false;
                self.notice = Some((Tone::Bad, error.msg()));
                Task::none()
            }
            Message::Pieces(index, text) => {
                if let Some(slot) = self.pieces.get_mut(index) {
                    *slot = text;
                }
                Task::none()
            }
            Message::Close => {
                if self.busy || user.is_none() {
                    return Task::none();
                }
                match self.count() {
                    Ok(count) => self.closing = Some(count),
                    Err(error) => self.notice = Some((Tone::Bad, error.msg())),
                }
                Task::none()
            }
            Message::KeepOpen => {
                self.closing = None;
                Task::none()
            }
            Message::ConfirmClose => {
                let (Some(user), Some(count)) = (user, self.closing.take()) else {
                    return Task::none();
                };
                self.busy = true;
                let store = store.clone();
                Task::perform(
                    async move { store::close_till(store, user, count).await.map(Box::new) },
                    Message::Loaded,
                )
            }
        }
    }

    /// The count typed so far; an empty field is no piece.
    fn count(&self) -> Result<Count, Error> {
        let mut pairs = Vec::new();
        for (d, typed) in DENOMINATIONS.iter().zip(&self.pieces) {
            let typed = typed.trim();
            if typed.is_empty() {
                continue;
            }
            let n: u32 = typed
                .parse()
                .map_err(|_| Error::Cash(CashError::CountSyntax(typed.to_owned())))?;
            pairs.push((Money::from_centimes(*d), n));
        }
        Count::new(pairs)
    }

    pub fn view<'a>(&'a self, ctx: &Context<'a>) -> Element<'a, Message> {
        let tr = ctx.tr;
        let lang = tr.lang();
        let mut page = column![]
            .spacing(SPACE * 1.5)
            .padding(SPACE * 2.0)
            .width(Fill);
        if let Some((kind, path)) = &self.replacing {
            page = page.push(crate::ui::replace::ask(
                tr,
                path,
                Message::KeepFile,
                Message::Save(*kind, true),
            ));
        }
        if let Some((tone, msg)) = &self.notice {
            page = page.push(notice(*tone, say(tr, msg), lang).padding([8, 12]));
        }
        match self.state.as_ref().map(|s| (&s.open, &s.last)) {
            None => {}
            Some((Some(open), _)) => {
                page = page.push(
                    flow(
                        lang,
                        vec![
                            column![figures(open, tr), self.tools(tr)]
                                .spacing(SPACE * 1.5)
                                .into(),
                            self.count_form(open, tr),
                        ],
                    )
                    .spacing(SPACE * 1.5),
                );
            }
            Some((None, last)) => {
                page = page.push(text(tr.text("ui-till-none-open")).size(LARGE).font(BOLD));
                if let Some(z) = last {
                    page = page.push(figures(z, tr));
                }
                page = page.push(self.tools(tr));
            }
        }
        let question = self.question();
        confirm::over(
            scrollable(page).height(Fill),
            question.as_ref(),
            tr,
            Message::KeepOpen,
            Message::ConfirmClose,
            Escape::Here,
        )
    }

    /// Closing, once asked: whose till, counted against expected, the difference, and
    /// that a closed till no longer changes.
    fn question(&self) -> Option<Question> {
        let count = self.closing.as_ref()?;
        let open = self.state.as_ref()?.open.as_ref()?;
        let counted = count.total();
        let expected = open.cash.expected;
        Some(
            Question::new(
                Msg::new("confirm-close-title").arg("user", &open.session.opened_by),
                Msg::new("confirm-close-yes"),
            )
            .line(
                Msg::new("confirm-close-counted")
                    .arg("counted", counted)
                    .arg("expected", expected),
            )
            .line(if counted == expected {
                Msg::new("confirm-close-even")
            } else {
                Msg::new("confirm-close-difference").arg("difference", counted - expected)
            }),
        )
    }

    fn count_form<'a>(
        &'a self,
        open: &'a SessionReport,
        tr: &'a Translator,
    ) -> Element<'a, Message> {
        let lang = tr.lang();
        let counted = self.count().map(|c| c.total()).unwrap_or_default();
        let difference = counted - open.cash.expected;
        let mut rows = column![text(tr.text("ui-till-count")).size(LARGE).font(BOLD)]
            .spacing(SPACE * 0.6)
            .align_x(start(lang));
        for (index, d) in DENOMINATIONS.iter().enumerate() {
            let denomination = Money::from_centimes(*d);
            let typed = self.pieces.get(index).map_or("", String::as_str);
            let pieces: i64 = typed.trim().parse().unwrap_or(0);
            let line = flow(
                lang,
                vec![
                    text(denomination.format(lang)).size(TEXT).width(140).into(),
                    text("×").size(TEXT).into(),
                    text_input("0", typed)
                        .on_input(move |t| Message::Pieces(index, t))
                        .size(TEXT)
                        .padding(6)
                        .width(90)
                        .style(theme::input)
                        .align_x(start(lang))
                        .into(),
                    text(bidi_safe(&Money::from_centimes(d * pieces).format(lang)))
                        .size(TEXT)
                        .width(160)
                        .into(),
                ],
            )
            .spacing(SPACE)
            .align_y(iced::Center);
            rows = rows.push(line);
        }
        let tone = if difference.is_zero() {
            theme::SUCCESS
        } else {
            theme::DANGER
        };
        rows = rows
            .push(amount_line(tr, "ui-till-counted", counted, lang, None))
            .push(amount_line(
                tr,
                "ui-till-difference",
                difference,
                lang,
                Some(tone),
            ))
            .push(
                button(text(tr.text("ui-till-close")).size(TEXT).font(BOLD))
                    .padding([12, 18])
                    .style(theme::button_style(Kind::Primary))
                    .on_press_maybe((!self.busy).then_some(Message::Close)),
            );
        container(rows)
            .padding(SPACE * 1.5)
            .style(theme::panel)
            .into()
    }
}

fn amount_line<'a>(
    tr: &Translator,
    id: &'static str,
    amount: Money,
    lang: Lang,
    color: Option<iced::Color>,
) -> Element<'a, Message> {
    // Whole in Arabic: a thousands space would split the number there.
    let mut value = text(bidi_safe(&amount.format(lang))).size(LARGE).font(BOLD);
    if let Some(color) = color {
        value = value.color(color);
    }
    flow(
        lang,
        vec![text(tr.text(id)).size(TEXT).width(260).into(), value.into()],
    )
    .spacing(SPACE)
    .align_y(iced::Center)
    .into()
}

/// The session's figures, as its X (open) or Z (closed) report says them.
fn figures<'a>(report: &'a SessionReport, tr: &'a Translator) -> Element<'a, Message> {
    let lang = tr.lang();
    let s = &report.session;
    let title = tr.tr(&Msg::new(match &s.closing {
        Some(_) => "ui-till-z-title",
        None => "ui-till-x-title",
    })
    .arg("id", s.id)
    .arg("user", &s.opened_by)
    .arg("time", s.opened_at.format("%d/%m/%Y %H:%M").to_string()));
    let mut lines = column![widget::title(bidi_safe(&title), LARGE, lang)]
        .spacing(SPACE * 0.4)
        .width(Fill)
        .align_x(start(lang));
    let cash = &report.cash;
    for (id, amount) in [
        ("ui-till-sales", report.sales.total),
        ("ui-till-refunds", report.refunds.total),
        ("ui-till-float-line", cash.float),
        ("ui-till-taken", cash.taken - cash.change),
        ("ui-till-cash-refunds", -cash.refunds),
        ("ui-till-pay-ins", cash.pay_ins),
        ("ui-till-pay-outs", -cash.pay_outs),
        ("ui-till-expected", cash.expected),
    ] {
        lines = lines.push(amount_line(tr, id, amount, lang, None));
    }
    if let Some(closing) = &s.closing {
        lines = lines.push(amount_line(
            tr,
            "ui-till-counted",
            closing.counted,
            lang,
            None,
        ));
        lines = lines.push(amount_line(
            tr,
            "ui-till-difference",
            closing.difference,
            lang,
            None,
        ));
    }
    let count = text(tr.tr(&Msg::new("ui-till-sales-count").arg("count", report.sales.count)))
        .size(TEXT)
        .style(theme::muted);
    let drawer =
        text(tr.tr(&Msg::new("ui-till-drawer-count").arg("count", report.drawer_openings)))
            .size(TEXT)
            .style(theme::muted);
    container(
        column![
            lines,
            column![count, drawer]
                .spacing(SPACE * 0.3)
                .width(Fill)
                .align_x(start(lang))
        ]
        .spacing(SPACE)
        .width(Fill),
    )
    .padding(SPACE * 1.5)
    .width(Fill)
    .style(theme::panel)
    .into()
}
