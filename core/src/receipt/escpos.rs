//! ESC/POS bytes for a thermal printer: a receipt's 1-bit raster as `GS v 0` strips, the
//! feed, the cut and the cash-drawer kick; and a Latin-only text mode for printers that
//! prefer text.
//!
//! The bytes are written here from the Epson command reference rather than through the
//! `escpos` crate: its image path takes a PNG or other encoded picture, decodes it again
//! with `image` and thresholds grey levels, and sends one block for the whole picture,
//! while a [`Bitmap`] is already packed exactly as `GS v 0` wants it; copying its rows in
//! bands is exact, needs no decoder, and is a few lines.

use unicode_normalization::UnicodeNormalization;

use crate::error::{Error, ReceiptError, Result};
use crate::receipt::Bitmap;

/// `ESC @`: forget every setting of the previous job.
pub const INIT: [u8; 2] = [0x1B, 0x40];
/// `GS v 0` with m = 0 (normal size), followed by xL xH yL yH and the rows.
pub const RASTER: [u8; 4] = [0x1D, 0x76, 0x30, 0x00];
/// `GS V 66 0`: feed to the cutter and cut partially (a tab holds the ticket).
pub const CUT: [u8; 4] = [0x1D, 0x56, 0x42, 0x00];
/// `ESC p 0 25 250`: a pulse on drawer pin 2, 50 ms on, 500 ms off.
pub const DRAWER_KICK: [u8; 5] = [0x1B, 0x70, 0x00, 0x19, 0xFA];
/// `ESC d n` prints what is buffered and feeds n lines.
const FEED: [u8; 2] = [0x1B, 0x64];
/// `ESC t n` selects a character code table.
const CODE_TABLE: [u8; 2] = [0x1B, 0x74];

/// Rows per `GS v 0` block. A cheap printer holds a whole block in its buffer before it
/// prints it: 128 rows of an 80 mm receipt are 9 KB. Must stay below 256 (yH = 0).
pub const BAND_ROWS: u32 = 128;

/// What follows the picture.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PrintOptions {
    /// Cut the paper at the end (partial cut after feeding to the cutter).
    pub cut: bool,
    /// Open the cash drawer wired to the printer.
    pub open_drawer: bool,
    /// Blank lines fed after the receipt, so its end clears the tear bar.
    pub feed_lines: u8,
}

impl Default for PrintOptions {
    fn default() -> PrintOptions {
        PrintOptions {
            cut: true,
            open_drawer: false,
            feed_lines: 3,
        }
    }
}

/// The whole job for a raster receipt: init, the picture in bands of at most
/// [`BAND_ROWS`] rows, the feed, the cut, the drawer kick.
pub fn encode(bitmap: &Bitmap, options: &PrintOptions) -> Vec<u8> {
    let stride = bitmap.stride();
    let bands = bitmap.height().div_ceil(BAND_ROWS) as usize;
    let mut out = Vec::with_capacity(bitmap.rows().len() + bands * 8 + 16);
    out.extend_from_slice(&INIT);
    let [xl, xh, ..] = u32::try_from(stride).unwrap_or(0).to_le_bytes();
    let mut top = 0;
    while top < bitmap.height() {
        let bottom = (top + BAND_ROWS).min(bitmap.height());
        let [yl, yh, ..] = (bottom - top).to_le_bytes();
        out.extend_from_slice(&RASTER);
        out.extend_from_slice(&[xl, xh, yl, yh]);
        out.extend_from_slice(bitmap.band(top, bottom));
        top = bottom;
    }
    finish(&mut out, options);
    out
}

fn finish(out: &mut Vec<u8>, options: &PrintOptions) {
    if options.feed_lines > 0 {
        out.extend_from_slice(&FEED);
        out.push(options.feed_lines);
    }
    if options.cut {
        out.extend_from_slice(&CUT);
    }
    if options.open_drawer {
        out.extend_from_slice(&DRAWER_KICK);
    }
}

