//! `souk statement` and `souk payout`: producers' monthly statements (preview or issue)
//! and payouts against their balance.

use std::path::{Path, PathBuf};

use souk::error::{CatalogError, StatementError};
use souk::i18n::Msg;
use souk::money::Money;
use souk::receipt::ShopInfo;
use souk::statement::{self, Paper, PayoutMethod, Statement};
use souk::users::Right;

use souk::{Error, Result};

use super::output::{self, say};
use super::{Context, auth};

#[derive(Debug, clap::Args)]
pub struct StatementArgs {
    /// The month, YYYY-MM (local business days).
    #[arg(long)]
    month: String,
    /// Only this producer's statement.
    #[arg(long)]
    producer: Option<String>,
    /// Issue (number and freeze) every statement of the month; the month must have ended.
    #[arg(long)]
    issue: bool,
    #[arg(long)]
    json: bool,
    /// Write each statement's PDF, and one with all of them, into this folder.
    #[arg(long, value_name = "DIR")]
    pdf: Option<PathBuf>,
    /// A4 paper instead of A5.
    #[arg(long)]
    a4: bool,
    /// Print on the page printer (setting pages.printer): her statement with --producer,
    /// else the whole month as one document.
    #[arg(long)]
    print: bool,
    /// Write each page as a PNG picture into this folder, as the window previews it.
    #[arg(long, value_name = "DIR")]
    png: Option<PathBuf>,
    /// Write the month's statements, their lines and payouts as an Excel workbook to FILE.
    #[arg(long, value_name = "FILE")]
    xlsx: Option<PathBuf>,
}

#[derive(Debug, clap::Args)]
pub struct PayoutArgs {
    /// The producer's code, e.g. P001.
    producer: String,
    /// The amount paid, e.g. 250 or 250,50.
    amount: String,
    /// cash or transfer.
    #[arg(long)]
    method: String,
    /// Pay beyond her balance, as an advance.
    #[arg(long)]
    advance: bool,
    #[arg(long)]
    note: Option<String>,
    #[arg(long)]
    json: bool,
    /// Write the payout slip to sign as a PDF.
    #[arg(long, value_name = "FILE.pdf")]
    slip: Option<PathBuf>,
    /// A4 paper instead of A5 for the slip.
    #[arg(long)]
    a4: bool,
    /// Print the slip on the receipt printer (the shop's, or --printer).
    #[arg(long)]
    ticket: bool,
    /// The receipt printer for --ticket, as in `souk sell --printer`.
    #[arg(long, value_name = "SPEC")]
    printer: Option<String>,
}

/// A statement as JSON: the statement's own fields, with `opening_balance` and
/// `closing_balance` as aliases of `opening` and `closing`.
fn statement_json(s: &Statement) -> Result<serde_json::Value> {
    let mut value =
        serde_json::to_value(s).map_err(|e| Error::Catalog(CatalogError::Csv(e.to_string())))?;
    if let Some(map) = value.as_object_mut() {
        map.insert("opening_balance".into(), s.opening.plain().into());
        map.insert("closing_balance".into(), s.closing.plain().into());
    }
    Ok(value)
}

