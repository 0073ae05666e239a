//! Tags on A4 sheets of sticky labels, for an office printer: the common layouts (3 × 8
//! labels of 70 × 37 mm, 2 × 7 of 99.1 × 38.1 mm, 4 × 10 of 48.5 × 25.4 mm), starting at
//! any free position of a partly used sheet. Each label says what the thermal tag says, its
//! text real text (`crate::pdf`), its barcode filled rectangles at 0.33 mm a module (EAN's
//! nominal size) or less when the label is narrower.

use crate::catalog::ean::{MODULES, QUIET_LEFT, QUIET_RIGHT, is_guard, modules};
use crate::error::{Error, Result, TagsError};
use crate::money::{Quantity, Unit};
use crate::pdf::{Mm, Page, Style, to_pdf};

use super::Tag;

/// A sheet of labels: how many across and down, their size and where the first one starts.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Layout {
    pub columns: usize,
    pub rows: usize,
    pub width: Mm,
    pub height: Mm,
    /// The first label's top-left corner on the sheet.
    pub left: Mm,
    pub top: Mm,
    /// Between two labels across, and down.
    pub gap_x: Mm,
    pub gap_y: Mm,
}

impl Layout {
    /// 24 labels of 70 × 37 mm, edge to edge across (Avery 3475 and its kin).
    pub const L3X8: Layout = Layout {
        columns: 3,
        rows: 8,
        width: 70.0,
        height: 37.0,
        left: 0.0,
        top: 0.5,
        gap_x: 0.0,
        gap_y: 0.0,
    };
    /// 14 labels of 99.1 × 38.1 mm (Avery L7163).
    pub const L2X7: Layout = Layout {
        columns: 2,
        rows: 7,
        width: 99.1,
        height: 38.1,
        left: 4.65,
        top: 15.15,
        gap_x: 2.5,
        gap_y: 0.0,
    };
    /// 40 labels of 48.5 × 25.4 mm (Avery 3657).
    pub const L4X10: Layout = Layout {
        columns: 4,
        rows: 10,
        width: 48.5,
        height: 25.4,
        left: 8.0,
        top: 21.5,
        gap_x: 0.0,
        gap_y: 0.0,
    };

    /// `3x8`, `2x7` or `4x10`.
    pub fn parse(text: &str) -> Result<Layout> {
        match text.trim().to_lowercase().replace('×', "x").as_str() {
            "3x8" => Ok(Layout::L3X8),
            "2x7" => Ok(Layout::L2X7),
            "4x10" => Ok(Layout::L4X10),
            _ => Err(Error::Tags(TagsError::TagLayout(text.to_owned()))),
        }
    }

    pub fn per_sheet(&self) -> usize {
        self.columns * self.rows
    }

    /// The top-left corner of position `index` (0 = top left, across then down).
    fn corner(&self, index: usize) -> (Mm, Mm) {
        let (column, row) = ((index % self.columns) as Mm, (index / self.columns) as Mm);
        (
            self.left + column * (self.width + self.gap_x),
            self.top + row * (self.height + self.gap_y),
        )
    }
}

/// Labels already used on a started sheet, as typed: nothing is none used.
pub fn parse_skip(text: &str) -> Result<usize> {
    if text.trim().is_empty() {
        return Ok(0);
    }
    match Quantity::parse(text, Unit::Piece) {
        Ok(q) => Ok(usize::try_from(q.milli() / 1000).unwrap_or(usize::MAX)),
        Err(crate::money::ParseError::Zero { .. }) => Ok(0),
        Err(e) => Err(Error::parse("skip", e)),
    }
}

/// The sheets for `tags`, the first `skip` positions of the first sheet left as they are
/// (labels already peeled off).
pub fn pages(tags: &[Tag], layout: Layout, skip: usize) -> Result<Vec<Page>> {
    sheets(tags, layout, skip, false)
}

/// The sheets as the window previews them: every position's outline drawn faintly and the
/// positions already used greyed, so she sees where on her sheet the labels will land.
/// Never printed: a label sheet is printed with `pages`.
pub fn preview_pages(tags: &[Tag], layout: Layout, skip: usize) -> Result<Vec<Page>> {
    sheets(tags, layout, skip, true)
}

