//! The PC's own file and folder dialogs, beside the fields that take a path: a button
//! opens the dialog, and the path chosen fills the field as if it had been typed (typing
//! stays possible). A dialog never holds the window: it runs through rfd's asynchronous
//! dialogs inside a task (Windows' common dialogs; on Linux the desktop's portal, or
//! zenity on a bare X session), and the window goes on drawing meanwhile. A dialog
//! closed without a choice changes nothing.

use std::path::{Path, PathBuf};

use iced::Element;
use iced::Task;
use iced::widget::{button, container, text};

use crate::i18n::{Lang, Translator};
use crate::ui::layout::flow;
use crate::ui::theme::{self, Kind, SPACE, TEXT};

/// What a dialog asks for.
#[derive(Debug, Clone)]
pub enum Ask {
    /// An existing folder.
    Folder,
    /// An existing file, among those whose names end with one of `extensions`.
    File {
        kind: String,
        extensions: &'static [&'static str],
    },
}

/// Opens the PC's dialog titled `title`, starting in `near` (a typed path, if it is a
/// folder or a file's), else in the user's Documents; the chosen path, as text, becomes
/// `to(path)`. Nothing comes of a dialog closed without a choice.
pub fn open<M: Send + 'static>(
    ask: Ask,
    title: String,
    near: &str,
    to: impl Fn(String) -> M + Send + 'static,
) -> Task<M> {
    let start = start_folder(near);
    Task::perform(choose(ask, title, start), |chosen| chosen)
        .and_then(move |path: PathBuf| Task::done(to(path.display().to_string())))
}

async fn choose(ask: Ask, title: String, start: PathBuf) -> Option<PathBuf> {
    let dialog = rfd::AsyncFileDialog::new()
        .set_title(title)
        .set_directory(&start);
    // Where no portal runs, rfd asks zenity, which ignores the starting folder and opens on
    // "Recent" unless the folder is given as the file's name (the portal ignores that name
    // when opening).
    #[cfg(target_os = "linux")]
    let dialog = dialog.set_file_name(format!("{}/", start.display()));
    let chosen = match ask {
        Ask::Folder => dialog.pick_folder().await,
        Ask::File { kind, extensions } => dialog.add_filter(kind, extensions).pick_file().await,
    };
    chosen.map(|handle| handle.path().to_path_buf())
}

/// Where a dialog opens: the typed path's folder when there is one, else the user's
/// Documents, else her home; never the program's working folder.
pub fn start_folder(typed: &str) -> PathBuf {
    let typed = Path::new(typed.trim());
    let near = if typed.is_dir() {
        Some(typed.to_path_buf())
    } else {
        typed
            .parent()
            .filter(|p| !p.as_os_str().is_empty() && p.is_dir())
            .map(Path::to_path_buf)
    };
    near.or_else(documents).unwrap_or_else(|| {
        directories::BaseDirs::new().map_or_else(|| PathBuf::from("/"), |d| d.home_dir().into())
    })
}

/// The user's Documents folder, when the PC has one.
pub fn documents() -> Option<PathBuf> {
    directories::UserDirs::new()
        .and_then(|d| d.document_dir().map(Path::to_path_buf))
        .filter(|d| d.is_dir())
}

/// A path field with its "Choose…" button after it (before it in Arabic).
pub fn field<'a, M: Clone + 'a>(
    lang: Lang,
    tr: &Translator,
    input: impl Into<Element<'a, M>>,
    browse: Option<M>,
) -> Element<'a, M> {
    flow(
        lang,
        vec![
            // As wide as the field is: a field of set width keeps its button beside it.
            container(input).into(),
            choose_button(tr, browse).into(),
        ],
    )
    .spacing(SPACE * 0.5)
    .align_y(iced::Center)
    .into()
}

/// The button that opens a dialog; `None` while the screen is busy.
pub fn choose_button<'a, M: Clone + 'a>(
    tr: &Translator,
    browse: Option<M>,
) -> iced::widget::Button<'a, M> {
    button(text(tr.text("pick-choose")).size(TEXT))
        .padding([8, 14])
        .style(theme::button_style(Kind::Tile))
        .on_press_maybe(browse)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_dialog_opens_near_what_was_typed_else_in_documents() {
        let dir = std::env::temp_dir();
        assert_eq!(start_folder(&dir.display().to_string()), dir);
        let file = dir.join("souk-no-such-file.csv");
        assert_eq!(start_folder(&file.display().to_string()), dir);
        let fallback = start_folder("");
        assert!(fallback.is_absolute(), "{fallback:?}");
        assert_ne!(fallback, PathBuf::from(""));
    }
}
