//! `souk` with no command (until the window exists) and `souk status`: where the database
//! is and what it holds, so a volunteer or a script sees at once that Souk works.

use souk::Result;
use souk::i18n::Msg;

use super::Context;
use super::output::say;

pub fn run(ctx: &Context, path: &std::path::Path) -> Result<()> {
    let count = |table: &str| -> Result<i64> {
        Ok(ctx
            .conn
            .query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))?)
    };
    say(ctx.tr.tr(&Msg::new("status")
        .arg("path", path.display().to_string())
        .arg("producers", count("producers")?)
        .arg("products", count("products")?)
        .arg("sales", count("sales")?)));
    say(ctx.tr.text("status-hint"));
    Ok(())
}
