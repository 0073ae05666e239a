//! Souk's core (the `souk-core` crate): the ledger of a solidarity shop. Money, time, the
//! catalogue, sales and their corrections, the till, statements, receipts and their printers,
//! the scale, the store and its checks, and the use cases the window and the command line
//! share (`setup`, `cash::overview`, …). It has no window, no command line and no terminal:
//! the `souk` program above it (`src/cli`, `src/ui`) is a thin layer over these functions,
//! which take a connection and a clock.

pub mod audit;
pub mod backup;
pub mod cash;
pub mod catalog;
pub mod check;
pub mod clock;
pub mod db;
pub mod dbkind;
pub mod demo;
pub mod error;
pub mod export;
pub mod i18n;
pub mod intake;
pub mod json;
pub mod lock;
pub mod money;
pub mod outfile;
pub mod pdf;
pub mod receipt;
pub mod report;
pub mod sale;
pub mod scale;
pub mod settings;
pub mod setup;
pub mod statement;
pub mod stored;
pub mod tags;
pub mod text;
pub mod timeline;
pub mod users;
pub mod words;

pub use error::{Error, Result};
