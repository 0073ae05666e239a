//! Every refusal and failure of the core, typed. Each has an English `Display` for logs and a
//! `Msg` for the user in their language. Errors are `Clone` (sources behind `Arc`) so they
//! can travel in GUI messages.
//!
//! This module sits below every domain: it imports only the bottom modules (i18n, money,
//! stored, text, outfile, timeline, dbkind). What a refusal names from a domain (a right,
//! a printer's problem, an import's column) lives in its submodules, and the domains
//! re-export it.

use std::path::PathBuf;
use std::sync::Arc;

use thiserror::Error;

pub mod catalog;
pub mod problem;
pub mod receipt;
pub mod users;

use crate::i18n::Msg;
use crate::money::{Money, ParseError};

pub type Result<T, E = Error> = std::result::Result<T, E>;

/// One bad line of an imported file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LineError {
    /// The line in the file, counting the header as line 1, as a spreadsheet shows it.
    pub line: usize,
    pub reason: Msg,
}

#[derive(Debug, Clone, Error)]
pub enum Error {
    #[error("cannot create the folder {path}: {source}")]
    Folder {
        path: PathBuf,
        source: Arc<std::io::Error>,
    },
    #[error("cannot open the database {path}: {source}")]
    Open {
        path: PathBuf,
        source: Arc<rusqlite::Error>,
    },
    #[error(
        "the database {path} was made by a newer Souk (schema {found}, this one knows {known})"
    )]
    DatabaseTooNew {
        path: PathBuf,
        found: u32,
        known: u32,
    },
    #[error("the database could not be upgraded: {0}")]
    Migration(String),
    #[error("database error: {0}")]
    Sqlite(Arc<rusqlite::Error>),
    #[error(transparent)]
    Damaged(#[from] crate::stored::Damaged),
    #[error("cannot read {path}: {source}")]
    ReadFile {
        path: PathBuf,
        source: Arc<std::io::Error>,
    },
    #[error("{field}: {error}")]
    Parse {
        field: &'static str,
        error: ParseError,
    },
    #[error("no product has the code or barcode {0:?}")]
    UnknownProduct(String),
    #[error("the product {0} is no longer sold")]
    InactiveProduct(String),
    #[error("no producer has the code {0:?}")]
    UnknownProducer(String),
    #[error("nobody is called {0:?}")]
    UnknownUser(String),
    #[error("{0:?} is already a user")]
    UserExists(String),
    #[error("{typed:?} looks like {existing:?}, who is already a user")]
    UserLooksLike { typed: String, existing: String },
    #[error("no sale has the number {0:?}")]
    UnknownSale(String),
    #[error("{sku} is sold by weight: give the weight in kg, e.g. {sku}x0.350")]
    WeightNeeded { sku: String },
    #[error("the cart is empty")]
    EmptyCart,
    #[error("a discount is larger than its line")]
    DiscountTooLarge { sku: String },
    #[error("not paid: {due} still due")]
    NotPaid { due: Money },
    #[error("card and transfer payments exceed the total by {excess}")]
    NonCashExceedsTotal { excess: Money },
    #[error("a payment of zero")]
    ZeroPayment,
    #[error("cash was given but nothing was left to pay in cash")]
    CashNotNeeded,
    #[error("unknown payment method {0:?} (cash, card, transfer)")]
    UnknownMethod(String),
    #[error("a payment must look like cash:100 or card:61.50, not {0:?}")]
    PaymentSyntax(String),
    #[error("a reason is required")]
    ReasonRequired,
    #[error("sale {0} is already voided")]
    AlreadyVoided(String),
    #[error("sale {0} is voided and cannot be refunded")]
    RefundOfVoided(String),
    #[error("sale {0} is a refund; refund the original sale")]
    RefundOfRefund(String),
    #[error("sale {0} has refunds and cannot be voided")]
    VoidOfRefunded(String),
    #[error("sale {number} is from {day}; only today's sales can be voided, refund it instead")]
    VoidTooLate { number: String, day: String },
    #[error("sale {number} has no line {line}")]
    NoSuchLine { number: String, line: i64 },
    #[error("line {line} of sale {number}: only {left} left to refund")]
    RefundExceeds {
        number: String,
        line: i64,
        left: String,
    },
    #[error("sale {0} has nothing left to refund")]
    NothingToRefund(String),
    #[error("the barcode {0} is not a valid EAN-13")]
    InvalidBarcode(String),
    #[error("the import found {} bad lines; nothing was imported", errors.len())]
    Import { errors: Vec<LineError> },
    #[error("the file is not readable CSV: {0}")]
    Csv(String),
    #[error("the file lacks the column {0:?}")]
    MissingColumn(String),
    #[error("the demo shop needs an empty database")]
    DemoNeedsEmptyDatabase,
    #[error("{0:?} is not a day (YYYY-MM-DD)")]
    BadDay(String),
    #[error("sale {0} is a refund and cannot be voided")]
    VoidOfRefund(String),
    #[error("unknown role {0:?} (volunteer, admin)")]
    UnknownRole(String),
    #[error("the check found {0} problems")]
    CheckFailed(usize),
    #[error("a name is required, in Arabic or in Latin letters")]
    NameRequired,
    #[error("the code {0:?} already belongs to another producer")]
    ProducerCodeTaken(String),
    #[error("the code {code:?} already belongs to the product {owner}")]
    SkuTaken { code: String, owner: String },
    #[error("the barcode {code} already belongs to the product {owner}")]
    BarcodeTaken { code: String, owner: String },
    #[error("unknown category {value:?} (known: {known})")]
    UnknownCategory { value: String, known: String },
    #[error("unknown workshop {value:?} (known: {known})")]
    UnknownWorkshop { value: String, known: String },
    #[error("no producer was chosen")]
    ProducerRequired,
    #[error("{sku} has been sold: its producer cannot change")]
    ProducerChangeAfterSale { sku: String },
    #[error("the producer {0} is inactive")]
    InactiveProducer(String),
    #[error("every in-store barcode is taken")]
    NoStoreBarcodeLeft,
    #[error("{spec:?} is not a printer ({problem:?})")]
    PrinterSpec {
        spec: String,
        problem: receipt::SpecProblem,
    },
    #[error("this build has no {kind} printer support; rebuild with --features {feature}")]
    PrinterUnsupported {
        kind: &'static str,
        feature: &'static str,
    },
    #[error("the printer {printer} did not print: {problem}")]
    PrintFailed {
        printer: String,
        problem: problem::Problem,
    },
    #[error(
        "the receipt of sale {number} was not printed ({cause}); it is kept as pending: print it with `souk receipt {number}`"
    )]
    ReceiptPending { number: String, cause: Box<Error> },
    #[error("no printer given: use --printer or set receipt.printer")]
    NoPrinter,
    #[error("the work stopped before it finished; nothing was lost, try again")]
    Interrupted,
    #[error("{0:?} is not a scale protocol (toledo or cas)")]
    ScaleProtocol(String),
    #[error("{0:?} is not a line speed (bauds, e.g. 9600)")]
    ScaleBaud(String),
    #[error("{0:?} is not a paper width (58 or 80)")]
    PaperWidth(String),
    #[error("text mode prints Latin letters only, not {text:?}")]
    PrintNotLatin { text: String },
    #[error("cannot write {path}: {source}")]
    WriteFile {
        path: PathBuf,
        source: Arc<std::io::Error>,
    },
    #[error("{0:?} is not a month (YYYY-MM)")]
    StatementBadMonth(String),
    #[error("the month {month} has not ended yet: its statements cannot be issued")]
    StatementMonthOpen { month: String },
    #[error("the statements of {month} are already issued")]
    StatementsAlreadyIssued { month: String },
    #[error("the payout exceeds the balance of {producer} ({balance}); record it as an advance")]
    PayoutExceedsBalance { producer: String, balance: Money },
    #[error("unknown payout method {0:?} (cash, transfer)")]
    PayoutMethod(String),
    #[error("{path} is not a Souk database")]
    NotASoukDatabase { path: PathBuf },
    #[error("the backup {path} is damaged: {detail}")]
    BackupDamaged { path: PathBuf, detail: String },
    #[error("no backup folder: give a FILE, or set the folder with `souk backup --folder DIR`")]
    BackupFolderNeeded,
    #[error("{0:?} is not a number of backups to keep (1 to 10000)")]
    BackupKeep(String),
    #[error("{0} is the current database itself")]
    RestoreOntoItself(PathBuf),
    // People and rights (#7).
    #[error("{user} may not {right:?} without an administrator")]
    NotAllowed { user: String, right: users::Right },
    #[error("a PIN is 4 to 8 digits")]
    PinFormat,
    #[error("wrong PIN for {0}")]
    WrongPin(String),
    #[error("too many wrong PINs for {name}: wait {seconds} s")]
    PinWait { name: String, seconds: i64 },
    #[error("{0} has no PIN yet: an administrator must give her one")]
    PinNotSet(String),
    #[error("a PIN is needed: set SOUK_PIN or run from a terminal")]
    PinNeeded,
    #[error("the two PINs differ")]
    PinMismatch,
    #[error("say who you are with --user NAME")]
    UserNeeded,
    #[error("the last administrator cannot be removed or made a volunteer")]
    LastAdmin,

    #[error("the database is busy: another program is writing to it")]
    DatabaseBusy,
    #[error("the database cannot be written: its file, folder or disk is read-only")]
    DatabaseReadOnly,
    #[error("the disk is full")]
    DiskFull,
    #[error("the database is damaged or is not a database")]
    DatabaseDamaged,
    #[error("Souk is already open on {path} in another window")]
    AlreadyOpen { path: PathBuf },
    #[error(transparent)]
    Text(#[from] crate::text::Refused),
    #[error("line {line} of the file is not UTF-8 text")]
    CsvNotUtf8 { line: usize },
    #[error("{lines} products to import but no producer yet: import the producers first")]
    ProducersFirst { lines: usize },
    #[error("{value:?} is not a whole number from {min} to {max}")]
    SettingOutOfRange { value: String, min: i64, max: i64 },
    #[error("{value:?} is not one of {codes}")]
    SettingChoice { value: String, codes: String },
    #[error("no setting is called {0:?}")]
    UnknownSetting(String),
    #[error("no cash session {0}")]
    UnknownSession(i64),
    #[error("no cash session is open: open one with a counted float")]
    NoOpenSession,
    #[error("cash session {0} is already open")]
    SessionAlreadyOpen(i64),
    #[error("no cash session has been closed yet")]
    NoClosedSession,
    #[error("a count must look like 200:3,100:5,0.50:4, not {0:?}")]
    CountSyntax(String),
    #[error("{0} DH is no Moroccan coin or note")]
    UnknownDenomination(String),
    #[error("sale {number} belongs to a closed cash session; refund it instead")]
    VoidSessionClosed { number: String },
    #[error("the period ends ({to}) before it starts ({from})")]
    BadPeriod { from: String, to: String },
    #[error("the bundled font number {0} cannot be read for a PDF")]
    PdfFont(usize),
    #[error("a deposit needs at least one item")]
    EmptyDeposit,
    #[error("no deposit or return has the number {0:?}")]
    UnknownDeposit(String),
    #[error("{sku} is not a product of {producer}")]
    NotHerProduct { sku: String, producer: String },
    #[error("{quantity} is not a quantity of {sku} to take in or give back")]
    DepositQuantity { sku: String, quantity: String },
    #[error("cannot give back more {sku} than the shop holds ({stock})")]
    ReturnExceedsStock { sku: String, stock: String },
    #[error("{0} is not sold by the kilogram")]
    NotSoldByWeight(String),
    #[error("{0} has no in-store code below 2000000099999, so no package code")]
    NoPlu(String),
    #[error("a package of {sku} must cost more than 0 and at most {max}")]
    PackagePrice { sku: String, max: Money },
    #[error("{0:?} is not a label sheet layout (3x8, 2x7, 4x10)")]
    TagLayout(String),
    #[error("cannot skip {skip} labels of a sheet of {per_sheet}")]
    TagSkip { skip: usize, per_sheet: usize },
    #[error("{0:?} is not a new product: NAME_FR|NAME_AR|CATEGORY|UNIT|PRICE|QTY")]
    NewProductSpec(String),
    #[error("the photo cannot be read: {0}")]
    PhotoUnreadable(String),
    #[error("this PC has no printing system (CUPS's lp)")]
    NoPagePrinting,
    #[error("the page printer refused the document: {0}")]
    PagePrinter(String),
    #[error("not written: {0:?}")]
    Output(crate::outfile::Refusal),
    #[error("the PC's clock is behind the ledger: {0:?}")]
    Timeline(crate::timeline::Refusal),
    #[error("refused by the database's kind: {0:?}")]
    DbKind(crate::dbkind::Refusal),
    #[error("the spreadsheet could not be made: {0}")]
    Export(String),
    #[error("{tendered} received for {due} in cash: {change} too much")]
    ChangeTooLarge {
        tendered: Money,
        due: Money,
        change: Money,
    },
}

