//! The words Souk speaks, checked over every message of the three languages: a number
//! before a noun always goes through Fluent's plural selector (Arabic has six forms, and
//! "1 étiquettes" or «1 صفحات» must never be written), and no French or Arabic message
//! shows a setting's key (`receipt.width`), except the command line's own (`cli-…`).
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::{BTreeMap, BTreeSet};

use souk::i18n::{Lang, Msg, Translator};

/// Every message of `lang`, as written in its files: id → text.
fn messages(lang: Lang) -> BTreeMap<String, String> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/i18n");
    let mut files = vec![dir.join(format!("{lang}.ftl"))];
    let mut area: Vec<_> = std::fs::read_dir(dir.join(lang.code()))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    area.sort();
    files.extend(area);
    let mut out = BTreeMap::new();
    for file in files {
        let text = std::fs::read_to_string(file).unwrap();
        let mut current: Option<String> = None;
        for line in text.lines() {
            let starts_message = line
                .split_once(" =")
                .filter(|(id, _)| {
                    !id.is_empty()
                        && id
                            .chars()
                            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
                })
                .map(|(id, _)| id.to_owned());
            if let Some(id) = starts_message {
                out.insert(id.clone(), line.to_owned());
                current = Some(id);
            } else if let Some(id) = &current
                && (line.starts_with(' ') || line.starts_with('}'))
            {
                let text = out.get_mut(id).unwrap();
                text.push('\n');
                text.push_str(line);
            } else {
                current = None;
            }
        }
    }
    out
}

/// The variables a message uses, and those it selects on.
fn variables(text: &str) -> (BTreeSet<String>, BTreeSet<String>) {
    let mut used = BTreeSet::new();
    let mut selected = BTreeSet::new();
    let mut rest = text;
    while let Some(at) = rest.find("{ $") {
        let after = &rest[at + 3..];
        let name: String = after
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
            .collect();
        let tail = after[name.len()..].trim_start();
        if let Some(variants) = tail.strip_prefix("->") {
            // A plural selector: its variants are named by plural categories (a selector
            // on other values, `[none]`, is no count).
            let block = variants.split("\n}").next().unwrap_or_default();
            if ["[zero]", "[one]", "[two]", "[few]", "[many]"]
                .iter()
                .any(|key| block.contains(key))
            {
                selected.insert(name.clone());
            }
        }
        used.insert(name);
        rest = after;
    }
    (used, selected)
}

/// Variables that hold how many of something there are.
const COUNTS: [&str; 20] = [
    "count",
    "pages",
    "sales",
    "refunds",
    "producers",
    "products",
    "users_count",
    "days",
    "seconds",
    "chars",
    "keep",
    "per",
    "added",
    "updated",
    "printed",
    "size",
    "women",
    "pcount",
    "pwomen",
    "labels",
];

/// Counts shown as a figure after a label ("Ventes : 12", "Page 2 sur 3"): no noun
/// follows them, so no agreement to make.
const FIGURES: [(&str, &str); 11] = [
    ("report-sales", "count"),
    ("report-sales", "pcount"),
    ("report-refunds", "count"),
    ("report-refunds", "pcount"),
    ("report-voids", "count"),
    ("report-voids", "pcount"),
    ("report-women", "women"),
    ("report-women", "pwomen"),
    ("report-new", "count"),
    ("stmt-ui-page-of", "count"),
    ("photo-set", "size"),
];

/// The count variables of a message, in any language.
fn counts(id: &str, texts: &[&String]) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for text in texts {
        let (used, selected) = variables(text);
        for name in used {
            if (COUNTS.contains(&name.as_str()) || selected.contains(&name))
                && !FIGURES.contains(&(id, name.as_str()))
            {
                out.insert(name);
            }
        }
    }
    out
}

fn leak(text: &str) -> &'static str {
    Box::leak(text.to_owned().into_boxed_str())
}

/// The message with `name` set to `n`, the other counts to 5 and every other value to a
/// word, with its digits hidden: what changes with the plural form, not the number.
fn say(tr: &Translator, id: &str, text: &str, name: &str, n: i64) -> String {
    let (used, _) = variables(text);
    let mut msg = Msg::new(leak(id));
    for var in used {
        msg = if var == name {
            msg.arg(leak(&var), n)
        } else if COUNTS.contains(&var.as_str()) {
            msg.arg(leak(&var), 5_i64)
        } else {
            msg.arg(leak(&var), "X")
        };
    }
    tr.tr(&msg)
        .chars()
        .map(|c| if c.is_ascii_digit() { '#' } else { c })
        .collect()
}

#[test]
fn every_number_before_a_noun_goes_through_a_plural_selector() {
    let all: Vec<_> = Lang::ALL.iter().map(|l| (*l, messages(*l))).collect();
    let mut missing = Vec::new();
    for id in all[0].1.keys() {
        let texts: Vec<&String> = all.iter().filter_map(|(_, m)| m.get(id)).collect();
        for name in counts(id, &texts) {
            for (lang, m) in &all {
                let Some(text) = m.get(id) else { continue };
                let (used, selected) = variables(text);
                if used.contains(&name) && !selected.contains(&name) {
                    missing.push(format!("{lang}: {id} (${name})"));
                }
            }
        }
    }
    assert!(missing.is_empty(), "no plural selector: {missing:#?}");
}

#[test]
fn arabic_counts_take_their_forms_for_one_two_a_few_and_many() {
    let arabic = messages(Lang::Ar);
    let french = messages(Lang::Fr);
    let tr = Translator::new(Lang::Ar);
    let mut same = Vec::new();
    let mut checked = 0;
    for (id, text) in &arabic {
        let others: Vec<&String> = [french.get(id)].into_iter().flatten().collect();
        let mut texts = vec![text];
        texts.extend(others);
        let (_, selected) = variables(text);
        for name in counts(id, &texts) {
            if !selected.contains(&name) {
                continue;
            }
            checked += 1;
            // 1 one, 2 two, 3 few, 11 many (and 0 zero, 100 other, formatted too).
            let forms: Vec<String> = [0, 1, 2, 3, 11, 100]
                .iter()
                .map(|n| say(&tr, id, text, &name, *n))
                .collect();
            let [_, one, two, few, many, _] = forms.as_slice() else {
                unreachable!()
            };
            for (a, b, what) in [
                (one, two, "1/2"),
                (two, few, "2/3"),
                (one, few, "1/3"),
                (few, many, "3/11"),
            ] {
                if a == b {
                    same.push(format!("{id} (${name}) {what}: {a}"));
                }
            }
        }
    }
    assert!(checked > 30, "only {checked} counts found");
    assert!(same.is_empty(), "Arabic forms that must differ: {same:#?}");
}

#[test]
fn french_and_arabic_messages_never_show_a_setting_key() {
    let keys = [
        "receipt.printer",
        "receipt.width",
        "receipt.mode",
        "receipt.drawer",
        "receipt.name_ar",
        "receipt.name_fr",
        "rights.discount_limit_pct",
        "ui.lock_after_min",
        "ui.lang",
        "pages.printer",
        "backup.folder",
        "backup.keep",
        "shop.name",
        "statements.paper",
        "default_share_rate_bp",
    ];
    for lang in [Lang::Fr, Lang::Ar] {
        for (id, text) in messages(lang) {
            if id.starts_with("cli-") {
                continue;
            }
            for key in keys {
                assert!(!text.contains(key), "{lang}: {id} shows {key}: {text}");
            }
        }
    }
}
