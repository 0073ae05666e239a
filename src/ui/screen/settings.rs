//! The shop's settings for receipts: where the printer is, the paper, what the ticket says
//! at the top and the bottom, the tax identifiers, the drawer, the volunteers' limits; the
//! scale; the backups (see [`super::backups`]).
//!
//! Every field shows the value in force (the default when none was ever saved), so a
//! screen saved untouched changes nothing. Saving writes only the fields that differ from
//! what was read, each checked first and refused in words naming its label; then all of
//! them in one transaction (so a backup carries them).

use iced::widget::{button, column, container, row, scrollable, text, text_input};
use iced::{Element, Fill, Task};

use crate::Error;
use crate::i18n::Msg;
use crate::receipt::ShopInfo;
use crate::receipt::printer::PrinterSpec;
use crate::settings::{self, Form};
use crate::ui::layout::{at, flow, say, start};
use crate::ui::screen::{Action, Changed, Context};
use crate::ui::store::Store;
use crate::ui::theme::{self, Kind, LARGE, SPACE, TEXT, Tone};
use crate::ui::widget::check::check;
use crate::ui::widget::{self, notice, title};

/// The text settings, in the order the table gives them, the paper's width last (chosen
/// with two buttons): a field's place here is its index in `Message::Edit`.
fn fields() -> Vec<&'static str> {
    settings::on_form(Form::Field)
        .chain(settings::on_form(Form::Paper))
        .map(|s| s.key)
        .collect()
}

/// Where the paper's width is in `fields()`.
fn width() -> usize {
    settings::on_form(Form::Field).count()
}

/// The check boxes, in the table's order: their place is their index in `values.flags`.
fn flags() -> impl Iterator<Item = &'static settings::Setting> {
    settings::on_form(Form::Check)
}

/// Whether setting `key` holds several lines (shown on one line, separated by |).
fn multiline(key: &str) -> bool {
    settings::find(key).is_some_and(|s| s.kind == settings::Kind::Lines)
}

pub const PRINTER: &str = "settings-printer";

/// The id of a text field of the form, by its setting.
pub fn field_id(key: &str) -> String {
    format!("settings-{key}")
}

#[derive(Debug, Default)]
pub struct Settings {
    /// What the form shows now.
    values: Values,
    /// What the database held when the form was read (or last saved): a field equal to it
    /// is not written.
    stored: Values,
    notice: Option<(Tone, Msg)>,
    busy: bool,
    /// How many settings the save under way writes.
    saving: usize,
    /// The PC's own printers, to pick from.
    printers: super::printers::Printers,
    /// The scale's part of the form.
    scale: super::scale_settings::ScaleForm,
    /// The backups' section: their folder, a backup now, a restore.
    backups: super::backups::Backups,
}

/// What the form holds, as loaded or to save.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Values {
    texts: Vec<String>,
    /// The check boxes, as [`flags`] lists them.
    flags: Vec<bool>,
}

/// The form as read: what it shows, and what the database holds.
#[derive(Debug, Clone)]
pub struct Loaded {
    shown: Values,
    stored: Values,
    scale: super::scale_settings::Values,
    backup_folder: Option<String>,
}

#[derive(Debug, Clone)]
pub enum Message {
    /// The settings were read.
    Loaded(Result<Loaded, Error>),
    /// A text field changed.
    Edit(usize, String),
    /// Choose the paper: 58 or 80 mm.
    Paper(u32),
    /// A check box of the table ([`flags`]) ticked or not.
    Flag(usize, bool),
    /// Open the cash drawer on cash sales, or not.
    Drawer(bool),
    /// Name the maker of each item on the receipt, or not.
    ShowMaker(bool),
    /// Print Latin text instead of the picture (printers that prefer text; no Arabic).
    TextMode(bool),
    /// Save what changed.
    Save,
    /// The settings were saved, or why not.
    Saved(Result<(), Error>),
    /// Print a test page on the printer as set in the form.
    PrintTest,
    /// The test page was printed, or why not.
    Printed(Result<(), Error>),
    /// The section of the PC's printers.
    Printers(super::printers::Message),
    /// The scale's part of the form.
    Scale(super::scale_settings::Message),
    /// The backups' section.
    Backups(super::backups::Message),
}

/// A field as the form edits it: header and footer lines on one line, separated by |;
/// "none" as an empty printer (the placeholder says that empty is no printer).
fn shown(key: &str, value: &str) -> String {
    if multiline(key) {
        value.replace('\n', " | ")
    } else if key == settings::PRINTER && value.trim().eq_ignore_ascii_case("none") {
        String::new()
    } else {
        value.to_owned()
    }
}

/// A field as the database keeps it.
fn stored(key: &str, value: &str) -> String {
    if multiline(key) {
        value
            .split('|')
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .collect::<Vec<_>>()
            .join("\n")
    } else {
        value.trim().to_owned()
    }
}

