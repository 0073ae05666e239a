//! `souk audit`: the audit trail, newest first, for administrators.

use souk::Result;
use souk::audit;
use souk::clock;
use souk::users::Right;

use super::output::{self, say};
use super::{Context, auth};

#[derive(Debug, clap::Args)]
pub struct AuditArgs {
    /// How many entries, newest first.
    #[arg(long, default_value_t = 100)]
    last: usize,
    #[arg(long)]
    json: bool,
}

pub fn run(ctx: &mut Context, args: &AuditArgs) -> Result<()> {
    auth::acting(ctx, None, Right::Audit)?;
    let entries = audit::list(&ctx.conn, args.last)?;
    if args.json {
        return output::json(&entries);
    }
    let text = |v: &Option<serde_json::Value>| v.as_ref().map_or(String::new(), |v| v.to_string());
    for e in &entries {
        let who = match (&e.user, &e.operator) {
            (Some(u), Some(o)) => format!("{u} ({o})"),
            (Some(u), None) => u.clone(),
            (None, _) => "-".to_owned(),
        };
        say(format!(
            "{}  {who}  {}  {}  {} → {}",
            clock::local(e.at).format("%Y-%m-%d %H:%M:%S"),
            e.action,
            e.subject,
            text(&e.before),
            text(&e.after),
        ));
    }
    Ok(())
}
