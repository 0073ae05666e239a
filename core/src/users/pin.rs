//! PINs: 4 to 8 digits, stored as argon2id hashes, never logged. Wrong PINs in a row slow
//! the next try down, then lock the person out for an hour; setting her PIN anew (an
//! administrator's act) lifts the lock.
//!
//! The clock cannot shorten or stretch a wait: it is counted from the last wrong PIN as
//! recorded, in the PC's boot clock when it is the same boot (setting the date does not
//! move it), else by the calendar; a calendar that went back behind the last wrong PIN
//! restarts the wait from now, so it never lasts more than an hour whatever the clock says.

use argon2::Argon2;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use chrono::{DateTime, Utc};
use rand::TryRngCore;
use rusqlite::{Connection, OptionalExtension, params};

use super::{User, require as require_user};
use crate::audit::{self, Action, Record};
use crate::clock::{Boot, Clock};
use crate::error::{Error, Result, UsersError};

/// Wrong PINs allowed in a row before each try must wait.
const FREE_TRIES: u32 = 3;
const FIRST_WAIT_S: i64 = 30;
const LONGEST_WAIT_S: i64 = 3600;

/// The PIN as ASCII digits, whatever digits the keyboard typed (Arabic-Indic ones too).
pub fn normalize(pin: &str) -> Result<String> {
    let digits: Option<String> = pin
        .trim()
        .chars()
        .map(|c| match c {
            '0'..='9' => Some(c),
            '\u{0660}'..='\u{0669}' => char::from_digit(c as u32 - 0x0660, 10),
            '\u{06F0}'..='\u{06F9}' => char::from_digit(c as u32 - 0x06F0, 10),
            _ => None,
        })
        .collect();
    match digits {
        Some(d) if (4..=8).contains(&d.len()) => Ok(d),
        _ => Err(Error::Users(UsersError::PinFormat)),
    }
}

fn hash(pin: &str) -> Result<String> {
    let mut salt = [0u8; 16];
    rand::rngs::OsRng
        .try_fill_bytes(&mut salt)
        .map_err(|e| Error::Migration(format!("no randomness for a PIN's salt: {e}")))?;
    let salt = SaltString::encode_b64(&salt).map_err(|e| Error::Migration(e.to_string()))?;
    Argon2::default()
        .hash_password(pin.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|e| Error::Migration(format!("cannot hash a PIN: {e}")))
}

fn matches(pin: &str, stored: &str) -> bool {
    PasswordHash::new(stored)
        .map(|h| {
            Argon2::default()
                .verify_password(pin.as_bytes(), &h)
                .is_ok()
        })
        .unwrap_or(false)
}

/// Gives `user_id` a new PIN (and lifts any lock), written down in the audit trail as done
/// by `by`.
pub fn set_pin(
    conn: &Connection,
    at: DateTime<Utc>,
    by: i64,
    user_id: i64,
    pin: &str,
) -> Result<()> {
    let pin = normalize(pin)?;
    let hashed = hash(&pin)?;
    let user = super::by_id(conn, user_id)?;
    conn.prepare_cached(
        "UPDATE users SET pin_hash = ?2, failed_pins = 0, last_failed_ms = NULL WHERE id = ?1",
    )?
    .execute(params![user_id, hashed])?;
    Ok(audit::record(
        conn,
        at,
        &Record::new(by, Action::PinChanged, &user.name),
    )?)
}

/// The last wrong PIN in a row, as recorded.
#[derive(Debug, Default)]
struct LastFailure {
    failed: u32,
    at_ms: Option<i64>,
    boot: Option<String>,
    uptime_ms: Option<i64>,
}

/// How long `name` must still wait before her next try, if at all, and whether the wait
/// restarts from now (the calendar went back behind the last wrong PIN, in another boot).
fn wait_left(last: &LastFailure, now: DateTime<Utc>, boot: Option<&Boot>) -> Option<(i64, bool)> {
    if last.failed < FREE_TRIES {
        return None;
    }
    let doublings = (last.failed - FREE_TRIES).min(16);
    let wait_ms = (FIRST_WAIT_S << doublings).min(LONGEST_WAIT_S) * 1000;
    let same_boot = match (boot, &last.boot, last.uptime_ms) {
        (Some(b), Some(id), Some(then)) if *id == b.id => {
            i64::try_from(b.uptime.as_millis()).ok().map(|up| up - then)
        }
        _ => None,
    };
    let (since_ms, restart) = match same_boot.filter(|ms| *ms >= 0) {
        Some(ms) => (ms, false),
        None => {
            let ms = now.timestamp_millis() - last.at_ms?;
            if ms < 0 { (0, true) } else { (ms, false) }
        }
    };
    let left_ms = wait_ms - since_ms;
    // Whole seconds, rounded up: "wait 0 s" is no wait.
    (left_ms > 0).then_some(((left_ms + 999) / 1000, restart))
}

