//! The intake screen's correction: a deposit or a return was recorded wrong (one piece
//! fewer came in than the slip says). The volunteer picks the paper among the producer's
//! recent ones or types its number from the slip, sees its lines and types the difference
//! of each; the core records a new, signed correction (`intake::correct`) and checks who
//! may (the Catalogue right: an administrator, or her approval). The wrong paper stays.

use iced::widget::{button, column, container, text, text_input};
use iced::{Element, Fill, Task};

use crate::Error;
use crate::error::UsersError;
use crate::i18n::{Lang, Msg, Translator};
use crate::intake::correction::{self, Paper};
use crate::intake::{self, Deposit, Kind};
use crate::ui::layout::{at, bidi_safe, end, flow, start};
use crate::ui::store::Store;
use crate::ui::theme::{self, Kind as Look, SMALL, SPACE, TEXT};
use crate::ui::widget::{self, title};

pub const NUMBER: &str = "intake-correct-number";
/// How many of her papers are offered to pick from.
const RECENT: usize = 8;

/// The difference field of line `i`.
pub fn difference_id(i: usize) -> String {
    format!("intake-correct-line-{i}")
}

#[derive(Debug, Default)]
pub struct Correction {
    number: String,
    /// The producer's recent intakes and returns.
    papers: Vec<Paper>,
    /// The paper being corrected, and the difference typed for each of its lines.
    opened: Option<Deposit>,
    differences: Vec<String>,
}

#[derive(Debug, Clone)]
pub enum Message {
    Number(String),
    /// Open the paper whose number was typed.
    Open,
    /// Open one of her recent papers.
    Pick(String),
    Papers(Result<Vec<Paper>, Error>),
    Opened(Result<Deposit, Error>),
    Difference(usize, String),
    Record,
    /// The correction was recorded, or why not; the intake screen takes it from here.
    Recorded(Result<Deposit, Error>),
}

/// Reads the producer `code`'s recent papers.
pub fn load(store: &Store, code: &str) -> Task<Message> {
    let (store, code) = (store.clone(), code.trim().to_owned());
    Task::perform(
        async move {
            store
                .run(move |conn, _| correction::recent(conn, &code, RECENT))
                .await
        },
        Message::Papers,
    )
}

fn kind_text(kind: Kind) -> &'static str {
    match kind {
        Kind::Intake => "intake-ui-in",
        Kind::Return => "intake-ui-back",
        Kind::Correction => "intake-ui-correct",
    }
}

impl Correction {
    /// What follows the message; an error is the intake screen's to say.
    pub fn update(
        &mut self,
        message: Message,
        store: &Store,
        user: Option<i64>,
    ) -> Result<Task<Message>, Error> {
        match message {
            Message::Number(text) => self.number = text,
            Message::Open => return Ok(self.open(store, self.number.clone())),
            Message::Pick(number) => {
                self.number.clone_from(&number);
                return Ok(self.open(store, number));
            }
            Message::Papers(papers) => self.papers = papers?,
            Message::Opened(deposit) => {
                let deposit = deposit?;
                self.differences = vec![String::new(); deposit.lines.len()];
                self.opened = Some(deposit);
            }
            Message::Difference(i, text) => {
                if let Some(slot) = self.differences.get_mut(i) {
                    *slot = text;
                }
            }
            Message::Record => return self.record(store, user),
            // Handled by the intake screen.
            Message::Recorded(_) => {}
        }
        Ok(Task::none())
    }

    fn open(&mut self, store: &Store, number: String) -> Task<Message> {
        self.opened = None;
        self.differences.clear();
        let store = store.clone();
        Task::perform(
            async move {
                store
                    .run(move |conn, _| intake::load(conn, number.trim()))
                    .await
            },
            Message::Opened,
        )
    }

    fn record(&mut self, store: &Store, user: Option<i64>) -> Result<Task<Message>, Error> {
        let Some(deposit) = &self.opened else {
            return Ok(Task::none());
        };
        let user_id = user.ok_or(Error::Users(UsersError::UserNeeded))?;
        let mut items = Vec::new();
        for (line, typed) in deposit.lines.iter().zip(&self.differences) {
            if let Some(q) = correction::difference(typed, line.unit)? {
                items.push((line.sku.clone(), q));
            }
        }
        let (store, number) = (store.clone(), deposit.number.clone());
        Ok(Task::perform(
            async move {
                store
                    .run(move |conn, clock| intake::correct(conn, clock, &number, user_id, items))
                    .await
            },
            Message::Recorded,
        ))
    }

