//! The shop's settings, kept in the database beside the ledger so a backup carries them.
//! Which settings there are, what each holds and who may change it is one table
//! ([`table`], re-exported here); reading, checking, storing and the audited change of a
//! setting are driven by it, so a key it does not name is never written.

use rusqlite::{Connection, OptionalExtension, params};

use crate::audit::{self, Action, Record};
use crate::clock::Clock;
use crate::error::Result;
use crate::users::{Right, rights};

pub mod devices;
mod table;

pub use table::*;

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

/// The whole numbers some settings must be: their bounds and the value in force when
/// none is stored.
pub fn whole(key: &str) -> Option<(i64, i64, i64)> {
    match find(key)?.kind {
        Kind::Whole(Whole { min, max, default }) => Some((min, max, default)),
        _ => None,
    }
}

/// Minutes without a touch before the window locks: the stored setting, or its default
/// when it is missing, not a number or not above zero.
pub fn lock_after(conn: &Connection) -> Result<i64> {
    Ok(get(conn, LOCK_AFTER_MIN)?
        .and_then(|v| v.trim().parse::<i64>().ok())
        .filter(|m| *m > 0)
        .unwrap_or(LOCK_AFTER.default))
}

/// The message naming a setting for people (the settings screen's label), so that no
/// key such as `receipt.width` is ever shown: in the audit trail, in a refusal.
pub fn label(key: &str) -> Option<&'static str> {
    find(key).map(|s| s.label)
}

/// The setting of `key`, or the refusal of a key that names none.
fn known(key: &str) -> Result<&'static Setting> {
    find(key).ok_or_else(|| {
        crate::Error::Settings(crate::error::SettingsError::UnknownSetting(
            crate::text::shown(key),
        ))
    })
}

/// A whole number within `min..=max`, or the refusal saying so.
fn within(value: &str, min: i64, max: i64) -> Result<()> {
    if value.parse::<i64>().is_ok_and(|n| (min..=max).contains(&n)) {
        return Ok(());
    }
    Err(crate::Error::Settings(
        crate::error::SettingsError::SettingOutOfRange {
            value: value.to_owned(),
            min,
            max,
        },
    ))
}

/// A value among `codes`, or the refusal listing them.
fn among(value: &str, codes: &[&str]) -> Result<()> {
    if codes.contains(&value) {
        return Ok(());
    }
    Err(crate::Error::Settings(
        crate::error::SettingsError::SettingChoice {
            value: crate::text::shown(value),
            codes: codes.join(", "),
        },
    ))
}

/// Whether `value` may be stored as `key`, said in words when not: a key the table
/// names, whole numbers within their bounds, a code among its setting's, the paper 58 or
/// 80, a printer Souk can reach, names of printable lines.
pub fn check(key: &str, value: &str) -> Result<()> {
    crate::dbkind::refuse_reserved(key)?;
    let setting = known(key)?;
    crate::text::check_lines(value)?;
    let trimmed = value.trim();
    match setting.kind {
        Kind::Whole(Whole { min, max, .. }) => within(trimmed, min, max),
        Kind::Share => within(trimmed, 0, 10_000),
        Kind::Keep(Whole { min, max, .. }) => within(trimmed, min, max).map_err(|_| {
            crate::Error::Backup(crate::error::BackupError::BackupKeep(trimmed.to_owned()))
        }),
        Kind::Choice { codes, .. } => among(trimmed, codes),
        Kind::Flag { on, off, .. } => among(trimmed, &[on, off]),
        Kind::Paper if !matches!(trimmed, "58" | "80") => Err(crate::Error::Receipt(
            crate::error::ReceiptError::PaperWidth(trimmed.to_owned()),
        )),
        Kind::ReceiptPrinter if !trimmed.is_empty() => {
            devices::PrinterSpec::parse(trimmed).map(drop)
        }
        Kind::ScaleBaud if !trimmed.is_empty() => devices::parse_baud(trimmed).map(drop),
        Kind::ScaleProtocol if !trimmed.is_empty() => devices::Protocol::from_code(trimmed)
            .map(drop)
            .ok_or_else(|| {
                crate::Error::Scale(crate::error::ScaleError::ScaleProtocol(trimmed.to_owned()))
            }),
        Kind::Mark => Err(
            crate::dbkind::Error::from(crate::dbkind::Refusal::Reserved {
                key: key.to_owned(),
            })
            .into(),
        ),
        Kind::Text
        | Kind::Lines
        | Kind::Paper
        | Kind::Folder
        | Kind::ReceiptPrinter
        | Kind::PagePrinter
        | Kind::ScalePort
        | Kind::ScaleBaud
        | Kind::ScaleProtocol => Ok(()),
    }
}

