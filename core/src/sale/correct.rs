//! Correcting the ledger without editing it: voids and refunds.
//!
//! A void cancels a sale while its cash session is open (a mistake at the counter) and puts its stock back; the
//! sale stays, marked voided, with its reason. A refund is a new negative sale pointing at
//! the lines it refunds; over all refunds of a line, the quantity and the amounts never
//! exceed what was sold, and a line refunded in full gives back exactly its shares.

use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::{Connection, OptionalExtension, params};

use super::payment::{Method, PaymentRow};
use super::record::{LineValues, insert_line, insert_payments, insert_sale};
use super::{Sale, SaleLine, Status, load, load_by_id};
use crate::audit;
use crate::catalog::{self, StockReason};
use crate::clock::{self, Clock};
use crate::db;
use crate::error::{CatalogError, Error, Result, SaleError};
use crate::money::{Money, Quantity};
use crate::users::{self, Right};

/// What to refund: the whole sale (what is left of it), or part of one line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RefundRequest {
    pub number: String,
    /// Line number as printed on the receipt (from 1) and the quantity to give back.
    pub line: Option<(i64, Option<Quantity>)>,
    pub reason: String,
    /// Who gives the refund; the original cashier when not named.
    pub user_id: Option<i64>,
    /// How the money goes back; the original sale's main method when not named.
    pub method: Option<Method>,
}

/// What has already been refunded of one line.
pub(crate) struct Refunded {
    pub(crate) quantity: Quantity,
    total: Money,
    association: Money,
}

pub(crate) fn refunded(conn: &Connection, line_id: i64) -> Result<Refunded> {
    let mut stmt = conn.prepare_cached(
        "SELECT coalesce(sum(-qty_milli), 0), coalesce(sum(-total_c), 0), coalesce(sum(-association_c), 0) \
         FROM sale_lines WHERE refund_of_line = ?1",
    )?;
    Ok(stmt.query_row([line_id], |r| {
        Ok(Refunded {
            quantity: r.get(0)?,
            total: r.get(1)?,
            association: r.get(2)?,
        })
    })?)
}

pub fn refund(conn: &mut Connection, clock: &dyn Clock, request: &RefundRequest) -> Result<Sale> {
    if request.reason.trim().is_empty() {
        return Err(Error::ReasonRequired);
    }
    crate::text::check(request.reason.trim())?;
    let at = clock.now();
    let id = db::write(conn, |tx| record_refund(tx, at, request))?;
    load_by_id(conn, id)
}

