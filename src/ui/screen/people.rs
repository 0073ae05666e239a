//! The people who use Souk and the audit trail, for administrators: add a volunteer or an
//! administrator with her PIN, give someone a new PIN (which also lifts a lock), change a
//! role, withdraw someone; and read who did which sensitive thing. Every change is checked
//! and written down by the core as the signed-in person.

use iced::widget::{button, column, container, scrollable, text, text_input};
use iced::{Element, Fill, Task};

use crate::Error;
use crate::audit::{self, Entry};
use crate::i18n::{Msg, Translator};
use crate::ui::layout::{at, bidi_safe, flow, say, start};
use crate::ui::screen::{Action, Changed, Context};
use crate::ui::store::Store;
use crate::ui::theme::{self, BOLD, Kind, LARGE, SMALL, SPACE, TEXT, Tone};
use crate::ui::widget::{self, notice, title};
use crate::users::{self, Right, Role, User};

/// How many lines of the trail the screen shows.
const TRAIL: usize = 200;

pub const NAME: &str = "people-name";

#[derive(Debug, Default)]
pub struct People {
    people: Vec<User>,
    trail: Vec<Entry>,
    /// The catalogue's categories, to name a category code the trail holds.
    categories: Vec<crate::catalog::Category>,
    name: String,
    admin: bool,
    pin: String,
    /// Whose new PIN is being typed.
    new_pin_for: Option<User>,
    new_pin: String,
    notice: Option<(Tone, Msg)>,
}

/// What the screen reads: the people, the trail, and the categories the trail may name.
pub type Loaded = (Vec<User>, Vec<Entry>, Vec<crate::catalog::Category>);

#[derive(Debug, Clone)]
pub enum Message {
    Loaded(Result<Loaded, Error>),
    Name(String),
    Admin(bool),
    Pin(String),
    Add,
    NewPinFor(Option<User>),
    NewPin(String),
    SaveNewPin,
    SetRole(User, Role),
    Withdraw(User),
    /// A change was saved (the message to show), or why not.
    Done(Result<Msg, Error>),
}

fn load(store: &Store) -> Task<Message> {
    let store = store.clone();
    Task::perform(
        async move {
            let by = store.acting()?;
            store
                .run(move |conn, _| {
                    users::rights::require(conn, by, Right::Audit)?;
                    Ok((
                        users::list(conn)?,
                        audit::list(conn, TRAIL)?,
                        crate::catalog::categories(conn)?,
                    ))
                })
                .await
        },
        Message::Loaded,
    )
}

/// Runs a change as the signed-in person, then reads everything again.
fn change(
    store: &Store,
    work: impl FnOnce(&mut rusqlite::Connection, &dyn crate::clock::Clock, i64) -> Result<Msg, Error>
    + Send
    + 'static,
) -> Task<Message> {
    let store = store.clone();
    Task::perform(
        async move {
            let by = store.acting()?;
            store.run(move |conn, clock| work(conn, clock, by)).await
        },
        Message::Done,
    )
}

impl People {
    pub fn new(store: &Store) -> (People, Task<Message>) {
        (People::default(), load(store))
    }