fn read(conn: &rusqlite::Connection) -> Result<Loaded, Error> {
    let shop = ShopInfo::load(conn)?;
    let fields = fields();
    let mut shown_texts = Vec::with_capacity(fields.len());
    let mut stored_texts = Vec::with_capacity(fields.len());
    for key in fields {
        let raw = settings::get(conn, key)?;
        // The value in force when none is saved: the receipt's names, the defaults.
        let in_force = match key {
            settings::NAME_AR => Some(shop.name_ar.clone()),
            settings::NAME_FR => Some(shop.name_fr.clone()),
            settings::PAPER_WIDTH => Some("58".to_owned()),
            _ => settings::whole(key).map(|(_, _, default)| default.to_string()),
        };
        let valid = raw
            .as_deref()
            .filter(|v| in_force.is_none() || settings::check(key, v).is_ok());
        let show = match (valid, &in_force) {
            (Some(v), _) => shown(key, v),
            (None, Some(default)) => default.clone(),
            (None, None) => String::new(),
        };
        // A value nobody saved is the one shown; a damaged one (an empty paper width left
        // by an older Souk) differs from it, so saving puts the shown one back.
        let held = match &raw {
            Some(v) => shown(key, v),
            None => show.clone(),
        };
        shown_texts.push(show);
        stored_texts.push(held);
    }
    let mut ticked = Vec::new();
    for setting in flags() {
        let settings::Kind::Flag { on, off, default } = setting.kind else {
            continue;
        };
        let stored = settings::get(conn, setting.key)?;
        ticked.push(match stored.as_deref() {
            Some(v) if v == on => true,
            Some(v) if v == off => false,
            _ => default,
        });
    }
    let values = |texts| -> Result<Values, Error> {
        Ok(Values {
            texts,
            flags: ticked.clone(),
        })
    };
    Ok(Loaded {
        shown: values(shown_texts)?,
        stored: values(stored_texts)?,
        scale: super::scale_settings::read(conn)?,
        backup_folder: super::backups::read(conn)?,
    })
}

fn load(store: &Store) -> Task<Message> {
    let store = store.clone();
    Task::perform(
        async move { store.run(|conn, _| read(conn)).await },
        Message::Loaded,
    )
}

impl Values {
    /// The settings where `self` differs from `before`, as the database keeps them.
    fn changes(&self, before: &Values) -> Vec<(&'static str, String)> {
        let mut out = Vec::new();
        for (i, key) in fields().into_iter().enumerate() {
            let now = self.texts.get(i).map_or(String::new(), |v| stored(key, v));
            let was = before
                .texts
                .get(i)
                .map_or(String::new(), |v| stored(key, v));
            if now != was {
                out.push((key, now));
            }
        }
        for (i, setting) in flags().enumerate() {
            let settings::Kind::Flag { on, off, .. } = setting.kind else {
                continue;
            };
            let now = self.flags.get(i).copied().unwrap_or_default();
            if now != before.flags.get(i).copied().unwrap_or_default() {
                out.push((setting.key, if now { on } else { off }.to_owned()));
            }
        }
        out
    }
}

/// A refusal of one field, naming it as the form does.
fn refused(key: &str, error: &Error) -> Msg {
    Msg::new("set-err-field")
        .arg(
            "field",
            Msg::new(settings::label(key).unwrap_or("set-title")),
        )
        .arg("reason", error.msg())
}

impl Settings {
    pub fn new(store: &Store) -> (Settings, Task<Message>) {
        let (printers, listing) = super::printers::Printers::new();
        (
            Settings {
                busy: true,
                printers,
                ..Settings::default()
            },
            Task::batch([load(store), listing.map(Message::Printers)]),
        )
    }

    /// Ticks the check box of setting `key`, or not.
    fn tick(&mut self, key: &str, on: bool) {
        if let Some(i) = flags().position(|s| s.key == key)
            && let Some(flag) = self.values.flags.get_mut(i)
        {
            *flag = on;
        }
    }

    fn text(&self, i: usize) -> &str {
        self.values.texts.get(i).map_or("", String::as_str)
    }

    fn printer(&self) -> Result<PrinterSpec, Error> {
        let text = self.text(0).trim();
        if text.is_empty() {
            Ok(PrinterSpec::None)
        } else {
            text.parse()
        }
    }

    /// The backups' section.
    pub fn backups(&self) -> &super::backups::Backups {
        &self.backups
    }

    /// What the form shows in the field of setting `key`.
    pub fn value(&self, key: &str) -> Option<&str> {
        let i = fields().into_iter().position(|k| k == key)?;
        Some(self.text(i))
    }

