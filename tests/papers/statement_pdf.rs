//! The papers of statements and payouts, read back with pdftotext as a producer's reader or
//! a search would: on the demo shop every producer's names and amounts are there, long
//! statements flow onto pages with their heading repeated, and an issued statement's PDF
//! never changes (needs poppler-utils).
#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::common;

/// The till opened in the spring: these tests record the months after it in time order.
const SPRING: &str = "2026-05-01T08:00:00Z";

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use common::cli::{ok, souk_env};
use common::pdf::{assert_has, pages, squeeze, text};
use common::{Shop, dh, utc};
use souk::money::{Money, Quantity, Unit};
use souk::receipt::ShopInfo;
use souk::sale::{self, RefundRequest};
use souk::statement::{self, Paper, Statement, StatementLine};
use souk::users::{self, Role};
use souk::words::{arabic_amount, french_amount};

/// `souk` as the demo shop's administrator, with her PIN.
fn souk(db: &Path, lang: &str, args: &[&str]) -> std::process::Output {
    souk_env(
        db,
        lang,
        args,
        &[("SOUK_USER", "admin"), ("SOUK_PIN", "2016")],
    )
}

/// A demo shop of September to November 2026, as `souk demo` makes it.
fn demo_shop(dir: &Path) -> PathBuf {
    let db = dir.join("demo.sqlite");
    ok(&souk(&db, "fr", &["demo", "--months", "3"]));
    db
}

fn amount(m: Money) -> String {
    statement::pdf::amount_text(m)
}

#[test]
fn every_demo_statement_names_her_in_both_scripts_with_her_amounts() {
    let dir = tempfile::tempdir().unwrap();
    let db = demo_shop(dir.path());
    let out_dir = dir.path().join("relevés");
    let said = ok(&souk(
        &db,
        "fr",
        &[
            "statement",
            "--month",
            "2026-10",
            "--pdf",
            out_dir.to_str().unwrap(),
        ],
    ));
    let all = out_dir.join("2026-10-all.pdf");
    assert!(said.contains(&all.display().to_string()), "{said}");
    let conn = souk::db::open(&db).unwrap();
    let list = statement::statements(&conn, 2026, 10).unwrap();
    assert!(list.len() > 10, "{} statements", list.len());
    let mut total_pages = 0;
    for s in &list {
        let path = out_dir.join(format!("2026-10-{}.pdf", s.producer));
        let text = text(&path, None);
        assert_has(&text, &s.producer_name_latin);
        assert_has(&text, &s.producer_name_ar);
        assert_has(&text, s.number.as_deref().unwrap());
        assert_has(&text, &format!("{} DH", amount(s.closing)));
        assert_has(&text, &amount(s.net));
        // pdftotext puts the year of the right-hand title before it (its line mixes French
        // and Arabic); the Arabic words come back joined and in order.
        assert_has(&text, "كشف المداخيل — أكتوبر");
        assert_has(&text, "Relevé de revenus — octobre 2026");
        total_pages += pages(&path);
    }
    assert_eq!(pages(&all), total_pages);
    let combined = text(&all, None);
    for s in &list {
        assert_has(&combined, &s.producer_name_ar);
    }
}

#[test]
fn a_payout_slip_says_the_amount_in_figures_and_in_words() {
    let dir = tempfile::tempdir().unwrap();
    let db = demo_shop(dir.path());
    let conn = souk::db::open(&db).unwrap();
    let siham = statement::statement(&conn, "P001", 2026, 11).unwrap();
    let due = siham.closing;
    assert!(due > Money::ZERO);
    let slip = dir.path().join("versement.pdf");
    let said = ok(&souk(
        &db,
        "ar",
        &[
            "payout",
            "P001",
            &due.plain(),
            "--method",
            "cash",
            "--slip",
            slip.to_str().unwrap(),
        ],
    ));
    assert!(said.contains(&slip.display().to_string()), "{said}");
    let text = text(&slip, None);
    assert_has(&text, &siham.producer_name_latin);
    assert_has(&text, &siham.producer_name_ar);
    assert_has(&text, &format!("{} DH", amount(due)));
    assert_has(&text, &french_amount(due));
    assert_has(&text, &arabic_amount(due));
    assert_has(&text, "التوقيع أو البصمة");
}

