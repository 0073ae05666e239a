//! Printable pages as PDF, for every paper Souk prints on a normal printer: statements,
//! payout slips, and next reports, deposit slips and label sheets.
//!
//! A [`Page`] is measured in millimetres from its top-left corner. On it go texts (one line
//! each, at a baseline, left-, right- or centre-aligned, regular or bold), lines and filled
//! rectangles (barcodes are rectangles). [`to_pdf`] writes pages as one PDF.
//!
//! Texts are real text: shaped here (Arabic joined and ordered right to left, see
//! `shape.rs`), drawn with Noto Sans and Noto Sans Arabic embedded as subsets, and found
//! again by `pdftotext` or a reader's search in reading order. No machine font is ever
//! used, so a PDF is the same everywhere. `sheet.rs` lays out the A4 report pages the
//! review and the cash session's reports share.
//!
//! ```no_run
//! use souk_core::pdf::{Align, Page, Style, to_pdf};
//! let mut page = Page::a5();
//! page.text(10.0, 20.0, "Relevé de revenus", Style::new(14.0).bold());
//! page.text(138.0, 20.0, "كشف المداخيل", Style::new(14.0).bold().align(Align::Right));
//! page.line((10.0, 24.0), (138.0, 24.0), 0.5);
//! let bytes = to_pdf("Relevé", &[page]);
//! ```

pub mod print;
mod raster;
mod shape;
pub(crate) mod sheet;
mod write;

pub use raster::{Picture, render};
pub use write::to_pdf;

/// A length or a position on the paper, in millimetres; a float because glyphs sit at
/// fractions of a point. Never money.
pub type Mm = f32;

/// Points per millimetre (a point is 1/72 inch).
const PT_PER_MM: f32 = 72.0 / 25.4;

/// Which side of the given x a text stands on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Align {
    /// The text starts at x.
    #[default]
    Left,
    /// The text ends at x: Arabic, and numbers in columns.
    Right,
    /// The text is centred on x.
    Center,
}

/// How a text is set: size in points, weight, alignment, and an optional widest width it
/// may take (a longer text is set smaller to fit, never cut).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Style {
    pub size: f32,
    pub bold: bool,
    pub align: Align,
    pub max_width: Option<Mm>,
    /// 0 black … 1 white.
    pub gray: f32,
}

impl Style {
    /// Regular, left-aligned, black, `size` points.
    pub fn new(size: f32) -> Style {
        Style {
            size,
            bold: false,
            align: Align::Left,
            max_width: None,
            gray: 0.0,
        }
    }

    pub fn bold(mut self) -> Style {
        self.bold = true;
        self
    }

    pub fn align(mut self, align: Align) -> Style {
        self.align = align;
        self
    }

    pub fn right(self) -> Style {
        self.align(Align::Right)
    }

    pub fn center(self) -> Style {
        self.align(Align::Center)
    }

    /// Sets the text smaller if it would be wider than `width`.
    pub fn fit(mut self, width: Mm) -> Style {
        self.max_width = Some(width);
        self
    }

    pub fn gray(mut self, gray: f32) -> Style {
        self.gray = gray;
        self
    }
}

/// What is drawn on a page, in points from the bottom-left corner (PDF's own frame).
#[derive(Debug, Clone, PartialEq)]
enum Mark {
    Text {
        x: f32,
        y: f32,
        gray: f32,
        glyphs: Vec<shape::Glyph>,
    },
    Line {
        from: (f32, f32),
        to: (f32, f32),
        width: f32,
    },
    Rect {
        x: f32,
        y: f32,
        w: f32,
        h: f32,
        gray: f32,
    },
}

/// One page: its size and what is drawn on it, in order.
#[derive(Debug, Clone, PartialEq)]
pub struct Page {
    width: Mm,
    height: Mm,
    marks: Vec<Mark>,
}

impl Page {
    /// A blank page `width` × `height` millimetres, portrait or landscape as given.
    pub fn new(width: Mm, height: Mm) -> Page {
        Page {
            width,
            height,
            marks: Vec::new(),
        }
    }

    /// 210 × 297 mm.
    pub fn a4() -> Page {
        Page::new(210.0, 297.0)
    }

    /// 148 × 210 mm.
    pub fn a5() -> Page {
        Page::new(148.0, 210.0)
    }

    pub fn width(&self) -> Mm {
        self.width
    }

    pub fn height(&self) -> Mm {
        self.height
    }

    /// Writes `text` on one line with its baseline `baseline` mm from the top, starting,
    /// ending or centred at `x` mm from the left as `style.align` says. Returns the width
    /// it took, in mm.
    pub fn text(&mut self, x: Mm, baseline: Mm, text: &str, style: Style) -> Mm {
        let (shaped, _) = shape_fitting(text, style);
        let width = shaped.width / PT_PER_MM;
        let left = match style.align {
            Align::Left => x,
            Align::Right => x - width,
            Align::Center => x - width / 2.0,
        };
        if !shaped.glyphs.is_empty() {
            self.marks.push(Mark::Text {
                x: left * PT_PER_MM,
                y: (self.height - baseline) * PT_PER_MM,
                gray: style.gray,
                glyphs: shaped.glyphs,
            });
        }
        width
    }

