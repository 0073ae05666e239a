-- Souk's first schema. Money in centimes (_c), quantities in thousandths of a piece or a
-- kilogram (_milli), rates in basis points (_bp), instants in UTC milliseconds (_ms),
-- business days as local 'YYYY-MM-DD'. Released migrations are never edited.

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;

-- The association's share when a producer has none of her own: 10 %.
INSERT INTO settings (key, value) VALUES ('default_share_rate_bp', '1000');

CREATE TABLE categories (
    code     TEXT PRIMARY KEY,
    name_ar  TEXT NOT NULL,
    name_fr  TEXT NOT NULL,
    name_en  TEXT NOT NULL,
    position INTEGER NOT NULL
) STRICT;

INSERT INTO categories (code, name_ar, name_fr, name_en, position) VALUES
    ('pastries',   'حلويات',         'Pâtisserie', 'Pastries',   1),
    ('cooking',    'طبخ',            'Cuisine',    'Cooking',    2),
    ('sewing',     'خياطة',          'Couture',    'Sewing',     3),
    ('embroidery', 'طرز',            'Broderie',   'Embroidery', 4),
    ('crafts',     'صناعة تقليدية', 'Artisanat',  'Crafts',     5),
    ('decor',      'ديكور',          'Décoration', 'Decor',      6);

CREATE TABLE producers (
    id            INTEGER PRIMARY KEY,
    code          TEXT NOT NULL UNIQUE COLLATE NOCASE,
    name_ar       TEXT NOT NULL,
    name_latin    TEXT NOT NULL,
    phone         TEXT,
    workshop      TEXT REFERENCES categories (code),
    -- NULL: the shop's default rate applies.
    share_rate_bp INTEGER CHECK (share_rate_bp BETWEEN 0 AND 10000),
    joined        TEXT,
    active        INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
) STRICT;

CREATE TABLE products (
    id            INTEGER PRIMARY KEY,
    sku           TEXT NOT NULL UNIQUE COLLATE NOCASE,
    barcode       TEXT UNIQUE CHECK (barcode IS NULL OR length(barcode) = 13),
    name_ar       TEXT NOT NULL,
    name_fr       TEXT NOT NULL,
    category      TEXT NOT NULL REFERENCES categories (code),
    producer_id   INTEGER NOT NULL REFERENCES producers (id),
    unit          TEXT NOT NULL CHECK (unit IN ('piece', 'kg')),
    price_c       INTEGER NOT NULL CHECK (price_c >= 0),
    stock_tracked INTEGER NOT NULL CHECK (stock_tracked IN (0, 1)),
    -- Kept equal to the sum of the product's stock_moves, in the same transaction.
    stock_milli   INTEGER NOT NULL DEFAULT 0,
    active        INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
) STRICT;

CREATE INDEX products_producer ON products (producer_id);

CREATE TABLE users (
    id       INTEGER PRIMARY KEY,
    name     TEXT NOT NULL UNIQUE COLLATE NOCASE,
    role     TEXT NOT NULL CHECK (role IN ('volunteer', 'admin')),
    pin_hash TEXT,
    active   INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
) STRICT;

CREATE TABLE sales (
    id           INTEGER PRIMARY KEY,
    year         INTEGER NOT NULL,
    seq          INTEGER NOT NULL CHECK (seq > 0),
    number       TEXT NOT NULL UNIQUE,
    sold_at_ms   INTEGER NOT NULL,
    business_day TEXT NOT NULL,
    cashier_id   INTEGER NOT NULL REFERENCES users (id),
    kind         TEXT NOT NULL CHECK (kind IN ('sale', 'refund')),
    refund_of    INTEGER REFERENCES sales (id),
    reason       TEXT,
    total_c      INTEGER NOT NULL,
    UNIQUE (year, seq),
    CHECK ((kind = 'refund') = (refund_of IS NOT NULL))
) STRICT;

CREATE INDEX sales_day ON sales (business_day);
CREATE INDEX sales_refund_of ON sales (refund_of) WHERE refund_of IS NOT NULL;

