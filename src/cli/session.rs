//! `souk session open|close|x|z|payin|payout|drawer`: the till's cash session, its X and Z
//! reports (on the receipt printer with `--printer`), and money in or out of the drawer.

use souk::backup;
use souk::cash::{self, Counted, MovementKind, ReportKind, SessionReport};
use souk::error::CashError;
use souk::i18n::Msg;
use souk::money::Money;
use souk::receipt::pending;
use souk::receipt::printer::PrinterSpec;
use souk::receipt::text;
use souk::users::Right;
use souk::{Error, Result};

use super::Context;
use super::output::{self, say};

#[derive(Debug, clap::Subcommand)]
pub enum SessionCommand {
    /// Open the cash session with the counted float.
    Open {
        /// The float counted into the drawer, e.g. 500 or 250,50.
        #[arg(long = "float", value_name = "AMOUNT")]
        float: String,
        #[command(flatten)]
        who: Who,
        #[arg(long)]
        json: bool,
    },
    /// Close the open session with what the drawer holds; prints the Z report.
    Close {
        /// The cash counted, as one amount.
        #[arg(
            long,
            value_name = "AMOUNT",
            required_unless_present = "count",
            conflicts_with = "count"
        )]
        counted: Option<String>,
        /// The cash counted by denomination: DENOMINATION:PIECES,… e.g. 200:3,100:5,0.50:4
        #[arg(long, value_name = "COUNT")]
        count: Option<String>,
        #[command(flatten)]
        who: Who,
        #[command(flatten)]
        print: PrintArgs,
        #[arg(long)]
        json: bool,
    },
    /// The X report of the open session (nothing changes).
    X {
        #[command(flatten)]
        print: PrintArgs,
        #[arg(long)]
        json: bool,
    },
    /// The Z report of the session closed last (or of --session ID).
    Z {
        #[arg(long, value_name = "ID")]
        session: Option<i64>,
        #[command(flatten)]
        print: PrintArgs,
        #[arg(long)]
        json: bool,
    },
    /// Money put into the drawer (more change, say).
    Payin(MovementArgs),
    /// Money taken out of the drawer (paper rolls, say).
    Payout(MovementArgs),
    /// The drawer was opened without a sale: record why, and open it with --printer.
    Drawer {
        #[arg(long)]
        reason: String,
        #[command(flatten)]
        who: Who,
        /// The printer the drawer is wired to.
        #[arg(long, value_name = "SPEC")]
        printer: Option<String>,
        #[arg(long)]
        json: bool,
    },
}

/// Who does it: the global `--user` (her PIN checked once the shop asks for PINs).
#[derive(Debug, clap::Args)]
pub struct Who {}

#[derive(Debug, clap::Args)]
pub struct PrintArgs {
    /// Print the report on SPEC (tcp:HOST[:PORT], file:PATH, usb:VID:PID, serial:PATH,
    /// png:PATH for a picture, or none).
    #[arg(long, value_name = "SPEC")]
    printer: Option<String>,
    /// Paper width in mm: 58 or 80. Default: the setting receipt.width, else 58.
    #[arg(long, value_name = "MM")]
    width: Option<u32>,
    /// Also write the report as an A4 PDF to FILE.
    #[arg(long, value_name = "FILE")]
    pdf: Option<std::path::PathBuf>,
}

#[derive(Debug, clap::Args)]
pub struct MovementArgs {
    /// The amount, e.g. 50 or 12,50.
    amount: String,
    #[arg(long)]
    reason: String,
    #[command(flatten)]
    who: Who,
    #[arg(long)]
    json: bool,
}

/// The person acting (`--user`), who must be allowed to work the till.
fn acting_user(ctx: &mut Context, _who: &Who) -> Result<i64> {
    Ok(super::auth::acting(ctx, None, Right::Till)?.id)
}

fn amount(text: &str, field: &'static str) -> Result<Money> {
    Money::parse(text).map_err(|e| Error::parse(field, e))
}

