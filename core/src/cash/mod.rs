//! Cash sessions: the till from a counted float to a counted close, and the X and Z reports.
//!
//! At most one session is open (a unique index says so). Every sale and refund is written
//! into the open session (`sale::record` refuses without one), as are pay-ins, pay-outs, a
//! producer's cash payout handed over from the drawer, and drawer openings without a sale.
//! At close the expected cash is computed from the ledger and kept with the count and the
//! difference; a closed session never changes (triggers refuse it).
//!
//! Expected cash = float + cash taken − change given − cash refunds − pay-outs + pay-ins,
//! where a voided sale takes nothing (its money was handed back when it was voided). A sale
//! can be voided while its own session is open; a session left open overnight stays open
//! and its sales keep their own business days.
//!
//! Which session is open, and opening one, are `sale::session`'s (re-exported here): a sale
//! needs them, and this module's reports and printing read sales. The fold of the day's
//! sales into the review's totals at close is [`fold`]'s.

mod count;
pub mod fold;
mod pdf;
pub mod print;
mod report;
mod till;

pub use crate::sale::session::{open_id, open_in, require_open};
pub use count::{Count, DENOMINATIONS, parse_count};
pub use pdf::session_pdf;
pub use report::{CashFigures, Figure, ReportKind, SessionReport, Share, report};
pub use till::{Overview, latest, overview, pdf_name};

use chrono::{DateTime, FixedOffset, NaiveDate, Utc};
use rusqlite::{Connection, OptionalExtension, Row, params};
use serde::Serialize;

use crate::clock::{self, Clock};
use crate::db;
use crate::error::{CashError, Error, Result};
use crate::json::rfc3339;
use crate::money::Money;
use crate::sale::session::active_user;
use crate::stored::Millis;
use crate::users;

/// A cash session as stored: its opening, and its closing once closed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Session {
    pub id: i64,
    #[serde(serialize_with = "rfc3339")]
    pub opened_at: DateTime<FixedOffset>,
    pub opened_day: NaiveDate,
    /// Who opened it (a user's name).
    pub opened_by: String,
    #[serde(rename = "float")]
    pub float: Money,
    pub closing: Option<Closing>,
}

/// How a session was closed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Closing {
    #[serde(serialize_with = "rfc3339")]
    pub closed_at: DateTime<FixedOffset>,
    pub closed_by: String,
    pub counted: Money,
    pub expected: Money,
    /// Counted − expected: negative when cash is missing.
    pub difference: Money,
    /// The count by denomination, when the close gave one.
    pub count: Count,
}

/// What the drawer saw besides sales.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum MovementKind {
    PayIn,
    PayOut,
    /// The drawer opened without a sale and without money.
    Drawer,
}

impl MovementKind {
    fn code(self) -> &'static str {
        match self {
            MovementKind::PayIn => "pay_in",
            MovementKind::PayOut => "pay_out",
            MovementKind::Drawer => "drawer",
        }
    }
}

impl rusqlite::types::FromSql for MovementKind {
    fn column_result(
        value: rusqlite::types::ValueRef<'_>,
    ) -> rusqlite::types::FromSqlResult<MovementKind> {
        let all = [
            MovementKind::PayIn,
            MovementKind::PayOut,
            MovementKind::Drawer,
        ];
        let expected = "a cash movement ('pay_in', 'pay_out' or 'drawer')";
        crate::stored::code(value, &all, MovementKind::code, expected)
    }
}

/// A pay-in, a pay-out or a drawer opening, as recorded.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Movement {
    pub session: i64,
    pub kind: MovementKind,
    pub amount: Money,
    pub reason: String,
    pub user: String,
    #[serde(serialize_with = "rfc3339")]
    pub at: DateTime<FixedOffset>,
}

/// How the close was counted: a total, or pieces of each denomination.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Counted {
    Total(Money),
    Pieces(Count),
}

impl Counted {
    pub fn total(&self) -> Money {
        match self {
            Counted::Total(m) => *m,
            Counted::Pieces(count) => count.total(),
        }
    }
}

fn local(at: Millis) -> DateTime<FixedOffset> {
    clock::local(at.0)
}