/// Stores a setting the table names; a value of several lines is refused if one line would
/// be refused as a name (see [`crate::text`]). An empty whole number means "the default".
/// The full [`check`] is for what people type: the forms check first, and so does
/// [`change_in`].
pub fn set(conn: &Connection, key: &str, value: &str) -> Result<()> {
    crate::dbkind::refuse_reserved(key)?;
    let setting = known(key)?;
    crate::text::check_lines(value)?;
    if let Kind::Whole(Whole { min, max, .. }) = setting.kind
        && !value.trim().is_empty()
    {
        within(value.trim(), min, max)?;
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

/// As `change`, inside the caller's transaction (a form saving several settings at once);
/// the value is [`check`]ed first, so an unknown key or a code outside its choice is refused.
pub fn change_in(
    conn: &Connection,
    at: chrono::DateTime<chrono::Utc>,
    by: i64,
    key: &str,
    value: &str,
) -> Result<()> {
    rights::require(conn, by, Right::Settings)?;
    check(key, value)?;
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
                    Err(crate::Error::Settings(
                        crate::error::SettingsError::SettingOutOfRange { .. }
                    ))
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

    /// A database with one administrator, and her id.
    fn with_admin() -> Result<(tempfile::TempDir, Connection, crate::clock::SetClock, i64)> {
        let dir = tempfile::TempDir::new().map_err(|e| crate::Error::Migration(e.to_string()))?;
        let mut conn = crate::db::open(&dir.path().join("s.sqlite"))?;
        let clock = crate::clock::SetClock(
            chrono::DateTime::from_timestamp(1_780_000_000, 0).unwrap_or_default(),
        );
        let admin = crate::users::enrol(
            &mut conn,
            &clock,
            None,
            "Rachida",
            crate::users::Role::Admin,
            "2016",
        )?;
        Ok((dir, conn, clock, admin.id))
    }

    #[test]
    fn every_key_is_named_once_and_labelled_in_every_language() {
        let keys: std::collections::BTreeSet<&str> = ALL.iter().map(|s| s.key).collect();
        assert_eq!(keys.len(), ALL.len(), "a key is in the table twice");
        for lang in crate::i18n::Lang::ALL {
            let ids = crate::i18n::Translator::new(lang).ids();
            for setting in ALL {
                assert!(
                    ids.iter().any(|id| id == setting.label),
                    "{lang:?} has no {} for {}",
                    setting.label,
                    setting.key
                );
            }
        }
        // The settings screen ticks a check box for a flag, and types nothing else in one.
        for setting in ALL {
            let flag = matches!(setting.kind, Kind::Flag { .. });
            match setting.form {
                Form::Check => assert!(flag, "{}", setting.key),
                Form::Field => assert!(!flag && setting.kind != Kind::Paper, "{}", setting.key),
                Form::Paper => assert_eq!(setting.kind, Kind::Paper),
                Form::Section | Form::Elsewhere => {}
            }
        }
        // Only Souk's mark is reserved, and it is the one `dbkind` guards.
        let reserved: Vec<&str> = ALL
            .iter()
            .filter(|s| s.who == Who::Reserved)
            .map(|s| s.key)
            .collect();
        assert_eq!(reserved, [crate::dbkind::KEY]);
        assert!(crate::dbkind::refuse_reserved(DB_KIND).is_err());
    }

    #[test]
    fn the_catalogue_reads_the_default_share_by_the_tables_key() -> Result<()> {
        let dir = tempfile::TempDir::new().map_err(|e| crate::Error::Migration(e.to_string()))?;
        let conn = crate::db::open(&dir.path().join("s.sqlite"))?;
        set(&conn, DEFAULT_SHARE, "2500")?;
        assert_eq!(
            crate::catalog::default_share_rate(&conn)?,
            crate::money::Rate::from_basis_points(2500)
        );
        Ok(())
    }

    #[test]
    fn change_in_refuses_what_the_table_refuses() -> Result<()> {
        let (_dir, conn, clock, admin) = with_admin()?;
        let at = clock.now();
        let held = |conn: &Connection| -> Result<Vec<Option<String>>> {
            ALL.iter().map(|s| get(conn, s.key)).collect()
        };
        let before = held(&conn)?;
        // Whole numbers out of bounds, empty, or not numbers.
        for bad in ["0", "241", "", "dix"] {
            assert!(
                matches!(
                    change_in(&conn, at, admin, LOCK_AFTER_MIN, bad),
                    Err(crate::Error::Settings(
                        crate::error::SettingsError::SettingOutOfRange { .. }
                    ))
                ),
                "{bad:?}"
            );
        }
        // A key the table does not name, in any spelling.
        for unknown in ["receipt.widht", "", "Receipt.Width"] {
            assert!(
                matches!(
                    change_in(&conn, at, admin, unknown, "80"),
                    Err(crate::Error::Settings(
                        crate::error::SettingsError::UnknownSetting(_)
                    ))
                ),
                "{unknown:?}"
            );
            assert!(set(&conn, unknown, "80").is_err(), "{unknown:?}");
        }
        // Souk's own mark.
        for key in [DB_KIND, "DB.KIND "] {
            assert!(matches!(
                change_in(&conn, at, admin, key, "demo"),
                Err(crate::Error::DbKind(_))
            ));
        }
        // Codes outside their choice.
        for (key, bad) in [
            (RECEIPT_MODE, "graphic"),
            (DRAWER, "yes"),
            (SCALE_CONFIRM, "maybe"),
            (STATEMENTS_PAPER, "a3"),
            (UI_LANG, "de"),
        ] {
            assert!(
                matches!(
                    change_in(&conn, at, admin, key, bad),
                    Err(crate::Error::Settings(
                        crate::error::SettingsError::SettingChoice { .. }
                    ))
                ),
                "{key} {bad}"
            );
        }
        assert!(matches!(
            change_in(&conn, at, admin, PAPER_WIDTH, "72"),
            Err(crate::Error::Receipt(
                crate::error::ReceiptError::PaperWidth(_)
            ))
        ));
        assert!(matches!(
            change_in(&conn, at, admin, BACKUP_KEEP, "lots"),
            Err(crate::Error::Backup(crate::error::BackupError::BackupKeep(
                _
            )))
        ));
        assert!(change_in(&conn, at, admin, DEFAULT_SHARE, "10001").is_err());
        // Nothing of it was written; what the table allows is.
        assert_eq!(held(&conn)?, before);
        for (key, good) in [
            (LOCK_AFTER_MIN, "15"),
            (RECEIPT_MODE, "text"),
            (DRAWER, "1"),
            (PAPER_WIDTH, "80"),
            (STATEMENTS_PAPER, "a4"),
            (BACKUP_KEEP, "7"),
        ] {
            change_in(&conn, at, admin, key, good)?;
            assert_eq!(get(&conn, key)?.as_deref(), Some(good));
        }
        Ok(())
    }
}
