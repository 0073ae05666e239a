//! Statements on paper and on screen: the window's preview is the page the PDF prints
//! (checked against poppler's own rendering), statements go to the page printer (CUPS's
//! `lp`, or a printing folder) as issued, the payout slip prints on the receipt printer,
//! and a producer's page holds every month of hers with her balance (needs poppler-utils).
#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::common;

/// The till opened in the spring: these tests record the months after it in time order.
const SPRING: &str = "2026-05-01T08:00:00Z";

use std::path::{Path, PathBuf};
use std::process::Command;

use common::cli::{ok, refused, souk_env};
use common::{Shop, dh, utc};
use souk::money::Money;
use souk::pdf::Picture;
use souk::receipt::ShopInfo;
use souk::statement::{self, Paper, PayoutMethod};
use souk::users::{self, Role};

/// A shop whose producer P001 sold in September, October and November, was paid in
/// October and November, and whose October was issued; it is now 29 November.
fn three_months() -> (Shop, i64) {
    let mut shop = Shop::since(SPRING);
    let admin = users::add(&shop.conn, "Khadija", Role::Admin).unwrap().id;
    let sell = |shop: &mut Shop, at: &str, qty: &str| {
        shop.clock.set(utc(at));
        let line = shop.line("P001-0001", qty);
        shop.cash_sale(vec![line])
    };
    let pay = |shop: &mut Shop, at: &str, amount: &str| {
        shop.clock.set(utc(at));
        statement::payout(
            &mut shop.conn,
            &shop.clock,
            "P001",
            dh(amount),
            PayoutMethod::Cash,
            admin,
            false,
            None,
        )
        .unwrap()
    };
    // In time order, as the ledger records it.
    sell(&mut shop, "2026-09-12T10:00:00Z", "1");
    pay(&mut shop, "2026-10-02T09:00:00Z", "40");
    sell(&mut shop, "2026-10-05T10:00:00Z", "2");
    shop.clock.set(utc("2026-11-02T09:00:00Z"));
    statement::issue(&mut shop.conn, &shop.clock, 2026, 10, admin).unwrap();
    sell(&mut shop, "2026-11-03T10:00:00Z", "3");
    // A sale voided in November counts nowhere.
    let voided = sell(&mut shop, "2026-11-10T10:00:00Z", "5");
    souk::sale::void(
        &mut shop.conn,
        &shop.clock,
        &voided.number,
        "erreur",
        Some(admin),
    )
    .unwrap();
    pay(&mut shop, "2026-11-20T09:00:00Z", "100");
    shop.clock.set(utc("2026-11-29T10:00:00Z"));
    (shop, admin)
}

#[test]
fn her_page_holds_each_month_newest_first_and_her_balance_today() {
    let (shop, _) = three_months();
    let h = statement::history(&shop.conn, "p001").unwrap();
    assert_eq!(h.producer, "P001");
    let months: Vec<&str> = h.months.iter().map(|m| m.month.as_str()).collect();
    assert_eq!(months, ["2026-11", "2026-10", "2026-09"]);
    assert_eq!(h.months[1].number.as_deref(), Some("R-2026-10-001"));
    assert_eq!(h.months[0].number, None);
    // Cake au citron at 51.50, 5 % to the association: 48.92 a cake (rounded per line).
    assert_eq!(h.months[2].net, dh("48.92"));
    assert_eq!(h.months[1].net, dh("97.85"));
    assert_eq!(h.months[1].payouts, dh("40"));
    let november = statement::statement(&shop.conn, "P001", 2026, 11).unwrap();
    assert_eq!((h.months[0].net, h.months[0].lines), (november.net, 1));
    for pair in h.months.windows(2) {
        assert_eq!(pair[0].opening_balance, pair[1].closing_balance);
    }
    assert_eq!(h.months[0].closing_balance, h.balance);
    assert_eq!(h.earned, h.months.iter().map(|m| m.net).sum::<Money>());
    assert_eq!(h.balance, h.earned - dh("140"));
    let paid: Vec<Money> = h.payouts.iter().map(|p| p.amount).collect();
    assert_eq!(paid, [dh("100"), dh("40")]);

    let nobody = statement::history(&shop.conn, "P004").unwrap();
    assert!(nobody.months.is_empty() && nobody.payouts.is_empty());
    assert_eq!(nobody.balance, Money::ZERO);
    assert!(statement::history(&shop.conn, "P999").is_err());
}

