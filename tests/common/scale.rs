//! A retail scale on a pseudo-terminal, speaking either protocol Souk reads: it answers
//! `W` the way an 8217 scale does, or streams CAS lines ten times a second. It can show a
//! stable weight, move, sit at zero, go below zero or over capacity, send garbage, fall
//! silent, or have its cable pulled in the middle of an answer.

use std::io::{Read, Write};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use serialport::{SerialPort, TTYPort};
use souk::scale::Protocol;

/// What the scale shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Load {
    /// A stable weight, in grams.
    Stable(i64),
    /// A load still moving, in grams.
    Moving(i64),
    Zero,
    Negative,
    Overload,
    /// Bytes that make no answer.
    Garbage,
    /// Nothing at all.
    Silent,
}

pub struct Scale {
    /// The line Souk opens: the pseudo-terminal's far end.
    pub port: String,
    load: Arc<Mutex<Load>>,
    pulled: Arc<AtomicBool>,
    /// Held open so the line does not hang up before Souk opens it.
    _far_end: TTYPort,
}

impl Scale {
    pub fn start(protocol: Protocol, load: Load) -> Scale {
        let (mut near, far) = TTYPort::pair().expect("a pseudo-terminal");
        let port = far.name().expect("the far end's name");
        near.set_timeout(Duration::from_millis(20)).unwrap();
        let load = Arc::new(Mutex::new(load));
        let pulled = Arc::new(AtomicBool::new(false));
        let (shown, cut) = (load.clone(), pulled.clone());
        std::thread::spawn(move || {
            let mut request = [0u8; 16];
            loop {
                if cut.load(Ordering::Relaxed) {
                    // Half an answer, then the cable is gone.
                    let _ = near.write_all(b"\x0200.3");
                    let _ = near.write_all(b"ST,GS,+  0.3");
                    return;
                }
                let now = *shown.lock().unwrap();
                match protocol {
                    Protocol::Toledo => {
                        let asked = near.read(&mut request).unwrap_or(0);
                        if request[..asked].contains(&b'W') {
                            let _ = near.write_all(&toledo(now));
                        }
                    }
                    Protocol::Cas => {
                        let _ = near.write_all(&cas(now));
                        std::thread::sleep(Duration::from_millis(100));
                    }
                }
            }
        });
        Scale {
            port,
            load,
            pulled,
            _far_end: far,
        }
    }

    pub fn show(&self, load: Load) {
        *self.load.lock().unwrap() = load;
    }

    /// Cuts the line in the middle of an answer.
    pub fn pull_cable(&self) {
        self.pulled.store(true, Ordering::Relaxed);
    }
}

fn kg(grams: i64) -> String {
    format!("{}.{:03}", grams / 1000, grams % 1000)
}

/// The 8217 answer to `W`.
fn toledo(load: Load) -> Vec<u8> {
    match load {
        Load::Stable(g) => format!("\x02{:0>6}\r", kg(g)).into_bytes(),
        Load::Moving(_) => b"\x02?1\r".to_vec(),
        Load::Zero => b"\x02?2\r".to_vec(),
        Load::Negative => b"\x02?p1\r".to_vec(),
        Load::Overload => b"\x02?p2\r".to_vec(),
        Load::Garbage => b"\x02\xff\xfe{}\r".to_vec(),
        Load::Silent => Vec::new(),
    }
}

/// One CAS line.
fn cas(load: Load) -> Vec<u8> {
    match load {
        Load::Stable(g) => format!("ST,GS,+{:>8}kg\r\n", kg(g)).into_bytes(),
        Load::Moving(g) => format!("US,GS,+{:>8}kg\r\n", kg(g)).into_bytes(),
        Load::Zero => b"ST,GS,+   0.000kg\r\n".to_vec(),
        Load::Negative => b"US,GS,-   0.015kg\r\n".to_vec(),
        Load::Overload => b"OL,GS,+  99.999kg\r\n".to_vec(),
        Load::Garbage => b"\xff\x00garbage, more garbage\x07".to_vec(),
        Load::Silent => Vec::new(),
    }
}
