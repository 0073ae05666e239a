//! `souk check`: the ledger's invariants on the live database.

use souk::{Error, Result, check};

use super::Context;
use super::output::say;

pub fn run(ctx: &Context) -> Result<()> {
    let violations = check::run(&ctx.conn)?;
    for v in &violations {
        say(ctx.tr.tr(v));
    }
    if violations.is_empty() {
        say(ctx.tr.text("check-ok"));
        Ok(())
    } else {
        Err(Error::CheckFailed(violations.len()))
    }
}