#[test]
fn her_page_agrees_with_every_statement_of_hers_on_the_demo_shop() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("demo.sqlite");
    let admin = [("SOUK_USER", "admin"), ("SOUK_PIN", "2016")];
    // The demo issues each ended month's statements, October's too, and pays them.
    ok(&souk_env(&db, "fr", &["demo", "--months", "3"], &admin));
    ok(&souk_env(
        &db,
        "fr",
        &["payout", "P002", "75", "--method", "cash"],
        &admin,
    ));
    let conn = souk::db::open(&db).unwrap();
    let producers = souk::catalog::producers(&conn).unwrap();
    assert!(producers.len() > 20);
    for p in producers {
        let h = statement::history(&conn, &p.code).unwrap();
        for m in &h.months {
            let (year, month) = m.year_month().unwrap();
            let s = statement::statement(&conn, &p.code, year, month).unwrap();
            let expected = (
                s.number.clone(),
                s.opening,
                s.gross,
                s.association_share,
                s.net,
                s.payouts,
                s.closing,
                s.lines.len(),
            );
            let got = (
                m.number.clone(),
                m.opening_balance,
                m.gross,
                m.association_share,
                m.net,
                m.payouts,
                m.closing_balance,
                m.lines,
            );
            assert_eq!(got, expected, "{} {}", p.code, m.month);
        }
        let balance = statement::balance(&conn, p.id).unwrap();
        assert_eq!(h.balance, balance, "{}", p.code);
        if let Some(newest) = h.months.first() {
            assert_eq!(newest.closing_balance, balance, "{}", p.code);
        }
    }
}

#[test]
fn souk_history_says_her_page_in_json_and_in_words() {
    let (shop, _) = three_months();
    let db = shop.path();
    let json: serde_json::Value = serde_json::from_str(&ok(&souk_env(
        &db,
        "fr",
        &["history", "P001", "--json"],
        &[],
    )))
    .unwrap();
    assert_eq!(json["producer"], "P001");
    assert_eq!(json["months"][1]["number"], "R-2026-10-001");
    assert_eq!(json["months"][1]["payouts"], "40.00");
    let balance = statement::history(&shop.conn, "P001").unwrap().balance;
    assert_eq!(json["balance"], balance.plain());
    let said = ok(&souk_env(&db, "ar", &["history", "P001"], &[]));
    assert!(said.contains("سهام الرامي"), "{said}");
    assert!(said.contains("R-2026-10-001"), "{said}");
}

/// A PGM file as written by `pdftoppm -gray`.
fn read_pgm(path: &Path) -> Picture {
    let bytes = std::fs::read(path).unwrap();
    let mut fields = Vec::new();
    let mut at = 0;
    while fields.len() < 4 {
        while bytes[at].is_ascii_whitespace() {
            at += 1;
        }
        let start = at;
        while !bytes[at].is_ascii_whitespace() {
            at += 1;
        }
        fields.push(String::from_utf8_lossy(&bytes[start..at]).into_owned());
    }
    assert_eq!(fields[0], "P5");
    let (width, height): (u32, u32) = (fields[1].parse().unwrap(), fields[2].parse().unwrap());
    let pixels = bytes[at + 1..].to_vec();
    assert_eq!(pixels.len(), (width * height) as usize);
    Picture {
        width,
        height,
        pixels,
    }
}

/// The share of `a`'s dark pixels with a dark pixel of `b` at most one pixel away.
fn found_in(a: &Picture, b: &Picture) -> f64 {
    let dark = |p: &Picture, x: i64, y: i64| x >= 0 && y >= 0 && p.get(x as u32, y as u32) < 128;
    let (mut all, mut found) = (0u64, 0u64);
    for y in 0..i64::from(a.height) {
        for x in 0..i64::from(a.width) {
            if !dark(a, x, y) {
                continue;
            }
            all += 1;
            let near = (-1..=1).any(|dy| (-1..=1).any(|dx| dark(b, x + dx, y + dy)));
            found += u64::from(near);
        }
    }
    assert!(all > 1000, "hardly any ink: {all}");
    found as f64 / all as f64
}

