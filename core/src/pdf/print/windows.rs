//! Pages on Windows: the PDF is written to the user's temporary folder and handed to the
//! PC's PDF reader through the shell's "print" verb (or "printto" a named printer), with
//! PowerShell's `Start-Process`, which every Windows 10 and 11 has. Where no reader offers
//! that verb (Edge alone does not), the PDF is opened instead, so that printing is the
//! reader's Ctrl+P, never a search for the file. Each wait is bounded.

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use super::Printed;
use crate::error::{Error, PdfError, Result};

/// Prints `pdf` (named `name.pdf`) on `printer`, or the default printer.
pub fn print(printer: Option<&str>, name: &str, pdf: &[u8], bound: Duration) -> Result<Printed> {
    let dir = std::env::temp_dir().join("Souk");
    std::fs::create_dir_all(&dir).map_err(|e| Error::Folder {
        path: dir.clone(),
        source: std::sync::Arc::new(e),
    })?;
    let path = dir.join(format!("{name}.pdf"));
    // Souk's own copy for the reader, written again for each print of the same title;
    // still never over a database or through a link, and whole or not at all.
    crate::outfile::write(&path, pdf, true)?;
    let verb = match printer {
        None => "-Verb Print".to_owned(),
        Some(name) => format!("-Verb PrintTo -ArgumentList '\"{}\"'", quoted(name)),
    };
    let script = format!(
        "Start-Process -FilePath '{}' {verb} -WindowStyle Minimized",
        quoted(&path.display().to_string())
    );
    let handed = run(
        Command::new("powershell.exe").args(["-NoProfile", "-NonInteractive", "-Command", &script]),
        bound,
    );
    if handed.is_ok() {
        return Ok(Printed::Handed {
            printer: printer.map(str::to_owned),
            path,
        });
    }
    // No reader prints by itself: it is opened, to print from its own dialog.
    open(&path, bound)?;
    Ok(Printed::Opened(path))
}

/// Opens a file with the program Windows gives its kind.
fn open(path: &Path, bound: Duration) -> Result<()> {
    run(
        Command::new("cmd.exe").args(["/C", "start", ""]).arg(path),
        bound,
    )
    .map_err(|e| Error::Pdf(PdfError::PagePrinter(e)))
}

/// A text inside PowerShell's single quotes.
fn quoted(text: &str) -> String {
    text.replace('\'', "''")
}

/// Runs a command to its end within `bound`: `Err` with what it said when it failed.
fn run(command: &mut Command, bound: Duration) -> std::result::Result<(), String> {
    let mut child = command
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| e.to_string())?;
    let started = Instant::now();
    loop {
        match child.try_wait() {
            Ok(Some(status)) if status.success() => return Ok(()),
            Ok(Some(status)) => {
                let mut said = String::new();
                if let Some(mut err) = child.stderr.take() {
                    use std::io::Read;
                    let _ = err.read_to_string(&mut said);
                }
                return Err(if said.trim().is_empty() {
                    status.to_string()
                } else {
                    said.trim().to_owned()
                });
            }
            Ok(None) if started.elapsed() < bound => {
                std::thread::sleep(Duration::from_millis(50));
            }
            Ok(None) => {
                let _ = child.kill();
                let _ = child.wait();
                return Err(format!("no answer within {} s", bound.as_secs()));
            }
            Err(e) => return Err(e.to_string()),
        }
    }
}
