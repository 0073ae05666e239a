//! Every setting of the shop, named once: its key, what it holds and the rules of that, the
//! message naming it for people, who may change it and where the settings screen shows it.
//! The core, the window and the command line refer to a setting through its constant here,
//! never by its key's text (only SQL that must name a key spells it, saying so).

/// Who may change a setting.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Who {
    /// The administrators (`Right::Settings`), through [`super::change_in`]: audited.
    Admin,
    /// Anyone at the window: its own preferences, kept through [`super::set`], not audited.
    Window,
    /// Nobody: Souk's own mark, written by Souk alone (see [`crate::dbkind`]).
    Reserved,
}

/// What a setting holds, with its rules.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// One line of text.
    Text,
    /// Several lines (a receipt's header or footer).
    Lines,
    /// A whole number within bounds.
    Whole(Whole),
    /// One of `codes`; `default` is in force when none is stored.
    Choice {
        codes: &'static [&'static str],
        default: &'static str,
    },
    /// On or off, stored as `on` or `off`; `default` when none is stored.
    Flag {
        on: &'static str,
        off: &'static str,
        default: bool,
    },
    /// The receipt's paper: 58 or 80 mm (58 when none is stored).
    Paper,
    /// A folder of the PC.
    Folder,
    /// The receipt printer (`tcp:…`, `file:…`, `system:…`, `none`).
    ReceiptPrinter,
    /// The page printer (a CUPS name, or `folder:…`): anything is a name.
    PagePrinter,
    /// The scale's serial port: a name of the PC's.
    ScalePort,
    /// The scale line's speed in bauds.
    ScaleBaud,
    /// The scale's protocol code.
    ScaleProtocol,
    /// How many rotating backups are kept: a whole number within bounds, stored as typed
    /// and refused when read if damaged (by [`crate::backup`], which owns that refusal).
    Keep(Whole),
    /// A share in basis points (0 to 10 000), read by the catalogue's SQL.
    Share,
    /// Souk's own mark: nothing may be written.
    Mark,
}

/// The bounds of a whole number, and the value in force when none is stored: the readers
/// of a setting fall back on this default, not on one of their own.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Whole {
    pub min: i64,
    pub max: i64,
    pub default: i64,
}

/// The largest discount a volunteer may give alone, in percent of the sale.
pub const DISCOUNT_LIMIT: Whole = Whole {
    min: 0,
    max: 100,
    default: 10,
};
/// Minutes without a touch before the counter locks itself.
pub const LOCK_AFTER: Whole = Whole {
    min: 1,
    max: 240,
    default: 10,
};
/// How many rotating backups are kept.
pub const KEEPING: Whole = Whole {
    min: 1,
    max: 10_000,
    default: 30,
};

/// Where the settings screen shows a setting.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Form {
    /// A text field of the receipts' part, in the table's order.
    Field,
    /// The paper's two buttons.
    Paper,
    /// A check box, in the table's order.
    Check,
    /// A part of its own (the scale's, the backups').
    Section,
    /// Not on the settings screen (kept by the window, another screen, or Souk).
    Elsewhere,
}

/// One setting: its key (one of the constants below) and its description.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Setting {
    pub key: &'static str,
    pub kind: Kind,
    /// The message naming it for people (never its key).
    pub label: &'static str,
    pub who: Who,
    pub form: Form,
}

const FLAG_OFF: Kind = Kind::Flag {
    on: "1",
    off: "0",
    default: false,
};

use Form::{Check, Elsewhere, Field, Section};
use Kind::{Lines, Text};

