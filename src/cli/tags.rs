//! `souk tags ITEM... (--printer SPEC [--width MM] | --pdf FILE [--layout 3x8|2x7|4x10]
//! [--skip N])`: price tags on the thermal printer, one after another, or on A4 label sheets.

use std::path::PathBuf;

use souk::catalog::{self, Product, edit};
use souk::error::{CatalogError, TagsError};
use souk::i18n::Msg;
use souk::intake;
use souk::money::{Quantity, Unit};
use souk::receipt::{self, pending, printer::PrinterSpec};
use souk::tags::sheet::{self, Layout};
use souk::tags::{self, Tag};
use souk::{Error, Result};

use super::{Context, output, sell::split_item};

#[derive(Debug, clap::Args)]
#[command(group(clap::ArgGroup::new("output").required(true).args(["printer", "pdf"])))]
pub struct TagsArgs {
    /// sku or barcode, optionally followed by xN for N tags (P001-0001x6); for a product
    /// sold by the kg, xWEIGHT makes the tag of a package of that weight (P001-0002x0.350),
    /// with its price and a code that carries it. A deposit number (DEP-2026-0001) stands
    /// for its items: one tag a piece, one price-per-kg tag a weighed product.
    #[arg(required = true)]
    items: Vec<String>,
    /// The thermal printer: tcp:HOST[:PORT], file:PATH, png:PATH, none…
    #[arg(long, value_name = "SPEC")]
    printer: Option<String>,
    /// Paper width in mm: 58 or 80. Default: the setting receipt.width, else 58.
    #[arg(long, value_name = "MM", requires = "printer")]
    width: Option<u32>,
    /// Write A4 sheets of labels to FILE (PDF) instead.
    #[arg(long, value_name = "FILE")]
    pdf: Option<PathBuf>,
    /// The label sheet: 3x8 (70 × 37 mm), 2x7 (99.1 × 38.1 mm) or 4x10 (48.5 × 25.4 mm).
    #[arg(long, default_value = "3x8", requires = "pdf")]
    layout: String,
    /// Labels already used on the first sheet: the first tag goes on position N+1.
    #[arg(long, default_value_t = 0, requires = "pdf")]
    skip: usize,
}

pub fn run(ctx: &mut Context, args: &TagsArgs) -> Result<()> {
    if let Some(path) = &args.pdf {
        let layout = Layout::parse(&args.layout)?;
        if args.skip >= layout.per_sheet() {
            return Err(Error::Tags(TagsError::TagSkip {
                skip: args.skip,
                per_sheet: layout.per_sheet(),
            }));
        }
        let list = tags_for(ctx, &args.items)?;
        let (bytes, pages) = sheet::pdf(&list, layout, args.skip)?;
        souk::outfile::write(path, &bytes, ctx.force)?;
        output::say(
            ctx.tr.tr(&Msg::new("tags-sheet-written")
                .arg("count", list.len())
                .arg("path", path.display().to_string())
                .arg("pages", pages)),
        );
        return Ok(());
    }
    let spec = PrinterSpec::parse(args.printer.as_deref().unwrap_or("none"))?;
    let paper = pending::paper(&ctx.conn, args.width)?;
    let list = tags_for(ctx, &args.items)?;
    receipt::print(&tags::thermal(&list), &spec, paper)?;
    output::say(
        ctx.tr.tr(&Msg::new("tags-printed")
            .arg("count", list.len())
            .arg("printer", spec.to_string())),
    );
    Ok(())
}

/// The tags the items ask for, in their order. A product without a barcode is given an
/// in-store code first (its tag would be useless to the scanner without one).
pub fn tags_for(ctx: &mut Context, items: &[String]) -> Result<Vec<Tag>> {
    let mut list = Vec::new();
    for item in items {
        if catalog::find_product(&ctx.conn, item)?.is_none()
            && let Ok(deposit) = intake::load(&ctx.conn, item)
        {
            for line in deposit.lines.iter().filter(|l| l.quantity.is_positive()) {
                let copies = match line.unit {
                    Unit::Piece => line.quantity.milli() / 1000,
                    Unit::Kg => 1,
                };
                let found = product(ctx, &line.sku)?;
                let one = tag(ctx, &found, None)?;
                list.extend(std::iter::repeat_n(
                    one,
                    usize::try_from(copies).unwrap_or(0),
                ));
            }
            continue;
        }
        let (code, quantity) = split_item(item);
        let product =
            product(ctx, code).map_err(|e| super::sell::name_the_quantity(&ctx.conn, item, e))?;
        let parse =
            |text: &str, unit| Quantity::parse(text, unit).map_err(|e| Error::parse("quantity", e));
        match (product.unit, quantity) {
            (Unit::Kg, weight) => {
                let weight = weight.map(|w| parse(w, Unit::Kg)).transpose()?;
                list.push(tag(ctx, &product, weight)?);
            }
            (Unit::Piece, copies) => {
                let copies =
                    copies.map_or(Ok(1), |c| parse(c, Unit::Piece).map(|q| q.milli() / 1000))?;
                let one = tag(ctx, &product, None)?;
                list.extend(std::iter::repeat_n(
                    one,
                    usize::try_from(copies).unwrap_or(0),
                ));
            }
        }
    }
    Ok(list)
}

fn product(ctx: &mut Context, code: &str) -> Result<Product> {
    let product = catalog::find_product(&ctx.conn, code)?
        .ok_or_else(|| Error::Catalog(CatalogError::UnknownProduct(code.to_owned())))?;
    if product.barcode.is_some() {
        return Ok(product);
    }
    let by = super::auth::acting(ctx, None, souk::users::Right::Catalogue)?.id;
    let barcode = edit::assign_store_barcode(&mut ctx.conn, by, product.id)?;
    output::say(
        ctx.tr.tr(&Msg::new("tags-code-assigned")
            .arg("sku", &product.sku)
            .arg("code", &barcode)),
    );
    Ok(Product {
        barcode: Some(barcode),
        ..product
    })
}

fn tag(ctx: &Context, product: &Product, weight: Option<Quantity>) -> Result<Tag> {
    let maker = catalog::producer_by_id(&ctx.conn, product.producer_id)?;
    Tag::new(product, &maker, weight)
}
