//! The shop's settings for receipts: where the printer is, the paper, what the ticket says
//! at the top and the bottom, the tax identifiers, the drawer. Saved together, in one
//! transaction, in the database's settings (so a backup carries them).

use iced::widget::{button, checkbox, column, container, row, scrollable, text, text_input};
use iced::{Element, Fill, Task};

use crate::Error;
use crate::i18n::{Msg, Translator};
use crate::receipt::printer::PrinterSpec;
use crate::settings;
use crate::ui::layout::{at, flow, say, start};
use crate::ui::store::Store;
use crate::ui::theme::{self, BOLD, Kind, LARGE, SPACE, TEXT, Tone};

/// The text settings, in the order the form shows them, with their labels.
const FIELDS: [(&str, &str); 15] = [
    ("receipt.printer", "set-printer"),
    ("receipt.name_ar", "set-name-ar"),
    ("receipt.name_fr", "set-name-fr"),
    ("receipt.address", "set-address"),
    ("receipt.phone", "set-phone"),
    ("receipt.ice", "set-ice"),
    ("receipt.if", "set-if"),
    ("receipt.rc", "set-rc"),
    ("receipt.tp", "set-tp"),
    ("receipt.header", "set-header"),
    ("receipt.footer", "set-footer"),
    (settings::DISCOUNT_LIMIT_PCT, "set-discount-limit"),
    (settings::LOCK_AFTER_MIN, "set-lock-after"),
    (crate::pdf::print::PRINTER_SETTING, "set-pages-printer"),
    ("receipt.width", "set-width"),
];

/// Settings holding several lines.
const MULTILINE: [&str; 2] = ["receipt.header", "receipt.footer"];

pub const PRINTER: &str = "settings-printer";

#[derive(Debug, Default)]
pub struct Settings {
    values: Vec<String>,
    drawer: bool,
    show_maker: bool,
    text_mode: bool,
    notice: Option<(Tone, Msg)>,
    busy: bool,
}

/// What the form holds, as loaded or to save.
#[derive(Debug, Clone, Default)]
pub struct Values {
    texts: Vec<String>,
    drawer: bool,
    show_maker: bool,
    text_mode: bool,
}

#[derive(Debug, Clone)]
pub enum Message {
    /// The settings were read.
    Loaded(Result<Values, Error>),
    /// A text field changed.
    Edit(usize, String),
    /// Choose the paper: 58 or 80 mm.
    Paper(u32),
    /// Open the cash drawer on cash sales, or not.
    Drawer(bool),
    /// Name the maker of each item on the receipt, or not.
    ShowMaker(bool),
    /// Print Latin text instead of the picture (printers that prefer text; no Arabic).
    TextMode(bool),
    /// Save every setting.
    Save,
    /// The settings were saved, or why not.
    Saved(Result<(), Error>),
    /// Print a test page on the printer as set in the form.
    PrintTest,
    /// The test page was printed, or why not.
    Printed(Result<(), Error>),
}

fn load(store: &Store) -> Task<Message> {
    let store = store.clone();
    Task::perform(
        async move {
            store
                .run(move |conn, _| {
                    let mut texts = Vec::with_capacity(FIELDS.len());
                    for (key, _) in FIELDS {
                        let value = settings::get(conn, key)?.unwrap_or_default();
                        // Header and footer lines are edited on one line, separated by |.
                        texts.push(if MULTILINE.contains(&key) {
                            value.replace('\n', " | ")
                        } else {
                            value
                        });
                    }
                    let flag = |key| -> Result<bool, Error> {
                        Ok(settings::get(conn, key)?.as_deref() == Some("1"))
                    };
                    Ok(Values {
                        texts,
                        drawer: flag("receipt.drawer")?,
                        show_maker: settings::get(conn, "receipt.show_maker")?.as_deref()
                            != Some("0"),
                        text_mode: settings::get(conn, "receipt.mode")?.as_deref() == Some("text"),
                    })
                })
                .await
        },
        Message::Loaded,
    )
}

