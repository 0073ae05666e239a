//! The audit trail: who did which sensitive thing, when, and the values before and after.
//! Written in the same transaction as the change it records, so one never exists without
//! the other; append-only in the database (migration 0004). It fails only as the store
//! fails, so it returns rusqlite's errors, which the shop's error reads (damaged, busy,
//! full) where they surface: it sits below that error, not beside it.

use chrono::{DateTime, Utc};
use rusqlite::{Connection, Result, params};
use serde::Serialize;
use serde_json::Value;

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
    pub const ALL: [Action; 17] = [
        Action::ProducerAdded,
        Action::ProducerChanged,
        Action::ProductAdded,
        Action::ProductChanged,
        Action::CatalogueImported,
        Action::Discount,
        Action::Void,
        Action::Refund,
        Action::StatementsIssued,
        Action::Payout,
        Action::CashDifference,
        Action::SettingChanged,
        Action::UserAdded,
        Action::UserChanged,
        Action::PinChanged,
        Action::PinFailed,
        Action::Restored,
    ];

    pub fn from_code(code: &str) -> Option<Action> {
        Action::ALL.into_iter().find(|a| a.code() == code)
    }

    /// The message naming the action for people reading the trail.
    pub fn msg_id(self) -> &'static str {
        match self {
            Action::ProducerAdded => "audit-producer-added",
            Action::ProducerChanged => "audit-producer-changed",
            Action::ProductAdded => "audit-product-added",
            Action::ProductChanged => "audit-product-changed",
            Action::CatalogueImported => "audit-catalogue-imported",
            Action::Discount => "audit-discount",
            Action::Void => "audit-void",
            Action::Refund => "audit-refund",
            Action::StatementsIssued => "audit-statements-issued",
            Action::Payout => "audit-payout",
            Action::CashDifference => "audit-cash-difference",
            Action::SettingChanged => "audit-setting-changed",
            Action::UserAdded => "audit-user-added",
            Action::UserChanged => "audit-user-changed",
            Action::PinChanged => "audit-pin-changed",
            Action::PinFailed => "audit-pin-failed",
            Action::Restored => "audit-restored",
        }
    }

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

/// One value an entry changed or set: its field, and the value before and after as text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    pub field: String,
    pub before: Option<String>,
    pub after: Option<String>,
}

impl Entry {
    /// What the entry changed, field by field: with a before and an after, only the fields
    /// that differ (a price change shows its price, not the whole product); with an after
    /// alone, every field it sets. Values as plain text (strings without their quotes).
    pub fn changes(&self) -> Vec<Change> {
        let fields = |v: &Option<Value>| match v {
            Some(Value::Object(map)) => map.clone(),
            Some(other) => {
                let mut map = serde_json::Map::new();
                map.insert("value".to_owned(), other.clone());
                map
            }
            None => serde_json::Map::new(),
        };
        let (before, after) = (fields(&self.before), fields(&self.after));
        let plain = |v: &Value| match v {
            Value::String(s) => s.clone(),
            Value::Null => "—".to_owned(),
            other => other.to_string(),
        };
        let mut names: Vec<&String> = before.keys().chain(after.keys()).collect();
        names.sort();
        names.dedup();
        names
            .into_iter()
            .filter(|name| before.get(*name) != after.get(*name))
            .map(|name| Change {
                field: name.clone(),
                before: before.get(name).map(plain),
                after: after.get(name).map(plain),
            })
            .collect()
    }
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
            at: r.get::<_, crate::stored::Millis>(0)?.0,
            user: r.get(1)?,
            operator: r.get(2)?,
            action: r.get(3)?,
            subject: r.get(4)?,
            before: json(r.get(5)?),
            after: json(r.get(6)?),
        })
    })?;
    rows.collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Lang, Translator};

    #[test]
    fn an_entry_tells_only_what_changed() {
        let entry = Entry {
            at: DateTime::default(),
            user: None,
            operator: None,
            action: "product-changed".into(),
            subject: "P001-0001".into(),
            before: Some(serde_json::json!({"sku": "P001-0001", "price": "51.50", "active": true})),
            after: Some(serde_json::json!({"sku": "P001-0001", "price": "55.00", "active": true})),
        };
        assert_eq!(
            entry.changes(),
            [Change {
                field: "price".into(),
                before: Some("51.50".into()),
                after: Some("55.00".into()),
            }]
        );
        let set = Entry {
            before: None,
            after: Some(serde_json::json!({"difference": "-0.07", "advance": false})),
            ..entry
        };
        let fields: Vec<(String, Option<String>)> = set
            .changes()
            .into_iter()
            .map(|c| (c.field, c.after))
            .collect();
        assert_eq!(
            fields,
            [
                ("advance".into(), Some("false".into())),
                ("difference".into(), Some("-0.07".into()))
            ]
        );
    }

    #[test]
    fn every_action_reads_back_and_has_a_name() {
        let ids = Translator::new(Lang::En).ids();
        for action in Action::ALL {
            assert_eq!(Action::from_code(action.code()), Some(action));
            assert!(
                ids.contains(&action.msg_id().to_owned()),
                "{}",
                action.msg_id()
            );
        }
    }
}
