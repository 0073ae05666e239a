//! Pages to PDF bytes with printpdf: each shaped text becomes glyph ids positioned one by
//! one (printpdf merges a line's glyphs into one `TJ`), carrying their cluster's text for
//! the ToUnicode map; only the fonts a document uses are embedded, as subsets.
//!
//! A PDF maps each glyph of a font to one text. Right to left, a glyph may stand for
//! another character than left to right (the mirrored `(` is the glyph of `)`) and a
//! ligature's letters are given in visual order, so each font is embedded twice, once for
//! each direction, each with its own map.

use std::sync::OnceLock;

use printpdf::{
    Codepoint, Color, FontId, Greyscale, Line, LinePoint, Op, PaintMode, ParsedFont, PdfDocument,
    PdfFontHandle, PdfPage, PdfSaveOptions, Point, Pt, Rect, TextItem, TextMatrix,
};

use super::shape::FONTS;
use super::{Mark, Page};
use crate::error::{Error, Result};

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

/// Writes `pages` as one PDF titled `title`.
pub fn to_pdf(title: &str, pages: &[Page]) -> Result<Vec<u8>> {
    let mut doc = PdfDocument::new(title);
    // By font, then left to right (0) or right to left (1).
    let mut font_ids: [[Option<FontId>; 2]; FONTS.len()] = Default::default();
    let parsed = parsed_fonts();
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
                    let mut current: Option<(usize, bool, f32)> = None;
                    for glyph in glyphs {
                        let slot = &mut font_ids[glyph.font][usize::from(glyph.rtl)];
                        let id = match slot {
                            Some(id) => id.clone(),
                            None => {
                                let font = parsed
                                    .get(glyph.font)
                                    .and_then(Option::as_ref)
                                    .ok_or_else(|| Error::PdfFont(glyph.font))?;
                                let id = doc.add_font(font);
                                *slot = Some(id.clone());
                                id
                            }
                        };
                        if current != Some((glyph.font, glyph.rtl, glyph.size)) {
                            ops.push(Op::SetFont {
                                font: PdfFontHandle::External(id),
                                size: Pt(glyph.size),
                            });
                            current = Some((glyph.font, glyph.rtl, glyph.size));
                        }
                        ops.push(Op::SetTextMatrix {
                            matrix: TextMatrix::Translate(Pt(x + glyph.x), Pt(y + glyph.y)),
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
