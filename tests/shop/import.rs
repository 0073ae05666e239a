//! CSV import of the fixture catalogue: formats spreadsheets save, all-or-nothing refusals
//! with every bad line named, and re-imports that update instead of duplicating.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::common;

use common::{dh, fixture, utc};
use souk::catalog::{self, import};
use souk::error::CatalogError;
use souk::i18n::{Lang, Translator};
use souk::money::{Quantity, Rate, Unit};
use souk::{Error, db};
use tempfile::TempDir;

fn fresh() -> (TempDir, rusqlite::Connection) {
    let dir = TempDir::new().unwrap();
    let conn = db::open(&dir.path().join("souk.sqlite")).unwrap();
    (dir, conn)
}

fn read(name: &str) -> Vec<u8> {
    std::fs::read(fixture(name)).unwrap()
}

#[test]
fn the_fixture_catalogue_imports_and_reimports_without_duplicates() {
    let (_dir, mut conn) = fresh();
    let at = utc("2026-11-01T08:00:00Z");
    let p = import::import_producers(&mut conn, &read("producers.csv")).unwrap();
    assert_eq!((p.added, p.updated), (25, 0));
    let q = import::import_products(&mut conn, &read("products.csv"), at).unwrap();
    assert_eq!((q.added, q.updated), (110, 0));
    assert_eq!(
        import::import_producers(&mut conn, &read("producers.csv"))
            .unwrap()
            .updated,
        25
    );
    assert_eq!(
        import::import_products(&mut conn, &read("products.csv"), at)
            .unwrap()
            .updated,
        110
    );
    assert_eq!(catalog::products(&conn).unwrap().len(), 110);

    let siham = catalog::producer_by_code(&conn, "P001").unwrap().unwrap();
    assert_eq!(
        (siham.name_ar.as_str(), siham.share_rate),
        ("سهام الرامي", Some(Rate::from_basis_points(500)))
    );
    let collective = catalog::producer_by_code(&conn, "COLL-CUIS")
        .unwrap()
        .unwrap();
    assert_eq!(collective.phone, None);
    let chebakia = catalog::find_product(&conn, "2000000000022")
        .unwrap()
        .unwrap();
    assert_eq!(
        (chebakia.sku.as_str(), chebakia.unit, chebakia.price),
        ("P001-0002", Unit::Kg, dh("90"))
    );
    assert!(!chebakia.stock_tracked);
    let cake = catalog::find_product(&conn, "p001-0001").unwrap().unwrap();
    assert_eq!(cake.stock, Quantity::pieces(8));
    // The re-import of the same counts moved no stock.
    let moves: i64 = conn
        .query_row(
            "SELECT count(*) FROM stock_moves WHERE product_id = ?1",
            [cake.id],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(moves, 1);
    assert!(souk::check::run(&conn).unwrap().is_empty());
}

#[test]
fn a_french_spreadsheet_with_semicolons_and_comma_decimals_imports() {
    let (_dir, mut conn) = fresh();
    import::import_producers(&mut conn, &read("producers.csv")).unwrap();
    let summary = import::import_products(
        &mut conn,
        &read("products-fr-semicolon.csv"),
        utc("2026-11-01T08:00:00Z"),
    )
    .unwrap();
    assert_eq!(summary.added, 20);
    assert_eq!(
        catalog::find_product(&conn, "P001-0001")
            .unwrap()
            .unwrap()
            .price,
        dh("51.50")
    );
}

#[test]
fn a_byte_order_mark_is_ignored() {
    let (_dir, mut conn) = fresh();
    let mut bytes = b"\xef\xbb\xbf".to_vec();
    bytes.extend(read("producers.csv"));
    assert_eq!(
        import::import_producers(&mut conn, &bytes).unwrap().added,
        25
    );
}

#[test]
fn a_file_with_bad_rows_imports_nothing_and_names_every_bad_line() {
    let (_dir, mut conn) = fresh();
    import::import_producers(&mut conn, &read("producers.csv")).unwrap();
    import::import_products(
        &mut conn,
        &read("products.csv"),
        utc("2026-11-01T08:00:00Z"),
    )
    .unwrap();
    let before = catalog::products(&conn).unwrap();
    let Err(Error::Catalog(CatalogError::Import { errors })) = import::import_products(
        &mut conn,
        &read("products-with-errors.csv"),
        utc("2026-11-02T08:00:00Z"),
    ) else {
        panic!("the import should be refused");
    };
    let tr = Translator::new(Lang::En);
    let found: Vec<(usize, String)> = errors.iter().map(|e| (e.line, tr.tr(&e.reason))).collect();
    let expect = [
        (2, "negative"),
        (3, "unknown producer"),
        (4, "duplicate reference"),
        (5, "no name"),
        (6, "unknown unit"),
        (7, "not a number"),
        (8, "check digit"),
        (8, "too many decimals"),
    ];
    for (line, words) in expect {
        assert!(
            found.iter().any(|(l, r)| *l == line && r.contains(words)),
            "line {line} “{words}” not in {found:#?}"
        );
    }
    assert_eq!(found.len(), expect.len(), "{found:#?}");
    assert_eq!(catalog::products(&conn).unwrap(), before);
}

#[test]
fn products_need_their_producers_and_columns() {
    let (_dir, mut conn) = fresh();
    let err = import::import_products(
        &mut conn,
        &read("products.csv"),
        utc("2026-11-01T08:00:00Z"),
    )
    .unwrap_err();
    // With no producer at all, one refusal says to import them first (not 110 lines).
    assert!(
        matches!(
            &err,
            Error::Catalog(CatalogError::ProducersFirst { lines: 110 })
        ),
        "{err:?}"
    );
    let err = import::import_producers(&mut conn, b"code;name\nP1;x\n").unwrap_err();
    assert!(matches!(err, Error::Catalog(CatalogError::MissingColumn(c)) if c == "name_ar"));
    assert!(catalog::producers(&conn).unwrap().is_empty());
}

/// #14.6: the lines named are the spreadsheet's, whatever ends the lines (LF or CRLF), and
/// a duplicate in the file names both its line and the first one.
#[test]
fn line_numbers_are_the_spreadsheets_with_lf_or_crlf() {
    let (_dir, mut conn) = fresh();
    import::import_producers(&mut conn, &read("producers.csv")).unwrap();
    let header = "sku,barcode,name_ar,name_fr,category,producer_code,unit,price,stock";
    let rows = [
        header,
        "P001-0900,2000000000916,,Cake,pastries,P001,piece,10,",
        "P001-0901,2000000000923,,Tarte,pastries,P001,piece,10,",
        "P001-0900,2000000000930,,Cake bis,pastries,P001,piece,10,",
        "P001-0902,2000000000923,,Tarte bis,pastries,P001,piece,10,",
    ];
    let tr = Translator::new(Lang::En);
    for ending in ["\n", "\r\n"] {
        let file = rows.join(ending) + ending;
        let Err(Error::Catalog(CatalogError::Import { errors })) =
            import::import_products(&mut conn, file.as_bytes(), utc("2026-11-01T08:00:00Z"))
        else {
            panic!("the import should be refused");
        };
        let found: Vec<(usize, String)> =
            errors.iter().map(|e| (e.line, tr.tr(&e.reason))).collect();
        assert_eq!(found.len(), 2, "{ending:?}: {found:#?}");
        assert_eq!(found[0].0, 4, "{ending:?}: {found:#?}");
        assert!(found[0].1.contains("on line 2"), "{ending:?}: {found:#?}");
        assert_eq!(found[1].0, 5, "{ending:?}: {found:#?}");
        assert!(found[1].1.contains("on line 3"), "{ending:?}: {found:#?}");
    }
}
