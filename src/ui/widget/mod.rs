//! Pieces several screens share: the confirmation of what cannot be undone, and the
//! checkbox whose box sits on the reading side.

pub mod check;
pub mod confirm;
