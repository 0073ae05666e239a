//! The catalogue screen: the association's producers and products, listed, searched,
//! added, changed, withdrawn and put back, and imported from a spreadsheet file.
//!
//! It owns the loaded catalogue and the form being typed; every rule is the core's
//! (`catalog::edit`, `catalog::import`), so what the screen refuses the CLI refuses too, with
//! the same message. Nothing is ever deleted: a row that should go is deactivated. Every
//! read and write runs off the UI thread; after each write the catalogue is read again and
//! the window is told (`Action::Did(Changed::Catalog, …)`) so the counter sells from the new one.

mod data;
mod fields;
mod form;
mod import;
mod list;
mod parts;
mod picker;

use crate::ui::widget::pick::{self, Ask};
use iced::widget::{Id, operation};
use iced::{Element, Task};

use crate::Error;
use crate::catalog::edit::{ProducerForm, ProductForm};
use crate::catalog::import::ImportSummary;
use crate::catalog::search::SearchIndex;
use crate::error::LineError;
use crate::i18n::{Lang, Msg};
use crate::ui::screen::{Changed, Context};
use crate::ui::store::Store;
use crate::ui::theme::Tone;

pub use data::{Change, Data, ImportKind};
pub use fields::{ProducerField, ProductField};
use fields::{set_producer_field, set_product_field};

/// Ids of the fields, for tests and focus.
pub const SEARCH: &str = "cat-search";
pub const NAME_FR: &str = "cat-name-fr";
pub const NAME_AR: &str = "cat-name-ar";
pub const NAME_LATIN: &str = "cat-name-latin";
pub const CODE: &str = "cat-code";
pub const BARCODE: &str = "cat-barcode";
pub const PRICE: &str = "cat-price";
pub const STOCK: &str = "cat-stock";
pub const PHOTO: &str = "cat-photo";
pub const PHONE: &str = "cat-phone";
/// The product form's field that finds a producer by name or code.
pub const PRODUCER: &str = "cat-producer";
pub const SHARE: &str = "cat-share";
pub const IMPORT_PATH: &str = "cat-import-path";

/// The two lists the screen shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Tab {
    #[default]
    Products,
    Producers,
}

#[derive(Debug, Default)]
pub struct Catalogue {
    tab: Tab,
    query: String,
    data: Option<Data>,
    /// Search keys of `data.products`, in the same order.
    index: SearchIndex,
    load_error: Option<Msg>,
    panel: Panel,
    /// The last thing done (or refused), shown above the list.
    notice: Option<(Tone, Msg)>,
    /// A write is running: buttons that write wait for it.
    busy: bool,
}

/// What fills the screen under the tabs.
#[derive(Debug, Default)]
enum Panel {
    #[default]
    List,
    Product(Editing<ProductForm>),
    Producer(Editing<ProducerForm>),
    Import(Importing),
}

/// A form being typed: `id` is `None` for a new row.
#[derive(Debug)]
struct Editing<F> {
    id: Option<i64>,
    form: F,
    error: Option<Msg>,
    /// What was typed to find the product's producer.
    filter: String,
    /// A product's new photo: the path of a JPEG or PNG file, empty to keep it as it is.
    photo: String,
}

#[derive(Debug)]
struct Importing {
    kind: ImportKind,
    path: String,
    outcome: Option<Outcome>,
}

/// How the last import went.
#[derive(Debug)]
enum Outcome {
    Done(ImportKind, ImportSummary),
    /// The file was refused line by line: nothing was imported.
    Refused(Vec<LineError>),
    Failed(Msg),
}

#[derive(Debug, Clone)]
pub enum Message {
    /// The catalogue was read from the store, or why not.
    Loaded(Result<Data, Error>),
    /// Show the products or the producers.
    ShowTab(Tab),
    /// The search field changed.
    Search(String),
    /// Open an empty form for a new product or producer (the shown tab's kind).
    Add,
    /// Open the form to change the product with this id.
    EditProduct(i64),
    /// Open the form to change the producer with this id.
    EditProducer(i64),
    /// Change a field of the product form.
    SetProduct(ProductField),
    /// Change a field of the producer form.
    SetProducer(ProducerField),
    /// Ask the store for the next free in-store barcode, for the product form.
    GenerateBarcode,
    /// The next free in-store barcode was found, or why not.
    BarcodeGenerated(Result<String, Error>),
    /// Check the open form with the core's rules and save it.
    Save,
    /// Withdraw a product from sale (`false`) or put it back on sale (`true`).
    SetProductActive(i64, bool),
    /// Deactivate a producer (`false`), withdrawing her products, or reactivate her.
    SetProducerActive(i64, bool),
    /// A save or an (de)activation was written, or why not.
    Changed(Result<Change, Error>),
    /// Leave the form or the import and go back to the list.
    Cancel,
    /// Open the CSV import.
    OpenImport,
    /// Choose what the file to import holds.
    ChooseImport(ImportKind),
    /// The path of the file to import was typed.
    ImportPath(String),
    /// Open the PC's file dialog (its title, the files' kind) to fill the import's path.
    BrowseImport(String, String),
    /// Open the PC's file dialog (its title, the files' kind) to fill the photo's path.
    BrowsePhoto(String, String),
    /// Read the file and import it, all or nothing.
    Import,
    /// The import finished, or why nothing was imported.
    Imported(Result<ImportSummary, Error>),
}

