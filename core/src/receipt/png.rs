//! Receipt pictures as PNG files: a preview of what the printer prints, the golden files of
//! the tests and the screenshots. One bit a dot, black on white.

use std::path::Path;
use std::sync::Arc;

use super::Bitmap;
use crate::error::{Error, Result};

/// The picture as a 1-bit greyscale PNG.
pub fn to_png_bytes(bitmap: &Bitmap) -> Vec<u8> {
    let mut out = Vec::new();
    // A PNG cannot be empty: an empty picture is written as white dots.
    let (width, height) = (bitmap.width().max(8), bitmap.height().max(1));
    let stride = (width / 8) as usize;
    let mut rows = vec![0xFF; stride * height as usize];
    for (to, from) in rows
        .chunks_mut(stride)
        .zip(bitmap.rows().chunks(bitmap.stride().max(1)))
    {
        for (t, f) in to.iter_mut().zip(from) {
            *t = !f;
        }
    }
    let mut encoder = ::png::Encoder::new(&mut out, width, height);
    encoder.set_color(::png::ColorType::Grayscale);
    encoder.set_depth(::png::BitDepth::One);
    let written = encoder
        .write_header()
        .and_then(|mut writer| writer.write_image_data(&rows));
    if written.is_err() {
        // Writing into memory a picture of the right size does not fail.
        return Vec::new();
    }
    out
}

/// Writes the picture to `path` as a PNG.
pub fn write_png(bitmap: &Bitmap, path: &Path) -> Result<()> {
    crate::outfile::refuse_database(path)?;
    std::fs::write(path, to_png_bytes(bitmap)).map_err(|e| Error::WriteFile {
        path: path.to_path_buf(),
        source: Arc::new(e),
    })
}