fn line(n: usize) -> StatementLine {
    let refund = n.is_multiple_of(17);
    let sign = |m: Money| if refund { -m } else { m };
    StatementLine {
        day: NaiveDate::from_ymd_opt(2026, 11, 1 + (n % 28) as u32).unwrap(),
        number: format!("2026-{:06}", 100 + n),
        refund,
        sku: "P001-0001".to_owned(),
        name_fr: "Chebakia".to_owned(),
        name_ar: "شباكية".to_owned(),
        unit: Unit::Kg,
        quantity: Quantity::from_milli(if refund { -500 } else { 500 }),
        amount: sign(dh("45")),
        association_share: sign(dh("2.25")),
        producer_share: sign(dh("42.75")),
    }
}

#[test]
fn a_long_statement_flows_onto_pages_with_its_heading_repeated() {
    let lines: Vec<StatementLine> = (0..130).map(line).collect();
    let net: Money = lines.iter().map(|l| l.producer_share).sum();
    let s = Statement {
        producer: "P001".to_owned(),
        producer_name_latin: "Siham Rami".to_owned(),
        producer_name_ar: "سهام الرامي".to_owned(),
        producer_id: 1,
        year: 2026,
        month_no: 11,
        month: "2026-11".to_owned(),
        number: None,
        issued_at: None,
        opening: Money::ZERO,
        gross: lines.iter().map(|l| l.amount).sum(),
        association_share: lines.iter().map(|l| l.association_share).sum(),
        net,
        payouts: Money::ZERO,
        closing: net,
        lines,
        paid: Vec::new(),
    };
    for (paper, least) in [(Paper::A5, 4), (Paper::A4, 3)] {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("long.pdf");
        std::fs::write(
            &path,
            statement::statement_pdf(&s, &ShopInfo::default(), paper).unwrap(),
        )
        .unwrap();
        let count = pages(&path);
        assert!(count >= least, "{paper:?}: {count} pages");
        let mut seen = 0;
        for page in 1..=count {
            let text = text(&path, Some((page, page)));
            for heading in ["Siham Rami (P001)", "سهام الرامي", "BROUILLON", "مسودة"]
            {
                assert_has(&text, heading);
            }
            if page < count {
                assert_has(&text, "Ticket Produit Qté Montant");
            }
            let folio = format!("{page}/{count}");
            assert!(squeeze(&text).replace(' ', "").contains(&folio), "{folio}");
            seen += (0..130)
                .filter(|n| squeeze(&text).contains(&format!("2026-{:06}", 100 + n)))
                .count();
        }
        assert_eq!(seen, 130, "every line once, on {paper:?}");
        let last = text(&path, Some((count, count)));
        assert_has(&last, "À PAYER");
        assert_has(&last, &format!("{} DH", amount(net)));
    }
}

