//! Who is acting on the command line. Until the shop has an administrator nothing asks for
//! a PIN; from then on a command that changes data names its user (`--user`, or `sell`'s
//! `--cashier`) and proves it with her PIN from `$SOUK_PIN` or a prompt, and the core
//! refuses what her role does not allow.

use std::io::IsTerminal;

use souk::error::UsersError;
use souk::i18n::Msg;
use souk::users::{self, Right, Role, User, pin};
use souk::{Error, Result};

use super::Context;

/// The user acting as `name` (else `--user`), her PIN checked when the shop asks for PINs.
/// Without a name, before any administrator exists, the first person who may do `right`.
pub fn acting(ctx: &mut Context, name: Option<&str>, right: Right) -> Result<User> {
    let name = name.or(ctx.user.as_deref()).map(str::to_owned);
    if !users::pins_required(&ctx.conn)? {
        let user = match name {
            Some(name) => users::require(&ctx.conn, &name)?,
            None => users::list(&ctx.conn)?
                .into_iter()
                .filter(|u| u.active)
                .min_by_key(|u| (u.role != Role::Admin, u.id))
                .ok_or(Error::Users(UsersError::UserNeeded))?,
        };
        return users::rights::require(&ctx.conn, user.id, right);
    }
    let name = name.ok_or(Error::Users(UsersError::UserNeeded))?;
    let typed = read_pin(
        ctx,
        "SOUK_PIN",
        &Msg::new("auth-pin-prompt").arg("name", &name),
    )?;
    let user = pin::login(&mut ctx.conn, ctx.clock.as_ref(), &name, &typed)?;
    users::rights::require(&ctx.conn, user.id, right)
}

/// A new PIN from `$SOUK_NEW_PIN`, or asked twice at the terminal.
pub fn new_pin(ctx: &Context, name: &str) -> Result<String> {
    let first = read_pin(
        ctx,
        "SOUK_NEW_PIN",
        &Msg::new("auth-new-pin-prompt").arg("name", name),
    )?;
    let first = pin::normalize(&first)?;
    if std::env::var_os("SOUK_NEW_PIN").is_none() {
        let again = read_pin(ctx, "SOUK_NEW_PIN", &Msg::new("auth-new-pin-again"))?;
        if pin::normalize(&again)? != first {
            return Err(Error::Users(UsersError::PinMismatch));
        }
    }
    Ok(first)
}

/// A PIN from the environment variable `var`, else typed without echo at the terminal.
fn read_pin(ctx: &Context, var: &str, prompt: &Msg) -> Result<String> {
    if let Ok(pin) = std::env::var(var) {
        return Ok(pin);
    }
    if !std::io::stdin().is_terminal() {
        return Err(Error::Users(UsersError::PinNeeded));
    }
    rpassword::prompt_password(format!("{} ", ctx.tr.tr(prompt)))
        .map_err(|_| Error::Users(UsersError::PinNeeded))
}
