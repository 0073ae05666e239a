//! Pages to PDF bytes with printpdf: each shaped text becomes glyph ids positioned one by
//! one (printpdf merges a line's glyphs into one `TJ`), carrying their cluster's text for
//! the ToUnicode map; only the fonts a document uses are embedded, as subsets.
//!
//! A PDF maps each glyph of a font to one text. Right to left, a glyph may stand for
//! another character than left to right (the mirrored `(` is the glyph of `)`) and a
//! ligature's letters are given in visual order: a font is embedded a second time only
//! when one of its glyphs must stand for two texts in the same document, so a document
//! holds each font once as a rule (#14.12).
//!
//! Each embedded subset is named after what it holds (its font, and its glyphs with their
//! texts): the `ABCDEF+` tag differs between documents whose subsets differ, as the PDF
//! standard asks, so a viewer that caches fonts by name never draws one document's glyphs
//! with another's subset.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use printpdf::{
    Codepoint, Color, FontId, Greyscale, Line, LinePoint, Op, PaintMode, ParsedFont, PdfDocument,
    PdfFontHandle, PdfPage, PdfSaveOptions, Point, Pt, Rect, TextItem, TextMatrix,
};

use super::shape::FONTS;
use super::{Mark, Page};
use crate::error::{Error, PdfError, Result};

/// The bundled fonts parsed once for the whole program (parsing is slow).
fn parsed_fonts() -> &'static [Option<ParsedFont>] {
    static PARSED: OnceLock<Vec<Option<ParsedFont>>> = OnceLock::new();
    PARSED.get_or_init(|| {
        FONTS
            .iter()
            .map(|bytes| ParsedFont::from_bytes(bytes, 0, &mut Vec::new()))
            .collect()
    })
}

fn gray(level: f32) -> Color {
    Color::Greyscale(Greyscale {
        percent: level.clamp(0.0, 1.0),
        icc_profile: None,
    })
}

fn point(x: f32, y: f32) -> LinePoint {
    LinePoint {
        p: Point { x: Pt(x), y: Pt(y) },
        bezier: false,
    }
}

/// Each glyph's embedding: for each font, the copies needed so that no glyph stands for
/// two texts, and which copy each glyph of the pages (in order) goes to.
struct Embedding {
    /// By font: each copy's glyphs and their texts.
    copies: Vec<Vec<BTreeMap<u16, String>>>,
    /// For every glyph of every text mark, in order: its copy of its font.
    chosen: Vec<usize>,
}

fn embedding(pages: &[Page]) -> Embedding {
    let mut copies: Vec<Vec<BTreeMap<u16, String>>> = vec![Vec::new(); FONTS.len()];
    let mut chosen = Vec::new();
    for page in pages {
        for mark in &page.marks {
            let Mark::Text { glyphs, .. } = mark else {
                continue;
            };
            for glyph in glyphs {
                let Some(font) = copies.get_mut(glyph.font) else {
                    chosen.push(0);
                    continue;
                };
                let fits = |map: &BTreeMap<u16, String>| {
                    map.get(&glyph.id).is_none_or(|text| *text == glyph.text)
                };
                let index = match font.iter().position(fits) {
                    Some(i) => i,
                    None => {
                        font.push(BTreeMap::new());
                        font.len() - 1
                    }
                };
                if let Some(map) = font.get_mut(index) {
                    map.entry(glyph.id).or_insert_with(|| glyph.text.clone());
                }
                chosen.push(index);
            }
        }
    }
    Embedding { copies, chosen }
}

/// A font resource's name from what it holds: 32 capital letters (the first six are the
/// subset tag), the same for the same subset, different for different ones.
fn subset_name(font: usize, copy: usize, glyphs: &BTreeMap<u16, String>) -> String {
    // FNV-1a: stable across builds, unlike the standard library's hasher.
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let mut eat = |bytes: &[u8]| {
        for b in bytes {
            hash ^= u64::from(*b);
            hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
        }
    };
    eat(&font.to_le_bytes());
    eat(&copy.to_le_bytes());
    for (id, text) in glyphs {
        eat(&id.to_le_bytes());
        eat(text.as_bytes());
        eat(&[0]);
    }
    let mut state = hash;
    (0..32)
        .map(|_| {
            // xorshift: each letter from the hash, stirred.
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            char::from(b'A' + u8::try_from(state % 26).unwrap_or(0))
        })
        .collect()
}

