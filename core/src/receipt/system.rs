//! The PC's own printer queues (`system:NAME`): a USB receipt printer installed through
//! Windows ("POS-80"), or a raw CUPS queue on Linux. The ESC/POS bytes go as they are
//! (RAW datatype on Windows, `raw` on CUPS), through the `printers` crate, which wraps
//! both spoolers; the same code runs on both systems.
//!
//! A queue takes a job at once, whether or not the printer is there, so "taken" is not
//! "printed": the job is watched until the system says it is done, and one that is
//! refused, or still waiting after [`SYSTEM_DEADLINE`], is withdrawn (so it cannot come out
//! later beside the reprint) and named as a [`Problem`]; the caller keeps the receipt.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use printers::common::base::job::{PrinterJobOptions, PrinterJobState};
use printers::common::base::printer::{Printer, PrinterState};

use crate::receipt::Problem;

/// Longest a job may stay in the queue before it is withdrawn: a receipt of 100 KB goes
/// to a USB printer in a few seconds; a queue whose printer is away keeps it for ever.
pub const SYSTEM_DEADLINE: Duration = Duration::from_secs(10);
/// How often the queue is asked about the job.
const POLL: Duration = Duration::from_millis(100);

/// One of the PC's printers as the settings screen lists it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Queue {
    /// The name `system:NAME` takes (CUPS's queue name, Windows' printer name).
    pub name: String,
    /// What the system calls it for people, when it says more than the name.
    pub description: String,
    pub is_default: bool,
}

/// The PC's printers, the default first; none where the system has no printing.
pub fn queues() -> Vec<Queue> {
    let mut all: Vec<Queue> = printers::get_printers()
        .into_iter()
        .map(|p| Queue {
            description: if p.description.trim().is_empty() || p.description == p.name {
                String::new()
            } else {
                p.description.clone()
            },
            name: p.system_name,
            is_default: p.is_default,
        })
        .collect();
    all.sort_by(|a, b| b.is_default.cmp(&a.is_default).then(a.name.cmp(&b.name)));
    all
}

/// Sends raw bytes to the queue `name` and waits until the system has printed them.
pub fn send(name: &str, bytes: &[u8]) -> Result<(), Problem> {
    send_within(name, bytes, SYSTEM_DEADLINE)
}

fn send_within(name: &str, bytes: &[u8], deadline: Duration) -> Result<(), Problem> {
    let printer =
        printers::get_printer_by_name(name).ok_or_else(|| Problem::NoQueue(name.to_owned()))?;
    // A printer the system already knows to be away: nothing is queued, to come out later.
    if matches!(printer.state, PrinterState::OFFLINE | PrinterState::PAUSED) {
        return Err(Problem::Offline);
    }
    let started = Instant::now();
    let id = submit(&printer, bytes)?;
    loop {
        match state_of(&printer, id) {
            Some(PrinterJobState::COMPLETED) => return Ok(()),
            // Windows drops a printed job from the queue; CUPS keeps it as completed. A job
            // gone before it was seen completed was printed (or deleted by hand on the PC).
            None => return Ok(()),
            Some(PrinterJobState::CANCELLED) => {
                return Err(Problem::Refused(refusal(&printer)));
            }
            Some(_) if started.elapsed() >= deadline => {
                let _ = printer.cancel_job(id);
                return Err(Problem::Waiting {
                    after_s: deadline.as_secs().max(1),
                });
            }
            Some(_) => std::thread::sleep(POLL),
        }
    }
}

/// Queues the job. CUPS reads it from a file: one of our own, removed once queued (the
/// crate's own temporary file would be left behind, readable by anyone on the PC).
fn submit(printer: &Printer, bytes: &[u8]) -> Result<u64, Problem> {
    let refused = |e: printers::common::base::errors::PrintersError| {
        Problem::Refused(format!("{}: {e:?}", printer.name))
    };
    if cfg!(windows) {
        let options = PrinterJobOptions {
            name: Some("Souk"),
            raw_properties: &[("document-format", "RAW")],
            ..PrinterJobOptions::none()
        };
        return printer.print(bytes, options).map_err(refused);
    }
    let file = spool_file(bytes)?;
    let options = PrinterJobOptions {
        name: Some("Souk"),
        raw_properties: &[("raw", "true")],
        ..PrinterJobOptions::none()
    };
    let queued = printer.print_file(&file.to_string_lossy(), options);
    let _ = std::fs::remove_file(&file);
    queued.map_err(refused)
}

/// The job's bytes in a file of the user's temporary folder that only she can read.
fn spool_file(bytes: &[u8]) -> Result<PathBuf, Problem> {
    use std::io::Write;
    let failed = |e: std::io::Error| Problem::Device(format!("temporary file: {e}"));
    let mut named = tempfile_in_temp().map_err(failed)?;
    named.1.write_all(bytes).map_err(failed)?;
    named.1.flush().map_err(failed)?;
    Ok(named.0)
}

/// A new file in the temporary folder, created (never opened if it exists) with the
/// user's rights alone where the system has such rights.
fn tempfile_in_temp() -> std::io::Result<(PathBuf, std::fs::File)> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let base = std::env::temp_dir();
    let mut last = None;
    for attempt in 0..16u32 {
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.subsec_nanos());
        let path = base.join(format!(
            "souk-receipt-{}-{nanos}-{attempt}.bin",
            std::process::id()
        ));
        match options.open(&path) {
            Ok(file) => return Ok((path, file)),
            Err(e) => last = Some(e),
        }
    }
    Err(last.unwrap_or_else(|| std::io::Error::other("no temporary file")))
}

/// The job's state in its queue; `None` once the queue no longer lists it.
fn state_of(printer: &Printer, id: u64) -> Option<PrinterJobState> {
    printer
        .get_job_history()
        .into_iter()
        .chain(printer.get_active_jobs())
        .find(|job| job.id == id)
        .map(|job| job.state)
}

/// Why the system cancelled the job, as far as it says: its printer's state reasons.
fn refusal(printer: &Printer) -> String {
    let again = printers::get_printer_by_name(&printer.system_name);
    let reasons = again
        .map(|p| p.state_reasons)
        .unwrap_or_default()
        .into_iter()
        .filter(|r| !r.is_empty() && r != "none")
        .collect::<Vec<_>>();
    if reasons.is_empty() {
        printer.name.clone()
    } else {
        format!("{}: {}", printer.name, reasons.join(", "))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_queue_the_pc_does_not_have_is_named() {
        let said = send("souk-no-such-queue-here", b"\x1b@");
        assert_eq!(
            said,
            Err(Problem::NoQueue("souk-no-such-queue-here".to_owned()))
        );
    }

    #[test]
    fn the_spool_file_is_the_users_alone() {
        let Ok(path) = spool_file(b"abc") else {
            panic!("no temporary file");
        };
        assert_eq!(std::fs::read(&path).ok().as_deref(), Some(&b"abc"[..]));
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&path).map(|m| m.permissions().mode() & 0o777);
            assert_eq!(mode.ok(), Some(0o600));
        }
        let _ = std::fs::remove_file(&path);
    }
}
