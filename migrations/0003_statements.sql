-- Producers' monthly statements and the payouts made to them. Money in centimes (_c),
-- instants in UTC milliseconds (_ms), days as local 'YYYY-MM-DD'. A payout and an issued
-- statement are never edited or deleted: a statement handed over stays what it said, with
-- a copy of its lines, its payouts and the producer's names as they were when issued.
-- Released migrations are never edited.

CREATE TABLE payouts (
    id          INTEGER PRIMARY KEY,
    producer_id INTEGER NOT NULL REFERENCES producers (id),
    day         TEXT NOT NULL,
    at_ms       INTEGER NOT NULL,
    amount_c    INTEGER NOT NULL CHECK (amount_c > 0),
    method      TEXT NOT NULL CHECK (method IN ('cash', 'transfer')),
    paid_by     INTEGER NOT NULL REFERENCES users (id),
    note        TEXT,
    -- 1: paid beyond her balance on purpose, as an advance on sales to come.
    advance     INTEGER NOT NULL DEFAULT 0 CHECK (advance IN (0, 1))
) STRICT;

CREATE INDEX payouts_producer ON payouts (producer_id, day);

CREATE TABLE statements (
    id                  INTEGER PRIMARY KEY,
    producer_id         INTEGER NOT NULL REFERENCES producers (id),
    year                INTEGER NOT NULL,
    month               INTEGER NOT NULL CHECK (month BETWEEN 1 AND 12),
    -- R-YYYY-MM-NNN, numbered within the month by producer code.
    number              TEXT NOT NULL UNIQUE,
    issued_at_ms        INTEGER NOT NULL,
    issued_by           INTEGER NOT NULL REFERENCES users (id),
    producer_code       TEXT NOT NULL,
    producer_name_ar    TEXT NOT NULL,
    producer_name_latin TEXT NOT NULL,
    opening_c           INTEGER NOT NULL,
    gross_c             INTEGER NOT NULL,
    association_c       INTEGER NOT NULL,
    net_c               INTEGER NOT NULL,
    payouts_c           INTEGER NOT NULL,
    closing_c           INTEGER NOT NULL,
    UNIQUE (producer_id, year, month),
    CHECK (association_c + net_c = gross_c),
    CHECK (opening_c + net_c - payouts_c = closing_c)
) STRICT;

CREATE TABLE statement_lines (
    id            INTEGER PRIMARY KEY,
    statement_id  INTEGER NOT NULL REFERENCES statements (id),
    line_no       INTEGER NOT NULL CHECK (line_no > 0),
    day           TEXT NOT NULL,
    sale_number   TEXT NOT NULL,
    kind          TEXT NOT NULL CHECK (kind IN ('sale', 'refund')),
    sku           TEXT NOT NULL,
    name_fr       TEXT NOT NULL,
    name_ar       TEXT NOT NULL,
    unit          TEXT NOT NULL CHECK (unit IN ('piece', 'kg')),
    qty_milli     INTEGER NOT NULL,
    total_c       INTEGER NOT NULL,
    association_c INTEGER NOT NULL,
    producer_c    INTEGER NOT NULL,
    UNIQUE (statement_id, line_no),
    CHECK (association_c + producer_c = total_c)
) STRICT;

CREATE TABLE statement_payouts (
    statement_id INTEGER NOT NULL REFERENCES statements (id),
    payout_id    INTEGER NOT NULL REFERENCES payouts (id),
    PRIMARY KEY (statement_id, payout_id)
) STRICT;

CREATE TRIGGER payouts_no_update BEFORE UPDATE ON payouts
BEGIN SELECT RAISE(ABORT, 'payouts are append-only'); END;
CREATE TRIGGER payouts_no_delete BEFORE DELETE ON payouts
BEGIN SELECT RAISE(ABORT, 'payouts are append-only'); END;
CREATE TRIGGER statements_no_update BEFORE UPDATE ON statements
BEGIN SELECT RAISE(ABORT, 'issued statements are frozen'); END;
CREATE TRIGGER statements_no_delete BEFORE DELETE ON statements
BEGIN SELECT RAISE(ABORT, 'issued statements are frozen'); END;
CREATE TRIGGER statement_lines_no_update BEFORE UPDATE ON statement_lines
BEGIN SELECT RAISE(ABORT, 'issued statements are frozen'); END;
CREATE TRIGGER statement_lines_no_delete BEFORE DELETE ON statement_lines
BEGIN SELECT RAISE(ABORT, 'issued statements are frozen'); END;
CREATE TRIGGER statement_payouts_no_update BEFORE UPDATE ON statement_payouts
BEGIN SELECT RAISE(ABORT, 'issued statements are frozen'); END;
CREATE TRIGGER statement_payouts_no_delete BEFORE DELETE ON statement_payouts
BEGIN SELECT RAISE(ABORT, 'issued statements are frozen'); END;
