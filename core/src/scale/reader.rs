//! Reading the scale on its serial line, on a thread of its own: the port is opened (again
//! every second while it cannot be), asked for the weight when the protocol wants asking,
//! and what comes back is cut into answers and read. Each change is told once; a scale
//! that sends nothing usable is named silent within [`SILENT_AFTER`], a port that goes
//! away (a cable pulled) is named unplugged, and a half-received answer is dropped.

use std::io::{ErrorKind, Read, Write};
use std::time::{Duration, Instant};

use super::{Protocol, Reading, SILENT_AFTER, ScaleSpec, Trouble, cas, toledo};

/// What the scale said last, or why it says nothing.
pub type Said = Result<Reading, Trouble>;

/// How often an 8217 scale is asked for its weight.
const ASK_EVERY: Duration = Duration::from_millis(150);
/// How long one read waits before the loop looks around.
const READ_WAIT: Duration = Duration::from_millis(50);
/// Bytes that do not make an answer are dropped past this much.
const MOST_NOISE: usize = 256;
/// A port that failed is opened again after this.
const REOPEN_AFTER: Duration = Duration::from_millis(500);

/// Why reading a line ended.
#[derive(Debug, PartialEq, Eq)]
pub enum Ended {
    /// Nobody listens any more.
    Stopped,
    /// The line failed (unplugged, closed), in the system's words.
    Gone(String),
}

/// Reads the scale of `spec` until `tell` returns `false` (nobody listens any more).
pub fn run(spec: &ScaleSpec, mut tell: impl FnMut(Said) -> bool) {
    let mut last: Option<Said> = None;
    let mut say = |said: Said| -> bool {
        if last.as_ref() == Some(&said) {
            return true;
        }
        last = Some(said.clone());
        tell(said)
    };
    loop {
        let opened = serialport::new(&spec.port, spec.baud)
            .timeout(READ_WAIT)
            .open();
        let detail = match opened {
            Ok(mut port) => match read(&mut port, spec.protocol, &mut say) {
                Ended::Stopped => return,
                Ended::Gone(detail) => detail,
            },
            Err(error) => error.to_string(),
        };
        let trouble = Trouble::Unplugged {
            port: spec.port.clone(),
            detail,
        };
        if !say(Err(trouble)) {
            return;
        }
        std::thread::sleep(REOPEN_AFTER);
    }
}

/// Reads one opened line until it fails or nobody listens.
pub fn read<L: Read + Write + ?Sized>(
    line: &mut L,
    protocol: Protocol,
    say: &mut impl FnMut(Said) -> bool,
) -> Ended {
    let mut buffer: Vec<u8> = Vec::new();
    let mut chunk = [0u8; 128];
    let mut last_good = Instant::now();
    // When bytes last came at all: noise is not silence.
    let mut last_bytes = Instant::now() - SILENT_AFTER;
    let mut asked = Instant::now() - ASK_EVERY;
    loop {
        if protocol == Protocol::Toledo && asked.elapsed() >= ASK_EVERY {
            asked = Instant::now();
            if let Err(error) = line.write_all(toledo::REQUEST).and_then(|()| line.flush())
                && error.kind() != ErrorKind::TimedOut
            {
                return Ended::Gone(error.to_string());
            }
        }
        match line.read(&mut chunk) {
            Ok(0) => return Ended::Gone("the line was closed".to_owned()),
            Ok(n) => {
                buffer.extend_from_slice(&chunk[..n]);
                last_bytes = Instant::now();
            }
            Err(e) if matches!(e.kind(), ErrorKind::TimedOut | ErrorKind::WouldBlock) => {}
            Err(e) if e.kind() == ErrorKind::Interrupted => {}
            Err(error) => return Ended::Gone(error.to_string()),
        }
        loop {
            let frame = match protocol {
                Protocol::Toledo => toledo::next_frame(&buffer),
                Protocol::Cas => cas::next_frame(&buffer),
            };
            let Some((frame, rest)) = frame else { break };
            let said = match protocol {
                Protocol::Toledo => toledo::parse(frame),
                Protocol::Cas => cas::parse(frame),
            };
            buffer = rest.to_vec();
            if said.is_ok() {
                last_good = Instant::now();
            }
            if !say(said) {
                return Ended::Stopped;
            }
        }
        if buffer.len() > MOST_NOISE {
            buffer.clear();
            if !say(Err(Trouble::Garbage)) {
                return Ended::Stopped;
            }
        }
        if last_good.elapsed() >= SILENT_AFTER {
            // Whatever was half-received is not a weight.
            buffer.clear();
            last_good = Instant::now() - SILENT_AFTER;
            let trouble = if last_bytes.elapsed() < SILENT_AFTER {
                Trouble::Garbage
            } else {
                Trouble::Silent
            };
            if !say(Err(trouble)) {
                return Ended::Stopped;
            }
        }
    }
}
