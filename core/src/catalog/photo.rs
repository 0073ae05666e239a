//! Product photos: volunteers recognise a caftan faster than they read its name. A photo is
//! read from a file (JPEG or PNG, as phones and cameras give them), scaled down to fit
//! `SIZE` dots square and stored in the database as a small PNG, so a backup carries it and
//! no folder of pictures can go missing. Not a ledger: a photo may be replaced or removed.

use std::io::Cursor;
use std::path::Path;
use std::sync::Arc;

use chrono::{DateTime, Utc};
use image::{ImageFormat, ImageReader, imageops::FilterType};
use rusqlite::{Connection, OptionalExtension, params};

use crate::error::{CatalogError, Error, Result};

/// The largest side of a stored photo, in pixels: sharp on a counter button, a few KB.
pub const SIZE: u32 = 256;
/// A photo file larger than this is refused before it is decoded.
pub const MAX_FILE_BYTES: u64 = 40 * 1024 * 1024;

/// The photo in `bytes` scaled down to fit `SIZE` square (never up), as PNG.
pub fn prepare(bytes: &[u8]) -> Result<Vec<u8>> {
    let unreadable = |detail: String| Error::Catalog(CatalogError::PhotoUnreadable(detail));
    let reader = ImageReader::new(Cursor::new(bytes))
        .with_guessed_format()
        .map_err(|e| unreadable(e.to_string()))?;
    let picture = reader.decode().map_err(|e| unreadable(e.to_string()))?;
    let picture = if picture.width() > SIZE || picture.height() > SIZE {
        picture.resize(SIZE, SIZE, FilterType::Triangle)
    } else {
        picture
    };
    let mut png = Vec::new();
    picture
        .to_rgba8()
        .write_to(&mut Cursor::new(&mut png), ImageFormat::Png)
        .map_err(|e| unreadable(e.to_string()))?;
    Ok(png)
}

/// Reads and prepares the photo in the file at `path`.
pub fn read(path: &Path) -> Result<Vec<u8>> {
    let read_error = |e: std::io::Error| Error::ReadFile {
        path: path.to_path_buf(),
        source: Arc::new(e),
    };
    let size = std::fs::metadata(path).map_err(read_error)?.len();
    if size > MAX_FILE_BYTES {
        return Err(Error::Catalog(CatalogError::PhotoUnreadable(format!(
            "{size} bytes"
        ))));
    }
    prepare(&std::fs::read(path).map_err(read_error)?)
}

/// Gives a product its photo (a prepared PNG), replacing the one it had.
pub fn set(conn: &Connection, product_id: i64, png: &[u8], at: DateTime<Utc>) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO product_photos (product_id, png, updated_at_ms) VALUES (?1, ?2, ?3) \
         ON CONFLICT (product_id) DO UPDATE SET png = excluded.png, \
         updated_at_ms = excluded.updated_at_ms",
    )?
    .execute(params![product_id, png, at.timestamp_millis()])?;
    Ok(())
}

/// Takes a product's photo away; whether it had one.
pub fn remove(conn: &Connection, product_id: i64) -> Result<bool> {
    Ok(conn
        .prepare_cached("DELETE FROM product_photos WHERE product_id = ?1")?
        .execute([product_id])?
        > 0)
}

/// A product's photo as stored (PNG).
pub fn get(conn: &Connection, product_id: i64) -> Result<Option<Vec<u8>>> {
    Ok(conn
        .prepare_cached("SELECT png FROM product_photos WHERE product_id = ?1")?
        .query_row([product_id], |r| r.get(0))
        .optional()?)
}

/// A photo as pixels: product id, width, height, RGBA bytes.
pub type Pixels = (i64, u32, u32, Vec<u8>);

/// Every photo decoded to RGBA pixels by product id: what the window shows on its buttons.
/// A photo that no longer decodes is left out.
pub fn all_rgba(conn: &Connection) -> Result<Vec<Pixels>> {
    let mut stmt = conn.prepare_cached("SELECT product_id, png FROM product_photos")?;
    let rows = stmt.query_map([], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, Vec<u8>>(1)?)))?;
    let mut out = Vec::new();
    for row in rows {
        let (id, png) = row?;
        if let Ok(picture) = image::load_from_memory_with_format(&png, ImageFormat::Png) {
            let rgba = picture.to_rgba8();
            out.push((id, rgba.width(), rgba.height(), rgba.into_raw()));
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn picture(width: u32, height: u32, format: ImageFormat) -> Vec<u8> {
        let img = image::RgbImage::from_fn(width, height, |x, y| {
            image::Rgb([(x % 256) as u8, (y % 256) as u8, 128])
        });
        let mut out = Vec::new();
        let written = img.write_to(&mut Cursor::new(&mut out), format);
        assert!(written.is_ok());
        out
    }

    #[test]
    fn photos_are_scaled_down_to_fit_and_kept_as_png() {
        let prepared = prepare(&picture(1600, 1200, ImageFormat::Jpeg)).unwrap_or_default();
        let back = image::load_from_memory_with_format(&prepared, ImageFormat::Png);
        let (w, h) = back.map(|b| (b.width(), b.height())).unwrap_or_default();
        assert_eq!((w, h), (256, 192));
        let small = prepare(&picture(100, 50, ImageFormat::Png)).unwrap_or_default();
        let back = image::load_from_memory(&small).map(|b| (b.width(), b.height()));
        assert_eq!(back.unwrap_or_default(), (100, 50), "never scaled up");
        assert!(matches!(
            prepare(b"not a picture"),
            Err(Error::Catalog(CatalogError::PhotoUnreadable(_)))
        ));
    }
}
