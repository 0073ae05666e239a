//! Amounts in words, in French and in Arabic, for payout slips (and any paper where an
//! amount must be written out so it cannot be altered): dirhams and centimes.
//!
//! French follows the traditional spelling: "vingt et un", "soixante et onze",
//! "quatre-vingts" but "quatre-vingt-un", "deux cents" but "deux cent un" and "deux cent
//! mille", "mille" invariable, "un million de dirhams".
//!
//! Arabic is Modern Standard Arabic as written on cheques in Morocco, with the counted noun
//! (درهم, سنتيم: masculine) agreeing with the number: 1 درهم واحد, 2 درهمان, 3–10 دراهم,
//! 11–99 درهما, a round hundred or thousand درهم; a dual right before its noun loses its
//! nūn (مائتا درهم, ألفا درهم).

use crate::money::Money;

const FR_UNITS: [&str; 17] = [
    "zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze",
    "douze", "treize", "quatorze", "quinze", "seize",
];
const FR_TENS: [&str; 7] = [
    "",
    "",
    "vingt",
    "trente",
    "quarante",
    "cinquante",
    "soixante",
];

/// 0 to 99 in French.
fn fr_below_100(n: u64) -> String {
    let (tens, unit) = (n / 10, n % 10);
    match n {
        0..=16 => FR_UNITS[n as usize].to_owned(),
        17..=19 => format!("dix-{}", FR_UNITS[unit as usize]),
        20..=69 => match unit {
            0 => FR_TENS[tens as usize].to_owned(),
            1 => format!("{} et un", FR_TENS[tens as usize]),
            _ => format!("{}-{}", FR_TENS[tens as usize], FR_UNITS[unit as usize]),
        },
        70..=79 if n == 71 => "soixante et onze".to_owned(),
        70..=79 => format!("soixante-{}", fr_below_100(n - 60)),
        80 => "quatre-vingts".to_owned(),
        _ => format!("quatre-vingt-{}", fr_below_100(n - 80)),
    }
}

/// 0 to 999 in French; `before_mille` when "mille" follows (then "cents" and "vingts"
/// lose their s: "deux cent mille", "quatre-vingt mille").
fn fr_below_1000(n: u64, before_mille: bool) -> String {
    let (hundreds, rest) = (n / 100, n % 100);
    let mut out = match hundreds {
        0 => String::new(),
        1 => "cent".to_owned(),
        h if rest == 0 && !before_mille => format!("{} cents", FR_UNITS[h as usize]),
        h => format!("{} cent", FR_UNITS[h as usize]),
    };
    if rest > 0 || hundreds == 0 {
        if !out.is_empty() {
            out.push(' ');
        }
        let words = fr_below_100(rest);
        if before_mille && rest == 80 {
            out.push_str("quatre-vingt");
        } else {
            out.push_str(&words);
        }
    }
    out
}

/// A whole number in French words.
pub fn french_number(n: u64) -> String {
    if n == 0 {
        return "zéro".to_owned();
    }
    let mut parts = Vec::new();
    let mut rest = n;
    for (scale, one, many) in [
        (1_000_000_000, "un milliard", "milliards"),
        (1_000_000, "un million", "millions"),
    ] {
        let count = rest / scale;
        rest %= scale;
        match count {
            0 => {}
            1 => parts.push(one.to_owned()),
            c => parts.push(format!("{} {many}", french_number(c))),
        }
    }
    let thousands = rest / 1000;
    rest %= 1000;
    match thousands {
        0 => {}
        1 => parts.push("mille".to_owned()),
        t => parts.push(format!("{} mille", fr_below_1000(t, true))),
    }
    if rest > 0 {
        parts.push(fr_below_1000(rest, false));
    }
    parts.join(" ")
}

