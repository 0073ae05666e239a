//! The demo shop: fills an empty database with a realistic shop, the same for the same seed.
//!
//! It owns the demo's story only: which producers and products (the embedded CSV files),
//! who works at the counter (a till opened each morning with 500 DH and counted each
//! evening, today's left open), the rhythm of a year of sales in Rabat (quiet weekdays,
//! busier weekends, the rush before each Eid, a few holidays, refunds a few days later), and
//! the treasurer's month: on the first working day of a month, before the till opens, the
//! past month's statements are issued and each producer is paid, most in full, in cash or
//! by transfer. Nothing is dated after the clock's now: today's day stops there.
//! It owns none of the ledger's rules: the catalogue goes through the CSV import, and every
//! sale, refund and stock intake through the core (`sale::record`, `sale::record_refund`,
//! `catalog::move_stock`), so the demo data passes `souk check` like any real shop's.

use std::collections::BTreeMap;

use chrono::{DateTime, Datelike, Duration, Months, NaiveDate, NaiveTime, Timelike, Utc, Weekday};
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use rusqlite::{Connection, TransactionBehavior};

use crate::cash;
use crate::catalog::{self, Product, StockReason, import};
use crate::clock;
use crate::error::{Error, Result};
use crate::money::{Money, ParseError, Quantity, Unit};
use crate::sale::{self, CartLine, Method, NewSale, RefundRequest, Tender};
use crate::users::{self, Role};

const PRODUCERS_CSV: &[u8] = include_bytes!("../../assets/demo/producers.csv");
const PRODUCTS_CSV: &[u8] = include_bytes!("../../assets/demo/products.csv");

/// The most months of sales a demo makes: ten years.
pub const MAX_MONTHS: u32 = 120;

/// The demo's people and their PINs (the README lists them): known PINs are fine for a
/// demo shop and nowhere else.
const ADMIN: (&str, &str) = ("admin", "2016");
const VOLUNTEERS: [(&str, &str); 3] = [("Amina", "1111"), ("Fatima", "2222"), ("Khadija", "3333")];
const CATEGORIES: [&str; 6] = [
    "pastries",
    "cooking",
    "sewing",
    "embroidery",
    "crafts",
    "decor",
];
/// The feasts' dates in Morocco (the day after the new moon is sighted).
const EID_AL_FITR: &str = "2023-04-21 2024-04-10 2025-03-31 2026-03-20 2027-03-10 2028-02-27";
const EID_AL_ADHA: &str = "2023-06-28 2024-06-16 2025-06-07 2026-05-27 2027-05-17 2028-05-05";
/// Days before an Eid when the shop is much busier.
const RUSH_DAYS: i64 = 10;
/// The float counted into the drawer each morning.
const FLOAT_DH: i64 = 500;
/// Share of sales refunded, in thousandths.
const REFUNDS_PER_THOUSAND: u32 = 10;
const REFUND_REASONS: [&str; 5] = [
    "Taille ne convient pas",
    "Article abîmé",
    "Erreur de caisse",
    "Cadeau en double",
    "الزبونة غيرت رأيها",
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DemoOptions {
    /// Months of sales ending today; 0 makes the catalogue and the users only.
    pub months: u32,
    pub seed: u64,
}

/// What the demo made. With `months` 0, `first_day` and `last_day` are both today.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DemoSummary {
    pub producers: usize,
    pub products: usize,
    /// Each person with her PIN.
    pub users: Vec<(String, String)>,
    /// Sales, not counting refunds.
    pub sales: usize,
    pub refunds: usize,
    /// Statements issued, one per producer and ended month.
    pub statements: usize,
    /// Payouts made against those statements.
    pub payouts: usize,
    pub first_day: NaiveDate,
    pub last_day: NaiveDate,
}

