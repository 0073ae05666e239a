//! Draws a laid-out receipt as the 1-bit picture a thermal printer prints, 384 dots wide
//! on 58 mm paper, 576 on 80 mm.
//!
//! Text is shaped by cosmic-text with the bundled Noto Sans and Noto Sans Arabic only (never
//! the machine's fonts, so a receipt is the same dot for dot everywhere): bidi ordering and
//! Arabic joining, each glyph rasterized by swash and its coverage cut at one half, without
//! dithering. Arabic lines stand at the right, Latin ones at the left; a row's amount is a
//! text of its own at the right edge, so a number is never reordered inside Arabic.
//! Building the font system is slow, so one is kept for the whole program.

use std::sync::{Arc, Mutex, OnceLock, PoisonError};

use cosmic_text::{Align, Buffer, FontSystem, SwashCache, SwashContent, fontdb};

use super::Bitmap;
use super::layout::{Block, Receipt, Style};
pub use super::png::{to_png_bytes, write_png};
use text::{height_of, width_of};

pub(crate) mod text;

const FONTS: [&[u8]; 4] = [
    include_bytes!("../../../assets/fonts/NotoSans-Regular.ttf"),
    include_bytes!("../../../assets/fonts/NotoSans-Bold.ttf"),
    include_bytes!("../../../assets/fonts/NotoSansArabic-Regular.ttf"),
    include_bytes!("../../../assets/fonts/NotoSansArabic-Bold.ttf"),
];
const FAMILY: &str = "Noto Sans";

/// White dots on each side, above the first line and below the last.
/// A position or a length on the paper, in printer dots (pixels); floats only because the
/// shaper lays glyphs out at sub-dot positions. Never money.
pub(crate) type Dots = f32; // printer dots, i.e. pixels

const MARGIN: Dots = 8.0;
const TOP: Dots = 8.0;
const BOTTOM: Dots = 24.0;
/// The least white between two texts of a row.
const GAP: Dots = 14.0;
/// The height a rule takes, and its dashes.
const RULE_BAND: Dots = 14.0;
const DASH: u32 = 6;
const DASH_GAP: u32 = 4;
/// How tall a barcode's bars are: 10 mm at 203 dpi, ample for a hand scanner.
const BAR_HEIGHT: u32 = 80;
/// A coverage of at least this (out of 255) blackens a dot.
const INK: u8 = 128;

/// The paper's width.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Paper {
    Mm58,
    Mm80,
}

impl Paper {
    /// Printable dots across the paper at 203 dpi.
    pub fn dots(self) -> u32 {
        match self {
            Paper::Mm58 => 384,
            Paper::Mm80 => 576,
        }
    }

    pub fn from_mm(mm: u32) -> Option<Paper> {
        match mm {
            58 => Some(Paper::Mm58),
            80 => Some(Paper::Mm80),
            _ => None,
        }
    }
}

/// Draws receipts; holds the fonts and the glyphs already rasterized.
#[derive(Debug)]
pub struct Renderer {
    fonts: FontSystem,
    glyphs: SwashCache,
}

impl Default for Renderer {
    fn default() -> Renderer {
        Renderer::new()
    }
}

/// Draws a receipt with the program's one renderer.
pub fn render(receipt: &Receipt, paper: Paper) -> Bitmap {
    static SHARED: OnceLock<Mutex<Renderer>> = OnceLock::new();
    let shared = SHARED.get_or_init(|| Mutex::new(Renderer::new()));
    let mut renderer = shared.lock().unwrap_or_else(PoisonError::into_inner);
    renderer.render(receipt, paper)
}

/// A shaped text and where its top-left corner goes.
struct Placed {
    buffer: Buffer,
    x: Dots,
    y: Dots,
}

/// What to draw, once every height is known.
#[derive(Default)]
struct Plan {
    texts: Vec<Placed>,
    rules: Vec<Dots>,
    /// Black rectangles (a barcode's bars): x, y, width, height in whole dots.
    bars: Vec<[u32; 4]>,
    y: Dots,
}

impl Renderer {
    /// Loads the bundled fonts (and nothing else).
    pub fn new() -> Renderer {
        let mut db = fontdb::Database::new();
        for font in FONTS {
            db.load_font_source(fontdb::Source::Binary(Arc::new(font)));
        }
        db.set_sans_serif_family(FAMILY);
        Renderer {
            fonts: FontSystem::new_with_locale_and_db("ar-MA".to_owned(), db),
            glyphs: SwashCache::new(),
        }
    }