impl Error {
    pub fn open(path: &std::path::Path, source: rusqlite::Error) -> Error {
        Error::Open {
            path: path.to_path_buf(),
            source: Arc::new(source),
        }
    }

    pub fn parse(field: &'static str, error: ParseError) -> Error {
        Error::Parse { field, error }
    }

    /// What to tell the user at the command line: where the window's words name a screen,
    /// these name the command or option to use.
    pub fn cli_msg(&self) -> Msg {
        use Error as E;
        let cli = |msg: Msg| Msg {
            id: match msg.id {
                "err-unknown-user" => "cli-err-unknown-user",
                "print-err-unsupported" => "cli-print-err-unsupported",
                "print-err-no-printer" => "cli-print-err-no-printer",
                "auth-err-pin-not-set" => "cli-auth-err-pin-not-set",
                "auth-err-user-needed" => "cli-auth-err-user-needed",
                "store-err-damaged" => "cli-store-err-damaged",
                "cash-err-no-session" => "cli-cash-err-no-session",
                "print-err-spec-kind" => "cli-print-err-spec-kind",
                other => other,
            },
            args: msg.args,
        };
        match self {
            E::UnknownUser(_)
            | E::PrinterUnsupported { .. }
            | E::NoPrinter
            | E::PinNotSet(_)
            | E::UserNeeded
            | E::DatabaseDamaged
            | E::NoOpenSession
            | E::PrinterSpec { .. } => cli(self.msg()),
            _ => self.msg(),
        }
    }