/// Writes the instant of a wrong PIN, by the calendar and by the boot clock.
fn stamp_failure(
    conn: &Connection,
    user_id: i64,
    now: DateTime<Utc>,
    boot: Option<&Boot>,
    count: bool,
) -> Result<()> {
    let uptime = boot.and_then(|b| i64::try_from(b.uptime.as_millis()).ok());
    conn.prepare_cached(
        "UPDATE users SET failed_pins = failed_pins + ?5, last_failed_ms = ?2, \
         last_failed_boot = ?3, last_failed_uptime_ms = ?4 WHERE id = ?1",
    )?
    .execute(params![
        user_id,
        now.timestamp_millis(),
        boot.map(|b| b.id.as_str()),
        uptime,
        i64::from(count)
    ])?;
    Ok(())
}

/// Checks `pin` for the active user `name` and returns her. A wrong PIN is counted and
/// written in the audit trail (in its own committed transaction, whatever the caller does);
/// too many in a row make her wait.
pub fn login(conn: &mut Connection, clock: &dyn Clock, name: &str, pin: &str) -> Result<User> {
    let now = clock.now();
    let boot = clock.since_boot();
    let user = require_user(conn, name)?;
    let (stored, last): (Option<String>, LastFailure) = conn
        .prepare_cached(
            "SELECT pin_hash, failed_pins, last_failed_ms, last_failed_boot, \
             last_failed_uptime_ms FROM users WHERE id = ?1",
        )?
        .query_row([user.id], |r| {
            Ok((
                r.get(0)?,
                LastFailure {
                    failed: r.get(1)?,
                    at_ms: r.get(2)?,
                    boot: r.get(3)?,
                    uptime_ms: r.get(4)?,
                },
            ))
        })
        .optional()?
        .ok_or_else(|| Error::Users(UsersError::UnknownUser(name.to_owned())))?;
    let Some(stored) = stored else {
        return Err(Error::Users(UsersError::PinNotSet(user.name)));
    };
    if let Some((seconds, restart)) = wait_left(&last, now, boot.as_ref()) {
        if restart {
            crate::db::write(conn, |tx| {
                stamp_failure(tx, user.id, now, boot.as_ref(), false)
            })?;
        }
        return Err(Error::Users(UsersError::PinWait {
            name: user.name,
            seconds,
        }));
    }
    if normalize(pin).is_ok_and(|pin| matches(&pin, &stored)) {
        if last.failed > 0 {
            conn.prepare_cached("UPDATE users SET failed_pins = 0 WHERE id = ?1")?
                .execute([user.id])?;
        }
        return Ok(user);
    }
    crate::db::write(conn, |tx| {
        stamp_failure(tx, user.id, now, boot.as_ref(), true)?;
        Ok(audit::record(
            tx,
            now,
            &Record::new(user.id, Action::PinFailed, &user.name),
        )?)
    })?;
    let recorded = LastFailure {
        failed: last.failed + 1,
        at_ms: Some(now.timestamp_millis()),
        boot: boot.as_ref().map(|b| b.id.clone()),
        uptime_ms: boot
            .as_ref()
            .and_then(|b| i64::try_from(b.uptime.as_millis()).ok()),
    };
    match wait_left(&recorded, now, boot.as_ref()) {
        Some((seconds, _)) => Err(Error::Users(UsersError::PinWait {
            name: user.name,
            seconds,
        })),
        None => Err(Error::Users(UsersError::WrongPin(user.name))),
    }
}

