//! Printers: where a receipt goes, written as text (`tcp:HOST[:PORT]`, `file:PATH`,
//! `usb:VID:PID`, `serial:PATH[:BAUD]`, `system:NAME`, `png:PATH`, `none`), and the
//! sending itself. The text and its parsing are a setting's value, so they live in
//! [`crate::settings::devices`] and are re-exported here.
//!
//! Every send is bounded in time, so a printer that is off, unplugged, jammed or out of
//! paper makes the send fail with a reason instead of blocking the counter: a TCP connect
//! waits at most 3 s, a printer that takes no data for 3 s is given up, and no send lasts
//! more than 20 s. The sale was committed before; the caller keeps the receipt pending.

use std::io::{Read, Write};
use std::net::{IpAddr, Shutdown, SocketAddr, TcpStream, ToSocketAddrs};
use std::path::Path;
use std::sync::mpsc;
use std::time::{Duration, Instant};

use crate::error::{Error, ReceiptError, Result};
use crate::receipt::Bitmap;
use crate::receipt::Problem;

pub use crate::error::SpecProblem;
pub use crate::settings::devices::{DEFAULT_BAUD, DEFAULT_TCP_PORT, PrinterSpec};

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

/// One receipt ready to go: the printer's bytes, and the picture they print (what a
/// `png:` printer writes).
#[derive(Debug, Clone)]
pub struct Job {
    pub bytes: Vec<u8>,
    pub bitmap: Bitmap,
}

/// Real-time status requests (`DLE EOT n`): the printer's state, why it is offline, its
/// roll paper. A printer answers each one when it reads it, after every byte sent before:
/// an answer proves the receipt reached it, and says whether it has paper and its cover shut.
pub const STATUS_QUERY: [u8; 9] = [
    0x10, 0x04, 0x01, // DLE EOT 1: printer status
    0x10, 0x04, 0x02, // DLE EOT 2: offline cause
    0x10, 0x04, 0x04, // DLE EOT 4: roll paper sensor
];
/// Longest wait, once the last byte left, for the printer to answer or close.
pub const CONFIRM_TIMEOUT: Duration = Duration::from_secs(3);

/// Sends a job to a printer, within the time bounds above. `Ok` means printed: the printer
/// took every byte and, where it answers its status, has paper and its cover closed.
/// Without a printer (`none`) nothing is printed, and that is said: [`ReceiptError::NoPrinter`].
pub fn send(spec: &PrinterSpec, job: &Job) -> Result<()> {
    let failed = |problem: Problem| {
        Error::Receipt(ReceiptError::PrintFailed {
            printer: spec.to_string(),
            problem,
        })
    };
    match spec {
        PrinterSpec::None => Err(Error::Receipt(ReceiptError::NoPrinter)),
        PrinterSpec::Png(path) => crate::receipt::raster::write_png(&job.bitmap, path),
        PrinterSpec::Tcp { host, port } => send_tcp(host, *port, &job.bytes).map_err(failed),
        PrinterSpec::File(path) => {
            crate::outfile::refuse_database(path)?;
            send_file(path, &job.bytes).map_err(failed)
        }
        PrinterSpec::Usb { vid, pid } => send_usb(*vid, *pid, &job.bytes)?.map_err(failed),
        PrinterSpec::Serial { path, baud } => send_serial(path, *baud, &job.bytes)?.map_err(failed),
        PrinterSpec::System(name) => crate::receipt::system::send(name, &job.bytes).map_err(failed),
    }
}

type Sent = std::result::Result<(), Problem>;

fn send_tcp(host: &str, port: u16, bytes: &[u8]) -> Sent {
    let started = Instant::now();
    let addresses = resolve(host, port)?;
    let mut last = Problem::Unreachable(format!("{host} has no address"));
    // Several addresses (IPv6 and IPv4) are tried within one connect timeout.
    for address in addresses {
        if started.elapsed() >= CONNECT_TIMEOUT {
            break;
        }
        match connect(address) {
            Ok(stream) => return write_stream(stream, bytes, started),
            Err(e) if is_timeout(&e) => {
                last = Problem::NoAnswer {
                    after_s: CONNECT_TIMEOUT.as_secs(),
                }
            }
            Err(e) => last = Problem::Unreachable(e.to_string()),
        }
    }
    Err(last)
}

