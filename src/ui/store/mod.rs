//! The window's handle on the store: one connection behind a mutex, reached only through
//! `async` calls that run on threads of their own ([`super::worker`]), so the window's
//! thread never waits on the disk or a printer; and what the counter loads at start.
//!
//! Printing never holds the connection: a paper is queued and drawn under it, sent on the
//! printer's spool thread without it, and its outcome recorded under it again
//! ([`printing`]). The till's and the reports' work are in [`till`] and [`reports`].

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use super::places::Places;
use super::worker::{self, Spool};
use crate::catalog::{self, Category, Product, search::SearchIndex};
use crate::clock::Clock;
use crate::i18n::Lang;
use crate::sale::{self, NewSale, Sale};
use crate::users::{self, User};
use crate::{Error, Result, db, settings};
use rusqlite::Connection;

mod printing;
mod reports;
mod till;

pub use printing::*;
pub use reports::*;
pub use till::*;

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
    /// The receipt printer's queue, shared by every clone.
    spool: Spool,
    /// Where files for people go and dialogs open (the user's Documents, USB sticks).
    places: Arc<super::places::Places>,
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
            spool: Spool::start(),
            places: Arc::new(super::places::Places::beside(path)),
        })
    }

    /// Runs `work` with the connection, here and now: only ever on a worker thread, which
    /// is why it is private and the screens call [`Store::run`].
    fn with<T>(&self, work: impl FnOnce(&mut Connection, &dyn Clock) -> Result<T>) -> Result<T> {
        // A panic while holding the lock leaves a connection SQLite has rolled back: usable.
        let mut conn = self
            .conn
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        work(&mut conn, self.clock.as_ref())
    }

    /// Runs `work` with the connection on a thread of its own.
    pub async fn run<T: Send + 'static>(
        &self,
        work: impl FnOnce(&mut Connection, &dyn Clock) -> Result<T> + Send + 'static,
    ) -> Result<T> {
        let store = self.clone();
        worker::blocking(move || store.with(work)).await?
    }

    /// Runs `work` on a connection of its own (a backup to a slow stick), so the window's
    /// connection stays free for the next sale meanwhile.
    pub async fn run_apart<T: Send + 'static>(
        &self,
        work: impl FnOnce(&mut Connection, &dyn Clock) -> Result<T> + Send + 'static,
    ) -> Result<T> {
        let (path, clock) = (self.path.clone(), self.clock.clone());
        worker::blocking(move || {
            let mut conn = db::open(&path)?;
            work(&mut conn, clock.as_ref())
        })
        .await?
    }

    /// Runs `work` (talking to the receipt printer) on the printer's spool thread, after
    /// the papers already waiting; no connection is held meanwhile.
    pub async fn spool<T: Send + 'static>(
        &self,
        work: impl FnOnce() -> Result<T> + Send + 'static,
    ) -> Result<T> {
        self.spool.send(work).await?
    }

    /// Who acts in the window now; refused when nobody has signed in.
    pub fn acting(&self) -> Result<i64> {
        self.acting
            .lock()
            .map_or(None, |a| *a)
            .ok_or(crate::Error::Users(crate::error::UsersError::UserNeeded))
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

    /// Where files for people go and dialogs open.
    pub fn places(&self) -> &super::places::Places {
        &self.places
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
    /// Whether the shop asks for PINs (it has an administrator).
    pub pins: bool,
    /// Minutes without a touch before the window locks itself.
    pub lock_after: i64,
    /// The shop's scale, if one is set (a setting that cannot be read is as none: the
    /// settings screen says what is wrong with it).
    pub scale: Option<ScaleUse>,
}

pub use crate::scale::ScaleUse;

/// What the scale says, as a stream for the window: the reader runs on a thread of its
/// own and stops when the window stops listening (the scale's settings changed).
pub fn scale_readings(
    spec: &crate::scale::ScaleSpec,
) -> impl iced::futures::Stream<Item = crate::scale::reader::Said> + use<> {
    let (tx, rx) = iced::futures::channel::mpsc::unbounded();
    let spec = spec.clone();
    // A thread that cannot start leaves the stream empty: the counter then shows the
    // scale as still being read, and typing the weight works as without one.
    let _ = std::thread::Builder::new()
        .name("souk-scale".to_owned())
        .spawn(move || crate::scale::reader::run(&spec, |said| tx.unbounded_send(said).is_ok()));
    rx
}

/// Opens the shop for the window, off its thread; files for people go to `places`.
pub async fn start(path: PathBuf, clock: Arc<dyn Clock>, places: Places) -> Result<Boot> {
    worker::blocking(move || boot_in(path, clock, places)).await?
}

/// Reads the shop again after its first run, off the window's thread.
pub async fn restart(store: Store) -> Result<Boot> {
    worker::blocking(move || reload(store)).await?
}

/// Opens the shop for a window: one window per database (see [`crate::lock`]), the files
/// it writes for people going beside the database. Blocking: the window calls [`start`];
/// tests and tools call this, or [`boot_in`] to name the folders.
pub fn boot(path: PathBuf, clock: Arc<dyn Clock>) -> Result<Boot> {
    let places = Places::beside(&path);
    boot_in(path, clock, places)
}

/// As [`boot`], the files for people going to `places`.
pub fn boot_in(path: PathBuf, clock: Arc<dyn Clock>, places: Places) -> Result<Boot> {
    let window = crate::lock::take(&path)?.map(Arc::new);
    boot_with(path, clock, window, Arc::new(places))
}

fn boot_with(
    path: PathBuf,
    clock: Arc<dyn Clock>,
    window: Option<Arc<crate::lock::WindowLock>>,
    places: Arc<Places>,
) -> Result<Boot> {
    let mut store = Store::open(&path, clock)?;
    store.window = window;
    store.places = places;
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
            pins: users::pins_required(conn)?,
            lock_after: settings::lock_after(conn)?,
            scale: ScaleUse::of_shop(conn).ok().flatten(),
            store,
        })
    })
}

