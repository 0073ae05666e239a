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

/// A setting of the database at `path`, read without writing anything (no migration, no
/// file created, no lock taken): what a second window needs before it says that the
/// first one holds the database. `None` when it cannot be read.
pub fn peek(path: &std::path::Path, key: &str) -> Option<String> {
    let flags =
        rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY | rusqlite::OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let conn = Connection::open_with_flags(path, flags).ok()?;
    get(&conn, key).ok().flatten()
}

/// Minutes without a touch before the counter locks itself (empty: 10).
pub const LOCK_AFTER_MIN: &str = "ui.lock_after_min";
/// The largest discount a volunteer may give alone, in percent of the sale (empty: 10).
pub const DISCOUNT_LIMIT_PCT: &str = crate::sale::DISCOUNT_LIMIT_PCT;
/// The receipt's paper, 58 or 80 mm (empty: 58).
pub const PAPER_WIDTH: &str = "receipt.width";
/// The receipt printer (`tcp:…`, `file:…`, `none`).
pub const PRINTER: &str = "receipt.printer";
/// The shop's name on the receipt, in Arabic and in French.
pub const NAME_AR: &str = "receipt.name_ar";
pub const NAME_FR: &str = "receipt.name_fr";

/// The whole numbers some settings must be: their bounds and the value in force when
/// none is stored.
pub fn whole(key: &str) -> Option<(i64, i64, i64)> {
    match key {
        LOCK_AFTER_MIN => Some((1, 240, 10)),
        DISCOUNT_LIMIT_PCT => Some((0, 100, 10)),
        _ => None,
    }
}

fn bounds(key: &str) -> Option<(i64, i64)> {
    whole(key).map(|(min, max, _)| (min, max))
}

/// The message naming a setting for people (the settings screen's label), so that no
/// key such as `receipt.width` is ever shown: in the audit trail, in a refusal.
pub fn label(key: &str) -> Option<&'static str> {
    Some(match key {
        PRINTER => "set-printer",
        NAME_AR => "set-name-ar",
        NAME_FR => "set-name-fr",
        SHOP_NAME => "set-shop-name",
        "receipt.address" => "set-address",
        "receipt.phone" => "set-phone",
        "receipt.ice" => "set-ice",
        "receipt.if" => "set-if",
        "receipt.rc" => "set-rc",
        "receipt.tp" => "set-tp",
        "receipt.header" => "set-header",
        "receipt.footer" => "set-footer",
        "receipt.drawer" => "set-drawer",
        "receipt.show_maker" => "set-show-maker",
        "receipt.mode" => "set-text-mode",
        PAPER_WIDTH => "set-width",
        DISCOUNT_LIMIT_PCT => "set-discount-limit",
        LOCK_AFTER_MIN => "set-lock-after",
        crate::pdf::print::PRINTER_SETTING => "set-pages-printer",
        UI_LANG => "set-lang",
        UI_SCREEN => "set-screen",
        "statements.paper" => "set-statements-paper",
        "reports.folder" => "set-reports-folder",
        "default_share_rate_bp" => "set-default-share",
        "backup.folder" => "set-backup-folder",
        "backup.keep" => "set-backup-keep",
        crate::scale::PORT_SETTING => "set-scale-port",
        crate::scale::BAUD_SETTING => "set-scale-baud",
        crate::scale::PROTOCOL_SETTING => "set-scale-protocol",
        crate::scale::CONFIRM_SETTING => "set-scale-confirm",
        _ => return None,
    })
}

/// Whether `value` may be stored as `key`, said in words when not: whole numbers within
/// their bounds, the paper 58 or 80, a printer Souk can reach, names of printable lines.
pub fn check(key: &str, value: &str) -> Result<()> {
    crate::text::check_lines(value)?;
    let trimmed = value.trim();
    if let Some((min, max)) = bounds(key)
        && !trimmed
            .parse::<i64>()
            .is_ok_and(|n| (min..=max).contains(&n))
    {
        return Err(crate::Error::SettingOutOfRange {
            value: trimmed.to_owned(),
            min,
            max,
        });
    }
    match key {
        PAPER_WIDTH if !matches!(trimmed, "58" | "80") => {
            Err(crate::Error::PaperWidth(trimmed.to_owned()))
        }
        PRINTER if !trimmed.is_empty() => {
            crate::receipt::printer::PrinterSpec::parse(trimmed).map(drop)
        }
        crate::scale::BAUD_SETTING if !trimmed.is_empty() => {
            crate::scale::parse_baud(trimmed).map(drop)
        }
        crate::scale::PROTOCOL_SETTING if !trimmed.is_empty() => {
            crate::scale::Protocol::from_code(trimmed)
                .map(drop)
                .ok_or_else(|| crate::Error::ScaleProtocol(trimmed.to_owned()))
        }
        _ => Ok(()),
    }
}

/// Stores a setting; a value of several lines is refused if one line would be refused
/// as a name (see [`crate::text`]). An empty whole number means "the default".
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
    Ok(audit::record(conn, at, &entry)?)
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

    #[test]
    fn a_setting_is_peeked_without_writing_or_creating_anything() -> Result<()> {
        let dir = tempfile::TempDir::new().map_err(|e| crate::Error::Migration(e.to_string()))?;
        let path = dir.path().join("s.sqlite");
        let missing = dir.path().join("none.sqlite");
        assert_eq!(peek(&missing, UI_LANG), None);
        assert!(!missing.exists(), "no database is made");
        let conn = crate::db::open(&path)?;
        set(&conn, UI_LANG, "ar")?;
        assert_eq!(peek(&path, UI_LANG).as_deref(), Some("ar"));
        assert_eq!(peek(&path, UI_SCREEN), None);
        Ok(())
    }
}