/// A blank A4 sheet, with its positions outlined (and the first `used` greyed) for a
/// preview.
fn sheet(layout: &Layout, outlined: bool, used: usize) -> Page {
    let mut page = Page::a4();
    if outlined {
        const EDGE: Mm = 0.25;
        const OUTLINE: f32 = 0.75;
        for index in 0..layout.per_sheet() {
            let (x, y) = layout.corner(index);
            let (w, h) = (layout.width, layout.height);
            if index < used {
                page.rect(x, y, w, h, 0.9);
            }
            page.rect(x, y, w, EDGE, OUTLINE);
            page.rect(x, y + h - EDGE, w, EDGE, OUTLINE);
            page.rect(x, y, EDGE, h, OUTLINE);
            page.rect(x + w - EDGE, y, EDGE, h, OUTLINE);
        }
    }
    page
}

fn sheets(tags: &[Tag], layout: Layout, skip: usize, outlined: bool) -> Result<Vec<Page>> {
    let per = layout.per_sheet();
    if skip >= per {
        return Err(Error::Tags(TagsError::TagSkip {
            skip,
            per_sheet: per,
        }));
    }
    let mut pages: Vec<Page> = Vec::new();
    for (n, tag) in tags.iter().enumerate() {
        let position = skip + n;
        if position.is_multiple_of(per) || pages.is_empty() {
            let used = if pages.is_empty() { skip } else { 0 };
            pages.push(sheet(&layout, outlined, used));
        }
        let (x, y) = layout.corner(position % per);
        if let Some(page) = pages.last_mut() {
            label(page, tag, x, y, layout.width, layout.height);
        }
    }
    Ok(pages)
}

/// The sheets as one PDF.
pub fn pdf(tags: &[Tag], layout: Layout, skip: usize) -> Result<(Vec<u8>, usize)> {
    let pages = pages(tags, layout, skip)?;
    Ok((to_pdf("Étiquettes", &pages)?, pages.len()))
}

/// Points in a millimetre, to turn font sizes into heights on the label.
const MM_PER_PT: Mm = 25.4 / 72.0;
/// EAN-13's nominal module.
const MODULE: Mm = 0.33;

/// One label: names, maker and price, then the barcode with its digits.
fn label(page: &mut Page, tag: &Tag, x: Mm, y: Mm, w: Mm, h: Mm) {
    let pad = (h * 0.06).clamp(1.5, 3.0);
    let inner = w - 2.0 * pad;
    let big = h * 0.27;
    let small = big * 0.8;
    let mid = x + w / 2.0;
    let mut at = y + pad;
    at += big * MM_PER_PT;
    page.text(
        mid,
        at,
        &tag.name_ar,
        Style::new(big).bold().center().fit(inner),
    );
    // Arabic letters reach well below their baseline (the dots of ي): room before the French.
    at += small * MM_PER_PT * 1.5;
    if tag.name_fr != tag.name_ar {
        page.text(mid, at, &tag.name_fr, Style::new(small).center().fit(inner));
        at += big * MM_PER_PT * 1.2;
    }
    let price = page.text(x + w - pad, at, &tag.price, Style::new(big).bold().right());
    let maker = match &tag.detail {
        Some(detail) => format!("{} · {detail}", tag.maker),
        None => tag.maker_line(),
    };
    page.text(
        x + pad,
        at,
        &maker,
        Style::new(small * 0.9).fit((inner - price - 2.0).max(5.0)),
    );
    let Some(code) = &tag.code else {
        return;
    };
    let digits = small * 0.9;
    let bottom = y + h - pad;
    let bars_top = at + 1.2;
    let bars_bottom = bottom - digits * MM_PER_PT - 0.3;
    barcode(page, code, mid, bars_top, bars_bottom, inner, digits);
}

