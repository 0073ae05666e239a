//! Printing through the store without holding it: a sale's receipt queued and drawn under
//! the connection, sent on the printer's spool thread without it, its outcome recorded
//! under it again; waiting receipts tried again; other papers sent on the spool.

use std::sync::Arc;

use rusqlite::Connection;

use super::Store;
use crate::error::ReceiptError;
use crate::{Error, Result, sale};

/// Sends a paper that is not a sale's receipt (a report, a slip, tags, a test page) on the
/// printer's spool thread: printed, or why not.
pub async fn send_paper(
    store: &Store,
    spec: crate::receipt::printer::PrinterSpec,
    job: crate::receipt::printer::Job,
) -> Result<()> {
    store
        .spool(move || crate::receipt::printer::send(&spec, &job))
        .await
}

/// What printing a sale's receipt came to, with the picture it printed (the counter's
/// preview is exactly the printed raster).
#[derive(Debug, Clone)]
pub struct Printed {
    pub number: String,
    pub preview: Arc<crate::receipt::Bitmap>,
    /// `None` when no printer is set: the preview is all there is, nothing was printed.
    pub outcome: Option<Result<(), crate::Error>>,
}

/// Prints a sale's receipt on the shop's printer (original, opening the drawer for cash
/// when the shop wants it; or a duplicate), after the sale was committed: queued and drawn
/// under the connection, sent on the spool thread without it, recorded under it again.
pub async fn print(store: Store, number: String, copy: crate::receipt::Copy) -> Result<Printed> {
    use crate::receipt::pending;
    enum Step {
        Send(pending::Prepared),
        Shown(crate::receipt::Bitmap, Option<Error>),
    }
    let wanted = number.clone();
    let step = store
        .run(move |conn, clock| {
            let paper = pending::paper(conn, None)?;
            // Without a printer, or with one that cannot be read, the picture is drawn for
            // the screen alone and nothing is queued as printed.
            let drawn = |conn: &Connection| -> Result<crate::receipt::Bitmap> {
                let sale = sale::load(conn, &wanted)?;
                Ok(pending::job_for(conn, &sale, paper, copy, false)?.bitmap)
            };
            match pending::printer(conn, None) {
                Err(Error::Receipt(ReceiptError::NoPrinter)) => Ok(Step::Shown(drawn(conn)?, None)),
                Err(error) => Ok(Step::Shown(drawn(conn)?, Some(error))),
                Ok(spec) => {
                    let drawer = matches!(copy, crate::receipt::Copy::Original);
                    let prepared =
                        pending::prepare_sale(conn, clock, &wanted, &spec, paper, copy, drawer)?;
                    Ok(Step::Send(prepared))
                }
            }
        })
        .await?;
    let prepared = match step {
        Step::Shown(bitmap, error) => {
            return Ok(Printed {
                number,
                preview: Arc::new(bitmap),
                outcome: error.map(Err),
            });
        }
        Step::Send(prepared) => prepared,
    };
    let preview = Arc::new(prepared.job.bitmap.clone());
    let sending = prepared.clone();
    let sent = store.spool(move || Ok(pending::send(&sending))).await?;
    let outcome = store
        .run(move |conn, clock| Ok(pending::record(conn, clock, prepared, sent).map(|_| ())))
        .await?;
    Ok(Printed {
        number,
        preview,
        outcome: Some(outcome),
    })
}

/// Each retried receipt's number and how it went.
pub type Retried = Vec<(String, Result<()>)>;

/// Tries the waiting receipts of `numbers` again on the shop's printer, one after the
/// other on the spool: each one's number and how it went.
pub async fn retry_receipts(store: Store, numbers: Vec<String>) -> Result<Retried> {
    use crate::receipt::pending;
    let mut outcomes = Vec::with_capacity(numbers.len());
    for number in numbers {
        let wanted = number.clone();
        let prepared = store
            .run(move |conn, _| {
                let paper = pending::paper(conn, None)?;
                let spec = pending::printer(conn, None)?;
                let job = pending::pending(conn)?
                    .into_iter()
                    .find(|job| job.number == wanted);
                // Printed meanwhile (from the history, or the command line): nothing to do.
                job.map(|job| pending::prepare_retry(conn, &job, Some(&spec), paper))
                    .transpose()
            })
            .await;
        let outcome = match prepared {
            Ok(None) => Ok(()),
            Ok(Some(prepared)) => {
                let sending = prepared.clone();
                let sent = store.spool(move || Ok(pending::send(&sending))).await?;
                store
                    .run(move |conn, clock| {
                        Ok(pending::record(conn, clock, prepared, sent).map(|_| ()))
                    })
                    .await?
            }
            Err(error) => Err(error),
        };
        outcomes.push((number, outcome));
    }
    Ok(outcomes)
}
