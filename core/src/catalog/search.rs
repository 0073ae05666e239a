//! Finding products as a volunteer types: by name in Arabic or French, or by sku, ignoring
//! case, accents, Arabic diacritics and the forms of hamza, so `chebakia`, `Chébakia`,
//! `شباكيه` and `شبّاكية` all find the same pastry. The folding itself is
//! [`crate::text::fold`], shared with the users' look-alike check.

use super::Product;

pub use crate::text::fold;

/// The catalogue prepared for searching as-you-type: each product's folded names and sku.
#[derive(Debug, Clone, Default)]
pub struct SearchIndex {
    keys: Vec<String>,
}

impl SearchIndex {
    pub fn new(products: &[Product]) -> SearchIndex {
        let keys = products
            .iter()
            .map(|p| fold(&format!("{}\u{1f}{}\u{1f}{}", p.sku, p.name_fr, p.name_ar)))
            .collect();
        SearchIndex { keys }
    }

    /// Positions (in the slice the index was built from) of the products whose names or sku
    /// contain every word of the query, in catalogue order, at most `limit` of them.
    pub fn find(&self, query: &str, limit: usize) -> Vec<usize> {
        self.matches(query).take(limit).collect()
    }

    /// The same, lazily: a caller that needs the first few stops scanning there.
    pub fn matches(&self, query: &str) -> impl Iterator<Item = usize> + '_ {
        let words: Vec<String> = fold(query).split_whitespace().map(str::to_owned).collect();
        self.keys
            .iter()
            .enumerate()
            .filter(move |(_, key)| {
                !words.is_empty() && words.iter().all(|w| key.contains(w.as_str()))
            })
            .map(|(i, _)| i)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_case_accents_diacritics_and_hamza() {
        assert_eq!(fold("Chébakia"), "chebakia");
        assert_eq!(fold("Crêpes BAGHRIR"), "crepes baghrir");
        assert_eq!(fold("شبّاكية"), fold("شباكيه"));
        assert_eq!(fold("أتاي"), fold("اتاي"));
        assert_eq!(fold("إناء"), fold("اناء"));
        assert_eq!(fold("ـكعـب"), "كعب");
        assert_eq!(fold("١٢"), "12");
    }
}