const SESSION_SELECT: &str = "SELECT s.id, s.opened_at_ms, s.opened_day, o.name, s.float_c, \
     s.closed_at_ms, c.name, s.counted_c, s.expected_c, s.difference_c \
     FROM cash_sessions s JOIN users o ON o.id = s.opened_by LEFT JOIN users c ON c.id = s.closed_by";

fn session_from_row(row: &Row<'_>) -> rusqlite::Result<Session> {
    crate::stored::in_table("cash_sessions", row, |row| {
        let closed_at: Option<Millis> = row.get(5)?;
        let closing = match closed_at {
            Some(at) => Some(Closing {
                closed_at: local(at),
                closed_by: row.get(6)?,
                counted: row.get(7)?,
                expected: row.get(8)?,
                difference: row.get(9)?,
                count: Count::default(),
            }),
            None => None,
        };
        Ok(Session {
            id: row.get(0)?,
            opened_at: local(row.get(1)?),
            opened_day: row.get(2)?,
            opened_by: row.get(3)?,
            float: row.get(4)?,
            closing,
        })
    })
}

/// The session with this id.
pub fn session(conn: &Connection, id: i64) -> Result<Session> {
    let sql = format!("{SESSION_SELECT} WHERE s.id = ?1");
    let found = conn
        .prepare_cached(&sql)?
        .query_row([id], session_from_row)
        .optional()?;
    let mut session = found.ok_or(Error::Cash(CashError::UnknownSession(id)))?;
    if let Some(closing) = &mut session.closing {
        closing.count = count::load(conn, id)?;
    }
    Ok(session)
}

/// The open session, if any.
pub fn current(conn: &Connection) -> Result<Option<Session>> {
    open_id(conn)?.map(|id| session(conn, id)).transpose()
}

/// The session closed last, if any.
pub fn last_closed(conn: &Connection) -> Result<Option<Session>> {
    let id: Option<i64> = conn
        .prepare_cached(
            "SELECT id FROM cash_sessions WHERE closed_at_ms IS NOT NULL \
             ORDER BY closed_at_ms DESC, id DESC LIMIT 1",
        )?
        .query_row([], |r| r.get(0))
        .optional()?;
    id.map(|id| session(conn, id)).transpose()
}

/// Opens a session with a counted `float`, by `user_id`, at the clock's instant.
pub fn open(
    conn: &mut Connection,
    clock: &dyn Clock,
    user_id: i64,
    float: Money,
) -> Result<Session> {
    let at = clock.now();
    let id = db::write(conn, |tx| open_in(tx, at, user_id, float))?;
    session(conn, id)
}

/// Closes the open session with what was counted, by `user_id`: keeps the count, the
/// expected cash and the difference, and returns the Z report.
pub fn close(
    conn: &mut Connection,
    clock: &dyn Clock,
    user_id: i64,
    counted: &Counted,
) -> Result<SessionReport> {
    let at = clock.now();
    let id = db::write(conn, |tx| close_in(tx, at, user_id, counted))?;
    report(conn, id, at)
}

/// Closes the open session inside the caller's transaction; returns its id.
pub fn close_in(
    conn: &Connection,
    at: DateTime<Utc>,
    user_id: i64,
    counted: &Counted,
) -> Result<i64> {
    crate::timeline::stamp(conn, at)?;
    active_user(conn, user_id)?;
    let id = require_open(conn)?;
    let expected = report::cash(conn, id)?.expected;
    let total = counted.total();
    // A drawer never holds less than nothing; the database would refuse it less kindly.
    if total.is_negative() {
        return Err(Error::parse(
            "counted",
            crate::money::ParseError::Negative {
                input: total.plain(),
            },
        ));
    }
    conn.prepare_cached(
        "UPDATE cash_sessions SET closed_at_ms = ?2, closed_by = ?3, counted_c = ?4, \
         expected_c = ?5, difference_c = ?6 WHERE id = ?1",
    )?
    .execute(params![
        id,
        at.timestamp_millis(),
        user_id,
        total.centimes(),
        expected.centimes(),
        (total - expected).centimes()
    ])?;
    if let Counted::Pieces(count) = counted {
        count::store(conn, id, count)?;
    }
    if total != expected {
        let after = serde_json::json!({
            "expected": expected.plain(),
            "counted": total.plain(),
            "difference": (total - expected).plain(),
        });
        crate::audit::record(
            conn,
            at,
            &crate::audit::Record::new(
                user_id,
                crate::audit::Action::CashDifference,
                &id.to_string(),
            )
            .after(after),
        )?;
    }
    // The day's sales go into the review's running totals now, not at each sale.
    fold::fold_in(conn)?;
    Ok(id)
}

