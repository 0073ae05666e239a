//! The devices' values a setting holds: where the receipt printer is, written as text
//! (`tcp:HOST[:PORT]`, `file:PATH`, `usb:VID:PID`, `serial:PATH[:BAUD]`, `system:NAME`,
//! `png:PATH`, `none`), and the scale's protocol and line speed. Their parsing lives here,
//! below the receipt and scale modules that use them (and re-export them), so that a
//! setting is checked without importing the printing or the scale's reading.

use std::fmt;
use std::net::IpAddr;
use std::path::PathBuf;
use std::str::FromStr;

use crate::error::{Error, ReceiptError, Result, SpecProblem};

/// The raw printing port of network printers (JetDirect).
pub const DEFAULT_TCP_PORT: u16 = 9100;
/// What most thermal printers' serial ports are set to out of the box.
pub const DEFAULT_BAUD: u32 = 9600;
/// Where a receipt is printed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PrinterSpec {
    /// A network printer's raw port.
    Tcp { host: String, port: u16 },
    /// A device (`/dev/usb/lp0`) or a plain file the bytes are appended to.
    File(PathBuf),
    /// A USB printer by vendor and product id (needs the `usb` feature).
    Usb { vid: u16, pid: u16 },
    /// A serial line (needs the `serial` feature).
    Serial { path: PathBuf, baud: u32 },
    /// One of the PC's printer queues, by name: the Windows spooler or CUPS
    /// ([`crate::receipt::system`]).
    System(String),
    /// No printer: the receipt is drawn as a PNG picture (previews, tests, e-mail).
    Png(PathBuf),
    /// Printing is switched off: nothing is sent.
    None,
}

impl PrinterSpec {
    /// Reads a printer's text; see the module's documentation for the forms.
    pub fn parse(text: &str) -> Result<PrinterSpec> {
        let trimmed = text.trim();
        let bad = |problem| {
            Error::Receipt(ReceiptError::PrinterSpec {
                spec: trimmed.to_owned(),
                problem,
            })
        };
        if trimmed.eq_ignore_ascii_case("none") {
            return Ok(PrinterSpec::None);
        }
        let (kind, rest) = trimmed.split_once(':').ok_or(bad(SpecProblem::Kind))?;
        let path = || {
            (!rest.trim().is_empty())
                .then(|| PathBuf::from(rest))
                .ok_or(bad(SpecProblem::Path))
        };
        match kind.to_ascii_lowercase().as_str() {
            "tcp" => {
                let (host, port) = split_host(rest).ok_or(bad(SpecProblem::Host))?;
                let port = match port {
                    None => DEFAULT_TCP_PORT,
                    Some(p) => p
                        .parse::<u16>()
                        .ok()
                        .filter(|p| *p > 0)
                        .ok_or(bad(SpecProblem::Port))?,
                };
                Ok(PrinterSpec::Tcp {
                    host: host.to_owned(),
                    port,
                })
            }
            "file" => Ok(PrinterSpec::File(path()?)),
            // A Windows printer's name may hold spaces, parentheses and colons: kept whole.
            "system" => match rest.trim() {
                "" => Err(bad(SpecProblem::Queue)),
                name => Ok(PrinterSpec::System(name.to_owned())),
            },
            "png" => Ok(PrinterSpec::Png(path()?)),
            "usb" => {
                let (vid, pid) = rest.split_once(':').ok_or(bad(SpecProblem::UsbIds))?;
                let id = |t: &str| {
                    let t = t.trim();
                    let t = t
                        .strip_prefix("0x")
                        .or_else(|| t.strip_prefix("0X"))
                        .unwrap_or(t);
                    (!t.is_empty() && t.len() <= 4)
                        .then(|| u16::from_str_radix(t, 16).ok())
                        .flatten()
                        .ok_or(bad(SpecProblem::UsbIds))
                };
                Ok(PrinterSpec::Usb {
                    vid: id(vid)?,
                    pid: id(pid)?,
                })
            }
            "serial" => {
                let (device, baud) = match rest.rsplit_once(':') {
                    Some((device, baud)) if baud.chars().all(|c| c.is_ascii_digit()) => {
                        let baud = baud
                            .parse::<u32>()
                            .ok()
                            .filter(|b| *b > 0)
                            .ok_or(bad(SpecProblem::Baud))?;
                        (device, baud)
                    }
                    _ => (rest, DEFAULT_BAUD),
                };
                if device.trim().is_empty() {
                    return Err(bad(SpecProblem::Path));
                }
                Ok(PrinterSpec::Serial {
                    path: PathBuf::from(device),
                    baud,
                })
            }
            _ => Err(bad(SpecProblem::Kind)),
        }
    }
}

/// `HOST`, `HOST:PORT`, `[v6]` or `[v6]:PORT`: the host and the port's text if any.
fn split_host(text: &str) -> Option<(&str, Option<&str>)> {
    let text = text.trim();
    let (host, port) = if let Some(inner) = text.strip_prefix('[') {
        let (host, after) = inner.split_once(']')?;
        match after {
            "" => (host, None),
            _ => (host, Some(after.strip_prefix(':')?)),
        }
    } else if text.matches(':').count() > 1 && text.parse::<IpAddr>().is_ok() {
        (text, None)
    } else {
        match text.split_once(':') {
            Some((host, port)) => (host, Some(port)),
            None => (text, None),
        }
    };
    (!host.is_empty() && !host.contains(char::is_whitespace)).then_some((host, port))
}

impl FromStr for PrinterSpec {
    type Err = Error;

    fn from_str(text: &str) -> Result<PrinterSpec> {
        PrinterSpec::parse(text)
    }
}

impl fmt::Display for PrinterSpec {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PrinterSpec::Tcp { host, port } if host.contains(':') => {
                write!(f, "tcp:[{host}]:{port}")
            }
            PrinterSpec::Tcp { host, port } => write!(f, "tcp:{host}:{port}"),
            PrinterSpec::File(path) => write!(f, "file:{}", path.display()),
            PrinterSpec::Usb { vid, pid } => write!(f, "usb:{vid:04x}:{pid:04x}"),
            PrinterSpec::Serial { path, baud } => write!(f, "serial:{}:{baud}", path.display()),
            PrinterSpec::Png(path) => write!(f, "png:{}", path.display()),
            PrinterSpec::System(name) => write!(f, "system:{name}"),
            PrinterSpec::None => f.write_str("none"),
        }
    }
}

/// The protocols Souk reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Protocol {
    /// Mettler Toledo 8217: Souk asks `W`, the scale answers.
    Toledo,
    /// CAS continuous output: the scale sends a line several times a second.
    Cas,
}

impl Protocol {
    pub fn code(self) -> &'static str {
        match self {
            Protocol::Toledo => "toledo",
            Protocol::Cas => "cas",
        }
    }

    pub fn from_code(code: &str) -> Option<Protocol> {
        match code.trim().to_ascii_lowercase().as_str() {
            "toledo" | "8217" => Some(Protocol::Toledo),
            "cas" => Some(Protocol::Cas),
            _ => None,
        }
    }
}

/// A line speed as typed: a positive whole number of bauds.
pub fn parse_baud(text: &str) -> crate::Result<u32> {
    text.trim()
        .parse::<u32>()
        .ok()
        .filter(|b| (300..=921_600).contains(b))
        .ok_or_else(|| {
            crate::Error::Scale(crate::error::ScaleError::ScaleBaud(text.trim().to_owned()))
        })
}
