//! Shared set-up for integration tests: a real SQLite file in a temporary folder, the
//! fixture catalogue, a cashier and a clock the test sets.
#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)]

pub mod cli;
pub mod pdf;
pub mod printer;
#[cfg(unix)]
pub mod scale;
pub mod snapshot;
#[cfg(feature = "gui")]
pub mod ui;
#[cfg(all(feature = "gui", target_os = "linux"))]
pub mod x11;

use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};
use rusqlite::Connection;
use souk::catalog::{self, import};
use souk::clock::FixedClock;
use souk::money::{Money, Quantity};
use souk::sale::{CartLine, Method, NewSale, Tender};
use souk::users::{self, Role};
use tempfile::TempDir;

pub fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

pub fn utc(text: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(text).unwrap().to_utc()
}

pub struct Shop {
    pub dir: TempDir,
    pub conn: Connection,
    pub clock: FixedClock,
    pub cashier: i64,
}

impl Shop {
    pub fn path(&self) -> PathBuf {
        self.dir.path().join("shop").join("souk.sqlite")
    }

    /// A shop with the fixture catalogue and a volunteer, at 2026-11-29 10:00 in Rabat, its
    /// cash session open with a float of 500 DH.
    pub fn new() -> Shop {
        Shop::since("2026-11-29T10:00:00Z")
    }

    /// As `new`, its till opened at `opened` (RFC 3339): tests that record the autumn
    /// before 29 November, in time order as the ledger wants it.
    pub fn since(opened: &str) -> Shop {
        let dir = TempDir::new().unwrap();
        let mut conn = souk::db::open(&dir.path().join("shop").join("souk.sqlite")).unwrap();
        // A test's database: `SOUK_CLOCK` may set its time for the commands run on it.
        souk::dbkind::mark(&conn, souk::dbkind::Kind::Test).unwrap();
        let clock = FixedClock::new(utc("2026-11-29T10:00:00Z"));
        import::import_producers(&mut conn, &std::fs::read(fixture("producers.csv")).unwrap())
            .unwrap();
        import::import_products(
            &mut conn,
            &std::fs::read(fixture("products.csv")).unwrap(),
            utc("2026-11-01T08:00:00Z"),
        )
        .unwrap();
        let cashier = users::add(&conn, "Amina", Role::Volunteer).unwrap().id;
        // The till is open, as at the counter: sales and refunds need a cash session.
        let opening = FixedClock::new(utc(opened));
        souk::cash::open(&mut conn, &opening, cashier, Money::from_dirhams(500)).unwrap();
        Shop {
            dir,
            conn,
            clock,
            cashier,
        }
    }

    pub fn line(&self, code: &str, quantity: &str) -> CartLine {
        let product = catalog::product_for_sale(&self.conn, code).unwrap();
        let quantity = Quantity::parse(quantity, product.unit).unwrap();
        CartLine {
            product,
            quantity,
            discount: Money::ZERO,
        }
    }

    pub fn cash_sale(&mut self, lines: Vec<CartLine>) -> souk::sale::Sale {
        let total: Money = lines.iter().map(CartLine::total).sum();
        let sale = NewSale {
            cashier_id: self.cashier,
            lines,
            tenders: vec![Tender {
                method: Method::Cash,
                amount: total,
            }],
        };
        souk::sale::sell(&mut self.conn, &self.clock, &sale).unwrap()
    }

    pub fn count(&self, table: &str) -> i64 {
        self.conn
            .query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))
            .unwrap()
    }
}

pub fn dh(text: &str) -> Money {
    Money::parse(text).unwrap()
}