impl Settings {
    pub fn new(store: &Store) -> (Settings, Task<Message>) {
        (
            Settings {
                busy: true,
                ..Settings::default()
            },
            load(store),
        )
    }

    fn printer(&self) -> Result<PrinterSpec, Error> {
        let text = self.values.first().map_or("", String::as_str);
        if text.trim().is_empty() {
            Ok(PrinterSpec::None)
        } else {
            text.trim().parse()
        }
    }

    pub fn update(&mut self, message: Message, store: &Store) -> Task<Message> {
        match message {
            Message::Loaded(Ok(values)) => {
                self.busy = false;
                self.values = values.texts;
                self.drawer = values.drawer;
                self.show_maker = values.show_maker;
                self.text_mode = values.text_mode;
            }
            Message::Loaded(Err(error))
            | Message::Saved(Err(error))
            | Message::Printed(Err(error)) => {
                self.busy = false;
                self.notice = Some((Tone::Bad, error.msg()));
            }
            Message::Edit(i, text) => {
                if let Some(value) = self.values.get_mut(i) {
                    *value = text;
                }
            }
            Message::Paper(mm) => {
                if let Some(value) = self.values.get_mut(FIELDS.len() - 1) {
                    *value = mm.to_string();
                }
            }
            Message::Drawer(on) => self.drawer = on,
            Message::ShowMaker(on) => self.show_maker = on,
            Message::TextMode(on) => self.text_mode = on,
            Message::Save => {
                if let Err(error) = self.printer() {
                    self.notice = Some((Tone::Bad, error.msg()));
                    return Task::none();
                }
                self.busy = true;
                let store = store.clone();
                let values = Values {
                    texts: self.values.clone(),
                    drawer: self.drawer,
                    show_maker: self.show_maker,
                    text_mode: self.text_mode,
                };
                return Task::perform(save(store, values), Message::Saved);
            }
            Message::Saved(Ok(())) => {
                self.busy = false;
                self.notice = Some((Tone::Good, Msg::new("set-saved")));
            }
            Message::PrintTest => {
                let spec = match self.printer() {
                    Ok(spec) => spec,
                    Err(error) => {
                        self.notice = Some((Tone::Bad, error.msg()));
                        return Task::none();
                    }
                };
                self.busy = true;
                let store = store.clone();
                let mm = self
                    .values
                    .last()
                    .and_then(|w| w.trim().parse().ok())
                    .unwrap_or(58);
                return Task::perform(
                    async move {
                        let job = store
                            .run(move |conn, _| crate::receipt::test_page_job(conn, mm))
                            .await?;
                        crate::ui::store::send_paper(&store, spec, job).await
                    },
                    Message::Printed,
                );
            }
            Message::Printed(Ok(())) => {
                self.busy = false;
                self.notice = Some((Tone::Good, Msg::new("set-test-printed")));
            }
        }
        Task::none()
    }

