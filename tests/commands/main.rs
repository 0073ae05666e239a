//! The command line, run as a user runs it. One test binary for the subject: each file below was a
//! binary of its own, and linking them one by one cost CI minutes on two cores.

#[path = "../common/mod.rs"]
mod common;

mod cli;
mod cli_intake;
