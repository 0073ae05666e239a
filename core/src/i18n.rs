//! Languages and translated messages: Fluent bundles for Arabic, French and English.
//!
//! The core never builds user-facing sentences itself: it returns `Msg` (a message id and
//! its arguments) and a `Translator` turns it into text in the user's language. The `.ftl`
//! files live in `assets/i18n/` and are embedded in the binary.

use std::borrow::Cow;
use std::fmt;

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use serde::{Deserialize, Serialize};

/// A language Souk speaks.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    Ar,
    #[default]
    Fr,
    En,
}

impl Lang {
    pub const ALL: [Lang; 3] = [Lang::Ar, Lang::Fr, Lang::En];

    pub fn code(self) -> &'static str {
        match self {
            Lang::Ar => "ar",
            Lang::Fr => "fr",
            Lang::En => "en",
        }
    }

    /// `ar`, `fr`, `en`, or a locale such as `fr_MA.UTF-8`.
    pub fn from_code(code: &str) -> Option<Lang> {
        let lower = code.trim().to_ascii_lowercase();
        let prefix = lower.get(..2)?;
        Lang::ALL.into_iter().find(|l| l.code() == prefix)
    }

    /// The language a system locale asks for (`LC_ALL`, `LC_MESSAGES`, `LANG`), else French,
    /// the shop's common language with its visitors.
    pub fn from_locale(vars: impl IntoIterator<Item = Option<String>>) -> Lang {
        vars.into_iter()
            .flatten()
            .find(|v| !v.is_empty())
            .and_then(|v| Lang::from_code(&v))
            .unwrap_or_default()
    }

    pub fn is_rtl(self) -> bool {
        self == Lang::Ar
    }

    /// The language's messages: one file per area of the program, so that work on one
    /// area does not touch the others' files.
    fn source(self) -> &'static str {
        macro_rules! files {
            ($lang:literal) => {
                concat!(
                    include_str!(concat!("../../assets/i18n/", $lang, ".ftl")),
                    "\n",
                    include_str!(concat!("../../assets/i18n/", $lang, "/printing.ftl")),
                    "\n",
                    include_str!(concat!("../../assets/i18n/", $lang, "/scale.ftl")),
                    "\n",
                    include_str!(concat!("../../assets/i18n/", $lang, "/screens.ftl")),
                    "\n",
                    include_str!(concat!("../../assets/i18n/", $lang, "/trust.ftl")),
                    "\n",
                    include_str!(concat!("../../assets/i18n/", $lang, "/install.ftl")),
                )
            };
        }
        match self {
            Lang::Ar => files!("ar"),
            Lang::Fr => files!("fr"),
            Lang::En => files!("en"),
        }
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// Whether a text has Arabic letters (the Arabic blocks and presentation forms): what
/// decides which side a line starts from, on screen and on paper.
pub fn has_arabic(text: &str) -> bool {
    text.chars().any(
        |c| matches!(c, '\u{600}'..='\u{6ff}' | '\u{750}'..='\u{77f}' | '\u{fb50}'..='\u{feff}'),
    )
}

/// A value given to a message: text, or a number (which picks plural forms).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Arg {
    Text(String),
    Number(i64),
    /// Another message, translated in the same language before it is inserted.
    Msg(Box<Msg>),
    /// A value written differently in each language (an amount: `51,50 DH`, `51.50 DH`),
    /// chosen when the message is read. The value's own module makes it, so that this one
    /// knows nothing of money.
    Written {
        ar: String,
        fr: String,
        en: String,
    },
}

impl Arg {
    /// A name the shop keeps in both scripts (a product's): the Arabic one in Arabic, the
    /// French one otherwise, chosen when the message is read, so a notice shown before the
    /// volunteer switches language follows her.
    pub fn name(ar: impl Into<String>, fr: impl Into<String>) -> Arg {
        let fr = fr.into();
        Arg::Written {
            ar: ar.into(),
            en: fr.clone(),
            fr,
        }
    }
}

impl From<Msg> for Arg {
    fn from(v: Msg) -> Arg {
        Arg::Msg(Box::new(v))
    }
}

impl From<&str> for Arg {
    fn from(v: &str) -> Arg {
        Arg::Text(v.to_owned())
    }
}
impl From<String> for Arg {
    fn from(v: String) -> Arg {
        Arg::Text(v)
    }
}
impl From<&String> for Arg {
    fn from(v: &String) -> Arg {
        Arg::Text(v.clone())
    }
}
impl From<i64> for Arg {
    fn from(v: i64) -> Arg {
        Arg::Number(v)
    }
}
impl From<usize> for Arg {
    fn from(v: usize) -> Arg {
        Arg::Number(i64::try_from(v).unwrap_or(i64::MAX))
    }
}