/// An EAN-13 centred on `mid`, bars from `top` to `bottom` (guards a little longer), its
/// digits beneath as EAN prints them: the first in the quiet zone, then two groups of six.
fn barcode(page: &mut Page, code: &str, mid: Mm, top: Mm, bottom: Mm, room: Mm, size: f32) {
    let Some(bars) = modules(code) else {
        return;
    };
    let total = (QUIET_LEFT + MODULES + QUIET_RIGHT) as Mm;
    let module = MODULE.min(room / total);
    let left = mid - total * module / 2.0 + QUIET_LEFT as Mm * module;
    let height = (bottom - top).max(3.0);
    // Neighbouring bar modules are one rectangle: no hairline seams between them.
    let mut i = 0;
    while i < MODULES {
        if !bars[i] {
            i += 1;
            continue;
        }
        let start = i;
        while i < MODULES && bars[i] && is_guard(i) == is_guard(start) {
            i += 1;
        }
        let longer = if is_guard(start) {
            size * MM_PER_PT * 0.6
        } else {
            0.0
        };
        page.rect(
            left + start as Mm * module,
            top,
            (i - start) as Mm * module,
            height + longer,
            0.0,
        );
    }
    let baseline = top + height + size * MM_PER_PT;
    let x_of = |m: usize| left + m as Mm * module;
    let style = Style::new(size);
    page.text(x_of(0) - module, baseline, &code[..1], style.right());
    page.text(
        (x_of(3) + x_of(45)) / 2.0,
        baseline,
        &code[1..7],
        style.center(),
    );
    page.text(
        (x_of(50) + x_of(92)) / 2.0,
        baseline,
        &code[7..],
        style.center(),
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn layouts_fit_on_a4() {
        for layout in [Layout::L3X8, Layout::L2X7, Layout::L4X10] {
            let (x, y) = layout.corner(layout.per_sheet() - 1);
            assert!(x + layout.width <= 210.01, "{layout:?}");
            assert!(y + layout.height <= 297.01, "{layout:?}");
        }
        assert_eq!(Layout::parse("3×8").ok(), Some(Layout::L3X8));
        assert!(Layout::parse("5x5").is_err());
    }

    #[test]
    fn the_preview_outlines_every_position_and_greys_the_used_ones_but_the_print_does_not() {
        let tag = Tag {
            sku: "P001-0001".into(),
            name_ar: "كيكة الليمون".into(),
            name_fr: "Cake au citron".into(),
            maker: "Siham".into(),
            maker_ar: "سهام".into(),
            price: "51,50 DH".into(),
            detail: None,
            code: Some("2000000000015".into()),
        };
        let layout = Layout::L3X8;
        let dpi = 50.0;
        let px = |mm: Mm| (mm / 25.4 * dpi) as u32;
        let print = &pages(std::slice::from_ref(&tag), layout, 2).unwrap_or_default()[0];
        let preview = &preview_pages(std::slice::from_ref(&tag), layout, 2).unwrap_or_default()[0];
        let (print, preview) = (
            crate::pdf::render(print, dpi),
            crate::pdf::render(preview, dpi),
        );
        // The middle of position 0 (used): greyed in the preview, white on paper.
        let (x, y) = layout.corner(0);
        let used = (px(x + layout.width / 2.0), px(y + layout.height / 2.0));
        assert_eq!(print.get(used.0, used.1), 255);
        assert!((200..250).contains(&preview.get(used.0, used.1)));
        // The last position's top edge (free): outlined in the preview only.
        let (x, y) = layout.corner(layout.per_sheet() - 1);
        let edge = (px(x + layout.width / 2.0), px(y + 0.1));
        assert_eq!(print.get(edge.0, edge.1), 255);
        assert!(preview.get(edge.0, edge.1) < 250);
    }

    #[test]
    fn labels_used_are_whole_numbers() {
        assert_eq!(parse_skip("").ok(), Some(0));
        assert_eq!(parse_skip("0").ok(), Some(0));
        assert_eq!(parse_skip(" 12 ").ok(), Some(12));
        assert_eq!(parse_skip("١٢").ok(), Some(12));
        assert!(parse_skip("1,5").is_err());
        assert!(parse_skip("-3").is_err());
        assert!(parse_skip("douze").is_err());
    }
}
