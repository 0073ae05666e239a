//! Pieces several screens share: the basic builders every screen is made of (texts,
//! notices, buttons, fields, titles, rules), the confirmation of what cannot be undone, the
//! checkbox whose box sits on the reading side, the PC's file and folder dialogs.

mod basic;
pub mod check;
pub mod confirm;
pub mod pick;

pub use basic::{
    action, beside, cell, field, head, hint, input, label, notice, pill, rule, side_label, tiles,
    title,
};
