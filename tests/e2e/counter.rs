//! The counter in the real window: a sale with a weighed item, sales while the printer is
//! jammed, a scan after a tap, and receipts that could not print.

use std::time::Duration;

use souk::i18n::Lang;

use super::common::Shop;
use super::common::printer::{Mode, Printer, SMALL_BUFFER};
use super::common::x11::{RepaintProbe, Screen, Souk};
use super::{count, last_sale, one_at_a_time, shots, twin, wait_until};

/// A cheap 58 mm printer reads about 10 to 20 KB a second.
const CHEAP_SPEED: usize = 12_000;

/// A fixture shop whose receipt printer is `printer`.
fn shop_printing_on(printer: &Printer) -> Shop {
    let shop = Shop::new();
    souk::settings::set(&shop.conn, "receipt.printer", &printer.spec()).unwrap();
    shop
}

fn sales(shop: &Shop) -> i64 {
    count(shop, "SELECT count(*) FROM sales")
}

fn names(lang: Lang) -> (&'static str, &'static str, &'static str) {
    // Chebakia (by the kg), Msemen, and the lemon cake's barcode.
    match lang {
        Lang::Ar => ("شباكية", "مسمن", "2000000000015"),
        _ => ("Chebakia", "Msemen", "2000000000015"),
    }
}

/// Tap the pastry, type its weight, scan a cake, tap a msemen, F2, tap 200, Enter: the sale
/// is saved whole, the change shown, the receipt printed and decoded from what the printer
/// received.
#[test]
fn a_three_item_sale_with_a_weighed_item_in_french_and_in_arabic() {
    let _window = one_at_a_time();
    for (lang, code) in [(Lang::Fr, "fr"), (Lang::Ar, "ar")] {
        let printer = Printer::start(CHEAP_SPEED, SMALL_BUFFER);
        let shop = shop_printing_on(&printer);
        let screen = Screen::start();
        let _souk = Souk::start(&screen, &shop.path(), code, &[]);
        let mut twin = twin(lang);
        let (pastry, msemen, cake) = names(lang);

        let at = twin.place(pastry);
        twin.click(pastry);
        screen.tap(at);
        screen.type_text("0,35");
        screen.key("Return");
        twin.type_in(souk::ui::screen::counter::WEIGHT, "0,35");
        screen.scan(cake);
        twin.type_in(souk::ui::screen::counter::SEARCH, cake);
        let at = twin.place(msemen);
        twin.click(msemen);
        screen.tap(at);
        screen.key("F2");
        twin.send(souk::ui::Message::Shortcut(souk::ui::Shortcut::Cash));
        let note = twin.place("200");
        screen.tap(note);
        screen.key("Return");

        let saved = wait_until(Duration::from_secs(3), || sales(&shop) == 1);
        assert!(saved.is_some(), "{code}: the sale was not saved");
        let (lines, total, change) = last_sale(&shop);
        assert_eq!(
            lines,
            ["P001-0002×350", "P001-0001×1000", "P001-0003×1000"],
            "{code}"
        );
        assert_eq!((total, change), (8_600, 11_400), "{code}");
        let printed = printer.wait_printed(1, Duration::from_secs(5));
        assert_eq!(printed.len(), 1, "{code}: the receipt did not come out");
        let picture = printed[0].picture.clone().expect("a raster receipt");
        souk::receipt::write_png(&picture, &shots().join(format!("receipt-{code}.png"))).unwrap();
        let printed_jobs = count(
            &shop,
            "SELECT count(*) FROM receipt_jobs WHERE printed_at_ms IS NOT NULL",
        );
        assert_eq!(printed_jobs, 1, "{code}: the job is marked printed");
        std::thread::sleep(Duration::from_millis(400));
        screen.screenshot(&shots().join(format!("counter-sale-{code}.png")));
    }
}

