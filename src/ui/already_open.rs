//! The small window a second start opens when Souk is already open on the same database:
//! it says so in the shop's language and closes with one button. It never touches the
//! database the first window holds; the language was read before, without the lock.

use std::path::Path;

use iced::widget::{button, column, container, text};
use iced::{Element, Fill, Size, Task};

use crate::i18n::{Lang, Msg, Translator};
use crate::ui::layout::{at, start};
use crate::ui::theme::{self, BOLD, Kind, LARGE, SPACE, TEXT};

/// Large enough for the sentence in Arabic or French, small enough not to hide the first
/// window.
pub const SIZE: Size = Size::new(620.0, 300.0);

/// The label of its only button, for tests.
pub const CLOSE: &str = "already-open-close";

pub struct AlreadyOpen {
    lang: Lang,
    path: String,
}

#[derive(Debug, Clone, Copy)]
pub enum Message {
    /// Close this window; the first one stays as it is.
    Close,
}

impl AlreadyOpen {
    pub fn new(path: &Path, lang: Lang) -> AlreadyOpen {
        AlreadyOpen {
            lang,
            path: path.display().to_string(),
        }
    }

    pub fn update(&mut self, message: Message) -> Task<Message> {
        match message {
            Message::Close => iced::exit(),
        }
    }

    pub fn view(&self) -> Element<'_, Message> {
        let tr = Translator::new(self.lang);
        let lang = self.lang;
        // A path is Latin: isolated left to right in an Arabic sentence, or its slashes
        // and dots are reordered.
        let path = if lang.is_rtl() {
            format!("\u{2066}{}\u{2069}", self.path)
        } else {
            self.path.clone()
        };
        let said = tr.tr(&Msg::new("ui-already-open-text").arg("path", path));
        let close = button(
            container(
                text(tr.text("ui-already-open-close"))
                    .size(LARGE)
                    .font(BOLD),
            )
            .id(CLOSE),
        )
        .padding([12, 32])
        .style(theme::button_style(Kind::Primary))
        .on_press(Message::Close);
        let content = column![
            at(
                text(tr.text("ui-already-open-title"))
                    .size(LARGE)
                    .font(BOLD),
                start(lang)
            ),
            at(text(said).size(TEXT), start(lang)),
            at(close, start(lang)),
        ]
        .spacing(SPACE * 1.5);
        container(content)
            .padding(SPACE * 2.5)
            .center_y(Fill)
            .width(Fill)
            .into()
    }

    pub fn title(&self) -> String {
        Translator::new(self.lang).text("ui-already-open-title")
    }
}

/// Opens the small window.
pub fn run(path: &Path, lang: Lang) -> iced::Result {
    let path = path.to_path_buf();
    let mut app = iced::application(
        move || (AlreadyOpen::new(&path, lang), Task::none()),
        AlreadyOpen::update,
        AlreadyOpen::view,
    )
    .title(AlreadyOpen::title)
    .theme(|_: &AlreadyOpen| theme::theme())
    .default_font(theme::FONT)
    .window_size(SIZE)
    .resizable(false);
    for font in theme::FONTS {
        app = app.font(font);
    }
    app.run()
}
