//! `souk import`, `souk producers`, `souk products`.

use std::path::Path;
use std::sync::Arc;

use souk::catalog::{self, import};
use souk::i18n::Msg;
use souk::users::{self, Right};
use souk::{Error, Result};

use super::output::say;
use super::{Context, output};

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum ImportKind {
    Producers,
    Products,
}

pub fn import(ctx: &mut Context, what: ImportKind, file: &Path) -> Result<()> {
    let bytes = std::fs::read(file).map_err(|e| Error::ReadFile {
        path: file.to_path_buf(),
        source: Arc::new(e),
    })?;
    let at = ctx.clock.now();
    // A shop being set up (no administrator yet) may be filled by nobody in particular.
    let summary = if ctx.user.is_none() && !users::pins_required(&ctx.conn)? {
        match what {
            ImportKind::Producers => import::import_producers(&mut ctx.conn, &bytes)?,
            ImportKind::Products => import::import_products(&mut ctx.conn, &bytes, at)?,
        }
    } else {
        let by = super::auth::acting(ctx, None, Right::Catalogue)?.id;
        match what {
            ImportKind::Producers => import::import_producers_as(&mut ctx.conn, by, at, &bytes)?,
            ImportKind::Products => import::import_products_as(&mut ctx.conn, by, &bytes, at)?,
        }
    };
    let id = match what {
        ImportKind::Producers => "imported-producers",
        ImportKind::Products => "imported-products",
    };
    say(ctx.tr.tr(&Msg::new(id)
        .arg("added", summary.added)
        .arg("updated", summary.updated)));
    Ok(())
}

pub fn producers(ctx: &Context, json: bool) -> Result<()> {
    let producers = catalog::producers(&ctx.conn)?;
    if json {
        return output::json(&producers);
    }
    for p in &producers {
        let rate = p.share_rate.map_or_else(
            || ctx.tr.text("rate-default"),
            |r| format!("{} %", r.plain()),
        );
        let name = if ctx.lang().is_rtl() {
            &p.name_ar
        } else {
            &p.name_latin
        };
        let inactive = if p.active {
            String::new()
        } else {
            format!(" ({})", ctx.tr.text("inactive"))
        };
        say(format!(
            "{:<10} {name} — {} — {rate}{inactive}",
            p.code,
            p.workshop.as_deref().unwrap_or("-")
        ));
    }
    say(ctx
        .tr
        .tr(&Msg::new("count-producers").arg("count", producers.len())));
    Ok(())
}

pub fn products(ctx: &Context, json: bool) -> Result<()> {
    let products = catalog::products(&ctx.conn)?;
    if json {
        return output::json(&products);
    }
    let lang = ctx.lang();
    for p in &products {
        let name = if lang.is_rtl() {
            &p.name_ar
        } else {
            &p.name_fr
        };
        let price = p.price.format(lang);
        let per = match p.unit {
            souk::money::Unit::Kg => format!(" / {}", ctx.tr.text("unit-kg")),
            souk::money::Unit::Piece => String::new(),
        };
        let stock = if p.stock_tracked {
            format!(
                " — {}",
                ctx.tr
                    .tr(&Msg::new("in-stock").arg("quantity", p.stock.format(p.unit, lang)))
            )
        } else {
            String::new()
        };
        say(format!(
            "{:<10} {name} ({}) — {price}{per}{stock}",
            p.sku, p.producer_code
        ));
    }
    say(ctx
        .tr
        .tr(&Msg::new("count-products").arg("count", products.len())));
    Ok(())
}
