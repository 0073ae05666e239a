//! A new shop's first run: its names on the receipt and in the window's title, then its
//! first administrator, or the demo shop in her place. Every name is checked before
//! anything is written, and the names are written before the administrator, so a refused
//! PIN leaves only names the next try overwrites.

use rusqlite::Connection;

use crate::clock::Clock;
use crate::demo::{self, DemoOptions};
use crate::error::Result;
use crate::settings;
use crate::users::{self, Role};

/// What the first-run screen asks for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewShop {
    /// The shop's names on the receipt; an empty one is left unset.
    pub name_ar: String,
    pub name_fr: String,
    /// The name the window's title shows.
    pub title: String,
    /// Her first administrator, `(name, PIN)`; `None` sets the demo shop up instead.
    pub admin: Option<(String, String)>,
}

/// The demo shop the first run offers: three months, always the same ones.
const DEMO: DemoOptions = DemoOptions {
    months: 3,
    seed: 2016,
};

/// Sets the shop up (see the module's header for the order).
pub fn set_up(conn: &mut Connection, clock: &dyn Clock, shop: &NewShop) -> Result<()> {
    let title = shop.title.trim();
    for name in [&shop.name_ar, &shop.name_fr] {
        crate::text::check(name)?;
    }
    crate::text::check(title)?;
    crate::db::write(conn, |tx| {
        for (key, name) in [
            (settings::NAME_AR, &shop.name_ar),
            (settings::NAME_FR, &shop.name_fr),
        ] {
            if !name.is_empty() {
                settings::set(tx, key, name)?;
            }
        }
        Ok(())
    })?;
    match &shop.admin {
        None => {
            demo::generate(conn, &DEMO, clock.now())?;
        }
        Some((name, pin)) => {
            users::enrol(conn, clock, None, name, Role::Admin, pin)?;
        }
    }
    settings::set(conn, settings::SHOP_NAME, title)
}
