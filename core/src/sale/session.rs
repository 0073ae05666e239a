//! The till session a sale is recorded in: which one is open, and opening one (with a
//! counted float, or at zero when the command line sells with none open). Here rather than
//! in `cash`, whose reports and printing read sales, so that recording a sale imports
//! nothing that reads sales back; `cash` re-exports these.

use chrono::{DateTime, Utc};
use rusqlite::{Connection, OptionalExtension, params};

use crate::clock;
use crate::error::{CashError, Error, Result, UsersError};
use crate::money::Money;
use crate::users;

/// The id of the open session, if one is open.
pub fn open_id(conn: &Connection) -> Result<Option<i64>> {
    Ok(conn
        .prepare_cached("SELECT id FROM cash_sessions WHERE closed_at_ms IS NULL")?
        .query_row([], |r| r.get(0))
        .optional()?)
}

/// The id of the open session, or the refusal that says a session must be opened.
pub fn require_open(conn: &Connection) -> Result<i64> {
    open_id(conn)?.ok_or(Error::Cash(CashError::NoOpenSession))
}

/// Opens a session inside the caller's transaction; returns its id.
pub fn open_in(conn: &Connection, at: DateTime<Utc>, user_id: i64, float: Money) -> Result<i64> {
    if float.is_negative() {
        return Err(Error::ZeroPayment);
    }
    crate::timeline::stamp(conn, at)?;
    active_user(conn, user_id)?;
    if let Some(id) = open_id(conn)? {
        return Err(Error::Cash(CashError::SessionAlreadyOpen(id)));
    }
    // Its sales will be the ones after the last sale now: reports find them by id.
    conn.prepare_cached(
        "INSERT INTO cash_sessions (opened_at_ms, opened_day, opened_by, float_c, sales_after) \
         VALUES (?1, ?2, ?3, ?4, (SELECT coalesce(max(id), 0) FROM sales))",
    )?
    .execute(params![
        at.timestamp_millis(),
        clock::business_day(at).to_string(),
        user_id,
        float.centimes()
    ])?;
    Ok(conn.last_insert_rowid())
}

/// Opening, counting and closing the till, and the drawer's pay-ins and pay-outs, are a
/// volunteer's work as much as an administrator's.
pub(crate) fn active_user(conn: &Connection, user_id: i64) -> Result<()> {
    users::by_id(conn, user_id)
        .map_err(|_| Error::Users(UsersError::UnknownUser(user_id.to_string())))?;
    users::rights::require(conn, user_id, users::Right::Till).map(|_| ())
}
