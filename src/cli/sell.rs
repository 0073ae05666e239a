//! `souk sell --cashier NAME ITEM... --pay METHOD:AMOUNT... [--printer SPEC [--width MM]]`

use souk::catalog;
use souk::error::{CatalogError, ReceiptError, SaleError};
use souk::i18n::Msg;
use souk::money::{Money, Quantity, Unit};
use souk::receipt::layout::Copy;
use souk::receipt::pending;
use souk::receipt::printer::PrinterSpec;
use souk::receipt::raster::Paper;
use souk::sale::{self, CartLine, NewSale, Tender};
use souk::users::Right;
use souk::{Error, Result};

use super::{Context, output};

#[derive(Debug, clap::Args)]
pub struct SellArgs {
    /// Who rings the sale up.
    #[arg(long)]
    cashier: String,
    /// sku or barcode, optionally followed by xQTY: P001-0001x2, P001-0002x0.350; or the
    /// code of a weighed package's tag (21…), which carries its price.
    #[arg(required = true)]
    items: Vec<String>,
    /// METHOD:AMOUNT, METHOD being cash, card or transfer; repeat to split.
    #[arg(long = "pay")]
    payments: Vec<String>,
    #[arg(long)]
    json: bool,
    /// Print the receipt once the sale is saved, on SPEC: tcp:HOST[:PORT], file:PATH,
    /// usb:VID:PID, serial:PATH[:BAUD], png:PATH or none. Default: the shop's printer
    /// (setting receipt.printer) when one is set, else no receipt. If the printer fails, the sale is
    /// still saved and the command exits 0 (its job, the sale, is done): stderr says the
    /// receipt is pending and why, and `souk receipt NUMBER` prints it later. With --json,
    /// "receipt" says "printed" or "pending".
    #[arg(long, value_name = "SPEC")]
    printer: Option<String>,
    /// Paper width in mm: 58 or 80. Default: the setting receipt.width, else 58.
    #[arg(long, value_name = "MM")]
    width: Option<u32>,
}

/// A sale as `--json` writes it, with what became of its receipt when one was asked for.
#[derive(serde::Serialize)]
struct SoldJson<'a> {
    #[serde(flatten)]
    sale: &'a sale::Sale,
    #[serde(skip_serializing_if = "Option::is_none")]
    receipt: Option<&'static str>,
}

/// Splits `P001-0002x0.350` into the code and the quantity text. A code may itself hold an
/// `x` (`X-1`), so the split is taken only when what follows reads as a number.
pub fn split_item(item: &str) -> (&str, Option<&str>) {
    let item = item.trim();
    let split = item
        .char_indices()
        .filter(|(i, c)| *i > 0 && matches!(c, 'x' | 'X' | '×' | '*'))
        .map(|(i, c)| (&item[..i], &item[i + c.len_utf8()..]))
        .rfind(|(_, qty)| {
            !qty.is_empty()
                && qty
                    .chars()
                    .all(|c| c.is_numeric() || matches!(c, '.' | ',' | '٫'))
        });
    match split {
        Some((code, qty)) => (code, Some(qty)),
        None => (item, None),
    }
}

/// When `item` is a known product's code, an `x` and something that is no quantity
/// (`P001-0001x-1`, `P001-0001x1e9`), the quantity's refusal; otherwise `error` as it was.
pub fn name_the_quantity(conn: &rusqlite::Connection, item: &str, error: Error) -> Error {
    if !matches!(error, Error::Catalog(CatalogError::UnknownProduct(_))) {
        return error;
    }
    let item = item.trim();
    let found = item
        .char_indices()
        .filter(|(i, c)| *i > 0 && matches!(c, 'x' | 'X' | '×' | '*'))
        .find_map(|(i, c)| {
            let product = catalog::find_product(conn, &item[..i]).ok().flatten()?;
            Some((product, &item[i + c.len_utf8()..]))
        });
    match found {
        Some((product, text)) => match Quantity::parse(text, product.unit) {
            Err(e) => Error::parse("quantity", e),
            Ok(_) => error,
        },
        None => error,
    }
}

/// How much of `product` an item asks for: its quantity read in the product's unit, one
/// piece when none is given; a weighed product needs its weight.
pub fn quantity_of(product: &catalog::Product, text: Option<&str>) -> Result<Quantity> {
    match (text, product.unit) {
        (Some(text), unit) => Quantity::parse(text, unit).map_err(|e| Error::parse("quantity", e)),
        (None, Unit::Piece) => Ok(Quantity::pieces(1)),
        (None, Unit::Kg) => Err(Error::Sale(SaleError::WeightNeeded {
            sku: product.sku.clone(),
        })),
    }
}

