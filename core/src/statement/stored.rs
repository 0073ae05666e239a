//! The PDF of an issued statement is written once, when it is issued, and kept: printing it
//! again gives the very bytes handed over. printpdf writes a random document id into every
//! PDF, and fonts, layout or the shop's name may change in later versions, so a rebuilt PDF
//! could never be proven identical; a stored one is.
//!
//! A statement issued before PDFs were stored has its PDF drawn from its frozen copy the
//! first time it is asked for, and stored then.

use rusqlite::{Connection, OptionalExtension, params};

use super::Statement;
use super::pdf::{Paper, statement_pdf};
use crate::db;
use crate::error::Result;
use crate::receipt::ShopInfo;

const PAPERS: [Paper; 2] = [Paper::A5, Paper::A4];

fn statement_id(conn: &Connection, number: &str) -> Result<Option<i64>> {
    Ok(conn
        .prepare_cached("SELECT id FROM statements WHERE number = ?1")?
        .query_row([number], |r| r.get(0))
        .optional()?)
}

fn stored(conn: &Connection, id: i64, paper: Paper) -> Result<Option<Vec<u8>>> {
    Ok(conn
        .prepare_cached("SELECT pdf FROM statement_pdfs WHERE statement_id = ?1 AND paper = ?2")?
        .query_row(params![id, paper.code()], |r| r.get(0))
        .optional()?)
}

fn store(conn: &Connection, id: i64, paper: Paper, pdf: &[u8]) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO statement_pdfs (statement_id, paper, pdf) VALUES (?1, ?2, ?3)",
    )?
    .execute(params![id, paper.code(), pdf])?;
    Ok(())
}

/// Draws and stores the PDFs (A5 and A4) of statements just issued, inside the issuing
/// transaction.
pub(super) fn store_issued(tx: &Connection, issued: &[Statement]) -> Result<()> {
    let shop = ShopInfo::load(tx)?;
    for s in issued {
        let Some(id) = s
            .number
            .as_deref()
            .map(|n| statement_id(tx, n))
            .transpose()?
        else {
            continue;
        };
        let Some(id) = id else { continue };
        for paper in PAPERS {
            store(tx, id, paper, &statement_pdf(s, &shop, paper)?)?;
        }
    }
    Ok(())
}

/// The PDF of a statement on `paper`: for an issued one, the bytes stored when it was
/// issued; for a draft, drawn now (marked BROUILLON / مسودة).
pub fn pdf(conn: &mut Connection, s: &Statement, paper: Paper) -> Result<Vec<u8>> {
    let Some(number) = s.number.as_deref() else {
        return statement_pdf(s, &ShopInfo::load(conn)?, paper);
    };
    if let Some(id) = statement_id(conn, number)?
        && let Some(bytes) = stored(conn, id, paper)?
    {
        return Ok(bytes);
    }
    db::write(conn, |tx| {
        let Some(id) = statement_id(tx, number)? else {
            return statement_pdf(s, &ShopInfo::load(tx)?, paper);
        };
        if let Some(bytes) = stored(tx, id, paper)? {
            return Ok(bytes);
        }
        let bytes = statement_pdf(s, &ShopInfo::load(tx)?, paper)?;
        store(tx, id, paper, &bytes)?;
        Ok(bytes)
    })
}