/// Writes a refund inside the caller's transaction and returns its id. The reason is
/// required; `refund` checks it before taking the write lock.
pub fn record_refund(conn: &Connection, at: DateTime<Utc>, request: &RefundRequest) -> Result<i64> {
    crate::timeline::stamp(conn, at)?;
    let original = load(conn, &request.number)?;
    match original.status {
        Status::Voided => return Err(Error::Sale(SaleError::RefundOfVoided(original.number))),
        Status::Refund => return Err(Error::Sale(SaleError::RefundOfRefund(original.number))),
        Status::Completed => {}
    }
    // (line, quantity to give back, what was already given back)
    let mut picked: Vec<(&SaleLine, Quantity, Refunded)> = Vec::new();
    match request.line {
        Some((line_no, quantity)) => {
            let line = original
                .lines
                .iter()
                .find(|l| l.line_no == line_no)
                .ok_or_else(|| {
                    Error::Sale(SaleError::NoSuchLine {
                        number: original.number.clone(),
                        line: line_no,
                    })
                })?;
            let done = refunded(conn, line.id)?;
            let left = line.quantity - done.quantity;
            let quantity = quantity.unwrap_or(left);
            if quantity > left || !left.is_positive() {
                return Err(Error::Sale(SaleError::RefundExceeds {
                    number: original.number.clone(),
                    line: line_no,
                    left: left.plain(line.unit),
                }));
            }
            picked.push((line, quantity, done));
        }
        None => {
            for line in &original.lines {
                let done = refunded(conn, line.id)?;
                let left = line.quantity - done.quantity;
                if left.is_positive() {
                    picked.push((line, left, done));
                }
            }
        }
    }
    if picked.is_empty() {
        return Err(Error::Sale(SaleError::NothingToRefund(original.number)));
    }
    let cashier_id = match request.user_id {
        Some(id) => id,
        None => users::find(conn, &original.cashier)?.map_or(0, |u| u.id),
    };
    users::rights::require(conn, cashier_id, Right::Refund)?;
    let method = request.method.unwrap_or_else(|| {
        original
            .payments
            .iter()
            .max_by_key(|p| p.amount)
            .map_or(Method::Cash, |p| p.method)
    });
    let amounts: Vec<(Money, Money)> = picked
        .iter()
        .map(|(l, q, done)| refund_amounts(l, *q, done))
        .collect();
    let total: Money = amounts.iter().map(|(t, _)| -*t).sum();
    // Every refund goes into the drawer's open session; none open refuses it.
    let session = super::session::require_open(conn)?;
    let (sale_id, _) = insert_sale(
        conn,
        at,
        session,
        cashier_id,
        total,
        Some((original.id, request.reason.trim())),
    )?;
    for (index, ((line, quantity, _), (line_total, association))) in
        picked.iter().zip(&amounts).enumerate()
    {
        let product = product_of_line(conn, line.id)?;
        let line_id = insert_line(
            conn,
            &LineValues {
                sale_id,
                line_no: i64::try_from(index).unwrap_or(0) + 1,
                product: &catalog::Product {
                    sku: line.sku.clone(),
                    name_ar: line.name_ar.clone(),
                    name_fr: line.name_fr.clone(),
                    category: line.category.clone(),
                    unit: line.unit,
                    ..product
                },
                unit_price: line.unit_price,
                quantity: -*quantity,
                discount: Money::ZERO,
                total: -*line_total,
                rate_bp: line.share_rate.basis_points(),
                association: -*association,
                producer: -(*line_total - *association),
                refund_of_line: Some(line.id),
            },
        )?;
        if product_tracks_stock(conn, line.id)? {
            catalog::move_stock(
                conn,
                product.id,
                *quantity,
                StockReason::Refund,
                at,
                Some(line_id),
            )?;
        }
    }
    insert_payments(
        conn,
        sale_id,
        &[PaymentRow {
            method,
            amount: total,
            tendered: None,
            change: Money::ZERO,
        }],
    )?;
    let number: String = conn
        .prepare_cached("SELECT number FROM sales WHERE id = ?1")?
        .query_row([sale_id], |r| r.get(0))?;
    let after = serde_json::json!({ "refund": number, "amount": total.plain(), "reason": request.reason.trim() });
    audit::record(
        conn,
        at,
        &audit::Record::new(cashier_id, audit::Action::Refund, &original.number).after(after),
    )?;
    Ok(sale_id)
}

/// The amount and association share to give back for `quantity` of `line`. The last
/// refund of a line gives back exactly what is left, so the shares net out to zero.
fn refund_amounts(line: &SaleLine, quantity: Quantity, done: &Refunded) -> (Money, Money) {
    let left_total = line.total - done.total;
    let left_association = line.association_share - done.association;
    if quantity == line.quantity - done.quantity {
        return (left_total, left_association);
    }
    let proportional =
        Money::round(line.total.to_decimal() * quantity.to_decimal() / line.quantity.to_decimal());
    let total = proportional.min(left_total);
    let (association, _) = line.share_rate.split(total);
    (total, association.min(left_association))
}

fn product_of_line(conn: &Connection, line_id: i64) -> Result<catalog::Product> {
    let sku: String = conn
        .prepare_cached(
            "SELECT p.sku FROM sale_lines l JOIN products p ON p.id = l.product_id WHERE l.id = ?1",
        )?
        .query_row([line_id], |r| r.get(0))?;
    catalog::find_product(conn, &sku)?.ok_or(Error::Catalog(CatalogError::UnknownProduct(sku)))
}

fn product_tracks_stock(conn: &Connection, line_id: i64) -> Result<bool> {
    Ok(conn
        .prepare_cached("SELECT p.stock_tracked FROM sale_lines l JOIN products p ON p.id = l.product_id WHERE l.id = ?1")?
        .query_row([line_id], |r| r.get(0))?)
}