    pub fn update(&mut self, message: Message, ctx: &Context<'_>) -> Action<Message> {
        let store = ctx.store;
        match message {
            Message::Loaded(Ok((people, trail, categories))) => {
                self.categories = categories;
                self.people = people;
                self.trail = trail;
            }
            Message::Loaded(Err(error)) | Message::Done(Err(error)) => {
                self.notice = Some((Tone::Bad, error.msg()));
            }
            Message::Name(text) => self.name = text,
            Message::Admin(on) => self.admin = on,
            Message::Pin(text) => self.pin = text,
            Message::Add => {
                let (name, pin) = (self.name.trim().to_owned(), self.pin.clone());
                let role = if self.admin {
                    Role::Admin
                } else {
                    Role::Volunteer
                };
                return Action::Run(change(store, move |conn, clock, by| {
                    let user = users::enrol(conn, clock, Some(by), &name, role, &pin)?;
                    Ok(Msg::new("user-added")
                        .arg("name", &user.name)
                        .arg("role", Msg::new(role_id(user.role))))
                }));
            }
            Message::NewPinFor(user) => {
                self.new_pin_for = user;
                self.new_pin.clear();
            }
            Message::NewPin(text) => self.new_pin = text,
            Message::SaveNewPin => {
                let Some(user) = self.new_pin_for.clone() else {
                    return Action::None;
                };
                let pin = std::mem::take(&mut self.new_pin);
                return Action::Run(change(store, move |conn, clock, by| {
                    users::change_pin(conn, clock, by, user.id, &pin)?;
                    Ok(Msg::new("user-pin-changed").arg("name", &user.name))
                }));
            }
            Message::SetRole(user, role) => {
                return Action::Run(change(store, move |conn, clock, by| {
                    let user = users::change(conn, clock, by, user.id, role, true)?;
                    Ok(Msg::new("user-role-changed")
                        .arg("name", &user.name)
                        .arg("role", Msg::new(role_id(user.role))))
                }));
            }
            Message::Withdraw(user) => {
                return Action::Run(change(store, move |conn, clock, by| {
                    users::change(conn, clock, by, user.id, user.role, false)?;
                    Ok(Msg::new("user-withdrawn").arg("name", &user.name))
                }));
            }
            Message::Done(Ok(said)) => {
                self.notice = Some((Tone::Good, said));
                self.name.clear();
                self.pin.clear();
                self.new_pin_for = None;
                return Action::Did(Changed::People, load(store));
            }
        }
        Action::None
    }

    pub fn view<'a>(&'a self, ctx: &Context<'a>) -> Element<'a, Message> {
        let tr = ctx.tr;
        let lang = tr.lang();
        let mut list = column![title(tr.text("people-title"), LARGE, lang)].spacing(SPACE);
        for user in self.people.iter().filter(|u| u.active) {
            list = list.push(self.person(tr, user));
        }
        if let Some((tone, msg)) = &self.notice {
            list = list.push(notice(*tone, say(tr, msg), lang).padding(10));
        }
        list = list.push(self.add_form(tr));
        let left = container(scrollable(list.padding(SPACE)).height(Fill))
            .padding(SPACE)
            .width(iced::Length::FillPortion(3))
            .style(theme::panel);
        let right = container(scrollable(self.trail(tr).padding(SPACE)).height(Fill))
            .padding(SPACE)
            .width(iced::Length::FillPortion(2))
            .style(theme::panel);
        container(flow(lang, vec![left.into(), right.into()]).spacing(SPACE * 1.5))
            .padding(SPACE * 1.5)
            .into()
    }

