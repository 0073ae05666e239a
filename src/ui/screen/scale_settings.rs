//! The scale's part of the settings screen: its port (the serial ports the PC has are
//! offered), its speed, its protocol, whether a stable weight waits for Enter, and a
//! button that reads the scale once and says what it read. Like the rest of the screen it
//! shows the values in force and hands back only what changed.

use iced::widget::{button, column, container, text, text_input};
use iced::{Element, Fill, Task};

use crate::i18n::Translator;
use crate::scale::reader::Said;
use crate::scale::{self, Protocol, ScaleSpec};
use crate::ui::layout::{at, bidi_safe, flow, say, start};
use crate::ui::theme::{self, Kind, LARGE, SPACE, TEXT, Tone};
use crate::ui::widget::check::check;
use crate::ui::widget::{self, title};

pub const PORT: &str = "settings-scale-port";
pub const BAUD: &str = "settings-scale-baud";

/// The scale's settings as the form holds them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Values {
    port: String,
    baud: String,
    protocol: Protocol,
    enter: bool,
}

impl Default for Values {
    fn default() -> Values {
        Values {
            port: String::new(),
            baud: scale::DEFAULT_BAUD.to_string(),
            protocol: Protocol::Toledo,
            enter: false,
        }
    }
}

#[derive(Debug, Default)]
pub struct ScaleForm {
    values: Values,
    stored: Values,
    /// The serial ports the PC has, to pick from.
    ports: Vec<String>,
    /// What "read the scale" read last, or why it read nothing.
    read: Option<Said>,
    reading: bool,
    /// The counter's scale and what it said last.
    live: Option<(ScaleSpec, Said)>,
}

#[derive(Debug, Clone)]
pub enum Message {
    Port(String),
    Baud(String),
    Protocol(Protocol),
    Enter(bool),
    /// Read the scale once, as the form sets it.
    Read,
    /// What the scale said, or why not.
    Heard(Result<Said, crate::Error>),
    /// The PC's serial ports were listed.
    Ports(Vec<String>),
}

/// The scale's settings as the database holds them (the defaults when none was saved).
pub fn read(conn: &rusqlite::Connection) -> crate::Result<Values> {
    use crate::settings::get;
    let text = |key| -> crate::Result<String> {
        Ok(get(conn, key)?.unwrap_or_default().trim().to_owned())
    };
    let defaults = Values::default();
    let baud = text(scale::BAUD_SETTING)?;
    Ok(Values {
        port: text(scale::PORT_SETTING)?,
        baud: if baud.is_empty() { defaults.baud } else { baud },
        protocol: Protocol::from_code(&text(scale::PROTOCOL_SETTING)?).unwrap_or(defaults.protocol),
        enter: text(scale::CONFIRM_SETTING)? == "enter",
    })
}

impl ScaleForm {
    /// The form over `values` as read; the PC's ports are listed off the window's thread.
    pub fn loaded(&mut self, values: Values) -> Task<Message> {
        self.values = values.clone();
        self.stored = values;
        Task::perform(
            crate::ui::worker::blocking(|| {
                serialport::available_ports()
                    .map(|ports| ports.into_iter().map(|p| p.port_name).collect())
                    .unwrap_or_default()
            }),
            |ports: crate::Result<Vec<String>>| Message::Ports(ports.unwrap_or_default()),
        )
    }

    /// The form was saved: what it shows is what the database holds.
    pub fn saved(&mut self) {
        self.stored = self.values.clone();
    }

    /// The settings the form would write now.
    pub fn changes(&self) -> Vec<(&'static str, String)> {
        let (now, was) = (&self.values, &self.stored);
        let mut out = Vec::new();
        if now.port.trim() != was.port.trim() {
            out.push((scale::PORT_SETTING, now.port.trim().to_owned()));
        }
        if now.baud.trim() != was.baud.trim() {
            out.push((scale::BAUD_SETTING, now.baud.trim().to_owned()));
        }
        if now.protocol != was.protocol {
            out.push((scale::PROTOCOL_SETTING, now.protocol.code().to_owned()));
        }
        if now.enter != was.enter {
            let confirm = if now.enter { "enter" } else { "auto" };
            out.push((scale::CONFIRM_SETTING, confirm.to_owned()));
        }
        out
    }

    /// What the counter's scale says now: when the form reads the same scale, that is the
    /// answer (the port is taken by the counter while it reads it).
    pub fn live(&mut self, spec: &ScaleSpec, said: &Said) {
        self.live = Some((spec.clone(), said.clone()));
    }