/// The receipt printer (`tcp:…`, `file:…`, `system:…`, `none`).
pub const PRINTER: &str = "receipt.printer";
/// The shop's name on the receipt, in Arabic.
pub const NAME_AR: &str = "receipt.name_ar";
/// The shop's name on the receipt, in French.
pub const NAME_FR: &str = "receipt.name_fr";
pub const ADDRESS: &str = "receipt.address";
pub const PHONE: &str = "receipt.phone";
/// The tax identifiers printed on the receipt.
pub const ICE: &str = "receipt.ice";
pub const IF: &str = "receipt.if";
pub const RC: &str = "receipt.rc";
pub const TP: &str = "receipt.tp";
/// Lines printed above and below the receipt.
pub const HEADER: &str = "receipt.header";
pub const FOOTER: &str = "receipt.footer";
/// The largest discount a volunteer may give alone, in percent of the sale.
pub const DISCOUNT_LIMIT_PCT: &str = "rights.discount_limit_pct";
/// Minutes without a touch before the counter locks itself.
pub const LOCK_AFTER_MIN: &str = "ui.lock_after_min";
/// Where the shop's pages are printed.
pub const PAGES_PRINTER: &str = "pages.printer";
/// The receipt's paper, 58 or 80 mm.
pub const PAPER_WIDTH: &str = "receipt.width";
/// `1` when the printer's cash drawer opens for a cash sale.
pub const DRAWER: &str = "receipt.drawer";
/// Whether the receipt names the maker of each item.
pub const SHOW_MAKER: &str = "receipt.show_maker";
/// `text` for the Latin-only text mode; the picture otherwise.
pub const RECEIPT_MODE: &str = "receipt.mode";
/// The scale's serial port (`/dev/ttyUSB0`, `COM3`); empty for none.
pub const SCALE_PORT: &str = "scale.port";
/// The scale line's speed in bauds.
pub const SCALE_BAUD: &str = "scale.baud";
/// The scale's protocol: `toledo` (8217) or `cas`.
pub const SCALE_PROTOCOL: &str = "scale.protocol";
/// `enter` when a stable weight waits for Enter; it is added by itself otherwise.
pub const SCALE_CONFIRM: &str = "scale.confirm";
/// The folder rotating backups go to (may be a USB stick).
pub const BACKUP_FOLDER: &str = "backup.folder";
/// How many rotating backups are kept.
pub const BACKUP_KEEP: &str = "backup.keep";
/// The shop's name, given at the first run.
pub const SHOP_NAME: &str = "shop.name";
/// The share copied onto sale lines of producers without one of their own
/// (the catalogue's SQL reads it by this key).
pub const DEFAULT_SHARE: &str = "default_share_rate_bp";
/// The language the window comes back to.
pub const UI_LANG: &str = "ui.lang";
/// The screen the window comes back to (a code of the window's own).
pub const UI_SCREEN: &str = "ui.screen";
/// The folder of the last report export.
pub const REPORTS_FOLDER: &str = "reports.folder";
/// The paper the statements screen last used.
pub const STATEMENTS_PAPER: &str = "statements.paper";
/// What a database is for: [`crate::dbkind`]'s key, which `settings` guards with
/// (`dbkind` sits below `settings`, so the key is spelt there).
pub const DB_KIND: &str = crate::dbkind::KEY;

