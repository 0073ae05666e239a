//! Time: an injectable clock and the shop's local time in Rabat.
//!
//! Instants are UTC. The local time is `Africa/Casablanca` as it really is: Morocco moved
//! to permanent UTC+0 on 2026-09-20 (tzdb 2026c), which chrono-tz 0.10.4 and many OS tz
//! packages do not know yet (they still say +01, one hour late). Before that date chrono-tz's
//! history (+01 with a +00 Ramadan) is right; from it on, the offset is zero, whatever any
//! tz data says. Days, months and statements follow the local business day.

use std::sync::Mutex;

use chrono::{
    DateTime, Duration, FixedOffset, LocalResult, NaiveDate, NaiveDateTime, Offset, TimeZone, Utc,
};
use chrono_tz::Africa::Casablanca;

/// A source of the current instant. The program uses `SystemClock`; tests set a `FixedClock`.
pub trait Clock: Send + Sync {
    fn now(&self) -> DateTime<Utc>;

    /// Where the PC's boot clock stands, when it has one: time since the PC started, which
    /// setting the date does not move. What the PIN lock counts its waits in.
    fn since_boot(&self) -> Option<Boot> {
        None
    }
}

/// A reading of the PC's boot clock: which boot, and how long since it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Boot {
    /// The kernel's identifier of this boot.
    pub id: String,
    pub uptime: std::time::Duration,
}

impl Boot {
    /// Linux's boot identifier and its boot clock (`/proc/uptime`, which counts suspended
    /// time too); `None` elsewhere.
    pub fn system() -> Option<Boot> {
        let id = std::fs::read_to_string("/proc/sys/kernel/random/boot_id").ok()?;
        let uptime = std::fs::read_to_string("/proc/uptime").ok()?;
        let seconds = uptime.split_whitespace().next()?;
        let (whole, fraction) = seconds.split_once('.').unwrap_or((seconds, "0"));
        let hundredths: u64 = fraction.get(..2).unwrap_or(fraction).parse().ok()?;
        let millis = whole.parse::<u64>().ok()?.checked_mul(1000)? + hundredths * 10;
        Some(Boot {
            id: id.trim().to_owned(),
            uptime: std::time::Duration::from_millis(millis),
        })
    }
}

/// The machine's clock.
#[derive(Debug, Default, Clone, Copy)]
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> DateTime<Utc> {
        Utc::now()
    }

    fn since_boot(&self) -> Option<Boot> {
        Boot::system()
    }
}

/// A date and time set by hand (`SOUK_CLOCK`, on a demo's or a test's database), while the
/// PC's boot clock runs on as it does.
#[derive(Debug, Clone, Copy)]
pub struct SetClock(pub DateTime<Utc>);

impl Clock for SetClock {
    fn now(&self) -> DateTime<Utc> {
        self.0
    }

    fn since_boot(&self) -> Option<Boot> {
        Boot::system()
    }
}

/// A clock that says what it is told, and moves only when told to. With a boot clock
/// (`with_boot`), `advance` is time passing (both move) and `set` is a person setting the
/// date (the boot clock stays).
#[derive(Debug)]
pub struct FixedClock(Mutex<(DateTime<Utc>, Option<Boot>)>);

impl FixedClock {
    pub fn new(at: DateTime<Utc>) -> FixedClock {
        FixedClock(Mutex::new((at, None)))
    }

    /// A clock whose PC has a boot clock, just started (boot `boot`).
    pub fn with_boot(at: DateTime<Utc>, boot: &str) -> FixedClock {
        let boot = Boot {
            id: boot.to_owned(),
            uptime: std::time::Duration::ZERO,
        };
        FixedClock(Mutex::new((at, Some(boot))))
    }

    fn state(&self) -> std::sync::MutexGuard<'_, (DateTime<Utc>, Option<Boot>)> {
        self.0
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    pub fn set(&self, at: DateTime<Utc>) {
        self.state().0 = at;
    }

    pub fn advance(&self, by: Duration) {
        let mut state = self.state();
        state.0 += by;
        if let (Some(boot), Ok(by)) = (state.1.as_mut(), by.to_std()) {
            boot.uptime += by;
        }
    }

    /// The PC restarted: a new boot, its clock from zero.
    pub fn reboot(&self, boot: &str) {
        self.state().1 = Some(Boot {
            id: boot.to_owned(),
            uptime: std::time::Duration::ZERO,
        });
    }
}

impl Clock for FixedClock {
    fn now(&self) -> DateTime<Utc> {
        self.state().0
    }

    fn since_boot(&self) -> Option<Boot> {
        self.state().1.clone()
    }
}

/// The instant Morocco's clocks went back for good: 2026-09-20 02:00 at +01, which is
/// 01:00 UTC (tzdb 2026c-2026f: `1 M %z 2026 S 20 2`, then `0`); from then on local time
/// is UTC.
pub fn permanent_utc_since() -> DateTime<Utc> {
    DateTime::from_timestamp(1_789_866_000, 0).unwrap_or_default()
}

/// The shop's UTC offset at an instant.
pub fn offset_at(instant: DateTime<Utc>) -> FixedOffset {
    let zero = FixedOffset::east_opt(0).unwrap_or_else(|| Utc.fix());
    if instant >= permanent_utc_since() {
        return zero;
    }
    instant.with_timezone(&Casablanca).offset().fix()
}

/// The shop's local time at an instant, with its offset (for RFC 3339 output).
pub fn local(instant: DateTime<Utc>) -> DateTime<FixedOffset> {
    instant.with_timezone(&offset_at(instant))
}

