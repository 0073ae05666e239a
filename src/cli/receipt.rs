//! `souk receipt NUMBER [--printer SPEC] [--width 58|80] [--duplicate]` prints a sale's
//! receipt; `souk receipt --pending [--printer SPEC]` prints every receipt still waiting.

use souk::i18n::{Msg, Translator};
use souk::receipt::layout::Copy;
use souk::receipt::pending::{self, PrintOutcome};
use souk::receipt::printer::PrinterSpec;
use souk::receipt::raster::Paper;
use souk::{Error, Result};

use super::{Context, output};

#[derive(Debug, clap::Args)]
pub struct ReceiptArgs {
    /// The sale's receipt number, e.g. 2026-000153.
    #[arg(required_unless_present = "pending", conflicts_with = "pending")]
    number: Option<String>,
    /// Where to print: tcp:HOST[:PORT] (port 9100 by default), file:PATH (a device such as
    /// /dev/usb/lp0, or a file), usb:VID:PID (hexadecimal), serial:PATH[:BAUD],
    /// system:NAME (one of the PC's printers, through CUPS or Windows' spooler), png:PATH
    /// (a picture instead of paper) or none. Default: the setting receipt.printer. With
    /// --pending: every job goes to this printer instead of its own.
    #[arg(long, value_name = "SPEC")]
    printer: Option<String>,
    /// Paper width in mm: 58 or 80. Default: the setting receipt.width, else 58.
    #[arg(long, value_name = "MM")]
    width: Option<u32>,
    /// Print a copy marked DUPLICATA (a receipt already handed over). An original that
    /// was printed once is always reprinted as a duplicate.
    #[arg(long)]
    duplicate: bool,
    /// Print every receipt still waiting (their printer failed); exits non-zero if some
    /// still cannot be printed.
    #[arg(long)]
    pending: bool,
}

pub fn run(ctx: &mut Context, args: &ReceiptArgs) -> Result<()> {
    let paper = pending::paper(&ctx.conn, args.width)?;
    if args.pending {
        return retry_all(ctx, args, paper);
    }
    let number = args.number.as_deref().unwrap_or_default();
    let spec = pending::printer(&ctx.conn, args.printer.as_deref())?;
    let copy = if args.duplicate {
        Copy::Duplicate
    } else {
        Copy::Original
    };
    let outcome = pending::print_sale(
        &mut ctx.conn,
        ctx.clock.as_ref(),
        number,
        &spec,
        paper,
        copy,
        false,
    )?;
    say_printed(ctx.tr, &outcome);
    Ok(())
}

fn retry_all(ctx: &mut Context, args: &ReceiptArgs, paper: Paper) -> Result<()> {
    let spec = args
        .printer
        .as_deref()
        .map(PrinterSpec::parse)
        .transpose()?;
    let jobs = pending::pending(&ctx.conn)?;
    if jobs.is_empty() {
        output::say(ctx.tr.text("print-none-pending"));
        return Ok(());
    }
    let mut left = 0;
    // Each failure is written once: the last one by `main`, through the exit code.
    let mut last: Option<Error> = None;
    for job in &jobs {
        match pending::retry(&mut ctx.conn, ctx.clock.as_ref(), job, spec.as_ref(), paper) {
            Ok(outcome) => say_printed(ctx.tr, &outcome),
            Err(e) => {
                left += 1;
                if let Some(previous) = last.replace(e) {
                    output::report_error(&previous, ctx.tr);
                }
            }
        }
    }
    output::say(
        ctx.tr.tr(&Msg::new("print-retry-summary")
            .arg("printed", jobs.len() - left)
            .arg("left", left)),
    );
    last.map_or(Ok(()), Err)
}

/// One line on stdout: which receipt came out of which printer.
pub fn say_printed(tr: &Translator, outcome: &PrintOutcome) {
    let id = match outcome.copy {
        Copy::Original => "print-done",
        Copy::Duplicate => "print-done-duplicate",
    };
    output::say(
        tr.tr(&Msg::new(id)
            .arg("number", &outcome.number)
            .arg("printer", &outcome.printer)),
    );
}
