//! The audit trail: who did which sensitive thing, when, and the values before and after.
//! Written in the same transaction as the change it records, so one never exists without
//! the other; append-only in the database (migration 0004).

use chrono::{DateTime, Utc};
use rusqlite::{Connection, params};
use serde::Serialize;
use serde_json::Value;

use crate::error::Result;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Action {
    ProducerAdded,
    ProducerChanged,
    ProductAdded,
    ProductChanged,
    CatalogueImported,
    Discount,
    Void,
    Refund,
    StatementsIssued,
    Payout,
    CashDifference,
    SettingChanged,
    UserAdded,
    UserChanged,
    PinChanged,
    PinFailed,
    Restored,
}

impl Action {
    pub fn code(self) -> &'static str {
        match self {
            Action::ProducerAdded => "producer-added",
            Action::ProducerChanged => "producer-changed",
            Action::ProductAdded => "product-added",
            Action::ProductChanged => "product-changed",
            Action::CatalogueImported => "catalogue-imported",
            Action::Discount => "discount",
            Action::Void => "void",
            Action::Refund => "refund",
            Action::StatementsIssued => "statements-issued",
            Action::Payout => "payout",
            Action::CashDifference => "cash-difference",
            Action::SettingChanged => "setting-changed",
            Action::UserAdded => "user-added",
            Action::UserChanged => "user-changed",
            Action::PinChanged => "pin-changed",
            Action::PinFailed => "pin-failed",
            Action::Restored => "restored",
        }
    }
}

/// One thing to write down. `user` is whose right was used; `operator` the volunteer at
/// the counter when an administrator approved that one action for her.
#[derive(Debug, Clone)]
pub struct Record<'a> {
    pub user: Option<i64>,
    pub operator: Option<i64>,
    pub action: Action,
    pub subject: &'a str,
    pub before: Option<Value>,
    pub after: Option<Value>,
}

impl<'a> Record<'a> {
    pub fn new(user: i64, action: Action, subject: &'a str) -> Record<'a> {
        Record {
            user: Some(user),
            operator: None,
            action,
            subject,
            before: None,
            after: None,
        }
    }

    pub fn before(mut self, value: Value) -> Self {
        self.before = Some(value);
        self
    }

    pub fn after(mut self, value: Value) -> Self {
        self.after = Some(value);
        self
    }

    pub fn operator(mut self, operator: Option<i64>) -> Self {
        self.operator = operator.filter(|o| Some(*o) != self.user);
        self
    }
}

pub fn record(conn: &Connection, at: DateTime<Utc>, entry: &Record<'_>) -> Result<()> {
    let text = |v: &Option<Value>| v.as_ref().map(Value::to_string);
    conn.prepare_cached(
        "INSERT INTO audit (at_ms, user_id, operator_id, action, subject, before, after) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )?
    .execute(params![
        at.timestamp_millis(),
        entry.user,
        entry.operator,
        entry.action.code(),
        entry.subject,
        text(&entry.before),
        text(&entry.after),
    ])?;
    Ok(())
}

/// One line of the trail as it is read back.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Entry {
    pub at: DateTime<Utc>,
    pub user: Option<String>,
    pub operator: Option<String>,
    pub action: String,
    pub subject: String,
    pub before: Option<Value>,
    pub after: Option<Value>,
}

/// The latest `limit` entries, newest first.
pub fn list(conn: &Connection, limit: usize) -> Result<Vec<Entry>> {
    let mut stmt = conn.prepare_cached(
        "SELECT a.at_ms, u.name, o.name, a.action, a.subject, a.before, a.after \
         FROM audit a LEFT JOIN users u ON u.id = a.user_id \
         LEFT JOIN users o ON o.id = a.operator_id \
         ORDER BY a.id DESC LIMIT ?1",
    )?;
    let json = |t: Option<String>| t.and_then(|t| serde_json::from_str(&t).ok());
    let rows = stmt.query_map([i64::try_from(limit).unwrap_or(i64::MAX)], |r| {
        Ok(Entry {
            at: DateTime::from_timestamp_millis(r.get(0)?).unwrap_or_default(),
            user: r.get(1)?,
            operator: r.get(2)?,
            action: r.get(3)?,
            subject: r.get(4)?,
            before: json(r.get(5)?),
            after: json(r.get(6)?),
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}
