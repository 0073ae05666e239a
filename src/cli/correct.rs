//! `souk correct NUMBER ITEM... --user NAME [--slip SPEC] [--pdf FILE]`: a mistake in a
//! deposit or a return fixed by a new, signed correction (`P001-0001x-1`: one piece fewer
//! came in than was recorded); the wrong paper stays as it was. Correcting counts changes
//! the catalogue, so the core asks for the Catalogue right.

use souk::catalog;
use souk::error::CatalogError;
use souk::i18n::Msg;
use souk::intake;
use souk::money::Quantity;
use souk::receipt::{pending, printer::PrinterSpec};
use souk::users::Right;
use souk::{Error, Result};

use super::intake::{Printing, hand_out};
use super::{Context, output, sell::split_item};

#[derive(Debug, clap::Args)]
pub struct CorrectArgs {
    /// The deposit's or return's number (DEP-2026-0001).
    number: String,
    /// sku or barcode of one of her products, followed by x and a signed quantity:
    /// P001-0001x-1 (one fewer), P001-0002x0.5 (half a kilogram more).
    #[arg(required = true)]
    items: Vec<String>,
    /// Print the correction slip on SPEC (tcp:HOST[:PORT], file:PATH, png:PATH…).
    #[arg(long, value_name = "SPEC")]
    slip: Option<String>,
    /// Paper width in mm for the slip: 58 or 80. Default: the setting receipt.width, else 58.
    #[arg(long, value_name = "MM")]
    width: Option<u32>,
    /// Also write the slip as an A5 PDF to FILE.
    #[arg(long, value_name = "FILE")]
    pdf: Option<std::path::PathBuf>,
    #[arg(long)]
    json: bool,
}

pub fn run(ctx: &mut Context, args: &CorrectArgs) -> Result<()> {
    let user = super::auth::acting(ctx, None, Right::Catalogue)?;
    // The printer is checked before anything is written: a typo costs nothing.
    let printing = match args.slip.as_deref() {
        Some(text) => Some((
            PrinterSpec::parse(text)?,
            pending::paper(&ctx.conn, args.width)?,
        )),
        None => None,
    };
    if let Some(path) = &args.pdf {
        souk::outfile::check(path, ctx.force)?;
    }
    let items = args
        .items
        .iter()
        .map(|item| signed(&ctx.conn, item))
        .collect::<Result<Vec<_>>>()?;
    let deposit = intake::correct(
        &mut ctx.conn,
        ctx.clock.as_ref(),
        &args.number,
        user.id,
        items,
    )?;
    if args.json {
        output::json(&deposit)?;
    } else {
        output::say(
            ctx.tr.tr(&Msg::new("correct-done")
                .arg("number", &deposit.number)
                .arg("corrects", deposit.corrects.as_deref().unwrap_or(""))),
        );
        for line in &deposit.lines {
            let sign = if line.quantity.is_positive() {
                "+"
            } else {
                "-"
            };
            output::say(format!(
                "  {}  {}  {sign}{}",
                line.sku,
                line.name_fr,
                line.quantity.abs().format(line.unit, ctx.lang())
            ));
        }
    }
    hand_out(
        ctx,
        &deposit,
        &Printing {
            pdf: args.pdf.as_deref(),
            printer: printing,
            quiet: args.json,
        },
    )
}

/// `P001-0001x-1`: a product and a signed quantity; without one, a piece more.
fn signed(conn: &rusqlite::Connection, item: &str) -> Result<(String, Quantity)> {
    let item = item.trim();
    let minus = ["x-", "X-", "×-", "*-"]
        .iter()
        .filter_map(|sep| item.rfind(sep).map(|i| (i, sep.len())))
        .max_by_key(|(i, _)| *i)
        .filter(|(i, _)| *i > 0);
    let (code, quantity, negative) = match minus {
        Some((i, len)) => (&item[..i], Some(&item[i + len..]), true),
        None => {
            let (code, quantity) = split_item(item);
            (code, quantity, false)
        }
    };
    let product = catalog::find_product(conn, code)?.ok_or_else(|| {
        super::sell::name_the_quantity(
            conn,
            item,
            Error::Catalog(CatalogError::UnknownProduct(code.into())),
        )
    })?;
    let quantity = super::sell::quantity_of(&product, quantity)?;
    Ok((product.sku, if negative { -quantity } else { quantity }))
}
