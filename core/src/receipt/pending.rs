//! Receipts waiting for a printer. Printing is three steps so that no database is held
//! while a printer is talked to: [`prepare_sale`] queues the job (committed) and draws it,
//! [`send`] sends it with no connection in hand, [`record`] marks it printed or keeps it
//! pending with its [`Problem`]. A printer that is off or jammed leaves the receipt
//! pending, never the sale undone; `souk receipt NUMBER` or `souk receipt --pending` (or
//! the window) prints it later.

use chrono::{DateTime, Utc};
use rusqlite::{Connection, OptionalExtension, params};

use crate::clock::Clock;
use crate::db;
use crate::error::{Error, ReceiptError, Result};
use crate::receipt::Bitmap;
use crate::receipt::Problem;
use crate::receipt::escpos::{self, PrintOptions};
use crate::receipt::layout::{Copy, Receipt, ShopInfo};
use crate::receipt::printer::{self, Job, PrinterSpec};
use crate::receipt::raster::{self, Paper};
use crate::sale::{self, Method, Sale};
use crate::settings;

/// The setting naming the shop's printer (`tcp:192.168.1.50`), used when none is given.
pub const PRINTER_SETTING: &str = settings::PRINTER;
/// The setting giving the paper width in mm (`58` or `80`).
pub const WIDTH_SETTING: &str = settings::PAPER_WIDTH;
/// `text` for the Latin-only text mode; anything else prints the picture.
pub const MODE_SETTING: &str = settings::RECEIPT_MODE;
/// `1` when the printer's cash drawer opens for a cash sale.
pub const DRAWER_SETTING: &str = settings::DRAWER;

/// A receipt not printed yet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PendingJob {
    pub id: i64,
    pub sale_id: i64,
    /// The sale's receipt number.
    pub number: String,
    pub copy: Copy,
    /// The printer it was meant for, as written.
    pub printer: String,
    pub created_at: DateTime<Utc>,
    pub attempts: i64,
    pub last_error: Option<String>,
}

impl PendingJob {
    /// Why its last attempt failed, if it was tried.
    pub fn problem(&self) -> Option<Problem> {
        self.last_error.as_deref().map(Problem::from_stored)
    }
}

/// A receipt that came out of the printer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PrintOutcome {
    pub job_id: i64,
    pub number: String,
    pub copy: Copy,
    pub printer: String,
    /// Whether the job asked the printer to open the cash drawer.
    pub drawer: bool,
    /// Bytes sent to the printer.
    pub bytes: usize,
    /// The picture that was printed (what a screen shows as the receipt).
    pub bitmap: Bitmap,
}

fn copy_code(copy: Copy) -> &'static str {
    match copy {
        Copy::Original => "original",
        Copy::Duplicate => "duplicate",
    }
}

impl rusqlite::types::FromSql for Copy {
    fn column_result(value: rusqlite::types::ValueRef<'_>) -> rusqlite::types::FromSqlResult<Copy> {
        let all = [Copy::Original, Copy::Duplicate];
        crate::stored::code(value, &all, copy_code, "a copy ('original' or 'duplicate')")
    }
}

fn ms(at: DateTime<Utc>) -> i64 {
    at.timestamp_millis()
}

/// Records that a receipt is to be printed; returns the job's id.
pub fn queue(
    conn: &Connection,
    sale_id: i64,
    copy: Copy,
    printer: &PrinterSpec,
    at: DateTime<Utc>,
) -> Result<i64> {
    conn.prepare_cached(
        "INSERT INTO receipt_jobs (sale_id, copy, printer, created_at_ms) VALUES (?1, ?2, ?3, ?4)",
    )?
    .execute(params![
        sale_id,
        copy_code(copy),
        printer.to_string(),
        ms(at)
    ])?;
    Ok(conn.last_insert_rowid())
}

