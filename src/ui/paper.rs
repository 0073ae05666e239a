//! Pages shown as they will print (a statement, a payout slip, a label sheet): pictures
//! drawn by the core's `pdf::render`, turned page by page, each laid on a grey ground so
//! the paper's edge shows.

use iced::widget::image::Handle;
use iced::widget::{container, image};
use iced::{Element, Fill, Length};

use crate::pdf::Picture;
use crate::ui::theme::{self, SPACE};

/// A document's pages as the window shows them, and the one turned to.
#[derive(Debug, Clone, Default)]
pub struct Pages {
    pictures: Vec<(Handle, u32, u32)>,
    page: usize,
}

impl Pages {
    /// The pages of `pictures`, staying at the page shown if the document still has it.
    pub fn new(pictures: &[Picture], page: usize) -> Pages {
        let pictures: Vec<(Handle, u32, u32)> = pictures
            .iter()
            .map(|p| {
                (
                    Handle::from_rgba(p.width, p.height, p.to_rgba()),
                    p.width,
                    p.height,
                )
            })
            .collect();
        let page = page.min(pictures.len().saturating_sub(1));
        Pages { pictures, page }
    }

    pub fn len(&self) -> usize {
        self.pictures.len()
    }

    pub fn is_empty(&self) -> bool {
        self.pictures.is_empty()
    }

    /// The page turned to, from 0.
    pub fn page(&self) -> usize {
        self.page
    }

    /// Moves `step` pages back (negative) or on, staying within the document.
    pub fn turn(&mut self, step: i32) {
        let last = self.pictures.len().saturating_sub(1);
        self.page = match step {
            s if s < 0 => self.page.saturating_sub(1),
            _ => (self.page + 1).min(last),
        };
    }

    /// The page turned to, at its own size, on its grey ground.
    pub fn view<'a, M: 'a>(&self) -> Option<Element<'a, M>> {
        let (handle, width, height) = self.pictures.get(self.page)?;
        let sheet = container(
            image(handle.clone())
                .width(Length::Fixed(*width as f32))
                .height(Length::Fixed(*height as f32)),
        )
        .style(theme::paper);
        Some(
            container(sheet)
                .padding(SPACE)
                .width(Fill)
                .center_x(Fill)
                .style(theme::paper_ground)
                .into(),
        )
    }
}
