//! The sales screen's store work, each call a background task: search, read a sale with
//! what is left to refund, refund, void. The rules are the core's; nothing is decided here.

use iced::Task;

use super::{LIMIT, Message};
use crate::Result;
use crate::clock::Clock;
use crate::money::Quantity;
use crate::sale::{self, RefundRequest, Sale, SaleLine, SaleQuery, Status};
use crate::ui::store::Store;

/// A sale as the screen shows it: the sale, and for each line (by receipt line number)
/// the quantity that can still be refunded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Shown {
    pub sale: Sale,
    pub left: Vec<(i64, Quantity)>,
    /// The core would let it be voided now (its cash session still open).
    pub voidable: bool,
}

/// Searches, one more than the list shows, so the screen knows when there are more.
pub fn find(store: &Store, query: SaleQuery, ticket: u64) -> Task<Message> {
    let store = store.clone();
    Task::perform(
        async move {
            store
                .run(move |conn, _| sale::find(conn, &query, LIMIT + 1))
                .await
        },
        move |result| Message::Found(ticket, result),
    )
}

fn load(conn: &rusqlite::Connection, clock: &dyn Clock, number: &str) -> Result<Shown> {
    let sale = sale::load(conn, number)?;
    let left = sale::left_to_refund(conn, &sale)?;
    let voidable = sale::can_void(conn, &sale, crate::clock::business_day(clock.now()))?;
    Ok(Shown {
        sale,
        left,
        voidable,
    })
}

pub fn open(store: &Store, number: String) -> Task<Message> {
    let store = store.clone();
    Task::perform(
        async move {
            store
                .run(move |conn, clock| load(conn, clock, &number))
                .await
        },
        Message::Opened,
    )
}

/// Refunds one line (`Some((line, quantity))`) or all that is left, in the original sale's
/// main payment method, given by `user`.
pub fn refund(
    store: &Store,
    number: String,
    line: Option<(i64, Quantity)>,
    reason: String,
    user: i64,
) -> Task<Message> {
    let store = store.clone();
    let request = RefundRequest {
        number,
        line: line.map(|(line_no, quantity)| (line_no, Some(quantity))),
        reason,
        user_id: Some(user),
        method: None,
    };
    Task::perform(
        async move {
            store
                .run(move |conn, clock| sale::refund(conn, clock, &request))
                .await
        },
        Message::Refunded,
    )
}

pub fn void(store: &Store, number: String, reason: String, user: i64) -> Task<Message> {
    let store = store.clone();
    Task::perform(
        async move {
            store
                .run(move |conn, clock| sale::void(conn, clock, &number, &reason, Some(user)))
                .await
        },
        Message::Voided,
    )
}

impl Shown {
    /// A line of the shown sale and what is left to refund of it.
    pub fn line(&self, line_no: i64) -> Option<(&SaleLine, Quantity)> {
        let line = self.sale.lines.iter().find(|l| l.line_no == line_no)?;
        let left = self
            .left
            .iter()
            .find(|(n, _)| *n == line_no)
            .map_or(Quantity::ZERO, |(_, q)| *q);
        Some((line, left))
    }

    /// Something of the sale can still be refunded.
    pub fn refundable(&self) -> bool {
        self.sale.status == Status::Completed && self.left.iter().any(|(_, q)| q.is_positive())
    }
}