/// The printer is jammed: two customers are served one after the other, each sale saved
/// within a second of its last key, the window repainting all along, each key landing
/// once. Both receipts wait with the reason, then print when the printer is freed.
#[test]
fn two_sales_in_a_row_while_the_printer_is_stalled() {
    let _window = one_at_a_time();
    let printer = Printer::start(CHEAP_SPEED, SMALL_BUFFER);
    printer.set_mode(Mode::Stalled);
    let shop = shop_printing_on(&printer);
    let screen = Screen::start();
    let souk = Souk::start(&screen, &shop.path(), "fr", &[]);
    let mut twin = twin(Lang::Fr);
    let tiles = (twin.place("Pâtisserie"), twin.place("Cuisine"));
    let probe = RepaintProbe::start(&screen, souk.window, tiles.0, tiles.1);

    screen.scan("2000000000015");
    screen.key("F3");
    let first = wait_until(Duration::from_secs(5), || sales(&shop) == 1);
    screen.scan("2000000000039");
    screen.scan("2000000000039");
    screen.key("F3");
    let second = wait_until(Duration::from_secs(5), || sales(&shop) == 2);
    // Both receipts are tried and given up while the window goes on.
    let waited = wait_until(Duration::from_secs(15), || {
        count(
            &shop,
            "SELECT count(*) FROM receipt_jobs WHERE printed_at_ms IS NULL AND last_error IS NOT NULL",
        ) == 2
    });
    let (longest, repaints) = probe.finish();
    screen.screenshot(&shots().join("counter-stalled-fr.png"));
    eprintln!(
        "stalled printer: sales saved {first:?} and {second:?} after their last key; \
         longest without repainting {longest:?} over {repaints} repaints; receipts given up \
         after {waited:?}"
    );
    let first = first.expect("the first sale was saved");
    let second = second.expect("the second sale was saved");
    assert!(first < Duration::from_secs(1), "first sale took {first:?}");
    assert!(
        second < Duration::from_secs(1),
        "second sale took {second:?}"
    );
    assert!(waited.is_some(), "both receipts wait with their reason");
    assert!(
        longest < Duration::from_millis(250),
        "the window went {longest:?} without repainting"
    );
    let (lines, _, _) = last_sale(&shop);
    assert_eq!(lines, ["P001-0003×2000"], "each scan landed once");
    let reasons = count(
        &shop,
        "SELECT count(*) FROM receipt_jobs WHERE last_error LIKE 'stalled %'",
    );
    assert_eq!(reasons, 2, "each waits because the printer stalled");

    // The printer is freed; "Print again" prints both.
    printer.set_mode(Mode::Ready);
    let again = twin_print_again_place(&mut twin);
    screen.tap(again);
    let done = wait_until(Duration::from_secs(20), || {
        count(
            &shop,
            "SELECT count(*) FROM receipt_jobs WHERE printed_at_ms IS NULL",
        ) == 0
    });
    screen.screenshot(&shots().join("counter-stalled-printed-fr.png"));
    assert!(
        done.is_some(),
        "both receipts printed once the printer was freed"
    );
}

/// Where "Print again" shows once receipts wait: the twin is brought to that state by a
/// sale whose printer refuses at once.
fn twin_print_again_place(twin: &mut super::common::ui::Window) -> (i32, i32) {
    let closed = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = closed.local_addr().unwrap().port();
    drop(closed);
    souk::settings::set(
        &twin.shop.conn,
        "receipt.printer",
        &format!("tcp:127.0.0.1:{port}"),
    )
    .unwrap();
    twin.type_in(souk::ui::screen::counter::SEARCH, "2000000000015");
    twin.send(souk::ui::Message::Shortcut(souk::ui::Shortcut::Card));
    twin.place("Imprimer le ticket à nouveau")
}

/// A tap on the language (or any button) takes the focus from the search field; the next
/// scan still lands in the cart.
#[test]
fn a_scan_after_tapping_the_language_lands_in_the_cart() {
    let _window = one_at_a_time();
    let printer = Printer::start(CHEAP_SPEED, SMALL_BUFFER);
    let shop = shop_printing_on(&printer);
    let screen = Screen::start();
    let _souk = Souk::start(&screen, &shop.path(), "fr", &[]);
    let mut twin = twin(Lang::Fr);
    let arabic = twin.place("ع");
    screen.tap(arabic);
    std::thread::sleep(Duration::from_millis(300));
    screen.scan("2000000000015");
    std::thread::sleep(Duration::from_millis(300));
    screen.screenshot(&shots().join("counter-scan-after-language-ar.png"));
    screen.key("F3");
    assert!(
        wait_until(Duration::from_secs(3), || sales(&shop) == 1).is_some(),
        "the scanned cake reached the cart and was sold"
    );
    assert_eq!(last_sale(&shop).0, ["P001-0001×1000"]);
}
