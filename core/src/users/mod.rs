//! The people who use Souk: volunteers at the counter and the association's administrators,
//! their PINs (`pin`) and what each may do (`rights`).

pub mod pin;
pub mod rights;

pub use rights::{Right, pins_required};

use rusqlite::{Connection, OptionalExtension, params};
use serde::Serialize;

use crate::audit::{self, Action, Record};
use crate::clock::Clock;
use crate::error::{Error, Result, UsersError};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    Volunteer,
    Admin,
}

impl Role {
    pub fn code(self) -> &'static str {
        match self {
            Role::Volunteer => "volunteer",
            Role::Admin => "admin",
        }
    }

    pub fn from_code(code: &str) -> Option<Role> {
        match code {
            "volunteer" => Some(Role::Volunteer),
            "admin" => Some(Role::Admin),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct User {
    #[serde(skip)]
    pub id: i64,
    pub name: String,
    pub role: Role,
    pub active: bool,
}

impl rusqlite::types::FromSql for Role {
    fn column_result(value: rusqlite::types::ValueRef<'_>) -> rusqlite::types::FromSqlResult<Role> {
        let all = [Role::Volunteer, Role::Admin];
        crate::stored::code(value, &all, Role::code, "a role ('volunteer' or 'admin')")
    }
}

fn from_row(row: &rusqlite::Row<'_>) -> rusqlite::Result<User> {
    crate::stored::in_table("users", row, |row| {
        Ok(User {
            id: row.get(0)?,
            name: row.get(1)?,
            role: row.get(2)?,
            active: row.get(3)?,
        })
    })
}

pub fn add(conn: &Connection, name: &str, role: Role) -> Result<User> {
    let name = name.trim();
    if name.is_empty() {
        return Err(Error::NameRequired);
    }
    crate::text::check(name)?;
    if find(conn, name)?.is_some() {
        return Err(Error::Users(UsersError::UserExists(name.to_owned())));
    }
    let looks = look(name);
    if let Some(other) = list(conn)?.into_iter().find(|u| look(&u.name) == looks) {
        return Err(Error::Users(UsersError::UserLooksLike {
            typed: name.to_owned(),
            existing: other.name,
        }));
    }
    conn.prepare_cached("INSERT INTO users (name, role) VALUES (?1, ?2)")?
        .execute(params![name, role.code()])?;
    find(conn, name)?.ok_or_else(|| Error::Users(UsersError::UnknownUser(name.to_owned())))
}

/// What a name looks like to the eye: direction marks dropped, compatibility forms folded
/// (fullwidth `Ａ` is `A`),
/// then case, accents, Arabic diacritics, tatweel and hamza forms as a search ignores them,
/// spaces collapsed. Two people whose names look alike would be confused at the counter.
fn look(name: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    let compatible: String = name
        .nfkc()
        .filter(|c| !matches!(c, '\u{200e}' | '\u{200f}' | '\u{061c}'))
        .collect();
    crate::text::fold(&compatible)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// The user called `name`, ignoring case.
pub fn find(conn: &Connection, name: &str) -> Result<Option<User>> {
    let mut stmt =
        conn.prepare_cached("SELECT id, name, role, active FROM users WHERE name = ?1")?;
    Ok(stmt.query_row([name.trim()], from_row).optional()?)
}

/// The active user called `name`, or a refusal naming them.
pub fn require(conn: &Connection, name: &str) -> Result<User> {
    find(conn, name)?
        .filter(|u| u.active)
        .ok_or_else(|| Error::Users(UsersError::UnknownUser(name.trim().to_owned())))
}

pub fn by_id(conn: &Connection, id: i64) -> Result<User> {
    let mut stmt = conn.prepare_cached("SELECT id, name, role, active FROM users WHERE id = ?1")?;
    Ok(stmt.query_row([id], from_row)?)
}

pub fn list(conn: &Connection) -> Result<Vec<User>> {
    let mut stmt = conn.prepare_cached("SELECT id, name, role, active FROM users ORDER BY name")?;
    let rows = stmt.query_map([], from_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Adds a person with her PIN, done by `by` — who needs the right to manage people once an
/// administrator exists (the first administrator of a new shop is added by nobody).
pub fn enrol(
    conn: &mut Connection,
    clock: &dyn Clock,
    by: Option<i64>,
    name: &str,
    role: Role,
    new_pin: &str,
) -> Result<User> {
    let new_pin = pin::normalize(new_pin)?;
    let at = clock.now();
    crate::db::write(conn, |tx| {
        let by = match by {
            Some(by) => Some(rights::require(tx, by, Right::People)?.id),
            None if pins_required(tx)? => return Err(Error::Users(UsersError::UserNeeded)),
            None => None,
        };
        let user = add(tx, name, role)?;
        let by_or_self = by.unwrap_or(user.id);
        pin::set_pin(tx, at, by_or_self, user.id, &new_pin)?;
        audit::record(
            tx,
            at,
            &Record::new(by_or_self, Action::UserAdded, &user.name)
                .after(serde_json::json!({ "role": user.role.code() })),
        )?;
        Ok(user)
    })
}

/// Gives `user_id` a new PIN. Anyone may change her own; only someone with the right to
/// manage people may change another's (which is also how a lock is lifted).
pub fn change_pin(
    conn: &mut Connection,
    clock: &dyn Clock,
    by: i64,
    user_id: i64,
    new_pin: &str,
) -> Result<()> {
    let at = clock.now();
    crate::db::write(conn, |tx| {
        if by != user_id {
            rights::require(tx, by, Right::People)?;
        }
        pin::set_pin(tx, at, by, user_id, new_pin)
    })
}

/// Changes a person's role or withdraws her (`active` false), never leaving the shop
/// without an active administrator once it has one.
pub fn change(
    conn: &mut Connection,
    clock: &dyn Clock,
    by: i64,
    user_id: i64,
    role: Role,
    active: bool,
) -> Result<User> {
    let at = clock.now();
    crate::db::write(conn, |tx| {
        rights::require(tx, by, Right::People)?;
        let before = by_id(tx, user_id)?;
        tx.prepare_cached("UPDATE users SET role = ?2, active = ?3 WHERE id = ?1")?
            .execute(params![user_id, role.code(), active])?;
        if before.role == Role::Admin && before.active && !pins_required(tx)? {
            return Err(Error::Users(UsersError::LastAdmin));
        }
        audit::record(
            tx,
            at,
            &Record::new(by, Action::UserChanged, &before.name)
                .before(serde_json::json!({ "role": before.role.code(), "active": before.active }))
                .after(serde_json::json!({ "role": role.code(), "active": active })),
        )?;
        by_id(tx, user_id)
    })
}