fn cart_line(conn: &rusqlite::Connection, item: &str) -> Result<CartLine> {
    // A weighed package's code carries its price: the line costs exactly that.
    if let Some(package) = catalog::weighed::scan(conn, item)? {
        if !package.product.active {
            return Err(Error::Catalog(CatalogError::InactiveProduct(
                package.product.sku,
            )));
        }
        return Ok(CartLine {
            product: package.product,
            quantity: package.quantity,
            discount: package.discount,
        });
    }
    let (code, quantity) = split_item(item);
    let product =
        catalog::product_for_sale(conn, code).map_err(|e| name_the_quantity(conn, item, e))?;
    let quantity = quantity_of(&product, quantity)?;
    Ok(CartLine {
        product,
        quantity,
        discount: Money::ZERO,
    })
}

pub fn run(ctx: &mut Context, args: &SellArgs) -> Result<()> {
    let cashier = super::auth::acting(ctx, Some(&args.cashier), Right::Sell)?;
    // A mistyped printer or width refuses the command before anything is written.
    let spec = match args.printer.as_deref() {
        // `none` asks for no receipt: nothing is queued, nothing said printed.
        Some(text) => match PrinterSpec::parse(text)? {
            PrinterSpec::None => None,
            spec => Some(spec),
        },
        None => match pending::printer(&ctx.conn, None) {
            Ok(spec) => Some(spec),
            Err(Error::Receipt(ReceiptError::NoPrinter)) => None,
            Err(error) => return Err(error),
        },
    };
    let printing = match spec {
        Some(spec) => Some((spec, pending::paper(&ctx.conn, args.width)?)),
        None => {
            // A width typed with no printer is still read: a typo refuses the sale.
            if args.width.is_some() {
                pending::paper(&ctx.conn, args.width)?;
            }
            None
        }
    };
    let lines = args
        .items
        .iter()
        .map(|item| cart_line(&ctx.conn, item))
        .collect::<Result<Vec<_>>>()?;
    let tenders = args
        .payments
        .iter()
        .map(|p| Tender::parse(p))
        .collect::<Result<Vec<_>>>()?;
    let sale = NewSale {
        cashier_id: cashier.id,
        lines,
        tenders,
    };
    let (sale, opened) = sale::sell_opening_till(&mut ctx.conn, ctx.clock.as_ref(), &sale)?;
    if let Some(session) = opened {
        output::report_note(ctx.tr, &Msg::new("cash-opened-zero").arg("id", session));
    }
    if !args.json {
        output::sale(ctx.tr, &sale);
    }
    let receipt =
        printing.map(|(spec, paper)| print_receipt(ctx, &sale.number, &spec, paper, !args.json));
    if args.json {
        return output::json(&SoldJson {
            sale: &sale,
            receipt,
        });
    }
    Ok(())
}

/// Prints the receipt of the sale just saved. A failure is said on stderr and does not
/// fail the command: the sale is saved and the receipt waits as pending.
fn print_receipt(
    ctx: &mut Context,
    number: &str,
    spec: &PrinterSpec,
    paper: Paper,
    say: bool,
) -> &'static str {
    let printed = pending::print_sale(
        &mut ctx.conn,
        ctx.clock.as_ref(),
        number,
        spec,
        paper,
        Copy::Original,
        true,
    );
    match printed {
        Ok(outcome) => {
            if say {
                super::receipt::say_printed(ctx.tr, &outcome);
            }
            "printed"
        }
        Err(error) => {
            output::report_error(&error, ctx.tr);
            "pending"
        }
    }
}

#[cfg(test)]
mod tests {
    use super::split_item;

    #[test]
    fn splits_quantities_off_codes() {
        assert_eq!(split_item("P001-0002x0.350"), ("P001-0002", Some("0.350")));
        assert_eq!(split_item("P001-0001X2"), ("P001-0001", Some("2")));
        assert_eq!(split_item("2000000000015x3"), ("2000000000015", Some("3")));
        assert_eq!(split_item("X-1"), ("X-1", None));
        assert_eq!(split_item("BOX-1x2"), ("BOX-1", Some("2")));
        assert_eq!(split_item("P001-0001x"), ("P001-0001x", None));
    }
}