CREATE TABLE sale_lines (
    id             INTEGER PRIMARY KEY,
    sale_id        INTEGER NOT NULL REFERENCES sales (id),
    line_no        INTEGER NOT NULL CHECK (line_no > 0),
    product_id     INTEGER NOT NULL REFERENCES products (id),
    sku            TEXT NOT NULL,
    name_ar        TEXT NOT NULL,
    name_fr        TEXT NOT NULL,
    category       TEXT NOT NULL,
    producer_id    INTEGER NOT NULL REFERENCES producers (id),
    unit           TEXT NOT NULL CHECK (unit IN ('piece', 'kg')),
    unit_price_c   INTEGER NOT NULL CHECK (unit_price_c >= 0),
    qty_milli      INTEGER NOT NULL CHECK (qty_milli <> 0),
    discount_c     INTEGER NOT NULL DEFAULT 0,
    total_c        INTEGER NOT NULL,
    share_rate_bp  INTEGER NOT NULL CHECK (share_rate_bp BETWEEN 0 AND 10000),
    association_c  INTEGER NOT NULL,
    producer_c     INTEGER NOT NULL,
    refund_of_line INTEGER REFERENCES sale_lines (id),
    UNIQUE (sale_id, line_no),
    CHECK (association_c + producer_c = total_c)
) STRICT;

CREATE INDEX sale_lines_producer ON sale_lines (producer_id);
CREATE INDEX sale_lines_refund_of ON sale_lines (refund_of_line) WHERE refund_of_line IS NOT NULL;

CREATE TABLE payments (
    id         INTEGER PRIMARY KEY,
    sale_id    INTEGER NOT NULL REFERENCES sales (id),
    method     TEXT NOT NULL CHECK (method IN ('cash', 'card', 'transfer')),
    -- What this payment contributes to the sale's total (negative for a refund).
    amount_c   INTEGER NOT NULL,
    -- Cash only: what the customer handed over, and what was given back.
    tendered_c INTEGER,
    change_c   INTEGER NOT NULL DEFAULT 0 CHECK (change_c >= 0)
) STRICT;

CREATE INDEX payments_sale ON payments (sale_id);

CREATE TABLE voids (
    sale_id      INTEGER PRIMARY KEY REFERENCES sales (id),
    voided_at_ms INTEGER NOT NULL,
    business_day TEXT NOT NULL,
    user_id      INTEGER NOT NULL REFERENCES users (id),
    reason       TEXT NOT NULL CHECK (length(trim(reason)) > 0)
) STRICT;

CREATE TABLE stock_moves (
    id           INTEGER PRIMARY KEY,
    product_id   INTEGER NOT NULL REFERENCES products (id),
    at_ms        INTEGER NOT NULL,
    kind         TEXT NOT NULL CHECK (kind IN ('count', 'intake', 'return', 'sale', 'refund', 'void', 'adjust')),
    qty_milli    INTEGER NOT NULL,
    sale_line_id INTEGER REFERENCES sale_lines (id),
    note         TEXT
) STRICT;

CREATE INDEX stock_moves_product ON stock_moves (product_id);

-- The ledger is append-only: a mistake is corrected by a void or a refund, never an edit.
CREATE TRIGGER sales_no_update BEFORE UPDATE ON sales
BEGIN SELECT RAISE(ABORT, 'sales are append-only'); END;
CREATE TRIGGER sales_no_delete BEFORE DELETE ON sales
BEGIN SELECT RAISE(ABORT, 'sales are append-only'); END;
CREATE TRIGGER sale_lines_no_update BEFORE UPDATE ON sale_lines
BEGIN SELECT RAISE(ABORT, 'sale lines are append-only'); END;
CREATE TRIGGER sale_lines_no_delete BEFORE DELETE ON sale_lines
BEGIN SELECT RAISE(ABORT, 'sale lines are append-only'); END;
CREATE TRIGGER payments_no_update BEFORE UPDATE ON payments
BEGIN SELECT RAISE(ABORT, 'payments are append-only'); END;
CREATE TRIGGER payments_no_delete BEFORE DELETE ON payments
BEGIN SELECT RAISE(ABORT, 'payments are append-only'); END;
CREATE TRIGGER voids_no_update BEFORE UPDATE ON voids
BEGIN SELECT RAISE(ABORT, 'voids are append-only'); END;
CREATE TRIGGER voids_no_delete BEFORE DELETE ON voids
BEGIN SELECT RAISE(ABORT, 'voids are append-only'); END;
CREATE TRIGGER stock_moves_no_update BEFORE UPDATE ON stock_moves
BEGIN SELECT RAISE(ABORT, 'stock movements are append-only'); END;
CREATE TRIGGER stock_moves_no_delete BEFORE DELETE ON stock_moves
BEGIN SELECT RAISE(ABORT, 'stock movements are append-only'); END;