/// Records money put into the drawer (more change) or taken out of it (paper rolls), or a
/// drawer opening without money (`amount` ignored, `MovementKind::Drawer`).
pub fn movement(
    conn: &mut Connection,
    clock: &dyn Clock,
    kind: MovementKind,
    amount: Money,
    reason: &str,
    user_id: i64,
) -> Result<Movement> {
    let at = clock.now();
    let id = db::write(conn, |tx| {
        movement_in(tx, at, kind, amount, reason, user_id)
    })?;
    load_movement(conn, id)
}

/// Records a movement of the open session inside the caller's transaction; returns its id.
pub fn movement_in(
    conn: &Connection,
    at: DateTime<Utc>,
    kind: MovementKind,
    amount: Money,
    reason: &str,
    user_id: i64,
) -> Result<i64> {
    let reason = reason.trim();
    if reason.is_empty() {
        return Err(Error::ReasonRequired);
    }
    // Typed text is refused, not stored, when it hides characters (#14's tables).
    crate::text::check(reason)?;
    crate::timeline::stamp(conn, at)?;
    if kind == MovementKind::PayOut {
        users::rights::require(conn, user_id, users::Right::CashOut)?;
    }
    let amount = if kind == MovementKind::Drawer {
        Money::ZERO
    } else if amount.is_zero() || amount.is_negative() {
        return Err(Error::ZeroPayment);
    } else {
        amount
    };
    active_user(conn, user_id)?;
    let session = require_open(conn)?;
    insert_movement(conn, session, at, kind, amount, reason, user_id, None)
}

#[allow(clippy::too_many_arguments)]
fn insert_movement(
    conn: &Connection,
    session: i64,
    at: DateTime<Utc>,
    kind: MovementKind,
    amount: Money,
    reason: &str,
    user_id: i64,
    payout_id: Option<i64>,
) -> Result<i64> {
    conn.prepare_cached(
        "INSERT INTO cash_movements (session_id, at_ms, kind, amount_c, reason, user_id, payout_id) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )?
    .execute(params![
        session,
        at.timestamp_millis(),
        kind.code(),
        amount.centimes(),
        reason,
        user_id,
        payout_id
    ])?;
    Ok(conn.last_insert_rowid())
}

fn load_movement(conn: &Connection, id: i64) -> Result<Movement> {
    Ok(conn
        .prepare_cached(
            "SELECT m.session_id, m.kind, m.amount_c, m.reason, u.name, m.at_ms \
             FROM cash_movements m JOIN users u ON u.id = m.user_id WHERE m.id = ?1",
        )?
        .query_row([id], |r| {
            crate::stored::in_table("cash_movements", r, |r| {
                Ok(Movement {
                    session: r.get(0)?,
                    kind: r.get(1)?,
                    amount: r.get(2)?,
                    reason: r.get(3)?,
                    user: r.get(4)?,
                    at: local(r.get(5)?),
                })
            })
        })?)
}

/// A producer's cash payout, inside the payout's transaction: when a session is open it is
/// handed over from the drawer, a pay-out of that session. With no session open the money
/// came from elsewhere (the association's safe) and the drawer is not concerned.
pub(crate) fn payout_from_drawer(
    conn: &Connection,
    payout_id: i64,
    producer_code: &str,
    amount: Money,
    user_id: i64,
    at: DateTime<Utc>,
) -> Result<()> {
    if let Some(session) = open_id(conn)? {
        let reason = format!("payout {producer_code}");
        insert_movement(
            conn,
            session,
            at,
            MovementKind::PayOut,
            amount,
            &reason,
            user_id,
            Some(payout_id),
        )?;
    }
    Ok(())
}