    /// What to tell the user in the window: words, never a command or a setting's key.
    pub fn msg(&self) -> Msg {
        use Error as E;
        match self {
            E::Folder { path, source } => Msg::new("err-folder")
                .arg("path", path.display().to_string())
                .arg("detail", source.to_string()),
            E::Open { path, source } => Msg::new("err-open")
                .arg("path", path.display().to_string())
                .arg("detail", source.to_string()),
            E::DatabaseTooNew { path, found, known } => Msg::new("err-db-too-new")
                .arg("path", path.display().to_string())
                .arg("found", i64::from(*found))
                .arg("known", i64::from(*known)),
            E::Migration(detail) => Msg::new("err-migration").arg("detail", detail),
            E::Sqlite(source) => Msg::new("err-sqlite").arg("detail", source.to_string()),
            E::Damaged(d) => Msg::new("err-damaged")
                .arg("table", d.table)
                .arg("row", d.row.clone())
                .arg("column", d.column.clone())
                .arg("found", d.found.clone()),
            E::ReadFile { path, source } => Msg::new("err-read-file")
                .arg("path", path.display().to_string())
                .arg("detail", source.to_string()),
            E::Parse { field, error } => Msg::new("err-field")
                .arg("field", Msg::new(field_message(field)))
                .arg("detail", error.msg()),
            E::UnknownProduct(code) => Msg::new("err-unknown-product").arg("code", typed(code)),
            E::InactiveProduct(code) => Msg::new("err-inactive-product").arg("code", code),
            E::UnknownProducer(code) => Msg::new("err-unknown-producer").arg("code", typed(code)),
            E::UnknownUser(name) => Msg::new("err-unknown-user").arg("name", typed(name)),
            E::UserExists(name) => Msg::new("err-user-exists").arg("name", name),
            E::UserLooksLike { typed: t, existing } => Msg::new("err-user-looks-like")
                .arg("typed", typed(t))
                .arg("existing", existing),
            E::UnknownSale(number) => Msg::new("err-unknown-sale").arg("number", typed(number)),
            E::WeightNeeded { sku } => Msg::new("err-weight-needed").arg("sku", sku),
            E::EmptyCart => Msg::new("err-empty-cart"),
            E::DiscountTooLarge { sku } => Msg::new("err-discount-too-large").arg("sku", sku),
            E::NotPaid { due } => Msg::new("err-not-paid").arg("due", *due),
            E::NonCashExceedsTotal { excess } => {
                Msg::new("err-non-cash-exceeds").arg("excess", *excess)
            }
            E::ZeroPayment => Msg::new("err-zero-payment"),
            E::CashNotNeeded => Msg::new("err-cash-not-needed"),
            E::UnknownMethod(m) => Msg::new("err-unknown-method").arg("method", typed(m)),
            E::PaymentSyntax(p) => Msg::new("err-payment-syntax").arg("text", typed(p)),
            E::ReasonRequired => Msg::new("err-reason-required"),
            E::AlreadyVoided(n) => Msg::new("err-already-voided").arg("number", n),
            E::RefundOfVoided(n) => Msg::new("err-refund-of-voided").arg("number", n),
            E::RefundOfRefund(n) => Msg::new("err-refund-of-refund").arg("number", n),
            E::VoidOfRefunded(n) => Msg::new("err-void-of-refunded").arg("number", n),
            E::VoidTooLate { number, day } => Msg::new("err-void-too-late")
                .arg("number", number)
                .arg("day", day),
            E::NoSuchLine { number, line } => Msg::new("err-no-such-line")
                .arg("number", number)
                .arg("line", *line),
            E::RefundExceeds { number, line, left } => Msg::new("err-refund-exceeds")
                .arg("number", number)
                .arg("line", *line)
                .arg("left", left),
            E::NothingToRefund(n) => Msg::new("err-nothing-to-refund").arg("number", n),
            E::InvalidBarcode(code) => Msg::new("err-invalid-barcode").arg("code", typed(code)),
            E::Import { errors } => Msg::new("err-import").arg("count", errors.len()),
            E::ProducersFirst { lines } => {
                Msg::new("import-err-producers-first").arg("count", *lines)
            }
            E::Csv(detail) => Msg::new("err-csv").arg("detail", detail),
            E::MissingColumn(name) => Msg::new("err-missing-column")
                .arg("column", name)
                .arg("meaning", Msg::new(catalog::column_meaning(name))),
            E::DemoNeedsEmptyDatabase => Msg::new("err-demo-needs-empty"),
            E::BadDay(text) => Msg::new("err-bad-day").arg("text", typed(text)),
            E::VoidOfRefund(n) => Msg::new("err-void-of-refund").arg("number", n),
            E::UnknownRole(r) => Msg::new("err-unknown-role").arg("role", typed(r)),
            E::CheckFailed(count) => Msg::new("err-check-failed").arg("count", *count),
            E::NameRequired => Msg::new("cat-err-name-required"),
            E::ProducerCodeTaken(code) => Msg::new("cat-err-code-taken").arg("code", code),
            E::SkuTaken { code, owner } if code.eq_ignore_ascii_case(owner) => {
                Msg::new("cat-err-sku-taken").arg("code", code)
            }
            E::SkuTaken { code, owner } => Msg::new("cat-err-sku-is-barcode")
                .arg("code", code)
                .arg("owner", owner),
            E::BarcodeTaken { code, owner } => Msg::new("cat-err-barcode-taken")
                .arg("code", code)
                .arg("owner", owner),
            E::UnknownCategory { value, .. } if value.is_empty() => Msg::new("cat-err-no-category"),
            E::UnknownCategory { value, known } => Msg::new("cat-err-unknown-category")
                .arg("value", value)
                .arg("known", known),
            E::UnknownWorkshop { value, known } => Msg::new("cat-err-unknown-workshop")
                .arg("value", value)
                .arg("known", known),
            E::ProducerRequired => Msg::new("cat-err-no-producer"),
            E::ProducerChangeAfterSale { sku } => {
                Msg::new("cat-err-producer-change").arg("sku", sku)
            }
            E::InactiveProducer(code) => Msg::new("cat-err-inactive-producer").arg("code", code),
            E::NoStoreBarcodeLeft => Msg::new("cat-err-no-barcode-left"),
            E::PrinterSpec { spec, problem } => {
                use receipt::SpecProblem as P;
                Msg::new(match problem {
                    P::Kind => "print-err-spec-kind",
                    P::Host => "print-err-spec-host",
                    P::Port => "print-err-spec-port",
                    P::Path => "print-err-spec-path",
                    P::UsbIds => "print-err-spec-usb",
                    P::Baud => "print-err-spec-baud",
                    P::Queue => "print-err-spec-system",
                })
                .arg("spec", spec)
            }
            E::PrinterUnsupported { kind, feature } => Msg::new("print-err-unsupported")
                .arg("kind", *kind)
                .arg("feature", *feature),
            E::PrintFailed { printer, problem } => Msg::new("print-err-failed")
                .arg("printer", printer)
                .arg("detail", problem.msg()),
            E::ReceiptPending { number, cause } => Msg::new("print-err-pending")
                .arg("number", number)
                .arg("reason", cause.msg()),
            E::NoPrinter => Msg::new("print-err-no-printer"),
            E::Interrupted => Msg::new("err-interrupted"),
            E::ScaleProtocol(text) => Msg::new("scale-err-protocol").arg("text", text),
            E::ScaleBaud(text) => Msg::new("scale-err-baud").arg("text", text),
            E::PaperWidth(text) => Msg::new("print-err-paper").arg("text", text),
            E::PrintNotLatin { text } => Msg::new("print-err-not-latin").arg("text", text),
            E::WriteFile { path, source } => Msg::new("err-write-file")
                .arg("path", path.display().to_string())
                .arg("detail", source.to_string()),
            E::StatementBadMonth(text) => Msg::new("stmt-err-bad-month").arg("text", text),
            E::StatementMonthOpen { month } => Msg::new("stmt-err-month-open").arg("month", month),
            E::StatementsAlreadyIssued { month } => {
                Msg::new("stmt-err-already-issued").arg("month", month)
            }
            E::PayoutExceedsBalance { producer, balance } => Msg::new("stmt-err-payout-exceeds")
                .arg("producer", producer)
                .arg("balance", *balance),
            E::PayoutMethod(m) => Msg::new("stmt-err-payout-method").arg("method", m),
            E::NotASoukDatabase { path } => {
                Msg::new("backup-err-not-souk").arg("path", path.display().to_string())
            }
            E::BackupDamaged { path, detail } => Msg::new("backup-err-damaged")
                .arg("path", path.display().to_string())
                .arg("detail", detail),
            E::BackupFolderNeeded => Msg::new("backup-err-no-folder"),
            E::BackupKeep(text) => Msg::new("backup-err-keep").arg("text", text),
            E::RestoreOntoItself(path) => {
                Msg::new("backup-err-itself").arg("path", path.display().to_string())
            }
            E::NotAllowed { user, right } => Msg::new("auth-err-not-allowed")
                .arg("name", user)
                .arg("right", Msg::new(right.msg_id())),
            E::PinFormat => Msg::new("auth-err-pin-format"),
            E::WrongPin(name) => Msg::new("auth-err-wrong-pin").arg("name", name),
            E::PinWait { name, seconds } => Msg::new("auth-err-pin-wait")
                .arg("name", name)
                .arg("seconds", *seconds),
            E::PinNotSet(name) => Msg::new("auth-err-pin-not-set").arg("name", name),
            E::PinNeeded => Msg::new("auth-err-pin-needed"),
            E::PinMismatch => Msg::new("auth-err-pin-mismatch"),
            E::UserNeeded => Msg::new("auth-err-user-needed"),
            E::LastAdmin => Msg::new("auth-err-last-admin"),
            E::SettingOutOfRange { value, min, max } if value.is_empty() => {
                Msg::new("set-err-range-empty")
                    .arg("min", *min)
                    .arg("max", *max)
            }
            E::SettingOutOfRange { value, min, max } => Msg::new("set-err-range")
                .arg("value", value)
                .arg("min", *min)
                .arg("max", *max),
            E::SettingChoice { value, codes } => Msg::new("set-err-choice")
                .arg("value", value)
                .arg("codes", codes),
            E::UnknownSetting(key) => Msg::new("set-err-unknown").arg("key", key),

            E::DatabaseBusy => Msg::new("store-err-busy"),
            E::DatabaseReadOnly => Msg::new("store-err-read-only"),
            E::DiskFull => Msg::new("store-err-disk-full"),
            E::DatabaseDamaged => Msg::new("store-err-damaged"),
            E::AlreadyOpen { path } => {
                Msg::new("store-err-already-open").arg("path", path.display().to_string())
            }
            E::Text(refused) => refused.msg(),
            E::CsvNotUtf8 { line } => Msg::new("input-err-csv-not-utf8").arg("line", *line),
            E::UnknownSession(id) => Msg::new("cash-err-unknown-session").arg("id", *id),
            E::NoOpenSession => Msg::new("cash-err-no-session"),
            E::SessionAlreadyOpen(id) => Msg::new("cash-err-already-open").arg("id", *id),
            E::NoClosedSession => Msg::new("cash-err-none-closed"),
            E::CountSyntax(text) => Msg::new("cash-err-count-syntax").arg("text", text),
            E::UnknownDenomination(text) => Msg::new("cash-err-denomination").arg("text", text),
            E::VoidSessionClosed { number } => {
                Msg::new("cash-err-void-closed").arg("number", number)
            }
            E::BadPeriod { from, to } => Msg::new("report-err-period")
                .arg("from", from)
                .arg("to", to),
            E::PdfFont(index) => Msg::new("pdf-err-font").arg("index", *index),
            E::EmptyDeposit => Msg::new("intake-err-empty"),
            E::UnknownDeposit(n) => Msg::new("intake-err-unknown").arg("number", n),
            E::NotHerProduct { sku, producer } => Msg::new("intake-err-not-hers")
                .arg("sku", sku)
                .arg("producer", producer),
            E::DepositQuantity { sku, quantity } => Msg::new("intake-err-quantity")
                .arg("sku", sku)
                .arg("quantity", quantity),
            E::ReturnExceedsStock { sku, stock } => Msg::new("intake-err-return-exceeds")
                .arg("sku", sku)
                .arg("stock", stock),
            E::NotSoldByWeight(sku) => Msg::new("tags-err-not-by-weight").arg("sku", sku),
            E::NoPlu(sku) => Msg::new("tags-err-no-plu").arg("sku", sku),
            E::PackagePrice { sku, max } => Msg::new("tags-err-package-price")
                .arg("sku", sku)
                .arg("max", *max),
            E::TagLayout(text) => Msg::new("tags-err-layout").arg("text", text),
            E::TagSkip { skip, per_sheet } => Msg::new("tags-err-skip")
                .arg("skip", *skip)
                .arg("per", *per_sheet),
            E::NewProductSpec(text) => Msg::new("intake-err-new-spec").arg("text", text),
            E::PhotoUnreadable(detail) => Msg::new("photo-err-unreadable").arg("detail", detail),
            E::NoPagePrinting => Msg::new("pages-err-no-cups"),
            E::PagePrinter(detail) => Msg::new("pages-err-printer").arg("detail", detail),
            E::Output(refusal) => refusal.msg(),
            E::Timeline(refusal) => refusal.msg(),
            E::DbKind(refusal) => refusal.msg(),
            E::Export(detail) => Msg::new("xl-err").arg("detail", detail),
            E::ChangeTooLarge {
                tendered,
                due,
                change,
            } => Msg::new("err-change-too-large")
                .arg("tendered", *tendered)
                .arg("due", *due)
                .arg("change", *change),
        }
    }
}

