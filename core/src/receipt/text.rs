//! The text-only receipt, for printers that prefer text to pictures: the Latin half of the
//! bilingual ticket, fitted to the paper's columns. Arabic cannot go through a printer's
//! code page, so a shop that needs it keeps the (default) raster mode.

use super::layout::{Block, Receipt};
use super::raster::Paper;
use crate::i18n::has_arabic;

/// The Latin part of a bilingual text (`Ticket / وصل` → `Ticket`); empty when there is none.
fn latin(text: &str) -> String {
    text.split(" / ")
        .filter(|part| !has_arabic(part))
        .collect::<Vec<_>>()
        .join(" / ")
        .trim()
        .to_owned()
}

/// Characters per line of the printer's standard font (12×24 dots).
pub fn columns(paper: Paper) -> usize {
    match paper {
        Paper::Mm58 => 32,
        Paper::Mm80 => 48,
    }
}

fn center(text: &str, width: usize) -> String {
    let len = text.chars().count();
    if len >= width {
        text.to_owned()
    } else {
        format!("{}{text}", " ".repeat((width - len) / 2))
    }
}

/// The receipt as lines of Latin text at most `width` characters wide (longer words are
/// left whole: the printer wraps them).
pub fn lines(receipt: &Receipt, width: usize) -> Vec<String> {
    let mut out = Vec::new();
    for block in &receipt.blocks {
        match block {
            Block::Center { text, .. } => {
                let text = latin(text);
                if !text.is_empty() {
                    out.push(center(&text, width));
                }
            }
            Block::Title { fr, .. } => out.push(center(fr, width)),
            Block::Text { text, .. } => {
                let text = latin(text);
                if !text.is_empty() {
                    out.push(text);
                }
            }
            Block::Row {
                start, middle, end, ..
            } => {
                let start = latin(start);
                let (middle, end) = (latin(middle), latin(end));
                let right = [middle.as_str(), end.as_str()]
                    .into_iter()
                    .filter(|s| !s.is_empty())
                    .collect::<Vec<_>>()
                    .join("  ");
                if start.is_empty() && right.is_empty() {
                    continue;
                }
                let used = start.chars().count() + right.chars().count();
                if right.is_empty() {
                    out.push(start);
                } else if used < width {
                    out.push(format!("{start}{}{right}", " ".repeat(width - used)));
                } else {
                    out.push(start);
                    out.push(format!("{right:>width$}"));
                }
            }
            Block::Rule => out.push("-".repeat(width)),
            Block::Gap { .. } => out.push(String::new()),
            Block::Barcode { code } => out.push(center(code, width)),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_the_latin_half() {
        assert_eq!(latin("Ticket / وصل"), "Ticket");
        assert_eq!(latin("شكرا"), "");
        assert_eq!(center("ab", 6), "  ab");
    }
}