    pub fn update(&mut self, message: Message) -> Task<Message> {
        match message {
            Message::Port(port) => self.values.port = port,
            Message::Baud(baud) => self.values.baud = baud,
            Message::Protocol(protocol) => self.values.protocol = protocol,
            Message::Enter(on) => self.values.enter = on,
            Message::Ports(ports) => self.ports = ports,
            Message::Read => {
                let spec = match self.spec() {
                    Ok(spec) => spec,
                    Err(error) => {
                        self.read = None;
                        return Task::done(Message::Heard(Err(error)));
                    }
                };
                if let Some((_, said)) = self.live.as_ref().filter(|(active, _)| *active == spec) {
                    self.read = Some(said.clone());
                    return Task::none();
                }
                self.reading = true;
                return Task::perform(read_once(spec), Message::Heard);
            }
            Message::Heard(result) => {
                self.reading = false;
                self.read = Some(match result {
                    Ok(said) => said,
                    Err(_) => Err(scale::Trouble::Garbage),
                });
            }
        }
        Task::none()
    }

    /// The scale as the form sets it.
    fn spec(&self) -> crate::Result<ScaleSpec> {
        Ok(ScaleSpec {
            port: self.values.port.trim().to_owned(),
            baud: scale::parse_baud(&self.values.baud)?,
            protocol: self.values.protocol,
        })
    }

    pub fn view<'a>(&'a self, tr: &'a Translator) -> Element<'a, Message> {
        let lang = tr.lang();
        let labelled = |key: &'static str, field: Element<'a, Message>| -> Element<'a, Message> {
            widget::beside(tr.text(key), field, lang)
        };
        let port = text_input(&tr.text("set-scale-port-hint"), &self.values.port)
            .id(PORT)
            .on_input(Message::Port)
            .size(TEXT)
            .padding(8)
            .style(theme::input);
        let found: Vec<Element<'a, Message>> = self
            .ports
            .iter()
            .map(|p| {
                button(text(p.clone()).size(TEXT))
                    .padding([6, 12])
                    .style(theme::button_style(Kind::Tile))
                    .on_press(Message::Port(p.clone()))
                    .into()
            })
            .collect();
        let baud = text_input("9600", &self.values.baud)
            .id(BAUD)
            .on_input(Message::Baud)
            .size(TEXT)
            .padding(8)
            .width(160)
            .style(theme::input);
        let protocols: Vec<Element<'a, Message>> = [
            (Protocol::Toledo, "set-scale-toledo"),
            (Protocol::Cas, "set-scale-cas"),
        ]
        .into_iter()
        .map(|(protocol, name)| {
            let kind = if self.values.protocol == protocol {
                Kind::Selected
            } else {
                Kind::Tile
            };
            button(text(tr.text(name)).size(TEXT))
                .padding([8, 16])
                .style(theme::button_style(kind))
                .on_press(Message::Protocol(protocol))
                .into()
        })
        .collect();
        let mut section = column![
            title(tr.text("set-scale-title"), LARGE, lang),
            widget::hint(tr.text("set-scale-hint"), TEXT, lang),
            labelled("set-scale-port", port.into()),
        ]
        .spacing(SPACE);
        if !found.is_empty() {
            section = section.push(labelled(
                "set-scale-ports-found",
                at(flow(lang, found).spacing(SPACE * 0.5), start(lang)).into(),
            ));
        }
        section = section
            .push(labelled("set-scale-baud", at(baud, start(lang)).into()))
            .push(labelled(
                "set-scale-protocol",
                at(flow(lang, protocols).spacing(SPACE), start(lang)).into(),
            ))
            .push(check(
                lang,
                self.values.enter,
                tr.text("set-scale-confirm"),
                Message::Enter,
            ));
        let read = button(text(tr.text("set-scale-read")).size(TEXT))
            .padding([10, 18])
            .style(theme::button_style(Kind::Tile))
            .on_press_maybe(
                (!self.reading && !self.values.port.trim().is_empty()).then_some(Message::Read),
            );
        let mut row = vec![read.into()];
        if let Some(said) = &self.read {
            let (tone, words) = match said {
                Ok(reading) => {
                    let weight = reading
                        .weight()
                        .map(|kg| kg.format(crate::money::Unit::Kg, lang))
                        .unwrap_or_default();
                    (
                        Tone::Good,
                        format!("{} {}", tr.tr(&reading.msg()), bidi_safe(&weight)),
                    )
                }
                Err(trouble) => (Tone::Bad, say(tr, &trouble.msg())),
            };
            row.push(
                container(at(text(words).size(TEXT), start(lang)))
                    .padding([6, 12])
                    .width(Fill)
                    .style(theme::notice(tone))
                    .into(),
            );
        }
        section
            .push(flow(lang, row).spacing(SPACE).align_y(iced::Center))
            .into()
    }
}

/// Reads the scale of `spec` once: its first reading, or why none came.
async fn read_once(spec: ScaleSpec) -> Result<Said, crate::Error> {
    crate::ui::worker::blocking(move || {
        let mut first = None;
        scale::reader::run(&spec, |said| {
            first = Some(said);
            false
        });
        first.unwrap_or(Err(scale::Trouble::Silent))
    })
    .await
}
