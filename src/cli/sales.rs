//! `souk refund`, `souk void`, `souk sales`.

use souk::error::SaleError;
use souk::i18n::Msg;
use souk::money::Quantity;
use souk::sale::{self, Method, RefundRequest};
use souk::users::Right;
use souk::{Error, Result, users};

use super::output::say;
use super::{Context, output, parse_day};

#[derive(Debug, clap::Args)]
pub struct RefundArgs {
    /// The receipt number, e.g. 2026-000153.
    number: String,
    /// The line to refund, as printed on the receipt (from 1); without it, the whole sale.
    #[arg(long)]
    line: Option<i64>,
    /// How much of the line to refund; without it, all that is left of the line.
    #[arg(long, requires = "line")]
    qty: Option<String>,
    /// Why (required).
    #[arg(long)]
    reason: String,
    /// cash, card or transfer; the original sale's main method when not named.
    #[arg(long)]
    method: Option<String>,
    #[arg(long)]
    json: bool,
}

pub fn refund(ctx: &mut Context, args: &RefundArgs) -> Result<()> {
    let user_id = acting_or_cashier(ctx, Right::Refund)?;
    let method = args
        .method
        .as_deref()
        .map(|m| {
            Method::from_code(m).ok_or_else(|| Error::Sale(SaleError::UnknownMethod(m.to_owned())))
        })
        .transpose()?;
    let line = match args.line {
        None => None,
        Some(line_no) => {
            let original = sale::load(&ctx.conn, &args.number)?;
            let unit = original
                .lines
                .iter()
                .find(|l| l.line_no == line_no)
                .map(|l| l.unit)
                .ok_or_else(|| {
                    Error::Sale(SaleError::NoSuchLine {
                        number: original.number.clone(),
                        line: line_no,
                    })
                })?;
            let qty = args
                .qty
                .as_deref()
                .map(|q| Quantity::parse(q, unit).map_err(|e| Error::parse("quantity", e)))
                .transpose()?;
            Some((line_no, qty))
        }
    };
    let request = RefundRequest {
        number: args.number.clone(),
        line,
        reason: args.reason.clone(),
        user_id,
        method,
    };
    let refund = sale::refund(&mut ctx.conn, ctx.clock.as_ref(), &request)?;
    if args.json {
        return output::json(&refund);
    }
    output::sale(ctx.tr, &refund);
    Ok(())
}

#[derive(Debug, clap::Args)]
pub struct VoidArgs {
    number: String,
    /// Why (required).
    #[arg(long)]
    reason: String,
}

/// `--user` after her PIN; without one, before the shop has an administrator, the sale's
/// own cashier (the core's default).
fn acting_or_cashier(ctx: &mut Context, right: Right) -> Result<Option<i64>> {
    if ctx.user.is_none() && !users::pins_required(&ctx.conn)? {
        return Ok(None);
    }
    Ok(Some(super::auth::acting(ctx, None, right)?.id))
}

pub fn void(ctx: &mut Context, args: &VoidArgs) -> Result<()> {
    let user_id = acting_or_cashier(ctx, Right::Void)?;
    let voided = sale::void(
        &mut ctx.conn,
        ctx.clock.as_ref(),
        &args.number,
        &args.reason,
        user_id,
    )?;
    say(ctx.tr.tr(&Msg::new("voided").arg("number", &voided.number)));
    Ok(())
}

#[derive(Debug, clap::Args)]
pub struct SalesArgs {
    /// First local business day, YYYY-MM-DD.
    #[arg(long)]
    from: Option<String>,
    /// Last local business day, YYYY-MM-DD (included).
    #[arg(long)]
    to: Option<String>,
    #[arg(long)]
    json: bool,
    /// Write the sales and their lines as an Excel workbook to FILE.
    #[arg(long, value_name = "FILE")]
    xlsx: Option<std::path::PathBuf>,
}

pub fn list(ctx: &Context, args: &SalesArgs) -> Result<()> {
    let from = args.from.as_deref().map(parse_day).transpose()?;
    let to = args.to.as_deref().map(parse_day).transpose()?;
    if let Some(path) = &args.xlsx {
        souk::outfile::check(path, ctx.force)?;
        let tables = souk::export::tables::sales_tables(&ctx.conn, from, to, ctx.tr)?;
        return output::workbook(&tables, path, ctx.tr, ctx.force, !args.json);
    }
    let sales = sale::list(&ctx.conn, from, to)?;
    if args.json {
        return output::json(&sales);
    }
    let lang = ctx.lang();
    for s in &sales {
        let status = ctx.tr.text(match s.status {
            sale::Status::Completed => "status-completed",
            sale::Status::Refund => "status-refund",
            sale::Status::Voided => "status-voided",
        });
        let of = s
            .refund_of
            .as_ref()
            .map(|n| format!(" ← {n}"))
            .unwrap_or_default();
        say(format!(
            "{}  {}  {:>14}  {status}{of}",
            s.number,
            s.sold_at.format("%Y-%m-%d %H:%M"),
            s.total.format(lang)
        ));
    }
    let total = sales
        .iter()
        .filter(|s| s.status != sale::Status::Voided)
        .map(|s| s.total)
        .sum::<souk::money::Money>();
    say(ctx.tr.tr(&Msg::new("sales-summary")
        .arg("count", sales.len())
        .arg("total", total.format(lang))));
    Ok(())
}
