//! How Souk's values sit in SQLite columns, both ways: money in centimes, quantities in
//! thousandths, share rates in basis points, units and payment methods by their code, instants
//! in milliseconds since 1970 (UTC), days as `YYYY-MM-DD`. Reading is strict: a value Souk never
//! writes is an error, never a default (a damaged unit once read as "piece" and priced a kilo
//! as one item). A row reader read through [`in_table`] turns such an error into a [`Damaged`] that
//! names the table, the row and the column, so the user can be told where to look.

use chrono::{DateTime, Utc};
use rusqlite::Row;
use rusqlite::types::{FromSql, FromSqlError, FromSqlResult, ToSql, ToSqlOutput, ValueRef};

use crate::money::{Money, Quantity, Rate, Unit};

/// A stored value that is none of those Souk writes in that column.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("expected {expected}, found {found}")]
pub struct Unreadable {
    pub expected: &'static str,
    pub found: String,
}

/// Where the database holds a value Souk cannot read, and what it holds.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("damaged database: table {table}, row {row}, column {column} holds {found} ({expected})")]
pub struct Damaged {
    pub table: &'static str,
    /// The row's `id`, or `?` when the query did not select it first.
    pub row: String,
    pub column: String,
    pub found: String,
    pub expected: String,
}

fn unreadable(expected: &'static str, found: ValueRef<'_>) -> FromSqlError {
    FromSqlError::Other(Box::new(Unreadable {
        expected,
        found: shown(found),
    }))
}

/// A stored value as a person reading the database would see it, cut short.
fn shown(value: ValueRef<'_>) -> String {
    match value {
        ValueRef::Null => "NULL".to_owned(),
        ValueRef::Integer(i) => i.to_string(),
        ValueRef::Real(r) => r.to_string(),
        ValueRef::Text(t) => {
            let text = String::from_utf8_lossy(t);
            let cut: String = text.chars().take(40).collect();
            format!("{cut:?}")
        }
        ValueRef::Blob(b) => format!("{} bytes", b.len()),
    }
}

fn integer(value: ValueRef<'_>, expected: &'static str) -> FromSqlResult<i64> {
    match value {
        ValueRef::Integer(i) => Ok(i),
        other => Err(unreadable(expected, other)),
    }
}

fn text<'a>(value: ValueRef<'a>, expected: &'static str) -> FromSqlResult<&'a str> {
    match value {
        ValueRef::Text(t) => std::str::from_utf8(t).map_err(|_| unreadable(expected, value)),
        other => Err(unreadable(expected, other)),
    }
}

impl FromSql for Money {
    fn column_result(value: ValueRef<'_>) -> FromSqlResult<Self> {
        integer(value, "an amount in centimes").map(Money::from_centimes)
    }
}

impl ToSql for Money {
    fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
        Ok(ToSqlOutput::from(self.centimes()))
    }
}

impl FromSql for Quantity {
    fn column_result(value: ValueRef<'_>) -> FromSqlResult<Self> {
        integer(value, "a quantity in thousandths").map(Quantity::from_milli)
    }
}

impl ToSql for Quantity {
    fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
        Ok(ToSqlOutput::from(self.milli()))
    }
}

impl FromSql for Rate {
    fn column_result(value: ValueRef<'_>) -> FromSqlResult<Self> {
        const EXPECTED: &str = "a share in basis points (0 to 10000)";
        let bp = integer(value, EXPECTED)?;
        match u32::try_from(bp) {
            Ok(bp) if bp <= 10_000 => Ok(Rate::from_basis_points(bp)),
            _ => Err(unreadable(EXPECTED, value)),
        }
    }
}

impl ToSql for Rate {
    fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
        Ok(ToSqlOutput::from(self.basis_points()))
    }
}

impl FromSql for Unit {
    fn column_result(value: ValueRef<'_>) -> FromSqlResult<Self> {
        const EXPECTED: &str = "a unit ('piece' or 'kg')";
        match text(value, EXPECTED)? {
            "piece" => Ok(Unit::Piece),
            "kg" => Ok(Unit::Kg),
            _ => Err(unreadable(EXPECTED, value)),
        }
    }
}

impl ToSql for Unit {
    fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
        Ok(ToSqlOutput::from(self.as_str()))
    }
}

/// An instant as stored: milliseconds since 1970-01-01 UTC.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Millis(pub DateTime<Utc>);

impl FromSql for Millis {
    fn column_result(value: ValueRef<'_>) -> FromSqlResult<Self> {
        const EXPECTED: &str = "an instant in milliseconds since 1970";
        let ms = integer(value, EXPECTED)?;
        DateTime::from_timestamp_millis(ms)
            .map(Millis)
            .ok_or_else(|| unreadable(EXPECTED, value))
    }
}

impl ToSql for Millis {
    fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
        Ok(ToSqlOutput::from(self.0.timestamp_millis()))
    }
}