/// Fills an EMPTY database (no producers, products, users or sales) with a demo shop, marked
/// as a demo's (see [`crate::dbkind`]): the catalogue, an administrator and three
/// volunteers, the sales of the `months` months ending at `now` (first day: today minus
/// `months` months, plus a day), each ended month's statements and payouts. Nothing is
/// dated after `now`. The same seed and `now` give the same data.
///
/// # Errors
/// `Error::DemoNeedsEmptyDatabase` when the database is not empty, with nothing written;
/// `Error::Parse` when `months` exceeds `MAX_MONTHS`; any error of the core. Everything is written
/// in one transaction: a demo is all there or not at all.
pub fn generate(
    conn: &mut Connection,
    options: &DemoOptions,
    now: DateTime<Utc>,
) -> Result<DemoSummary> {
    let today = clock::business_day(now);
    if options.months > MAX_MONTHS {
        let error = ParseError::TooLarge {
            input: options.months.to_string(),
            max: MAX_MONTHS.to_string(),
        };
        return Err(Error::parse("months", error));
    }
    if !is_empty(conn)? {
        return Err(Error::DemoNeedsEmptyDatabase);
    }
    let first_day = first_day(today, options.months);
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    crate::dbkind::mark(&tx, crate::dbkind::Kind::Demo)?;
    let producers = import::import_producers_in(&tx, PRODUCERS_CSV)?.added;
    let products =
        import::import_products_in(&tx, PRODUCTS_CSV, clock::start_of_day(first_day))?.added;
    let staff = Staff::add(&tx, clock::start_of_day(first_day))?;
    let mut shop = Shop::new(&tx, staff, options.seed, now)?;
    if options.months > 0 {
        for day in first_day.iter_days().take_while(|d| *d <= today) {
            shop.open(day)?;
        }
    }
    let (sales, refunds) = (shop.sales, shop.refunds);
    let (statements, payouts) = (shop.statements, shop.payouts);
    tx.commit()?;
    let users = std::iter::once(ADMIN)
        .chain(VOLUNTEERS)
        .map(|(name, pin)| (name.to_owned(), pin.to_owned()))
        .collect();
    Ok(DemoSummary {
        producers,
        products,
        users,
        sales,
        refunds,
        statements,
        payouts,
        first_day,
        last_day: today,
    })
}

fn is_empty(conn: &Connection) -> Result<bool> {
    let sql = "SELECT NOT (EXISTS (SELECT 1 FROM producers) OR EXISTS (SELECT 1 FROM products) \
               OR EXISTS (SELECT 1 FROM users) OR EXISTS (SELECT 1 FROM sales))";
    Ok(conn.query_row(sql, [], |r| r.get(0))?)
}

/// Today minus `months` months, plus a day; today itself when `months` is 0.
fn first_day(today: NaiveDate, months: u32) -> NaiveDate {
    today
        .checked_sub_months(Months::new(months))
        .and_then(|d| d.succ_opt())
        .filter(|d| *d <= today)
        .unwrap_or(today)
}

/// Where a day stands in the shop's year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Season {
    Ordinary,
    /// Days before Eid al-Fitr (1 = the eve): pastries above all.
    BeforeFitr(i64),
    /// Days before Eid al-Adha: clothes for the feast, cooking, decor.
    BeforeAdha(i64),
}

fn eid_dates(table: &str) -> impl Iterator<Item = NaiveDate> + '_ {
    table.split_whitespace().filter_map(|d| d.parse().ok())
}

fn days_before(day: NaiveDate, table: &str) -> Option<i64> {
    eid_dates(table)
        .map(|eid| (eid - day).num_days())
        .find(|d| (1..=RUSH_DAYS).contains(d))
}

impl Season {
    fn of(day: NaiveDate) -> Season {
        if let Some(d) = days_before(day, EID_AL_FITR) {
            Season::BeforeFitr(d)
        } else if let Some(d) = days_before(day, EID_AL_ADHA) {
            Season::BeforeAdha(d)
        } else {
            Season::Ordinary
        }
    }

    /// Weights of `CATEGORIES` in a basket.
    fn category_weights(self) -> [u32; 6] {
        match self {
            Season::Ordinary => [30, 22, 12, 10, 14, 12],
            Season::BeforeFitr(_) => [75, 10, 6, 3, 3, 3],
            Season::BeforeAdha(_) => [20, 25, 25, 10, 10, 10],
        }
    }

