//! `souk settings` and `souk settings set KEY VALUE`: the shop's settings as the table of
//! [`souk::settings`] lists them, and one changed by an administrator, checked and audited
//! as the settings screen changes it.

use clap::{Args, Subcommand};
use serde::Serialize;
use souk::error::SettingsError;
use souk::i18n::Msg;
use souk::settings::{self, Who};
use souk::users::Right;
use souk::{Error, Result};

use super::Context;
use super::output::{json, say};

#[derive(Debug, Args)]
pub struct SettingsArgs {
    #[command(subcommand)]
    pub command: Option<SettingsCommand>,
    /// List them as JSON.
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Subcommand)]
pub enum SettingsCommand {
    /// Change one setting (administrators): refused, with nothing written, when the value
    /// is not one the setting may hold.
    Set { key: String, value: String },
}

#[derive(Serialize)]
struct Row {
    key: &'static str,
    label: String,
    value: Option<String>,
}

pub fn run(ctx: &mut Context, args: &SettingsArgs) -> Result<()> {
    match &args.command {
        Some(SettingsCommand::Set { key, value }) => set(ctx, key, value),
        None => list(ctx, args.json),
    }
}

fn list(ctx: &Context, as_json: bool) -> Result<()> {
    let mut rows = Vec::new();
    for setting in settings::ALL.iter().filter(|s| s.who != Who::Reserved) {
        rows.push(Row {
            key: setting.key,
            label: ctx.tr.text(setting.label),
            value: settings::get(&ctx.conn, setting.key)?,
        });
    }
    if as_json {
        return json(&rows);
    }
    for row in rows {
        say(format!(
            "{}\t{}\t{}",
            row.key,
            row.label,
            row.value.unwrap_or_default()
        ));
    }
    Ok(())
}

fn set(ctx: &mut Context, key: &str, value: &str) -> Result<()> {
    // What is wrong with the value is said before anyone is asked for a PIN.
    settings::check(key, value)?;
    let label = settings::label(key)
        .ok_or_else(|| Error::Settings(SettingsError::UnknownSetting(key.to_owned())))?;
    let by = super::auth::acting(ctx, None, Right::Settings)?.id;
    settings::change(&mut ctx.conn, ctx.clock.as_ref(), by, key, value)?;
    say(ctx.tr.tr(&Msg::new("cli-setting-set")
        .arg("label", Msg::new(label))
        .arg("value", value)));
    Ok(())
}