#[test]
fn an_issued_statements_pdf_never_changes_and_a_later_refund_goes_to_the_next_draft() {
    let mut shop = Shop::since(SPRING);
    let admin = users::add(&shop.conn, "Khadija", Role::Admin).unwrap().id;
    shop.clock.set(utc("2026-10-05T10:00:00Z"));
    let sold = shop.cash_sale(vec![shop.line("P001-0001", "2")]);
    shop.clock.set(utc("2026-11-02T09:00:00Z"));
    statement::issue(&mut shop.conn, &shop.clock, 2026, 10, admin).unwrap();
    let issued = statement::statement(&shop.conn, "P001", 2026, 10).unwrap();
    let a5 = statement::pdf(&mut shop.conn, &issued, Paper::A5).unwrap();
    let a4 = statement::pdf(&mut shop.conn, &issued, Paper::A4).unwrap();
    assert_ne!(a5, a4);
    let stored: Vec<u8> = shop
        .conn
        .query_row(
            "SELECT pdf FROM statement_pdfs p JOIN statements s ON s.id = p.statement_id \
             WHERE s.number = ?1 AND p.paper = 'a5'",
            [issued.number.as_deref().unwrap()],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(a5, stored);
    // A refund in November of the October sale, and a new shop name.
    shop.clock.set(utc("2026-11-10T09:00:00Z"));
    let request = RefundRequest {
        number: sold.number.clone(),
        line: Some((1, Some(Quantity::pieces(1)))),
        reason: "abîmé".to_owned(),
        user_id: Some(admin),
        method: None,
    };
    let refund = sale::refund(&mut shop.conn, &shop.clock, &request).unwrap();
    souk::settings::set(&shop.conn, "receipt.name_fr", "Un autre nom").unwrap();
    let again = statement::statement(&shop.conn, "P001", 2026, 10).unwrap();
    assert_eq!(
        statement::pdf(&mut shop.conn, &again, Paper::A5).unwrap(),
        a5
    );
    assert_eq!(
        statement::pdf(&mut shop.conn, &again, Paper::A4).unwrap(),
        a4
    );
    let refused = shop
        .conn
        .execute("UPDATE statement_pdfs SET pdf = x'00'", []);
    assert!(refused.is_err(), "stored PDFs are frozen");
    // The refund is on November's draft.
    let november = statement::statement(&shop.conn, "P001", 2026, 11).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("nov.pdf");
    std::fs::write(
        &path,
        statement::pdf(&mut shop.conn, &november, Paper::A5).unwrap(),
    )
    .unwrap();
    let text = text(&path, None);
    assert_has(&text, "BROUILLON");
    assert_has(&text, &refund.number);
    assert_has(&text, "Un autre nom");
    assert_has(&text, &amount(november.lines[0].producer_share));
}

#[test]
fn a_statement_issued_before_pdfs_were_stored_gets_its_pdf_stored_once() {
    let shop = Shop::since(SPRING);
    let path = shop.path();
    // Keep the folder, close the file.
    let Shop {
        dir: _dir, conn, ..
    } = shop;
    drop(conn);
    {
        // As Souk with migrations 0001–0003 left it: a statement issued, no PDF kept.
        let conn = souk::db::open_at_version(&path, 3).unwrap();
        conn.execute_batch(
            "INSERT INTO users (id, name, role) VALUES (90, 'Khadija', 'admin');
             INSERT INTO statements (producer_id, year, month, number, issued_at_ms, issued_by,
               producer_code, producer_name_ar, producer_name_latin, opening_c, gross_c,
               association_c, net_c, payouts_c, closing_c)
             SELECT id, 2026, 9, 'R-2026-09-001', 1790000000000, 90, code, name_ar, name_latin,
               12000, 0, 0, 0, 0, 12000 FROM producers WHERE code = 'P001';",
        )
        .unwrap();
    }
    let mut conn = souk::db::open(&path).unwrap();
    let issued = statement::statement(&conn, "P001", 2026, 9).unwrap();
    assert_eq!(issued.number.as_deref(), Some("R-2026-09-001"));
    let first = statement::pdf(&mut conn, &issued, Paper::A5).unwrap();
    souk::settings::set(&conn, "receipt.name_fr", "Un autre nom").unwrap();
    let again = statement::pdf(&mut conn, &issued, Paper::A5).unwrap();
    assert_eq!(first, again, "drawn once, then the stored bytes");
    let stored: i64 = conn
        .query_row("SELECT count(*) FROM statement_pdfs", [], |r| r.get(0))
        .unwrap();
    assert_eq!(stored, 1);
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("sept.pdf");
    std::fs::write(&file, &first).unwrap();
    let text = text(&file, None);
    assert_has(&text, "R-2026-09-001");
    assert_has(&text, "120,00 DH");
}