/// What the user typed, as a message quotes it (see [`crate::text::shown`]).
fn typed(text: &str) -> String {
    crate::text::shown(text)
}

/// The message naming a field of a form or a column of a file.
fn field_message(field: &str) -> &'static str {
    match field {
        "price" => "field-price",
        "quantity" => "field-quantity",
        "payment" => "field-payment",
        "stock" => "field-stock",
        "association_share_percent" => "field-share",
        _ => "field-value",
    }
}

impl From<crate::outfile::Error> for Error {
    fn from(e: crate::outfile::Error) -> Error {
        use crate::outfile::Error as O;
        match e {
            O::Refused(refusal) => Error::Output(refusal),
            O::Folder { path, source } => Error::Folder { path, source },
            O::Write { path, source } => Error::WriteFile { path, source },
        }
    }
}

impl From<crate::dbkind::Error> for Error {
    fn from(e: crate::dbkind::Error) -> Error {
        match e {
            crate::dbkind::Error::Refused(refusal) => Error::DbKind(refusal),
            crate::dbkind::Error::Store(e) => Error::from(e),
        }
    }
}

impl From<crate::dbkind::Refusal> for Error {
    fn from(refusal: crate::dbkind::Refusal) -> Error {
        Error::DbKind(refusal)
    }
}

