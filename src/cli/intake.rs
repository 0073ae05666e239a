//! `souk intake CODE ITEM... --user NAME [--new SPEC]... [--slip SPEC] [--pdf FILE]` and
//! `souk return CODE ITEM... --user NAME [--slip SPEC] [--pdf FILE]`: a producer's deposit
//! or return, its slip printed (or written as a PDF) after it is recorded.

use souk::catalog::edit::ProductForm;
use souk::catalog::{self, Producer};
use souk::error::{CatalogError, IntakeError};
use souk::i18n::Msg;
use souk::intake::{self, Deposit, Item, NewDeposit, slip};
use souk::money::{Quantity, Unit};
use souk::receipt::{self, ShopInfo, pending, printer::PrinterSpec};
use souk::users::Right;
use souk::{Error, Result};

use super::{Context, output, sell::split_item};

#[derive(Debug, clap::Args)]
pub struct DepositArgs {
    /// The producer's code.
    producer: String,
    /// sku or barcode of one of her products, followed by xQTY: P001-0001x6, P001-0002x2.5.
    items: Vec<String>,
    /// A product made on the spot (intake only): "NAME_FR|NAME_AR|CATEGORY|UNIT|PRICE|QTY",
    /// e.g. "Ghriba|غريبة|pastries|kg|120|2.5". Repeat for several.
    #[arg(long = "new", value_name = "SPEC")]
    new: Vec<String>,
    /// Print the slip on SPEC (tcp:HOST[:PORT], file:PATH, png:PATH, none…) once recorded.
    #[arg(long, value_name = "SPEC")]
    slip: Option<String>,
    /// Paper width in mm for the slip: 58 or 80. Default: the setting receipt.width, else 58.
    #[arg(long, value_name = "MM")]
    width: Option<u32>,
    /// Also write the slip as an A5 PDF to FILE, for an office printer.
    #[arg(long, value_name = "FILE")]
    pdf: Option<std::path::PathBuf>,
    #[arg(long)]
    json: bool,
}

