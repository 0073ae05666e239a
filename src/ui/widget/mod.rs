//! Pieces several screens share: the confirmation of what cannot be undone, the
//! checkbox whose box sits on the reading side, the PC's file and folder dialogs.

pub mod check;
pub mod confirm;
pub mod pick;
