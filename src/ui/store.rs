//! The window's handle on the store: one connection behind a mutex, used from background
//! tasks so the counter never waits on the disk, and what the counter loads at start.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use crate::catalog::{self, Category, Product, search::SearchIndex};
use crate::clock::Clock;
use crate::i18n::Lang;
use crate::sale::{self, NewSale, Sale};
use crate::users::{self, Role, User};
use crate::{Error, Result, db, demo, settings};
use rusqlite::Connection;

#[derive(Clone)]
pub struct Store {
    conn: Arc<Mutex<Connection>>,
    clock: Arc<dyn Clock>,
    path: PathBuf,
    /// Whose rights the window uses now: the person signed in, or the administrator who
    /// approved the next action. The shell keeps it up to date.
    acting: Arc<Mutex<Option<i64>>>,
    /// The window's lock on the database, shared by every clone: released with the last.
    window: Option<Arc<crate::lock::WindowLock>>,
}

impl std::fmt::Debug for Store {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Store")
            .field("path", &self.path)
            .finish_non_exhaustive()
    }
}

impl Store {
    pub fn open(path: &Path, clock: Arc<dyn Clock>) -> Result<Store> {
        let conn = db::open(path)?;
        Ok(Store {
            conn: Arc::new(Mutex::new(conn)),
            clock,
            path: path.to_path_buf(),
            acting: Arc::new(Mutex::new(None)),
            window: None,
        })
    }

    /// Runs `work` with the connection. Called from background tasks only.
    pub fn with<T>(
        &self,
        work: impl FnOnce(&mut Connection, &dyn Clock) -> Result<T>,
    ) -> Result<T> {
        // A panic while holding the lock leaves a connection SQLite has rolled back: usable.
        let mut conn = self
            .conn
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        work(&mut conn, self.clock.as_ref())
    }

    /// Who acts in the window now; refused when nobody has signed in.
    pub fn acting(&self) -> Result<i64> {
        self.acting
            .lock()
            .map_or(None, |a| *a)
            .ok_or(crate::Error::UserNeeded)
    }

    pub fn set_acting(&self, user: Option<i64>) {
        if let Ok(mut acting) = self.acting.lock() {
            *acting = user;
        }
    }

    /// The database file the window works on.
    pub fn path(&self) -> &Path {
        &self.path
    }

    pub fn now(&self) -> chrono::DateTime<chrono::Utc> {
        self.clock.now()
    }

    /// The database's folder: where files are saved unless the user names another.
    pub fn folder(&self) -> PathBuf {
        self.path
            .parent()
            .map_or_else(|| PathBuf::from("."), Path::to_path_buf)
    }
}

/// What the counter shows: the active products, their makers' first names, categories.
#[derive(Debug, Clone, Default)]
pub struct Catalog {
    pub products: Vec<Product>,
    pub index: SearchIndex,
    /// Producer id → first name in Latin and in Arabic letters.
    pub makers: HashMap<i64, (String, String)>,
    pub categories: Vec<Category>,
    /// Barcode or upper-case sku → position in `products`: a scan is one hash lookup.
    codes: HashMap<String, usize>,
    /// Product id → its photo, decoded once.
    pub photos: Photos,
}

/// Product id → its photo, ready to draw.
pub type Photos = HashMap<i64, iced::widget::image::Handle>;

/// Every product's photo, decoded once for the window.
pub fn photos(conn: &Connection) -> Result<Photos> {
    Ok(catalog::photo::all_rgba(conn)?
        .into_iter()
        .map(|(id, w, h, rgba)| (id, iced::widget::image::Handle::from_rgba(w, h, rgba)))
        .collect())
}

impl Catalog {
    pub fn load(conn: &Connection) -> Result<Catalog> {
        let products: Vec<Product> = catalog::products(conn)?
            .into_iter()
            .filter(|p| p.active)
            .collect();
        let makers = catalog::producers(conn)?
            .into_iter()
            .map(|p| {
                (
                    p.id,
                    (p.first_name().to_owned(), p.first_name_ar().to_owned()),
                )
            })
            .collect();
        let mut catalog = Catalog::new(products, makers, catalog::categories(conn)?);
        catalog.photos = photos(conn)?;
        Ok(catalog)
    }

