//! The 3-item sale of #16 in the real window, its volunteer actions counted: a pastry by
//! weight, a scanned cake, a tapped msemen, paid with a 200 DH note. With the shop's scale
//! (emulated on a pseudo-terminal) the weight comes by itself; without one it is typed in
//! grams.

use std::time::Duration;

use souk::i18n::Lang;
use souk::scale::Protocol;

use super::common::Shop;
use super::common::scale::{Load, Scale};
use super::common::x11::{Screen, Souk};
use super::{count, last_sale, one_at_a_time, shots, twin, wait_until};

/// What the volunteer does, each tap, key or scan counted as one action.
struct Volunteer<'a> {
    screen: &'a Screen,
    actions: usize,
}

impl Volunteer<'_> {
    fn tap(&mut self, at: (i32, i32)) {
        self.actions += 1;
        self.screen.tap(at);
    }

    fn scan(&mut self, code: &str) {
        // The scanner's trigger: one action, whatever it types.
        self.actions += 1;
        self.screen.scan(code);
    }

    fn keys(&mut self, text: &str) {
        self.actions += text.chars().count();
        self.screen.type_text(text);
    }

    fn press(&mut self, key: &str) {
        self.actions += 1;
        self.screen.key(key);
    }
}

fn names(lang: Lang) -> (&'static str, &'static str) {
    match lang {
        Lang::Ar => ("شباكية", "مسمن"),
        _ => ("Chebakia", "Msemen"),
    }
}

fn expect_the_sale(shop: &Shop, code: &str) {
    let saved = wait_until(Duration::from_secs(3), || {
        count(shop, "SELECT count(*) FROM sales") == 1
    });
    assert!(saved.is_some(), "{code}: the sale was saved");
    let (lines, total, change) = last_sale(shop);
    assert_eq!(
        lines,
        ["P001-0002×350", "P001-0001×1000", "P001-0003×1000"],
        "{code}"
    );
    assert_eq!((total, change), (8_600, 11_400), "{code}");
}

#[test]
fn with_the_scale_the_sale_takes_four_actions_in_french_and_in_arabic() {
    let _window = one_at_a_time();
    for (lang, code) in [(Lang::Fr, "fr"), (Lang::Ar, "ar")] {
        let scale = Scale::start(Protocol::Toledo, Load::Zero);
        let shop = Shop::new();
        souk::settings::set(&shop.conn, "scale.port", &scale.port).unwrap();
        souk::settings::set(&shop.conn, "scale.protocol", "toledo").unwrap();
        let screen = Screen::start();
        let _souk = Souk::start(&screen, &shop.path(), code, &[]);
        let mut twin = twin(lang);
        let mut volunteer = Volunteer {
            screen: &screen,
            actions: 0,
        };
        let (pastry, msemen) = names(lang);

        // The customer's chebakia is put on the scale; the volunteer taps it.
        scale.show(Load::Stable(350));
        std::thread::sleep(Duration::from_millis(400));
        let at = twin.place(pastry);
        volunteer.tap(at);
        // The twin, without a scale, is given the weight by hand to stay in step.
        twin.click(pastry);
        twin.type_in(souk::ui::screen::counter::WEIGHT, "350");
        std::thread::sleep(Duration::from_millis(400));
        screen.screenshot(&shots().join(format!("weighing-scale-{code}.png")));
        volunteer.scan("2000000000015");
        twin.type_in(souk::ui::screen::counter::SEARCH, "2000000000015");
        let at = twin.place(msemen);
        volunteer.tap(at);
        twin.click(msemen);
        let note = twin.place("200");
        volunteer.tap(note);
        expect_the_sale(&shop, code);
        eprintln!("{code}: with the scale, {} actions", volunteer.actions);
        assert!(
            volunteer.actions <= 6,
            "{code}: {} actions",
            volunteer.actions
        );
        std::thread::sleep(Duration::from_millis(300));
        screen.screenshot(&shots().join(format!("sale-with-scale-{code}.png")));
    }
}

#[test]
fn without_a_scale_the_sale_takes_eight_actions_in_french_and_in_arabic() {
    let _window = one_at_a_time();
    for (lang, code) in [(Lang::Fr, "fr"), (Lang::Ar, "ar")] {
        let shop = Shop::new();
        let screen = Screen::start();
        let _souk = Souk::start(&screen, &shop.path(), code, &[]);
        let mut twin = twin(lang);
        let mut volunteer = Volunteer {
            screen: &screen,
            actions: 0,
        };
        let (pastry, msemen) = names(lang);

        let at = twin.place(pastry);
        volunteer.tap(at);
        twin.click(pastry);
        volunteer.keys("350");
        std::thread::sleep(Duration::from_millis(300));
        screen.screenshot(&shots().join(format!("weighing-typed-{code}.png")));
        volunteer.press("Return");
        twin.type_in(souk::ui::screen::counter::WEIGHT, "350");
        volunteer.scan("2000000000015");
        twin.type_in(souk::ui::screen::counter::SEARCH, "2000000000015");
        let at = twin.place(msemen);
        volunteer.tap(at);
        twin.click(msemen);
        let note = twin.place("200");
        volunteer.tap(note);
        expect_the_sale(&shop, code);
        eprintln!("{code}: without a scale, {} actions", volunteer.actions);
        assert!(
            volunteer.actions <= 9,
            "{code}: {} actions",
            volunteer.actions
        );
    }
}
