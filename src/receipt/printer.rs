//! Printers: where a receipt goes, written as text (`tcp:HOST[:PORT]`, `file:PATH`,
//! `usb:VID:PID`, `serial:PATH[:BAUD]`, `png:PATH`, `none`), and the sending itself.
//!
//! Every send is bounded in time, so a printer that is off, unplugged, jammed or out of
//! paper makes the send fail with a reason instead of blocking the counter: a TCP connect
//! waits at most 3 s, a printer that takes no data for 3 s is given up, and no send lasts
//! more than 20 s. The sale was committed before; the caller keeps the receipt pending.

use std::fmt;
use std::io::{Read, Write};
use std::net::{IpAddr, Shutdown, SocketAddr, TcpStream, ToSocketAddrs};
use std::path::{Path, PathBuf};
use std::str::FromStr;
use std::sync::mpsc;
use std::time::{Duration, Instant};

use crate::error::{Error, Result};
use crate::receipt::Bitmap;

/// The raw printing port of network printers (JetDirect).
pub const DEFAULT_TCP_PORT: u16 = 9100;
/// What most thermal printers' serial ports are set to out of the box.
pub const DEFAULT_BAUD: u32 = 9600;
/// Longest wait for a TCP connection.
pub const CONNECT_TIMEOUT: Duration = Duration::from_secs(3);
/// Longest a printer may go without taking any data.
pub const STALL_TIMEOUT: Duration = Duration::from_secs(3);
/// Longest a whole send may last, however slowly the printer reads.
pub const SEND_DEADLINE: Duration = Duration::from_secs(20);
/// Our side's socket buffer (Linux doubles it: 8 KB). Left to itself the kernel buffers
/// megabytes, and a printer that never reads would seem to have taken a whole receipt;
/// with this and a printer's few KB of window, a receipt of more than about 16 KB that
/// the printer does not take is noticed. (A receipt is 20 to 100 KB.)
const SEND_BUFFER: usize = 4096;
/// Bytes handed to the kernel at a time.
const CHUNK: usize = 4096;

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
    /// No printer: the receipt is drawn as a PNG picture (previews, tests, e-mail).
    Png(PathBuf),
    /// Printing is switched off: nothing is sent.
    None,
}

/// What is wrong with a printer's text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SpecProblem {
    /// Not one of tcp:, file:, usb:, serial:, png:, none.
    Kind,
    /// `tcp:` without a host.
    Host,
    /// A port that is not a number from 1 to 65535.
    Port,
    /// `file:`, `serial:` or `png:` without a path.
    Path,
    /// `usb:` without two hexadecimal ids.
    UsbIds,
    /// A speed that is not a positive number.
    Baud,
}

impl PrinterSpec {
    /// Reads a printer's text; see the module's documentation for the forms.
    pub fn parse(text: &str) -> Result<PrinterSpec> {
        let trimmed = text.trim();
        let bad = |problem| Error::PrinterSpec {
            spec: trimmed.to_owned(),
            problem,
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
            PrinterSpec::None => f.write_str("none"),
        }
    }
}

/// One receipt ready to go: the printer's bytes, and the picture they print (what a
/// `png:` printer writes).
#[derive(Debug, Clone)]
pub struct Job {
    pub bytes: Vec<u8>,
    pub bitmap: Bitmap,
}

/// Sends a job to a printer, within the time bounds above.
pub fn send(spec: &PrinterSpec, job: &Job) -> Result<()> {
    let failed = |detail: String| Error::PrintFailed {
        printer: spec.to_string(),
        detail,
    };
    match spec {
        PrinterSpec::None => Ok(()),
        PrinterSpec::Png(path) => crate::receipt::raster::write_png(&job.bitmap, path),
        PrinterSpec::Tcp { host, port } => send_tcp(host, *port, &job.bytes).map_err(failed),
        PrinterSpec::File(path) => {
            crate::outfile::refuse_database(path)?;
            send_file(path, &job.bytes).map_err(failed)
        }
        PrinterSpec::Usb { vid, pid } => send_usb(*vid, *pid, &job.bytes)?.map_err(failed),
        PrinterSpec::Serial { path, baud } => send_serial(path, *baud, &job.bytes)?.map_err(failed),
    }
}

