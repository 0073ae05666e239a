//! Text for the receipt's raster: each text shaped by cosmic-text in the bundled fonts
//! (bidi order, Arabic joining), Arabic words a little larger, numbers written with spaces
//! kept whole inside Arabic, and lines broken where cosmic-text leaves a mixed-direction
//! line too wide.

use super::Dots;
use std::borrow::Cow;

use cosmic_text::{Align, Attrs, Buffer, Family, Metrics, Shaping, Weight, Wrap};

use super::{FAMILY, Renderer};
use crate::receipt::layout::Style;

/// How much larger Arabic words are drawn than Latin ones.
const ARABIC_SCALE: Dots = 1.15;

/// Size, line height and weight of a style, in dots.
fn metrics(style: Style) -> (Metrics, Weight) {
    match style {
        Style::Body => (Metrics::new(22.0, 31.0), Weight::NORMAL),
        Style::Bold => (Metrics::new(22.0, 31.0), Weight::BOLD),
        Style::Heading => (Metrics::new(28.0, 40.0), Weight::BOLD),
        Style::Total => (Metrics::new(30.0, 42.0), Weight::BOLD),
    }
}

impl Renderer {
    /// Shapes a text: within `wrap_width` dots if given (lines aligned by `align`, or by their
    /// direction), else on one line as long as it is.
    pub(super) fn shape(
        &mut self,
        text: &str,
        style: Style,
        wrap_width: Option<Dots>,
        align: Option<Align>,
    ) -> Buffer {
        let buffer = self.shape_once(text, style, wrap_width, align);
        match wrap_width {
            // cosmic-text leaves some mixed-direction lines unbroken: break them here.
            Some(limit) if overflow(&buffer, limit) > 0.5 => {
                let lines = self.break_lines(text, style, limit);
                self.shape_once(&lines, style, wrap_width, align)
            }
            _ => buffer,
        }
    }

    fn shape_once(
        &mut self,
        text: &str,
        style: Style,
        wrap_width: Option<Dots>,
        align: Option<Align>,
    ) -> Buffer {
        let (metrics, weight) = metrics(style);
        let mut buffer = Buffer::new(&mut self.fonts, metrics);
        let mut b = buffer.borrow_with(&mut self.fonts);
        b.set_wrap(if wrap_width.is_some() {
            Wrap::WordOrGlyph
        } else {
            Wrap::None
        });
        b.set_size(wrap_width, None);
        let text = keep_numbers_whole(text);
        let text = text.as_ref();
        let attrs = Attrs::new().family(Family::Name(FAMILY)).weight(weight);
        // Arabic letters look smaller than Latin ones of the same size: Arabic words are
        // drawn a little larger, on the same line height.
        let arabic = attrs.clone().metrics(Metrics::new(
            metrics.font_size * ARABIC_SCALE,
            metrics.line_height,
        ));
        let spans = script_spans(text).into_iter().map(|(range, is_arabic)| {
            let attrs = if is_arabic { &arabic } else { &attrs };
            (&text[range], attrs.clone())
        });
        b.set_rich_text(spans, &attrs, Shaping::Advanced, align);
        buffer
    }

    /// The text with line breaks where it must break to fit `limit`: between words, or
    /// inside a word too long for a line.
    fn break_lines(
        &mut self,
        text: &str,
        style: Style,
        limit: Dots, /* width in pixels */
    ) -> String {
        let mut fits =
            |line: &str| overflow(&self.shape_once(line, style, None, None), limit) <= 0.5;
        let mut lines: Vec<String> = Vec::new();
        let mut line = String::new();
        for word in text.split_inclusive(char::is_whitespace) {
            let candidate = format!("{line}{word}");
            if line.is_empty() || fits(candidate.trim_end()) {
                line = candidate;
            } else {
                lines.push(std::mem::replace(&mut line, word.to_owned()));
            }
        }
        lines.push(line);
        let mut out = String::with_capacity(text.len() + 16);
        for line in lines {
            let line = line.trim_end();
            if fits(line) {
                out.push_str(line);
                out.push('\n');
                continue;
            }
            let mut part = String::new();
            for c in line.chars() {
                if !part.is_empty() && !fits(&format!("{part}{c}")) {
                    out.push_str(&part);
                    out.push('\n');
                    part.clear();
                }
                part.push(c);
            }
            out.push_str(&part);
            out.push('\n');
        }
        out.pop();
        out
    }
}

