//! The look: a calm, high-contrast palette for a cheap screen in a bright shop, large
//! targets for fingers, and the fonts that carry Arabic and Latin alike.

use iced::widget::{button, container, text, text_input};
use iced::{Background, Border, Color, Font, Shadow, Theme, font};

pub const FONT: Font = Font::with_name("Noto Sans");
pub const BOLD: Font = Font {
    weight: font::Weight::Bold,
    ..FONT
};

/// Every font the window uses, embedded so Arabic renders the same on any machine.
pub const FONTS: [&[u8]; 4] = [
    include_bytes!("../../assets/fonts/NotoSans-Regular.ttf"),
    include_bytes!("../../assets/fonts/NotoSans-Bold.ttf"),
    include_bytes!("../../assets/fonts/NotoSansArabic-Regular.ttf"),
    include_bytes!("../../assets/fonts/NotoSansArabic-Bold.ttf"),
];

pub const BACKGROUND: Color = Color::from_rgb8(0xF6, 0xF3, 0xEC);
pub const SURFACE: Color = Color::WHITE;
pub const INK: Color = Color::from_rgb8(0x1C, 0x1B, 0x1A);
pub const MUTED: Color = Color::from_rgb8(0x5C, 0x58, 0x52);
pub const PRIMARY: Color = Color::from_rgb8(0x0E, 0x55, 0x5A);
pub const ACCENT: Color = Color::from_rgb8(0xB8, 0x6E, 0x00);
pub const DANGER: Color = Color::from_rgb8(0xA3, 0x2A, 0x1F);
pub const SUCCESS: Color = Color::from_rgb8(0x1E, 0x6B, 0x34);
pub const LINE: Color = Color::from_rgb8(0xD9, 0xD3, 0xC7);

pub const TEXT: f32 = 17.0;
pub const SMALL: f32 = 14.0;
pub const LARGE: f32 = 22.0;
pub const HUGE: f32 = 38.0;
pub const SPACE: f32 = 10.0;

pub fn theme() -> Theme {
    Theme::custom(
        "Souk".to_owned(),
        iced::theme::Palette {
            background: BACKGROUND,
            text: INK,
            primary: PRIMARY,
            success: SUCCESS,
            warning: ACCENT,
            danger: DANGER,
        },
    )
}

fn rounded(color: Color, radius: f32) -> Border {
    Border {
        color,
        width: 1.0,
        radius: radius.into(),
    }
}

/// The kinds of buttons a volunteer meets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// The step that moves the sale forward (pay, confirm).
    Primary,
    /// A product, a category, a note: many on screen, calm.
    Tile,
    /// A chosen tile (the selected category or language).
    Selected,
    /// Removing or cancelling.
    Danger,
    /// Small secondary actions.
    Plain,
}

pub fn button_style(kind: Kind) -> impl Fn(&Theme, button::Status) -> button::Style {
    move |_theme, status| {
        let (background, text_color, border) = match kind {
            Kind::Primary => (PRIMARY, Color::WHITE, rounded(PRIMARY, 8.0)),
            Kind::Tile => (SURFACE, INK, rounded(LINE, 8.0)),
            Kind::Selected => (ACCENT, Color::WHITE, rounded(ACCENT, 8.0)),
            Kind::Danger => (SURFACE, DANGER, rounded(DANGER, 8.0)),
            Kind::Plain => (BACKGROUND, INK, rounded(LINE, 6.0)),
        };
        let background = match status {
            button::Status::Hovered | button::Status::Pressed => mix(background, INK, 0.08),
            button::Status::Disabled => mix(background, BACKGROUND, 0.6),
            button::Status::Active => background,
        };
        let text_color = if status == button::Status::Disabled {
            mix(text_color, BACKGROUND, 0.5)
        } else {
            text_color
        };
        button::Style {
            background: Some(Background::Color(background)),
            text_color,
            border,
            shadow: Shadow::default(),
            snap: true,
        }
    }
}

fn mix(a: Color, b: Color, t: f32) -> Color {
    Color::from_rgb(
        a.r + (b.r - a.r) * t,
        a.g + (b.g - a.g) * t,
        a.b + (b.b - a.b) * t,
    )
}

pub fn panel(_theme: &Theme) -> container::Style {
    container::Style {
        background: Some(Background::Color(SURFACE)),
        border: rounded(LINE, 10.0),
        text_color: Some(INK),
        ..container::Style::default()
    }
}

/// A sheet of paper in a preview: white, a thin edge.
pub fn paper(_theme: &Theme) -> container::Style {
    container::Style {
        background: Some(Background::Color(Color::WHITE)),
        border: Border {
            color: MUTED,
            width: 1.0,
            radius: 0.0.into(),
        },
        ..container::Style::default()
    }
}

/// What a previewed page lies on: grey, so the paper's edge shows.
pub fn paper_ground(_theme: &Theme) -> container::Style {
    container::Style {
        background: Some(Background::Color(Color::from_rgb8(0xCF, 0xCB, 0xC4))),
        border: rounded(LINE, 6.0),
        ..container::Style::default()
    }
}

pub fn bar(_theme: &Theme) -> container::Style {
    container::Style {
        background: Some(Background::Color(PRIMARY)),
        text_color: Some(Color::WHITE),
        ..container::Style::default()
    }
}

/// A message to the volunteer: where the eye is, coloured by what it means.
pub fn notice(tone: Tone) -> impl Fn(&Theme) -> container::Style {
    move |_theme| {
        let color = match tone {
            Tone::Good => SUCCESS,
            Tone::Bad => DANGER,
            Tone::Info => PRIMARY,
        };
        container::Style {
            background: Some(Background::Color(mix(color, Color::WHITE, 0.88))),
            border: rounded(color, 8.0),
            text_color: Some(mix(color, INK, 0.3)),
            ..container::Style::default()
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tone {
    Good,
    Bad,
    Info,
}

pub fn input(theme: &Theme, status: text_input::Status) -> text_input::Style {
    let base = text_input::default(theme, status);
    text_input::Style {
        background: Background::Color(SURFACE),
        border: rounded(
            if matches!(status, text_input::Status::Focused { .. }) {
                PRIMARY
            } else {
                LINE
            },
            8.0,
        ),
        ..base
    }
}

/// What is owed back or missing (a negative balance): red, never silent.
pub fn owed(_theme: &Theme) -> text::Style {
    text::Style {
        color: Some(DANGER),
    }
}

/// Ordinary text, in the theme's ink.
pub fn ink(_theme: &Theme) -> text::Style {
    text::Style { color: Some(INK) }
}

pub fn muted(_theme: &Theme) -> text::Style {
    text::Style { color: Some(MUTED) }
}
