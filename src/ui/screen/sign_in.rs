//! Signing in at the counter, and an administrator approving one action for a volunteer:
//! big buttons with people's names, then her PIN. The PIN is checked by the core (hashed,
//! counted, slowed down after wrong tries); this screen only shows what it answered.

use iced::widget::{Id, button, column, container, operation, text, text_input};
use iced::{Element, Fill, Task};

use crate::Error;
use crate::i18n::Msg;
use crate::ui::layout::{at, flow, start};
use crate::ui::screen::{Action, Context};
use crate::ui::theme::{self, BOLD, HUGE, Kind, LARGE, SPACE, TEXT, Tone};
use crate::ui::widget::notice;
use crate::users::{Role, User, pin};

const PIN_FIELD: &str = "sign-in-pin";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Purpose {
    /// Who is at the counter from now on.
    SignIn,
    /// An administrator lets the volunteer's next action through.
    Approve,
}

#[derive(Debug)]
pub struct SignIn {
    purpose: Purpose,
    chosen: Option<User>,
    pin: String,
    notice: Option<Msg>,
    /// A PIN is being checked (off the window's thread): another Enter waits for it.
    checking: bool,
}

#[derive(Debug, Clone)]
pub enum Message {
    Choose(User),
    Pin(String),
    Submit,
    /// The core's answer to the PIN: who signed in, or why not.
    Checked(Result<User, Error>),
    /// Keys typed while her PIN field did not have the focus.
    Typed(String),
    Cancel,
}

impl SignIn {
    pub fn new(purpose: Purpose) -> SignIn {
        SignIn {
            purpose,
            chosen: None,
            pin: String::new(),
            notice: None,
            checking: false,
        }
    }

    pub fn purpose(&self) -> Purpose {
        self.purpose
    }

    /// Her PIN field takes the focus once her name is chosen.
    pub fn focus(&self) -> Task<Message> {
        if self.chosen.is_some() {
            operation::focus(Id::new(PIN_FIELD))
        } else {
            Task::none()
        }
    }

    fn take_pin(&mut self, typed: String) {
        if typed.chars().count() <= 8 && pin::normalize(&format!("{typed}0000")).is_ok() {
            self.pin = typed;
        }
    }

    /// `Action::SignedIn` with who typed the right PIN, `Action::Left` on "Cancel".
    pub fn update(&mut self, message: Message, ctx: &Context<'_>) -> Action<Message> {
        let store = ctx.store;
        match message {
            Message::Choose(user) => {
                self.chosen = Some(user);
                self.pin.clear();
                self.notice = None;
                return Action::Run(operation::focus(Id::new(PIN_FIELD)));
            }
            // Only digits reach the field (Arabic-Indic ones too), at most eight.
            Message::Pin(typed) => self.take_pin(typed),
            Message::Typed(keys) => {
                if self.chosen.is_some() {
                    self.take_pin(format!("{}{keys}", self.pin));
                }
            }
            Message::Submit => {
                let Some(user) = &self.chosen else {
                    return Action::None;
                };
                if self.checking {
                    return Action::None;
                }
                self.checking = true;
                let name = user.name.clone();
                let typed = std::mem::take(&mut self.pin);
                let store = store.clone();
                return Action::Run(Task::perform(
                    async move {
                        store
                            .run(move |conn, clock| pin::login(conn, clock, &name, &typed))
                            .await
                    },
                    Message::Checked,
                ));
            }
            Message::Checked(answer) => {
                self.checking = false;
                match answer {
                    Ok(user) => return Action::SignedIn(user),
                    Err(error) => {
                        self.notice = Some(refusal(&error));
                        return Action::Run(operation::focus(Id::new(PIN_FIELD)));
                    }
                }
            }
            Message::Cancel => return Action::Left,
        }
        Action::None
    }

    pub fn view<'a>(&'a self, ctx: &Context<'a>) -> Element<'a, Message> {
        let (tr, people) = (ctx.tr, ctx.users);
        let lang = tr.lang();
        let (title, hint) = match self.purpose {
            Purpose::SignIn => ("ui-signin-title", None),
            Purpose::Approve => ("ui-signin-approve-title", Some("ui-signin-approve-hint")),
        };
        let names: Vec<Element<'a, Message>> = people
            .iter()
            .filter(|u| u.active && (self.purpose == Purpose::SignIn || u.role == Role::Admin))
            .map(|u| {
                let kind = if self.chosen.as_ref().is_some_and(|c| c.id == u.id) {
                    Kind::Selected
                } else {
                    Kind::Tile
                };
                button(text(u.name.clone()).size(LARGE).font(BOLD))
                    .padding([18, 28])
                    .style(theme::button_style(kind))
                    .on_press(Message::Choose(u.clone()))
                    .into()
            })
            .collect();
        let mut content = column![text(tr.text(title)).size(HUGE).font(BOLD)]
            .spacing(SPACE * 1.5)
            .align_x(start(lang))
            .max_width(900);
        if let Some(hint) = hint {
            content = content.push(at(text(tr.text(hint)).size(TEXT), start(lang)));
        }
        content = content.push(flow(lang, names).spacing(SPACE));
        if let Some(user) = &self.chosen {
            let field = text_input("", &self.pin)
                .id(PIN_FIELD)
                .secure(true)
                .on_input(Message::Pin)
                .on_submit(Message::Submit)
                .size(HUGE)
                .padding(12)
                .width(260)
                .style(theme::input);
            let ok = button(text(tr.text("ui-signin-ok")).size(LARGE))
                .padding([14, 24])
                .style(theme::button_style(Kind::Primary))
                .on_press(Message::Submit);
            content = content
                .push(text(tr.tr(&Msg::new("ui-signin-pin").arg("name", &user.name))).size(LARGE))
                .push(flow(lang, vec![field.into(), ok.into()]).spacing(SPACE));
        }
        if let Some(msg) = &self.notice {
            content = content.push(notice(Tone::Bad, tr.tr(msg), lang).padding(10));
        }
        if self.purpose == Purpose::Approve {
            content = content.push(
                button(text(tr.text("ui-signin-cancel")).size(TEXT))
                    .padding([10, 18])
                    .style(theme::button_style(Kind::Plain))
                    .on_press(Message::Cancel),
            );
        }
        // Anchored at the top, so the buttons stay put when the PIN field appears under them.
        container(content)
            .center_x(Fill)
            .padding([SPACE * 12.0, SPACE * 3.0])
            .into()
    }
}

/// What to tell the person at the keypad.
fn refusal(error: &Error) -> Msg {
    error.msg()
}
