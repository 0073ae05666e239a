//! People, PINs, rights and the audit trail, through the CLI as a shop would use it and
//! through the core.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::common;

use common::cli::{ok, refused, souk_env};
use common::{Shop, dh, fixture};
use souk::audit;
use souk::sale::{self, Method, NewSale, Tender};
use souk::users::{self, Right, Role};

fn count(db: &std::path::Path, sql: &str) -> i64 {
    let conn = souk::db::open(db).unwrap();
    conn.query_row(sql, [], |r| r.get(0)).unwrap()
}

#[test]
fn once_an_administrator_exists_commands_need_a_user_her_pin_and_the_right() {
    let dir = tempfile::TempDir::new().unwrap();
    let db = dir.path().join("souk.sqlite");
    let producers = fixture("producers.csv");
    let producers = producers.to_str().unwrap();

    // A new shop asks nobody: its first administrator is added with her new PIN.
    ok(&souk_env(
        &db,
        "en",
        &["user", "add", "Salma", "--role", "admin"],
        &[("SOUK_NEW_PIN", "2016")],
    ));
    let stored: String = souk::db::open(&db)
        .unwrap()
        .query_row("SELECT pin_hash FROM users WHERE name = 'Salma'", [], |r| {
            r.get(0)
        })
        .unwrap();
    assert!(stored.starts_with("$argon2id$") && !stored.contains("2016"));

    // From now on: who, and her PIN.
    let why = refused(&souk_env(
        &db,
        "en",
        &["user", "add", "Amina"],
        &[("SOUK_NEW_PIN", "1111")],
    ));
    assert!(why.contains("--user"), "{why}");
    let why = refused(&souk_env(
        &db,
        "fr",
        &["--user", "Salma", "user", "add", "Amina"],
        &[("SOUK_NEW_PIN", "1111")],
    ));
    assert!(why.contains("Il faut un code"), "{why}");
    ok(&souk_env(
        &db,
        "en",
        &["--user", "Salma", "user", "add", "Amina"],
        &[("SOUK_PIN", "2016"), ("SOUK_NEW_PIN", "1111")],
    ));

    // A volunteer may not change the catalogue: refused, nothing written.
    let why = refused(&souk_env(
        &db,
        "en",
        &["--user", "Amina", "import", "producers", producers],
        &[("SOUK_PIN", "1111")],
    ));
    assert!(why.contains("Amina may not change the catalogue"), "{why}");
    assert_eq!(count(&db, "SELECT count(*) FROM producers"), 0);

    // A wrong PIN is refused and written down.
    let why = refused(&souk_env(
        &db,
        "en",
        &["--user", "Salma", "import", "producers", producers],
        &[("SOUK_PIN", "9999")],
    ));
    assert!(why.contains("Wrong PIN for Salma"), "{why}");
    assert_eq!(count(&db, "SELECT count(*) FROM producers"), 0);
    let salma = [("SOUK_PIN", "2016")];
    ok(&souk_env(
        &db,
        "en",
        &["--user", "Salma", "import", "producers", producers],
        &salma,
    ));
    let products = fixture("products.csv");
    ok(&souk_env(
        &db,
        "en",
        &[
            "--user",
            "Salma",
            "import",
            "products",
            products.to_str().unwrap(),
        ],
        &salma,
    ));

    // The volunteer sells with her PIN; voiding is for administrators.
    let amina = [("SOUK_PIN", "1111")];
    let sold = ok(&souk_env(
        &db,
        "en",
        &[
            "sell",
            "--cashier",
            "Amina",
            "P001-0001",
            "--pay",
            "cash:60",
            "--json",
        ],
        &amina,
    ));
    let number = serde_json::from_str::<serde_json::Value>(&sold).unwrap()["number"]
        .as_str()
        .unwrap()
        .to_owned();
    let why = refused(&souk_env(
        &db,
        "en",
        &["--user", "Amina", "void", &number, "--reason", "mistake"],
        &amina,
    ));
    assert!(why.contains("may not void a sale"), "{why}");
    ok(&souk_env(
        &db,
        "en",
        &["--user", "Salma", "void", &number, "--reason", "mistake"],
        &salma,
    ));

    // The audit trail: administrators only, and it holds what happened.
    refused(&souk_env(&db, "en", &["--user", "Amina", "audit"], &amina));
    let trail = ok(&souk_env(
        &db,
        "en",
        &["--user", "Salma", "audit", "--json"],
        &salma,
    ));
    let trail: Vec<serde_json::Value> = serde_json::from_str(&trail).unwrap();
    let actions: Vec<&str> = trail.iter().filter_map(|e| e["action"].as_str()).collect();
    for expected in ["user-added", "pin-failed", "catalogue-imported", "void"] {
        assert!(
            actions.contains(&expected),
            "{expected} missing from {actions:?}"
        );
    }
    let void = trail.iter().find(|e| e["action"] == "void").unwrap();
    assert_eq!(void["user"], "Salma");
    assert_eq!(void["subject"], number.as_str());
    // PINs never reach the trail.
    let text = serde_json::to_string(&trail).unwrap();
    assert!(!text.contains("2016") && !text.contains("1111"), "{text}");
}