fn send_tcp(host: &str, port: u16, bytes: &[u8]) -> std::result::Result<(), String> {
    let started = Instant::now();
    let addresses = resolve(host, port)?;
    let mut last = format!("{host} has no address");
    // Several addresses (IPv6 and IPv4) are tried within one connect timeout.
    for address in addresses {
        if started.elapsed() >= CONNECT_TIMEOUT {
            break;
        }
        match connect(address) {
            Ok(stream) => return write_stream(stream, bytes, started),
            Err(e) => last = describe(&e),
        }
    }
    Err(last)
}

/// The host's addresses; a name is looked up on a helper thread so that a dead name
/// server cannot hold the counter longer than the connect timeout.
fn resolve(host: &str, port: u16) -> std::result::Result<Vec<SocketAddr>, String> {
    if let Ok(ip) = host.parse::<IpAddr>() {
        return Ok(vec![SocketAddr::new(ip, port)]);
    }
    let name = format!("{host}:{port}");
    bounded(CONNECT_TIMEOUT, move || {
        name.to_socket_addrs()
            .map(Iterator::collect)
            .map_err(|e| e.to_string())
    })?
}

fn connect(address: SocketAddr) -> std::io::Result<TcpStream> {
    use socket2::{Domain, Protocol, Socket, Type};
    let socket = Socket::new(
        Domain::for_address(address),
        Type::STREAM,
        Some(Protocol::TCP),
    )?;
    socket.set_send_buffer_size(SEND_BUFFER)?;
    socket.connect_timeout(&address.into(), CONNECT_TIMEOUT)?;
    Ok(socket.into())
}

/// Writes in chunks no bigger than the socket's buffer. The kernel returns from a
/// blocking write with part of its chunk only after waiting the whole timeout, so a
/// write that took the stall timeout and left some of its chunk means the printer took
/// less than a chunk in that time: it is given up then, not after a second wait.
fn write_stream(
    mut stream: TcpStream,
    bytes: &[u8],
    started: Instant,
) -> std::result::Result<(), String> {
    let mut sent = 0;
    while sent < bytes.len() {
        let left = SEND_DEADLINE.saturating_sub(started.elapsed());
        if left.is_zero() {
            return Err(format!(
                "the printer was still taking the receipt after {} s ({sent} of {} bytes sent)",
                SEND_DEADLINE.as_secs(),
                bytes.len()
            ));
        }
        let wait = STALL_TIMEOUT.min(left);
        stream
            .set_write_timeout(Some(wait))
            .map_err(|e| describe(&e))?;
        let chunk = &bytes[sent..bytes.len().min(sent + CHUNK)];
        let began = Instant::now();
        match stream.write(chunk) {
            Ok(0) => {
                return Err(format!(
                    "the printer closed the connection after {sent} bytes"
                ));
            }
            Ok(n) => {
                sent += n;
                if n < chunk.len() && began.elapsed() + Duration::from_millis(50) >= wait {
                    return Err(stalled(sent, bytes.len(), wait));
                }
            }
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(e) if is_timeout(&e) => return Err(stalled(sent, bytes.len(), wait)),
            Err(e) => return Err(describe(&e)),
        }
    }
    stream.flush().map_err(|e| describe(&e))?;
    stream.shutdown(Shutdown::Write).map_err(|e| describe(&e))?;
    // A printer may have sent status bytes: unread, they would turn our close into a
    // reset that can cut the end of the receipt. Take what has arrived, without waiting.
    if stream.set_nonblocking(true).is_ok() {
        let mut sink = [0u8; 256];
        while matches!(stream.read(&mut sink), Ok(n) if n > 0) {}
    }
    Ok(())
}

