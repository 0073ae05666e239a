//! The statements screen's paper: a preview of her statement or of a payout slip, drawn
//! from the pages the PDF is written from, page by page; printing on the page printer
//! (her statement, the month) and the slip on the receipt printer. Everything is drawn and
//! sent off the window's thread.

use iced::Task;

use super::{Message, Statements};
use crate::Error;
use crate::pdf::Picture;
use crate::pdf::print::PagePrinter;
use crate::receipt::ShopInfo;
use crate::statement::{self, Paper, Payout, Statement};
use crate::ui::paper::Pages;
use crate::ui::store::Store;

/// Pixels per inch of the preview: an A5 page is 583 × 827, its smallest line readable.
pub const PREVIEW_DPI: f32 = 100.0;

/// What the preview shows.
#[derive(Debug, Clone)]
pub struct Preview {
    /// The document's title: the file's name when saved, the job's when printed.
    pub title: String,
    pub pages: Pages,
    /// A payout slip rather than her statement.
    pub slip: Option<Payout>,
}

/// Pictures drawn off the window's thread: what was asked of the panel when they were
/// (see `Statements::asked`), the document's title, its pages, and the payout of a slip.
pub type Drawn = (u64, String, Vec<Picture>, Option<Payout>);

impl Preview {
    pub fn new((_, title, pictures, slip): Drawn) -> Preview {
        Preview {
            title,
            pages: Pages::new(&pictures, 0),
            slip,
        }
    }
}

fn statement_title(s: &Statement) -> String {
    format!("{}-{}", s.month, s.producer)
}

fn slip_title(p: &Payout) -> String {
    format!("versement-{}-{}", p.producer, p.id)
}

/// Draws every page of `s`.
pub fn draw_statement(store: &Store, s: Statement, paper: Paper, asked: u64) -> Task<Message> {
    let store = store.clone();
    Task::perform(
        async move {
            let title = statement_title(&s);
            let pages = store
                .run(move |conn, _| statement::preview::statement(conn, &s, paper, PREVIEW_DPI))
                .await?;
            Ok((asked, title, pages, None))
        },
        Message::Drawn,
    )
}

/// Draws the slip of payout `p`.
pub fn draw_slip(store: &Store, p: Payout, paper: Paper, asked: u64) -> Task<Message> {
    let store = store.clone();
    Task::perform(
        async move {
            let shown = p.clone();
            let page = store
                .run(move |conn, _| statement::preview::slip(conn, &p, paper, PREVIEW_DPI))
                .await?;
            Ok((asked, slip_title(&shown), vec![page], Some(shown)))
        },
        Message::Drawn,
    )
}

/// Sends a document to the shop's page printer.
fn send(
    store: &Store,
    title: String,
    pdf: impl FnOnce(&mut rusqlite::Connection) -> Result<Vec<u8>, Error> + Send + 'static,
) -> Task<Message> {
    let store = store.clone();
    Task::perform(
        async move {
            let (printer, bytes) = store
                .run(move |conn, _| Ok((PagePrinter::of_shop(conn)?, pdf(conn)?)))
                .await?;
            let printed = crate::ui::store::print_pages(printer, title.clone(), bytes).await?;
            Ok((title, printed))
        },
        Message::Printed,
    )
}

impl Statements {
    /// Prints her statement (as stored if issued), the slip previewed, or the whole month.
    pub(super) fn print(&self, store: &Store, what: Printing) -> Task<Message> {
        let paper = self.paper;
        match what {
            Printing::Hers => {
                let Some(s) = self.opened().cloned() else {
                    return Task::none();
                };
                send(store, statement_title(&s), move |conn| {
                    statement::pdf(conn, &s, paper)
                })
            }
            Printing::Slip => {
                let Some(p) = self.slip_shown() else {
                    return Task::none();
                };
                send(store, slip_title(&p), move |conn| {
                    statement::slip_pdf(conn, &p, paper)
                })
            }
            Printing::Month => {
                let list = self.statements().to_vec();
                if list.is_empty() {
                    return Task::none();
                }
                send(store, format!("{}-all", self.month()), move |conn| {
                    statement::month_pdf(&list, &ShopInfo::load(conn)?, paper)
                })
            }
            Printing::SlipTicket => {
                let Some(p) = self.slip_shown() else {
                    return Task::none();
                };
                let store = store.clone();
                Task::perform(
                    async move {
                        // Sent once the database is free: an unplugged printer takes
                        // seconds to refuse.
                        let (spec, job) = store
                            .run(move |conn, _| {
                                use crate::receipt::pending;
                                let spec = pending::printer(conn, None)?;
                                let width = pending::paper(conn, None)?;
                                Ok((spec, statement::slip_ticket::job(conn, &p, width)?))
                            })
                            .await?;
                        crate::ui::store::send_paper(&store, spec, job).await
                    },
                    Message::TicketPrinted,
                )
            }
        }
    }

    /// The payout whose slip is in the preview, else the one just recorded.
    pub(super) fn slip_shown(&self) -> Option<Payout> {
        self.preview
            .as_ref()
            .and_then(|p| p.slip.clone())
            .or_else(|| self.last_payout.clone())
    }
}

/// What to print.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Printing {
    /// Her statement on the page printer.
    Hers,
    /// The payout slip on the page printer.
    Slip,
    /// The payout slip on the receipt printer.
    SlipTicket,
    /// Every statement of the month, one document.
    Month,
}