/// What the window must do after an update.
pub type Action = crate::ui::screen::Action<Message>;

fn focus(id: &'static str) -> Task<Message> {
    operation::focus(Id::new(id))
}

/// The name field a form starts with: Arabic for an Arabic reader.
fn first_name_field(lang: Lang, latin: &'static str) -> &'static str {
    if lang.is_rtl() { NAME_AR } else { latin }
}

fn reload(store: &Store) -> Task<Message> {
    let store = store.clone();
    Task::perform(async move { data::load(store).await }, Message::Loaded)
}

impl Catalogue {
    /// The screen, and the task that loads the catalogue into it.
    pub fn new(store: &Store) -> (Catalogue, Task<Message>) {
        (Catalogue::default(), reload(store))
    }

    pub fn update(&mut self, message: Message, ctx: &Context<'_>) -> Action {
        let (store, lang) = (ctx.store, ctx.lang());
        match message {
            Message::Loaded(Ok(data)) => {
                self.index = SearchIndex::new(&data.products);
                self.data = Some(data);
                self.load_error = None;
            }
            Message::Loaded(Err(error)) => self.load_error = Some(error.msg()),
            Message::ShowTab(tab) => {
                self.tab = tab;
                self.query.clear();
                self.panel = Panel::List;
                self.notice = None;
            }
            Message::Search(text) => self.query = text,
            Message::Add => return self.open_new(lang),
            Message::EditProduct(id) => {
                let Some(product) = self
                    .data
                    .as_ref()
                    .and_then(|d| d.products.iter().find(|p| p.id == id))
                else {
                    return Action::None;
                };
                self.panel = Panel::Product(Editing {
                    id: Some(id),
                    form: ProductForm::from_product(product, lang),
                    error: None,
                    filter: String::new(),
                    photo: String::new(),
                });
                self.notice = None;
                return Action::Run(focus(first_name_field(lang, NAME_FR)));
            }
            Message::EditProducer(id) => {
                let Some(producer) = self.data.as_ref().and_then(|d| d.producer(id)) else {
                    return Action::None;
                };
                self.panel = Panel::Producer(Editing {
                    id: Some(id),
                    form: ProducerForm::from_producer(producer, lang),
                    error: None,
                    filter: String::new(),
                    photo: String::new(),
                });
                self.notice = None;
                return Action::Run(focus(first_name_field(lang, NAME_LATIN)));
            }
            Message::SetProduct(field) => {
                if let Panel::Product(editing) = &mut self.panel {
                    match field {
                        ProductField::FindProducer(text) => editing.filter = text,
                        ProductField::Photo(path) => editing.photo = path,
                        ProductField::Producer(code) => {
                            editing.filter.clear();
                            editing.form.producer = code;
                        }
                        field => set_product_field(&mut editing.form, field),
                    }
                }
            }
            Message::SetProducer(field) => {
                if let Panel::Producer(editing) = &mut self.panel {
                    set_producer_field(&mut editing.form, field);
                }
            }
            Message::GenerateBarcode => {
                let store = store.clone();
                return Action::Run(Task::perform(
                    async move { data::next_barcode(store).await },
                    Message::BarcodeGenerated,
                ));
            }
            Message::BarcodeGenerated(result) => {
                if let Panel::Product(editing) = &mut self.panel {
                    match result {
                        Ok(code) => {
                            editing.form.barcode = code;
                            editing.error = None;
                        }
                        Err(error) => editing.error = Some(error.msg()),
                    }
                }
            }
            Message::Save => return self.save(store),
            Message::SetProductActive(id, active) if !self.busy => {
                self.busy = true;
                let store = store.clone();
                return Action::Run(Task::perform(
                    async move { data::set_product_active(store, id, active).await },
                    Message::Changed,
                ));
            }
            Message::SetProducerActive(id, active) if !self.busy => {
                self.busy = true;
                let store = store.clone();
                return Action::Run(Task::perform(
                    async move { data::set_producer_active(store, id, active).await },
                    Message::Changed,
                ));
            }
            Message::SetProductActive(..) | Message::SetProducerActive(..) => {}
            Message::Changed(result) => return self.changed(result, store, lang),
            Message::Cancel => {
                self.panel = Panel::List;
                return Action::Run(focus(SEARCH));
            }
            Message::OpenImport => {
                let kind = match self.tab {
                    Tab::Products => ImportKind::Products,
                    Tab::Producers => ImportKind::Producers,
                };
                self.panel = Panel::Import(Importing {
                    kind,
                    path: String::new(),
                    outcome: None,
                });
                self.notice = None;
                return Action::Run(focus(IMPORT_PATH));
            }
            Message::ChooseImport(kind) => {
                if let Panel::Import(importing) = &mut self.panel {
                    importing.kind = kind;
                    importing.outcome = None;
                }
            }
            Message::ImportPath(path) => {
                if let Panel::Import(importing) = &mut self.panel {
                    importing.path = path;
                }
            }
            Message::BrowseImport(title, kind) => {
                if let Panel::Import(importing) = &self.panel {
                    let ask = Ask::File {
                        kind,
                        extensions: &["csv", "txt"],
                    };
                    let near = importing.path.clone();
                    return Action::Run(pick::open(ask, title, &near, Message::ImportPath));
                }
            }
            Message::BrowsePhoto(title, kind) => {
                if let Panel::Product(editing) = &self.panel {
                    let ask = Ask::File {
                        kind,
                        extensions: &["jpg", "jpeg", "png"],
                    };
                    let near = editing.photo.clone();
                    return Action::Run(pick::open(ask, title, &near, |path| {
                        Message::SetProduct(ProductField::Photo(path))
                    }));
                }
            }
            Message::Import => return self.import(store),
            Message::Imported(result) => return self.imported(result, store),
        }
        Action::None
    }

    fn open_new(&mut self, lang: Lang) -> Action {
        self.notice = None;
        match self.tab {
            Tab::Products => {
                self.panel = Panel::Product(Editing {
                    id: None,
                    form: ProductForm::default(),
                    error: None,
                    filter: String::new(),
                    photo: String::new(),
                });
                Action::Run(focus(first_name_field(lang, NAME_FR)))
            }
            Tab::Producers => {
                self.panel = Panel::Producer(Editing {
                    id: None,
                    form: ProducerForm::default(),
                    error: None,
                    filter: String::new(),
                    photo: String::new(),
                });
                Action::Run(focus(first_name_field(lang, NAME_LATIN)))
            }
        }
    }

    fn save(&mut self, store: &Store) -> Action {
        if self.busy {
            return Action::None;
        }
        let store = store.clone();
        let task = match &self.panel {
            Panel::Product(editing) => {
                let (id, form, photo) = (editing.id, editing.form.clone(), editing.photo.clone());
                Task::perform(
                    async move { data::save_product(store, id, form, &photo).await },
                    Message::Changed,
                )
            }
            Panel::Producer(editing) => {
                let (id, form) = (editing.id, editing.form.clone());
                Task::perform(
                    async move { data::save_producer(store, id, form).await },
                    Message::Changed,
                )
            }
            Panel::List | Panel::Import(_) => return Action::None,
        };
        self.busy = true;
        Action::Run(task)
    }

    fn changed(&mut self, result: Result<Change, Error>, store: &Store, lang: Lang) -> Action {
        self.busy = false;
        let change = match result {
            Ok(change) => change,
            Err(error) => {
                // A refused form keeps what was typed and says why, next to it.
                match &mut self.panel {
                    Panel::Product(editing) => editing.error = Some(error.msg()),
                    Panel::Producer(editing) => editing.error = Some(error.msg()),
                    Panel::List | Panel::Import(_) => {
                        self.notice = Some((Tone::Bad, error.msg()));
                    }
                }
                return Action::None;
            }
        };
        let msg = match &change {
            Change::ProductSaved(p) => {
                Msg::new("cat-product-saved").arg("name", list::product_name(p, lang))
            }
            Change::ProducerSaved(p) => {
                Msg::new("cat-producer-saved").arg("name", list::producer_name(p, lang))
            }
            Change::ProductActive(p) if p.active => {
                Msg::new("cat-product-back").arg("name", list::product_name(p, lang))
            }
            Change::ProductActive(p) => {
                Msg::new("cat-product-withdrawn").arg("name", list::product_name(p, lang))
            }
            Change::ProducerActive { producer, .. } if producer.active => {
                Msg::new("cat-producer-back").arg("name", list::producer_name(producer, lang))
            }
            Change::ProducerActive {
                producer,
                withdrawn,
            } => Msg::new("cat-producer-withdrawn")
                .arg("name", list::producer_name(producer, lang))
                .arg("count", *withdrawn),
        };
        self.notice = Some((Tone::Good, msg));
        self.panel = Panel::List;
        Action::Did(Changed::Catalog, reload(store))
    }

    pub fn view<'a>(&'a self, ctx: &Context<'a>) -> Element<'a, Message> {
        parts::screen(self, ctx.tr)
    }

    /// The catalogue as loaded, once it is: for tests.
    pub fn data(&self) -> Option<&Data> {
        self.data.as_ref()
    }

    /// Whether a form or the import is open rather than the list: for tests.
    pub fn is_editing(&self) -> bool {
        !matches!(self.panel, Panel::List)
    }

    pub fn tab(&self) -> Tab {
        self.tab
    }
}