/// The host's addresses; a name is looked up on a helper thread so that a dead name
/// server cannot hold the counter longer than the connect timeout.
fn resolve(host: &str, port: u16) -> std::result::Result<Vec<SocketAddr>, Problem> {
    if let Ok(ip) = host.parse::<IpAddr>() {
        return Ok(vec![SocketAddr::new(ip, port)]);
    }
    let name = format!("{host}:{port}");
    bounded(CONNECT_TIMEOUT, move || {
        name.to_socket_addrs()
            .map(Iterator::collect)
            .map_err(|e| Problem::Unreachable(e.to_string()))
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

/// Writes the job and the status request in chunks no bigger than the socket's buffer,
/// then waits for the printer to confirm. The kernel returns from a blocking write with
/// part of its chunk only after waiting the whole timeout, so a write that took the stall
/// timeout and left some of its chunk means the printer took less than a chunk in that
/// time: it is given up then, not after a second wait.
fn write_stream(mut stream: TcpStream, job: &[u8], started: Instant) -> Sent {
    let mut bytes = Vec::with_capacity(job.len() + STATUS_QUERY.len());
    bytes.extend_from_slice(job);
    bytes.extend_from_slice(&STATUS_QUERY);
    let total = job.len();
    let mut sent = 0;
    while sent < bytes.len() {
        let left = SEND_DEADLINE.saturating_sub(started.elapsed());
        if left.is_zero() {
            return Err(Problem::TooSlow {
                sent: sent.min(total),
                total,
                after_s: SEND_DEADLINE.as_secs(),
            });
        }
        let wait = STALL_TIMEOUT.min(left);
        let stalled = |sent: usize| Problem::Stalled {
            sent: sent.min(total),
            total,
            after_s: wait.as_secs().max(1),
        };
        stream
            .set_write_timeout(Some(wait))
            .map_err(|e| Problem::Device(e.to_string()))?;
        let chunk = &bytes[sent..bytes.len().min(sent + CHUNK)];
        let began = Instant::now();
        match stream.write(chunk) {
            Ok(0) => return Err(Problem::Closed { sent }),
            Ok(n) => {
                sent += n;
                if n < chunk.len() && began.elapsed() + Duration::from_millis(50) >= wait {
                    return Err(stalled(sent));
                }
            }
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(e) if is_timeout(&e) => return Err(stalled(sent)),
            Err(e) => return Err(lost(&e, sent.min(total))),
        }
    }
    // Our end, after the status request: a printer that reads all of it sees the end too.
    stream
        .shutdown(Shutdown::Write)
        .map_err(|e| lost(&e, total))?;
    let wait = CONFIRM_TIMEOUT.min(SEND_DEADLINE.saturating_sub(started.elapsed()));
    confirm(&mut stream, wait)
}

/// A connection that broke while sending: the printer went away.
fn lost(e: &std::io::Error, sent: usize) -> Problem {
    use std::io::ErrorKind::{BrokenPipe, ConnectionAborted, ConnectionReset};
    if matches!(e.kind(), BrokenPipe | ConnectionReset | ConnectionAborted) {
        Problem::Closed { sent }
    } else {
        Problem::Device(e.to_string())
    }
}

/// Waits up to `wait` for the printer's status answers or its close, and judges them.
fn confirm(stream: &mut TcpStream, wait: Duration) -> Sent {
    let until = Instant::now() + wait;
    let mut answer = Vec::new();
    let mut closed = false;
    let mut buffer = [0u8; 256];
    loop {
        let left = until.saturating_duration_since(Instant::now());
        if left.is_zero() || statuses(&answer).len() >= 3 {
            break;
        }
        if stream.set_read_timeout(Some(left)).is_err() {
            break;
        }
        match stream.read(&mut buffer) {
            Ok(0) => {
                closed = true;
                break;
            }
            Ok(n) => answer.extend_from_slice(&buffer[..n]),
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(_) => break,
        }
    }
    judge(&statuses(&answer), closed, wait)
}

/// The status bytes among what the printer sent: each has bit 1 and bit 4 set, bits 0 and 7
/// clear (ESC/POS `DLE EOT`); other bytes (automatic status, noise) are left out.
fn statuses(answer: &[u8]) -> Vec<u8> {
    answer
        .iter()
        .copied()
        .filter(|b| b & 0x93 == 0x12)
        .collect()
}

/// Printed, or why not, from the answers to [`STATUS_QUERY`] in order, and whether the
/// printer closed the connection after reading everything.
fn judge(answers: &[u8], closed: bool, wait: Duration) -> Sent {
    let printer = answers.first().copied().unwrap_or(0x12);
    let cause = answers.get(1).copied().unwrap_or(0x12);
    let paper = answers.get(2).copied().unwrap_or(0x12);
    if answers.is_empty() && !closed {
        return Err(Problem::Unconfirmed {
            after_s: wait.as_secs().max(1),
        });
    }
    if cause & 0x04 != 0 {
        Err(Problem::CoverOpen)
    } else if cause & 0x20 != 0 || paper & 0x60 != 0 {
        Err(Problem::PaperOut)
    } else if printer & 0x08 != 0 || cause & 0x40 != 0 {
        Err(Problem::Offline)
    } else {
        Ok(())
    }
}

fn is_timeout(e: &std::io::Error) -> bool {
    matches!(
        e.kind(),
        std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut
    )
}

/// Appends to a device or a file. A device that blocks (a USB printer that is jammed)
/// is given up after the stall timeout; the helper thread stays stuck in the kernel until
/// the device answers or the program ends. Under `/dev` nothing is created: an unplugged
/// printer's device is missing, and a plain file there would swallow receipts.
fn send_file(path: &Path, bytes: &[u8]) -> Sent {
    let path = path.to_path_buf();
    let bytes = bytes.to_vec();
    let create = !path.starts_with("/dev");
    let limit = STALL_TIMEOUT + Duration::from_secs(bytes.len() as u64 / 65_536);
    bounded(limit.min(SEND_DEADLINE), move || {
        let mut file = std::fs::OpenOptions::new()
            .append(true)
            .create(create)
            .open(&path)
            .map_err(|e| Problem::Device(format!("{}: {e}", path.display())))?;
        file.write_all(&bytes)
            .and_then(|()| file.flush())
            .map_err(|e| Problem::Device(format!("{}: {e}", path.display())))
    })?
}

/// Runs `work` on a helper thread and waits for it at most `limit`.
fn bounded<T: Send + 'static>(
    limit: Duration,
    work: impl FnOnce() -> T + Send + 'static,
) -> std::result::Result<T, Problem> {
    let (tx, rx) = mpsc::channel();
    std::thread::Builder::new()
        .name("souk-print".to_owned())
        .spawn(move || {
            let _ = tx.send(work());
        })
        .map_err(|e| Problem::Device(e.to_string()))?;
    rx.recv_timeout(limit).map_err(|_| Problem::NoAnswer {
        after_s: limit.as_secs().max(1),
    })
}

/// What a device send gives: a build without the device's support refuses at once
/// (outer error), a device that fails says why (inner).
type DeviceResult = Result<Sent>;

#[cfg(feature = "usb")]
fn send_usb(vid: u16, pid: u16, bytes: &[u8]) -> DeviceResult {
    use escpos::driver::{Driver, UsbDriver};
    let sent = UsbDriver::open(vid, pid, Some(STALL_TIMEOUT), None)
        .and_then(|driver| driver.write(bytes).and_then(|()| driver.flush()))
        .map_err(|e| Problem::Device(e.to_string()));
    Ok(sent)
}

#[cfg(not(feature = "usb"))]
fn send_usb(_vid: u16, _pid: u16, _bytes: &[u8]) -> DeviceResult {
    Err(Error::Receipt(ReceiptError::PrinterUnsupported {
        kind: "USB",
        feature: "usb",
    }))
}

/// Writes to a serial printer; a line that takes no data for the stall timeout is given up.
fn send_serial(path: &Path, baud: u32, bytes: &[u8]) -> DeviceResult {
    let device = path.to_string_lossy().into_owned();
    let sent = serialport::new(device.as_str(), baud)
        .timeout(STALL_TIMEOUT)
        .open()
        .map_err(|e| Problem::Device(format!("{device}: {e}")))
        .and_then(|mut port| {
            port.write_all(bytes)
                .and_then(|()| port.flush())
                .map_err(|e| match e.kind() {
                    std::io::ErrorKind::TimedOut => Problem::NoAnswer {
                        after_s: STALL_TIMEOUT.as_secs(),
                    },
                    _ => Problem::Device(format!("{device}: {e}")),
                })
        });
    Ok(sent)
}