/// The job came out of the printer.
pub fn mark_printed(conn: &Connection, id: i64, at: DateTime<Utc>) -> Result<()> {
    conn.prepare_cached(
        "UPDATE receipt_jobs SET attempts = attempts + 1, last_attempt_at_ms = ?2, \
         printed_at_ms = ?2, last_error = NULL WHERE id = ?1",
    )?
    .execute(params![id, ms(at)])?;
    Ok(())
}

/// The job could not be printed; it stays pending with the reason.
pub fn mark_failed(conn: &Connection, id: i64, error: &str, at: DateTime<Utc>) -> Result<()> {
    conn.prepare_cached(
        "UPDATE receipt_jobs SET attempts = attempts + 1, last_attempt_at_ms = ?2, \
         last_error = ?3 WHERE id = ?1",
    )?
    .execute(params![id, ms(at), error])?;
    Ok(())
}

const PENDING_SELECT: &str = "SELECT j.id, j.sale_id, s.number, j.copy, j.printer, \
     j.created_at_ms, j.attempts, j.last_error \
     FROM receipt_jobs j JOIN sales s ON s.id = j.sale_id WHERE j.printed_at_ms IS NULL";

fn pending_from_row(row: &rusqlite::Row<'_>) -> rusqlite::Result<PendingJob> {
    crate::stored::in_table("receipt_jobs", row, |row| {
        Ok(PendingJob {
            id: row.get(0)?,
            sale_id: row.get(1)?,
            number: row.get(2)?,
            copy: row.get(3)?,
            printer: row.get(4)?,
            created_at: row.get::<_, crate::stored::Millis>(5)?.0,
            attempts: row.get(6)?,
            last_error: row.get(7)?,
        })
    })
}

