//! `souk demo`: a realistic shop for demos and benchmarks.

use souk::Result;
use souk::demo::{self, DemoOptions};
use souk::i18n::Msg;

use super::Context;
use super::output::say;

#[derive(Debug, clap::Args)]
pub struct DemoArgs {
    /// Months of sales, ending today.
    #[arg(long, default_value_t = 3)]
    months: u32,
    /// The same seed gives the same shop.
    #[arg(long, default_value_t = 2016)]
    seed: u64,
}

pub fn run(ctx: &mut Context, args: &DemoArgs) -> Result<()> {
    let summary = demo::generate(
        &mut ctx.conn,
        &DemoOptions {
            months: args.months,
            seed: args.seed,
        },
        ctx.clock.now(),
    )?;
    say(ctx.tr.tr(&Msg::new("demo-done")
        .arg("producers", summary.producers)
        .arg("products", summary.products)
        .arg("sales", summary.sales)
        .arg("refunds", summary.refunds)
        .arg("from", summary.first_day.to_string())
        .arg("to", summary.last_day.to_string())
        .arg(
            "users",
            summary
                .users
                .iter()
                .map(|(name, pin)| format!("{name} ({pin})"))
                .collect::<Vec<_>>()
                .join(", "),
        )));
    Ok(())
}