/// An instant as JSON gives it: RFC 3339 in Rabat's time, to the second, however precise
/// the clock that made it.
pub fn rfc3339(t: &DateTime<FixedOffset>) -> String {
    t.to_rfc3339_opts(chrono::SecondsFormat::Secs, false)
}

/// The local business day an instant belongs to.
pub fn business_day(instant: DateTime<Utc>) -> NaiveDate {
    local(instant).date_naive()
}

/// The instant of a local wall-clock time. In a repeated hour the earlier instant is taken;
/// in a skipped hour, the first instant after the gap.
pub fn from_local(wall: NaiveDateTime) -> DateTime<Utc> {
    let old_rules = match Casablanca.from_local_datetime(&wall) {
        LocalResult::Single(t) => Some(t.with_timezone(&Utc)),
        LocalResult::Ambiguous(a, b) => Some(a.min(b).with_timezone(&Utc)),
        LocalResult::None => None,
    };
    // 01:00-01:59 on the day of the change happened twice: first at +01, then at +00.
    if let Some(t) = old_rules.filter(|t| *t < permanent_utc_since()) {
        return t;
    }
    let as_utc = wall.and_utc();
    if as_utc >= permanent_utc_since() {
        return as_utc;
    }
    from_local(wall + Duration::hours(1))
}

/// The first instant of a local day.
pub fn start_of_day(day: NaiveDate) -> DateTime<Utc> {
    from_local(day.and_hms_opt(0, 0, 0).unwrap_or_default())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utc(text: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(text)
            .map(|t| t.to_utc())
            .unwrap_or_default()
    }

    #[test]
    fn casablanca_is_utc_plus_one_before_the_change_and_utc_after() {
        // Before: +01 (chrono-tz agrees).
        assert_eq!(
            local(utc("2026-09-19T12:00:00Z")).to_rfc3339(),
            "2026-09-19T13:00:00+01:00"
        );
        assert_eq!(
            local(utc("2026-09-20T00:59:59Z")).to_rfc3339(),
            "2026-09-20T01:59:59+01:00"
        );
        // After: +00, where chrono-tz 0.10.4 still says +01. The clocks went from 02:00 at
        // +01 back to 01:00, that is at 01:00 UTC (tzdb 2026c-2026f: `2026 S 20 2`).
        assert_eq!(
            local(utc("2026-09-20T01:00:00Z")).to_rfc3339(),
            "2026-09-20T01:00:00+00:00"
        );
        assert_eq!(
            local(utc("2026-09-20T01:59:59Z")).to_rfc3339(),
            "2026-09-20T01:59:59+00:00"
        );
        assert_eq!(
            local(utc("2026-11-29T18:51:00Z")).to_rfc3339(),
            "2026-11-29T18:51:00+00:00"
        );
        assert_eq!(
            local(utc("2027-07-01T23:30:00Z")).to_rfc3339(),
            "2027-07-01T23:30:00+00:00"
        );
    }

    #[test]
    fn ramadan_before_the_change_was_utc() {
        // Ramadan 2025 (March): Morocco was at +00.
        assert_eq!(offset_at(utc("2025-03-10T12:00:00Z")).local_minus_utc(), 0);
        assert_eq!(
            offset_at(utc("2025-05-10T12:00:00Z")).local_minus_utc(),
            3600
        );
    }

    #[test]
    fn business_day_follows_local_midnight() {
        // 23:30 UTC on 2026-06-01 is 00:30 on 2026-06-02 in Rabat.
        assert_eq!(
            business_day(utc("2026-06-01T23:30:00Z")).to_string(),
            "2026-06-02"
        );
        // After the change, local midnight is UTC midnight.
        assert_eq!(
            business_day(utc("2026-11-01T23:30:00Z")).to_string(),
            "2026-11-01"
        );
    }

    #[test]
    fn from_local_round_trips() {
        let wall = NaiveDate::from_ymd_opt(2026, 6, 2).and_then(|d| d.and_hms_opt(10, 0, 0));
        let wall = wall.unwrap_or_default();
        assert_eq!(from_local(wall), utc("2026-06-02T09:00:00Z"));
        let wall = NaiveDate::from_ymd_opt(2026, 10, 2).and_then(|d| d.and_hms_opt(10, 0, 0));
        assert_eq!(
            from_local(wall.unwrap_or_default()),
            utc("2026-10-02T10:00:00Z")
        );
    }

    #[test]
    fn the_hour_repeated_at_the_change_is_taken_first_at_plus_one() {
        let wall = |h, m| {
            NaiveDate::from_ymd_opt(2026, 9, 20)
                .and_then(|d| d.and_hms_opt(h, m, 0))
                .unwrap_or_default()
        };
        assert_eq!(from_local(wall(0, 30)), utc("2026-09-19T23:30:00Z"));
        assert_eq!(from_local(wall(1, 30)), utc("2026-09-20T00:30:00Z"));
        assert_eq!(from_local(wall(2, 30)), utc("2026-09-20T02:30:00Z"));
        assert_eq!(
            business_day(utc("2026-09-20T01:30:00Z")).to_string(),
            "2026-09-20"
        );
    }

    #[test]
    fn fixed_clock_moves_when_told() {
        let clock = FixedClock::new(utc("2026-11-29T10:00:00Z"));
        clock.advance(Duration::minutes(5));
        assert_eq!(clock.now(), utc("2026-11-29T10:05:00Z"));
    }
}
