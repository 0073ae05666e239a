//! The till at a glance, as the window's till screen and `souk session` read it: the open
//! session's X report beside the last Z, and the X or Z report asked for by its kind alone
//! (the open session's, or the last closed one's), with the name its PDF is saved under.

use chrono::{DateTime, Utc};
use rusqlite::Connection;

use super::{ReportKind, SessionReport, last_closed, open_id, report, require_open};
use crate::error::{CashError, Error, Result};

/// The open session's X report and the last closed session's Z, when there are.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Overview {
    pub open: Option<SessionReport>,
    pub last: Option<SessionReport>,
}

/// The till at `at`.
pub fn overview(conn: &Connection, at: DateTime<Utc>) -> Result<Overview> {
    let of = |id: i64| report(conn, id, at);
    Ok(Overview {
        open: open_id(conn)?.map(of).transpose()?,
        last: last_closed(conn)?.map(|s| of(s.id)).transpose()?,
    })
}

/// The X report of the open session, or the Z report of the last closed one: refused,
/// saying which is missing, when there is no such session.
pub fn latest(conn: &Connection, kind: ReportKind, at: DateTime<Utc>) -> Result<SessionReport> {
    let id = match kind {
        ReportKind::X => require_open(conn)?,
        ReportKind::Z => {
            last_closed(conn)?
                .ok_or(Error::Cash(CashError::NoClosedSession))?
                .id
        }
    };
    report(conn, id, at)
}

/// The file a report's PDF is saved as: `souk-session-ID-x.pdf` or `…-z.pdf`.
pub fn pdf_name(report: &SessionReport) -> String {
    let letter = match report.kind {
        ReportKind::X => "x",
        ReportKind::Z => "z",
    };
    format!("souk-session-{}-{letter}.pdf", report.session.id)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;
    use crate::money::Money;

    /// A real shop file with one administrator, and her id.
    fn shop() -> (tempfile::TempDir, Connection, i64) {
        let dir = tempfile::TempDir::new().unwrap();
        let mut conn = crate::db::open(&dir.path().join("till.sqlite")).unwrap();
        let clock = crate::clock::SetClock(at(7));
        let role = crate::users::Role::Admin;
        let admin = crate::users::enrol(&mut conn, &clock, None, "Rachida", role, "2016");
        (dir, conn, admin.unwrap().id)
    }

    fn at(hour: u32) -> DateTime<Utc> {
        chrono::NaiveDate::from_ymd_opt(2026, 3, 2)
            .and_then(|d| d.and_hms_opt(hour, 0, 0))
            .unwrap()
            .and_utc()
    }

    #[test]
    fn a_missing_z_is_named_as_no_closed_session_not_as_no_open_one() {
        let (_dir, conn, _) = shop();
        assert!(matches!(
            latest(&conn, ReportKind::Z, at(9)),
            Err(Error::Cash(CashError::NoClosedSession))
        ));
        assert!(matches!(
            latest(&conn, ReportKind::X, at(9)),
            Err(Error::Cash(CashError::NoOpenSession))
        ));
        let empty = overview(&conn, at(9)).unwrap();
        assert_eq!((empty.open, empty.last), (None, None));
    }

    #[test]
    fn the_overview_shows_the_open_x_beside_the_last_z() {
        let (_dir, conn, admin) = shop();
        super::super::open_in(&conn, at(8), admin, Money::ZERO).unwrap();
        let open = overview(&conn, at(9)).unwrap();
        let x = open.open.unwrap();
        assert_eq!((x.kind, open.last), (ReportKind::X, None));
        assert_eq!(pdf_name(&x), format!("souk-session-{}-x.pdf", x.session.id));
        assert_eq!(latest(&conn, ReportKind::X, at(9)).unwrap(), x);
    }
}