    /// How busy the day is, in percent of an ordinary weekday: up to triple on an Eid's eve.
    fn busyness(self, day: NaiveDate) -> u32 {
        let weekend = if matches!(day.weekday(), Weekday::Sat | Weekday::Sun) {
            150
        } else {
            100
        };
        let rush = match self {
            Season::Ordinary => 100,
            Season::BeforeFitr(d) | Season::BeforeAdha(d) => {
                180 + 15 * u32::try_from(RUSH_DAYS - d).unwrap_or(0)
            }
        };
        weekend * rush / 100
    }
}

/// New Year, Labour Day, Throne Day, Independence Day, and each Eid with the day after.
fn is_holiday(day: NaiveDate) -> bool {
    let fixed = [(1, 1), (5, 1), (7, 30), (11, 18)];
    fixed.contains(&(day.month(), day.day()))
        || eid_dates(EID_AL_FITR)
            .chain(eid_dates(EID_AL_ADHA))
            .any(|eid| day == eid || day.pred_opt() == Some(eid))
}

/// The people at the counter: the administrator gives refunds, volunteers sell in shifts.
struct Staff {
    admin: i64,
    volunteers: Vec<i64>,
}

impl Staff {
    fn add(conn: &Connection, at: DateTime<Utc>) -> Result<Staff> {
        let admin = users::add(conn, ADMIN.0, Role::Admin)?.id;
        users::pin::set_pin(conn, at, admin, admin, ADMIN.1)?;
        let volunteers = VOLUNTEERS
            .iter()
            .map(|(name, pin)| {
                let id = users::add(conn, name, Role::Volunteer)?.id;
                users::pin::set_pin(conn, at, admin, id, pin)?;
                Ok(id)
            })
            .collect::<Result<_>>()?;
        Ok(Staff { admin, volunteers })
    }

    /// The volunteers take turns: one in the morning, another after 15:00.
    fn cashier(&self, day: NaiveDate, time: NaiveTime) -> i64 {
        let shift = usize::from(time.hour() >= 15);
        let turn = usize::try_from(day.num_days_from_ce()).unwrap_or(0) + shift;
        self.volunteers
            .get(turn % self.volunteers.len().max(1))
            .copied()
            .unwrap_or(self.admin)
    }
}

/// A refund waiting for its moment.
struct PlannedRefund {
    time: NaiveTime,
    request: RefundRequest,
}

/// The shop as the demo runs it: the catalogue loaded once, stock mirrored in memory.
struct Shop<'c> {
    conn: &'c Connection,
    rng: ChaCha8Rng,
    /// The till's own chance (pay-outs, short counts), so the sales stay those of the seed.
    till_rng: ChaCha8Rng,
    staff: Staff,
    last_day: NaiveDate,
    /// Nothing is recorded after this instant.
    now: DateTime<Utc>,
    /// The first month with sales, and the last whose statements are issued.
    first_month: Option<NaiveDate>,
    settled_through: Option<NaiveDate>,
    shelf: Vec<Product>,
    /// Stock of each product of `shelf`, in thousandths, as the database has it.
    stock: Vec<i64>,
    /// Indexes into `shelf` for each of `CATEGORIES`.
    by_category: Vec<Vec<usize>>,
    /// Refunds to record, by the day they happen.
    planned: BTreeMap<NaiveDate, Vec<PlannedRefund>>,
    sales: usize,
    refunds: usize,
    statements: usize,
    payouts: usize,
}

impl<'c> Shop<'c> {
    fn new(conn: &'c Connection, staff: Staff, seed: u64, now: DateTime<Utc>) -> Result<Shop<'c>> {
        let shelf: Vec<Product> = catalog::products(conn)?
            .into_iter()
            .filter(|p| p.active)
            .collect();
        let by_category = CATEGORIES.iter().map(|c| in_category(&shelf, c)).collect();
        let mut shop = Shop {
            conn,
            rng: ChaCha8Rng::seed_from_u64(seed),
            till_rng: ChaCha8Rng::seed_from_u64(seed ^ 0x7111),
            staff,
            last_day: clock::business_day(now),
            now,
            first_month: None,
            settled_through: None,
            stock: Vec::new(),
            by_category,
            shelf,
            planned: BTreeMap::new(),
            sales: 0,
            refunds: 0,
            statements: 0,
            payouts: 0,
        };
        shop.reload_stock()?;
        Ok(shop)
    }

    /// Reads the stock back from the database (after a refund put some back).
    fn reload_stock(&mut self) -> Result<()> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT stock_milli FROM products WHERE id = ?1")?;
        self.stock = self
            .shelf
            .iter()
            .map(|p| stmt.query_row([p.id], |r| r.get(0)))
            .collect::<rusqlite::Result<_>>()?;
        Ok(())
    }

