//! Shapes one line of text into positioned glyphs of the bundled fonts, with cosmic-text:
//! the bidi algorithm orders the runs, harfrust (inside cosmic-text) joins Arabic letters
//! and places marks, and each glyph keeps the text of its cluster so the PDF's ToUnicode map
//! gives the words back (`pdftotext`, copy and paste) in reading order.
//!
//! cosmic-text rather than rustybuzz + unicode-bidi: it is already what draws the receipts
//! and the window, so paper and screen shape alike; it picks Noto Sans or Noto Sans Arabic
//! per character by itself; and it adds no dependency.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock, PoisonError};

use cosmic_text::{Attrs, Buffer, Family, FontSystem, Metrics, Shaping, Weight, Wrap, fontdb};

use crate::receipt::raster::text::{keep_numbers_whole, script_spans};

/// The bundled fonts, in the order of [`FontIndex`].
pub(super) const FONTS: [&[u8]; 4] = [
    include_bytes!("../../../assets/fonts/NotoSans-Regular.ttf"),
    include_bytes!("../../../assets/fonts/NotoSans-Bold.ttf"),
    include_bytes!("../../../assets/fonts/NotoSansArabic-Regular.ttf"),
    include_bytes!("../../../assets/fonts/NotoSansArabic-Bold.ttf"),
];
const FAMILY: &str = "Noto Sans";

/// How much larger Arabic words are set than Latin ones of the same nominal size: Arabic
/// letters look smaller (the receipts do the same).
const ARABIC_SCALE: f32 = 1.1;

/// Which of [`FONTS`] a glyph comes from.
pub(super) type FontIndex = usize;

/// One glyph, placed relative to the start of the text's baseline, in points (y up).
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Glyph {
    pub font: FontIndex,
    pub id: u16,
    pub size: f32,
    pub x: f32,
    pub y: f32,
    /// The characters this glyph stands for (empty for the second glyph of a cluster).
    pub text: String,
    /// Set right to left: its glyph may be mirrored and its text is in visual order.
    pub rtl: bool,
}

/// A shaped line: its glyphs from left to right and its advance width, in points.
#[derive(Debug, Clone, Default, PartialEq)]
pub(super) struct Shaped {
    pub glyphs: Vec<Glyph>,
    pub width: f32,
}

struct Shaper {
    fonts: FontSystem,
    /// cosmic-text's id of each face, by [`FontIndex`].
    ids: Vec<(fontdb::ID, FontIndex)>,
    /// Texts already shaped, by text, size (its bits) and weight: a month's statements
    /// repeat the same names, dates and amounts thousands of times.
    done: HashMap<(String, u32, bool), Shaped>,
}

/// How many shaped texts are kept before the cache starts afresh.
const CACHE: usize = 20_000;

impl Shaper {
    fn new() -> Shaper {
        let mut db = fontdb::Database::new();
        let mut ids = Vec::new();
        for (index, font) in FONTS.into_iter().enumerate() {
            for id in db.load_font_source(fontdb::Source::Binary(Arc::new(font))) {
                ids.push((id, index));
            }
        }
        db.set_sans_serif_family(FAMILY);
        Shaper {
            fonts: FontSystem::new_with_locale_and_db("ar-MA".to_owned(), db),
            ids,
            done: HashMap::new(),
        }
    }

    fn shape(&mut self, text: &str, size: f32, bold: bool) -> Shaped {
        let key = (text.to_owned(), size.to_bits(), bold);
        if let Some(shaped) = self.done.get(&key) {
            return shaped.clone();
        }
        let shaped = self.shape_anew(text, size, bold);
        if self.done.len() >= CACHE {
            self.done.clear();
        }
        self.done.insert(key, shaped.clone());
        shaped
    }

    fn shape_anew(&mut self, text: &str, size: f32, bold: bool) -> Shaped {
        let text = keep_numbers_whole(text);
        let text = text.as_ref();
        let metrics = Metrics::new(size, size * 1.3);
        let mut buffer = Buffer::new(&mut self.fonts, metrics);
        let mut b = buffer.borrow_with(&mut self.fonts);
        b.set_wrap(Wrap::None);
        b.set_size(None, None);
        let weight = if bold { Weight::BOLD } else { Weight::NORMAL };
        let attrs = Attrs::new().family(Family::Name(FAMILY)).weight(weight);
        let arabic = attrs
            .clone()
            .metrics(Metrics::new(size * ARABIC_SCALE, size * 1.3));
        let spans = script_spans(text).into_iter().map(|(range, is_arabic)| {
            let attrs = if is_arabic { &arabic } else { &attrs };
            (&text[range], attrs.clone())
        });
        b.set_rich_text(spans, &attrs, Shaping::Advanced, None);
        let mut shaped = Shaped::default();
        let Some(run) = buffer.layout_runs().next() else {
            return shaped;
        };
        shaped.width = run.line_w;
        let mut seen = Vec::new();
        for g in run.glyphs {
            let Some(font) = self
                .ids
                .iter()
                .find(|(id, _)| *id == g.font_id)
                .map(|(_, index)| *index)
            else {
                continue;
            };
            let cluster = (g.start, g.end);
            let text = if seen.contains(&cluster) {
                String::new()
            } else {
                seen.push(cluster);
                let text = run.text.get(g.start..g.end).unwrap_or_default();
                // Readers rebuild reading order by reversing right-to-left glyphs, and the
                // characters of a ligature (لا) with them: give those in visual order.
                if g.level.is_rtl() {
                    text.chars().rev().collect()
                } else {
                    text.to_owned()
                }
            };
            shaped.glyphs.push(Glyph {
                font,
                id: g.glyph_id,
                size: g.font_size,
                x: g.x + g.font_size * g.x_offset,
                y: g.font_size * g.y_offset - g.y,
                text,
                rtl: g.level.is_rtl(),
            });
        }
        shaped
    }
}

/// The program's one shaper: building its font system is slow.
fn shared() -> std::sync::MutexGuard<'static, Shaper> {
    static SHARED: OnceLock<Mutex<Shaper>> = OnceLock::new();
    let shared = SHARED.get_or_init(|| Mutex::new(Shaper::new()));
    shared.lock().unwrap_or_else(PoisonError::into_inner)
}

/// Shapes `text` on one line at `size` points.
pub(super) fn shape(text: &str, size: f32, bold: bool) -> Shaped {
    shared().shape(text, size, bold)
}

/// Lends the shaper's font system and the id of each of [`FONTS`] in it, to draw the
/// glyphs it shaped (the page preview).
pub(super) fn with_fonts<R>(
    f: impl FnOnce(&mut FontSystem, &dyn Fn(FontIndex) -> Option<fontdb::ID>) -> R,
) -> R {
    let mut shaper = shared();
    let Shaper { fonts, ids, .. } = &mut *shaper;
    let id_of = |index: FontIndex| ids.iter().find(|(_, i)| *i == index).map(|(id, _)| *id);
    f(fonts, &id_of)
}