/// Every receipt still waiting, oldest first.
pub fn pending(conn: &Connection) -> Result<Vec<PendingJob>> {
    let sql = format!("{PENDING_SELECT} ORDER BY j.created_at_ms, j.id");
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = stmt.query_map([], pending_from_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// The pending original of a sale, if its first printing failed.
fn pending_original(conn: &Connection, sale_id: i64) -> Result<Option<PendingJob>> {
    let sql = format!(
        "{PENDING_SELECT} AND j.sale_id = ?1 AND j.copy = 'original' ORDER BY j.id LIMIT 1"
    );
    Ok(conn
        .prepare_cached(&sql)?
        .query_row([sale_id], pending_from_row)
        .optional()?)
}

fn original_printed(conn: &Connection, sale_id: i64) -> Result<bool> {
    Ok(conn
        .prepare_cached(
            "SELECT 1 FROM receipt_jobs WHERE sale_id = ?1 AND copy = 'original' \
             AND printed_at_ms IS NOT NULL LIMIT 1",
        )?
        .query_row([sale_id], |_| Ok(()))
        .optional()?
        .is_some())
}

/// A receipt queued and drawn, ready to go to its printer with no database in hand.
#[derive(Debug, Clone)]
pub struct Prepared {
    pub job_id: i64,
    pub number: String,
    pub copy: Copy,
    pub drawer: bool,
    pub spec: PrinterSpec,
    pub job: Job,
}

/// Prints the receipt of sale `number` on `spec`, after it was committed: the three steps
/// in a row, for callers that hold nothing else (the command line).
///
/// On failure the sale is untouched and the receipt stays pending:
/// [`ReceiptError::ReceiptPending`] says why and how to print it later.
pub fn print_sale(
    conn: &mut Connection,
    clock: &dyn Clock,
    number: &str,
    spec: &PrinterSpec,
    paper: Paper,
    copy: Copy,
    drawer: bool,
) -> Result<PrintOutcome> {
    let prepared = prepare_sale(conn, clock, number, spec, paper, copy, drawer)?;
    let sent = send(&prepared);
    record(conn, clock, prepared, sent)
}

/// Queues the receipt of sale `number` for `spec` (committed) and draws it.
///
/// An original that already came out once is printed as a duplicate; an original still
/// pending is that same job, not a second one, whichever copy was asked. The cash drawer
/// opens only when `drawer` is asked, for an original paid at least partly in cash, when
/// the shop enabled it (`receipt.drawer` = `1`). Without a printer nothing is queued:
/// [`ReceiptError::NoPrinter`].
pub fn prepare_sale(
    conn: &mut Connection,
    clock: &dyn Clock,
    number: &str,
    spec: &PrinterSpec,
    paper: Paper,
    copy: Copy,
    drawer: bool,
) -> Result<Prepared> {
    if *spec == PrinterSpec::None {
        return Err(Error::Receipt(ReceiptError::NoPrinter));
    }
    let sale = sale::load(conn, number)?;
    let (job_id, copy) = db::write(conn, |tx| {
        // An original that never came out is what the customer is owed, even when a
        // duplicate is asked for.
        if let Some(job) = pending_original(tx, sale.id)? {
            retarget(tx, job.id, spec)?;
            return Ok((job.id, Copy::Original));
        }
        if matches!(copy, Copy::Original) && original_printed(tx, sale.id)? {
            let id = queue(tx, sale.id, Copy::Duplicate, spec, clock.now())?;
            return Ok((id, Copy::Duplicate));
        }
        Ok((queue(tx, sale.id, copy, spec, clock.now())?, copy))
    })?;
    let drawer = drawer && matches!(copy, Copy::Original) && drawer_enabled(conn, &sale)?;
    prepared(conn, job_id, &sale, spec, paper, copy, drawer)
}

/// Tries a pending job again, on its own printer or on `spec`. A retry never opens the
/// cash drawer: the sale was paid long ago.
pub fn retry(
    conn: &mut Connection,
    clock: &dyn Clock,
    job: &PendingJob,
    spec: Option<&PrinterSpec>,
    paper: Paper,
) -> Result<PrintOutcome> {
    let prepared = prepare_retry(conn, job, spec, paper)?;
    let sent = send(&prepared);
    record(conn, clock, prepared, sent)
}

/// Draws a pending job again for its own printer or for `spec`.
pub fn prepare_retry(
    conn: &mut Connection,
    job: &PendingJob,
    spec: Option<&PrinterSpec>,
    paper: Paper,
) -> Result<Prepared> {
    let spec = match spec {
        Some(spec) => {
            retarget(conn, job.id, spec)?;
            spec.clone()
        }
        None => PrinterSpec::parse(&job.printer)?,
    };
    if spec == PrinterSpec::None {
        return Err(Error::Receipt(ReceiptError::NoPrinter));
    }
    let sale = sale::load_by_id(conn, job.sale_id)?;
    prepared(conn, job.id, &sale, &spec, paper, job.copy, false)
}

fn prepared(
    conn: &Connection,
    job_id: i64,
    sale: &Sale,
    spec: &PrinterSpec,
    paper: Paper,
    copy: Copy,
    drawer: bool,
) -> Result<Prepared> {
    Ok(Prepared {
        job_id,
        number: sale.number.clone(),
        copy,
        drawer,
        spec: spec.clone(),
        job: job_for(conn, sale, paper, copy, drawer)?,
    })
}

/// Sends a prepared receipt; touches no database, so it may take its time.
pub fn send(prepared: &Prepared) -> Result<()> {
    printer::send(&prepared.spec, &prepared.job)
}

/// Records how sending went: the job printed, or kept pending with its problem.
pub fn record(
    conn: &Connection,
    clock: &dyn Clock,
    prepared: Prepared,
    sent: Result<()>,
) -> Result<PrintOutcome> {
    match sent {
        Ok(()) => {
            mark_printed(conn, prepared.job_id, clock.now())?;
            Ok(PrintOutcome {
                job_id: prepared.job_id,
                number: prepared.number,
                copy: prepared.copy,
                printer: prepared.spec.to_string(),
                drawer: prepared.drawer,
                bytes: prepared.job.bytes.len(),
                bitmap: prepared.job.bitmap,
            })
        }
        Err(cause) => {
            mark_failed(conn, prepared.job_id, &problem_of(&cause), clock.now())?;
            Err(Error::Receipt(ReceiptError::ReceiptPending {
                number: prepared.number,
                cause: Box::new(cause),
            }))
        }
    }
}

/// What is kept of a failure with the waiting receipt: its problem in stable form.
fn problem_of(cause: &Error) -> String {
    match cause {
        Error::Receipt(ReceiptError::PrintFailed { problem, .. }) => problem.stored(),
        Error::WriteFile { path, source } => {
            Problem::Device(format!("{}: {source}", path.display())).stored()
        }
        other => Problem::Other(other.to_string()).stored(),
    }
}

fn retarget(conn: &Connection, id: i64, spec: &PrinterSpec) -> Result<()> {
    conn.prepare_cached("UPDATE receipt_jobs SET printer = ?2 WHERE id = ?1")?
        .execute(params![id, spec.to_string()])?;
    Ok(())
}

fn drawer_enabled(conn: &Connection, sale: &Sale) -> Result<bool> {
    let cash = sale.payments.iter().any(|p| p.method == Method::Cash);
    Ok(cash
        && settings::get(conn, DRAWER_SETTING)?
            .as_deref()
            .map(str::trim)
            == Some("1"))
}

/// The receipt of a sale as a printer job: a picture, or text when the shop chose the
/// text-only mode (`receipt.mode` = `text`) for a printer that prefers it.
pub fn job_for(
    conn: &Connection,
    sale: &Sale,
    paper: Paper,
    copy: Copy,
    drawer: bool,
) -> Result<Job> {
    let shop = ShopInfo::load(conn)?;
    let receipt = Receipt::new(sale, &shop, copy);
    job_of(conn, &receipt, paper, drawer)
}

/// Any paper laid out as receipt blocks (a ticket, a till report, a payout slip) as a
/// printer job, cut at its end: a picture, or text in the shop's text-only mode.
pub fn job_of(conn: &Connection, receipt: &Receipt, paper: Paper, drawer: bool) -> Result<Job> {
    let bitmap = raster::render(receipt, paper);
    let options = PrintOptions {
        cut: true,
        open_drawer: drawer,
        feed_lines: 3,
    };
    let bytes = if settings::get(conn, MODE_SETTING)?.as_deref() == Some("text") {
        let lines = crate::receipt::text::lines(receipt, crate::receipt::text::columns(paper));
        escpos::encode_text(&lines, escpos::CodePage::Wpc1252, &options)?
    } else {
        escpos::encode(&bitmap, &options)
    };
    Ok(Job { bytes, bitmap })
}

/// The paper width: `width` in mm if given, else the shop's setting, else 58 mm.
pub fn paper(conn: &Connection, width: Option<u32>) -> Result<Paper> {
    let text = match width {
        Some(w) => w.to_string(),
        None => match settings::get(conn, WIDTH_SETTING)? {
            Some(setting) => setting.trim().to_owned(),
            None => return Ok(Paper::Mm58),
        },
    };
    text.parse::<u32>()
        .ok()
        .and_then(Paper::from_mm)
        .ok_or(Error::Receipt(ReceiptError::PaperWidth(text)))
}

/// The printer: `given` if any, else the shop's setting. None at all, or `none`, is
/// refused: nothing can be printed, and the caller says so rather than "printed".
pub fn printer(conn: &Connection, given: Option<&str>) -> Result<PrinterSpec> {
    let spec = match given {
        Some(text) => PrinterSpec::parse(text)?,
        None => match settings::get(conn, PRINTER_SETTING)? {
            Some(text) if !text.trim().is_empty() => PrinterSpec::parse(&text)?,
            _ => return Err(Error::Receipt(ReceiptError::NoPrinter)),
        },
    };
    match spec {
        PrinterSpec::None => Err(Error::Receipt(ReceiptError::NoPrinter)),
        spec => Ok(spec),
    }
}