    /// The correction is recorded: the paper closes, her list shows it no more as open.
    pub fn done(&mut self) {
        self.opened = None;
        self.differences.clear();
        self.number.clear();
    }

    pub fn view<'a>(&'a self, tr: &'a Translator) -> Element<'a, Message> {
        let lang = tr.lang();
        let action =
            |label: String, look: Look, message: Option<Message>| -> Element<'a, Message> {
                button(text(label).size(TEXT))
                    .padding([8, 16])
                    .style(theme::button_style(look))
                    .on_press_maybe(message)
                    .into()
            };
        let mut col = column![
            title(tr.text("intake-ui-correct-title"), TEXT, lang),
            widget::hint(tr.text("intake-ui-correct-hint"), SMALL, lang),
            flow(
                lang,
                vec![
                    text_input(&tr.text("intake-ui-correct-number"), &self.number)
                        .id(NUMBER)
                        .size(TEXT)
                        .padding(8)
                        .style(theme::input)
                        .align_x(start(lang))
                        .on_input(Message::Number)
                        .on_submit(Message::Open)
                        .width(Fill)
                        .into(),
                    action(
                        tr.text("intake-ui-correct-open"),
                        Look::Tile,
                        Some(Message::Open)
                    ),
                ],
            )
            .spacing(SPACE),
        ]
        .spacing(SPACE * 0.6);
        if !self.papers.is_empty() {
            let papers = self
                .papers
                .iter()
                .map(|p| {
                    let label = format!(
                        "{} · {} · {}",
                        p.number,
                        tr.text(kind_text(p.kind)),
                        p.business_day
                    );
                    let look = if self.opened.as_ref().is_some_and(|d| d.number == p.number) {
                        Look::Selected
                    } else {
                        Look::Tile
                    };
                    button(text(bidi_safe(&label)).size(SMALL))
                        .padding([6, 10])
                        .style(theme::button_style(look))
                        .on_press(Message::Pick(p.number.clone()))
                        .into()
                })
                .collect();
            col = col.push(at(
                flow(lang, papers).spacing(SPACE * 0.5).wrap(),
                start(lang),
            ));
        }
        if let Some(deposit) = &self.opened {
            col = col.push(self.lines(deposit, tr));
            col = col.push(at(
                action(
                    tr.text("intake-ui-correct-record"),
                    Look::Primary,
                    Some(Message::Record),
                ),
                start(lang),
            ));
        }
        container(col)
            .padding(SPACE)
            .style(theme::notice(theme::Tone::Info))
            .into()
    }

    /// The paper's lines: what was recorded, and the difference to type.
    fn lines<'a>(&'a self, deposit: &'a Deposit, tr: &'a Translator) -> Element<'a, Message> {
        let lang = tr.lang();
        let head = Msg::new("intake-ui-correct-paper")
            .arg("number", &deposit.number)
            .arg("kind", Msg::new(kind_text(deposit.kind)))
            .arg("day", &deposit.business_day)
            .arg("producer", &deposit.producer);
        let mut col = column![title(bidi_safe(&tr.tr(&head)), TEXT, lang)].spacing(SPACE * 0.4);
        for (i, line) in deposit.lines.iter().enumerate() {
            let name = if lang == Lang::Ar {
                &line.name_ar
            } else {
                &line.name_fr
            };
            let label = bidi_safe(&format!("{}  {name}", line.sku));
            let typed = self.differences.get(i).map_or("", String::as_str);
            col = col.push(
                flow(
                    lang,
                    vec![
                        container(at(text(label).size(TEXT), start(lang)))
                            .width(Fill)
                            .into(),
                        container(text(line.quantity.abs().format(line.unit, lang)).size(TEXT))
                            .width(120)
                            .align_x(end(lang))
                            .into(),
                        text_input(&tr.text("intake-ui-correct-difference"), typed)
                            .id(difference_id(i))
                            .size(TEXT)
                            .padding(6)
                            .style(theme::input)
                            .align_x(start(lang))
                            .on_input(move |t| Message::Difference(i, t))
                            .width(140)
                            .into(),
                    ],
                )
                .spacing(SPACE)
                .align_y(iced::Center),
            );
        }
        col.into()
    }
}