/// Blocking, like [`boot`]: the window calls [`restart`].
pub fn reload(store: Store) -> Result<Boot> {
    let path = store.path.clone();
    let clock = store.clock.clone();
    // The same window goes on: it keeps its lock and its folders.
    let window = store.window.clone();
    let places = store.places.clone();
    drop(store);
    boot_with(path, clock, window, places)
}

pub async fn sell(store: Store, sale: NewSale, approved_by: Option<i64>) -> Result<Sale> {
    store
        .run(move |conn, clock| sale::sell_approved(conn, clock, &sale, approved_by))
        .await
}

/// Writes a file for people off the window's thread, as [`crate::outfile::write`] does
/// (never over the database or a backup; an existing file only with `replace`); returns
/// its path.
pub async fn write_out(
    path: PathBuf,
    bytes: impl AsRef<[u8]> + Send + 'static,
    replace: bool,
) -> Result<PathBuf> {
    worker::blocking(move || {
        crate::outfile::write(&path, bytes.as_ref(), replace)?;
        Ok(path)
    })
    .await?
}

/// Makes the folder files are exported to when it is missing (a new folder typed), off
/// the window's thread.
pub async fn folder_ready(folder: PathBuf) -> Result<PathBuf> {
    worker::blocking(move || {
        std::fs::create_dir_all(&folder).map_err(|source| Error::Folder {
            path: folder.clone(),
            source: Arc::new(source),
        })?;
        Ok(folder)
    })
    .await?
}

pub async fn save_setting(store: Store, key: &'static str, value: String) -> Result<()> {
    store
        .run(move |conn, _| settings::set(conn, key, &value))
        .await
}

/// Sets a new shop up at its first run (see [`crate::setup`]).
pub async fn set_up(store: Store, shop: crate::setup::NewShop) -> Result<()> {
    store
        .run(move |conn, clock| crate::setup::set_up(conn, clock, &shop))
        .await
}
