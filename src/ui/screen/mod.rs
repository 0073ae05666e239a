//! One module per screen, each owning its state, its messages and its view.

pub mod backups;
pub mod catalogue;
pub mod counter;
pub mod first_run;
pub mod intake;
pub mod people;
pub mod printers;
pub mod reports;
pub mod sales;
pub mod scale_settings;
pub mod settings;
pub mod sign_in;
pub mod statements;
pub mod till;