    pub fn view<'a>(&'a self, tr: &'a Translator) -> Element<'a, Message> {
        let lang = tr.lang();
        let mut form = column![at(
            text(tr.text("set-title")).size(LARGE).font(BOLD),
            start(lang)
        )]
        .spacing(SPACE);
        for (i, (_, label)) in FIELDS.iter().enumerate().take(FIELDS.len() - 1) {
            let value = self.values.get(i).map_or("", String::as_str);
            let mut input = text_input(
                &tr.text(match *label {
                    "set-printer" => "set-printer-hint",
                    "set-pages-printer" => "set-pages-printer-hint",
                    _ => "set-optional",
                }),
                value,
            )
            .on_input(move |t| Message::Edit(i, t))
            .on_submit(Message::Save)
            .size(TEXT)
            .padding(8)
            .style(theme::input);
            if i == 0 {
                input = input.id(PRINTER);
            }
            form = form.push(
                flow(
                    lang,
                    vec![
                        container(text(tr.text(label)).size(TEXT))
                            .width(260)
                            .align_x(start(lang))
                            .into(),
                        input.into(),
                    ],
                )
                .spacing(SPACE)
                .align_y(iced::Center),
            );
        }
        let width = self.values.last().map_or("58", String::as_str);
        let paper: Vec<Element<'a, Message>> = [58, 80]
            .into_iter()
            .map(|mm| {
                let chosen =
                    width.trim() == mm.to_string() || (mm == 58 && width.trim().is_empty());
                button(text(format!("{mm} mm")).size(TEXT))
                    .padding([8, 16])
                    .style(theme::button_style(if chosen {
                        Kind::Selected
                    } else {
                        Kind::Tile
                    }))
                    .on_press(Message::Paper(mm))
                    .into()
            })
            .collect();
        form = form
            .push(
                flow(
                    lang,
                    vec![
                        container(text(tr.text("set-width")).size(TEXT))
                            .width(260)
                            .align_x(start(lang))
                            .into(),
                        container(row(paper).spacing(SPACE))
                            .width(Fill)
                            .align_x(start(lang))
                            .into(),
                    ],
                )
                .spacing(SPACE)
                .align_y(iced::Center),
            )
            .push(
                checkbox(self.drawer)
                    .label(tr.text("set-drawer"))
                    .on_toggle(Message::Drawer)
                    .size(22)
                    .text_size(TEXT),
            )
            .push(
                checkbox(self.show_maker)
                    .label(tr.text("set-show-maker"))
                    .on_toggle(Message::ShowMaker)
                    .size(22)
                    .text_size(TEXT),
            )
            .push(
                checkbox(self.text_mode)
                    .label(tr.text("set-text-mode"))
                    .on_toggle(Message::TextMode)
                    .size(22)
                    .text_size(TEXT),
            );
        if let Some((tone, msg)) = &self.notice {
            form = form.push(
                container(at(text(say(tr, msg)).size(TEXT), start(lang)))
                    .padding(10)
                    .style(theme::notice(*tone)),
            );
        }
        let ready = !self.busy;
        let buttons = flow(
            lang,
            vec![
                button(text(tr.text("set-save")).size(TEXT))
                    .padding([10, 20])
                    .style(theme::button_style(Kind::Primary))
                    .on_press_maybe(ready.then_some(Message::Save))
                    .into(),
                button(text(tr.text("set-print-test")).size(TEXT))
                    .padding([10, 20])
                    .style(theme::button_style(Kind::Tile))
                    .on_press_maybe(ready.then_some(Message::PrintTest))
                    .into(),
            ],
        )
        .spacing(SPACE);
        let content = container(scrollable(form.push(buttons).padding(SPACE * 2.0)).height(Fill))
            .padding(SPACE * 1.5)
            .style(theme::panel);
        container(content)
            .padding(SPACE * 1.5)
            .center_x(Fill)
            .into()
    }
}

async fn save(store: Store, values: Values) -> Result<(), Error> {
    let by = store.acting()?;
    store
        .run(move |conn, clock| {
            let at = clock.now();
            let set = |tx: &rusqlite::Connection, key: &str, value: &str| {
                settings::change_in(tx, at, by, key, value)
            };
            crate::db::write(conn, |tx| {
                for ((key, _), value) in FIELDS.iter().zip(&values.texts) {
                    let value = if MULTILINE.contains(key) {
                        value
                            .split('|')
                            .map(str::trim)
                            .filter(|l| !l.is_empty())
                            .collect::<Vec<_>>()
                            .join("\n")
                    } else {
                        value.trim().to_owned()
                    };
                    set(tx, key, &value)?;
                }
                set(tx, "receipt.drawer", if values.drawer { "1" } else { "0" })?;
                set(
                    tx,
                    "receipt.show_maker",
                    if values.show_maker { "1" } else { "0" },
                )?;
                let mode = if values.text_mode { "text" } else { "raster" };
                set(tx, crate::receipt::pending::MODE_SETTING, mode)
            })
        })
        .await
}