    /// The receipt as a picture as wide as the paper and as tall as it needs.
    pub fn render(&mut self, receipt: &Receipt, paper: Paper) -> Bitmap {
        let width = paper.dots() as Dots - 2.0 * MARGIN;
        let column = self.amount_column(receipt);
        let mut plan = Plan {
            y: TOP,
            ..Plan::default()
        };
        for block in &receipt.blocks {
            self.plan_block(&mut plan, block, width, column);
        }
        let height = (plan.y + BOTTOM).ceil() as u32;
        let mut bitmap = Bitmap::new(paper.dots(), height);
        for &y in &plan.rules {
            rule(&mut bitmap, y.round() as u32);
        }
        for &[x, y, w, h] in &plan.bars {
            for yy in y..y + h {
                for xx in x..x + w {
                    bitmap.set(xx, yy);
                }
            }
        }
        for text in &plan.texts {
            self.draw(&mut bitmap, text);
        }
        bitmap
    }

    /// The width of the widest amount of the rows that have a middle column, so that
    /// quantities and prices line up too.
    fn amount_column(&mut self, receipt: &Receipt) -> Dots {
        let mut column: Dots = 0.0;
        for block in &receipt.blocks {
            if let Block::Row {
                middle, end, style, ..
            } = block
                && !middle.is_empty()
            {
                column = column.max(width_of(&self.shape(end, *style, None, None)));
            }
        }
        column
    }

    fn plan_block(&mut self, plan: &mut Plan, block: &Block, width: Dots, column: Dots) {
        match block {
            Block::Center { text, style } => {
                let buffer = self.shape(text, *style, Some(width), Some(Align::Center));
                plan.line(vec![(buffer, MARGIN)]);
            }
            Block::Text { text, style } => {
                let buffer = self.shape(text, *style, Some(width), None);
                plan.line(vec![(buffer, MARGIN)]);
            }
            Block::Title { fr, ar, style } => {
                plan.y += 4.0;
                let both = self.shape(&format!("{fr} / {ar}"), *style, None, None);
                if width_of(&both) <= width {
                    let x = MARGIN + (width - width_of(&both)) / 2.0;
                    plan.line(vec![(both, x)]);
                } else {
                    for text in [ar, fr] {
                        let buffer = self.shape(text, *style, Some(width), Some(Align::Center));
                        plan.line(vec![(buffer, MARGIN)]);
                    }
                }
                plan.y += 4.0;
            }
            Block::Row {
                start,
                middle,
                end,
                style,
            } => self.plan_row(plan, [start, middle, end], *style, width, column),
            Block::Rule => {
                plan.rules.push(plan.y + RULE_BAND / 2.0);
                plan.y += RULE_BAND;
            }
            Block::Gap { dots } => plan.y += *dots as Dots,
            Block::Barcode { code } => self.plan_barcode(plan, code, width),
        }
    }

    /// An EAN-13 as whole-dot bars (3 dots a module when the quiet zones fit, else 2:
    /// 0.375 or 0.25 mm at 203 dpi), centered, the guards longer, the digits beneath them
    /// as EAN-13 prints them: the first before the bars, then two groups of six.
    fn plan_barcode(&mut self, plan: &mut Plan, code: &str, width: Dots) {
        use crate::catalog::ean::{MODULES, QUIET_LEFT, QUIET_RIGHT, is_guard, modules};
        let Some(bars) = modules(code) else {
            let text = self.shape(code, Style::Body, Some(width), Some(Align::Center));
            plan.line(vec![(text, MARGIN)]);
            return;
        };
        let total = (QUIET_LEFT + MODULES + QUIET_RIGHT) as u32;
        let module = if total * 3 <= width as u32 { 3 } else { 2 };
        let left = (MARGIN + (width - (total * module) as Dots) / 2.0).round() as u32
            + QUIET_LEFT as u32 * module;
        let top = (plan.y + 4.0).round() as u32;
        for (i, _) in bars.iter().enumerate().filter(|(_, b)| **b) {
            let height = if is_guard(i) {
                BAR_HEIGHT + 12
            } else {
                BAR_HEIGHT
            };
            plan.bars
                .push([left + i as u32 * module, top, module, height]);
        }
        let digits_y = (top + BAR_HEIGHT + 1) as Dots;
        let x_of = |m: usize| left as Dots + (m as u32 * module) as Dots;
        let groups = [
            (&code[..1], x_of(0) - 2.0 * module as Dots, true),
            (&code[1..7], (x_of(3) + x_of(45)) / 2.0, false),
            (&code[7..], (x_of(50) + x_of(92)) / 2.0, false),
        ];
        let mut bottom = digits_y;
        for (text, x, before) in groups {
            let buffer = self.shape(text, Style::Body, None, None);
            let w = width_of(&buffer);
            let x = if before { x - w } else { x - w / 2.0 };
            bottom = bottom.max(digits_y + height_of(&buffer));
            plan.texts.push(Placed {
                buffer,
                x,
                y: digits_y - 4.0,
            });
        }
        plan.y = bottom;
    }

