//! PINs: 4 to 8 digits, stored as argon2id hashes, never logged. Wrong PINs in a row slow
//! the next try down, then lock the person out for an hour; setting her PIN anew (an
//! administrator's act) lifts the lock.

use argon2::Argon2;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use chrono::{DateTime, Utc};
use rand::TryRngCore;
use rusqlite::{Connection, OptionalExtension, params};

use super::{User, require as require_user};
use crate::audit::{self, Action, Record};
use crate::clock::Clock;
use crate::error::{Error, Result};

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
        _ => Err(Error::PinFormat),
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
    audit::record(conn, at, &Record::new(by, Action::PinChanged, &user.name))
}

/// How long `name` must still wait before her next try, if at all.
fn wait_left(failed: u32, last_failed_ms: Option<i64>, now: DateTime<Utc>) -> Option<i64> {
    if failed < FREE_TRIES {
        return None;
    }
    let doublings = (failed - FREE_TRIES).min(16);
    let wait = (FIRST_WAIT_S << doublings).min(LONGEST_WAIT_S);
    let since = (now.timestamp_millis() - last_failed_ms?) / 1000;
    (since < wait).then_some(wait - since)
}

/// Checks `pin` for the active user `name` and returns her. A wrong PIN is counted and
/// written in the audit trail (in its own committed transaction, whatever the caller does);
/// too many in a row make her wait.
pub fn login(conn: &mut Connection, clock: &dyn Clock, name: &str, pin: &str) -> Result<User> {
    let now = clock.now();
    let user = require_user(conn, name)?;
    let (stored, failed, last_failed): (Option<String>, u32, Option<i64>) = conn
        .prepare_cached("SELECT pin_hash, failed_pins, last_failed_ms FROM users WHERE id = ?1")?
        .query_row([user.id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .optional()?
        .ok_or_else(|| Error::UnknownUser(name.to_owned()))?;
    let Some(stored) = stored else {
        return Err(Error::PinNotSet(user.name));
    };
    if let Some(seconds) = wait_left(failed, last_failed, now) {
        return Err(Error::PinWait {
            name: user.name,
            seconds,
        });
    }
    if normalize(pin).is_ok_and(|pin| matches(&pin, &stored)) {
        if failed > 0 {
            conn.prepare_cached("UPDATE users SET failed_pins = 0 WHERE id = ?1")?
                .execute([user.id])?;
        }
        return Ok(user);
    }
    crate::db::write(conn, |tx| {
        tx.prepare_cached(
            "UPDATE users SET failed_pins = failed_pins + 1, last_failed_ms = ?2 WHERE id = ?1",
        )?
        .execute(params![user.id, now.timestamp_millis()])?;
        audit::record(
            tx,
            now,
            &Record::new(user.id, Action::PinFailed, &user.name),
        )
    })?;
    match wait_left(failed + 1, Some(now.timestamp_millis()), now) {
        Some(seconds) => Err(Error::PinWait {
            name: user.name,
            seconds,
        }),
        None => Err(Error::WrongPin(user.name)),
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
            assert!(matches!(normalize(bad), Err(Error::PinFormat)), "{bad:?}");
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
                Err(Error::WrongPin(_))
            ));
        }
        // The third wrong PIN in a row makes her wait, even with the right one.
        assert!(matches!(
            login(&mut conn, &clock, "Salma", "1111"),
            Err(Error::PinWait { seconds: 30, .. })
        ));
        assert!(matches!(
            login(&mut conn, &clock, "Salma", "2016"),
            Err(Error::PinWait { .. })
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
            Err(Error::PinWait { .. })
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
}
