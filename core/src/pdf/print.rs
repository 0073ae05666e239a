//! Sends a PDF to the shop's page printer (the A4/A5 one, not the receipt printer), as the
//! setting `pages.printer` says:
//!
//! - empty: the PC's default printer, through CUPS's `lp` (Debian's desktop has it, and
//!   CUPS prints PDF itself, so no reader or driver is needed here);
//! - `folder:DIR`: the PDF is written into DIR, for a shop whose printer sits on another PC
//!   that prints what lands in a shared folder, and for tests;
//! - anything else: the CUPS printer of that name (`lp -d NAME`).
//!
//! The PDF goes to `lp` on its standard input, so no temporary file is left behind; `lp`
//! only queues the job, so waiting for it is bounded.
//!
//! Windows has no `lp`, and its spooler prints a PDF only through a program that draws
//! it: the PDF is handed to the PC's PDF reader with the shell's "print" verb (to the
//! default printer, or "printto" a named one), and where no reader offers that verb it
//! is opened in the reader, whose print dialog is one Ctrl+P away (`windows.rs`).

use std::path::{Path, PathBuf};
use std::time::Duration;
#[cfg(not(windows))]
use std::{
    io::Write,
    process::{Command, Stdio},
    time::Instant,
};

use rusqlite::Connection;

#[cfg(not(windows))]
use crate::error::PdfError;
use crate::error::{Error, Result};
use crate::i18n::Msg;
use crate::settings;

#[cfg(windows)]
mod windows;

/// Where the shop's pages are printed.
pub const PRINTER_SETTING: &str = settings::PAGES_PRINTER;

/// How long `lp` may take to queue a job before it is given up.
const QUEUE_WITHIN: Duration = Duration::from_secs(15);

/// The page printer as configured.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PagePrinter {
    /// CUPS: its default printer (`None`) or a named one.
    Cups(Option<String>),
    /// PDFs written into a folder.
    Folder(PathBuf),
}

impl PagePrinter {
    pub fn parse(text: &str) -> PagePrinter {
        let text = text.trim();
        if let Some(dir) = text.strip_prefix("folder:") {
            return PagePrinter::Folder(PathBuf::from(dir.trim()));
        }
        PagePrinter::Cups(Some(text.to_owned()).filter(|t| !t.is_empty()))
    }

    /// The shop's page printer (`pages.printer`).
    pub fn of_shop(conn: &Connection) -> Result<PagePrinter> {
        Ok(PagePrinter::parse(
            settings::get(conn, PRINTER_SETTING)?
                .as_deref()
                .unwrap_or(""),
        ))
    }
}

/// Where a PDF went: the CUPS printer (its name, or `None` for the default) and the job
/// `lp` named, or the file written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Printed {
    Queued {
        printer: Option<String>,
        job: String,
    },
    Written(PathBuf),
    /// Windows: handed to the PC's PDF reader to print (from the file at `path`).
    Handed {
        printer: Option<String>,
        path: PathBuf,
    },
    /// Windows: opened in the PC's PDF reader, to print from its dialog.
    Opened(PathBuf),
}

impl Printed {
    /// What to tell the user once the document titled `title` went there.
    pub fn msg(&self, title: &str) -> Msg {
        match self {
            // A printer named by the shop, or the PC's default one ("none").
            Printed::Queued { printer, job } => Msg::new("pages-queued")
                .arg("title", title)
                .arg(
                    "printer",
                    printer.clone().unwrap_or_else(|| "none".to_owned()),
                )
                .arg("job", job),
            Printed::Written(path) => Msg::new("pages-written")
                .arg("title", title)
                .arg("path", path.display().to_string()),
            Printed::Handed { printer, .. } => Msg::new("pages-handed").arg("title", title).arg(
                "printer",
                printer.clone().unwrap_or_else(|| "none".to_owned()),
            ),
            Printed::Opened(path) => Msg::new("pages-opened")
                .arg("title", title)
                .arg("path", path.display().to_string()),
        }
    }
}

/// Prints `pdf`, titled `title` (the file's name in a folder, the job's name in CUPS), with
/// `lp_program` as CUPS's `lp` (`"lp"` but in tests).
pub fn print(printer: &PagePrinter, lp_program: &Path, title: &str, pdf: &[u8]) -> Result<Printed> {
    match printer {
        PagePrinter::Folder(dir) => {
            std::fs::create_dir_all(dir).map_err(|e| Error::Folder {
                path: dir.clone(),
                source: std::sync::Arc::new(e),
            })?;
            let path = dir.join(format!("{}.pdf", file_name(title)));
            // A watched folder takes the same title again (a statement printed twice).
            crate::outfile::write(&path, pdf, true)?;
            Ok(Printed::Written(path))
        }
        #[cfg(windows)]
        PagePrinter::Cups(name) => {
            let _ = lp_program;
            windows::print(name.as_deref(), &file_name(title), pdf, QUEUE_WITHIN)
        }
        #[cfg(not(windows))]
        PagePrinter::Cups(name) => {
            let job = lp(lp_program, name.as_deref(), title, pdf)?;
            Ok(Printed::Queued {
                printer: name.clone(),
                job,
            })
        }
    }
}

/// A title as a file name: letters, digits, `-` and `_` kept, the rest `_`.
fn file_name(title: &str) -> String {
    let name: String = title
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '_'
            }
        })
        .collect();
    if name.is_empty() {
        "document".to_owned()
    } else {
        name
    }
}

