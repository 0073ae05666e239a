//! A thermal receipt printer as cheap ones behave, on 127.0.0.1: it reads ESC/POS through a
//! small receive buffer at a set speed, answers real-time status (`DLE EOT`) as it reads
//! it, closes the connection when the PC closes its end, and can stall (stop reading), run
//! out of paper or have its cover open. Each job it printed is kept with the picture
//! decoded from its `GS v 0` raster, ready to be written as a PNG and looked at.

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use souk::receipt::Bitmap;

/// How the printer behaves for the next bytes it reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Reads, prints, answers "all well".
    Ready,
    /// Stops reading (a paper jam, a hung firmware): the PC's writes pile up and block.
    Stalled,
    /// Reads and answers that its paper is out; prints nothing.
    PaperOut,
    /// Reads and answers that its cover is open; prints nothing.
    CoverOpen,
    /// Reads and prints but never answers its status nor closes (an old model).
    Silent,
}

/// One connection's worth of what the printer received.
#[derive(Debug, Clone)]
pub struct Received {
    pub bytes: Vec<u8>,
    /// The raster bands stitched into one picture, when the job had any.
    pub picture: Option<Bitmap>,
    /// Whether paper came out (the mode was `Ready` or `Silent` when it finished reading).
    pub printed: bool,
    /// Whether the job asked for the cash drawer (`ESC p`).
    pub drawer: bool,
    /// When the connection was accepted and when its last byte was read.
    pub began: Instant,
    pub ended: Instant,
}

#[derive(Debug)]
struct State {
    mode: Mode,
    received: Vec<Received>,
}

/// The emulated printer; it stops when dropped.
pub struct Printer {
    pub port: u16,
    state: Arc<Mutex<State>>,
}

/// A cheap 58 mm printer's receive buffer.
pub const SMALL_BUFFER: usize = 2048;

impl Printer {
    /// A printer reading `bytes_per_second` through a receive buffer of `buffer` bytes.
    pub fn start(bytes_per_second: usize, buffer: usize) -> Printer {
        use socket2::{Domain, Socket, Type};
        let socket = Socket::new(Domain::IPV4, Type::STREAM, None).unwrap();
        // Inherited by accepted connections: the window the PC sees is this small.
        socket.set_recv_buffer_size(buffer).unwrap();
        socket.set_reuse_address(true).unwrap();
        let address: std::net::SocketAddr = "127.0.0.1:0".parse().unwrap();
        socket.bind(&address.into()).unwrap();
        socket.listen(4).unwrap();
        let listener: TcpListener = socket.into();
        let port = listener.local_addr().unwrap().port();
        let state = Arc::new(Mutex::new(State {
            mode: Mode::Ready,
            received: Vec::new(),
        }));
        let shared = state.clone();
        std::thread::spawn(move || {
            for stream in listener.incoming() {
                let Ok(stream) = stream else { break };
                // One job at a time, as a printer serves its port.
                serve(stream, &shared, bytes_per_second);
            }
        });
        Printer { port, state }
    }

    /// The printer's text for Souk's settings or `--printer`.
    pub fn spec(&self) -> String {
        format!("tcp:127.0.0.1:{}", self.port)
    }

    pub fn set_mode(&self, mode: Mode) {
        self.state.lock().unwrap().mode = mode;
    }

    /// Every connection received so far, in order.
    pub fn received(&self) -> Vec<Received> {
        self.state.lock().unwrap().received.clone()
    }

    /// The jobs that came out on paper.
    pub fn printed(&self) -> Vec<Received> {
        self.received().into_iter().filter(|r| r.printed).collect()
    }

