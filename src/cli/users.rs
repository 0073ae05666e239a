//! `souk user add|pin|role|withdraw`, `souk users`.

use souk::error::UsersError;
use souk::i18n::Msg;
use souk::users::{self, Right, Role};
use souk::{Error, Result};

use super::output::say;
use super::{Context, auth, output};

#[derive(Debug, clap::Subcommand)]
pub enum UserCommand {
    /// Add a volunteer or an administrator, with her PIN ($SOUK_NEW_PIN or asked twice).
    Add {
        name: String,
        /// volunteer or admin
        #[arg(long, default_value = "volunteer")]
        role: String,
    },
    /// Give someone a new PIN ($SOUK_NEW_PIN or asked twice); this also lifts a lock.
    Pin { name: String },
    /// Make someone a volunteer or an administrator.
    Role {
        name: String,
        /// volunteer or admin
        role: String,
    },
    /// Withdraw someone: she can no longer sign in. Her sales keep her name.
    Withdraw { name: String },
}

pub fn run(ctx: &mut Context, command: UserCommand) -> Result<()> {
    match command {
        UserCommand::Add { name, role } => {
            let role = parse_role(&role)?;
            let by = if users::pins_required(&ctx.conn)? {
                Some(auth::acting(ctx, None, Right::People)?.id)
            } else {
                None
            };
            // A volunteer of a shop without an administrator needs no PIN yet (nothing asks
            // for one); an administrator always does, or nobody could sign in after her.
            let user = match auth::new_pin(ctx, name.trim()) {
                Ok(pin) => users::enrol(&mut ctx.conn, ctx.clock.as_ref(), by, &name, role, &pin)?,
                Err(Error::Users(UsersError::PinNeeded))
                    if by.is_none() && role == Role::Volunteer =>
                {
                    users::add(&ctx.conn, &name, role)?
                }
                Err(error) => return Err(error),
            };
            say(ctx.tr.tr(&Msg::new("user-added")
                .arg("name", &user.name)
                .arg("role", user.role.code())));
        }
        UserCommand::Pin { name } => {
            let target = users::require(&ctx.conn, &name)?;
            // Her own PIN with her old one; someone else's with an administrator's.
            let by = if users::pins_required(&ctx.conn)? {
                let acting_name = ctx.user.clone().unwrap_or_else(|| target.name.clone());
                let right = if acting_name.eq_ignore_ascii_case(&target.name) {
                    Right::Sell
                } else {
                    Right::People
                };
                auth::acting(ctx, Some(&acting_name), right)?.id
            } else {
                target.id
            };
            let pin = auth::new_pin(ctx, &target.name)?;
            users::change_pin(&mut ctx.conn, ctx.clock.as_ref(), by, target.id, &pin)?;
            say(ctx
                .tr
                .tr(&Msg::new("user-pin-changed").arg("name", &target.name)));
        }
        UserCommand::Role { name, role } => {
            let role = parse_role(&role)?;
            let target = users::require(&ctx.conn, &name)?;
            let by = auth::acting(ctx, None, Right::People)?.id;
            let user = users::change(&mut ctx.conn, ctx.clock.as_ref(), by, target.id, role, true)?;
            say(ctx.tr.tr(&Msg::new("user-role-changed")
                .arg("name", &user.name)
                .arg("role", user.role.code())));
        }
        UserCommand::Withdraw { name } => {
            let target = users::require(&ctx.conn, &name)?;
            let by = auth::acting(ctx, None, Right::People)?.id;
            users::change(
                &mut ctx.conn,
                ctx.clock.as_ref(),
                by,
                target.id,
                target.role,
                false,
            )?;
            say(ctx
                .tr
                .tr(&Msg::new("user-withdrawn").arg("name", &target.name)));
        }
    }
    Ok(())
}

fn parse_role(text: &str) -> Result<Role> {
    Role::from_code(text.trim())
        .ok_or_else(|| Error::Users(UsersError::UnknownRole(text.to_owned())))
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