    /// Whether `time` of `day` has come by the demo's now.
    fn reached(&self, day: NaiveDate, time: NaiveTime) -> bool {
        clock::from_local(day.and_time(time)) <= self.now
    }

    /// One business day, in time order: the past month settled before the till opens, the
    /// till opened in the morning, its sales, refunds and drawer movements, the drawer
    /// counted and closed in the evening (today's stays open, and stops at now).
    fn open(&mut self, day: NaiveDate) -> Result<()> {
        if is_holiday(day) {
            return Ok(());
        }
        self.first_month.get_or_insert(month_of(day));
        self.settle_past_month(day)?;
        let morning = at_hour(9) + Duration::minutes(45);
        if !self.reached(day, morning) {
            return Ok(());
        }
        let opener = self.staff.cashier(day, at_hour(10));
        cash::open_in(
            self.conn,
            clock::from_local(day.and_time(morning)),
            opener,
            Money::from_dirhams(FLOAT_DH),
        )?;
        let mut extras = Some(at_hour(16));
        for time in self.sale_times(day) {
            if !self.reached(day, time) {
                break;
            }
            self.catch_up(day, time, &mut extras)?;
            self.sell(day, time)?;
        }
        let evening = at_hour(20) + Duration::minutes(15);
        let until = if self.reached(day, evening) {
            evening
        } else {
            clock::local(self.now).time() + Duration::seconds(1)
        };
        self.catch_up(day, until, &mut extras)?;
        if day < self.last_day {
            self.close_till(day)?;
        }
        Ok(())
    }

    /// Records what was due before `until`: the planned refunds, and the drawer's extras
    /// at their hour.
    fn catch_up(
        &mut self,
        day: NaiveDate,
        until: NaiveTime,
        extras: &mut Option<NaiveTime>,
    ) -> Result<()> {
        if let Some(at) = extras.filter(|at| *at < until) {
            self.refunds_until(day, Some(at))?;
            self.till_extras(day, at)?;
            *extras = None;
        }
        self.refunds_until(day, Some(until))
    }

    /// On the first working day of a month, at 9:00 before the till opens: the past month's
    /// statements issued, then each producer paid what her statement says is owed (most in
    /// full, a few in part or next time), in cash from the association's safe or by transfer.
    fn settle_past_month(&mut self, day: NaiveDate) -> Result<()> {
        let month = month_of(day);
        let Some(past) = month.checked_sub_months(Months::new(1)) else {
            return Ok(());
        };
        let first = self.first_month.unwrap_or(month);
        let from = match self.settled_through {
            Some(done) => done.checked_add_months(Months::new(1)).unwrap_or(month),
            None => first,
        };
        let at = at_hour(9);
        if from > past || !self.reached(day, at) {
            return Ok(());
        }
        let mut when = clock::from_local(day.and_time(at));
        let mut due = Vec::new();
        for m in from.iter_days().filter(|d| d.day() == 1 && *d <= past) {
            let issued =
                crate::statement::issue_in(self.conn, when, m.year(), m.month(), self.staff.admin)?;
            self.statements += issued.len();
            due = issued;
            when += Duration::seconds(30);
        }
        self.settled_through = Some(past);
        for s in due.iter().filter(|s| s.closing > Money::ZERO) {
            let owed = s
                .closing
                .min(crate::statement::balance(self.conn, s.producer_id)?);
            let amount = match self.till_rng.random_range(0..100) {
                // Away this month: paid with the next statement.
                0..5 => continue,
                // Asked for part now, the rest later, in round dirhams.
                5..15 => Money::from_dirhams((owed.centimes() / 200).max(1)),
                _ => owed,
            };
            if amount <= Money::ZERO || amount > owed {
                continue;
            }
            // Most take cash from the safe; large sums and a few women go to a bank account.
            let method = if amount > Money::from_dirhams(5_000) || self.till_rng.random_ratio(1, 4)
            {
                crate::statement::PayoutMethod::Transfer
            } else {
                crate::statement::PayoutMethod::Cash
            };
            when += Duration::seconds(20);
            crate::statement::record_payout(
                self.conn,
                when,
                &crate::statement::NewPayout {
                    producer: &s.producer,
                    amount,
                    method,
                    user_id: self.staff.admin,
                    advance: false,
                    note: None,
                },
            )?;
            self.payouts += 1;
        }
        Ok(())
    }