/// A stored code among those an enum writes: `code` must be the enum's own `code()`.
pub fn code<T: Copy>(
    value: ValueRef<'_>,
    all: &[T],
    code: impl Fn(T) -> &'static str,
    expected: &'static str,
) -> FromSqlResult<T> {
    let stored = text(value, expected)?;
    all.iter()
        .copied()
        .find(|t| code(*t) == stored)
        .ok_or_else(|| unreadable(expected, value))
}

/// Reads `row` of `table`, naming the table and row of any value it cannot read (see
/// [`Damaged`]). The row is the first column when the query selects it as `id`.
pub fn in_table<T>(
    table: &'static str,
    row: &Row<'_>,
    read: impl FnOnce(&Row<'_>) -> rusqlite::Result<T>,
) -> rusqlite::Result<T> {
    read(row).map_err(|e| located(table, row, e))
}

fn located(table: &'static str, row: &Row<'_>, error: rusqlite::Error) -> rusqlite::Error {
    use rusqlite::Error as E;
    let (column, expected) = match &error {
        E::FromSqlConversionFailure(i, _, inner) => {
            let expected = match inner.downcast_ref::<Unreadable>() {
                Some(u) => u.expected.to_owned(),
                None => inner.to_string(),
            };
            (*i, expected)
        }
        E::InvalidColumnType(i, _, ty) => (*i, format!("not a {ty}")),
        E::IntegralValueOutOfRange(i, _) => (*i, "a smaller number".to_owned()),
        _ => return error,
    };
    let statement = row.as_ref();
    let id = match statement.column_name(0) {
        Ok("id") => row.get_ref(0).ok().map(shown),
        _ => None,
    };
    let damaged = Damaged {
        table,
        row: id.unwrap_or_else(|| "?".to_owned()),
        column: statement
            .column_name(column)
            .map_or_else(|_| column.to_string(), str::to_owned),
        found: row.get_ref(column).map_or_else(|_| "?".to_owned(), shown),
        expected,
    };
    E::FromSqlConversionFailure(column, rusqlite::types::Type::Null, Box::new(damaged))
}

/// The [`Damaged`] inside a database error, also one no [`in_table`] located.
pub fn damaged(error: &rusqlite::Error) -> Option<Damaged> {
    let rusqlite::Error::FromSqlConversionFailure(i, _, inner) = error else {
        return None;
    };
    if let Some(d) = inner.downcast_ref::<Damaged>() {
        return Some(d.clone());
    }
    let unreadable = inner.downcast_ref::<Unreadable>()?;
    Some(Damaged {
        table: "?",
        row: "?".to_owned(),
        column: i.to_string(),
        found: unreadable.found.clone(),
        expected: unreadable.expected.to_owned(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use rusqlite::Connection;

    fn read<T: FromSql>(sql: &str) -> rusqlite::Result<T> {
        let conn = Connection::open_in_memory()?;
        conn.query_row(sql, [], |r| r.get(0))
    }

    #[test]
    fn what_souk_writes_reads_back() -> rusqlite::Result<()> {
        assert_eq!(read::<Money>("SELECT 12345")?, Money::from_centimes(12345));
        assert_eq!(read::<Quantity>("SELECT 350")?, Quantity::from_milli(350));
        assert_eq!(read::<Rate>("SELECT 1500")?, Rate::from_basis_points(1500));
        assert_eq!(read::<Unit>("SELECT 'kg'")?, Unit::Kg);
        assert_eq!(read::<Millis>("SELECT 0")?.0, DateTime::UNIX_EPOCH);
        Ok(())
    }

    #[test]
    fn what_souk_never_writes_is_refused() {
        assert!(read::<Unit>("SELECT 'kilo'").is_err(), "no default unit");
        assert!(
            read::<Unit>("SELECT 'Piece'").is_err(),
            "stored codes are exact"
        );
        assert!(read::<Money>("SELECT '12,50'").is_err());
        assert!(read::<Money>("SELECT 12.5").is_err());
        assert!(read::<Rate>("SELECT 10001").is_err());
        assert!(read::<Rate>("SELECT -1").is_err());
        assert!(read::<Millis>(&format!("SELECT {}", i64::MAX)).is_err());
    }

    #[test]
    fn a_located_error_names_table_row_and_column() -> rusqlite::Result<()> {
        let conn = Connection::open_in_memory()?;
        let err = conn
            .query_row("SELECT 7 AS id, 'kilo' AS unit", [], |row| {
                in_table("products", row, |r| r.get::<_, Unit>(1))
            })
            .err();
        let found = err.as_ref().and_then(damaged);
        assert_eq!(
            found,
            Some(Damaged {
                table: "products",
                row: "7".into(),
                column: "unit".into(),
                found: "\"kilo\"".into(),
                expected: "a unit ('piece' or 'kg')".into(),
            })
        );
        Ok(())
    }
}
