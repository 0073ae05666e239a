//! Souk's icon on its windows (the title bar, the task bar, Alt+Tab): the 64-pixel
//! picture that `tools/icons` draws from `assets/icon/souk.svg`, like every other size.

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

#[cfg(test)]
mod tests {
    #[test]
    fn the_icon_is_read() {
        assert!(super::window_icon().is_some());
    }
}
