//! Recording a sale: one transaction that numbers it, copies each product's names, price
//! and share rate onto its lines, stores the payments and moves the stock. Any refusal
//! writes nothing.

use chrono::{DateTime, Datelike, Utc};
use rusqlite::{Connection, params};

use super::payment::{PaymentRow, Tender, settle};
use super::{Sale, load_by_id};
use crate::audit;
use crate::catalog::{self, Product, StockReason};
use crate::clock::{self, Clock};
use crate::db;
use crate::error::{CatalogError, Error, Result, SaleError, UsersError};
use crate::money::{Money, Quantity};
use crate::users::{self, Right};

/// One line of a cart: a product, how much, and a discount on the line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CartLine {
    pub product: Product,
    pub quantity: Quantity,
    pub discount: Money,
}

impl CartLine {
    pub fn gross(&self) -> Money {
        self.quantity.times(self.product.price)
    }

    pub fn total(&self) -> Money {
        self.gross() - self.discount
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewSale {
    pub cashier_id: i64,
    pub lines: Vec<CartLine>,
    pub tenders: Vec<Tender>,
}

impl NewSale {
    pub fn total(&self) -> Money {
        self.lines.iter().map(CartLine::total).sum()
    }
}

/// The setting: the largest discount, in percent of a sale's gross, that a volunteer may
/// give without an administrator.
pub const DISCOUNT_LIMIT_PCT: &str = crate::settings::DISCOUNT_LIMIT_PCT;

/// Records and commits a sale at the clock's instant, then reads it back as stored.
pub fn sell(conn: &mut rusqlite::Connection, clock: &dyn Clock, sale: &NewSale) -> Result<Sale> {
    sell_approved(conn, clock, sale, None)
}

/// As `sell`, with a discount beyond the volunteers' limit approved by `approved_by` (an
/// administrator who entered her PIN for this one sale).
pub fn sell_approved(
    conn: &mut rusqlite::Connection,
    clock: &dyn Clock,
    sale: &NewSale,
    approved_by: Option<i64>,
) -> Result<Sale> {
    let at = clock.now();
    let id = db::write(conn, |tx| record_approved(tx, at, sale, approved_by))?;
    load_by_id(conn, id)
}

/// A sale where no till was opened first (the command line has no float to ask for): it is
/// never turned away for want of a cash session; one is opened with a zero float in the
/// sale's transaction, so a refused sale opens nothing. Returns the session opened, if any,
/// for the seller to be told. The window asks for the counted float instead (`sell`).
pub fn sell_opening_till(
    conn: &mut rusqlite::Connection,
    clock: &dyn Clock,
    sale: &NewSale,
) -> Result<(Sale, Option<i64>)> {
    let at = clock.now();
    let (opened, id) = db::write(conn, |tx| {
        let opened = match super::session::open_id(tx)? {
            Some(_) => None,
            None => Some(super::session::open_in(
                tx,
                at,
                sale.cashier_id,
                Money::ZERO,
            )?),
        };
        Ok((opened, record(tx, at, sale)?))
    })?;
    Ok((load_by_id(conn, id)?, opened))
}

/// Writes a sale inside the caller's transaction and returns its id.
pub fn record(conn: &Connection, at: DateTime<Utc>, sale: &NewSale) -> Result<i64> {
    record_approved(conn, at, sale, None)
}

/// The discount limit for volunteers, in percent.
pub fn discount_limit_pct(conn: &Connection) -> Result<i64> {
    const LIMIT: crate::settings::Whole = crate::settings::DISCOUNT_LIMIT;
    Ok(crate::settings::get(conn, DISCOUNT_LIMIT_PCT)?
        .and_then(|v| v.trim().parse().ok())
        .filter(|p| (LIMIT.min..=LIMIT.max).contains(p))
        .unwrap_or(LIMIT.default))
}

/// Refuses a discount beyond the limit unless its giver may; writes every discount in the
/// audit trail.
fn check_discount(
    conn: &Connection,
    at: DateTime<Utc>,
    sale: &NewSale,
    approved_by: Option<i64>,
    number: &str,
) -> Result<()> {
    let discount: Money = sale.lines.iter().map(|l| l.discount).sum();
    if discount <= Money::ZERO {
        return Ok(());
    }
    let gross: Money = sale.lines.iter().map(CartLine::gross).sum();
    let giver = approved_by.unwrap_or(sale.cashier_id);
    // discount / gross > limit %, in whole centimes: no rounding decides a refusal.
    if discount.centimes() * 100 > gross.centimes() * discount_limit_pct(conn)? {
        users::rights::require(conn, giver, Right::Discount)?;
    }
    let after = serde_json::json!({
        "gross": gross.plain(),
        "discount": discount.plain(),
    });
    Ok(audit::record(
        conn,
        at,
        &audit::Record::new(giver, audit::Action::Discount, number)
            .after(after)
            .operator(Some(sale.cashier_id)),
    )?)
}

/// As `record`, with a discount approved by `approved_by`.
pub fn record_approved(
    conn: &Connection,
    at: DateTime<Utc>,
    sale: &NewSale,
    approved_by: Option<i64>,
) -> Result<i64> {
    crate::timeline::stamp(conn, at)?;
    let session = super::session::require_open(conn)?;
    if sale.lines.is_empty() {
        return Err(Error::Sale(SaleError::EmptyCart));
    }
    let cashier = users::by_id(conn, sale.cashier_id)
        .map_err(|_| Error::Users(UsersError::UnknownUser(sale.cashier_id.to_string())))?;
    if !cashier.active {
        return Err(Error::Users(UsersError::UnknownUser(cashier.name)));
    }
    // The cashier is loaded: her role answers, without reading her again.
    users::rights::allow(conn, &cashier, Right::Sell)?;
    for line in &sale.lines {
        if !line.quantity.is_positive() {
            return Err(Error::parse(
                "quantity",
                crate::money::ParseError::Zero {
                    input: line.quantity.plain(line.product.unit),
                },
            ));
        }
        if line.discount.is_negative() || line.discount > line.gross() {
            return Err(Error::Sale(SaleError::DiscountTooLarge {
                sku: line.product.sku.clone(),
            }));
        }
    }
    let total = sale.total();
    let payments = settle(total, &sale.tenders)?;
    let (sale_id, number) = insert_sale(conn, at, session, cashier.id, total, None)?;
    for (index, line) in sale.lines.iter().enumerate() {
        // The product as it is now in this transaction: price, names and rate are copied.
        let (product, rate) = catalog::product_for_line(conn, line.product.id)?
            .filter(|(p, _)| p.active)
            .ok_or_else(|| {
                Error::Catalog(CatalogError::UnknownProduct(line.product.sku.clone()))
            })?;
        let gross = line.quantity.times(product.price);
        let line_total = gross - line.discount;
        let (association, producer) = rate.split(line_total);
        let line_id = insert_line(
            conn,
            &LineValues {
                sale_id,
                line_no: i64::try_from(index).unwrap_or(i64::MAX - 1) + 1,
                product: &product,
                unit_price: product.price,
                quantity: line.quantity,
                discount: line.discount,
                total: line_total,
                rate_bp: rate.basis_points(),
                association,
                producer,
                refund_of_line: None,
            },
        )?;
        if product.stock_tracked {
            catalog::move_stock(
                conn,
                product.id,
                -line.quantity,
                StockReason::Sale,
                at,
                Some(line_id),
            )?;
        }
    }
    insert_payments(conn, sale_id, &payments)?;
    check_discount(conn, at, sale, approved_by, &number)?;
    Ok(sale_id)
}

/// Inserts the sale row, in the drawer's open `session` (every sale and refund goes into
/// one; the caller found it), with the next gapless number of its local year. Returns its
/// id and number.
pub(super) fn insert_sale(
    conn: &Connection,
    at: DateTime<Utc>,
    session: i64,
    cashier_id: i64,
    total: Money,
    refund: Option<(i64, &str)>,
) -> Result<(i64, String)> {
    let day = clock::business_day(at);
    let year = day.year();
    let seq: i64 = conn
        .prepare_cached("SELECT coalesce(max(seq), 0) + 1 FROM sales WHERE year = ?1")?
        .query_row([year], |r| r.get(0))?;
    let number = format!("{year}-{seq:06}");
    conn.prepare_cached(
        "INSERT INTO sales (year, seq, number, sold_at_ms, business_day, cashier_id, kind, \
         refund_of, reason, total_c, session_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
    )?
    .execute(params![
        year,
        seq,
        number,
        at.timestamp_millis(),
        day.to_string(),
        cashier_id,
        if refund.is_some() { "refund" } else { "sale" },
        refund.map(|r| r.0),
        refund.map(|r| r.1),
        total.centimes(),
        session
    ])?;
    Ok((conn.last_insert_rowid(), number))
}

pub(super) struct LineValues<'a> {
    pub sale_id: i64,
    pub line_no: i64,
    pub product: &'a Product,
    pub unit_price: Money,
    pub quantity: Quantity,
    pub discount: Money,
    pub total: Money,
    pub rate_bp: u32,
    pub association: Money,
    pub producer: Money,
    pub refund_of_line: Option<i64>,
}

pub(super) fn insert_line(conn: &Connection, v: &LineValues<'_>) -> Result<i64> {
    conn.prepare_cached(
        "INSERT INTO sale_lines (sale_id, line_no, product_id, sku, name_ar, name_fr, category, \
         producer_id, unit, unit_price_c, qty_milli, discount_c, total_c, share_rate_bp, \
         association_c, producer_c, refund_of_line) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17)",
    )?
    .execute(params![
        v.sale_id,
        v.line_no,
        v.product.id,
        v.product.sku,
        v.product.name_ar,
        v.product.name_fr,
        v.product.category,
        v.product.producer_id,
        v.product.unit.as_str(),
        v.unit_price.centimes(),
        v.quantity.milli(),
        v.discount.centimes(),
        v.total.centimes(),
        v.rate_bp,
        v.association.centimes(),
        v.producer.centimes(),
        v.refund_of_line
    ])?;
    Ok(conn.last_insert_rowid())
}

pub(super) fn insert_payments(
    conn: &Connection,
    sale_id: i64,
    payments: &[PaymentRow],
) -> Result<()> {
    let mut stmt = conn.prepare_cached(
        "INSERT INTO payments (sale_id, method, amount_c, tendered_c, change_c) VALUES (?1, ?2, ?3, ?4, ?5)",
    )?;
    for p in payments {
        stmt.execute(params![
            sale_id,
            p.method.code(),
            p.amount.centimes(),
            p.tendered.map(Money::centimes),
            p.change.centimes()
        ])?;
    }
    Ok(())
}