    pub fn new(
        products: Vec<Product>,
        makers: HashMap<i64, (String, String)>,
        categories: Vec<Category>,
    ) -> Catalog {
        let mut codes = HashMap::with_capacity(products.len() * 2);
        for (i, p) in products.iter().enumerate() {
            codes.insert(p.sku.to_uppercase(), i);
            if let Some(barcode) = &p.barcode {
                codes.insert(barcode.clone(), i);
            }
        }
        Catalog {
            index: SearchIndex::new(&products),
            products,
            makers,
            categories,
            codes,
            photos: HashMap::new(),
        }
    }

    /// The product a scanner's code or a typed sku names exactly.
    pub fn by_code(&self, code: &str) -> Option<&Product> {
        let code = code.trim();
        self.codes
            .get(code)
            .or_else(|| self.codes.get(&code.to_uppercase()))
            .and_then(|i| self.products.get(*i))
    }

    /// A weighed package's code (`catalog::weighed`): its product, weight and price;
    /// `None` when `code` is not one.
    pub fn package(&self, code: &str) -> Option<crate::Result<catalog::weighed::Package>> {
        use catalog::weighed;
        let parsed = weighed::parse(code)?;
        let product = self.by_code(&weighed::store_code(parsed.plu)).cloned();
        Some(weighed::resolve(product, parsed))
    }

    pub fn maker<'a>(&'a self, product: &'a Product, lang: Lang) -> &'a str {
        self.makers.get(&product.producer_id).map_or(
            product.producer_code.as_str(),
            |(latin, arabic)| {
                if lang.is_rtl() { arabic } else { latin }
            },
        )
    }
}

/// Everything the window needs after start.
#[derive(Debug, Clone)]
pub struct Boot {
    pub store: Store,
    pub catalog: Catalog,
    pub users: Vec<User>,
    pub shop_name: Option<String>,
    pub lang: Option<Lang>,
    pub screen: Option<String>,
}

/// Opens the shop for a window: one window per database (see [`crate::lock`]).
pub fn boot(path: PathBuf, clock: Arc<dyn Clock>) -> Result<Boot> {
    let window = crate::lock::take(&path)?.map(Arc::new);
    boot_with(path, clock, window)
}

fn boot_with(
    path: PathBuf,
    clock: Arc<dyn Clock>,
    window: Option<Arc<crate::lock::WindowLock>>,
) -> Result<Boot> {
    let mut store = Store::open(&path, clock)?;
    store.window = window;
    store.clone().with(|conn, _| {
        Ok(Boot {
            catalog: Catalog::load(conn)?,
            users: users::list(conn)?
                .into_iter()
                .filter(|u| u.active)
                .collect(),
            shop_name: settings::get(conn, settings::SHOP_NAME)?,
            lang: settings::get(conn, settings::UI_LANG)?
                .as_deref()
                .and_then(Lang::from_code),
            screen: settings::get(conn, settings::UI_SCREEN)?,
            store,
        })
    })
}

pub fn reload(store: Store) -> Result<Boot> {
    let path = store.path.clone();
    let clock = store.clock.clone();
    // The same window goes on: it keeps its lock.
    let window = store.window.clone();
    drop(store);
    boot_with(path, clock, window)
}

pub fn sell(store: Store, sale: NewSale, approved_by: Option<i64>) -> Result<Sale> {
    store.with(|conn, clock| sale::sell_approved(conn, clock, &sale, approved_by))
}

/// Opens the till (a cash session) with the counted float, by the person at the counter.
pub fn open_till(store: Store, cashier: i64, float: crate::money::Money) -> Result<()> {
    store.with(|conn, clock| crate::cash::open(conn, clock, cashier, float).map(|_| ()))
}

/// The till as its screen shows it: the open session's X report, the last Z.
#[derive(Debug, Clone)]
pub struct Till {
    pub open: Option<crate::cash::SessionReport>,
    pub last: Option<crate::cash::SessionReport>,
    /// Why the backup made at the till's close failed (the close itself is saved).
    pub backup_failed: Option<crate::Error>,
}

pub fn till(store: Store) -> Result<Till> {
    store.with(|conn, clock| till_in(conn, clock))
}

fn till_in(conn: &Connection, clock: &dyn Clock) -> Result<Till> {
    use crate::cash;
    let report = |id: i64| cash::report(conn, id, clock.now());
    Ok(Till {
        open: cash::open_id(conn)?.map(report).transpose()?,
        last: cash::last_closed(conn)?.map(|s| report(s.id)).transpose()?,
        backup_failed: None,
    })
}