pub fn run(ctx: &mut Context, command: &SessionCommand) -> Result<()> {
    match command {
        SessionCommand::Open { float, who, json } => {
            let float = amount(float, "payment")?;
            let user = acting_user(ctx, who)?;
            let session = cash::open(&mut ctx.conn, ctx.clock.as_ref(), user, float)?;
            if *json {
                return output::json(&session);
            }
            say(ctx.tr.tr(&Msg::new("cash-opened")
                .arg("id", session.id)
                .arg("user", &session.opened_by)
                .arg("float", session.float.format(ctx.lang()))));
            Ok(())
        }
        SessionCommand::Close {
            counted,
            count,
            who,
            print,
            json,
        } => {
            let counted = match (counted, count) {
                (_, Some(count)) => Counted::Pieces(cash::parse_count(count)?),
                (Some(total), None) => Counted::Total(amount(total, "payment")?),
                (None, None) => return Err(Error::Cash(CashError::CountSyntax(String::new()))),
            };
            let user = acting_user(ctx, who)?;
            // The Z report's file is checked before the till closes: a close is for good.
            if let Some(path) = &print.pdf {
                souk::outfile::check(path, ctx.force)?;
            }
            let report = cash::close(&mut ctx.conn, ctx.clock.as_ref(), user, &counted)?;
            if let Some(closing) = &report.session.closing
                && !*json
            {
                let lang = ctx.lang();
                say(ctx.tr.tr(&Msg::new("cash-closed")
                    .arg("id", report.session.id)
                    .arg("user", &closing.closed_by)
                    .arg("expected", closing.expected.format(lang))
                    .arg("counted", closing.counted.format(lang))
                    .arg("difference", closing.difference.format(lang))));
            }
            // A closed till is a moment worth a backup, into the backup folder if one is
            // set; the close is saved whatever becomes of the backup.
            match backup::automatic(&ctx.conn, ctx.clock.as_ref()) {
                Ok(Some(info)) if !*json => say(ctx.tr.tr(&Msg::new("backup-done")
                    .arg("path", info.path.display().to_string())
                    .arg("size", info.size.to_string())
                    .arg("version", i64::from(info.schema_version))
                    .arg("sales", info.sales))),
                Ok(_) => {}
                Err(error) => super::output::report_error(&error, ctx.tr),
            }
            show(ctx, &report, print, *json)
        }
        SessionCommand::X { print, json } => {
            let report = cash::latest(&ctx.conn, ReportKind::X, ctx.clock.now())?;
            show(ctx, &report, print, *json)
        }
        SessionCommand::Z {
            session,
            print,
            json,
        } => {
            let report = match session {
                Some(id) => cash::report(&ctx.conn, *id, ctx.clock.now())?,
                None => cash::latest(&ctx.conn, ReportKind::Z, ctx.clock.now())?,
            };
            show(ctx, &report, print, *json)
        }
        SessionCommand::Payin(args) => movement(ctx, MovementKind::PayIn, args),
        SessionCommand::Payout(args) => movement(ctx, MovementKind::PayOut, args),
        SessionCommand::Drawer {
            reason,
            who,
            printer,
            json,
        } => {
            let spec = printer.as_deref().map(PrinterSpec::parse).transpose()?;
            let user = acting_user(ctx, who)?;
            let recorded = cash::movement(
                &mut ctx.conn,
                ctx.clock.as_ref(),
                MovementKind::Drawer,
                Money::ZERO,
                reason,
                user,
            )?;
            if let Some(spec) = spec {
                cash::print::kick_drawer(&spec)?;
            }
            if *json {
                return output::json(&recorded);
            }
            say(ctx.tr.tr(&Msg::new("cash-drawer-recorded")
                .arg("id", recorded.session)
                .arg("reason", &recorded.reason)));
            Ok(())
        }
    }
}

fn movement(ctx: &mut Context, kind: MovementKind, args: &MovementArgs) -> Result<()> {
    let value = amount(&args.amount, "payment")?;
    let user = if kind == MovementKind::PayOut {
        super::auth::acting(ctx, None, Right::CashOut)?.id
    } else {
        acting_user(ctx, &args.who)?
    };
    let recorded = cash::movement(
        &mut ctx.conn,
        ctx.clock.as_ref(),
        kind,
        value,
        &args.reason,
        user,
    )?;
    if args.json {
        return output::json(&recorded);
    }
    let id = if kind == MovementKind::PayIn {
        "cash-pay-in-recorded"
    } else {
        "cash-pay-out-recorded"
    };
    say(ctx.tr.tr(&Msg::new(id)
        .arg("id", recorded.session)
        .arg("amount", recorded.amount.format(ctx.lang()))
        .arg("reason", &recorded.reason)));
    Ok(())
}

/// The report as JSON, or as the printer's text; and on the printer when one is named.
fn show(ctx: &Context, report: &SessionReport, print: &PrintArgs, json: bool) -> Result<()> {
    let paper = pending::paper(&ctx.conn, print.width)?;
    if let Some(spec) = &print.printer {
        let spec = PrinterSpec::parse(spec)?;
        cash::print::print(&ctx.conn, report, &spec, paper)?;
        if !json {
            say(ctx
                .tr
                .tr(&Msg::new("cash-report-printed").arg("printer", spec.to_string())));
        }
    }
    if let Some(path) = &print.pdf {
        let bytes = cash::session_pdf(report, &souk::receipt::ShopInfo::load(&ctx.conn)?)?;
        souk::outfile::write(path, &bytes, ctx.force)?;
        if !json {
            say(ctx
                .tr
                .tr(&Msg::new("report-pdf-written").arg("path", path.display().to_string())));
        }
    }
    if json {
        return output::json(report);
    }
    let layout = cash::print::layout(report, &souk::receipt::ShopInfo::load(&ctx.conn)?);
    for line in text::lines(&layout, text::columns(paper)) {
        say(line);
    }
    Ok(())
}
