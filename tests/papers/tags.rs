//! Price tags and slips as the thermal printer draws them, read back by a real barcode
//! reader: `zbarimg` (Debian's zbar-tools) must decode every tag's EAN-13 to the product's
//! code, plain and variable-measure. The pictures stay in the target's temporary folder
//! for a look.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::common;

use std::path::{Path, PathBuf};
use std::process::Command;

use common::Shop;
use souk::catalog::{self, weighed};
use souk::intake::{self, Item, NewDeposit, slip};
use souk::money::{Money, Quantity};
use souk::receipt::{Block, Paper, ShopInfo, render, write_png};
use souk::tags::{self, Tag};

/// Where the pictures go (kept after the test, to look at).
pub fn out(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("tags");
    std::fs::create_dir_all(&dir).unwrap();
    dir.join(name)
}

/// The EAN-13 codes zbarimg reads in a picture, top to bottom.
pub fn decode(path: &Path) -> Vec<String> {
    let output = Command::new("zbarimg")
        .args(["--quiet", "--raw", "-Sdisable", "-Sean13.enable"])
        .arg(path)
        .output()
        .expect("zbarimg (apt-get install zbar-tools) must be installed for these tests");
    String::from_utf8_lossy(&output.stdout)
        .lines()
        .map(str::to_owned)
        .collect()
}

fn tag(shop: &Shop, code: &str, weight: Option<&str>) -> Tag {
    let product = catalog::find_product(&shop.conn, code).unwrap().unwrap();
    let maker = catalog::producer_by_id(&shop.conn, product.producer_id).unwrap();
    let weight = weight.map(|w| Quantity::parse(w, product.unit).unwrap());
    Tag::new(&product, &maker, weight).unwrap()
}

#[test]
fn thermal_tags_decode_to_the_products_codes() {
    let shop = Shop::new();
    let list = vec![
        tag(&shop, "P001-0001", None),
        tag(&shop, "P003-0009", None),
        tag(&shop, "P001-0002", None),
    ];
    assert_eq!(list[0].maker_line(), "Siham · سهام");
    assert_eq!(list[2].price, "90,00\u{a0}DH/kg");
    for paper in [Paper::Mm58, Paper::Mm80] {
        let bitmap = render(&tags::thermal(&list), paper);
        let path = out(&format!("tags-{}.png", paper.dots()));
        write_png(&bitmap, &path).unwrap();
        let mut read = decode(&path);
        read.sort();
        assert_eq!(
            read,
            ["2000000000015", "2000000000022", "2000000000091"],
            "{}",
            path.display()
        );
    }
}

#[test]
fn a_package_tag_decodes_to_its_price_and_weight() {
    let shop = Shop::new();
    let t = tag(&shop, "P001-0002", Some("0,350"));
    assert_eq!(t.price, "31,50\u{a0}DH");
    let code = t.code.clone().unwrap();
    let bitmap = render(&tags::thermal(&[t]), Paper::Mm58);
    let path = out("package-58.png");
    write_png(&bitmap, &path).unwrap();
    assert_eq!(decode(&path), std::slice::from_ref(&code));
    let package = weighed::scan(&shop.conn, &code).unwrap().unwrap();
    assert_eq!(package.product.sku, "P001-0002");
    assert_eq!(package.price, Money::from_centimes(3150));
    assert_eq!(package.quantity, Quantity::from_milli(350));
    assert_eq!(package.discount, Money::ZERO);
}

#[test]
fn the_reader_fails_on_a_damaged_tag() {
    // The decoding is real: a tag whose bars are cut through reads as nothing.
    let shop = Shop::new();
    let mut receipt = tags::thermal(&[tag(&shop, "P001-0001", None)]);
    receipt
        .blocks
        .retain(|b| matches!(b, Block::Barcode { .. }));
    let mut bitmap = render(&receipt, Paper::Mm58);
    for y in 0..bitmap.height() {
        for x in 150..175 {
            bitmap.set(x, y);
        }
    }
    let path = out("damaged.png");
    write_png(&bitmap, &path).unwrap();
    assert!(decode(&path).is_empty());
}

