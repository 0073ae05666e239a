//! `souk stock [--producer CODE] [--older-than DAYS] [--json]`: what each producer has in
//! the shop, what sold, what went back; with --older-than, only what has been on the shelf
//! that long.

use souk::Result;
use souk::i18n::Msg;
use souk::intake::stock;

use super::{Context, output};

#[derive(Debug, clap::Args)]
pub struct StockArgs {
    /// Only this producer.
    #[arg(long, value_name = "CODE")]
    producer: Option<String>,
    /// Only what has been in the shop more than DAYS days (first in, first out).
    #[arg(long, value_name = "DAYS")]
    older_than: Option<u32>,
    #[arg(long)]
    json: bool,
}

pub fn run(ctx: &Context, args: &StockArgs) -> Result<()> {
    if let Some(code) = &args.producer
        && souk::catalog::producer_by_code(&ctx.conn, code)?.is_none()
    {
        return Err(souk::Error::Catalog(
            souk::error::CatalogError::UnknownProducer(code.clone()),
        ));
    }
    let mut view = stock::view(
        &ctx.conn,
        ctx.clock.now(),
        args.producer.as_deref(),
        args.older_than,
    )?;
    if args.older_than.is_some() {
        for producer in &mut view {
            producer.products.retain(|p| p.older.is_positive());
        }
        view.retain(|p| !p.products.is_empty());
    }
    if args.json {
        return output::json(&view);
    }
    let lang = ctx.lang();
    for producer in &view {
        let name = if lang.is_rtl() {
            &producer.name_ar
        } else {
            &producer.name_latin
        };
        output::say(
            ctx.tr.tr(&Msg::new("stock-producer")
                .arg("code", &producer.code)
                .arg("name", name)),
        );
        for p in &producer.products {
            let name = if lang.is_rtl() {
                &p.name_ar
            } else {
                &p.name_fr
            };
            let q = |q: souk::money::Quantity| q.format(p.unit, lang);
            let msg = match args.older_than {
                Some(days) => Msg::new("stock-old")
                    .arg("quantity", q(p.older))
                    .arg("days", i64::from(days))
                    .arg("since", local_day(p.older_since.as_deref(), lang)),
                None => Msg::new("stock-line")
                    .arg("stock", q(p.in_shop))
                    .arg("brought", q(p.brought))
                    .arg("sold", q(p.sold))
                    .arg("returned", q(p.returned)),
            };
            output::say(format!(
                "  {}",
                ctx.tr.tr(&msg.arg("sku", &p.sku).arg("name", name))
            ));
        }
    }
    Ok(())
}

/// `2026-11-29` as people read a date: 29/11/2026 (English keeps the ISO form).
fn local_day(day: Option<&str>, lang: souk::i18n::Lang) -> String {
    let day = day.unwrap_or_default();
    match (lang, chrono::NaiveDate::parse_from_str(day, "%Y-%m-%d")) {
        (souk::i18n::Lang::En, _) | (_, Err(_)) => day.to_owned(),
        (_, Ok(date)) => date.format("%d/%m/%Y").to_string(),
    }
}