/// Something to tell the user, not yet in any language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Msg {
    pub id: &'static str,
    pub args: Vec<(&'static str, Arg)>,
}

impl Msg {
    pub fn new(id: &'static str) -> Msg {
        Msg {
            id,
            args: Vec::new(),
        }
    }

    pub fn arg(mut self, name: &'static str, value: impl Into<Arg>) -> Msg {
        self.args.push((name, value.into()));
        self
    }
}

/// Turns messages into text in one language.
pub struct Translator {
    lang: Lang,
    bundle: FluentBundle<FluentResource>,
}

impl Translator {
    pub fn new(lang: Lang) -> Translator {
        let langid = lang.code().parse().unwrap_or_default();
        let mut bundle = FluentBundle::new(vec![langid]);
        // Isolation marks would show as stray characters in terminals and files; the text
        // we insert is already safe in both directions (numbers use U+202F).
        bundle.set_use_isolating(false);
        let resource = FluentResource::try_new(lang.source().to_owned()).unwrap_or_else(|(r, _)| r);
        // Duplicate ids are caught by the tests; keep what loaded.
        let _ = bundle.add_resource(resource);
        Translator { lang, bundle }
    }

    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// The text of a message; its id when the message is missing, so nothing is hidden.
    pub fn tr(&self, msg: &Msg) -> String {
        let Some(pattern) = self.bundle.get_message(msg.id).and_then(|m| m.value()) else {
            return msg.id.to_owned();
        };
        let mut args = FluentArgs::new();
        for (name, value) in &msg.args {
            let value = match value {
                Arg::Text(t) => FluentValue::String(Cow::Owned(t.clone())),
                Arg::Number(n) => FluentValue::from(*n),
                Arg::Msg(inner) => FluentValue::String(Cow::Owned(self.tr(inner))),
                Arg::Written { ar, fr, en } => {
                    let text = match self.lang {
                        Lang::Ar => ar,
                        Lang::Fr => fr,
                        Lang::En => en,
                    };
                    FluentValue::String(Cow::Owned(text.clone()))
                }
            };
            args.set(*name, value);
        }
        let mut errors = Vec::new();
        self.bundle
            .format_pattern(pattern, Some(&args), &mut errors)
            .into_owned()
    }

    /// A message without arguments.
    pub fn text(&self, id: &'static str) -> String {
        self.tr(&Msg::new(id))
    }

    /// Every message id in this language's file, for completeness tests.
    pub fn ids(&self) -> Vec<String> {
        ids_of(self.lang.source())
    }
}

fn ids_of(source: &str) -> Vec<String> {
    source
        .lines()
        .filter_map(|l| l.split_once(" ="))
        .map(|(id, _)| id)
        .filter(|id| !id.is_empty() && !id.starts_with([' ', '#', '.', '*', '[']))
        .map(str::to_owned)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_has_every_message_and_parses() {
        let english = Translator::new(Lang::En).ids();
        assert!(english.len() > 20);
        for lang in Lang::ALL {
            let source = lang.source().to_owned();
            if let Err((_, errors)) = FluentResource::try_new(source) {
                panic!("{lang}.ftl does not parse: {errors:?}");
            }
            let ids = Translator::new(lang).ids();
            let missing: Vec<_> = english.iter().filter(|id| !ids.contains(id)).collect();
            assert!(missing.is_empty(), "{lang}.ftl lacks {missing:?}");
            let mut sorted = ids.clone();
            sorted.sort();
            sorted.dedup();
            assert_eq!(sorted.len(), ids.len(), "{lang}.ftl has a duplicate id");
        }
    }

    #[test]
    fn translates_with_arguments() {
        let msg = Msg::new("parse-not-a-number").arg("input", "douze");
        assert!(Translator::new(Lang::Fr).tr(&msg).contains("douze"));
        assert!(Translator::new(Lang::Ar).tr(&msg).contains("douze"));
    }

    #[test]
    fn picks_language_from_locale() {
        assert_eq!(
            Lang::from_locale([None, Some("ar_MA.UTF-8".into())]),
            Lang::Ar
        );
        assert_eq!(
            Lang::from_locale([Some(String::new()), Some("en_US".into())]),
            Lang::En
        );
        assert_eq!(Lang::from_locale([Some("C".into())]), Lang::Fr);
    }
}