#[test]
fn the_preview_is_the_page_that_prints() {
    let (shop, _) = three_months();
    let dir = tempfile::tempdir().unwrap();
    let s = statement::statement(&shop.conn, "P001", 2026, 10).unwrap();
    let shop_info = ShopInfo::load(&shop.conn).unwrap();
    let pdf = dir.path().join("s.pdf");
    std::fs::write(
        &pdf,
        statement::statement_pdf(&s, &shop_info, Paper::A5).unwrap(),
    )
    .unwrap();
    let out = Command::new("pdftoppm")
        .args(["-r", "100", "-gray", "-f", "1", "-l", "1"])
        .arg(&pdf)
        .arg(dir.path().join("poppler"))
        .output()
        .expect("pdftoppm (Debian: apt-get install poppler-utils)");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let poppler = read_pgm(&dir.path().join("poppler-1.pgm"));
    let ours = &statement::preview::statement(&shop.conn, &s, Paper::A5, 100.0).unwrap()[0];
    assert_eq!((ours.width, ours.height), (poppler.width, poppler.height));
    let ours_in_theirs = found_in(ours, &poppler);
    let theirs_in_ours = found_in(&poppler, ours);
    assert!(
        ours_in_theirs > 0.97 && theirs_in_ours > 0.97,
        "preview and print differ: {ours_in_theirs:.3} / {theirs_in_ours:.3}"
    );
    // And a preview drawn 4 pixels (1 mm) off is told apart.
    let mut wrong = ours.clone();
    let width = wrong.width as usize;
    for row in wrong.pixels.chunks_mut(width) {
        row.rotate_right(4);
    }
    assert!(found_in(&poppler, &wrong) < 0.9);
}

/// A stand-in for CUPS's `lp` that keeps its arguments and the document it was given,
/// and answers as `lp` does.
fn fake_lp(dir: &Path) -> PathBuf {
    let bin = dir.join("bin");
    std::fs::create_dir_all(&bin).unwrap();
    let script = format!(
        "#!/bin/sh\necho \"$@\" > '{0}/lp-args'\ncat > '{0}/lp-document.pdf'\n\
         echo 'request id is Brother_HL-17 (1 file(s))'\n",
        dir.display()
    );
    let lp = bin.join("lp");
    std::fs::write(&lp, script).unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&lp, std::fs::Permissions::from_mode(0o755)).unwrap();
    }
    bin
}