/// An amount in French words: "mille deux cents dirhams et cinquante centimes".
pub fn french_amount(amount: Money) -> String {
    let centimes = amount.centimes().unsigned_abs();
    let (dirhams, cents) = (centimes / 100, centimes % 100);
    let sign = if amount.is_negative() { "moins " } else { "" };
    let dh_words = french_number(dirhams);
    // "un million de dirhams": a noun of quantity takes "de".
    let de = if dh_words.ends_with("million")
        || dh_words.ends_with("millions")
        || dh_words.ends_with("milliard")
        || dh_words.ends_with("milliards")
    {
        "de "
    } else {
        ""
    };
    let dh = if dirhams > 1 { "dirhams" } else { "dirham" };
    let cts = || {
        let unit = if cents > 1 { "centimes" } else { "centime" };
        format!("{} {unit}", french_number(cents))
    };
    match (dirhams, cents) {
        (0, c) if c > 0 => format!("{sign}{}", cts()),
        (_, 0) => format!("{sign}{dh_words} {de}{dh}"),
        _ => format!("{sign}{dh_words} {de}{dh} et {}", cts()),
    }
}

const AR_UNITS: [&str; 11] = [
    "صفر",
    "واحد",
    "اثنان",
    "ثلاثة",
    "أربعة",
    "خمسة",
    "ستة",
    "سبعة",
    "ثمانية",
    "تسعة",
    "عشرة",
];
const AR_TENS: [&str; 10] = [
    "",
    "",
    "عشرون",
    "ثلاثون",
    "أربعون",
    "خمسون",
    "ستون",
    "سبعون",
    "ثمانون",
    "تسعون",
];
const AR_HUNDREDS: [&str; 10] = [
    "",
    "مائة",
    "مائتان",
    "ثلاثمائة",
    "أربعمائة",
    "خمسمائة",
    "ستمائة",
    "سبعمائة",
    "ثمانمائة",
    "تسعمائة",
];

/// 1 to 99 in Arabic, for a masculine counted noun.
fn ar_below_100(n: u64) -> String {
    let (tens, unit) = (n / 10, n % 10);
    match n {
        0..=10 => AR_UNITS[n as usize].to_owned(),
        11 => "أحد عشر".to_owned(),
        12 => "اثنا عشر".to_owned(),
        13..=19 => format!("{} عشر", AR_UNITS[unit as usize]),
        _ if unit == 0 => AR_TENS[tens as usize].to_owned(),
        _ => format!("{} و{}", AR_UNITS[unit as usize], AR_TENS[tens as usize]),
    }
}

/// The words of 1 to 999, each a part to join with "و".
fn ar_below_1000(n: u64) -> Vec<String> {
    let (hundreds, rest) = (n / 100, n % 100);
    let mut parts = Vec::new();
    if hundreds > 0 {
        parts.push(AR_HUNDREDS[hundreds as usize].to_owned());
    }
    if rest > 0 {
        parts.push(ar_below_100(rest));
    }
    parts
}

/// The forms of a counted masculine noun: singular, dual, plural (3–10), accusative
/// singular (11–99).
struct Noun {
    one: &'static str,
    two: &'static str,
    few: &'static str,
    many: &'static str,
}

const THOUSAND: Noun = Noun {
    one: "ألف",
    two: "ألفان",
    few: "آلاف",
    many: "ألفا",
};
const MILLION: Noun = Noun {
    one: "مليون",
    two: "مليونان",
    few: "ملايين",
    many: "مليونا",
};
const BILLION: Noun = Noun {
    one: "مليار",
    two: "ملياران",
    few: "ملايير",
    many: "مليارا",
};
const DIRHAM: Noun = Noun {
    one: "درهم",
    two: "درهمان",
    few: "دراهم",
    many: "درهما",
};
const CENTIME: Noun = Noun {
    one: "سنتيم",
    two: "سنتيمان",
    few: "سنتيمات",
    many: "سنتيما",
};

