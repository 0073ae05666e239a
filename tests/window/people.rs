//! Signing in at the counter with a PIN, locking it, and an administrator approving a
//! volunteer's discount beyond the limit, driven as the volunteers would.
#![cfg(feature = "gui")]
#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::common;

use std::sync::Arc;

use common::{Shop, dh, utc};
use souk::clock::FixedClock;
use souk::i18n::{Lang, Msg, Translator};
use souk::ui::screen::counter::{self, DiscountTarget};
use souk::ui::{App, Message, store};
use souk::users::{self, Role};

use common::ui::Window;

impl Window {
    /// The fixture shop with Amina (volunteer, 1111) and Rachida (administrator, 2016).
    fn open_people() -> Window {
        Window::open_at(Arc::new(FixedClock::new(utc("2026-11-29T10:00:00Z"))))
    }

    /// As `open`, with the window on `clock`.
    fn open_at(clock: Arc<FixedClock>) -> Window {
        let mut shop = Shop::new();
        let rachida = users::add(&shop.conn, "Rachida", Role::Admin).unwrap().id;
        users::change_pin(&mut shop.conn, &shop.clock, rachida, rachida, "2016").unwrap();
        let amina = shop.cashier;
        users::change_pin(&mut shop.conn, &shop.clock, rachida, amina, "1111").unwrap();
        souk::settings::set(&shop.conn, souk::settings::LOCK_AFTER_MIN, "5").unwrap();
        let (app, task) = App::ready(store::boot(shop.path(), clock).unwrap(), Lang::Fr);
        let mut window = Window { shop, app };
        window.run(task);
        window
    }

    fn at_counter(&self) -> bool {
        self.app.shell().is_some_and(|s| s.counter().is_some())
    }
}

fn fr(id: &'static str) -> String {
    Translator::new(Lang::Fr).text(id)
}

#[test]
fn the_counter_opens_after_the_right_pin_and_locks_again() {
    let mut w = Window::open_people();
    assert!(
        w.shows(&fr("ui-signin-title")),
        "nobody is signed in at start"
    );
    w.sign_in("Amina", "1234");
    let wrong = Translator::new(Lang::Fr).tr(&Msg::new("auth-err-wrong-pin").arg("name", "Amina"));
    assert!(w.shows(&wrong), "{wrong}");
    assert!(
        !w.at_counter() || w.shows(&fr("ui-signin-title")),
        "still locked"
    );

    w.sign_in("Amina", "1111");
    w.type_in(counter::SEARCH, "2000000000015");
    assert!(w.shows("Amina"), "who is signed in shows in the bar");

    // Lock: the next person must sign in; the cart waits behind the lock.
    w.step(|ui| {
        ui.click(fr("ui-lock").as_str()).expect("the lock button");
    });
    assert!(w.shows(&fr("ui-signin-title")));
    w.send(Message::Shortcut(souk::ui::Shortcut::Card));
    assert_eq!(
        souk::sale::list(&w.shop.conn, None, None).unwrap().len(),
        0,
        "locked: no sale"
    );
    w.sign_in("Rachida", "2016");
    let cart = w
        .app
        .shell()
        .and_then(|s| s.counter())
        .unwrap()
        .cart()
        .lines()
        .len();
    assert_eq!(cart, 1, "the cart survived the lock");
}

#[test]
fn a_discount_beyond_the_limit_goes_through_once_with_an_administrators_pin() {
    let mut w = Window::open_people();
    w.sign_in("Amina", "1111");
    assert!(w.at_counter());
    w.type_in(counter::SEARCH, "2000000000015"); // 51,50
    w.send(Message::Counter(counter::Message::Discount(
        DiscountTarget::Line(0),
    )));
    w.type_in(counter::DISCOUNT, "20 %");
    w.send(Message::Counter(counter::Message::PayRest(
        souk::sale::Method::Card,
    )));
    let refused = Translator::new(Lang::Fr).tr(&Msg::new("auth-err-not-allowed")
        .arg("name", "Amina")
        .arg("right", Msg::new("right-discount")));
    assert!(w.shows(&refused), "{refused}");
    assert_eq!(souk::sale::list(&w.shop.conn, None, None).unwrap().len(), 0);

    // Rachida approves with her PIN; the same payment now goes through, once.
    w.step(|ui| {
        ui.click(fr("ui-approve").as_str())
            .expect("the administrator button");
    });
    assert!(w.shows(&fr("ui-signin-approve-title")));
    w.sign_in("Rachida", "2016");
    let approved = Translator::new(Lang::Fr).tr(&Msg::new("ui-approved-by").arg("name", "Rachida"));
    assert!(w.shows(&approved), "{approved}");
    w.send(Message::Counter(counter::Message::PayRest(
        souk::sale::Method::Card,
    )));
    let sale = souk::sale::load(&w.shop.conn, "2026-000001").unwrap();
    assert_eq!(sale.cashier, "Amina");
    assert_eq!(sale.lines[0].discount, dh("10.30"));
    assert!(!w.shows(&approved), "the approval was for that sale only");
    let entry = &souk::audit::list(&w.shop.conn, 1).unwrap()[0];
    assert_eq!(
        (entry.user.as_deref(), entry.operator.as_deref()),
        (Some("Rachida"), Some("Amina"))
    );
}

