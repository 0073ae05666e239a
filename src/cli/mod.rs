//! The command line: one module per subcommand, each a thin layer over the core. Every
//! command takes `--db` and `--lang`, speaks the user's language, exits 0 on success and
//! non-zero with a one-line reason on any refusal.

mod audit;
mod auth;
mod backup;
mod catalog;
mod check;
mod correct;
mod demo;
mod intake;
mod output;
mod pages;
mod photo;
mod receipt;
mod report;
mod sales;
mod sell;
mod session;
mod settings;
mod statement;
mod status;
mod stock;
mod tags;
mod users;

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};
use rusqlite::Connection;
use souk::clock::{Clock, SetClock, SystemClock};
use souk::i18n::{Lang, Translator};
use souk::{Error, Result, db};

pub use output::report_error;

#[derive(Debug, Parser)]
#[command(
    name = "souk",
    version,
    about = "Souk: the point of sale of a solidarity shop"
)]
pub struct Cli {
    #[command(flatten)]
    pub global: Global,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Args)]
pub struct Global {
    /// The database file (created when missing). Default: $SOUK_DB, else the user's data folder.
    #[arg(long, global = true, env = "SOUK_DB")]
    pub db: Option<PathBuf>,
    /// Language of messages: ar, fr or en. Default: $SOUK_LANG, else the system's language.
    #[arg(long, global = true, env = "SOUK_LANG")]
    pub lang: Option<String>,
    /// Who acts, for commands that change data (`sell` uses --cashier). Her PIN comes from
    /// $SOUK_PIN or is asked, once the shop has an administrator. Default: $SOUK_USER.
    #[arg(long, global = true, env = "SOUK_USER")]
    pub user: Option<String>,
    /// Replace a file the command writes (a PDF, a picture, a CSV) when one is already there.
    /// The database, its files and backups are never replaced.
    #[arg(long, global = true)]
    pub force: bool,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Import producers or products from a CSV file (all or nothing).
    Import {
        #[arg(value_enum)]
        what: catalog::ImportKind,
        file: PathBuf,
    },
    /// List producers.
    Producers {
        #[arg(long)]
        json: bool,
    },
    /// List products.
    Products {
        #[arg(long)]
        json: bool,
    },
    /// Ring up a sale: ITEM is a sku or barcode, optionally followed by xQTY (P001-0002x0.350).
    Sell(sell::SellArgs),
    /// Refund a sale, or part of one line.
    Refund(sales::RefundArgs),
    /// Void a sale while its cash session is open (its cash is handed back).
    Void(sales::VoidArgs),
    /// Print a sale's receipt again, or every receipt still waiting for a printer (--pending).
    Receipt(receipt::ReceiptArgs),
    /// List sales of local business days FROM to TO (both included).
    Sales(sales::SalesArgs),
    /// Fill an empty database with a realistic demo shop.
    Demo(demo::DemoArgs),
    /// Check the ledger's invariants; exits non-zero naming each violation.
    Check,
    /// Manage the people who use Souk.
    User {
        #[command(subcommand)]
        command: users::UserCommand,
    },
    /// List users.
    Users {
        #[arg(long)]
        json: bool,
    },
    /// Where the database is and what it holds.
    Status,
    /// Write a verified backup of the database: into FILE, or dated into the backup folder.
    Backup(backup::BackupArgs),
    /// Replace the database with a backup; the previous one is kept aside.
    Restore(backup::RestoreArgs),
    /// Producers' statements of a month: preview them, or issue (number and freeze) them.
    Statement(statement::StatementArgs),
    /// Record a payout to a producer against her balance.
    Payout(statement::PayoutArgs),
    /// A producer's page: her balance today, her months and her payouts.
    History(pages::HistoryArgs),
    /// The audit trail: who did which sensitive thing, newest first (administrators).
    Audit(audit::AuditArgs),
    /// The shop's settings; `settings set KEY VALUE` changes one (administrators).
    Settings(settings::SettingsArgs),
    /// Record what a producer brings in (ITEM as in sell), and print its slip.
    Intake(intake::DepositArgs),
    /// Record unsold items given back to their producer, and print the return slip.
    Return(intake::DepositArgs),
    /// Print price tags (ITEM as in sell; xWEIGHT on a kg product: a weighed package).
    Tags(tags::TagsArgs),
    /// What each producer has in the shop, sold and got back; what is old on the shelf.
    Stock(stock::StockArgs),
    /// Give a product a photo (JPEG or PNG, scaled down), or take it away (--remove).
    Photo(photo::PhotoArgs),
    /// Print a deposit's or a return's slip again, or write it as a PDF.
    Slip(intake::SlipArgs),
    /// Correct a deposit or a return with signed quantities (P001-0001x-1), and print the
    /// correction slip.
    Correct(correct::CorrectArgs),
    /// The cash session: open, close, X and Z reports, pay-ins and pay-outs.
    Session {
        #[command(subcommand)]
        command: session::SessionCommand,
    },
    /// Revenue and impact of local business days FROM to TO, beside the period before.
    Report(report::ReportArgs),
    /// Marks an empty database as a test's, so that $SOUK_CLOCK may set its time. For the
    /// test suite; a database with people or records is refused.
    #[command(hide = true)]
    MarkTestDatabase,
}

