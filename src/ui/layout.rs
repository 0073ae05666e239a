//! Mirroring for right-to-left: iced has no layout direction, so in Arabic the window
//! reverses its rows and swaps its alignments here, in one place.

use crate::i18n::{Lang, Msg, Translator};
use iced::Element;
use iced::alignment::Horizontal;
use iced::widget::{Row, row};

/// A row whose children read in the language's direction.
pub fn flow<'a, M: 'a>(lang: Lang, mut items: Vec<Element<'a, M>>) -> Row<'a, M> {
    if lang.is_rtl() {
        items.reverse();
    }
    row(items)
}

/// Where lines of text start: left in French and English, right in Arabic.
pub fn start(lang: Lang) -> Horizontal {
    if lang.is_rtl() {
        Horizontal::Right
    } else {
        Horizontal::Left
    }
}

/// Where amounts and totals go: the other side.
pub fn end(lang: Lang) -> Horizontal {
    if lang.is_rtl() {
        Horizontal::Left
    } else {
        Horizontal::Right
    }
}

/// Places a text (or anything) at one side of the full width. Text must not be aligned
/// inside a fill-width box itself: iced 0.14 shifts right-to-left paragraphs twice (an Arabic
/// line aligned right lands outside its box). A shrink-wide text in an aligned container
/// lands where it should in both directions.
pub fn at<'a, M: 'a>(
    content: impl Into<Element<'a, M>>,
    side: Horizontal,
) -> iced::widget::Container<'a, M> {
    iced::widget::container(content)
        .width(iced::Fill)
        .align_x(side)
}

/// A message in the volunteer's language. In Arabic, receipt numbers and days given to it
/// are isolated left-to-right: iced's text engine otherwise splits `2026-000153` at the
/// hyphen inside a right-to-left sentence and shows `000153-2026`.
pub fn say(tr: &Translator, msg: &Msg) -> String {
    let text = tr.tr(msg);
    if tr.lang().is_rtl() {
        bidi_safe(&text)
    } else if starts_right_to_left(&text) {
        // A French sentence opening on an Arabic name would be laid out right to left
        // (the first strong letter decides), its full stop at the far left: a
        // left-to-right mark makes the sentence's own direction win.
        format!("\u{200e}{text}")
    } else {
        text
    }
}

/// Whether the first letter with a direction is Arabic, which would make the text engine
/// lay the whole paragraph out right to left.
fn starts_right_to_left(text: &str) -> bool {
    text.chars()
        .find(|c| c.is_alphabetic())
        .is_some_and(|c| crate::i18n::has_arabic(c.encode_utf8(&mut [0; 4])))
}

/// Keeps numbers whole inside right-to-left text. iced's text engine splits a number at
/// its inner marks and orders the pieces right to left: `2026-000153` shows as
/// `000153-2026` and `5 096,42` as `096,42 5`. A left-to-right isolate (U+2066 … U+2069)
/// mends the hyphen, slash and colon; nothing mends a space inside a number in a window
/// (isolates, U+202F and U+00A0 all fail there, measured under Xvfb), so in Arabic text
/// amounts lose their thousands spaces: `5096,42`. Text without Arabic letters is left
/// as it is.
pub fn bidi_safe(text: &str) -> String {
    // Already made safe (a message passed through `say`): leave it, isolates do not nest.
    let marked = text.contains(['\u{200e}', '\u{200f}']);
    if !(crate::i18n::has_arabic(text) || marked) || text.contains('\u{2066}') {
        return text.to_owned();
    }
    isolate_paths(text)
        .into_iter()
        .map(|(piece, latin)| if latin { piece } else { numbers_whole(&piece) })
        .collect()
}

/// Splits off what must read left to right whole inside right-to-left text: file paths
/// (`/home/…`, `C:\…`) and printer or folder specs (`tcp:192.168.1.50`, `file:/dev/usb/lp0`),
/// each in a left-to-right isolate (marked `true`); the brackets, quotes and full stop
/// around them stay outside, in the sentence's direction.
fn isolate_paths(text: &str) -> Vec<(String, bool)> {
    let mut out: Vec<(String, bool)> = Vec::new();
    let mut plain = String::new();
    for word in text.split_inclusive(char::is_whitespace) {
        let body = word.trim_end();
        let space = &word[body.len()..];
        let lead = body.len() - body.trim_start_matches(['(', '«', '"', '“', '\'']).len();
        let core =
            body[lead..].trim_end_matches([')', '»', '"', '”', '\'', '.', ',', ';', '،', '؛', ':']);
        let tail = &body[lead + core.len()..];
        if !is_path(core) {
            plain.push_str(word);
            continue;
        }
        plain.push_str(&body[..lead]);
        out.push((std::mem::take(&mut plain), false));
        out.push((format!("\u{2066}{core}\u{2069}"), true));
        plain.push_str(tail);
        plain.push_str(space);
    }
    out.push((plain, false));
    out
}

/// A path or a device spec: Latin only, with a slash or backslash, or a known scheme.
fn is_path(word: &str) -> bool {
    const SCHEMES: [&str; 6] = ["tcp:", "file:", "png:", "usb:", "serial:", "folder:"];
    !word.is_empty()
        && !crate::i18n::has_arabic(word)
        && (word.contains(['/', '\\'])
            || SCHEMES
                .iter()
                .any(|s| word.starts_with(s) && word.len() > s.len()))
}

