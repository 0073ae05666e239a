//! The people who use Souk: volunteers at the counter and the association's administrators.
//! PINs arrive later; the column exists so the schema need not change for them.

use rusqlite::{Connection, OptionalExtension, params};
use serde::Serialize;

use crate::error::{Error, Result};

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

fn from_row(row: &rusqlite::Row<'_>) -> rusqlite::Result<User> {
    let role: String = row.get(2)?;
    Ok(User {
        id: row.get(0)?,
        name: row.get(1)?,
        role: Role::from_code(&role).unwrap_or(Role::Volunteer),
        active: row.get(3)?,
    })
}

pub fn add(conn: &Connection, name: &str, role: Role) -> Result<User> {
    let name = name.trim();
    if name.is_empty() {
        return Err(Error::NameRequired);
    }
    crate::text::check(name)?;
    if find(conn, name)?.is_some() {
        return Err(Error::UserExists(name.to_owned()));
    }
    conn.prepare_cached("INSERT INTO users (name, role) VALUES (?1, ?2)")?
        .execute(params![name, role.code()])?;
    find(conn, name)?.ok_or_else(|| Error::UnknownUser(name.to_owned()))
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
        .ok_or_else(|| Error::UnknownUser(name.trim().to_owned()))
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