    /// Now and then paper rolls bought from the drawer, or the drawer opened for change.
    fn till_extras(&mut self, day: NaiveDate, time: NaiveTime) -> Result<()> {
        let at = clock::from_local(day.and_time(time));
        let volunteer = self.staff.cashier(day, at_hour(16));
        if self.till_rng.random_ratio(1, 20) {
            let paper = Money::from_dirhams(35);
            let kind = cash::MovementKind::PayOut;
            cash::movement_in(
                self.conn,
                at,
                kind,
                paper,
                "Rouleaux de papier",
                self.staff.admin,
            )?;
        }
        if self.till_rng.random_ratio(1, 10) {
            let kind = cash::MovementKind::Drawer;
            let reason = "Monnaie pour une cliente";
            cash::movement_in(self.conn, at, kind, Money::ZERO, reason, volunteer)?;
        }
        Ok(())
    }

    /// The evening count: what the drawer should hold, to the coin, now and then a few
    /// dirhams short.
    fn close_till(&mut self, day: NaiveDate) -> Result<()> {
        let session = cash::require_open(self.conn)?;
        let expected = cash::report(self.conn, session, clock::start_of_day(day))?
            .cash
            .expected;
        let short = if self.till_rng.random_ratio(1, 15) {
            Money::from_dirhams([1, 2, 5, 10][self.till_rng.random_range(0..4)])
        } else {
            Money::ZERO
        };
        let count = cash::Count::greedy(expected - short);
        let evening = day.and_time(at_hour(20) + Duration::minutes(15));
        let closer = self.staff.cashier(day, at_hour(18));
        cash::close_in(
            self.conn,
            clock::from_local(evening),
            closer,
            &cash::Counted::Pieces(count),
        )?;
        Ok(())
    }

    /// Sorted sale times between 10:00 and 20:00, with an evening rush.
    fn sale_times(&mut self, day: NaiveDate) -> Vec<NaiveTime> {
        let count = self.rng.random_range(15..=28) * Season::of(day).busyness(day) / 100;
        let mut seconds: Vec<u32> = (0..count)
            .map(|_| {
                let from = if self.rng.random_bool(0.3) { 17 } else { 10 };
                self.rng.random_range(from * 3600..20 * 3600)
            })
            .collect();
        seconds.sort_unstable();
        seconds
            .into_iter()
            .filter_map(|s| NaiveTime::from_num_seconds_from_midnight_opt(s, 0))
            .collect()
    }

    /// Records the day's refunds planned before `until` (all of them when `None`).
    fn refunds_until(&mut self, day: NaiveDate, until: Option<NaiveTime>) -> Result<()> {
        let Some(planned) = self.planned.get_mut(&day) else {
            return Ok(());
        };
        planned.sort_by_key(|r| r.time);
        let due = planned.partition_point(|r| until.is_none_or(|t| r.time < t));
        let due: Vec<PlannedRefund> = planned.drain(..due).collect();
        for refund in &due {
            sale::record_refund(
                self.conn,
                clock::from_local(day.and_time(refund.time)),
                &refund.request,
            )?;
            self.refunds += 1;
        }
        if !due.is_empty() {
            self.reload_stock()?;
        }
        Ok(())
    }

