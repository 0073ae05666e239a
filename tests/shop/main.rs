//! The ledger and the store, and the source's layering (layers.rs): money, sales, the till, the
//! catalogue, intake, statements, reports, people, backups and what hostile input or a crash leaves
//! behind. One test binary for the subject: each file below was a binary of its own, and linking
//! them one by one cost CI minutes on two cores.

#[path = "../common/mod.rs"]
mod common;

mod backup;
mod bad_input;
mod cash;
mod cash_properties;
mod catalogue;
mod crash;
mod damaged;
mod demo;
mod edges;
mod import;
mod intake;
mod layers;
mod ledger;
mod one_writer;
mod people;
mod photos;
mod properties;
mod report;
mod sales_search;
mod statements;
mod store;
mod words;
