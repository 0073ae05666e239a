//! One module per screen, each owning its state, its messages and its view.

pub mod catalogue;
pub mod counter;
pub mod first_run;
pub mod reports;
pub mod sales;
pub mod settings;
pub mod till;
