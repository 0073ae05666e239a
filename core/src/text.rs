//! Free text people type or import — names, codes, settings, reasons — is stored only when
//! it is visible and of a sane length.
//!
//! Control characters (tabs, escapes, NUL), line and paragraph separators, the byte-order
//! mark and the bidi embedding, override and isolate controls (U+202A–U+202E,
//! U+2066–U+2069) are refused, not stripped: they are invisible, so stripping would store
//! something other than what the person believes they typed, and an override (U+202E)
//! turns `Amina` into a name that prints reversed on every receipt and statement. The
//! plain direction marks (U+200E, U+200F, U+061C) and the joiners stay allowed: Arabic
//! keyboards and text copied from documents carry them, and they reorder nothing.
//!
//! Also how text compares when people search or are told apart ([`fold`]): the catalogue's
//! search and the users' look-alike check both use it.

use unicode_normalization::UnicodeNormalization;

use crate::i18n::Msg;

/// Why a text was refused. Owned here: this module sits below the shop's error type.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Refused {
    #[error("{text:?} contains the invisible character {code}")]
    HiddenCharacter { text: String, code: String },
    #[error("{text:?} is {chars} characters long; at most {max}")]
    TextTooLong {
        text: String,
        chars: usize,
        max: usize,
    },
}

impl Refused {
    pub fn msg(&self) -> Msg {
        match self {
            Refused::HiddenCharacter { text, code } => Msg::new("input-err-hidden-character")
                .arg("text", text.as_str())
                .arg("code", code.as_str()),
            Refused::TextTooLong { text, chars, max } => Msg::new("input-err-too-long")
                .arg("text", text.as_str())
                .arg("chars", *chars)
                .arg("max", *max),
        }
    }
}

type Result<T> = std::result::Result<T, Refused>;

/// The longest name, code or line of a setting, in characters: far above any real one,
/// low enough that a pasted document is refused before it reaches a receipt.
pub const MAX_CHARS: usize = 200;

/// The first character of `text` that must not be stored, if any.
pub fn hidden_character(text: &str) -> Option<char> {
    text.chars().find(|c| {
        c.is_control()
            || matches!(
                c,
                '\u{2028}' | '\u{2029}' | '\u{feff}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}'
                    // Zero-width spaces and joiners, the word joiner and invisible
                    // operators: they make `admin` and `admin​` two names that look the same
                    // (#14.9). Direction marks (U+200E, U+200F, U+061C) stay: keyboards
                    // type them in mixed Arabic and Latin text.
                    | '\u{200b}'..='\u{200d}' | '\u{2060}'..='\u{2064}' | '\u{180e}'
            )
    })
}

/// Refuses text with a hidden character or longer than [`MAX_CHARS`].
pub fn check(text: &str) -> Result<()> {
    if let Some(c) = hidden_character(text) {
        return Err(Refused::HiddenCharacter {
            text: shown(text),
            code: code_point(c),
        });
    }
    let chars = text.chars().count();
    if chars > MAX_CHARS {
        return Err(Refused::TextTooLong {
            text: shown(text),
            chars,
            max: MAX_CHARS,
        });
    }
    Ok(())
}

/// Refuses text of several lines (a setting) when one of its lines would be refused.
pub fn check_lines(text: &str) -> Result<()> {
    text.split('\n').try_for_each(check)
}

/// `U+202E`.
pub fn code_point(c: char) -> String {
    format!("U+{:04X}", u32::from(c))
}

/// Text as a message may quote it: hidden characters shown as `�` (so an override cannot
/// turn the message around), and no more than 40 characters.
pub fn shown(text: &str) -> String {
    let mut out: String = text
        .chars()
        .take(40)
        .map(|c| {
            if hidden_character(c.encode_utf8(&mut [0; 4])).is_some() {
                '\u{fffd}'
            } else {
                c
            }
        })
        .collect();
    if text.chars().nth(40).is_some() {
        out.push('…');
    }
    out
}

/// Reduces text to what a search compares: lower case, no accents, no Arabic diacritics
/// or tatweel, one form of alef, ya and ta marbuta.
pub fn fold(text: &str) -> String {
    text.nfd()
        .filter(|c| !is_mark(*c))
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'أ' | 'إ' | 'آ' | 'ٱ' => 'ا',
            'ؤ' => 'و',
            'ئ' | 'ى' => 'ي',
            'ة' => 'ه',
            '٠'..='٩' => char::from_digit(c as u32 - '٠' as u32, 10).unwrap_or(c),
            other => other,
        })
        .collect()
}

/// Latin combining accents, Arabic harakat, shadda, sukun, superscript alef, tatweel.
fn is_mark(c: char) -> bool {
    matches!(c, '\u{300}'..='\u{36f}' | '\u{64b}'..='\u{65f}' | '\u{670}' | '\u{640}' | '\u{6d6}'..='\u{6ed}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn what_is_refused_and_what_is_not() {
        for ok in [
            "Amina",
            "سهام الرامي",
            "Siham\u{200f}",
            "Cornes de gazelle (x12)",
        ] {
            assert!(check(ok).is_ok(), "{ok:?}");
        }
        for bad in [
            "A\u{202e}nima",
            "A\tB",
            "A\u{0}",
            "\u{2066}x",
            "a\u{2028}b",
            "\u{feff}x",
        ] {
            assert!(
                matches!(check(bad), Err(Refused::HiddenCharacter { .. })),
                "{bad:?}"
            );
        }
        assert!(check(&"a".repeat(MAX_CHARS)).is_ok());
        assert!(matches!(
            check(&"ب".repeat(MAX_CHARS + 1)),
            Err(Refused::TextTooLong { .. })
        ));
        assert!(check_lines("Merci\nشكرا").is_ok());
        assert_eq!(shown("a\u{202e}b"), "a\u{fffd}b");
        assert_eq!(shown(&"x".repeat(50)).chars().count(), 41);
    }
}
