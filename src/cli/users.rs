//! `souk user add`, `souk users`.

use souk::i18n::Msg;
use souk::users::{self, Role};
use souk::{Error, Result};

use super::output::say;
use super::{Context, output};

#[derive(Debug, clap::Subcommand)]
pub enum UserCommand {
    /// Add a volunteer or an administrator.
    Add {
        name: String,
        /// volunteer or admin
        #[arg(long, default_value = "volunteer")]
        role: String,
    },
}

pub fn run(ctx: &mut Context, command: UserCommand) -> Result<()> {
    match command {
        UserCommand::Add { name, role } => {
            let role = Role::from_code(role.trim()).ok_or(Error::UnknownRole(role))?;
            let user = users::add(&ctx.conn, &name, role)?;
            say(ctx.tr.tr(&Msg::new("user-added")
                .arg("name", &user.name)
                .arg("role", user.role.code())));
            Ok(())
        }
    }
}

pub fn list(ctx: &Context, json: bool) -> Result<()> {
    let all = users::list(&ctx.conn)?;
    if json {
        return output::json(&all);
    }
    for u in &all {
        say(format!("{} ({})", u.name, u.role.code()));
    }
    Ok(())
}