/// Every setting, the receipts' fields and check boxes in the order the form shows them.
pub const ALL: &[Setting] = &[
    Setting {
        key: PRINTER,
        kind: Kind::ReceiptPrinter,
        label: "set-printer",
        who: Who::Admin,
        form: Field,
    },
    Setting {
        key: NAME_AR,
        kind: Text,
        label: "set-name-ar",
        who: Who::Admin,
        form: Field,
    },
    Setting {
        key: NAME_FR,
        kind: Text,
        label: "set-name-fr",
        who: Who::Admin,
        form: Field,
    },
    Setting {
        key: ADDRESS,
        kind: Text,
        label: "set-address",
        who: Who::Admin,
        form: Field,
    },
    Setting {
        key: PHONE,
        kind: Text,
        label: "set-phone",
        who: Who::Admin,
        form: Field,
    },
    Setting {
        key: ICE,
        kind: Text,
        label: "set-ice",
        who: Who::Admin,
        form: Field,
    },
    Setting {
        key: IF,
        kind: Text,
        label: "set-if",
        who: Who::Admin,
        form: Field,
    },
    Setting {
        key: RC,
        kind: Text,
        label: "set-rc",
        who: Who::Admin,
        form: Field,
    },
    Setting {
        key: TP,
        kind: Text,
        label: "set-tp",
        who: Who::Admin,
        form: Field,
    },
    Setting {
        key: HEADER,
        kind: Lines,
        label: "set-header",
        who: Who::Admin,
        form: Field,
    },
    Setting {
        key: FOOTER,
        kind: Lines,
        label: "set-footer",
        who: Who::Admin,
        form: Field,
    },
    Setting {
        key: DISCOUNT_LIMIT_PCT,
        kind: Kind::Whole(DISCOUNT_LIMIT),
        label: "set-discount-limit",
        who: Who::Admin,
        form: Field,
    },
    Setting {
        key: LOCK_AFTER_MIN,
        kind: Kind::Whole(LOCK_AFTER),
        label: "set-lock-after",
        who: Who::Admin,
        form: Field,
    },
    Setting {
        key: PAGES_PRINTER,
        kind: Kind::PagePrinter,
        label: "set-pages-printer",
        who: Who::Admin,
        form: Field,
    },
    Setting {
        key: PAPER_WIDTH,
        kind: Kind::Paper,
        label: "set-width",
        who: Who::Admin,
        form: Form::Paper,
    },
    Setting {
        key: DRAWER,
        kind: FLAG_OFF,
        label: "set-drawer",
        who: Who::Admin,
        form: Check,
    },
    Setting {
        key: SHOW_MAKER,
        kind: Kind::Flag {
            on: "1",
            off: "0",
            default: true,
        },
        label: "set-show-maker",
        who: Who::Admin,
        form: Check,
    },
    Setting {
        key: RECEIPT_MODE,
        kind: Kind::Flag {
            on: "text",
            off: "raster",
            default: false,
        },
        label: "set-text-mode",
        who: Who::Admin,
        form: Check,
    },
    Setting {
        key: SCALE_PORT,
        kind: Kind::ScalePort,
        label: "set-scale-port",
        who: Who::Admin,
        form: Section,
    },
    Setting {
        key: SCALE_BAUD,
        kind: Kind::ScaleBaud,
        label: "set-scale-baud",
        who: Who::Admin,
        form: Section,
    },
    Setting {
        key: SCALE_PROTOCOL,
        kind: Kind::ScaleProtocol,
        label: "set-scale-protocol",
        who: Who::Admin,
        form: Section,
    },
    Setting {
        key: SCALE_CONFIRM,
        kind: Kind::Flag {
            on: "enter",
            off: "auto",
            default: false,
        },
        label: "set-scale-confirm",
        who: Who::Admin,
        form: Section,
    },
    Setting {
        key: BACKUP_FOLDER,
        kind: Kind::Folder,
        label: "set-backup-folder",
        who: Who::Admin,
        form: Section,
    },
    Setting {
        key: BACKUP_KEEP,
        kind: Kind::Keep(KEEPING),
        label: "set-backup-keep",
        who: Who::Admin,
        form: Section,
    },
    Setting {
        key: SHOP_NAME,
        kind: Text,
        label: "set-shop-name",
        who: Who::Admin,
        form: Elsewhere,
    },
    Setting {
        key: DEFAULT_SHARE,
        kind: Kind::Share,
        label: "set-default-share",
        who: Who::Admin,
        form: Elsewhere,
    },
    Setting {
        key: UI_LANG,
        kind: Kind::Choice {
            codes: &["ar", "fr", "en"],
            default: "fr",
        },
        label: "set-lang",
        who: Who::Window,
        form: Elsewhere,
    },
    Setting {
        key: UI_SCREEN,
        kind: Text,
        label: "set-screen",
        who: Who::Window,
        form: Elsewhere,
    },
    Setting {
        key: REPORTS_FOLDER,
        kind: Kind::Folder,
        label: "set-reports-folder",
        who: Who::Window,
        form: Elsewhere,
    },
    Setting {
        key: STATEMENTS_PAPER,
        kind: Kind::Choice {
            codes: &["a5", "a4"],
            default: "a5",
        },
        label: "set-statements-paper",
        who: Who::Window,
        form: Elsewhere,
    },
    Setting {
        key: DB_KIND,
        kind: Kind::Mark,
        label: "set-db-kind",
        who: Who::Reserved,
        form: Elsewhere,
    },
];

/// The setting of `key`, if it is one.
pub fn find(key: &str) -> Option<&'static Setting> {
    ALL.iter().find(|s| s.key == key)
}

/// The settings the form shows as `form`, in order.
pub fn on_form(form: Form) -> impl Iterator<Item = &'static Setting> {
    ALL.iter().filter(move |s| s.form == form)
}