/// `count` of `noun` (count ≥ 1) as parts: ألف, ألفان, ثلاثة آلاف, أحد عشر ألفا, مائة ألف.
fn ar_counted(count: u64, noun: &Noun) -> Vec<String> {
    match count {
        1 => vec![noun.one.to_owned()],
        2 => vec![noun.two.to_owned()],
        3..=10 => vec![format!("{} {}", ar_below_100(count), noun.few)],
        _ => {
            let mut parts = ar_number_parts(count);
            let form = match count % 100 {
                0 => noun.one,
                3..=10 => noun.few,
                11..=99 => noun.many,
                // 101, 102, 1 001…: the noun after the whole number, as on cheques.
                _ => noun.one,
            };
            if let Some(last) = parts.last_mut() {
                construct(last);
                last.push(' ');
                last.push_str(form);
            }
            parts
        }
    }
}

/// A number word right before its noun takes its construct form: a dual loses its nūn
/// (مائتان درهم → مائتا درهم), an accusative its tanwīn alif (أحد عشر ألفا درهم → أحد عشر
/// ألف درهم).
fn construct(word: &mut String) {
    for form in [
        "مائتان",
        "ألفان",
        "مليونان",
        "ملياران",
        "ألفا",
        "مليونا",
        "مليارا",
    ] {
        if word.ends_with(form) {
            word.pop();
            return;
        }
    }
}

/// The parts of a whole number (≥ 1) in Arabic, largest first.
fn ar_number_parts(n: u64) -> Vec<String> {
    let mut parts = Vec::new();
    let mut rest = n;
    for (scale, noun) in [
        (1_000_000_000, &BILLION),
        (1_000_000, &MILLION),
        (1_000, &THOUSAND),
    ] {
        let count = rest / scale;
        rest %= scale;
        if count > 0 {
            parts.extend(ar_counted(count, noun));
        }
    }
    if rest > 0 {
        parts.extend(ar_below_1000(rest));
    }
    parts
}

/// A whole number in Arabic words, its parts joined by "و".
pub fn arabic_number(n: u64) -> String {
    if n == 0 {
        return AR_UNITS[0].to_owned();
    }
    ar_number_parts(n).join(" و")
}

/// `n` of a noun in Arabic: درهم واحد, درهمان, ثلاثة دراهم, أحد عشر درهما, مائتا درهم.
fn ar_amount_of(n: u64, noun: &Noun) -> String {
    match n {
        0 => format!("{} {}", AR_UNITS[0], noun.one),
        1 => format!("{} واحد", noun.one),
        2 => noun.two.to_owned(),
        _ => ar_counted(n, noun).join(" و"),
    }
}