pub fn run(ctx: &mut Context, args: &StatementArgs) -> Result<()> {
    let (year, month) = statement::parse_month(&args.month)?;
    // A workbook that could not be written must refuse before the month is issued.
    if let Some(path) = &args.xlsx {
        souk::outfile::check(path, ctx.force)?;
    }
    let mut list = if args.issue {
        let user = auth::acting(ctx, None, Right::Statements)?.id;
        let issued = statement::issue(&mut ctx.conn, ctx.clock.as_ref(), year, month, user)?;
        if !args.json {
            say(ctx.tr.tr(&Msg::new("stmt-issued")
                .arg("count", issued.len())
                .arg("month", &args.month)));
        }
        issued
    } else {
        statement::statements(&ctx.conn, year, month)?
    };
    if let Some(code) = &args.producer {
        list.retain(|s| s.producer.eq_ignore_ascii_case(code.trim()));
        if list.is_empty() {
            list.push(statement::statement(&ctx.conn, code, year, month)?);
        }
    }
    if let Some(dir) = args.pdf.as_ref().filter(|_| !list.is_empty()) {
        write_pdfs(ctx, &list, dir, paper(args.a4), &args.month, !args.json)?;
    }
    if args.print && !list.is_empty() {
        super::pages::print_statements(
            ctx,
            &list,
            paper(args.a4),
            args.producer.is_some(),
            !args.json,
        )?;
    }
    if let Some(path) = &args.xlsx {
        let tables = souk::export::tables::statement_tables(&list, ctx.tr);
        output::workbook(&tables, path, ctx.tr, ctx.force, !args.json)?;
    }
    if let Some(dir) = &args.png {
        super::pages::write_pngs(ctx, &list, paper(args.a4), dir, !args.json)?;
    }
    if args.json {
        let values = list
            .iter()
            .map(statement_json)
            .collect::<Result<Vec<_>>>()?;
        return match (&args.producer, values.as_slice()) {
            (Some(_), [one]) => output::json(one),
            _ => output::json(&values),
        };
    }
    if list.is_empty() {
        say(ctx.tr.tr(&Msg::new("stmt-none").arg("month", &args.month)));
    }
    for s in &list {
        print_statement(ctx, s);
    }
    Ok(())
}

fn paper(a4: bool) -> Paper {
    if a4 { Paper::A4 } else { Paper::A5 }
}

/// Writes `MONTH-CODE.pdf` for each statement and `MONTH-all.pdf` with all of them into
/// `dir` (created when missing); issued statements are their stored PDFs.
fn write_pdfs(
    ctx: &mut Context,
    list: &[Statement],
    dir: &Path,
    paper: Paper,
    month: &str,
    tell: bool,
) -> Result<()> {
    std::fs::create_dir_all(dir).map_err(|e| Error::Folder {
        path: dir.to_path_buf(),
        source: std::sync::Arc::new(e),
    })?;
    let all = dir.join(format!("{}-all.pdf", month.trim()));
    let each: Vec<PathBuf> = list
        .iter()
        .map(|s| dir.join(format!("{}-{}.pdf", s.month, s.producer)))
        .collect();
    // Every place checked before the first is written: all the PDFs, or none.
    for path in each.iter().chain([&all]) {
        souk::outfile::check(path, ctx.force)?;
    }
    for (s, path) in list.iter().zip(&each) {
        souk::outfile::write(path, &statement::pdf(&mut ctx.conn, s, paper)?, ctx.force)?;
    }
    let shop = ShopInfo::load(&ctx.conn)?;
    souk::outfile::write(&all, &statement::month_pdf(list, &shop, paper)?, ctx.force)?;
    if tell {
        say(ctx.tr.tr(&Msg::new("stmt-pdf-written")
            .arg("count", list.len())
            .arg("folder", dir.display().to_string())
            .arg("all", all.display().to_string())));
    }
    Ok(())
}

