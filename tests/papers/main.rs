//! Papers: receipts laid out and rasterized, statement and slip PDFs, tag sheets. One test binary
//! for the subject: each file below was a binary of its own, and linking them one by one cost CI
//! minutes on two cores.

#[path = "../common/mod.rs"]
mod common;

mod pdf;
mod receipt_raster;
mod receipt_text;
mod statement_paper;
mod statement_pdf;
mod tags;