/// Closes the till with the count by denomination; returns the till after it.
pub fn close_till(store: Store, user: i64, count: crate::cash::Count) -> Result<Till> {
    store.with(|conn, clock| {
        crate::cash::close(conn, clock, user, &crate::cash::Counted::Pieces(count))?;
        // A closed till is a moment worth a backup (#7), into the backup folder if set.
        let backup_failed = crate::backup::automatic(conn, clock).err();
        Ok(Till {
            backup_failed,
            ..till_in(conn, clock)?
        })
    })
}

/// A pay-in, a pay-out or a drawer opening by whoever acts in the window (the core checks
/// her till right); returns the till after it, its figures counting the movement.
pub fn till_movement(
    store: Store,
    kind: crate::cash::MovementKind,
    amount: crate::money::Money,
    reason: String,
) -> Result<Till> {
    let user = store.acting()?;
    store.with(|conn, clock| {
        crate::cash::movement(conn, clock, kind, amount, &reason, user)?;
        till_in(conn, clock)
    })
}

/// The till report to print or save: X for the open session, Z for the last closed one.
fn till_report(
    conn: &Connection,
    clock: &dyn Clock,
    kind: crate::cash::ReportKind,
) -> Result<crate::cash::SessionReport> {
    use crate::cash::{self, ReportKind};
    let id = match kind {
        ReportKind::X => cash::require_open(conn)?,
        ReportKind::Z => cash::last_closed(conn)?.ok_or(Error::NoOpenSession)?.id,
    };
    cash::report(conn, id, clock.now())
}

/// Prints the X or Z report on the shop's receipt printer and paper, as receipts print.
pub fn print_till_report(store: Store, kind: crate::cash::ReportKind) -> Result<()> {
    use crate::receipt::pending;
    store.with(|conn, clock| {
        let report = till_report(conn, clock, kind)?;
        let spec = pending::printer(conn, None)?;
        let paper = pending::paper(conn, None)?;
        crate::cash::print::print(conn, &report, &spec, paper).map(|_| ())
    })
}

/// Saves the X or Z report as a PDF into `folder`; returns the file's path.
pub fn save_till_report(
    store: Store,
    kind: crate::cash::ReportKind,
    folder: PathBuf,
    replace: bool,
) -> Result<PathBuf> {
    let (id, bytes) = store.with(|conn, clock| {
        let report = till_report(conn, clock, kind)?;
        let shop = crate::receipt::ShopInfo::load(conn)?;
        Ok((report.session.id, crate::cash::session_pdf(&report, &shop)?))
    })?;
    let letter = match kind {
        crate::cash::ReportKind::X => "x",
        crate::cash::ReportKind::Z => "z",
    };
    let path = folder.join(format!("souk-session-{id}-{letter}.pdf"));
    crate::outfile::write(&path, &bytes, replace)?;
    Ok(path)
}

/// The review of a period for the reports screen.
pub fn review(
    store: Store,
    period: crate::report::Period,
    by: crate::report::By,
) -> Result<crate::report::Review> {
    store.with(|conn, _| crate::report::review(conn, period, by))
}

/// A file named `name` beside the database.
fn beside_database(store: &Store, name: &str) -> PathBuf {
    store
        .path
        .parent()
        .map_or_else(|| PathBuf::from(name), |dir| dir.join(name))
}

/// Writes a review's table as CSV for the reader's Excel beside the database; returns the
/// file's path. An existing file is replaced only with `replace` (the window asks first).
pub fn export_csv(
    store: Store,
    review: crate::report::Review,
    by: crate::report::By,
    lang: Lang,
    replace: bool,
) -> Result<PathBuf> {
    let name = format!(
        "souk-report-{}-{}.csv",
        review.period.from, review.period.to
    );
    let path = beside_database(&store, &name);
    let bytes = crate::report::csv(&review, by, &crate::i18n::Translator::new(lang))?;
    crate::outfile::write(&path, &bytes, replace)?;
    Ok(path)
}

/// Writes a review as an Excel workbook (every table, one sheet each) beside the database.
pub fn export_xlsx(
    store: Store,
    review: crate::report::Review,
    by: crate::report::By,
    lang: Lang,
    replace: bool,
) -> Result<PathBuf> {
    let name = format!(
        "souk-report-{}-{}.xlsx",
        review.period.from, review.period.to
    );
    let path = beside_database(&store, &name);
    let tr = crate::i18n::Translator::new(lang);
    let bytes =
        crate::export::workbook(&crate::export::tables::review_tables(&review, by, &tr), &tr)?;
    crate::outfile::write(&path, &bytes, replace)?;
    Ok(path)
}