    fn person<'a>(&'a self, tr: &'a Translator, user: &'a User) -> Element<'a, Message> {
        let lang = tr.lang();
        let small = |id: &'static str, message: Message| -> Element<'a, Message> {
            button(text(tr.text(id)).size(SMALL))
                .padding([6, 10])
                .style(theme::button_style(Kind::Tile))
                .on_press(message)
                .into()
        };
        let other_role = match user.role {
            Role::Admin => Role::Volunteer,
            Role::Volunteer => Role::Admin,
        };
        let who = flow(
            lang,
            vec![
                text(user.name.clone()).size(TEXT).font(BOLD).into(),
                text(tr.text(role_id(user.role)))
                    .size(TEXT)
                    .style(theme::muted)
                    .into(),
            ],
        )
        .spacing(SPACE);
        let mut items: Vec<Element<'a, Message>> = vec![
            small("people-new-pin", Message::NewPinFor(Some(user.clone()))),
            small(
                match other_role {
                    Role::Admin => "people-make-admin",
                    Role::Volunteer => "people-make-volunteer",
                },
                Message::SetRole(user.clone(), other_role),
            ),
            small("people-withdraw", Message::Withdraw(user.clone())),
        ];
        if self.new_pin_for.as_ref().is_some_and(|u| u.id == user.id) {
            items.push(
                text_input(&tr.text("people-pin"), &self.new_pin)
                    .secure(true)
                    .on_input(Message::NewPin)
                    .on_submit(Message::SaveNewPin)
                    .size(TEXT)
                    .padding(6)
                    .width(120)
                    .style(theme::input)
                    .into(),
            );
        }
        column![
            who,
            flow(lang, items).spacing(SPACE * 0.6).align_y(iced::Center)
        ]
        .spacing(SPACE * 0.4)
        .align_x(start(lang))
        .into()
    }

    fn add_form<'a>(&'a self, tr: &'a Translator) -> Element<'a, Message> {
        let lang = tr.lang();
        let role = |admin: bool, id: &'static str| -> Element<'a, Message> {
            let kind = if self.admin == admin {
                Kind::Selected
            } else {
                Kind::Tile
            };
            button(text(tr.text(id)).size(TEXT))
                .padding([8, 12])
                .style(theme::button_style(kind))
                .on_press(Message::Admin(admin))
                .into()
        };
        let names = flow(
            lang,
            vec![
                text_input(&tr.text("people-name"), &self.name)
                    .id(NAME)
                    .on_input(Message::Name)
                    .on_submit(Message::Add)
                    .size(TEXT)
                    .padding(8)
                    .width(200)
                    .style(theme::input)
                    .into(),
                text_input(&tr.text("people-pin"), &self.pin)
                    .secure(true)
                    .on_input(Message::Pin)
                    .on_submit(Message::Add)
                    .size(TEXT)
                    .padding(8)
                    .width(140)
                    .style(theme::input)
                    .into(),
            ],
        )
        .spacing(SPACE * 0.6)
        .align_y(iced::Center);
        let fields = flow(
            lang,
            vec![
                role(false, "role-volunteer"),
                role(true, "role-admin"),
                button(text(tr.text("people-add")).size(TEXT))
                    .padding([8, 16])
                    .style(theme::button_style(Kind::Primary))
                    .on_press(Message::Add)
                    .into(),
            ],
        )
        .spacing(SPACE * 0.6)
        .align_y(iced::Center);
        column![
            title(tr.text("people-add-title"), TEXT, lang),
            names,
            fields
        ]
        .spacing(SPACE * 0.6)
        .into()
    }

    fn trail<'a>(&'a self, tr: &'a Translator) -> iced::widget::Column<'a, Message> {
        let lang = tr.lang();
        let mut list = column![title(tr.text("audit-title"), LARGE, lang)].spacing(SPACE * 0.4);
        for entry in &self.trail {
            let who = match (&entry.user, &entry.operator) {
                (Some(u), Some(o)) => format!("{u} ({o})"),
                (Some(u), None) => u.clone(),
                (None, _) => "—".to_owned(),
            };
            let when = crate::clock::local(entry.at)
                .format("%d/%m %H:%M")
                .to_string();
            let action = audit::Action::from_code(&entry.action);
            let what = action.map_or_else(|| entry.action.clone(), |a| tr.text(a.msg_id()));
            // A setting is named as its screen names it, never by its key.
            let subject = match (action, entry.subject.as_str()) {
                (Some(audit::Action::SettingChanged), key) => crate::settings::label(key)
                    .map_or_else(|| entry.subject.clone(), |id| tr.text(id)),
                (Some(audit::Action::CatalogueImported), "products") => tr.text("cat-tab-products"),
                (Some(audit::Action::CatalogueImported), "producers") => {
                    tr.text("cat-tab-producers")
                }
                _ => entry.subject.clone(),
            };
            // Four texts set side by side in reading order: one mixed-direction string put
            // the date last in Arabic.
            let parts = [when, who, what, subject]
                .into_iter()
                .map(|part| text(part).size(SMALL).into())
                .collect();
            list = list.push(at(
                flow(lang, parts).spacing(SPACE * 0.8).wrap(),
                start(lang),
            ));
            // The values before and after, as the rules ask of the trail.
            let changes: Vec<String> = entry
                .changes()
                .into_iter()
                .map(|c| {
                    let field = field_name(tr, &c.field);
                    let value = |v: Option<String>| {
                        v.map(|v| field_value(tr, &c.field, v, &self.categories))
                    };
                    // The arrow points the way she reads: before, then after.
                    // Marked right to left, or between two Latin values it would take their direction.
                    let arrow = if lang.is_rtl() {
                        "\u{200f}←\u{200f}"
                    } else {
                        "→"
                    };
                    // French puts a space before its colon.
                    let colon = if lang == crate::i18n::Lang::Fr {
                        "\u{a0}:"
                    } else {
                        ":"
                    };
                    match (value(c.before), value(c.after)) {
                        (Some(before), Some(after)) => {
                            format!("{field}{colon} {before} {arrow} {after}")
                        }
                        (None, Some(after)) => format!("{field}{colon} {after}"),
                        (Some(before), None) => format!("{field}{colon} {before} {arrow} —"),
                        (None, None) => field,
                    }
                })
                .collect();
            if !changes.is_empty() {
                let said = changes.join(" · ");
                let said = if lang.is_rtl() {
                    bidi_safe(&said)
                } else {
                    said
                };
                list = list.push(widget::hint(said, SMALL, lang));
            }
        }
        list
    }
}

