//! A second start on a database another window holds: a small window in the shop's
//! language (read without the lock), saying Souk is already open, with a Close button.
#![cfg(feature = "gui")]
#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::common;

use common::Shop;
use iced_test::selector::id;
use iced_test::simulator::Simulator;
use souk::i18n::Lang;
use souk::settings;
use souk::ui::already_open::{AlreadyOpen, CLOSE, Message, SIZE};

#[test]
fn a_second_window_is_small_speaks_the_shops_language_and_closes() {
    let shop = Shop::new();
    settings::set(&shop.conn, settings::UI_LANG, "ar").unwrap();
    let _first = souk::lock::take(&shop.path()).unwrap();
    assert!(matches!(
        souk::lock::take(&shop.path()),
        Err(souk::Error::AlreadyOpen { .. })
    ));
    // The language comes from the database the first window holds.
    let lang = settings::peek(&shop.path(), settings::UI_LANG)
        .as_deref()
        .and_then(Lang::from_code)
        .unwrap();
    assert_eq!(lang, Lang::Ar);
    const { assert!(SIZE.width <= 700.0 && SIZE.height <= 400.0) };

    let window = AlreadyOpen::new(&shop.path(), lang);
    let mut ui = Simulator::with_size(common::ui::settings(), SIZE, window.view());
    assert!(ui.find("سوق مفتوح من قبل").is_ok());
    assert!(ui.find("إغلاق").is_ok());
    ui.click(id(CLOSE)).expect("the close button is in sight");
    let messages: Vec<Message> = ui.into_messages().collect();
    assert!(matches!(messages.as_slice(), [Message::Close]));

    let window = AlreadyOpen::new(&shop.path(), Lang::Fr);
    let mut ui = Simulator::with_size(common::ui::settings(), SIZE, window.view());
    assert!(ui.find("Souk est déjà ouvert").is_ok());
    assert!(ui.find("Fermer").is_ok());
}
