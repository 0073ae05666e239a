-- Intake and returns: what producers bring to the shop and what goes back to them. Each
-- deposit is a numbered paper she signs; its lines point at the stock movements that carry
-- the quantities, so stock still moves only by `stock_moves`. Append-only like the ledger:
-- a mistake is corrected by a new deposit of kind 'correction' pointing at the wrong one.

CREATE TABLE deposits (
    id           INTEGER PRIMARY KEY,
    kind         TEXT NOT NULL CHECK (kind IN ('intake', 'return', 'correction')),
    year         INTEGER NOT NULL,
    seq          INTEGER NOT NULL CHECK (seq > 0),
    number       TEXT NOT NULL UNIQUE,
    producer_id  INTEGER NOT NULL REFERENCES producers (id),
    at_ms        INTEGER NOT NULL,
    business_day TEXT NOT NULL,
    -- Who took the items in or handed them back.
    user_id      INTEGER NOT NULL REFERENCES users (id),
    corrects     INTEGER REFERENCES deposits (id),
    note         TEXT,
    UNIQUE (kind, year, seq),
    CHECK ((kind = 'correction') = (corrects IS NOT NULL))
) STRICT;

CREATE INDEX deposits_producer ON deposits (producer_id);

CREATE TABLE deposit_lines (
    id            INTEGER PRIMARY KEY,
    deposit_id    INTEGER NOT NULL REFERENCES deposits (id),
    line_no       INTEGER NOT NULL CHECK (line_no > 0),
    product_id    INTEGER NOT NULL REFERENCES products (id),
    -- Signed as the stock moved: positive in, negative out.
    qty_milli     INTEGER NOT NULL CHECK (qty_milli <> 0),
    -- The price when the items came in or went back (what their tags said).
    price_c       INTEGER NOT NULL CHECK (price_c >= 0),
    stock_move_id INTEGER NOT NULL UNIQUE REFERENCES stock_moves (id),
    -- The product was created by this deposit.
    created       INTEGER NOT NULL DEFAULT 0 CHECK (created IN (0, 1)),
    UNIQUE (deposit_id, line_no)
) STRICT;

CREATE INDEX deposit_lines_product ON deposit_lines (product_id);

CREATE TRIGGER deposits_no_update BEFORE UPDATE ON deposits
BEGIN SELECT RAISE(ABORT, 'deposits are append-only'); END;
CREATE TRIGGER deposits_no_delete BEFORE DELETE ON deposits
BEGIN SELECT RAISE(ABORT, 'deposits are append-only'); END;
CREATE TRIGGER deposit_lines_no_update BEFORE UPDATE ON deposit_lines
BEGIN SELECT RAISE(ABORT, 'deposit lines are append-only'); END;
CREATE TRIGGER deposit_lines_no_delete BEFORE DELETE ON deposit_lines
BEGIN SELECT RAISE(ABORT, 'deposit lines are append-only'); END;

-- Product photos, scaled down to small PNGs: shown on the counter's buttons and in the
-- catalogue. Not a ledger: a photo may be replaced or removed.
CREATE TABLE product_photos (
    product_id    INTEGER PRIMARY KEY REFERENCES products (id),
    png           BLOB NOT NULL,
    updated_at_ms INTEGER NOT NULL
) STRICT;