    fn sell(&mut self, day: NaiveDate, time: NaiveTime) -> Result<()> {
        let lines = self.basket(day)?;
        let tenders = self.tenders(lines.iter().map(CartLine::total).sum());
        let sale = NewSale {
            cashier_id: self.staff.cashier(day, time),
            lines,
            tenders,
        };
        let id = sale::record(self.conn, clock::from_local(day.and_time(time)), &sale)?;
        self.sales += 1;
        if self.rng.random_ratio(REFUNDS_PER_THOUSAND, 1000) {
            self.plan_refund(id, &sale.lines, day, time)?;
        }
        Ok(())
    }

    /// One to four different products, taken from stock (restocked when short).
    fn basket(&mut self, day: NaiveDate) -> Result<Vec<CartLine>> {
        let weights = Season::of(day).category_weights();
        let wanted = 1 + pick_weighted(&mut self.rng, &[50, 30, 14, 6]);
        let mut lines: Vec<CartLine> = Vec::with_capacity(wanted);
        for _ in 0..wanted {
            let category = pick_weighted(&mut self.rng, &weights);
            let Some(choices) = self.by_category.get(category).filter(|c| !c.is_empty()) else {
                continue;
            };
            let index = choices[self.rng.random_range(0..choices.len())];
            let product = &self.shelf[index];
            if lines.iter().any(|l| l.product.id == product.id) {
                continue;
            }
            let product = product.clone();
            let quantity = self.quantity(&product);
            self.take_stock(index, quantity, day)?;
            let discount = self.discount(quantity.times(product.price));
            lines.push(CartLine {
                product,
                quantity,
                discount,
            });
        }
        Ok(lines)
    }

    /// Pastries by weight (250 g to 1.5 kg), cheap pieces by the half-dozen, the rest mostly one.
    fn quantity(&mut self, product: &Product) -> Quantity {
        let pieces = match (product.unit, product.price.centimes()) {
            (Unit::Kg, _) => return Quantity::from_milli(self.rng.random_range(250..=1500)),
            (Unit::Piece, ..1000) => self.rng.random_range(2..=12),
            (Unit::Piece, ..5000) if self.rng.random_bool(0.3) => self.rng.random_range(2..=4),
            _ if self.rng.random_bool(0.05) => 2,
            _ => 1,
        };
        Quantity::pieces(pieces)
    }

    /// A rare small discount: 5 or 10 % of the line, in whole dirhams.
    fn discount(&mut self, gross: Money) -> Money {
        if gross < Money::from_dirhams(20) || !self.rng.random_ratio(2, 100) {
            return Money::ZERO;
        }
        let percent = if self.rng.random_bool(0.5) { 5 } else { 10 };
        Money::from_dirhams((gross.centimes() * percent / 10_000).max(1))
    }

    /// Takes sold stock off the mirror; a producer brings a batch (in the morning) when short.
    fn take_stock(&mut self, index: usize, quantity: Quantity, day: NaiveDate) -> Result<()> {
        let product = &self.shelf[index];
        if !product.stock_tracked {
            return Ok(());
        }
        let short = quantity.milli() - self.stock[index];
        if short > 0 {
            let batch: i64 = if product.unit == Unit::Kg {
                5_000
            } else {
                10_000
            };
            let intake = Quantity::from_milli((short + batch - 1) / batch * batch);
            let morning = clock::from_local(day.and_time(at_hour(9) + Duration::minutes(30)));
            catalog::move_stock(
                self.conn,
                product.id,
                intake,
                StockReason::Intake,
                morning,
                None,
            )?;
            self.stock[index] += intake.milli();
        }
        self.stock[index] -= quantity.milli();
        Ok(())
    }