#[test]
fn the_window_backs_up_once_a_day_and_says_when_it_cannot() {
    let shop = Shop::new();
    let usb = shop.dir.path().join("usb");
    souk::backup::configure(&shop.conn, &usb, None).unwrap();
    let clock = Arc::new(FixedClock::new(utc("2026-11-29T10:00:00Z")));
    let (app, task) = App::ready(store::boot(shop.path(), clock.clone()).unwrap(), Lang::Fr);
    let mut w = Window { shop, app };
    w.run(task);
    assert_eq!(souk::backup::rotating_backups(&usb).unwrap().len(), 1);
    w.send(Message::Tick);
    assert_eq!(
        souk::backup::rotating_backups(&usb).unwrap().len(),
        1,
        "once a day"
    );
    assert!(w.app.shell().unwrap().backup_problem().is_none());

    // The folder is a file now (a stick that is not there, as far as Souk can tell).
    let blocked = w.shop.dir.path().join("not-a-folder");
    std::fs::write(&blocked, b"x").unwrap();
    souk::backup::configure(&w.shop.conn, &blocked, None).unwrap();
    clock.advance(chrono::Duration::days(1));
    w.send(Message::Tick);
    assert!(
        w.app.shell().unwrap().backup_problem().is_some(),
        "the window says so"
    );
}

#[test]
fn an_administrator_adds_a_volunteer_who_then_signs_in() {
    use souk::ui::screen::people;
    let mut w = Window::open_people();
    // A volunteer cannot open the people's page.
    w.sign_in("Amina", "1111");
    w.send(Message::Open(souk::ui::Tab::People));
    let refused = Translator::new(Lang::Fr).tr(&Msg::new("auth-err-not-allowed")
        .arg("name", "Amina")
        .arg("right", Msg::new("right-audit")));
    assert!(w.shows(&refused), "{refused}");

    w.send(Message::Lock);
    w.sign_in("Rachida", "2016");
    w.send(Message::Open(souk::ui::Tab::People));
    w.type_in(people::NAME, "Zineb");
    w.send(Message::People(people::Message::Pin("4444".into())));
    w.send(Message::People(people::Message::Add));
    assert!(w.shows("Zineb"));
    // The trail: when, who, what, whom, then the values it set.
    assert!(w.shows("29/11 10:00") && w.shows(&fr("audit-user-added")));
    let role = format!("{}\u{a0}: {}", fr("audit-field-role"), fr("role-volunteer"));
    assert!(w.shows(&role), "the trail shows its values: {role}");
    let zineb = users::find(&w.shop.conn, "Zineb").unwrap().unwrap();
    assert_eq!(zineb.role, Role::Volunteer);

    w.send(Message::Lock);
    w.sign_in("Zineb", "4444");
    assert!(w.at_counter());
    assert!(w.shows("Zineb"));
}

#[test]
fn the_counter_locks_itself_after_the_idle_time() {
    let clock = Arc::new(FixedClock::new(utc("2026-11-29T10:00:00Z")));
    let mut w = Window::open_at(clock.clone());
    w.sign_in("Amina", "1111");
    assert!(!w.shows(&fr("ui-signin-title")));
    clock.advance(chrono::Duration::minutes(4));
    w.send(Message::Tick);
    assert!(!w.shows(&fr("ui-signin-title")), "4 minutes: still open");
    w.type_in(counter::SEARCH, "P001-0003");
    clock.advance(chrono::Duration::minutes(4));
    w.send(Message::Tick);
    assert!(
        !w.shows(&fr("ui-signin-title")),
        "someone touched it 4 minutes ago"
    );
    clock.advance(chrono::Duration::minutes(2));
    w.send(Message::Tick);
    assert!(
        w.shows(&fr("ui-signin-title")),
        "locked after 5 idle minutes"
    );
}

#[test]
fn an_approval_ends_with_the_settings_it_was_given_for() {
    use souk::ui::screen::settings;
    let mut w = Window::open_people();
    w.sign_in("Amina", "1111");
    w.send(Message::Approve);
    w.sign_in("Rachida", "2016");
    let approved = Translator::new(Lang::Fr).tr(&Msg::new("ui-approved-by").arg("name", "Rachida"));
    assert!(w.shows(&approved));
    w.send(Message::Open(souk::ui::Tab::Settings));
    // Only a change is saved (an untouched screen writes nothing): the phone number.
    w.send(Message::Settings(settings::Message::Edit(4, "0537".into())));
    w.send(Message::Settings(settings::Message::Save));
    let saved = Translator::new(Lang::Fr).tr(&Msg::new("set-saved").arg("count", 1_i64));
    assert!(w.shows(&saved), "saved with Rachida's rights");
    assert!(!w.shows(&approved), "and her approval is spent");
    w.send(Message::Settings(settings::Message::Edit(4, "0538".into())));
    w.send(Message::Settings(settings::Message::Save));
    let refused = Translator::new(Lang::Fr).tr(&Msg::new("auth-err-not-allowed")
        .arg("name", "Amina")
        .arg("right", Msg::new("right-settings")));
    assert!(w.shows(&refused), "{refused}");
}