impl Command {
    /// Whether the command only reads the database (its output may still be a file).
    fn only_reads(&self) -> bool {
        matches!(
            self,
            Command::Producers { .. }
                | Command::Products { .. }
                | Command::Sales(_)
                | Command::Check
                | Command::Users { .. }
                | Command::Status
                | Command::History(_)
                | Command::Stock(_)
                | Command::Report(_)
        )
    }
}

/// What every command works with: the open store, the clock, the user's language.
pub struct Context<'a> {
    pub conn: Connection,
    pub clock: Box<dyn Clock>,
    pub tr: &'a Translator,
    /// `--user`: who acts.
    pub user: Option<String>,
    /// `--force`: files the command writes may replace existing ones.
    pub force: bool,
}

impl Context<'_> {
    pub fn lang(&self) -> Lang {
        self.tr.lang()
    }
}

/// The language asked for on the command line or by the environment.
pub fn language(global: &Global) -> Lang {
    global
        .lang
        .as_deref()
        .and_then(Lang::from_code)
        .unwrap_or_else(|| {
            Lang::from_locale(["LC_ALL", "LC_MESSAGES", "LANG"].map(|v| std::env::var(v).ok()))
        })
}

/// The database path: `--db`, `$SOUK_DB`, else `souk.sqlite` in the platform data folder.
pub fn database_path(global: &Global) -> PathBuf {
    global.db.clone().unwrap_or_else(|| {
        directories::ProjectDirs::from("ma", "Souk", "souk")
            .map(|dirs| dirs.data_dir().join("souk.sqlite"))
            .unwrap_or_else(|| PathBuf::from("souk.sqlite"))
    })
}

/// The clock of the database at `conn`: the machine's, or a fixed instant from
/// `$SOUK_CLOCK` (RFC 3339) for demos, tests and reproductions, which only a demo's or a
/// test's database accepts (see [`souk::dbkind`]); `fresh` accepts it on an empty database
/// that the command is about to mark (`souk demo`).
pub fn clock_for(conn: &Connection, fresh: bool) -> Result<Box<dyn Clock>> {
    let Some(text) = std::env::var("SOUK_CLOCK").ok().filter(|t| !t.is_empty()) else {
        return Ok(Box::new(SystemClock));
    };
    let at = souk::dbkind::parse_clock(&text)?;
    souk::dbkind::allow_fixed_clock(conn, &text, fresh)?;
    Ok(Box::new(SetClock(at)))
}

/// The window's clock: as [`clock_for`], the database opened only when `$SOUK_CLOCK` is set
/// (one that cannot be opened is the window's to explain).
#[cfg(feature = "gui")]
pub fn window_clock(path: &std::path::Path) -> Result<Box<dyn Clock>> {
    if std::env::var("SOUK_CLOCK")
        .ok()
        .filter(|t| !t.is_empty())
        .is_none()
    {
        return Ok(Box::new(SystemClock));
    }
    match db::open(path) {
        Ok(conn) => clock_for(&conn, false),
        Err(_) => clock_without_database(),
    }
}