    /// A row on one line if it fits; else its start first, then the middle and the end.
    fn plan_row(
        &mut self,
        plan: &mut Plan,
        texts: [&str; 3],
        style: Style,
        width: Dots,
        column: Dots,
    ) {
        let [mut start, middle, end] = texts.map(|t| self.shape(t, style, None, None));
        let [mut sw, mw, ew] = [&start, &middle, &end].map(width_of);
        let column = if mw > 0.0 { column.max(ew) } else { ew };
        let gap = |w: Dots| if w > 0.0 { w + GAP } else { 0.0 };
        let right = MARGIN + width;
        if style == Style::Total && gap(sw) + gap(mw) + column > width {
            // On narrow paper the total's label steps down so that the amount keeps its size
            // and its line.
            start = self.shape(texts[0], Style::Bold, None, None);
            sw = width_of(&start);
        }
        if gap(sw) + gap(mw) + column <= width {
            let middle_x = right - column - GAP - mw;
            plan.line(vec![(start, MARGIN), (middle, middle_x), (end, right - ew)]);
            return;
        }
        if sw > 0.0 {
            let start = self.shape(texts[0], style, Some(width), None);
            plan.line(vec![(start, MARGIN)]);
        }
        if gap(mw) + column <= width {
            let middle_x = right - column - GAP - mw;
            plan.line(vec![(middle, middle_x), (end, right - ew)]);
            return;
        }
        if mw > 0.0 {
            let middle = self.shape(texts[1], style, Some(width), None);
            plan.line(vec![(middle, MARGIN)]);
        }
        if ew > 0.0 {
            let end = self.shape(texts[2], style, Some(width), Some(Align::Right));
            plan.line(vec![(end, MARGIN)]);
        }
    }

    /// Blackens the dots of a placed text whose coverage is at least one half.
    /// Ink that spills over its glyph's box (stacked marks) may reach into the margins, never
    /// the paper's edge: a frame of half a margin stays white.
    fn draw(&mut self, bitmap: &mut Bitmap, text: &Placed) {
        let frame = (MARGIN / 2.0) as i32;
        let (right, bottom) = (
            bitmap.width() as i32 - frame,
            bitmap.height() as i32 - frame,
        );
        for run in text.buffer.layout_runs() {
            for glyph in run.glyphs {
                let physical = glyph.physical((text.x, text.y + run.line_y), 1.0);
                let Some(image) = self.glyphs.get_image(&mut self.fonts, physical.cache_key) else {
                    continue;
                };
                if image.content != SwashContent::Mask {
                    continue;
                }
                let left = physical.x + image.placement.left;
                let top = physical.y - image.placement.top;
                let w = image.placement.width as usize;
                for (i, &coverage) in image.data.iter().enumerate() {
                    if coverage >= INK && w > 0 {
                        let (x, y) = (left + (i % w) as i32, top + (i / w) as i32);
                        if (frame..right).contains(&x) && (frame..bottom).contains(&y) {
                            bitmap.set(x as u32, y as u32);
                        }
                    }
                }
            }
        }
    }
}

impl Plan {
    /// Puts texts side by side on their first baseline and moves below the tallest.
    fn line(&mut self, mut texts: Vec<(Buffer, Dots)>) {
        texts.retain(|(b, _)| b.layout_runs().any(|r| !r.glyphs.is_empty()));
        let baseline = texts
            .iter()
            .filter_map(|(b, _)| b.layout_runs().next().map(|r| r.line_y))
            .fold(0.0, Dots::max);
        let mut bottom: Dots = 0.0;
        for (buffer, x) in texts {
            let Some(first) = buffer.layout_runs().next().map(|r| r.line_y) else {
                continue;
            };
            let shift = baseline - first;
            bottom = bottom.max(shift + height_of(&buffer));
            self.texts.push(Placed {
                buffer,
                x,
                y: self.y + shift,
            });
        }
        self.y += bottom;
    }
}

/// A dashed rule two dots thick across the paper's printable width.
fn rule(bitmap: &mut Bitmap, y: u32) {
    let (from, to) = (MARGIN as u32, bitmap.width().saturating_sub(MARGIN as u32));
    for x in from..to {
        if (x - from) % (DASH + DASH_GAP) < DASH {
            bitmap.set(x, y);
            bitmap.set(x, y + 1);
        }
    }
}