/// Writes the board's report of a review as a PDF beside the database; returns its path.
pub fn export_pdf(store: Store, review: crate::report::Review, replace: bool) -> Result<PathBuf> {
    let name = format!("souk-board-{}-{}.pdf", review.period.from, review.period.to);
    let path = beside_database(&store, &name);
    crate::outfile::check(&path, replace)?;
    let bytes = store.with(|conn, _| {
        let shop = crate::receipt::ShopInfo::load(conn)?;
        crate::report::board_report(&review, &shop)
    })?;
    crate::outfile::write(&path, &bytes, replace)?;
    Ok(path)
}

/// Sends the board's report to the shop's page printer; returns its title and where it went.
pub fn print_board(
    store: Store,
    review: crate::report::Review,
) -> Result<(String, crate::pdf::print::Printed)> {
    use crate::pdf::print::{self, PagePrinter};
    let title = format!("souk-board-{}-{}", review.period.from, review.period.to);
    let (printer, bytes) = store.with(|conn, _| {
        let shop = crate::receipt::ShopInfo::load(conn)?;
        Ok((
            PagePrinter::of_shop(conn)?,
            crate::report::board_report(&review, &shop)?,
        ))
    })?;
    let printed = print::print(&printer, std::path::Path::new("lp"), &title, &bytes)?;
    Ok((title, printed))
}

pub fn save_setting(store: Store, key: &'static str, value: String) -> Result<()> {
    store.with(|conn, _| settings::set(conn, key, &value))
}

/// The first run: the shop's name and its first administrator, optionally the demo shop.
/// Sets a new shop up: its first administrator `(name, PIN)`, or the demo shop.
pub fn set_up(
    store: Store,
    shop_name: String,
    admin: (String, String),
    with_demo: bool,
) -> Result<()> {
    // Checked first: a refused name must not leave the administrator added without it.
    crate::text::check(shop_name.trim())?;
    store.with(|conn, clock| {
        if with_demo {
            demo::generate(
                conn,
                &demo::DemoOptions {
                    months: 3,
                    seed: 2016,
                },
                clock.now(),
            )?;
        } else {
            users::enrol(conn, clock, None, &admin.0, Role::Admin, &admin.1)?;
        }
        settings::set(conn, settings::SHOP_NAME, shop_name.trim())
    })
}

/// What printing a sale's receipt came to, with the picture it printed (the counter's
/// preview is exactly the printed raster).
#[derive(Debug, Clone)]
pub struct Printed {
    pub number: String,
    pub preview: Arc<crate::receipt::Bitmap>,
    /// `None` when no printer is set: the preview is all there is.
    pub outcome: Option<Result<(), crate::Error>>,
}

/// Prints a sale's receipt on the shop's printer (original, opening the drawer for cash
/// when the shop wants it; or a duplicate), after the sale was committed.
pub fn print(store: Store, number: String, copy: crate::receipt::Copy) -> Result<Printed> {
    use crate::receipt::pending;
    store.with(|conn, clock| {
        let paper = pending::paper(conn, None)?;
        // Without a printer, or when it fails, the picture is drawn for the screen alone;
        // when it prints, the screen shows the very picture that was sent.
        let drawn = |conn: &Connection| -> Result<Arc<crate::receipt::Bitmap>> {
            let sale = sale::load(conn, &number)?;
            Ok(Arc::new(
                pending::job_for(conn, &sale, paper, copy, false)?.bitmap,
            ))
        };
        let (preview, outcome) = match pending::printer(conn, None) {
            Err(crate::Error::NoPrinter) => (drawn(conn)?, None),
            Err(error) => (drawn(conn)?, Some(Err(error))),
            Ok(spec) => {
                let drawer = matches!(copy, crate::receipt::Copy::Original);
                match pending::print_sale(conn, clock, &number, &spec, paper, copy, drawer) {
                    Ok(printed) => (Arc::new(printed.bitmap), Some(Ok(()))),
                    Err(error) => (drawn(conn)?, Some(Err(error))),
                }
            }
        };
        Ok(Printed {
            number,
            preview,
            outcome,
        })
    })
}
