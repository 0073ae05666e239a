//! The counter as a volunteer meets it: the release binary in a real window on a virtual
//! screen, driven by taps and keys (a scanner types its code and Enter), with a receipt
//! printer emulated on 127.0.0.1 that reads slowly, stalls and runs out of paper. Each
//! test reads the database and what the printer received, and keeps its screenshots in
//! `target/e2e/` to be looked at.
//!
//! Where to tap is read from the same window laid out by `iced_test` at the same size on an
//! identical shop (the twin): the real window is then tapped there.
#![cfg(all(feature = "gui", target_os = "linux"))]
#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "../common/mod.rs"]
mod common;

mod counter;
mod desktop;
mod weighing;

use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};

use common::Shop;
use common::ui::Window;
use souk::clock::FixedClock;
use souk::i18n::Lang;

/// One real window at a time: the timings they measure would otherwise measure each other.
pub fn one_at_a_time() -> std::sync::MutexGuard<'static, ()> {
    static WINDOWS: std::sync::Mutex<()> = std::sync::Mutex::new(());
    WINDOWS
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}

/// Where this run's screenshots and printed receipts go.
pub fn shots() -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/e2e");
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// The window laid out by `iced_test` on a fresh fixture shop, to find where things are.
pub fn twin(lang: Lang) -> Window {
    let clock = Arc::new(FixedClock::new(common::utc("2026-11-29T10:00:00Z")));
    Window::boot(Shop::new(), clock, lang)
}

/// Waits until `check` holds or `limit` passes; returns how long it took.
pub fn wait_until(limit: Duration, mut check: impl FnMut() -> bool) -> Option<Duration> {
    let began = Instant::now();
    loop {
        if check() {
            return Some(began.elapsed());
        }
        if began.elapsed() >= limit {
            return None;
        }
        std::thread::sleep(Duration::from_millis(5));
    }
}

/// What the last sale holds: `sku×quantity` per line, its total and change in centimes.
pub fn last_sale(shop: &Shop) -> (Vec<String>, i64, i64) {
    let conn = rusqlite::Connection::open_with_flags(
        shop.path(),
        rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY,
    )
    .unwrap();
    let (id, total, change): (i64, i64, i64) = conn
        .query_row(
            "SELECT s.id, s.total_c, (SELECT coalesce(sum(change_c), 0) FROM payments \
             WHERE sale_id = s.id) FROM sales s ORDER BY s.id DESC LIMIT 1",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .unwrap();
    let mut stmt = conn
        .prepare("SELECT sku, qty_milli FROM sale_lines WHERE sale_id = ?1 ORDER BY line_no")
        .unwrap();
    let lines = stmt
        .query_map([id], |r| {
            Ok(format!(
                "{}×{}",
                r.get::<_, String>(0)?,
                r.get::<_, i64>(1)?
            ))
        })
        .unwrap()
        .collect::<Result<Vec<_>, _>>()
        .unwrap();
    (lines, total, change)
}

/// A read of the shop's database while the window has it open.
pub fn count(shop: &Shop, sql: &str) -> i64 {
    let conn = rusqlite::Connection::open_with_flags(
        shop.path(),
        rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY,
    )
    .unwrap();
    conn.query_row(sql, [], |r| r.get(0)).unwrap()
}
