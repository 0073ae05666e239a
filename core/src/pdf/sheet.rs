//! A4 pages written top to bottom for the association's reports (the Z report, the board's
//! monthly report): bilingual headings and rows — French from the left edge, Arabic ending
//! at the middle, figures right-aligned in columns — and bar charts, a new page when one
//! is full. Used by the review's and the cash session's reports, so it sits with the pages
//! it draws on.

use super::{Mm, Page, Style, to_pdf};
use crate::error::Result;

const MARGIN: Mm = 15.0;
const WIDTH: Mm = 210.0;
const HEIGHT: Mm = 297.0;
const ROW: Mm = 5.2;
const BODY: f32 = 9.0;
/// Where the Arabic label ends, and the right edges of up to two figure columns.
const ARABIC_END: Mm = 122.0;
const COLUMNS: [Mm; 2] = [160.0, WIDTH - MARGIN];

pub(crate) struct Sheet {
    pages: Vec<Page>,
    page: Page,
    y: Mm,
}

impl Sheet {
    pub(crate) fn new() -> Sheet {
        Sheet {
            pages: Vec::new(),
            page: Page::a4(),
            y: MARGIN,
        }
    }

    /// Starts a new page unless `height` mm still fit on this one.
    fn room(&mut self, height: Mm) {
        if self.y + height > HEIGHT - MARGIN {
            let full = std::mem::replace(&mut self.page, Page::a4());
            self.pages.push(full);
            self.y = MARGIN;
        }
    }

    /// The document's title: French at the left, Arabic at the right, large.
    pub(crate) fn title(&mut self, fr: &str, ar: &str, size: f32) {
        self.room(size * 0.6);
        self.y += size * 0.45;
        self.page
            .text(MARGIN, self.y, fr, Style::new(size).bold().fit(90.0));
        self.page.text(
            WIDTH - MARGIN,
            self.y,
            ar,
            Style::new(size).bold().right().fit(85.0),
        );
        self.y += size * 0.2;
    }

    /// A line of small text across (a subtitle, a period, a note).
    pub(crate) fn note(&mut self, text: &str) {
        self.room(ROW);
        self.y += ROW;
        self.page.text(
            MARGIN,
            self.y,
            text,
            Style::new(BODY).gray(0.35).fit(WIDTH - 2.0 * MARGIN),
        );
    }

    /// A section's heading, ruled under.
    pub(crate) fn heading(&mut self, fr: &str, ar: &str) {
        self.room(ROW * 4.0);
        self.y += ROW * 1.6;
        self.page.text(MARGIN, self.y, fr, Style::new(11.0).bold());
        self.page
            .text(WIDTH - MARGIN, self.y, ar, Style::new(11.0).bold().right());
        self.y += 1.5;
        self.page
            .line((MARGIN, self.y), (WIDTH - MARGIN, self.y), 0.6);
    }

    /// A row: its French and Arabic labels and up to two figures (the period's, the
    /// previous one's in grey).
    pub(crate) fn row(&mut self, fr: &str, ar: &str, figures: &[&str], bold: bool) {
        self.room(ROW);
        self.y += ROW;
        let style = if bold {
            Style::new(BODY).bold()
        } else {
            Style::new(BODY)
        };
        self.page.text(MARGIN, self.y, fr, style.fit(60.0));
        self.page
            .text(ARABIC_END, self.y, ar, style.right().fit(40.0));
        for (i, (figure, x)) in figures.iter().zip(COLUMNS).enumerate() {
            let style = if i == 0 { style } else { style.gray(0.4) };
            self.page.text(x, self.y, figure, style.right().fit(36.0));
        }
    }

    /// Bars for `values` (≥ 0), labelled under, `height` mm tall; `previous` drawn thin
    /// and grey beside each.
    pub(crate) fn bars(&mut self, bars: &[(String, f64, Option<f64>)], height: Mm) {
        self.room(height + 10.0);
        self.y += 4.0;
        let top = self.y;
        let width = WIDTH - 2.0 * MARGIN;
        let slot = width / bars.len().max(1) as f32;
        let max = bars
            .iter()
            .flat_map(|(_, v, p)| [*v, p.unwrap_or(0.0)])
            .fold(0.0f64, f64::max);
        let scale = |v: f64| {
            if max > 0.0 {
                (v.max(0.0) / max) as f32 * height
            } else {
                0.0
            }
        };
        let every = bars.len().div_ceil(16).max(1);
        for (i, (label, value, previous)) in bars.iter().enumerate() {
            let x = MARGIN + slot * i as f32;
            let h = scale(*value);
            self.page
                .rect(x + slot * 0.12, top + height - h, slot * 0.5, h, 0.25);
            if let Some(p) = previous {
                let h = scale(*p);
                self.page
                    .rect(x + slot * 0.64, top + height - h, slot * 0.22, h, 0.7);
            }
            if i % every == 0 {
                self.page.text(
                    x + slot / 2.0,
                    top + height + 4.0,
                    label,
                    Style::new(6.5).center().fit(slot * every as f32),
                );
            }
        }
        self.page
            .line((MARGIN, top + height), (WIDTH - MARGIN, top + height), 0.4);
        self.y = top + height + 5.0;
    }

    /// Room for a signature, at the end.
    pub(crate) fn signature(&mut self, fr: &str, ar: &str) {
        self.room(ROW * 5.0);
        self.y += ROW * 3.0;
        self.page.text(MARGIN, self.y, fr, Style::new(BODY));
        self.page
            .text(WIDTH - MARGIN, self.y, ar, Style::new(BODY).right());
        self.y += ROW * 1.5;
        self.page.line((MARGIN, self.y), (90.0, self.y), 0.4);
    }

    pub(crate) fn finish(mut self, title: &str) -> Result<Vec<u8>> {
        self.pages.push(self.page);
        to_pdf(title, &self.pages)
    }
}