/// A test page for the page printer: the shop's names, and a frame to see the margins.
pub fn test_page(shop: &crate::receipt::ShopInfo) -> Result<Vec<u8>> {
    use crate::pdf::{Align, Page, Style};
    let mut page = Page::a4();
    page.line((15.0, 15.0), (195.0, 15.0), 0.5);
    page.line((195.0, 15.0), (195.0, 282.0), 0.5);
    page.line((195.0, 282.0), (15.0, 282.0), 0.5);
    page.line((15.0, 282.0), (15.0, 15.0), 0.5);
    let centred = |size| Style::new(size).align(Align::Center);
    page.text(105.0, 60.0, &shop.name_ar, centred(22.0).bold());
    page.text(105.0, 75.0, &shop.name_fr, centred(18.0).bold());
    page.text(105.0, 110.0, "صفحة تجريبية", centred(16.0));
    page.text(105.0, 122.0, "Page de test · Test page", centred(16.0));
    crate::pdf::to_pdf("Souk test", &[page])
}

#[cfg(not(windows))]
fn lp(program: &Path, printer: Option<&str>, title: &str, pdf: &[u8]) -> Result<String> {
    lp_within(program, printer, title, pdf, QUEUE_WITHIN)
}

#[cfg(not(windows))]
fn lp_within(
    program: &Path,
    printer: Option<&str>,
    title: &str,
    pdf: &[u8],
    bound: Duration,
) -> Result<String> {
    let mut command = Command::new(program);
    if let Some(name) = printer {
        command.arg("-d").arg(name);
    }
    command
        .arg("-t")
        .arg(title)
        // CUPS translates "request id is …": the job's name is read from the C locale's.
        .env("LC_ALL", "C")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = command.spawn().map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => Error::Pdf(PdfError::NoPagePrinting),
        _ => Error::Pdf(PdfError::PagePrinter(e.to_string())),
    })?;
    // Written from a thread: an lp that stops reading would otherwise hold the window
    // past the bound below. A broken pipe means lp stopped early; its message says why.
    let writer = child.stdin.take().map(|mut stdin| {
        let pdf = pdf.to_vec();
        std::thread::spawn(move || {
            let _ = stdin.write_all(&pdf);
        })
    });
    let started = Instant::now();
    loop {
        match child.try_wait() {
            Ok(Some(_)) => break,
            Ok(None) if started.elapsed() < bound => {
                std::thread::sleep(Duration::from_millis(20));
            }
            Ok(None) => {
                let _ = child.kill();
                let _ = child.wait();
                if let Some(writer) = writer {
                    let _ = writer.join();
                }
                return Err(Error::Pdf(PdfError::PagePrinter(format!(
                    "lp did not answer within {} s",
                    bound.as_secs()
                ))));
            }
            Err(e) => {
                let _ = child.kill();
                let _ = child.wait();
                return Err(Error::Pdf(PdfError::PagePrinter(e.to_string())));
            }
        }
    }
    if let Some(writer) = writer {
        let _ = writer.join();
    }
    let out = child
        .wait_with_output()
        .map_err(|e| Error::Pdf(PdfError::PagePrinter(e.to_string())))?;
    let said = String::from_utf8_lossy(&out.stdout).trim().to_owned();
    if !out.status.success() {
        let why = String::from_utf8_lossy(&out.stderr).trim().to_owned();
        return Err(Error::Pdf(PdfError::PagePrinter(if why.is_empty() {
            said
        } else {
            why
        })));
    }
    // "request id is Brother-12 (1 file(s))": the job's name is the word after "is".
    let job = said
        .split_whitespace()
        .skip_while(|w| *w != "is")
        .nth(1)
        .unwrap_or("")
        .to_owned();
    Ok(job)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_setting_names_the_default_a_queue_or_a_folder() {
        assert_eq!(PagePrinter::parse(""), PagePrinter::Cups(None));
        assert_eq!(
            PagePrinter::parse(" Brother_HL "),
            PagePrinter::Cups(Some("Brother_HL".into()))
        );
        assert_eq!(
            PagePrinter::parse("folder:/srv/print"),
            PagePrinter::Folder(PathBuf::from("/srv/print"))
        );
    }

    #[test]
    fn a_title_becomes_a_plain_file_name() {
        assert_eq!(file_name("R-2026-10-001 P001"), "R-2026-10-001_P001");
        assert_eq!(file_name("/../"), "____");
        assert_eq!(file_name(""), "document");
    }

    #[cfg(not(windows))]
    #[test]
    fn an_lp_that_never_answers_is_given_up() {
        let dir = std::env::temp_dir().join(format!("souk-lp-{}", std::process::id()));
        let _ = std::fs::create_dir_all(&dir);
        let lp = dir.join("lp");
        let written = std::fs::write(&lp, "#!/bin/sh\nexec sleep 60\n");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let _ = std::fs::set_permissions(&lp, std::fs::Permissions::from_mode(0o755));
        }
        assert!(written.is_ok());
        let started = Instant::now();
        // Far more than a pipe holds, never read.
        let said = lp_within(
            &lp,
            None,
            "t",
            &vec![b'%'; 1 << 20],
            Duration::from_millis(300),
        );
        // Given up on after the bound, not refused at once (as a failed start would be).
        assert!(
            matches!(&said, Err(Error::Pdf(PdfError::PagePrinter(why))) if why.contains("did not answer")),
            "{said:?}"
        );
        let took = started.elapsed();
        assert!(
            took >= Duration::from_millis(300) && took < Duration::from_secs(5),
            "{took:?}"
        );
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[cfg(not(windows))]
    #[test]
    fn a_pc_without_cups_is_told_so() {
        let missing = Path::new("/nonexistent/souk-no-lp");
        let said = print(&PagePrinter::Cups(None), missing, "t", b"%PDF");
        assert!(
            matches!(said, Err(Error::Pdf(PdfError::NoPagePrinting))),
            "{said:?}"
        );
    }
}
