//! Time only moves forward in the ledger. Every writer of an event — a sale, a refund, a
//! void, a payout, an intake, return or correction, a cash session's opening, closing or
//! movement, the issue of a month's statements — calls [`stamp`] inside its own transaction
//! with the event's instant, before writing anything. An event dated more than
//! [`TOLERANCE`] before the last recorded one, or in a month whose statements are issued
//! (or before it), is refused with both instants, so that a PC whose clock went back (a
//! dead battery boots it in the past, a volunteer sets it by hand) cannot slip a sale into
//! a frozen month or number it among last year's.
//!
//! The last event is read from the newest row of each event table (appended in time order,
//! which this rule keeps); the last issued month from the `timeline` row, written only
//! when a month is issued.

use chrono::{DateTime, Duration, Utc};
use rusqlite::{Connection, OptionalExtension};

use crate::clock;
use crate::i18n::Msg;

/// Why an event was not stamped: refused, or the store failed. Owned here, below the
/// shop's error type, which takes both in.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("the PC's clock is behind the ledger: {0:?}")]
    Refused(Refusal),
    #[error(transparent)]
    Store(#[from] rusqlite::Error),
}

/// How far before the last event a new one may be dated: two PCs' clocks, or one set a
/// little back by the network, disagree by seconds, not by this.
pub const TOLERANCE: Duration = Duration::minutes(5);

/// What kind of event was recorded last, to name it in a refusal.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Event {
    Sale,
    Refund,
    Void,
    Payout,
    Deposit,
    Session,
    Statements,
}

impl Event {
    fn msg_id(self) -> &'static str {
        match self {
            Event::Sale => "time-event-sale",
            Event::Refund => "time-event-refund",
            Event::Void => "time-event-void",
            Event::Payout => "time-event-payout",
            Event::Deposit => "time-event-deposit",
            Event::Session => "time-event-session",
            Event::Statements => "time-event-statements",
        }
    }
}

/// Why an event was refused: the PC's clock is behind the ledger.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// Dated before the last recorded event, beyond the tolerance.
    BeforeLast {
        at: DateTime<Utc>,
        last: DateTime<Utc>,
        last_event: Event,
    },
    /// Dated in `month` (or before), whose statements are issued and frozen.
    IssuedMonth { at: DateTime<Utc>, month: String },
}

impl Refusal {
    pub fn msg(&self) -> Msg {
        match self {
            Refusal::BeforeLast {
                at,
                last,
                last_event,
            } => Msg::new("time-err-before-last")
                .arg("now", in_words(*at))
                .arg("last", in_words(*last))
                .arg("event", Msg::new(last_event.msg_id())),
            Refusal::IssuedMonth { at, month } => Msg::new("time-err-issued-month")
                .arg("now", in_words(*at))
                .arg("month", month.as_str()),
        }
    }
}

impl From<Refusal> for Error {
    fn from(refusal: Refusal) -> Error {
        Error::Refused(refusal)
    }
}

/// An instant as people read it in Rabat: `29/11/2026 10:15`.
fn in_words(at: DateTime<Utc>) -> String {
    clock::local(at).format("%d/%m/%Y %H:%M").to_string()
}

/// The newest row's instant of each event table, and the kind of event it is.
const LAST_EVENTS: [(&str, Event); 7] = [
    (
        "SELECT sold_at_ms, kind = 'refund' FROM sales ORDER BY id DESC LIMIT 1",
        Event::Sale,
    ),
    ("SELECT max(voided_at_ms), 0 FROM voids", Event::Void),
    (
        "SELECT at_ms, 0 FROM payouts ORDER BY id DESC LIMIT 1",
        Event::Payout,
    ),
    (
        "SELECT at_ms, 0 FROM deposits ORDER BY id DESC LIMIT 1",
        Event::Deposit,
    ),
    (
        "SELECT max(opened_at_ms, coalesce(closed_at_ms, 0)), 0 FROM cash_sessions \
         ORDER BY id DESC LIMIT 1",
        Event::Session,
    ),
    (
        "SELECT at_ms, 0 FROM cash_movements ORDER BY id DESC LIMIT 1",
        Event::Session,
    ),
    (
        "SELECT issued_at_ms, 0 FROM statements ORDER BY id DESC LIMIT 1",
        Event::Statements,
    ),
];

/// The last event the ledger holds, if any.
pub fn last_event(conn: &Connection) -> rusqlite::Result<Option<(DateTime<Utc>, Event)>> {
    let mut latest: Option<(i64, Event)> = None;
    for (sql, event) in LAST_EVENTS {
        let row: Option<(Option<i64>, bool)> = conn
            .prepare_cached(sql)?
            .query_row([], |r| Ok((r.get(0)?, r.get(1)?)))
            .optional()?;
        let Some((Some(ms), refund)) = row else {
            continue;
        };
        let event = if refund { Event::Refund } else { event };
        if latest.is_none_or(|(l, _)| ms > l) {
            latest = Some((ms, event));
        }
    }
    Ok(latest.and_then(|(ms, e)| DateTime::from_timestamp_millis(ms).map(|t| (t, e))))
}

/// The latest month whose statements are issued, `YYYY-MM`.
pub fn issued_through(conn: &Connection) -> rusqlite::Result<Option<String>> {
    Ok(conn
        .prepare_cached("SELECT issued_through FROM timeline WHERE id = 1")?
        .query_row([], |r| r.get(0))
        .optional()?
        .flatten())
}

/// Refuses an event dated `at` that would go back in the ledger's time: inside (or before)
/// an issued month, or more than [`TOLERANCE`] before the last recorded event. Called by
/// every writer of an event inside its transaction, so that the check and the write see
/// the same ledger.
pub fn stamp(conn: &Connection, at: DateTime<Utc>) -> Result<(), Error> {
    if let Some(month) = issued_through(conn)? {
        let own = clock::business_day(at).format("%Y-%m").to_string();
        if own <= month {
            return Err(Refusal::IssuedMonth { at, month }.into());
        }
    }
    if let Some((last, last_event)) = last_event(conn)?
        && at + TOLERANCE < last
    {
        return Err(Refusal::BeforeLast {
            at,
            last,
            last_event,
        }
        .into());
    }
    Ok(())
}

/// Records that the statements of `year`-`month` are issued, inside the transaction.
pub fn issued(conn: &Connection, year: i32, month: u32) -> rusqlite::Result<()> {
    let label = format!("{year:04}-{month:02}");
    conn.prepare_cached(
        "INSERT INTO timeline (id, issued_through) VALUES (1, ?1) \
         ON CONFLICT (id) DO UPDATE SET issued_through = max(coalesce(issued_through, ''), excluded.issued_through)",
    )?
    .execute([label])?;
    Ok(())
}
