//! Pieces several screens share: the checkbox whose box sits on the reading side.

pub mod check;
