//! Souk's core: the ledger of a solidarity shop. Money, time, the catalogue, sales and their
//! corrections, the store and its checks. Nothing here knows about the GUI: the CLI and the
//! `ui` module are thin layers over these functions, which take a connection and a clock.

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
