//! `souk photo CODE FILE` and `souk photo CODE --remove`: a product's photo, scaled down
//! and kept in the database.

use souk::users::{self, Right};
use std::path::PathBuf;

use souk::catalog::{self, photo};
use souk::error::CatalogError;
use souk::i18n::Msg;
use souk::{Error, Result, db};

use super::{Context, output};

#[derive(Debug, clap::Args)]
#[command(group(clap::ArgGroup::new("what").required(true).args(["file", "remove"])))]
pub struct PhotoArgs {
    /// The product's sku or barcode.
    code: String,
    /// A JPEG or PNG picture of it.
    file: Option<PathBuf>,
    /// Take its photo away.
    #[arg(long)]
    remove: bool,
}

pub fn run(ctx: &mut Context, args: &PhotoArgs) -> Result<()> {
    let product = catalog::find_product(&ctx.conn, &args.code)?
        .ok_or_else(|| Error::Catalog(CatalogError::UnknownProduct(args.code.clone())))?;
    // A shop being set up (no administrator yet) may be filled by nobody in particular.
    let by = if ctx.user.is_none() && !users::pins_required(&ctx.conn)? {
        None
    } else {
        Some(super::auth::acting(ctx, None, Right::Catalogue)?.id)
    };
    let allowed = |tx: &rusqlite::Connection| match by {
        Some(by) => users::rights::require(tx, by, Right::Catalogue).map(|_| ()),
        None => Ok(()),
    };
    let Some(file) = &args.file else {
        db::write(&mut ctx.conn, |tx| {
            allowed(tx)?;
            photo::remove(tx, product.id)
        })?;
        output::say(
            ctx.tr
                .tr(&Msg::new("photo-removed").arg("sku", &product.sku)),
        );
        return Ok(());
    };
    let png = photo::read(file)?;
    let at = ctx.clock.now();
    db::write(&mut ctx.conn, |tx| {
        allowed(tx)?;
        photo::set(tx, product.id, &png, at)
    })?;
    output::say(
        ctx.tr.tr(&Msg::new("photo-set")
            .arg("sku", &product.sku)
            .arg("size", png.len() / 1024 + 1)),
    );
    Ok(())
}
