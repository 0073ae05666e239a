//! Reading PDFs back as a reader would, with poppler-utils (`pdftotext`, `pdfinfo`): CI
//! installs them (Debian: `apt-get install poppler-utils`).

use std::path::Path;
use std::process::Command;

fn run(tool: &str, args: &[&str], pdf: &Path) -> String {
    let out = Command::new(tool)
        .args(args)
        .arg(pdf)
        .args(if tool == "pdftotext" {
            &["-"][..]
        } else {
            &[][..]
        })
        .output()
        .unwrap_or_else(|e| panic!("{tool} (Debian: apt-get install poppler-utils): {e}"));
    assert!(
        out.status.success(),
        "{tool}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// The text of a PDF (or of its pages `first..=last`) laid out as on the page, without the
/// invisible direction marks pdftotext puts around right-to-left runs.
pub fn text(pdf: &Path, pages: Option<(usize, usize)>) -> String {
    let mut args = vec!["-layout".to_owned(), "-enc".to_owned(), "UTF-8".to_owned()];
    if let Some((first, last)) = pages {
        args.extend([
            "-f".to_owned(),
            first.to_string(),
            "-l".to_owned(),
            last.to_string(),
        ]);
    }
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    run("pdftotext", &args, pdf)
        .chars()
        .filter(|c| !matches!(c, '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}'))
        .collect()
}

/// What a reader's search matches: every run of spaces (pdftotext gives back U+202F and
/// U+00A0 as plain spaces, and its layout adds some) as one space.
pub fn squeeze(text: &str) -> String {
    text.split(|c: char| c.is_whitespace() || c == '\u{202f}' || c == '\u{a0}')
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Asserts `text` holds `expected`, spaces squeezed on both sides.
pub fn assert_has(text: &str, expected: &str) {
    let (text, expected) = (squeeze(text), squeeze(expected));
    assert!(text.contains(&expected), "{expected:?} not in:\n{text}");
}

pub fn pages(pdf: &Path) -> usize {
    run("pdfinfo", &[], pdf)
        .lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .and_then(|n| n.trim().parse().ok())
        .unwrap_or(0)
}

pub fn fonts(pdf: &Path) -> String {
    run("pdffonts", &[], pdf)
}

/// The first page's size in points, as pdfinfo says it (`595.276 x 841.89` for A4).
pub fn page_size(pdf: &Path) -> String {
    run("pdfinfo", &[], pdf)
        .lines()
        .find_map(|l| l.strip_prefix("Page size:"))
        .map(|size| size.trim().split(" pts").next().unwrap_or("").to_owned())
        .unwrap_or_default()
}