    /// A straight line `width` points thick between two points given in mm from the top-left.
    pub fn line(&mut self, from: (Mm, Mm), to: (Mm, Mm), width: f32) {
        let at = |(x, y): (Mm, Mm)| (x * PT_PER_MM, (self.height - y) * PT_PER_MM);
        self.marks.push(Mark::Line {
            from: at(from),
            to: at(to),
            width,
        });
    }

    /// A filled rectangle whose top-left corner is `(x, y)` mm from the page's top-left;
    /// `gray` 0 is black, 1 white.
    pub fn rect(&mut self, x: Mm, y: Mm, w: Mm, h: Mm, gray: f32) {
        self.marks.push(Mark::Rect {
            x: x * PT_PER_MM,
            y: (self.height - y - h) * PT_PER_MM,
            w: w * PT_PER_MM,
            h: h * PT_PER_MM,
            gray,
        });
    }
}

/// The width `text` takes in `style`, in mm (after fitting to `style.max_width`).
pub fn measure(text: &str, style: Style) -> Mm {
    shape_fitting(text, style).0.width / PT_PER_MM
}

/// Breaks `text` into lines no wider than `width` in `style`, between words (a word wider
/// than a line stays whole, to be fitted by [`Style::fit`]). Each line is then written on
/// its own baseline; Arabic lines right-aligned read in order from the top.
pub fn wrap(text: &str, style: Style, width: Mm) -> Vec<String> {
    let style = Style {
        max_width: None,
        ..style
    };
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        let candidate = if line.is_empty() {
            word.to_owned()
        } else {
            format!("{line} {word}")
        };
        if line.is_empty() || measure(&candidate, style) <= width {
            line = candidate;
        } else {
            lines.push(std::mem::replace(&mut line, word.to_owned()));
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// Shapes a text, set smaller when it would pass its style's width; also returns the size
/// used.
fn shape_fitting(text: &str, style: Style) -> (shape::Shaped, f32) {
    let shaped = shape::shape(text, style.size, style.bold);
    match style.max_width {
        Some(max) if shaped.width > max * PT_PER_MM && shaped.width > 0.0 => {
            let size = style.size * max * PT_PER_MM / shaped.width * 0.99;
            (shape::shape(text, size, style.bold), size)
        }
        _ => (shaped, style.size),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn alignment_puts_the_text_on_the_right_side_of_x() {
        let mut page = Page::a5();
        let w = page.text(100.0, 50.0, "Total", Style::new(10.0).right());
        assert!(w > 5.0 && w < 15.0, "width {w}");
        let Some(Mark::Text { x, y, .. }) = page.marks.last() else {
            panic!("no text");
        };
        assert!(((x / PT_PER_MM) - (100.0 - w)).abs() < 0.01);
        assert!((y / PT_PER_MM - 160.0).abs() < 0.01);
        page.text(100.0, 50.0, "Total", Style::new(10.0).center());
        let Some(Mark::Text { x, .. }) = page.marks.last() else {
            panic!("no text");
        };
        assert!(((x / PT_PER_MM) - (100.0 - w / 2.0)).abs() < 0.01);
    }

    #[test]
    fn a_text_too_wide_is_set_smaller_to_fit() {
        let style = Style::new(12.0);
        let wide = measure("Cornes de gazelle au miel", style);
        let fitted = measure("Cornes de gazelle au miel", style.fit(wide / 2.0));
        assert!(
            fitted <= wide / 2.0 && fitted > wide / 2.5,
            "{wide} {fitted}"
        );
    }

    #[test]
    fn wrapping_keeps_every_word_in_order_within_the_width() {
        let text = "mille deux cent soixante-douze dirhams et cinquante centimes";
        let lines = wrap(text, Style::new(10.0), 40.0);
        assert!(lines.len() > 1, "{lines:?}");
        assert_eq!(lines.join(" "), text);
        assert!(lines.iter().all(|l| measure(l, Style::new(10.0)) <= 40.0));
    }

    #[test]
    fn arabic_is_joined_and_laid_out_right_to_left() {
        // بيع: the isolated letters would be three glyphs taken from the basic block's
        // forms; joined, the first letter (ب) stands at the right.
        let shaped = shape::shape("بيع", 12.0, false);
        assert_eq!(shaped.glyphs.len(), 3);
        let first = shaped.glyphs.iter().find(|g| g.text == "ب");
        let last = shaped.glyphs.iter().find(|g| g.text == "ع");
        let (Some(first), Some(last)) = (first, last) else {
            panic!("clusters lost: {shaped:?}");
        };
        assert!(first.x > last.x, "ب must stand right of ع: {shaped:?}");
        let isolated = shape::shape("ب", 12.0, false).glyphs[0].id;
        assert_ne!(first.id, isolated, "ب must take its initial form");
    }
}
