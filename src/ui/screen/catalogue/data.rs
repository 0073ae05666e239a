//! What the catalogue screen reads and writes, run off the UI thread on the window's store:
//! every function here takes the `Store` by value so it can move into a background task.

use std::collections::HashSet;
use std::path::PathBuf;
use std::sync::Arc;

use crate::catalog::edit::{self, ProducerForm, ProductForm};
use crate::catalog::import::{self, ImportSummary};
use crate::catalog::{self, Category, Producer, Product};
use crate::error::{Error, Result};
use crate::money::Rate;
use crate::ui::store::Store;
use crate::users::{self, Right};

/// The whole catalogue as the screen lists it, inactive rows included.
#[derive(Debug, Clone, Default)]
pub struct Data {
    pub products: Vec<Product>,
    pub producers: Vec<Producer>,
    pub categories: Vec<Category>,
    /// The association's share when a producer has none of her own.
    pub default_rate: Rate,
    /// Products that appear on a sale line: their producer can no longer change.
    pub sold: HashSet<i64>,
    /// Product id → its photo.
    pub photos: crate::ui::store::Photos,
}

impl Data {
    pub fn producer(&self, id: i64) -> Option<&Producer> {
        self.producers.iter().find(|p| p.id == id)
    }

    pub fn category(&self, code: &str) -> Option<&Category> {
        self.categories.iter().find(|c| c.code == code)
    }

    /// How many of her products are on sale.
    pub fn products_of(&self, producer_id: i64) -> usize {
        self.products
            .iter()
            .filter(|p| p.producer_id == producer_id && p.active)
            .count()
    }
}

/// What a write did, for the notice that confirms it.
#[derive(Debug, Clone)]
pub enum Change {
    ProductSaved(Product),
    ProducerSaved(Producer),
    ProductActive(Product),
    /// A producer was (de)activated; `withdrawn` of her products left the shelves with her.
    ProducerActive {
        producer: Producer,
        withdrawn: usize,
    },
}

/// Which file an import reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ImportKind {
    Products,
    Producers,
}

pub async fn load(store: Store) -> Result<Data> {
    store
        .run(move |conn, _| {
            let default_rate = catalog::default_share_rate(conn)?;
            let sold = catalog::sold_product_ids(conn)?;
            Ok(Data {
                products: catalog::products(conn)?,
                producers: catalog::producers(conn)?,
                categories: catalog::categories(conn)?,
                default_rate,
                sold,
                photos: crate::ui::store::photos(conn)?,
            })
        })
        .await
}

/// Saves a product, and its photo when a file's path was typed. The photo is read and
/// scaled first: a file that is not a photo refuses the save before anything is written.
pub async fn save_product(
    store: Store,
    id: Option<i64>,
    form: ProductForm,
    photo: &str,
) -> Result<Change> {
    let by = store.acting()?;
    // Read and scaled off the window's thread and without the store: a phone's photo
    // takes a moment to decode.
    let png = match photo.trim() {
        "" => None,
        typed => {
            let path = clean_path(typed);
            Some(crate::ui::worker::blocking(move || catalog::photo::read(&path)).await??)
        }
    };
    store
        .run(move |conn, clock| {
            let product = match id {
                Some(id) => edit::update_product(conn, by, id, &form, clock.now())?,
                None => edit::create_product(conn, by, &form, clock.now())?,
            };
            if let Some(png) = &png {
                let at = clock.now();
                crate::db::write(conn, |tx| {
                    users::rights::require(tx, by, Right::Catalogue)?;
                    catalog::photo::set(tx, product.id, png, at)
                })?;
            }
            Ok(Change::ProductSaved(product))
        })
        .await
}

pub async fn save_producer(store: Store, id: Option<i64>, form: ProducerForm) -> Result<Change> {
    let by = store.acting()?;
    store
        .run(move |conn, clock| {
            let producer = match id {
                Some(id) => edit::update_producer(conn, by, clock.now(), id, &form)?,
                None => edit::create_producer(conn, by, clock.now(), &form)?,
            };
            Ok(Change::ProducerSaved(producer))
        })
        .await
}

pub async fn set_product_active(store: Store, id: i64, active: bool) -> Result<Change> {
    let by = store.acting()?;
    store
        .run(move |conn, clock| {
            edit::set_product_active(conn, by, clock.now(), id, active).map(Change::ProductActive)
        })
        .await
}

pub async fn set_producer_active(store: Store, id: i64, active: bool) -> Result<Change> {
    let by = store.acting()?;
    store
        .run(move |conn, clock| {
            let withdrawn = edit::set_producer_active(conn, by, clock.now(), id, active)?;
            Ok(Change::ProducerActive {
                producer: catalog::producer_by_id(conn, id)?,
                withdrawn,
            })
        })
        .await
}

pub async fn next_barcode(store: Store) -> Result<String> {
    store
        .run(move |conn, _| edit::next_store_barcode(conn))
        .await
}

/// Reads the file at the typed path and imports it, all or nothing.
pub async fn import(store: Store, kind: ImportKind, path: String) -> Result<ImportSummary> {
    let path = clean_path(&path);
    let by = store.acting()?;
    store
        .run(move |conn, clock| {
            let bytes = std::fs::read(&path).map_err(|e| Error::ReadFile {
                path: path.clone(),
                source: Arc::new(e),
            })?;
            match kind {
                ImportKind::Products => import::import_products_as(conn, by, &bytes, clock.now()),
                ImportKind::Producers => import::import_producers_as(conn, by, clock.now(), &bytes),
            }
        })
        .await
}

/// A path as people paste it: without the quotes or the `file://` a file manager adds,
/// and with `~` for the home folder.
pub fn clean_path(typed: &str) -> PathBuf {
    let mut text = typed.trim();
    for quote in ['"', '\''] {
        if let Some(inner) = text.strip_prefix(quote).and_then(|t| t.strip_suffix(quote)) {
            text = inner.trim();
        }
    }
    let text = text.strip_prefix("file://").unwrap_or(text);
    if let Some(rest) = text.strip_prefix("~/")
        && let Some(home) = std::env::var_os("HOME")
    {
        return PathBuf::from(home).join(rest);
    }
    PathBuf::from(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_pasted_path_loses_its_quotes_and_scheme() {
        assert_eq!(
            clean_path(" '/home/shop/produits.csv' "),
            PathBuf::from("/home/shop/produits.csv")
        );
        assert_eq!(
            clean_path("\"file:///home/shop/a b.csv\""),
            PathBuf::from("/home/shop/a b.csv")
        );
        assert_eq!(clean_path("produits.csv"), PathBuf::from("produits.csv"));
    }
}