/// Voids a sale while its cash session is open: it stays in the ledger, marked voided with its reason, and its
/// stock goes back on the shelf.
pub fn void(
    conn: &mut Connection,
    clock: &dyn Clock,
    number: &str,
    reason: &str,
    user_id: Option<i64>,
) -> Result<Sale> {
    if reason.trim().is_empty() {
        return Err(Error::ReasonRequired);
    }
    crate::text::check(reason.trim())?;
    let at = clock.now();
    let id = db::write(conn, |tx| {
        crate::timeline::stamp(tx, at)?;
        let sale = load(tx, number)?;
        let today = clock::business_day(at);
        if let Some(refusal) = void_refusal(tx, &sale, today)? {
            return Err(refusal);
        }
        let user_id = match user_id {
            Some(id) => id,
            None => users::find(tx, &sale.cashier)?.map_or(0, |u| u.id),
        };
        users::rights::require(tx, user_id, Right::Void)?;
        let after = serde_json::json!({ "total": sale.total.plain(), "reason": reason.trim() });
        audit::record(
            tx,
            at,
            &audit::Record::new(user_id, audit::Action::Void, &sale.number).after(after),
        )?;
        tx.prepare_cached(
            "INSERT INTO voids (sale_id, voided_at_ms, business_day, user_id, reason) VALUES (?1, ?2, ?3, ?4, ?5)",
        )?
        .execute(params![sale.id, at.timestamp_millis(), today.to_string(), user_id, reason.trim()])?;
        for line in &sale.lines {
            if product_tracks_stock(tx, line.id)? {
                let product = product_of_line(tx, line.id)?;
                catalog::move_stock(
                    tx,
                    product.id,
                    line.quantity,
                    StockReason::Void,
                    at,
                    Some(line.id),
                )?;
            }
        }
        Ok(sale.id)
    })?;
    load_by_id(conn, id)
}

/// Whether the ledger would let `sale` be voided on `today` (rights aside: whoever voids
/// needs the void right, checked by `void`). The sales screen asks this before it offers
/// a void, so the button and the refusal follow one rule.
pub fn can_void(conn: &Connection, sale: &Sale, today: NaiveDate) -> Result<bool> {
    Ok(void_refusal(conn, sale, today)?.is_none())
}

/// Why `sale` cannot be voided on `today`, or `None` when it can.
fn void_refusal(conn: &Connection, sale: &Sale, today: NaiveDate) -> Result<Option<Error>> {
    match sale.status {
        Status::Voided => {
            return Ok(Some(Error::Sale(SaleError::AlreadyVoided(
                sale.number.clone(),
            ))));
        }
        Status::Refund => {
            return Ok(Some(Error::Sale(SaleError::VoidOfRefund(
                sale.number.clone(),
            ))));
        }
        Status::Completed => {}
    }
    let has_refunds: bool = conn
        .prepare_cached("SELECT EXISTS (SELECT 1 FROM sales WHERE refund_of = ?1)")?
        .query_row([sale.id], |r| r.get(0))?;
    if has_refunds {
        return Ok(Some(Error::Sale(SaleError::VoidOfRefunded(
            sale.number.clone(),
        ))));
    }
    // A void hands the money back from the drawer, so only while the sale's session is
    // open (the session closed, the sale is refunded instead). Sales made before
    // sessions existed keep the old rule: the same business day.
    let session_open: Option<bool> = conn
        .prepare_cached(
            "SELECT c.closed_at_ms IS NULL FROM sales s \
             JOIN cash_sessions c ON c.id = s.session_id WHERE s.id = ?1",
        )?
        .query_row([sale.id], |r| r.get(0))
        .optional()?;
    match session_open {
        Some(true) => {}
        Some(false) => {
            return Ok(Some(Error::Sale(SaleError::VoidSessionClosed {
                number: sale.number.clone(),
            })));
        }
        None if sale.business_day != today => {
            return Ok(Some(Error::Sale(SaleError::VoidTooLate {
                number: sale.number.clone(),
                day: sale.business_day.to_string(),
            })));
        }
        None => {}
    }
    Ok(None)
}
