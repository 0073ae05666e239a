//! Souk's icon on its windows (the title bar, the task bar, Alt+Tab): the 64-pixel
//! picture that `tools/icons` draws from `assets/icon/souk.svg`, like every other size,
//! and on Linux the window's class that ties it to the desktop entry and its icon.

/// The icon's pixels; `None` if they cannot be read, and the window opens without it.
pub fn window_icon() -> Option<iced::window::Icon> {
    let picture = image::load_from_memory_with_format(
        include_bytes!("../../assets/icon/souk-64.png"),
        image::ImageFormat::Png,
    )
    .ok()?
    .to_rgba8();
    let (width, height) = picture.dimensions();
    iced::window::icon::from_rgba(picture.into_raw(), width, height).ok()
}

/// On Linux, the window's class (X11) and application id (Wayland) are `souk`, the name
/// of its desktop entry, so that the desktop shows the entry's icon and name for it.
#[cfg(target_os = "linux")]
pub fn platform() -> iced::window::settings::PlatformSpecific {
    iced::window::settings::PlatformSpecific {
        application_id: "souk".to_owned(),
        ..Default::default()
    }
}

/// Elsewhere the system's defaults: Windows takes the icon from the window itself.
#[cfg(not(target_os = "linux"))]
pub fn platform() -> iced::window::settings::PlatformSpecific {
    iced::window::settings::PlatformSpecific::default()
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_icon_is_read() {
        assert!(super::window_icon().is_some());
    }
}
