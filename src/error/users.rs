//! The rights a refusal names (`… may not void a sale`). The users module checks them
//! ([`crate::users::rights`]); they live here, below it, so that the shop's `Error` can
//! name a right without importing the people who hold it.

use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Right {
    Sell,
    Print,
    /// Open or close a cash session, count the till.
    Till,
    /// Producers, products, prices, share rates, imports, intake of new products.
    Catalogue,
    Void,
    Refund,
    /// A discount beyond the limit volunteers may give.
    Discount,
    Statements,
    Payout,
    People,
    Settings,
    /// Replace the whole database by a backup.
    Restore,
    /// Read the audit trail.
    Audit,
    /// Take money out of the drawer for anything but a sale's change (#14.10).
    CashOut,
    /// Copy the whole database, PIN hashes and all, to a file.
    Backup,
}

impl Right {
    /// The message naming the action, for refusals ("… may not void a sale").
    pub fn msg_id(self) -> &'static str {
        match self {
            Right::Sell => "right-sell",
            Right::Print => "right-print",
            Right::Till => "right-till",
            Right::Catalogue => "right-catalogue",
            Right::Void => "right-void",
            Right::Refund => "right-refund",
            Right::Discount => "right-discount",
            Right::Statements => "right-statements",
            Right::Payout => "right-payout",
            Right::People => "right-people",
            Right::Settings => "right-settings",
            Right::Restore => "right-restore",
            Right::Audit => "right-audit",
            Right::CashOut => "right-cash-out",
            Right::Backup => "right-backup",
        }
    }
}
