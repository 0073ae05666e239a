//! Devices as they behave: receipt printers on a socket, the PC's own printers through CUPS, the
//! scale on a serial line. One test binary for the subject: each file below was a binary of its
//! own, and linking them one by one cost CI minutes on two cores.

#[path = "../common/mod.rs"]
mod common;

mod receipt_print;
mod scale;
mod system_printer;
