//! The first start on an empty database: the shop's name in Arabic and in French (the two
//! lines at the top of every receipt) and its first administrator, or the demo shop.

use crate::Error;
use crate::i18n::Msg;
use iced::widget::{button, column, container, text, text_input};
use iced::{Element, Fill, Task};

use crate::ui::layout::{at, flow, start};
use crate::ui::screen::{Action, Context};
use crate::ui::store::{self, Store};
use crate::ui::theme::{self, BOLD, HUGE, Kind, LARGE, SPACE, TEXT, Tone};
use crate::ui::widget::{self, notice};

#[derive(Debug, Default)]
pub struct FirstRun {
    /// The shop's name in French (and the window's title).
    shop_name: String,
    shop_name_ar: String,
    admin: String,
    pin: String,
    notice: Option<Msg>,
    working: bool,
}

#[derive(Debug, Clone)]
pub enum Message {
    /// The shop's name in French.
    ShopName(String),
    /// The shop's name in Arabic.
    ShopNameAr(String),
    Admin(String),
    Pin(String),
    /// Create the shop with its name and administrator.
    Create,
    /// Fill the database with the demo shop.
    LoadDemo,
    /// The shop was set up, or why not.
    SetUp(Result<(), Error>),
}

impl FirstRun {
    /// `Action::SetUp` once the shop exists: the window reads everything again and opens
    /// the counter.
    pub fn update(&mut self, message: Message, ctx: &Context<'_>) -> Action<Message> {
        let store = ctx.store;
        match message {
            Message::ShopName(text) => self.shop_name = text,
            Message::ShopNameAr(text) => self.shop_name_ar = text,
            Message::Admin(text) => self.admin = text,
            Message::Pin(text) => self.pin = text,
            Message::Create | Message::LoadDemo if self.working => {}
            Message::Create => {
                let unnamed =
                    self.shop_name.trim().is_empty() && self.shop_name_ar.trim().is_empty();
                if unnamed || self.admin.trim().is_empty() {
                    self.notice = Some(Msg::new("ui-first-needed"));
                    return Action::None;
                }
                if let Err(error) = crate::users::pin::normalize(&self.pin) {
                    self.notice = Some(error.msg());
                    return Action::None;
                }
                return self.set_up(store, false);
            }
            Message::LoadDemo => return self.set_up(store, true),
            Message::SetUp(Ok(())) => return Action::SetUp,
            Message::SetUp(Err(error)) => {
                self.working = false;
                self.notice = Some(error.msg());
            }
        }
        Action::None
    }

    fn set_up(&mut self, store: &Store, with_demo: bool) -> Action<Message> {
        self.working = true;
        let store = store.clone();
        let (fr, ar) = (
            self.shop_name.trim().to_owned(),
            self.shop_name_ar.trim().to_owned(),
        );
        // The window's title: the French name, else the Arabic one.
        let name = [&fr, &ar]
            .into_iter()
            .find(|n| !n.is_empty())
            .cloned()
            .unwrap_or_else(|| "Souk".to_owned());
        let shop = crate::setup::NewShop {
            name_ar: ar,
            name_fr: fr,
            title: name,
            admin: (!with_demo).then(|| (self.admin.clone(), self.pin.clone())),
        };
        Action::Run(Task::perform(store::set_up(store, shop), Message::SetUp))
    }

    pub fn view<'a>(&'a self, ctx: &Context<'a>) -> Element<'a, Message> {
        let tr = ctx.tr;
        let lang = tr.lang();
        let field = |placeholder: String, value: &'a str, on_input: fn(String) -> Message| {
            text_input(&placeholder, value)
                .on_input(on_input)
                .on_submit(Message::Create)
                .size(LARGE)
                .padding(12)
                .align_x(start(lang))
                .style(theme::input)
        };
        let mut form = column![
            text(tr.text("ui-first-title")).size(HUGE).font(BOLD),
            at(text(tr.text("ui-first-intro")).size(TEXT), start(lang)),
            text(tr.text("ui-first-name-ar")).size(TEXT),
            field(
                crate::receipt::layout::DEFAULT_NAME_AR.to_owned(),
                &self.shop_name_ar,
                Message::ShopNameAr
            )
            .align_x(iced::alignment::Horizontal::Right),
            text(tr.text("ui-first-name-fr")).size(TEXT),
            field(
                crate::receipt::layout::DEFAULT_NAME_FR.to_owned(),
                &self.shop_name,
                Message::ShopName
            )
            .align_x(iced::alignment::Horizontal::Left),
            text(tr.text("ui-first-admin")).size(TEXT),
            field(String::new(), &self.admin, Message::Admin),
            text(tr.text("ui-first-pin")).size(TEXT),
            field(String::new(), &self.pin, Message::Pin).secure(true),
        ]
        .spacing(SPACE)
        .align_x(start(lang))
        .max_width(640);
        if let Some(msg) = &self.notice {
            form = form.push(notice(Tone::Bad, tr.tr(msg), lang).padding(10));
        }
        let buttons = flow(
            lang,
            vec![
                button(text(tr.text("ui-first-create")).size(LARGE))
                    .padding([12, 20])
                    .style(theme::button_style(Kind::Primary))
                    .on_press_maybe((!self.working).then_some(Message::Create))
                    .into(),
                button(text(tr.text("ui-first-demo")).size(LARGE))
                    .padding([12, 20])
                    .style(theme::button_style(Kind::Tile))
                    .on_press_maybe((!self.working).then_some(Message::LoadDemo))
                    .into(),
            ],
        )
        .spacing(SPACE);
        let demo_hint = widget::hint(tr.text("ui-first-demo-pins"), TEXT, lang);
        container(form.push(buttons).push(demo_hint))
            .center(Fill)
            .padding(SPACE * 3.0)
            .into()
    }
}