/// Whether `user_id` has a PIN at all.
pub fn has_pin(conn: &Connection, user_id: i64) -> Result<bool> {
    Ok(conn
        .prepare_cached("SELECT pin_hash IS NOT NULL FROM users WHERE id = ?1")?
        .query_row([user_id], |r| r.get(0))
        .optional()?
        .unwrap_or(false))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clock::FixedClock;
    use crate::users::{Role, add};
    use chrono::Duration;

    #[test]
    fn pins_are_four_to_eight_digits_in_any_script() {
        assert_eq!(normalize("2016").ok().as_deref(), Some("2016"));
        assert_eq!(normalize("٢٠١٦").ok().as_deref(), Some("2016"));
        assert_eq!(normalize(" 12345678 ").ok().as_deref(), Some("12345678"));
        for bad in ["", "123", "123456789", "12a4", "12 34", "-1234", "１２３４"] {
            assert!(
                matches!(normalize(bad), Err(Error::Users(UsersError::PinFormat))),
                "{bad:?}"
            );
        }
    }

    #[test]
    fn wrong_pins_slow_down_then_lock_and_a_new_pin_lifts_it() -> Result<()> {
        let dir = tempfile::TempDir::new().map_err(|e| Error::Migration(e.to_string()))?;
        let mut conn = crate::db::open(&dir.path().join("p.sqlite"))?;
        let clock = FixedClock::new(Utc::now());
        let salma = add(&conn, "Salma", Role::Admin)?.id;
        set_pin(&conn, clock.now(), salma, salma, "2016")?;
        let stored: String =
            conn.query_row("SELECT pin_hash FROM users WHERE id = ?1", [salma], |r| {
                r.get(0)
            })?;
        assert!(stored.starts_with("$argon2id$") && !stored.contains("2016"));

        assert_eq!(login(&mut conn, &clock, "salma", "2016")?.id, salma);
        for _ in 0..2 {
            assert!(matches!(
                login(&mut conn, &clock, "Salma", "1111"),
                Err(Error::Users(UsersError::WrongPin(_)))
            ));
        }
        // The third wrong PIN in a row makes her wait, even with the right one.
        assert!(matches!(
            login(&mut conn, &clock, "Salma", "1111"),
            Err(Error::Users(UsersError::PinWait { seconds: 30, .. }))
        ));
        assert!(matches!(
            login(&mut conn, &clock, "Salma", "2016"),
            Err(Error::Users(UsersError::PinWait { .. }))
        ));
        clock.advance(Duration::seconds(31));
        assert_eq!(login(&mut conn, &clock, "Salma", "2016")?.id, salma);

        for _ in 0..12 {
            clock.advance(Duration::hours(2));
            let _ = login(&mut conn, &clock, "Salma", "0000");
        }
        clock.advance(Duration::minutes(59));
        assert!(matches!(
            login(&mut conn, &clock, "Salma", "2016"),
            Err(Error::Users(UsersError::PinWait { .. }))
        ));
        set_pin(&conn, clock.now(), salma, salma, "4321")?;
        assert_eq!(login(&mut conn, &clock, "Salma", "4321")?.id, salma);
        let failed: i64 = conn.query_row(
            "SELECT count(*) FROM audit WHERE action = 'pin-failed'",
            [],
            |r| r.get(0),
        )?;
        assert_eq!(failed, 15);
        Ok(())
    }

    #[test]
    fn the_calendar_set_by_hand_neither_shortens_nor_stretches_a_wait() -> Result<()> {
        let dir = tempfile::TempDir::new().map_err(|e| Error::Migration(e.to_string()))?;
        let mut conn = crate::db::open(&dir.path().join("p.sqlite"))?;
        let start = DateTime::parse_from_rfc3339("2026-11-29T10:00:00Z")
            .map(|t| t.to_utc())
            .unwrap_or_default();
        let clock = FixedClock::with_boot(start, "boot-1");
        let salma = add(&conn, "Salma", Role::Admin)?.id;
        set_pin(&conn, clock.now(), salma, salma, "2016")?;
        // Set two hours later at each wrong PIN: the boot clock has not moved, and a try
        // during the wait is not even counted.
        for _ in 0..4 {
            let _ = login(&mut conn, &clock, "Salma", "0000");
            clock.set(clock.now() + Duration::hours(2));
        }
        assert!(matches!(
            login(&mut conn, &clock, "Salma", "2016"),
            Err(Error::Users(UsersError::PinWait { seconds: 30, .. }))
        ));
        // Real time passing ends it.
        clock.advance(Duration::seconds(31));
        assert_eq!(login(&mut conn, &clock, "Salma", "2016")?.id, salma);

        // Three wrong PINs in 2099, then the PC restarts with the right date: at most the
        // wait itself, counted from now.
        clock.set(start + Duration::days(365 * 73));
        for _ in 0..3 {
            let _ = login(&mut conn, &clock, "Salma", "0000");
        }
        clock.reboot("boot-2");
        clock.set(start + Duration::hours(1));
        assert!(matches!(
            login(&mut conn, &clock, "Salma", "2016"),
            Err(Error::Users(UsersError::PinWait { seconds: 30, .. }))
        ));
        clock.advance(Duration::seconds(31));
        assert_eq!(login(&mut conn, &clock, "Salma", "2016")?.id, salma);
        Ok(())
    }
}