fn stalled(sent: usize, total: usize, after: Duration) -> String {
    format!(
        "the printer took no more data for {} s ({sent} of {total} bytes sent): is it on, with paper, and its cover closed?",
        after.as_secs()
    )
}

fn is_timeout(e: &std::io::Error) -> bool {
    matches!(
        e.kind(),
        std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut
    )
}

fn describe(e: &std::io::Error) -> String {
    if is_timeout(e) {
        format!("no answer within {} s", CONNECT_TIMEOUT.as_secs())
    } else {
        e.to_string()
    }
}

/// Appends to a device or a file. A device that blocks (a USB printer that is jammed)
/// is given up after the stall timeout; the helper thread stays stuck in the kernel until
/// the device answers or the program ends. Under `/dev` nothing is created: an unplugged
/// printer's device is missing, and a plain file there would swallow receipts.
fn send_file(path: &Path, bytes: &[u8]) -> std::result::Result<(), String> {
    let path = path.to_path_buf();
    let bytes = bytes.to_vec();
    let create = !path.starts_with("/dev");
    let limit = STALL_TIMEOUT + Duration::from_secs(bytes.len() as u64 / 65_536);
    bounded(limit.min(SEND_DEADLINE), move || {
        let mut file = std::fs::OpenOptions::new()
            .append(true)
            .create(create)
            .open(&path)
            .map_err(|e| format!("{}: {e}", path.display()))?;
        file.write_all(&bytes)
            .and_then(|()| file.flush())
            .map_err(|e| format!("{}: {e}", path.display()))
    })?
}

/// Runs `work` on a helper thread and waits for it at most `limit`.
fn bounded<T: Send + 'static>(
    limit: Duration,
    work: impl FnOnce() -> T + Send + 'static,
) -> std::result::Result<T, String> {
    let (tx, rx) = mpsc::channel();
    std::thread::Builder::new()
        .name("souk-print".to_owned())
        .spawn(move || {
            let _ = tx.send(work());
        })
        .map_err(|e| e.to_string())?;
    rx.recv_timeout(limit)
        .map_err(|_| format!("no answer within {} s", limit.as_secs()))
}

/// What a device send gives: a build without the device's support refuses at once
/// (outer error), a device that fails says why (inner).
type DeviceResult = Result<std::result::Result<(), String>>;

#[cfg(feature = "usb")]
fn send_usb(vid: u16, pid: u16, bytes: &[u8]) -> DeviceResult {
    use escpos::driver::{Driver, UsbDriver};
    let sent = UsbDriver::open(vid, pid, Some(STALL_TIMEOUT), None)
        .and_then(|driver| driver.write(bytes).and_then(|()| driver.flush()))
        .map_err(|e| e.to_string());
    Ok(sent)
}

#[cfg(not(feature = "usb"))]
fn send_usb(_vid: u16, _pid: u16, _bytes: &[u8]) -> DeviceResult {
    Err(Error::PrinterUnsupported {
        kind: "USB",
        feature: "usb",
    })
}

#[cfg(feature = "serial")]
fn send_serial(path: &Path, baud: u32, bytes: &[u8]) -> DeviceResult {
    use escpos::driver::{Driver, SerialPortDriver};
    let device = path.to_string_lossy();
    let sent = SerialPortDriver::open(&device, baud, Some(STALL_TIMEOUT))
        .and_then(|driver| driver.write(bytes).and_then(|()| driver.flush()))
        .map_err(|e| format!("{device}: {e}"));
    Ok(sent)
}

#[cfg(not(feature = "serial"))]
fn send_serial(_path: &Path, _baud: u32, _bytes: &[u8]) -> DeviceResult {
    Err(Error::PrinterUnsupported {
        kind: "serial",
        feature: "serial",
    })
}
