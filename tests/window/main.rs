//! The window's flows with iced_test (update and view, no real event loop: see tests/e2e for the
//! real window). One test binary for the subject: each file below was a binary of its own, and
//! linking them one by one cost CI minutes on two cores.
#![cfg(feature = "gui")]

#[path = "../common/mod.rs"]
mod common;

mod audit_words;
mod backups;
mod catalogue;
mod confirm;
mod counter;
mod first_run;
mod intake;
mod people;
mod reports;
mod rtl;
mod sales;
mod second_window;
mod settings;
mod statements;
mod till;
