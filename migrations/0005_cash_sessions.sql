-- Cash sessions: the till from the counted float to the counted close. Money in centimes
-- (_c), instants in UTC milliseconds (_ms), days as local 'YYYY-MM-DD'.
-- A session is written twice: opened, then closed once. A closed session never changes,
-- and the opening itself never changes. Movements and counts are append-only.
-- Released migrations are never edited.

CREATE TABLE cash_sessions (
    id           INTEGER PRIMARY KEY,
    opened_at_ms INTEGER NOT NULL,
    opened_day   TEXT NOT NULL,
    opened_by    INTEGER NOT NULL REFERENCES users (id),
    float_c      INTEGER NOT NULL CHECK (float_c >= 0),
    closed_at_ms INTEGER,
    closed_by    INTEGER REFERENCES users (id),
    counted_c    INTEGER CHECK (counted_c >= 0),
    expected_c   INTEGER,
    difference_c INTEGER,
    -- Closed all at once, with the difference the count makes.
    CHECK ((closed_at_ms IS NULL) = (closed_by IS NULL)
       AND (closed_at_ms IS NULL) = (counted_c IS NULL)
       AND (closed_at_ms IS NULL) = (expected_c IS NULL)
       AND (closed_at_ms IS NULL) = (difference_c IS NULL)),
    CHECK (closed_at_ms IS NULL OR difference_c = counted_c - expected_c)
) STRICT;

-- At most one session is open at a time: the drawer is one.
CREATE UNIQUE INDEX cash_sessions_one_open ON cash_sessions (closed_at_ms IS NULL)
    WHERE closed_at_ms IS NULL;

CREATE TRIGGER cash_sessions_no_delete BEFORE DELETE ON cash_sessions
BEGIN SELECT RAISE(ABORT, 'cash sessions are never deleted'); END;
CREATE TRIGGER cash_sessions_closed_stay BEFORE UPDATE ON cash_sessions
WHEN OLD.closed_at_ms IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'a closed cash session never changes'); END;
CREATE TRIGGER cash_sessions_opening_stays
BEFORE UPDATE OF id, opened_at_ms, opened_day, opened_by, float_c ON cash_sessions
BEGIN SELECT RAISE(ABORT, 'a cash session keeps its opening'); END;

-- The closing count, by denomination (coins 0.10 to 10 DH, notes 20 to 200 DH). Absent when
-- the close gave only a total.
CREATE TABLE cash_counts (
    session_id     INTEGER NOT NULL REFERENCES cash_sessions (id),
    denomination_c INTEGER NOT NULL
        CHECK (denomination_c IN (10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000, 20000)),
    pieces         INTEGER NOT NULL CHECK (pieces >= 0),
    PRIMARY KEY (session_id, denomination_c)
) STRICT;

-- Money in or out of the drawer that is no sale: a pay-in (more change), a pay-out (paper
-- rolls, a producer's cash payout), and drawer openings without any money (amount 0).
CREATE TABLE cash_movements (
    id         INTEGER PRIMARY KEY,
    session_id INTEGER NOT NULL REFERENCES cash_sessions (id),
    at_ms      INTEGER NOT NULL,
    kind       TEXT NOT NULL CHECK (kind IN ('pay_in', 'pay_out', 'drawer')),
    amount_c   INTEGER NOT NULL CHECK ((kind = 'drawer' AND amount_c = 0) OR (kind <> 'drawer' AND amount_c > 0)),
    reason     TEXT NOT NULL CHECK (length(trim(reason)) > 0),
    user_id    INTEGER NOT NULL REFERENCES users (id),
    -- A producer's payout handed over from the drawer.
    payout_id  INTEGER UNIQUE REFERENCES payouts (id)
) STRICT;

CREATE INDEX cash_movements_session ON cash_movements (session_id);

CREATE TRIGGER cash_counts_no_update BEFORE UPDATE ON cash_counts
BEGIN SELECT RAISE(ABORT, 'cash counts are append-only'); END;
CREATE TRIGGER cash_counts_no_delete BEFORE DELETE ON cash_counts
BEGIN SELECT RAISE(ABORT, 'cash counts are append-only'); END;
CREATE TRIGGER cash_movements_no_update BEFORE UPDATE ON cash_movements
BEGIN SELECT RAISE(ABORT, 'cash movements are append-only'); END;
CREATE TRIGGER cash_movements_no_delete BEFORE DELETE ON cash_movements
BEGIN SELECT RAISE(ABORT, 'cash movements are append-only'); END;

-- Every sale and refund from now on belongs to the session open when it was made. Sales made
-- before sessions existed keep NULL.
ALTER TABLE sales ADD COLUMN session_id INTEGER REFERENCES cash_sessions (id);

CREATE INDEX sales_session ON sales (session_id) WHERE session_id IS NOT NULL;

-- Reports read a period's lines by day: the day and the sale id together, and each line's
-- figures without a visit to the table.
CREATE INDEX sales_day_id ON sales (business_day, id, kind);
CREATE INDEX sale_lines_report ON sale_lines (sale_id, category, producer_id, product_id, total_c, producer_c, discount_c);