#[test]
fn a_new_product_at_intake_needs_an_administrator_once_the_shop_has_one() {
    use souk::ui::screen::intake::{self, new_product as intake_new};
    let mut w = Window::open_people();
    w.sign_in("Amina", "1111");
    w.send(Message::Open(souk::ui::Tab::Intake));
    w.type_in(intake::PRODUCER, "P001");
    w.step(|ui| {
        ui.click(fr("intake-ui-new-open").as_str())
            .expect("the new product button");
    });
    assert!(w.shows(&fr("intake-ui-new-title")));
    w.type_in(intake_new::NAME_FR, "Ghriba");
    w.type_in(intake_new::NAME_AR, "غريبة");
    w.step(|ui| {
        ui.click("Pâtisserie").expect("the category");
    });
    w.step(|ui| {
        ui.click(fr("intake-ui-new-unit-kg").as_str())
            .expect("by the kg");
    });
    w.type_in(intake_new::PRICE, "120");
    w.type_in(intake_new::QUANTITY, "1,5");
    w.step(|ui| {
        ui.click(fr("intake-ui-new-add").as_str())
            .expect("the add button");
    });
    assert!(w.shows("nouveau  Ghriba"), "the new line is listed");
    assert!(!w.shows(&fr("intake-ui-new-title")), "the form closed");

    // Amina may take items in, not make products: refused in French, nothing written.
    let products = w.shop.count("products");
    w.step(|ui| {
        ui.click(fr("intake-ui-record").as_str())
            .expect("the record button");
    });
    let refused = Translator::new(Lang::Fr).tr(&Msg::new("auth-err-not-allowed")
        .arg("name", "Amina")
        .arg("right", Msg::new("right-catalogue")));
    assert!(w.shows(&refused), "{refused}");
    assert_eq!(w.shop.count("deposits"), 0);
    assert_eq!(w.shop.count("products"), products, "no product was made");

    // Rachida approves; the same deposit goes through once, the product is made.
    w.step(|ui| {
        ui.click(fr("ui-approve").as_str())
            .expect("the administrator button");
    });
    w.sign_in("Rachida", "2016");
    w.step(|ui| {
        ui.click(fr("intake-ui-record").as_str())
            .expect("the record button");
    });
    let deposit = souk::intake::load(&w.shop.conn, "DEP-2026-0001").unwrap();
    assert_eq!(deposit.user, "Rachida");
    assert_eq!(deposit.lines.len(), 1);
    let line = &deposit.lines[0];
    assert!(line.created);
    assert_eq!(
        (line.name_fr.as_str(), line.name_ar.as_str()),
        ("Ghriba", "غريبة")
    );
    assert_eq!(line.quantity.milli(), 1500);
    assert_eq!(line.price, dh("120"));
    let approved = Translator::new(Lang::Fr).tr(&Msg::new("ui-approved-by").arg("name", "Rachida"));
    assert!(
        !w.shows(&approved),
        "the approval was for that deposit only"
    );
    let product = souk::catalog::find_product(&w.shop.conn, &line.sku)
        .unwrap()
        .unwrap();
    assert_eq!(product.unit, souk::money::Unit::Kg);
    assert_eq!(w.shop.count("products"), products + 1);
}

/// The window reopens on the screen last used, an administrator's catalogue say; a
/// volunteer who signs in next must not find herself in it (seen in the real window:
/// Amina landed in a product's edit form).
#[test]
fn a_volunteer_signing_in_never_lands_on_an_administrators_screen() {
    let mut shop = Shop::new();
    let rachida = users::add(&shop.conn, "Rachida", Role::Admin).unwrap().id;
    users::change_pin(&mut shop.conn, &shop.clock, rachida, rachida, "2016").unwrap();
    let amina = shop.cashier;
    users::change_pin(&mut shop.conn, &shop.clock, rachida, amina, "1111").unwrap();
    souk::settings::set(&shop.conn, souk::settings::UI_SCREEN, "catalogue").unwrap();
    let clock = Arc::new(FixedClock::new(utc("2026-11-29T10:00:00Z")));
    let (app, task) = App::ready(store::boot(shop.path(), clock).unwrap(), Lang::Fr);
    let mut w = Window { shop, app };
    w.run(task);
    w.sign_in("Amina", "1111");
    let tab = w.app.shell().map(|s| s.tab());
    assert_eq!(tab, Some(souk::ui::Tab::Counter), "Amina signed in");

    // And after a lock: the administrator was on the people's screen.
    w.step(|ui| {
        ui.click(fr("ui-lock").as_str()).expect("the lock button");
    });
    w.sign_in("Rachida", "2016");
    w.send(Message::Open(souk::ui::Tab::People));
    w.step(|ui| {
        ui.click(fr("ui-lock").as_str()).expect("the lock button");
    });
    w.sign_in("Amina", "1111");
    let tab = w.app.shell().map(|s| s.tab());
    assert_eq!(tab, Some(souk::ui::Tab::Counter), "Amina after Rachida");
}
