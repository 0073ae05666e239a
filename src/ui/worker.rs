//! Where the window's slow work runs: never on the window's thread, and never on the
//! executor's few threads either (a printer that stalls for 20 s would hold one, and two
//! such would stop every task, the next sale's save among them). Database work runs on a
//! thread of its own per call; printer traffic goes through one spool thread, one job
//! after another in the order asked, so two receipts never interleave on a printer.

use std::sync::mpsc;

use iced::futures::channel::oneshot;

use crate::{Error, Result};

/// Runs `work` on a new thread and waits for it without blocking the caller's thread.
pub async fn blocking<T: Send + 'static>(work: impl FnOnce() -> T + Send + 'static) -> Result<T> {
    let (tx, rx) = oneshot::channel();
    std::thread::Builder::new()
        .name("souk-work".to_owned())
        .spawn(move || {
            let _ = tx.send(work());
        })
        .map_err(|_| Error::Interrupted)?;
    // A panic in `work` drops the sender: said as interrupted, never a hang.
    rx.await.map_err(|_| Error::Interrupted)
}

type Job = Box<dyn FnOnce() + Send>;

/// The thermal printer's queue: one thread sends one job at a time.
#[derive(Debug, Clone)]
pub struct Spool {
    jobs: mpsc::Sender<Job>,
}

impl Spool {
    pub fn start() -> Spool {
        let (jobs, queue) = mpsc::channel::<Job>();
        // If the thread cannot start, `send` says so for each job (its receiver is gone).
        let _ = std::thread::Builder::new()
            .name("souk-printer".to_owned())
            .spawn(move || {
                for job in queue {
                    job();
                }
            });
        Spool { jobs }
    }

    /// Runs `work` on the spool's thread after the jobs already queued, and waits for it
    /// without blocking the caller's thread.
    pub async fn send<T: Send + 'static>(
        &self,
        work: impl FnOnce() -> T + Send + 'static,
    ) -> Result<T> {
        let (tx, rx) = oneshot::channel();
        self.jobs
            .send(Box::new(move || {
                let _ = tx.send(work());
            }))
            .map_err(|_| Error::Interrupted)?;
        rx.await.map_err(|_| Error::Interrupted)
    }
}
