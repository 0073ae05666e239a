//! What the desktop sees of the real window: Souk's own icon, and the class `souk` that
//! ties the window to its desktop entry (`packaging/linux/souk.desktop`, StartupWMClass),
//! so that the dock and Alt+Tab show Souk's name and icon rather than a blank one; and
//! the smallest size a desktop may give it.

use x11rb::protocol::xproto::{AtomEnum, ConnectionExt as _};

use super::common::Shop;
use super::common::x11::{Screen, Souk};
use super::one_at_a_time;

#[test]
fn the_window_has_souks_icon_and_the_desktop_entrys_class() {
    let _window = one_at_a_time();
    let shop = Shop::new();
    let screen = Screen::start();
    let souk = Souk::start(&screen, &shop.path(), "fr", &[]);
    let (conn, _) = x11rb::connect(Some(&screen.display)).unwrap();

    let class = conn
        .get_property(
            false,
            souk.window,
            AtomEnum::WM_CLASS,
            AtomEnum::STRING,
            0,
            64,
        )
        .unwrap()
        .reply()
        .unwrap();
    assert_eq!(class.value, b"souk\0souk\0", "WM_CLASS (instance, class)");

    let icon_atom = conn
        .intern_atom(false, b"_NET_WM_ICON")
        .unwrap()
        .reply()
        .unwrap()
        .atom;
    let icon = conn
        .get_property(
            false,
            souk.window,
            icon_atom,
            AtomEnum::CARDINAL,
            0,
            u32::MAX,
        )
        .unwrap()
        .reply()
        .unwrap();
    let words: Vec<u32> = icon.value32().map(Iterator::collect).unwrap_or_default();
    assert_eq!(words.get(..2), Some(&[64, 64][..]), "a 64-pixel icon");
    // The picture itself: the middle of the awning's white stripe, in ARGB, as drawn from
    // assets/icon/souk.svg into assets/icon/souk-64.png.
    let png = image::open(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/assets/icon/souk-64.png"
    ))
    .unwrap()
    .to_rgba8();
    let [r, g, b, a] = png.get_pixel(32, 20).0;
    let argb = u32::from_be_bytes([a, r, g, b]);
    assert_eq!(
        words.get(2 + 20 * 64 + 32),
        Some(&argb),
        "the icon's pixels"
    );

    // A window the size of the screen it is made for, that a desktop may not shrink below
    // what the counter needs (it opens maximised where a window manager runs: on Windows,
    // under the task bar).
    let hints = x11rb::properties::WmSizeHints::get_normal_hints(&conn, souk.window)
        .unwrap()
        .reply()
        .unwrap()
        .expect("the window has size hints");
    assert_eq!(
        hints.min_size,
        Some((1024, 600)),
        "the window's minimum size"
    );
    drop(conn);
    drop(souk);
}