/// The clock when no database can be read (a restore over a missing or damaged one): it
/// only names the file set aside, so `$SOUK_CLOCK` is taken as it is.
pub fn clock_without_database() -> Result<Box<dyn Clock>> {
    match std::env::var("SOUK_CLOCK").ok().filter(|t| !t.is_empty()) {
        Some(text) => Ok(Box::new(SetClock(souk::dbkind::parse_clock(&text)?))),
        None => Ok(Box::new(SystemClock)),
    }
}

pub fn run(command: Command, global: &Global, tr: &Translator) -> Result<()> {
    let path = database_path(global);
    // Before opening: the database being replaced may be damaged or from a newer Souk.
    if let Command::Restore(args) = &command {
        // Replacing the file under an open counter would mix its cart with another ledger.
        souk::lock::refuse_if_open(&path)?;
        return backup::restore(&path, args, tr, global.user.as_deref());
    }
    // What only reads still works on a database that cannot be written (#14.11).
    let conn = if command.only_reads() {
        db::open_for_reading(&path)?
    } else {
        db::open(&path)?
    };
    let fresh = matches!(command, Command::Demo(_) | Command::MarkTestDatabase);
    let clock = clock_for(&conn, fresh)?;
    let mut ctx = Context {
        conn,
        clock,
        tr,
        user: global.user.clone(),
        force: global.force,
    };
    match command {
        Command::Import { what, file } => catalog::import(&mut ctx, what, &file),
        Command::Producers { json } => catalog::producers(&ctx, json),
        Command::Products { json } => catalog::products(&ctx, json),
        Command::Sell(args) => sell::run(&mut ctx, &args),
        Command::Refund(args) => sales::refund(&mut ctx, &args),
        Command::Void(args) => sales::void(&mut ctx, &args),
        Command::Receipt(args) => receipt::run(&mut ctx, &args),
        Command::Sales(args) => sales::list(&ctx, &args),
        Command::Demo(args) => demo::run(&mut ctx, &args),
        Command::Check => check::run(&ctx),
        Command::User { command } => users::run(&mut ctx, command),
        Command::Users { json } => users::list(&ctx, json),
        Command::Status => status::run(&ctx, &path),
        Command::Statement(args) => statement::run(&mut ctx, &args),
        Command::Payout(args) => statement::payout(&mut ctx, &args),
        Command::History(args) => pages::history(&ctx, &args),
        Command::Backup(args) => backup::backup(&mut ctx, &args),
        Command::Restore(args) => backup::restore(&path, &args, ctx.tr, ctx.user.as_deref()),
        Command::Audit(args) => audit::run(&mut ctx, &args),
        Command::Settings(args) => settings::run(&mut ctx, &args),
        Command::Intake(args) => intake::run(&mut ctx, &args, false),
        Command::Return(args) => intake::run(&mut ctx, &args, true),
        Command::Tags(args) => tags::run(&mut ctx, &args),
        Command::Stock(args) => stock::run(&ctx, &args),
        Command::Photo(args) => photo::run(&mut ctx, &args),
        Command::Slip(args) => intake::reprint(&ctx, &args),
        Command::Correct(args) => correct::run(&mut ctx, &args),
        Command::Session { command } => session::run(&mut ctx, &command),
        Command::Report(args) => report::run(&ctx, &args),
        Command::MarkTestDatabase => {
            souk::dbkind::mark(&ctx.conn, souk::dbkind::Kind::Test)?;
            output::say(ctx.tr.text("kind-marked-test"));
            Ok(())
        }
    }
}

/// Reads a local business day typed as YYYY-MM-DD.
pub fn parse_day(text: &str) -> Result<chrono::NaiveDate> {
    chrono::NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d")
        .map_err(|_| Error::BadDay(text.to_owned()))
}
