//! Statements and payout slips drawn as pictures for the window's preview, from the same
//! pages their PDFs are written from. An issued statement is drawn from its frozen figures
//! with the shop's header as it is now; its printed PDF is the one stored at issue.

use rusqlite::Connection;

use super::pdf::{Paper, statement_pages};
use super::slip::slip_page_now;
use super::{Payout, Statement};
use crate::error::Result;
use crate::pdf::{Picture, render};
use crate::receipt::ShopInfo;

/// Every page of `s` on `paper`, at `dpi`.
pub fn statement(conn: &Connection, s: &Statement, paper: Paper, dpi: f32) -> Result<Vec<Picture>> {
    let shop = ShopInfo::load(conn)?;
    Ok(statement_pages(s, &shop, paper)
        .iter()
        .map(|page| render(page, dpi))
        .collect())
}

/// The slip of payout `p` on `paper`, at `dpi`.
pub fn slip(conn: &Connection, p: &Payout, paper: Paper, dpi: f32) -> Result<Picture> {
    Ok(render(&slip_page_now(conn, p, paper)?, dpi))
}
