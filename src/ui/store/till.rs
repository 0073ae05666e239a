//! The till for its screen, through the store: opening it with a float, its X beside the
//! last Z, closing it with a count (then a backup on a connection of its own, so the
//! counter can sell meanwhile), pay-ins, pay-outs, and the X or Z report printed or saved.

use std::path::PathBuf;

use rusqlite::Connection;

use super::{Store, send_paper, write_out};
use crate::Result;
use crate::clock::Clock;

/// Opens the till (a cash session) with the counted float, by the person at the counter.
pub async fn open_till(store: Store, cashier: i64, float: crate::money::Money) -> Result<()> {
    store
        .run(move |conn, clock| crate::cash::open(conn, clock, cashier, float).map(|_| ()))
        .await
}

/// The till as its screen shows it: the open session's X report, the last Z.
#[derive(Debug, Clone)]
pub struct Till {
    pub open: Option<crate::cash::SessionReport>,
    pub last: Option<crate::cash::SessionReport>,
    /// Why the backup made at the till's close failed (the close itself is saved).
    pub backup_failed: Option<crate::Error>,
}

pub async fn till(store: Store) -> Result<Till> {
    store.run(|conn, clock| till_in(conn, clock)).await
}

fn till_in(conn: &Connection, clock: &dyn Clock) -> Result<Till> {
    let crate::cash::Overview { open, last } = crate::cash::overview(conn, clock.now())?;
    Ok(Till {
        open,
        last,
        backup_failed: None,
    })
}

/// Closes the till with the count by denomination; returns the till after it.
pub async fn close_till(store: Store, user: i64, count: crate::cash::Count) -> Result<Till> {
    let till = store
        .run(move |conn, clock| {
            crate::cash::close(conn, clock, user, &crate::cash::Counted::Pieces(count))?;
            till_in(conn, clock)
        })
        .await?;
    // A closed till is a moment worth a backup (#7), into the backup folder if set; made
    // on a connection of its own so the counter can sell meanwhile.
    let backup_failed = store
        .run_apart(|conn, clock| crate::backup::automatic(conn, clock))
        .await
        .err();
    Ok(Till {
        backup_failed,
        ..till
    })
}

/// A pay-in, a pay-out or a drawer opening by whoever acts in the window (the core checks
/// her till right); returns the till after it, its figures counting the movement.
pub async fn till_movement(
    store: Store,
    kind: crate::cash::MovementKind,
    amount: crate::money::Money,
    reason: String,
) -> Result<Till> {
    let user = store.acting()?;
    store
        .run(move |conn, clock| {
            crate::cash::movement(conn, clock, kind, amount, &reason, user)?;
            till_in(conn, clock)
        })
        .await
}

/// Prints the X or Z report on the shop's receipt printer and paper, as receipts print.
pub async fn print_till_report(store: Store, kind: crate::cash::ReportKind) -> Result<()> {
    use crate::receipt::pending;
    let (spec, job) = store
        .run(move |conn, clock| {
            let report = crate::cash::latest(conn, kind, clock.now())?;
            let spec = pending::printer(conn, None)?;
            let paper = pending::paper(conn, None)?;
            Ok((spec, crate::cash::print::job(conn, &report, paper)?))
        })
        .await?;
    send_paper(&store, spec, job).await
}

/// Saves the X or Z report as a PDF into `folder`; returns the file's path.
pub async fn save_till_report(
    store: Store,
    kind: crate::cash::ReportKind,
    folder: PathBuf,
    replace: bool,
) -> Result<PathBuf> {
    let (name, bytes) = store
        .run(move |conn, clock| {
            let report = crate::cash::latest(conn, kind, clock.now())?;
            let shop = crate::receipt::ShopInfo::load(conn)?;
            let name = crate::cash::pdf_name(&report);
            Ok((name, crate::cash::session_pdf(&report, &shop)?))
        })
        .await?;
    write_out(folder.join(name), bytes, replace).await
}
