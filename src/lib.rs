//! The `souk` library: the core (the `souk-core` crate, re-exported whole, so `souk::sale` is
//! `souk_core::sale`) and, with the feature `gui`, the counter's window over it. The command
//! line is the program's own module (`src/cli`, used by `src/main.rs`).

pub use souk_core::*;

#[cfg(feature = "gui")]
pub mod ui;