/// Writes `pages` as one PDF titled `title`.
pub fn to_pdf(title: &str, pages: &[Page]) -> Result<Vec<u8>> {
    let mut doc = PdfDocument::new(title);
    let plan = embedding(pages);
    let parsed = parsed_fonts();
    // By font and copy: its resource, added to the document when first used.
    let mut font_ids: Vec<Vec<Option<FontId>>> =
        plan.copies.iter().map(|c| vec![None; c.len()]).collect();
    let mut chosen = plan.chosen.iter();
    let mut pdf_pages = Vec::with_capacity(pages.len());
    for page in pages {
        let mut ops = Vec::new();
        for mark in &page.marks {
            match mark {
                Mark::Text {
                    x,
                    y,
                    gray: g,
                    glyphs,
                } => {
                    ops.push(Op::StartTextSection);
                    ops.push(Op::SetFillColor { col: gray(*g) });
                    let mut current: Option<(usize, usize, f32)> = None;
                    for glyph in glyphs {
                        let copy = chosen.next().copied().unwrap_or(0);
                        let slot = font_ids
                            .get_mut(glyph.font)
                            .and_then(|copies| copies.get_mut(copy))
                            .ok_or(Error::Pdf(PdfError::PdfFont(glyph.font)))?;
                        let id = match slot {
                            Some(id) => id.clone(),
                            None => {
                                let font = parsed
                                    .get(glyph.font)
                                    .and_then(Option::as_ref)
                                    .ok_or_else(|| Error::Pdf(PdfError::PdfFont(glyph.font)))?;
                                let glyphs = plan
                                    .copies
                                    .get(glyph.font)
                                    .and_then(|c| c.get(copy))
                                    .ok_or(Error::Pdf(PdfError::PdfFont(glyph.font)))?;
                                let added = doc.add_font(font);
                                // Renamed after its content (printpdf's names repeat from
                                // one document to the next).
                                let named = FontId(subset_name(glyph.font, copy, glyphs));
                                if let Some(resource) = doc.resources.fonts.map.remove(&added) {
                                    doc.resources.fonts.map.insert(named.clone(), resource);
                                }
                                *slot = Some(named.clone());
                                named
                            }
                        };
                        if current != Some((glyph.font, copy, glyph.size)) {
                            ops.push(Op::SetFont {
                                font: PdfFontHandle::External(id),
                                size: Pt(glyph.size),
                            });
                            current = Some((glyph.font, copy, glyph.size));
                        }
                        ops.push(Op::SetTextMatrix {
                            matrix: TextMatrix::Translate(
                                Pt(milli(x + glyph.x)),
                                Pt(milli(y + glyph.y)),
                            ),
                        });
                        ops.push(Op::ShowText {
                            items: vec![TextItem::GlyphIds(vec![Codepoint::with_cid(
                                glyph.id,
                                0.0,
                                glyph.text.clone(),
                            )])],
                        });
                    }
                    ops.push(Op::EndTextSection);
                }
                Mark::Line { from, to, width } => {
                    ops.push(Op::SetOutlineColor { col: gray(0.0) });
                    ops.push(Op::SetOutlineThickness { pt: Pt(*width) });
                    ops.push(Op::DrawLine {
                        line: Line {
                            points: vec![point(from.0, from.1), point(to.0, to.1)],
                            is_closed: false,
                        },
                    });
                }
                Mark::Rect {
                    x,
                    y,
                    w,
                    h,
                    gray: g,
                } => {
                    ops.push(Op::SetFillColor { col: gray(*g) });
                    ops.push(Op::DrawRectangle {
                        rectangle: Rect {
                            x: Pt(*x),
                            y: Pt(*y),
                            width: Pt(*w),
                            height: Pt(*h),
                            mode: Some(PaintMode::Fill),
                            winding_order: None,
                        },
                    });
                }
            }
        }
        pdf_pages.push(PdfPage::new(
            printpdf::Mm(page.width),
            printpdf::Mm(page.height),
            ops,
        ));
    }
    let mut warnings = Vec::new();
    Ok(doc
        .with_pages(pdf_pages)
        .save(&PdfSaveOptions::default(), &mut warnings))
}

/// A position to the thousandth of a point.
fn milli(v: f32) -> f32 {
    (v * 1000.0).round() / 1000.0
}
