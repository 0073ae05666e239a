//! The shop's settings, kept in the database beside the ledger so a backup carries them:
//! the shop's name, the language and screen the counter comes back to, the default share.

use rusqlite::{Connection, OptionalExtension, params};

use crate::audit::{self, Action, Record};
use crate::clock::Clock;
use crate::error::Result;
use crate::users::{Right, rights};

pub const SHOP_NAME: &str = "shop.name";
pub const UI_LANG: &str = "ui.lang";
pub const UI_SCREEN: &str = "ui.screen";

pub fn get(conn: &Connection, key: &str) -> Result<Option<String>> {
    let mut stmt = conn.prepare_cached("SELECT value FROM settings WHERE key = ?1")?;
    Ok(stmt.query_row([key], |r| r.get(0)).optional()?)
}

/// Stores a setting; a value of several lines is refused if one line would be refused
/// as a name (see [`crate::text`]).
/// Minutes without a touch before the counter locks itself (empty: 10).
pub const LOCK_AFTER_MIN: &str = "ui.lock_after_min";
/// The largest discount a volunteer may give alone, in percent of the sale (empty: 10).
pub const DISCOUNT_LIMIT_PCT: &str = crate::sale::DISCOUNT_LIMIT_PCT;

/// The whole numbers some settings must be, and their bounds.
fn bounds(key: &str) -> Option<(i64, i64)> {
    match key {
        LOCK_AFTER_MIN => Some((1, 240)),
        DISCOUNT_LIMIT_PCT => Some((0, 100)),
        _ => None,
    }
}

pub fn set(conn: &Connection, key: &str, value: &str) -> Result<()> {
    crate::dbkind::refuse_reserved(key)?;
    crate::text::check_lines(value)?;
    if let Some((min, max)) = bounds(key)
        && !value.trim().is_empty()
        && !value
            .trim()
            .parse::<i64>()
            .is_ok_and(|n| (min..=max).contains(&n))
    {
        return Err(crate::Error::SettingOutOfRange {
            value: value.trim().to_owned(),
            min,
            max,
        });
    }
    conn.prepare_cached(
        "INSERT INTO settings (key, value) VALUES (?1, ?2) \
         ON CONFLICT (key) DO UPDATE SET value = excluded.value",
    )?
    .execute(params![key, value])?;
    Ok(())
}

/// Changes a setting of the shop (its name, printer, paper, limits) as `by`, who needs the
/// right to change settings; written in the audit trail with the old and new values.
/// Preferences of the window (language, last screen) go through `set`.
pub fn change(
    conn: &mut Connection,
    clock: &dyn Clock,
    by: i64,
    key: &str,
    value: &str,
) -> Result<()> {
    let at = clock.now();
    crate::db::write(conn, |tx| change_in(tx, at, by, key, value))
}

/// As `change`, inside the caller's transaction (a form saving several settings at once).
pub fn change_in(
    conn: &Connection,
    at: chrono::DateTime<chrono::Utc>,
    by: i64,
    key: &str,
    value: &str,
) -> Result<()> {
    rights::require(conn, by, Right::Settings)?;
    let before = get(conn, key)?;
    if before.as_deref() == Some(value) {
        return Ok(());
    }
    set(conn, key, value)?;
    let mut entry =
        Record::new(by, Action::SettingChanged, key).after(serde_json::json!({ "value": value }));
    if let Some(before) = before {
        entry = entry.before(serde_json::json!({ "value": before }));
    }
    audit::record(conn, at, &entry)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn settings_round_trip() -> Result<()> {
        let dir = tempfile::TempDir::new().map_err(|e| crate::Error::Migration(e.to_string()))?;
        let conn = crate::db::open(&dir.path().join("s.sqlite"))?;
        assert_eq!(get(&conn, UI_LANG)?, None);
        set(&conn, UI_LANG, "ar")?;
        set(&conn, UI_LANG, "fr")?;
        assert_eq!(get(&conn, UI_LANG)?.as_deref(), Some("fr"));
        for bad in ["0", "241", "abc", "-5", "1.5"] {
            assert!(
                matches!(
                    set(&conn, LOCK_AFTER_MIN, bad),
                    Err(crate::Error::SettingOutOfRange { .. })
                ),
                "{bad}"
            );
        }
        assert!(set(&conn, DISCOUNT_LIMIT_PCT, "101").is_err());
        set(&conn, LOCK_AFTER_MIN, "15")?;
        set(&conn, DISCOUNT_LIMIT_PCT, "")?;
        assert_eq!(get(&conn, LOCK_AFTER_MIN)?.as_deref(), Some("15"));
        Ok(())
    }
}