#[test]
fn the_audit_trail_cannot_be_changed() {
    let mut shop = Shop::new();
    let admin = users::add(&shop.conn, "Salma", Role::Admin).unwrap().id;
    users::change(
        &mut shop.conn,
        &shop.clock,
        admin,
        shop.cashier,
        Role::Admin,
        true,
    )
    .unwrap();
    let conn = &shop.conn;
    assert_eq!(audit::list(conn, 10).unwrap().len(), 1);
    assert!(
        conn.execute("UPDATE audit SET action = 'nothing'", [])
            .is_err()
    );
    assert!(conn.execute("DELETE FROM audit", []).is_err());
    assert_eq!(audit::list(conn, 10).unwrap()[0].action, "user-changed");
}

#[test]
fn a_discount_beyond_the_limit_needs_an_administrator_who_is_written_down() {
    let mut shop = Shop::new();
    let admin = users::add(&shop.conn, "Salma", Role::Admin).unwrap().id;
    let mut line = shop.line("P001-0001", "1");
    let gross = line.gross();
    // 10 % is the volunteers' limit by default: one centime more is refused.
    line.discount = souk::money::Money::from_centimes(gross.centimes() / 10 + 1);
    let sale = NewSale {
        cashier_id: shop.cashier,
        tenders: vec![Tender {
            method: Method::Cash,
            amount: line.total(),
        }],
        lines: vec![line.clone()],
    };
    let before = shop.count("sales");
    let refusal = sale::sell(&mut shop.conn, &shop.clock, &sale).unwrap_err();
    assert!(
        matches!(
            refusal,
            souk::Error::Users(souk::error::UsersError::NotAllowed {
                right: Right::Discount,
                ..
            })
        ),
        "{refusal:?}"
    );
    assert_eq!(shop.count("sales"), before);

    let sold = sale::sell_approved(&mut shop.conn, &shop.clock, &sale, Some(admin)).unwrap();
    assert_eq!(sold.cashier, "Amina");
    let entry = &audit::list(&shop.conn, 1).unwrap()[0];
    assert_eq!(entry.action, "discount");
    assert_eq!(entry.user.as_deref(), Some("Salma"));
    assert_eq!(entry.operator.as_deref(), Some("Amina"));
    assert_eq!(entry.subject, sold.number);

    // Within the limit the volunteer needs nobody.
    let mut small = shop.line("P001-0001", "1");
    small.discount = dh("1");
    let within = NewSale {
        cashier_id: shop.cashier,
        tenders: vec![Tender {
            method: Method::Cash,
            amount: small.total(),
        }],
        lines: vec![small],
    };
    assert!(sale::sell(&mut shop.conn, &shop.clock, &within).is_ok());
}

#[test]
fn the_last_administrator_stays() {
    let mut shop = Shop::new();
    let admin = users::add(&shop.conn, "Salma", Role::Admin).unwrap().id;
    let refusal = users::change(
        &mut shop.conn,
        &shop.clock,
        admin,
        admin,
        Role::Volunteer,
        true,
    );
    assert!(
        matches!(
            refusal,
            Err(souk::Error::Users(souk::error::UsersError::LastAdmin))
        ),
        "{refusal:?}"
    );
    assert_eq!(users::by_id(&shop.conn, admin).unwrap().role, Role::Admin);
}

#[test]
fn a_volunteer_closes_the_till_and_a_difference_is_written_down() {
    let mut shop = Shop::new();
    users::add(&shop.conn, "Salma", Role::Admin).unwrap();
    shop.cash_sale(vec![shop.line("P001-0003", "2")]); // 6,00 in cash
    // 500 float + 6,00 expected; 2,00 short.
    let counted = souk::cash::Counted::Total(dh("504"));
    let amina = shop.cashier;
    souk::cash::close(&mut shop.conn, &shop.clock, amina, &counted).unwrap();
    let entry = &audit::list(&shop.conn, 1).unwrap()[0];
    assert_eq!(entry.action, "cash-difference");
    assert_eq!(entry.user.as_deref(), Some("Amina"));
    assert_eq!(entry.after.as_ref().unwrap()["difference"], "-2.00");
}

#[test]
fn where_backups_go_is_an_administrators_setting() {
    let mut shop = Shop::new();
    let salma = users::add(&shop.conn, "Salma", Role::Admin).unwrap().id;
    users::change_pin(&mut shop.conn, &shop.clock, salma, salma, "2016").unwrap();
    let amina = shop.cashier;
    users::change_pin(&mut shop.conn, &shop.clock, salma, amina, "1111").unwrap();
    let usb = shop.dir.path().join("usb");
    let usb = usb.to_str().unwrap();
    let args = ["backup", "--folder", usb];
    let why = refused(&souk_env(
        &shop.path(),
        "en",
        &args,
        &[("SOUK_USER", "Amina"), ("SOUK_PIN", "1111")],
    ));
    assert!(why.contains("may not change settings"), "{why}");
    ok(&souk_env(
        &shop.path(),
        "en",
        &args,
        &[("SOUK_USER", "Salma"), ("SOUK_PIN", "2016")],
    ));
    let entry = &audit::list(&shop.conn, 1).unwrap()[0];
    assert_eq!(
        (entry.action.as_str(), entry.subject.as_str()),
        ("setting-changed", "backup.folder")
    );
    assert_eq!(
        souk::backup::rotating_backups(std::path::Path::new(usb))
            .unwrap()
            .len(),
        1
    );
}
