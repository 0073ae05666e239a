//! The catalogue's words for its refusals: what each column of an imported file holds, so
//! that "the file lacks the column …" can say it in words. The import reads its files by
//! these names ([`crate::catalog::import`]).

/// The columns a file of products or of producers may have, each with the message
/// saying in words what it holds (`sku`: the product's reference).
pub const COLUMNS: [(&str, &str); 15] = [
    ("sku", "import-col-sku"),
    ("barcode", "import-col-barcode"),
    ("name_ar", "import-col-name-ar"),
    ("name_fr", "import-col-name-fr"),
    ("category", "import-col-category"),
    ("producer_code", "import-col-producer-code"),
    ("unit", "import-col-unit"),
    ("price", "import-col-price"),
    ("stock", "import-col-stock"),
    ("code", "import-col-code"),
    ("name_latin", "import-col-name-latin"),
    ("phone", "import-col-phone"),
    ("workshop", "import-col-workshop"),
    ("association_share_percent", "import-col-share"),
    ("joined", "import-col-joined"),
];

/// What the column `name` holds, in words.
pub fn column_meaning(name: &str) -> &'static str {
    COLUMNS
        .iter()
        .find(|(column, _)| *column == name)
        .map_or("import-col-other", |(_, id)| id)
}
