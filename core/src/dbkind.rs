//! What a database is for, and so whether its clock may be set by hand (`SOUK_CLOCK`).
//!
//! Every database is a shop's unless marked otherwise, and a shop's clock is the PC's: a
//! clock set by hand could date sales into a month already paid out, or make the PIN lock's
//! waits pass at will. Two kinds may have a clock set: a demo's (marked by `souk demo`,
//! which needs an empty database) and a test's (marked while still empty, by the test
//! suite). The mark is a setting no form or command can write, so a shop cannot be turned
//! into a demo; it travels with backups like every setting.

use chrono::{DateTime, Utc};
use rusqlite::{Connection, OptionalExtension};

use crate::i18n::Msg;

/// Why a kind was refused, or the store failed. Owned here, below the shop's error type
/// (and below `settings`, whose writes it guards), which takes both in.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("refused by the database's kind: {0:?}")]
    Refused(Refusal),
    #[error(transparent)]
    Store(#[from] rusqlite::Error),
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

/// The setting that holds the mark.
pub const KEY: &str = "db.kind";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A shop's database: the PC's clock only.
    Shop,
    /// Made by `souk demo`.
    Demo,
    /// Made by a test.
    Test,
}

impl Kind {
    fn code(self) -> &'static str {
        match self {
            Kind::Shop => "shop",
            Kind::Demo => "demo",
            Kind::Test => "test",
        }
    }
}

/// Why a clock or a mark was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// A clock set by hand on a shop's database.
    ShopClock { clock: String },
    /// `SOUK_CLOCK` is not an instant.
    BadClock { clock: String },
    /// Only an empty database can be marked.
    NotEmpty,
    /// The setting is Souk's own, not one to change.
    Reserved { key: String },
}

impl Refusal {
    pub fn msg(&self) -> Msg {
        match self {
            Refusal::ShopClock { clock } => Msg::new("kind-err-shop-clock").arg("clock", clock),
            Refusal::BadClock { clock } => Msg::new("kind-err-bad-clock").arg("clock", clock),
            Refusal::NotEmpty => Msg::new("kind-err-not-empty"),
            Refusal::Reserved { key } => Msg::new("kind-err-reserved").arg("key", key),
        }
    }
}

impl From<Refusal> for Error {
    fn from(refusal: Refusal) -> Error {
        Error::Refused(refusal)
    }
}

/// What the database at `conn` is for.
pub fn kind(conn: &Connection) -> Result<Kind> {
    let stored: Option<String> = conn
        .prepare_cached("SELECT value FROM settings WHERE key = ?1")?
        .query_row([KEY], |r| r.get(0))
        .optional()?;
    Ok(match stored.as_deref() {
        Some("demo") => Kind::Demo,
        Some("test") => Kind::Test,
        _ => Kind::Shop,
    })
}

/// Whether the database holds nobody and nothing yet: no catalogue, no people, no ledger.
pub fn is_empty(conn: &Connection) -> Result<bool> {
    let sql = "SELECT NOT (EXISTS (SELECT 1 FROM producers) OR EXISTS (SELECT 1 FROM products) \
               OR EXISTS (SELECT 1 FROM users) OR EXISTS (SELECT 1 FROM sales) \
               OR EXISTS (SELECT 1 FROM cash_sessions) OR EXISTS (SELECT 1 FROM payouts) \
               OR EXISTS (SELECT 1 FROM deposits) OR EXISTS (SELECT 1 FROM statements))";
    Ok(conn.query_row(sql, [], |r| r.get(0))?)
}

/// Marks an empty database as a demo's or a test's. A shop's database, once it holds
/// people or a ledger, cannot be marked.
pub fn mark(conn: &Connection, kind: Kind) -> Result<()> {
    let already = self::kind(conn)?;
    if already == kind {
        return Ok(());
    }
    if !is_empty(conn)? {
        return Err(Refusal::NotEmpty.into());
    }
    conn.prepare_cached(
        "INSERT INTO settings (key, value) VALUES (?1, ?2) \
         ON CONFLICT (key) DO UPDATE SET value = excluded.value",
    )?
    .execute([KEY, kind.code()])?;
    Ok(())
}

/// Refuses to let a form or a command write one of Souk's own settings.
pub fn refuse_reserved(key: &str) -> Result<()> {
    if key.trim().eq_ignore_ascii_case(KEY) {
        return Err(Refusal::Reserved {
            key: key.to_owned(),
        }
        .into());
    }
    Ok(())
}

/// Reads a clock set by hand (RFC 3339, as `SOUK_CLOCK` holds it).
pub fn parse_clock(text: &str) -> Result<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(text.trim())
        .map(|t| t.to_utc())
        .map_err(|_| {
            Refusal::BadClock {
                clock: crate::text::shown(text),
            }
            .into()
        })
}

/// Refuses a clock set by hand on a shop's database; `fresh` allows it on an empty one
/// about to be marked (`souk demo`).
pub fn allow_fixed_clock(conn: &Connection, clock: &str, fresh: bool) -> Result<()> {
    if kind(conn)? != Kind::Shop || (fresh && is_empty(conn)?) {
        return Ok(());
    }
    Err(Refusal::ShopClock {
        clock: crate::text::shown(clock),
    }
    .into())
}