    /// Waits until `count` jobs came out on paper, or `limit` passed; returns them.
    pub fn wait_printed(&self, count: usize, limit: Duration) -> Vec<Received> {
        let until = Instant::now() + limit;
        loop {
            let printed = self.printed();
            if printed.len() >= count || Instant::now() >= until {
                return printed;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

fn mode(state: &Mutex<State>) -> Mode {
    state.lock().unwrap().mode
}

fn serve(mut stream: TcpStream, state: &Mutex<State>, bytes_per_second: usize) {
    let began = Instant::now();
    let mut parser = Parser::default();
    let mut ended = began;
    // Reads in slices of 1/50 s worth of bytes, so the speed holds at any size.
    let slice = (bytes_per_second / 50).max(1);
    let mut buffer = vec![0u8; slice];
    stream
        .set_read_timeout(Some(Duration::from_millis(50)))
        .unwrap();
    let started = Instant::now();
    let mut total = 0usize;
    loop {
        if mode(state) == Mode::Stalled {
            // Nothing is read: the PC's bytes wait in the small buffer, then its writes
            // block. Once thawed, the printer reads on where it stopped.
            std::thread::sleep(Duration::from_millis(20));
            continue;
        }
        match stream.read(&mut buffer) {
            Ok(0) => {
                parser.ended = true;
                break;
            }
            Ok(n) => {
                ended = Instant::now();
                total += n;
                for answer in parser.feed(&buffer[..n], mode(state)) {
                    let _ = stream.write_all(&[answer]);
                }
                // Keep to the set speed.
                let due = Duration::from_secs_f64(total as f64 / bytes_per_second as f64);
                if let Some(wait) = due.checked_sub(started.elapsed()) {
                    std::thread::sleep(wait);
                }
            }
            Err(e)
                if matches!(
                    e.kind(),
                    std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut
                ) => {}
            Err(_) => break,
        }
    }
    let finished = mode(state);
    let printed = matches!(finished, Mode::Ready | Mode::Silent) && parser.ended;
    if finished == Mode::Silent {
        // An old model keeps its end open: the PC hears nothing back.
        std::thread::sleep(Duration::from_secs(5));
    }
    drop(stream);
    let picture = parser.picture();
    state.lock().unwrap().received.push(Received {
        bytes: parser.bytes,
        picture,
        printed,
        drawer: parser.drawer,
        began,
        ended,
    });
}

/// Reads ESC/POS as a printer does: raster payloads by their length (so status requests
/// are never looked for inside pictures), real-time requests answered on the spot.
#[derive(Default)]
struct Parser {
    bytes: Vec<u8>,
    /// Bytes of the command being read.
    pending: Vec<u8>,
    /// Raster bands: width in bytes, rows, data.
    bands: Vec<(usize, usize, Vec<u8>)>,
    drawer: bool,
    ended: bool,
}

impl Parser {
    /// Takes bytes in; returns the status bytes to send back.
    fn feed(&mut self, data: &[u8], mode: Mode) -> Vec<u8> {
        self.bytes.extend_from_slice(data);
        self.pending.extend_from_slice(data);
        let mut answers = Vec::new();
        loop {
            let taken = match self.pending.as_slice() {
                [] => break,
                [0x10, 0x04, n, ..] => {
                    if mode != Mode::Silent {
                        answers.push(status(*n, mode));
                    }
                    3
                }
                [0x10] | [0x10, 0x04] => break,
                [0x1B, 0x40, ..] => 2,
                [0x1B, 0x70, _, _, _, ..] => {
                    self.drawer = true;
                    5
                }
                [0x1B, 0x70, ..] => break,
                [0x1B, 0x64, _, ..] | [0x1B, 0x74, _, ..] | [0x1B, 0x61, _, ..] => 3,
                [0x1B] | [0x1B, _] => break,
                [0x1D, 0x56, 0x41 | 0x42, _, ..] => 4,
                [0x1D, 0x56, _, ..] => 3,
                [0x1D, 0x76, 0x30, _, xl, xh, yl, yh, rest @ ..] => {
                    let width = usize::from(*xl) | usize::from(*xh) << 8;
                    let rows = usize::from(*yl) | usize::from(*yh) << 8;
                    let size = width * rows;
                    if rest.len() < size {
                        break;
                    }
                    self.bands.push((width, rows, rest[..size].to_vec()));
                    8 + size
                }
                [0x1D, ..] if self.pending.len() < 8 => break,
                _ => 1,
            };
            self.pending.drain(..taken);
        }
        answers
    }

    /// The bands one under the other.
    fn picture(&self) -> Option<Bitmap> {
        let width = self.bands.iter().map(|(w, _, _)| *w).max()?;
        let height: usize = self.bands.iter().map(|(_, r, _)| *r).sum();
        let mut bitmap = Bitmap::new(u32::try_from(width * 8).ok()?, u32::try_from(height).ok()?);
        let mut top = 0;
        for (w, rows, data) in &self.bands {
            for y in 0..*rows {
                for xb in 0..*w {
                    let byte = data[y * w + xb];
                    for bit in 0..8 {
                        if byte & (0x80 >> bit) != 0 {
                            bitmap.set((xb * 8 + bit) as u32, (top + y) as u32);
                        }
                    }
                }
            }
            top += rows;
        }
        Some(bitmap)
    }
}

/// The answer to `DLE EOT n` in `mode`, as Epson's ESC/POS documents it.
fn status(n: u8, mode: Mode) -> u8 {
    let base = 0x12;
    match (n, mode) {
        (1, Mode::PaperOut | Mode::CoverOpen) => base | 0x08,
        (2, Mode::CoverOpen) => base | 0x04,
        (2, Mode::PaperOut) => base | 0x20,
        (4, Mode::PaperOut) => base | 0x60,
        _ => base,
    }
}
