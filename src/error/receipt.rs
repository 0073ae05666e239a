//! The receipt's refusals, said in the reader's language: a printer's text that is not a
//! printer. Below the receipt module so that the shop's `Error` can carry it without
//! importing the printer code.

/// What is wrong with a printer's text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SpecProblem {
    /// Not one of tcp:, file:, usb:, serial:, png:, none.
    Kind,
    /// `tcp:` without a host.
    Host,
    /// A port that is not a number from 1 to 65535.
    Port,
    /// `file:`, `serial:` or `png:` without a path.
    Path,
    /// `usb:` without two hexadecimal ids.
    UsbIds,
    /// A speed that is not a positive number.
    Baud,
    /// `system:` without a printer's name.
    Queue,
}