    /// Mostly cash with notes and change, some card (not for a few dirhams), few transfers
    /// (large amounts), now and then a split between a note and a card.
    fn tenders(&mut self, total: Money) -> Vec<Tender> {
        match self.rng.random_range(0..100) {
            0..4 if total > Money::from_dirhams(50) => {
                let notes = [50, 100, 200].map(Money::from_dirhams);
                let fitting = notes.iter().filter(|n| **n < total).count();
                let cash = notes[self.rng.random_range(0..fitting)];
                vec![
                    tender(Method::Cash, cash),
                    tender(Method::Card, total - cash),
                ]
            }
            4..7 if total >= Money::from_dirhams(200) => vec![tender(Method::Transfer, total)],
            7..27 if total >= Money::from_dirhams(30) => vec![tender(Method::Card, total)],
            _ => vec![tender(Method::Cash, self.cash_handed(total))],
        }
    }

    /// What a customer hands over: coins to the next dirham, or notes of 10 to 200.
    fn cash_handed(&mut self, total: Money) -> Money {
        let steps = [100, 1_000, 2_000, 5_000, 10_000, 20_000];
        let step = steps[pick_weighted(&mut self.rng, &[20, 10, 20, 20, 20, 10])];
        Money::from_centimes((total.centimes() + step - 1) / step * step)
    }

    /// Plans a refund 0 to 3 days later, never after the last day nor on a holiday.
    fn plan_refund(
        &mut self,
        sale_id: i64,
        lines: &[CartLine],
        day: NaiveDate,
        time: NaiveTime,
    ) -> Result<()> {
        let delay = self.rng.random_range(0..=3);
        let when = day + Duration::days(delay);
        let at = if delay == 0 {
            time + Duration::minutes(self.rng.random_range(10..=90))
        } else {
            at_hour(10) + Duration::seconds(self.rng.random_range(0..10 * 3600))
        };
        // Never after the evening count: a refund goes into an open till.
        let late = at > at_hour(20);
        if when > self.last_day || is_holiday(when) || (delay == 0 && at <= time) || late {
            return Ok(());
        }
        let number: String = self
            .conn
            .prepare_cached("SELECT number FROM sales WHERE id = ?1")?
            .query_row([sale_id], |r| r.get(0))?;
        let line = self.refund_line(lines);
        let reason = REFUND_REASONS[self.rng.random_range(0..REFUND_REASONS.len())].to_owned();
        let request = RefundRequest {
            number,
            line,
            reason,
            user_id: Some(self.staff.admin),
            method: None,
        };
        self.planned
            .entry(when)
            .or_default()
            .push(PlannedRefund { time: at, request });
        Ok(())
    }

    /// Half the time the whole sale (`None`); otherwise part of one line.
    fn refund_line(&mut self, lines: &[CartLine]) -> Option<(i64, Option<Quantity>)> {
        if lines.is_empty() || self.rng.random_bool(0.5) {
            return None;
        }
        let pick = self.rng.random_range(0..lines.len());
        let sold = lines[pick].quantity.milli();
        let milli = match lines[pick].product.unit {
            Unit::Kg => self.rng.random_range(sold / 4..=sold * 3 / 4).max(1),
            Unit::Piece if sold > 1_000 => self.rng.random_range(1..sold / 1_000) * 1_000,
            Unit::Piece => sold,
        };
        Some((
            i64::try_from(pick).unwrap_or(0) + 1,
            Some(Quantity::from_milli(milli)),
        ))
    }
}

/// Indexes of `shelf`'s products of a category.
fn in_category(shelf: &[Product], category: &str) -> Vec<usize> {
    shelf
        .iter()
        .enumerate()
        .filter(|(_, p)| p.category == category)
        .map(|(i, _)| i)
        .collect()
}

fn tender(method: Method, amount: Money) -> Tender {
    Tender { method, amount }
}

/// The first day of the month of `day`.
fn month_of(day: NaiveDate) -> NaiveDate {
    day.with_day(1).unwrap_or(day)
}

fn at_hour(hour: u32) -> NaiveTime {
    NaiveTime::from_hms_opt(hour, 0, 0).unwrap_or(NaiveTime::MIN)
}

/// An index drawn with the given weights.
fn pick_weighted(rng: &mut ChaCha8Rng, weights: &[u32]) -> usize {
    let total: u32 = weights.iter().sum();
    let mut roll = rng.random_range(0..total.max(1));
    for (index, weight) in weights.iter().enumerate() {
        if roll < *weight {
            return index;
        }
        roll -= weight;
    }
    0
}