/// An amount in Arabic words: "ألف ومائتا درهم وخمسون سنتيما".
pub fn arabic_amount(amount: Money) -> String {
    let centimes = amount.centimes().unsigned_abs();
    let (dirhams, cents) = (centimes / 100, centimes % 100);
    let sign = if amount.is_negative() {
        "ناقص "
    } else {
        ""
    };
    match (dirhams, cents) {
        (0, c) if c > 0 => format!("{sign}{}", ar_amount_of(c, &CENTIME)),
        (d, 0) => format!("{sign}{}", ar_amount_of(d, &DIRHAM)),
        (d, c) => format!(
            "{sign}{} و{}",
            ar_amount_of(d, &DIRHAM),
            ar_amount_of(c, &CENTIME)
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dh(centimes: i64) -> Money {
        Money::from_centimes(centimes)
    }

    #[test]
    fn french_numbers_follow_the_traditional_rules() {
        for (n, words) in [
            (0, "zéro"),
            (1, "un"),
            (11, "onze"),
            (16, "seize"),
            (17, "dix-sept"),
            (21, "vingt et un"),
            (22, "vingt-deux"),
            (61, "soixante et un"),
            (70, "soixante-dix"),
            (71, "soixante et onze"),
            (77, "soixante-dix-sept"),
            (80, "quatre-vingts"),
            (81, "quatre-vingt-un"),
            (91, "quatre-vingt-onze"),
            (99, "quatre-vingt-dix-neuf"),
            (100, "cent"),
            (101, "cent un"),
            (200, "deux cents"),
            (201, "deux cent un"),
            (280, "deux cent quatre-vingts"),
            (1000, "mille"),
            (1001, "mille un"),
            (2000, "deux mille"),
            (80_000, "quatre-vingt mille"),
            (200_000, "deux cent mille"),
            (21_000, "vingt et un mille"),
            (1_000_000, "un million"),
            (2_000_000, "deux millions"),
            (200_000_000, "deux cents millions"),
            (1_001_200, "un million mille deux cents"),
        ] {
            assert_eq!(french_number(n), words, "{n}");
        }
    }

    #[test]
    fn french_amounts_name_dirhams_and_centimes() {
        assert_eq!(french_amount(dh(0)), "zéro dirham");
        assert_eq!(french_amount(dh(100)), "un dirham");
        assert_eq!(french_amount(dh(1)), "un centime");
        assert_eq!(french_amount(dh(50)), "cinquante centimes");
        assert_eq!(french_amount(dh(8000)), "quatre-vingts dirhams");
        assert_eq!(
            french_amount(dh(7101)),
            "soixante et onze dirhams et un centime"
        );
        assert_eq!(french_amount(dh(100_000_000)), "un million de dirhams");
        assert_eq!(
            french_amount(dh(100_120_050)),
            "un million mille deux cents dirhams et cinquante centimes"
        );
        assert_eq!(
            french_amount(dh(127_250)),
            "mille deux cent soixante-douze dirhams et cinquante centimes"
        );
    }

    #[test]
    fn arabic_numbers() {
        for (n, words) in [
            (0, "صفر"),
            (1, "واحد"),
            (11, "أحد عشر"),
            (12, "اثنا عشر"),
            (17, "سبعة عشر"),
            (21, "واحد وعشرون"),
            (71, "واحد وسبعون"),
            (80, "ثمانون"),
            (91, "واحد وتسعون"),
            (100, "مائة"),
            (200, "مائتان"),
            (305, "ثلاثمائة وخمسة"),
            (1000, "ألف"),
            (2000, "ألفان"),
            (3000, "ثلاثة آلاف"),
            (11_000, "أحد عشر ألفا"),
            (100_000, "مائة ألف"),
            (200_000, "مائتا ألف"),
            (1_000_000, "مليون"),
            (5_000_000, "خمسة ملايين"),
            (1_001_200, "مليون وألف ومائتان"),
        ] {
            assert_eq!(arabic_number(n), words, "{n}");
        }
    }

    #[test]
    fn arabic_amounts_agree_with_their_number() {
        for (centimes, words) in [
            (0, "صفر درهم"),
            (100, "درهم واحد"),
            (200, "درهمان"),
            (300, "ثلاثة دراهم"),
            (1000, "عشرة دراهم"),
            (1100, "أحد عشر درهما"),
            (1700, "سبعة عشر درهما"),
            (2100, "واحد وعشرون درهما"),
            (7100, "واحد وسبعون درهما"),
            (8000, "ثمانون درهما"),
            (9100, "واحد وتسعون درهما"),
            (10_000, "مائة درهم"),
            (20_000, "مائتا درهم"),
            (30_000, "ثلاثمائة درهم"),
            (100_000, "ألف درهم"),
            (200_000, "ألفا درهم"),
            (500_000, "خمسة آلاف درهم"),
            (1_100_000, "أحد عشر ألف درهم"),
            (1, "سنتيم واحد"),
            (2, "سنتيمان"),
            (50, "خمسون سنتيما"),
            (5, "خمسة سنتيمات"),
            (100_120_050, "مليون وألف ومائتا درهم وخمسون سنتيما"),
            (150, "درهم واحد وخمسون سنتيما"),
        ] {
            assert_eq!(arabic_amount(dh(centimes)), words, "{centimes}");
        }
    }
}