    /// The settings the form would write now.
    pub fn changes(&self) -> Vec<(&'static str, String)> {
        let mut changes = self.values.changes(&self.stored);
        changes.extend(self.scale.changes());
        changes.extend(self.backups.changes());
        changes
    }

    /// What the counter's scale says now (see [`super::scale_settings::ScaleForm::live`]).
    pub fn live_scale(
        &mut self,
        spec: &crate::scale::ScaleSpec,
        said: &crate::scale::reader::Said,
    ) {
        self.scale.live(spec, said);
    }

    pub fn update(&mut self, message: Message, ctx: &Context<'_>) -> Action<Message> {
        let store = ctx.store;
        match message {
            Message::Loaded(Ok(loaded)) => {
                self.busy = false;
                self.values = loaded.shown;
                self.stored = loaded.stored;
                let folder = super::backups::Message::Loaded(Ok(loaded.backup_folder));
                let _ = self.backups.update(folder, store);
                return self.scale.loaded(loaded.scale).map(Message::Scale).into();
            }
            Message::Scale(message) => {
                return self.scale.update(message).map(Message::Scale).into();
            }
            Message::Backups(message) => {
                // One thing said at a time, under the fields: the newest.
                if matches!(
                    message,
                    super::backups::Message::BackUpNow | super::backups::Message::Restore
                ) {
                    self.notice = None;
                }
                return self.backups.update(message, store).map(Message::Backups);
            }
            Message::Loaded(Err(error))
            | Message::Saved(Err(error))
            | Message::Printed(Err(error)) => {
                self.busy = false;
                self.notice = Some((Tone::Bad, error.msg()));
            }
            Message::Edit(i, text) => {
                if let Some(value) = self.values.texts.get_mut(i) {
                    *value = text;
                }
            }
            Message::Paper(mm) => {
                if let Some(value) = self.values.texts.get_mut(width()) {
                    *value = mm.to_string();
                }
            }
            Message::Flag(i, on) => {
                if let Some(flag) = self.values.flags.get_mut(i) {
                    *flag = on;
                }
            }
            Message::Drawer(on) => self.tick(settings::DRAWER, on),
            Message::ShowMaker(on) => self.tick(settings::SHOW_MAKER, on),
            Message::TextMode(on) => self.tick(settings::RECEIPT_MODE, on),
            Message::Save => {
                self.backups.quiet();
                return self.save(store).into();
            }
            Message::Saved(Ok(())) => {
                self.busy = false;
                self.stored = self.values.clone();
                self.scale.saved();
                self.backups.saved();
                self.notice = Some((Tone::Good, Msg::new("set-saved").arg("count", self.saving)));
                return Action::Did(Changed::Settings, Task::none());
            }
            Message::PrintTest => {
                self.backups.quiet();
                let spec = match self.printer() {
                    Ok(spec) => spec,
                    Err(error) => {
                        self.notice = Some((Tone::Bad, refused(settings::PRINTER, &error)));
                        return Action::None;
                    }
                };
                self.busy = true;
                let store = store.clone();
                let mm = self.text(width()).trim().parse().unwrap_or(58);
                return Task::perform(
                    async move {
                        let job = store
                            .run(move |conn, _| crate::receipt::test_page_job(conn, mm))
                            .await?;
                        crate::ui::store::send_paper(&store, spec, job).await
                    },
                    Message::Printed,
                )
                .into();
            }
            Message::Printed(Ok(())) => {
                self.busy = false;
                self.notice = Some((Tone::Good, Msg::new("set-test-printed")));
            }
            Message::Printers(message) => return self.pick_printer(message, store).into(),
        }
        Action::None
    }

    /// The section of the PC's printers: a printer chosen there fills its field.
    fn pick_printer(&mut self, message: super::printers::Message, store: &Store) -> Task<Message> {
        use super::printers::Action;
        let mm = self.text(width()).trim().parse().unwrap_or(58);
        let (key, value) = match self.printers.update(message, store, mm) {
            Action::None => return Task::none(),
            Action::Run(task) => return task.map(Message::Printers),
            Action::ReceiptPrinter(spec) => (settings::PRINTER, spec),
            Action::PagePrinter(name) => (settings::PAGES_PRINTER, name),
        };
        if let Some(i) = fields().into_iter().position(|k| k == key)
            && let Some(field) = self.values.texts.get_mut(i)
        {
            *field = value;
        }
        Task::none()
    }

    /// Checks each changed field, then writes them; nothing at all when nothing changed.
    fn save(&mut self, store: &Store) -> Task<Message> {
        if self.busy {
            return Task::none();
        }
        let changes = self.changes();
        if changes.is_empty() {
            self.notice = Some((Tone::Info, Msg::new("set-unchanged")));
            return Task::none();
        }
        for (key, value) in &changes {
            if let Err(error) = settings::check(key, value) {
                self.notice = Some((Tone::Bad, refused(key, &error)));
                return Task::none();
            }
        }
        self.busy = true;
        self.saving = changes.len();
        let store = store.clone();
        Task::perform(save(store, changes), Message::Saved)
    }

