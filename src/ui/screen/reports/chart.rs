//! A bar chart drawn on an iced canvas: revenue over time, by category, the income
//! histogram. Bars only, each with its label and value, so it reads in any language; the
//! current period in the shop's colour, the previous one (when given) as a thin bar beside.

use iced::widget::canvas::{self, Frame, Geometry, Text};
use iced::{Color, Pixels, Point, Rectangle, Renderer, Size, Theme, mouse};

use crate::ui::theme;

/// One bar: its label, its value, and the previous period's value.
#[derive(Debug, Clone, PartialEq)]
pub struct Bar {
    pub label: String,
    pub value: f32,
    pub previous: Option<f32>,
    /// What is written above the bar (the value, formatted).
    pub caption: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Chart {
    pub bars: Vec<Bar>,
    /// Write every label, or only some when the bars are many (days of a year); 0: none
    /// (the screen writes them under the canvas, as widgets, which lay out Arabic right).
    pub label_every: usize,
}

const LABEL_BAND: f32 = 22.0;
const CAPTION_BAND: f32 = 18.0;

impl Chart {
    fn max(&self) -> f32 {
        self.bars
            .iter()
            .flat_map(|b| [b.value, b.previous.unwrap_or(0.0)])
            .fold(0.0, f32::max)
    }
}

impl<Message> canvas::Program<Message> for Chart {
    type State = ();

    fn draw(
        &self,
        _state: &(),
        renderer: &Renderer,
        _theme: &Theme,
        bounds: Rectangle,
        _cursor: mouse::Cursor,
    ) -> Vec<Geometry> {
        let mut frame = Frame::new(renderer, bounds.size());
        let count = self.bars.len().max(1);
        let slot = bounds.width / count as f32;
        let plot = (bounds.height - LABEL_BAND - CAPTION_BAND).max(1.0);
        let max = self.max();
        frame.fill_rectangle(
            Point::new(0.0, CAPTION_BAND + plot),
            Size::new(bounds.width, 1.0),
            theme::LINE,
        );
        let few = self.bars.len() <= 16;
        for (i, bar) in self.bars.iter().enumerate() {
            let x = slot * i as f32;
            let height = |v: f32| {
                if max > 0.0 {
                    (v.max(0.0) / max) * plot
                } else {
                    0.0
                }
            };
            // The period's bar, and the previous period's thinner one just after it.
            let h = height(bar.value);
            frame.fill_rectangle(
                Point::new(x + slot * 0.12, CAPTION_BAND + plot - h),
                Size::new((slot * 0.5).max(1.0), h),
                theme::PRIMARY,
            );
            if let Some(previous) = bar.previous {
                let p = height(previous);
                frame.fill_rectangle(
                    Point::new(x + slot * 0.64, CAPTION_BAND + plot - p),
                    Size::new((slot * 0.22).max(1.0), p),
                    Color {
                        a: 0.8,
                        ..theme::ACCENT
                    },
                );
            }
            if few {
                frame.fill_text(text(
                    &bar.caption,
                    x + slot * 0.37,
                    CAPTION_BAND + plot - h - 16.0,
                    12.0,
                    slot,
                ));
            }
            if self.label_every > 0 && i % self.label_every == 0 {
                frame.fill_text(text(
                    &bar.label,
                    x + slot / 2.0,
                    CAPTION_BAND + plot + 4.0,
                    13.0,
                    slot * self.label_every.max(1) as f32,
                ));
            }
        }
        vec![frame.into_geometry()]
    }
}

fn text(content: &str, x: f32, y: f32, size: f32, width: f32) -> Text {
    Text {
        content: content.to_owned(),
        position: Point::new(x, y),
        max_width: width,
        color: theme::INK,
        size: Pixels(size),
        font: theme::FONT,
        align_x: iced::alignment::Horizontal::Center.into(),
        shaping: iced::widget::text::Shaping::Advanced,
        ..Text::default()
    }
}