impl From<crate::timeline::Error> for Error {
    fn from(e: crate::timeline::Error) -> Error {
        match e {
            crate::timeline::Error::Refused(refusal) => Error::Timeline(refusal),
            crate::timeline::Error::Store(e) => Error::from(e),
        }
    }
}

impl From<crate::timeline::Refusal> for Error {
    fn from(refusal: crate::timeline::Refusal) -> Error {
        Error::Timeline(refusal)
    }
}

impl From<crate::outfile::Refusal> for Error {
    fn from(refusal: crate::outfile::Refusal) -> Error {
        Error::Output(refusal)
    }
}

impl From<rusqlite::Error> for Error {
    fn from(e: rusqlite::Error) -> Error {
        if let Some(damaged) = crate::stored::damaged(&e) {
            return Error::Damaged(damaged);
        }
        Error::storage(&e).unwrap_or_else(|| Error::Sqlite(Arc::new(e)))
    }
}

impl Error {
    /// The refusals of the disk and of other writers, which the user can act on (wait,
    /// free space, move the file, restore a backup), apart from the database's own errors.
    pub fn storage(e: &rusqlite::Error) -> Option<Error> {
        use rusqlite::ErrorCode as C;
        let rusqlite::Error::SqliteFailure(failure, _) = e else {
            return None;
        };
        Some(match failure.code {
            C::DatabaseBusy | C::DatabaseLocked => Error::DatabaseBusy,
            C::ReadOnly => Error::DatabaseReadOnly,
            C::DiskFull => Error::DiskFull,
            // The shared-memory file beside a WAL database could not grow: on a full disk,
            // this is what opening (even to read) answers instead of SQLITE_FULL.
            C::SystemIoFailure if failure.extended_code == rusqlite::ffi::SQLITE_IOERR_SHMSIZE => {
                Error::DiskFull
            }
            C::DatabaseCorrupt | C::NotADatabase => Error::DatabaseDamaged,
            _ => return None,
        })
    }
}