/// How text is turned into bytes in text mode.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum CodePage {
    /// Windows-1252 (`ESC t 16`): French letters, «», €, as they are.
    #[default]
    Wpc1252,
    /// Plain ASCII (`ESC t 0`, PC437's lower half): accents dropped, é → e.
    Ascii,
}

impl CodePage {
    fn table(self) -> u8 {
        match self {
            CodePage::Wpc1252 => 16,
            CodePage::Ascii => 0,
        }
    }
}

/// A Latin-only receipt as text lines, for printers that prefer text. Arabic (or any
/// other script) cannot be printed through a code page: such a line is refused with
/// [`ReceiptError::PrintNotLatin`]; the raster mode prints it.
pub fn encode_text(lines: &[String], page: CodePage, options: &PrintOptions) -> Result<Vec<u8>> {
    let mut out = Vec::with_capacity(lines.iter().map(|l| l.len() + 1).sum::<usize>() + 32);
    out.extend_from_slice(&INIT);
    out.extend_from_slice(&CODE_TABLE);
    out.push(page.table());
    for line in lines {
        for c in line.chars() {
            encode_char(c, page, &mut out).ok_or_else(|| {
                Error::Receipt(ReceiptError::PrintNotLatin { text: line.clone() })
            })?;
        }
        out.push(b'\n');
    }
    finish(&mut out, options);
    Ok(out)
}

/// Appends the bytes of one character, or `None` when the code page cannot show it.
fn encode_char(c: char, page: CodePage, out: &mut Vec<u8>) -> Option<()> {
    match c {
        '\n' | '\r' => return Some(()),
        '\t' => {
            out.push(b' ');
            return Some(());
        }
        // Spaces that keep numbers whole on screen are plain spaces on paper.
        '\u{202F}' | '\u{2009}' | '\u{2007}' => {
            out.push(b' ');
            return Some(());
        }
        c if c.is_control() || matches!(c, '\u{200E}' | '\u{200F}' | '\u{2066}'..='\u{2069}') => {
            return Some(());
        }
        _ => {}
    }
    if c.is_ascii() {
        out.push(c as u8);
        return Some(());
    }
    if page == CodePage::Wpc1252
        && let Some(byte) = cp1252(c)
    {
        out.push(byte);
        return Some(());
    }
    // Transliterate: a letter with accents becomes its base letter, typographic signs
    // become their ASCII look-alikes.
    let plain = match c {
        '‘' | '’' | '‚' | '′' => "'",
        '“' | '”' | '„' | '«' | '»' | '″' => "\"",
        '–' | '—' | '−' => "-",
        '…' => "...",
        '€' => "EUR",
        '\u{A0}' => " ",
        '×' => "x",
        'œ' => "oe",
        'Œ' => "OE",
        'æ' => "ae",
        'Æ' => "AE",
        'ß' => "ss",
        _ => "",
    };
    if !plain.is_empty() {
        out.extend_from_slice(plain.as_bytes());
        return Some(());
    }
    let base: String = c.nfd().filter(char::is_ascii).collect();
    if base.is_empty() {
        return None;
    }
    out.extend_from_slice(base.as_bytes());
    Some(())
}