/// Wraps each number written with spaces (`06 00 00 00 00`, `1 250,00`, `29/11/2026 10:42`)
/// in a left-to-right isolate: in an Arabic sentence the bidi algorithm would otherwise
/// order its groups from the right (`00 00 00 00 06`).
pub(crate) fn keep_numbers_whole(text: &str) -> Cow<'_, str> {
    if !text.chars().any(is_arabic) {
        return Cow::Borrowed(text);
    }
    let is_space = |c: char| matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '\u{2009}');
    let joins = |c: char| is_space(c) || matches!(c, ',' | '.' | '/' | ':' | '-');
    let flush = |out: &mut String, number: &mut String| {
        if number.contains(is_space) {
            out.extend(
                ['\u{2066}']
                    .into_iter()
                    .chain(number.drain(..))
                    .chain(['\u{2069}']),
            );
        } else {
            out.extend(number.drain(..));
        }
    };
    let (mut out, mut number) = (String::with_capacity(text.len() + 8), String::new());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        let inside = !number.is_empty() && joins(c) && chars.peek().is_some_and(|&n| is_digit(n));
        if is_digit(c) || inside {
            number.push(c);
        } else {
            flush(&mut out, &mut number);
            out.push(c);
        }
    }
    flush(&mut out, &mut number);
    Cow::Owned(out)
}

fn is_digit(c: char) -> bool {
    c.is_ascii_digit() || matches!(c, '\u{0660}'..='\u{0669}' | '\u{06F0}'..='\u{06F9}')
}

fn is_arabic(c: char) -> bool {
    matches!(c, '\u{0620}'..='\u{064A}' | '\u{066E}'..='\u{06D3}')
}

/// Splits a text into its Arabic words and the rest; the spaces after a word go with it.
pub(crate) fn script_spans(text: &str) -> Vec<(std::ops::Range<usize>, bool)> {
    let mut spans: Vec<(std::ops::Range<usize>, bool)> = Vec::new();
    let mut at = 0;
    for word in text.split_inclusive(char::is_whitespace) {
        let arabic = word.chars().any(is_arabic);
        let end = at + word.len();
        match spans.last_mut() {
            Some((range, a)) if *a == arabic => range.end = end,
            _ => spans.push((at..end, arabic)),
        }
        at = end;
    }
    spans
}

/// How far the glyphs of a shaped text go beyond `0..limit`.
fn overflow(buffer: &Buffer, limit: Dots /* width in pixels */) -> Dots {
    buffer
        .layout_runs()
        .flat_map(|r| r.glyphs)
        .map(|g| (-g.x).max(g.x + g.w - limit))
        .fold(0.0, Dots::max) // in pixels
}

/// The width of a shaped text's widest line.
pub(super) fn width_of(buffer: &Buffer) -> Dots {
    buffer.layout_runs().map(|r| r.line_w).fold(0.0, Dots::max)
}

pub(super) fn height_of(buffer: &Buffer) -> Dots {
    buffer.layout_runs().map(|r| r.line_height).sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spaced_numbers_in_arabic_are_isolated_and_latin_is_left_alone() {
        let isolated = keep_numbers_whole("الهاتف 06 00 00، الرقم 2026-000001");
        assert_eq!(
            isolated,
            "الهاتف \u{2066}06 00 00\u{2069}، الرقم 2026-000001"
        );
        assert!(matches!(keep_numbers_whole("Tél. 06 00"), Cow::Borrowed(_)));
        let spans = script_spans("Ticket / وصل رقم 7");
        assert_eq!(spans, vec![(0..9, false), (9..23, true), (23..24, false)]);
    }
}