#[test]
fn a_deposit_slip_names_everything_and_has_room_to_sign() {
    let mut shop = Shop::new();
    let deposit = intake::intake(
        &mut shop.conn,
        &shop.clock,
        &NewDeposit {
            producer: "P001".into(),
            user_id: shop.cashier,
            items: vec![
                Item::Existing {
                    code: "P001-0001".into(),
                    quantity: Quantity::pieces(6),
                },
                Item::Existing {
                    code: "P001-0002".into(),
                    quantity: Quantity::from_milli(2500),
                },
            ],
            note: None,
        },
    )
    .unwrap();
    let receipt = slip::slip(&deposit, &ShopInfo::default());
    let texts: Vec<&str> = receipt.blocks.iter().flat_map(Block::texts).collect();
    for wanted in [
        "DEP-2026-0001",
        "سهام الرامي",
        "Siham Rami",
        "Amina",
        "Cake au citron",
        "× 6",
        "2,500\u{a0}kg",
        "Signature ou empreinte",
        "التوقيع أو البصمة",
        "Bénévole",
    ] {
        assert!(texts.contains(&wanted), "{wanted} in {texts:?}");
    }
    let bitmap = render(&receipt, Paper::Mm58);
    write_png(&bitmap, &out("deposit-slip-58.png")).unwrap();
    assert!(bitmap.height() > 600);
}

/// Draws a PDF's pages at 300 dpi (as a scanner would see the printed sheet) and reads
/// each page's codes, sorted.
fn decode_pdf(pdf: &Path, name: &str) -> Vec<Vec<String>> {
    let prefix = out(name);
    let status = Command::new("pdftoppm")
        .args(["-r", "300", "-png"])
        .arg(pdf)
        .arg(&prefix)
        .status()
        .expect("pdftoppm (poppler-utils) must be installed for these tests");
    assert!(status.success());
    let mut pages = Vec::new();
    for n in 1.. {
        let page = PathBuf::from(format!("{}-{n}.png", prefix.display()));
        if !page.exists() {
            break;
        }
        let mut codes = decode(&page);
        codes.sort();
        pages.push(codes);
    }
    pages
}

#[test]
fn label_sheets_decode_in_every_layout_from_any_free_position() {
    use souk::tags::sheet::{self, Layout};
    let shop = Shop::new();
    let list = vec![
        tag(&shop, "P004-0016", None),
        tag(&shop, "P001-0002", Some("0,350")),
        tag(&shop, "P002-0007", None),
    ];
    for (name, layout) in [
        ("3x8", Layout::L3X8),
        ("2x7", Layout::L2X7),
        ("4x10", Layout::L4X10),
    ] {
        let (bytes, pages) = sheet::pdf(&list, layout, 1).unwrap();
        assert_eq!(pages, 1);
        let path = out(&format!("sheet-{name}.pdf"));
        std::fs::write(&path, bytes).unwrap();
        assert_eq!(
            decode_pdf(&path, &format!("sheet-{name}")),
            [["2000000000077", "2000000000169", "2100027031501"]],
            "{name}"
        );
        // The names are real text, the Arabic in reading order.
        let text = Command::new("pdftotext")
            .arg(&path)
            .arg("-")
            .output()
            .unwrap();
        let text = String::from_utf8_lossy(&text.stdout);
        assert!(text.contains("مفرش مطرز رباطي") && text.contains("Nappe brodée rbatie"));
    }
    // The last free position of a used sheet, then a new sheet.
    let (bytes, pages) = sheet::pdf(&list[..2], Layout::L3X8, 23).unwrap();
    assert_eq!(pages, 2);
    let path = out("sheet-last.pdf");
    std::fs::write(&path, bytes).unwrap();
    assert_eq!(
        decode_pdf(&path, "sheet-last"),
        [["2000000000169"], ["2100027031501"]]
    );
    assert!(sheet::pdf(&list, Layout::L3X8, 24).is_err());
}

#[test]
fn a_long_deposit_slip_runs_onto_more_a5_pages() {
    let mut shop = Shop::new();
    let items = (1..=30)
        .map(|n| Item::New {
            form: souk::catalog::edit::ProductForm {
                name_fr: format!("Coussin brodé {n}"),
                name_ar: format!("وسادة مطرزة {n}"),
                category: "embroidery".into(),
                price: "95".into(),
                ..Default::default()
            },
            quantity: Quantity::pieces(2),
        })
        .collect();
    let deposit = intake::intake(
        &mut shop.conn,
        &shop.clock,
        &NewDeposit {
            producer: "P004".into(),
            user_id: shop.cashier,
            items,
            note: None,
        },
    )
    .unwrap();
    let path = out("long-slip.pdf");
    std::fs::write(&path, slip::pdf(&deposit, &ShopInfo::default()).unwrap()).unwrap();
    let info = Command::new("pdfinfo").arg(&path).output().unwrap();
    let pages = String::from_utf8_lossy(&info.stdout)
        .lines()
        .find_map(|l| l.strip_prefix("Pages:").map(|p| p.trim().to_owned()))
        .unwrap();
    assert_eq!(pages, "2");
    let text = Command::new("pdftotext")
        .arg(&path)
        .arg("-")
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&text.stdout);
    for wanted in [
        "Coussin brodé 1",
        "Coussin brodé 30",
        "× 60",
        "Signature ou empreinte",
    ] {
        assert!(text.contains(wanted), "{wanted}");
    }
}