#[test]
fn an_issued_statement_goes_to_the_page_printer_as_it_was_issued() {
    let (shop, _) = three_months();
    let db = shop.path();
    let dir = tempfile::tempdir().unwrap();
    let bin = fake_lp(dir.path());
    let path = format!(
        "{}:{}",
        bin.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let args = [
        "statement",
        "--month",
        "2026-10",
        "--producer",
        "P001",
        "--print",
    ];
    let said = ok(&souk_env(&db, "fr", &args, &[("PATH", &path)]));
    assert!(
        said.contains("imprimante par défaut") && said.contains("Brother_HL-17"),
        "{said}"
    );
    let lp_args = std::fs::read_to_string(dir.path().join("lp-args")).unwrap();
    assert_eq!(lp_args.trim(), "-t 2026-10-P001");
    let printed = std::fs::read(dir.path().join("lp-document.pdf")).unwrap();
    let mut conn = souk::db::open(&db).unwrap();
    let s = statement::statement(&conn, "P001", 2026, 10).unwrap();
    assert_eq!(printed, statement::pdf(&mut conn, &s, Paper::A5).unwrap());

    // A named printer is asked for by name.
    souk::settings::set(&conn, souk::pdf::print::PRINTER_SETTING, "Brother_HL").unwrap();
    ok(&souk_env(&db, "fr", &args, &[("PATH", &path)]));
    let lp_args = std::fs::read_to_string(dir.path().join("lp-args")).unwrap();
    assert_eq!(lp_args.trim(), "-d Brother_HL -t 2026-10-P001");
}

#[test]
fn a_printing_folder_receives_the_month_in_one_document() {
    let (shop, _) = three_months();
    let db = shop.path();
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("à imprimer");
    souk::settings::set(
        &shop.conn,
        souk::pdf::print::PRINTER_SETTING,
        &format!("folder:{}", folder.display()),
    )
    .unwrap();
    let said = ok(&souk_env(
        &db,
        "fr",
        &["statement", "--month", "2026-10", "--print"],
        &[],
    ));
    let file = folder.join("2026-10-all.pdf");
    assert!(said.contains("dossier d'impression"), "{said}");
    let text = common::pdf::text(&file, None);
    assert!(
        text.contains("Siham Rami") && text.contains("R-2026-10-001"),
        "{text}"
    );
}

#[test]
fn a_pc_without_cups_is_told_in_her_language_and_nothing_is_lost() {
    let (shop, _) = three_months();
    let db = shop.path();
    let empty = tempfile::tempdir().unwrap();
    let path = empty.path().display().to_string();
    let args = [
        "statement",
        "--month",
        "2026-10",
        "--producer",
        "P001",
        "--print",
    ];
    let said = refused(&souk_env(&db, "ar", &args, &[("PATH", &path)]));
    assert!(
        said.contains("CUPS") && said.contains("نظام طباعة"),
        "{said}"
    );
}

#[test]
fn the_payout_slip_prints_on_the_receipt_printer() {
    let (mut shop, admin) = three_months();
    users::change_pin(&mut shop.conn, &shop.clock, admin, admin, "2016").unwrap();
    let db = shop.path();
    let dir = tempfile::tempdir().unwrap();
    let png = dir.path().join("slip.png");
    let spec = format!("png:{}", png.display());
    let vars = [("SOUK_USER", "Khadija"), ("SOUK_PIN", "2016")];
    let args = [
        "payout",
        "P001",
        "10",
        "--method",
        "cash",
        "--ticket",
        "--printer",
        &spec,
    ];
    ok(&souk_env(&db, "fr", &args, &vars));
    let picture = image::open(&png).unwrap().to_luma8();
    assert_eq!(picture.width(), 384);
    // Header, names, amount in words in two languages and two places to sign.
    assert!(picture.height() > 900, "{}", picture.height());
    let ink = picture.pixels().filter(|p| p.0[0] < 128).count();
    assert!(ink > 5_000, "{ink}");
}

#[test]
fn a_payout_whose_ticket_cannot_print_is_recorded_and_says_so() {
    let (mut shop, admin) = three_months();
    users::change_pin(&mut shop.conn, &shop.clock, admin, admin, "2016").unwrap();
    let db = shop.path();
    let vars = [("SOUK_USER", "Khadija"), ("SOUK_PIN", "2016")];
    // Nothing listens on port 9: the printer is off.
    let args = [
        "payout",
        "P001",
        "10",
        "--method",
        "cash",
        "--ticket",
        "--printer",
        "tcp:127.0.0.1:9",
    ];
    let out = souk_env(&db, "fr", &args, &vars);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.success(),
        "a recorded payout is no failure: {stderr}"
    );
    assert!(stderr.contains("Le versement est enregistré"), "{stderr}");
    assert!(String::from_utf8_lossy(&out.stdout).contains("versés à P001"));
    let paid: i64 = shop
        .conn
        .query_row(
            "SELECT count(*) FROM payouts WHERE amount_c = 1000",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(paid, 1, "paid once, and said so");
}

#[test]
fn printing_with_json_keeps_stdout_to_the_json() {
    let (shop, _) = three_months();
    let db = shop.path();
    let dir = tempfile::tempdir().unwrap();
    let folder = format!("folder:{}", dir.path().join("out").display());
    souk::settings::set(&shop.conn, souk::pdf::print::PRINTER_SETTING, &folder).unwrap();
    let png = dir.path().join("png");
    let args = [
        "statement",
        "--month",
        "2026-10",
        "--producer",
        "P001",
        "--print",
        "--png",
        png.to_str().unwrap(),
        "--json",
    ];
    let said = ok(&souk_env(&db, "fr", &args, &[]));
    let json: serde_json::Value = serde_json::from_str(&said).expect("stdout is JSON alone");
    assert_eq!(json["producer"], "P001");
    assert!(png.join("2026-10-P001-1.png").exists());
}