fn print_statement(ctx: &Context, s: &Statement) {
    let tr = ctx.tr;
    let lang = ctx.lang();
    let money = |m: Money| m.format(lang);
    let name = if lang.is_rtl() {
        &s.producer_name_ar
    } else {
        &s.producer_name_latin
    };
    say("");
    say(tr.tr(&Msg::new("stmt-title")
        .arg("name", name)
        .arg("code", &s.producer)
        .arg("month", &s.month)));
    say(match &s.number {
        Some(number) => tr.tr(&Msg::new("stmt-number").arg("number", number)),
        None => tr.text("stmt-draft"),
    });
    say(tr.tr(&Msg::new("stmt-opening").arg("amount", money(s.opening))));
    for l in &s.lines {
        let product = if lang.is_rtl() {
            &l.name_ar
        } else {
            &l.name_fr
        };
        say(format!(
            "  {}",
            tr.tr(&Msg::new(if l.refund {
                "stmt-refund-line"
            } else {
                "stmt-line"
            })
            .arg("day", l.day.to_string())
            .arg("number", &l.number)
            .arg("name", product)
            .arg("quantity", l.quantity.format(l.unit, lang))
            .arg("amount", money(l.amount))
            .arg("association", money(l.association_share))
            .arg("share", money(l.producer_share)))
        ));
    }
    say(tr.tr(&Msg::new("stmt-totals")
        .arg("gross", money(s.gross))
        .arg("association", money(s.association_share))
        .arg("net", money(s.net))));
    for p in &s.paid {
        say(format!(
            "  {}",
            tr.tr(&Msg::new("stmt-payout-line")
                .arg("day", p.day.to_string())
                .arg("amount", money(p.amount))
                .arg("method", payout_method_name(ctx, p.method)))
        ));
    }
    say(tr.tr(&Msg::new("stmt-paid-total").arg("amount", money(s.payouts))));
    say(tr.tr(&Msg::new("stmt-closing").arg("amount", money(s.closing))));
}

fn payout_method_name(ctx: &Context, method: PayoutMethod) -> String {
    ctx.tr.text(method_id(method))
}

pub(super) fn method_id(method: PayoutMethod) -> &'static str {
    match method {
        PayoutMethod::Cash => "method-cash",
        PayoutMethod::Transfer => "method-transfer",
    }
}

pub fn payout(ctx: &mut Context, args: &PayoutArgs) -> Result<()> {
    let amount = Money::parse(&args.amount).map_err(|e| Error::parse("payment", e))?;
    let method = PayoutMethod::from_code(&args.method)
        .ok_or_else(|| Error::Statement(StatementError::PayoutMethod(args.method.clone())))?;
    // A slip that could not be written must refuse the payout before it is recorded.
    if let Some(path) = &args.slip {
        souk::outfile::check(path, ctx.force)?;
    }
    let user = auth::acting(ctx, None, Right::Payout)?.id;
    let paid = statement::payout(
        &mut ctx.conn,
        ctx.clock.as_ref(),
        &args.producer,
        amount,
        method,
        user,
        args.advance,
        args.note.as_deref(),
    )?;
    // The payout is recorded: a slip that cannot be made from here on is said, never a
    // refusal, or whoever runs the command again would pay her twice.
    let mut unmade: Vec<Error> = Vec::new();
    if let Some(path) = &args.slip {
        let written = statement::slip_pdf(&ctx.conn, &paid, paper(args.a4))
            .and_then(|bytes| Ok(souk::outfile::write(path, &bytes, ctx.force)?));
        unmade.extend(written.err());
    }
    if args.ticket {
        let printed =
            souk::receipt::pending::printer(&ctx.conn, args.printer.as_deref()).and_then(|spec| {
                let width = souk::receipt::pending::paper(&ctx.conn, None)?;
                statement::slip_ticket::print(&ctx.conn, &paid, &spec, width)
            });
        unmade.extend(printed.err());
    }
    let tell_unmade = |ctx: &Context| {
        for e in &unmade {
            let reason = ctx.tr.tr(&e.cli_msg());
            output::report_note(ctx.tr, &Msg::new("stmt-slip-unmade").arg("reason", reason));
        }
    };
    if args.json {
        tell_unmade(ctx);
        return output::json(&paid);
    }
    let lang = ctx.lang();
    say(ctx.tr.tr(&Msg::new("stmt-payout-done")
        .arg("producer", &paid.producer)
        .arg("amount", paid.amount.format(lang))
        .arg("method", payout_method_name(ctx, paid.method))
        .arg(
            "balance",
            paid.balance_after.unwrap_or_default().format(lang),
        )));
    if let Some(path) = args.slip.as_ref().filter(|_| unmade.is_empty()) {
        say(ctx
            .tr
            .tr(&Msg::new("stmt-slip-written").arg("path", path.display().to_string())));
    }
    tell_unmade(ctx);
    Ok(())
}