/// The name of a value the trail shows, in the reader's language when it is a known one.
fn field_name(tr: &Translator, field: &str) -> String {
    let id = match field {
        "amount" => "audit-field-amount",
        "advance" => "audit-field-advance",
        "balance_before" => "audit-field-balance-before",
        "method" => "audit-field-method",
        "statements" => "audit-field-statements",
        "discount" => "audit-field-discount",
        "gross" => "audit-field-gross",
        "counted" => "audit-field-counted",
        "difference" => "audit-field-difference",
        "expected" => "audit-field-expected",
        "value" => "audit-field-value",
        "role" => "audit-field-role",
        "active" => "audit-field-active",
        "reason" => "audit-field-reason",
        "price" => "audit-field-price",
        "name_fr" => "audit-field-name-fr",
        "name_ar" => "audit-field-name-ar",
        "name_latin" => "audit-field-name-latin",
        "category" => "audit-field-category",
        "unit" => "audit-field-unit",
        "barcode" => "audit-field-barcode",
        "share_rate" => "audit-field-share-rate",
        "phone" => "audit-field-phone",
        "workshop" => "audit-field-workshop",
        "stock" => "audit-field-stock",
        "total" => "audit-field-total",
        "added" => "audit-field-added",
        "updated" => "audit-field-updated",
        "refund" => "audit-field-refund",
        "sku" => "audit-field-sku",
        "producer" => "audit-field-producer",
        "stock_tracked" => "audit-field-stock-tracked",
        "code" => "audit-field-code",
        "joined" => "audit-field-joined",
        "sales" => "audit-field-sales",
        "by" => "audit-field-by",
        other => return other.replace('_', " "),
    };
    tr.text(id)
}

/// The trail's fields that hold an amount of money, kept as `1250.00`.
const MONEY: [&str; 9] = [
    "amount",
    "balance_before",
    "discount",
    "gross",
    "counted",
    "difference",
    "expected",
    "price",
    "total",
];

/// A value as the trail shows it: amounts, numbers, flags, roles, units, categories and
/// payment methods as the reader writes them, never a decimal point or a code.
fn field_value(
    tr: &Translator,
    field: &str,
    value: String,
    categories: &[crate::catalog::Category],
) -> String {
    let lang = tr.lang();
    let (negative, digits) = match value.trim().strip_prefix('-') {
        Some(digits) => (true, digits),
        None => (false, value.trim()),
    };
    if MONEY.contains(&field)
        && let Ok(money) = crate::money::Money::parse(digits)
    {
        return if negative { -money } else { money }.format(lang);
    }
    if field == "category"
        && let Some(c) = categories.iter().find(|c| c.code == value)
    {
        return c.name(lang).to_owned();
    }
    if field == "share_rate" && !value.is_empty() && value != "—" {
        return format!("{} %", decimal_mark(&value, lang));
    }
    if matches!(field, "stock" | "value") && value.parse::<f64>().is_ok() {
        return decimal_mark(&value, lang);
    }
    let id = match (field, value.as_str()) {
        ("unit", "piece") => "unit-piece",
        ("unit", "kg") => "unit-kg",
        (_, "true") => "audit-yes",
        (_, "false") => "audit-no",
        ("role", "admin") => "role-admin",
        ("role", "volunteer") => "role-volunteer",
        ("method", "cash") => "method-cash",
        ("method", "transfer") => "method-transfer",
        ("method", "card") => "method-card",
        _ => return value,
    };
    tr.text(id)
}

fn role_id(role: Role) -> &'static str {
    match role {
        Role::Admin => "role-admin",
        Role::Volunteer => "role-volunteer",
    }
}

/// A plain number (`12.5`) with the language's decimal mark (`12,5` in French and Arabic).
fn decimal_mark(value: &str, lang: crate::i18n::Lang) -> String {
    match lang {
        crate::i18n::Lang::En => value.to_owned(),
        _ => value.replace('.', ","),
    }
}
