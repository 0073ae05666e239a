//! What a refused action must leave untouched: every table's rows, fingerprinted.

use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash, Hasher};

use rusqlite::Connection;

/// Each table of the database with its number of rows and a hash of their contents.
pub fn fingerprint(conn: &Connection) -> Vec<(String, usize, u64)> {
    let tables: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<rusqlite::Result<_>>()
        .unwrap();
    tables
        .into_iter()
        .map(|table| {
            let mut stmt = conn
                .prepare(&format!("SELECT * FROM \"{table}\" ORDER BY rowid"))
                .or_else(|_| conn.prepare(&format!("SELECT * FROM \"{table}\"")))
                .unwrap();
            let columns = stmt.column_count();
            let mut rows = stmt.query([]).unwrap();
            let mut hasher = DefaultHasher::new();
            let mut count = 0;
            while let Some(row) = rows.next().unwrap() {
                count += 1;
                for i in 0..columns {
                    format!("{:?}", row.get_ref(i).unwrap()).hash(&mut hasher);
                }
            }
            (table, count, hasher.finish())
        })
        .collect()
}