/// Keeps numbers whole in a right-to-left piece of text (see `bidi_safe`).
fn numbers_whole(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let inner = |c: char| matches!(c, '\u{202f}' | '\u{a0}' | ',' | '.' | '-' | '/' | ':');
    let mut out = String::with_capacity(text.len() + 8);
    let mut i = 0;
    while i < chars.len() {
        if !chars[i].is_ascii_digit() {
            out.push(chars[i]);
            i += 1;
            continue;
        }
        // A run of digits with single inner marks between digits.
        let mut end = i + 1;
        while end < chars.len() {
            if chars[end].is_ascii_digit() {
                end += 1;
            } else if inner(chars[end]) && chars.get(end + 1).is_some_and(char::is_ascii_digit) {
                end += 2;
            } else {
                break;
            }
        }
        let mut run: String = chars[i..end]
            .iter()
            .filter(|c| !matches!(c, '\u{202f}' | '\u{a0}'))
            .collect();
        // A paper's number (`DEP-2026-0001`) keeps its Latin prefix with its digits: left
        // outside the isolate, `DEP-` lands after the number.
        let letters = chars[..i]
            .iter()
            .rev()
            .skip(1)
            .take_while(|c| c.is_ascii_uppercase())
            .count();
        if i > 0 && chars[i - 1] == '-' && letters > 0 {
            let prefix: String = chars[i - 1 - letters..i].iter().collect();
            for _ in 0..=letters {
                out.pop();
            }
            run.insert_str(0, &prefix);
        } else if i > 0 && chars[i - 1] == '-' && (i < 2 || !chars[i - 2].is_alphanumeric()) {
            // A negative amount: its minus goes inside the isolate, before the digits. The
            // marks money puts before it for terminals (LRM, RLM) do not hold in the
            // window, where the minus otherwise lands after the number (`51,50-`).
            out.pop();
            while out.ends_with(['\u{200e}', '\u{200f}']) {
                out.pop();
            }
            run.insert(0, '-');
        }
        if run.contains(['-', '/', ':']) {
            out.push('\u{2066}');
            out.push_str(&run);
            out.push('\u{2069}');
        } else {
            out.push_str(&run);
        }
        i = end;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::{bidi_safe, say};
    use crate::i18n::{Arg, Lang, Msg, Translator};

    #[test]
    fn a_notice_follows_the_language_and_keeps_its_direction() {
        let name = || Arg::name("جلابة للأطفال", "Djellaba enfant");
        let added = |lang| {
            say(
                &Translator::new(lang),
                &Msg::new("ui-added").arg("name", name()),
            )
        };
        assert_eq!(added(Lang::Fr), "Djellaba enfant est dans le panier.");
        assert!(
            added(Lang::Ar).contains("جلابة للأطفال"),
            "{}",
            added(Lang::Ar)
        );
        // A name known only in Arabic, in a French sentence: still read left to right.
        let arabic_only = Msg::new("ui-added").arg("name", "جلابة");
        assert_eq!(
            say(&Translator::new(Lang::Fr), &arabic_only),
            "\u{200e}جلابة est dans le panier."
        );
    }

    #[test]
    fn numbers_in_arabic_text_are_isolated() {
        assert_eq!(
            bidi_safe("1\u{202f}250,00\u{a0}DH"),
            "1\u{202f}250,00\u{a0}DH"
        );
        assert_eq!(
            bidi_safe("المجموع 5\u{202f}096,42\u{a0}درهم"),
            "المجموع 5096,42\u{a0}درهم"
        );
        assert_eq!(bidi_safe("1\u{202f}250,00 درهم"), "1250,00 درهم");
        assert_eq!(
            bidi_safe("وصل 2026-000153"),
            "وصل \u{2066}2026-000153\u{2069}"
        );
        assert_eq!(bidi_safe("2 سلع"), "2 سلع");
        assert_eq!(
            bidi_safe("سجل DEP-2026-0001. اطبعي"),
            "سجل \u{2066}DEP-2026-0001\u{2069}. اطبعي"
        );
    }

    #[test]
    fn paths_and_printers_in_arabic_text_read_left_to_right_whole() {
        assert_eq!(
            bidi_safe("حُفظ في /tmp/souk/2026-10-all.pdf."),
            "حُفظ في \u{2066}/tmp/souk/2026-10-all.pdf\u{2069}."
        );
        assert_eq!(
            bidi_safe("الطابعة (tcp:192.168.1.50:9100) لا تجيب"),
            "الطابعة (\u{2066}tcp:192.168.1.50:9100\u{2069}) لا تجيب"
        );
        assert_eq!(
            bidi_safe("«file:/dev/usb/lp0» ليست طابعة"),
            "«\u{2066}file:/dev/usb/lp0\u{2069}» ليست طابعة"
        );
        assert_eq!(bidi_safe("/tmp/x"), "/tmp/x", "no Arabic: left as it is");
    }

    #[test]
    fn a_negative_amount_in_arabic_keeps_its_minus_before_the_number() {
        let refund = crate::money::Money::from_centimes(-125_050).format(crate::i18n::Lang::Ar);
        assert_eq!(bidi_safe(&refund), "\u{2066}-1250,50\u{2069}\u{a0}درهم");
        assert_eq!(
            bidi_safe("الفرق -10,00 درهم"),
            "الفرق \u{2066}-10,00\u{2069} درهم"
        );
        let alone = crate::money::Money::from_centimes(-5150).format_number(crate::i18n::Lang::Ar);
        assert_eq!(
            bidi_safe(&alone),
            "\u{2066}-51,50\u{2069}",
            "a number alone too"
        );
    }
}