    pub fn view<'a>(&'a self, ctx: &Context<'a>) -> Element<'a, Message> {
        let tr = ctx.tr;
        let lang = tr.lang();
        let mut form = column![title(tr.text("set-title"), LARGE, lang)].spacing(SPACE);
        for (i, key) in fields().into_iter().enumerate().take(width()) {
            let label = settings::label(key).unwrap_or("set-title");
            let placeholder = match key {
                settings::PRINTER => tr.text("set-printer-hint"),
                settings::PAGES_PRINTER => tr.text("set-pages-printer-hint"),
                _ => match settings::whole(key) {
                    Some((min, max, _)) => say(
                        tr,
                        &Msg::new("set-whole-hint").arg("min", min).arg("max", max),
                    ),
                    None => tr.text("set-optional"),
                },
            };
            let mut input = text_input(&placeholder, self.text(i))
                .id(field_id(key))
                .on_input(move |t| Message::Edit(i, t))
                .on_submit(Message::Save)
                .size(TEXT)
                .padding(8)
                .align_x(start(lang))
                .style(theme::input);
            if i == 0 {
                input = input.id(PRINTER);
            }
            form = form.push(widget::beside(tr.text(label), input.into(), lang));
            // The PC's printers right under the receipt printer's field, where one is chosen.
            if i == 0 {
                form = form.push(
                    self.printers
                        .view(
                            tr,
                            self.text(0),
                            self.value(settings::PAGES_PRINTER).unwrap_or(""),
                        )
                        .map(Message::Printers),
                );
            }
        }
        let width = self.text(width()).trim();
        let paper: Vec<Element<'a, Message>> = [58_u32, 80]
            .into_iter()
            .map(|mm| {
                let chosen = width == mm.to_string();
                button(text(say(tr, &Msg::new("set-mm").arg("mm", i64::from(mm)))).size(TEXT))
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
        let width = tr.text(settings::label(settings::PAPER_WIDTH).unwrap_or("set-width"));
        let papers = container(flow(lang, paper).spacing(SPACE))
            .width(Fill)
            .align_x(start(lang));
        form = form.push(widget::beside(width, papers.into(), lang));
        for (i, setting) in flags().enumerate() {
            let on = self.values.flags.get(i).copied().unwrap_or_default();
            form = form.push(check(lang, on, tr.text(setting.label), move |on| {
                Message::Flag(i, on)
            }));
        }
        form = form.push(self.scale.view(tr).map(Message::Scale));
        form = form.push(self.backups.view(tr).map(Message::Backups));
        // What was said and the buttons stay in sight below the fields, which scroll.
        let mut foot = column![]
            .spacing(SPACE)
            .push(self.backups.said(tr).map(|said| said.map(Message::Backups)));
        if let Some((tone, msg)) = &self.notice {
            foot = foot.push(notice(*tone, say(tr, msg), lang).padding(10));
        }
        // A backup or a restore under way waits for the disk: so does the rest.
        let ready = !self.busy && !self.backups.busy();
        let buttons = flow(
            lang,
            vec![
                button(text(tr.text("set-save")).size(LARGE))
                    .padding([12, 28])
                    .style(theme::button_style(Kind::Primary))
                    .on_press_maybe(ready.then_some(Message::Save))
                    .into(),
                button(text(tr.text("set-print-test")).size(TEXT))
                    .padding([12, 20])
                    .style(theme::button_style(Kind::Tile))
                    .on_press_maybe(ready.then_some(Message::PrintTest))
                    .into(),
            ],
        )
        .spacing(SPACE)
        .align_y(iced::Center);
        let content = container(
            column![
                scrollable(form.padding(SPACE * 2.0)).height(Fill),
                foot.push(at(buttons, start(lang)))
                    .padding([0.0, SPACE * 2.0]),
            ]
            .spacing(SPACE),
        )
        .height(Fill)
        .padding(SPACE * 1.5)
        .style(theme::panel);
        container(row![content])
            .padding(SPACE * 1.5)
            .center_x(Fill)
            .into()
    }
}

/// Writes `changes` as the signed-in person, in one transaction, each in the audit trail.
async fn save(store: Store, changes: Vec<(&'static str, String)>) -> Result<(), Error> {
    let by = store.acting()?;
    store
        .run(move |conn, clock| {
            let at = clock.now();
            crate::db::write(conn, |tx| {
                for (key, value) in &changes {
                    settings::change_in(tx, at, by, key, value)?;
                }
                Ok(())
            })
        })
        .await
}