/// Windows-1252: Latin-1 above 0xA0, and a few typographic signs in 0x80–0x9F.
fn cp1252(c: char) -> Option<u8> {
    let code = u32::from(c);
    if (0xA0..=0xFF).contains(&code) {
        return u8::try_from(code).ok();
    }
    let byte = match c {
        '€' => 0x80,
        '‚' => 0x82,
        'ƒ' => 0x83,
        '„' => 0x84,
        '…' => 0x85,
        '†' => 0x86,
        '‡' => 0x87,
        'ˆ' => 0x88,
        '‰' => 0x89,
        'Š' => 0x8A,
        '‹' => 0x8B,
        'Œ' => 0x8C,
        'Ž' => 0x8E,
        '‘' => 0x91,
        '’' => 0x92,
        '“' => 0x93,
        '”' => 0x94,
        '•' => 0x95,
        '–' => 0x96,
        '—' => 0x97,
        '˜' => 0x98,
        '™' => 0x99,
        'š' => 0x9A,
        '›' => 0x9B,
        'œ' => 0x9C,
        'ž' => 0x9E,
        'Ÿ' => 0x9F,
        _ => return None,
    };
    Some(byte)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn options(cut: bool, open_drawer: bool) -> PrintOptions {
        PrintOptions {
            cut,
            open_drawer,
            feed_lines: 4,
        }
    }

    #[test]
    fn a_raster_is_sent_in_bands_with_their_sizes() {
        let mut b = Bitmap::new(384, 300);
        b.set(0, 0);
        b.set(383, 299);
        let bytes = encode(&b, &options(true, true));
        assert_eq!(&bytes[..2], &INIT);
        // Three bands: 128, 128 and 44 rows of 48 bytes.
        let mut at = 2;
        for rows in [128usize, 128, 44] {
            assert_eq!(&bytes[at..at + 4], &RASTER);
            assert_eq!(&bytes[at + 4..at + 8], &[48, 0, rows as u8, 0]);
            at += 8 + 48 * rows;
        }
        assert_eq!(bytes[10], 0x80);
        assert_eq!(bytes[at - 1], 0x01);
        assert_eq!(
            &bytes[at..],
            &[0x1B, 0x64, 4, 0x1D, 0x56, 0x42, 0, 0x1B, 0x70, 0, 25, 250]
        );
    }

    #[test]
    fn no_cut_no_feed_no_drawer_ends_with_the_picture() {
        let b = Bitmap::new(576, 1);
        let bytes = encode(
            &b,
            &PrintOptions {
                cut: false,
                open_drawer: false,
                feed_lines: 0,
            },
        );
        assert_eq!(bytes.len(), 2 + 8 + 72);
        assert_eq!(&bytes[6..10], &[72, 0, 1, 0]);
    }

    #[test]
    fn an_empty_picture_is_just_init_and_cut() {
        let bytes = encode(&Bitmap::new(384, 0), &options(true, false));
        assert_eq!(bytes, [0x1B, 0x40, 0x1B, 0x64, 4, 0x1D, 0x56, 0x42, 0]);
    }

    #[test]
    fn french_text_is_encoded_in_windows_1252() -> Result<()> {
        let lines = vec!["Pâtisserie « Aïcha » 1\u{202F}250,00\u{a0}DH".to_owned()];
        let bytes = encode_text(&lines, CodePage::Wpc1252, &options(false, false))?;
        assert_eq!(&bytes[..5], &[0x1B, 0x40, 0x1B, 0x74, 16]);
        let body = &bytes[5..bytes.len() - 3];
        assert_eq!(body, b"P\xE2tisserie \xAB A\xEFcha \xBB 1 250,00\xA0DH\n");
        Ok(())
    }

    #[test]
    fn ascii_drops_accents_and_arabic_is_refused() -> Result<()> {
        let lines = vec!["Crème brûlée — 12 €".to_owned()];
        let bytes = encode_text(&lines, CodePage::Ascii, &options(true, false))?;
        assert_eq!(&bytes[3..5], &[0x74, 0]);
        assert!(
            bytes
                .windows(24)
                .any(|w| w == b"Creme brulee - 12 EUR\n\x1B\x64")
        );
        let arabic = vec!["Cake".to_owned(), "حلويات".to_owned()];
        match encode_text(&arabic, CodePage::Wpc1252, &options(true, false)) {
            Err(Error::Receipt(ReceiptError::PrintNotLatin { text })) => assert_eq!(text, "حلويات"),
            other => panic!("expected a refusal, got {other:?}"),
        }
        Ok(())
    }
}