/// Records an intake (`back` false) or a return, then prints its slip if asked.
pub fn run(ctx: &mut Context, args: &DepositArgs, back: bool) -> Result<()> {
    // Who takes the items in or hands them back (the global --user, her PIN checked).
    let right = if args.new.is_empty() {
        Right::Sell
    } else {
        Right::Catalogue
    };
    let user = super::auth::acting(ctx, None, right)?;
    let producer = catalog::producer_by_code(&ctx.conn, &args.producer)?
        .ok_or_else(|| Error::Catalog(CatalogError::UnknownProducer(args.producer.clone())))?;
    let printing = match args.slip.as_deref() {
        Some(text) => Some((
            PrinterSpec::parse(text)?,
            pending::paper(&ctx.conn, args.width)?,
        )),
        None => None,
    };
    // A slip that could not be written must refuse the paper before it is recorded.
    if let Some(path) = &args.pdf {
        souk::outfile::check(path, ctx.force)?;
    }
    let mut items = args
        .items
        .iter()
        .map(|item| existing(&ctx.conn, item))
        .collect::<Result<Vec<_>>>()?;
    for spec in &args.new {
        items.push(new_product(spec, &producer)?);
    }
    let request = NewDeposit {
        producer: producer.code.clone(),
        user_id: user.id,
        items,
        note: None,
    };
    let deposit = if back {
        intake::give_back(&mut ctx.conn, ctx.clock.as_ref(), &request)?
    } else {
        intake::intake(&mut ctx.conn, ctx.clock.as_ref(), &request)?
    };
    if args.json {
        output::json(&deposit)?;
    } else {
        say_done(ctx, &deposit, &producer, back);
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

/// Where a recorded deposit's slip goes: a PDF file, a printer, both or neither.
pub struct Printing<'a> {
    pub pdf: Option<&'a std::path::Path>,
    pub printer: Option<(PrinterSpec, receipt::Paper)>,
    /// JSON output: say nothing else on stdout.
    pub quiet: bool,
}

/// Writes and prints the slip of a deposit already recorded.
pub fn hand_out(ctx: &Context, deposit: &Deposit, printing: &Printing<'_>) -> Result<()> {
    if let Some(path) = printing.pdf {
        let bytes = slip::pdf(deposit, &ShopInfo::load(&ctx.conn)?)?;
        souk::outfile::write(path, &bytes, ctx.force)?;
        if !printing.quiet {
            output::say(
                ctx.tr.tr(&Msg::new("intake-slip-pdf")
                    .arg("number", &deposit.number)
                    .arg("path", path.display().to_string())),
            );
        }
    }
    if let Some((spec, paper)) = &printing.printer {
        // The deposit is recorded: a printer that fails only says so.
        let receipt = slip::slip(deposit, &ShopInfo::load(&ctx.conn)?);
        match receipt::print(&receipt, spec, *paper) {
            Ok(()) if !printing.quiet => output::say(
                ctx.tr.tr(&Msg::new("intake-slip-printed")
                    .arg("number", &deposit.number)
                    .arg("printer", spec.to_string())),
            ),
            Ok(()) => {}
            Err(error) => output::report_error(&error, ctx.tr),
        }
    }
    Ok(())
}

fn say_done(ctx: &Context, deposit: &Deposit, producer: &Producer, back: bool) {
    output::say(
        ctx.tr
            .tr(&Msg::new(if back { "return-done" } else { "intake-done" })
                .arg("number", &deposit.number)
                .arg("count", deposit.lines.len())
                .arg(
                    "producer",
                    format!("{} ({})", producer.name_latin, producer.code),
                )),
    );
    for line in &deposit.lines {
        output::say(format!(
            "  {}  {}  {}",
            line.sku,
            line.name_fr,
            line.quantity.abs().format(line.unit, ctx.lang())
        ));
    }
}

/// `P001-0001x6`: an existing product and how many; a piece without a quantity is one.
fn existing(conn: &rusqlite::Connection, item: &str) -> Result<Item> {
    let (code, quantity) = split_item(item);
    let product = catalog::find_product(conn, code)?.ok_or_else(|| {
        super::sell::name_the_quantity(
            conn,
            item,
            Error::Catalog(CatalogError::UnknownProduct(code.into())),
        )
    })?;
    let quantity = super::sell::quantity_of(&product, quantity)?;
    Ok(Item::Existing {
        code: product.sku,
        quantity,
    })
}

/// `NAME_FR|NAME_AR|CATEGORY|UNIT|PRICE|QTY`: checked by the catalogue's own rules.
fn new_product(spec: &str, producer: &Producer) -> Result<Item> {
    let parts: Vec<&str> = spec.split('|').map(str::trim).collect();
    let [fr, ar, category, unit, price, qty] = parts[..] else {
        return Err(Error::Intake(IntakeError::NewProductSpec(spec.to_owned())));
    };
    let unit = Unit::from_code(&unit.to_lowercase())
        .ok_or_else(|| Error::Intake(IntakeError::NewProductSpec(spec.to_owned())))?;
    let quantity = Quantity::parse(qty, unit).map_err(|e| Error::parse("quantity", e))?;
    Ok(Item::New {
        form: ProductForm {
            name_fr: fr.to_owned(),
            name_ar: ar.to_owned(),
            category: category.to_owned(),
            producer: producer.code.clone(),
            unit,
            price: price.to_owned(),
            ..ProductForm::default()
        },
        quantity,
    })
}

#[derive(Debug, clap::Args)]
#[command(group(clap::ArgGroup::new("output").required(true).args(["printer", "pdf"])))]
pub struct SlipArgs {
    /// The deposit's, return's or correction's number (DEP-2026-0001).
    number: String,
    /// Print it on SPEC (tcp:HOST[:PORT], file:PATH, png:PATH…).
    #[arg(long, value_name = "SPEC")]
    printer: Option<String>,
    /// Paper width in mm: 58 or 80. Default: the setting receipt.width, else 58.
    #[arg(long, value_name = "MM", requires = "printer")]
    width: Option<u32>,
    /// Write it as an A5 PDF to FILE.
    #[arg(long, value_name = "FILE")]
    pdf: Option<std::path::PathBuf>,
}

/// `souk slip NUMBER (--printer SPEC | --pdf FILE)`: a slip again, when the printer failed
/// or a copy is wanted.
pub fn reprint(ctx: &Context, args: &SlipArgs) -> Result<()> {
    let deposit = intake::load(&ctx.conn, &args.number)?;
    let shop = ShopInfo::load(&ctx.conn)?;
    if let Some(path) = &args.pdf {
        souk::outfile::write(path, &slip::pdf(&deposit, &shop)?, ctx.force)?;
        output::say(
            ctx.tr.tr(&Msg::new("intake-slip-pdf")
                .arg("number", &deposit.number)
                .arg("path", path.display().to_string())),
        );
    }
    if let Some(text) = &args.printer {
        let spec = PrinterSpec::parse(text)?;
        receipt::print(
            &slip::slip(&deposit, &shop),
            &spec,
            pending::paper(&ctx.conn, args.width)?,
        )?;
        output::say(
            ctx.tr.tr(&Msg::new("intake-slip-printed")
                .arg("number", &deposit.number)
                .arg("printer", spec.to_string())),
        );
    }
    Ok(())
}
