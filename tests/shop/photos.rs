//! Product photos: `souk photo` reads a JPEG as a phone gives it, stores it scaled down
//! as a small PNG in the database, replaces it, takes it away, refuses what is no picture.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::common;

use std::io::Cursor;

use common::cli::{ok, refused, souk};
use common::fixture;
use rusqlite::Connection;
use tempfile::TempDir;

fn stored(db: &std::path::Path) -> Option<Vec<u8>> {
    let conn = Connection::open(db).unwrap();
    conn.query_row(
        "SELECT png FROM product_photos p JOIN products x ON x.id = p.product_id \
         WHERE x.sku = 'P003-0008'",
        [],
        |r| r.get(0),
    )
    .ok()
}

#[test]
fn a_photo_is_scaled_down_stored_replaced_and_removed() {
    let dir = TempDir::new().unwrap();
    let db = dir.path().join("souk.sqlite");
    for (what, file) in [("producers", "producers.csv"), ("products", "products.csv")] {
        let path = fixture(file);
        ok(&souk(&db, "en", &["import", what, path.to_str().unwrap()]));
    }
    // A 2000 × 1500 camera picture.
    let camera = image::RgbImage::from_fn(2000, 1500, |x, y| {
        image::Rgb([(x / 8) as u8, (y / 6) as u8, 90])
    });
    let jpeg = dir.path().join("gandoura.jpg");
    let mut bytes = Vec::new();
    camera
        .write_to(&mut Cursor::new(&mut bytes), image::ImageFormat::Jpeg)
        .unwrap();
    std::fs::write(&jpeg, &bytes).unwrap();

    let out = ok(&souk(
        &db,
        "en",
        &["photo", "P003-0008", jpeg.to_str().unwrap()],
    ));
    assert!(out.contains("P003-0008 has its photo"), "{out}");
    let png = stored(&db).unwrap();
    let back = image::load_from_memory_with_format(&png, image::ImageFormat::Png).unwrap();
    assert_eq!((back.width(), back.height()), (256, 192));
    assert!(png.len() < 200_000);

    // Replaced by a smaller one (kept as it is), then taken away.
    let small = dir.path().join("small.png");
    image::RgbImage::from_pixel(64, 32, image::Rgb([200, 10, 10]))
        .save(&small)
        .unwrap();
    ok(&souk(
        &db,
        "en",
        &["photo", "2000000000084", small.to_str().unwrap()],
    ));
    let back = image::load_from_memory(&stored(&db).unwrap()).unwrap();
    assert_eq!((back.width(), back.height()), (64, 32));
    ok(&souk(&db, "en", &["photo", "P003-0008", "--remove"]));
    assert!(stored(&db).is_none());

    let text = dir.path().join("notes.txt");
    std::fs::write(&text, "not a picture").unwrap();
    let err = refused(&souk(
        &db,
        "en",
        &["photo", "P003-0008", text.to_str().unwrap()],
    ));
    assert!(err.contains("not a photo"), "{err}");
    refused(&souk(
        &db,
        "en",
        &["photo", "NOPE", small.to_str().unwrap()],
    ));
    assert!(stored(&db).is_none());
}
