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

-- The reviews' running totals, per local business day, kept by triggers in the same
-- transaction as the ledger rows they add up, so a year's review reads a few tens of
-- thousands of rows rather than every line. Not ledger: derived, and checkable against it
-- (voided sales are taken out when the void is written; refunds count on their own day).
CREATE TABLE report_lines (
    day         TEXT NOT NULL,
    category    TEXT NOT NULL,
    producer_id INTEGER NOT NULL,
    product_id  INTEGER NOT NULL,
    total_c     INTEGER NOT NULL,
    producer_c  INTEGER NOT NULL,
    qty_milli   INTEGER NOT NULL,
    discount_c  INTEGER NOT NULL,
    PRIMARY KEY (day, category, producer_id, product_id)
) STRICT, WITHOUT ROWID;

-- The same by month ('YYYY-MM'): a year's review reads its whole months here.
CREATE TABLE report_months (
    month       TEXT NOT NULL,
    category    TEXT NOT NULL,
    producer_id INTEGER NOT NULL,
    product_id  INTEGER NOT NULL,
    total_c     INTEGER NOT NULL,
    producer_c  INTEGER NOT NULL,
    qty_milli   INTEGER NOT NULL,
    discount_c  INTEGER NOT NULL,
    PRIMARY KEY (month, category, producer_id, product_id)
) STRICT, WITHOUT ROWID;

CREATE TABLE report_sales (
    day     TEXT NOT NULL,
    kind    TEXT NOT NULL,
    count   INTEGER NOT NULL,
    total_c INTEGER NOT NULL,
    PRIMARY KEY (day, kind)
) STRICT, WITHOUT ROWID;

CREATE TABLE report_payments (
    day      TEXT NOT NULL,
    method   TEXT NOT NULL,
    amount_c INTEGER NOT NULL,
    PRIMARY KEY (day, method)
) STRICT, WITHOUT ROWID;

INSERT INTO report_lines
SELECT s.business_day, l.category, l.producer_id, l.product_id, sum(l.total_c), sum(l.producer_c),
       sum(l.qty_milli), sum(l.discount_c)
FROM sale_lines l JOIN sales s ON s.id = l.sale_id
WHERE NOT EXISTS (SELECT 1 FROM voids v WHERE v.sale_id = s.id)
GROUP BY s.business_day, l.category, l.producer_id, l.product_id;

INSERT INTO report_months
SELECT substr(day, 1, 7), category, producer_id, product_id, sum(total_c), sum(producer_c),
       sum(qty_milli), sum(discount_c)
FROM report_lines GROUP BY substr(day, 1, 7), category, producer_id, product_id;

INSERT INTO report_sales
SELECT s.business_day, s.kind, count(*), sum(s.total_c) FROM sales s
WHERE NOT EXISTS (SELECT 1 FROM voids v WHERE v.sale_id = s.id)
GROUP BY s.business_day, s.kind;

INSERT INTO report_payments
SELECT s.business_day, p.method, sum(p.amount_c) FROM payments p JOIN sales s ON s.id = p.sale_id
WHERE NOT EXISTS (SELECT 1 FROM voids v WHERE v.sale_id = s.id)
GROUP BY s.business_day, p.method;

CREATE TRIGGER report_lines_add AFTER INSERT ON sale_lines
BEGIN
    INSERT INTO report_lines (day, category, producer_id, product_id, total_c, producer_c, qty_milli, discount_c)
    SELECT s.business_day, NEW.category, NEW.producer_id, NEW.product_id, NEW.total_c, NEW.producer_c,
           NEW.qty_milli, NEW.discount_c
    FROM sales s WHERE s.id = NEW.sale_id
    ON CONFLICT (day, category, producer_id, product_id) DO UPDATE SET
        total_c = total_c + excluded.total_c, producer_c = producer_c + excluded.producer_c,
        qty_milli = qty_milli + excluded.qty_milli, discount_c = discount_c + excluded.discount_c;
    INSERT INTO report_months (month, category, producer_id, product_id, total_c, producer_c, qty_milli, discount_c)
    SELECT substr(s.business_day, 1, 7), NEW.category, NEW.producer_id, NEW.product_id, NEW.total_c,
           NEW.producer_c, NEW.qty_milli, NEW.discount_c
    FROM sales s WHERE s.id = NEW.sale_id
    ON CONFLICT (month, category, producer_id, product_id) DO UPDATE SET
        total_c = total_c + excluded.total_c, producer_c = producer_c + excluded.producer_c,
        qty_milli = qty_milli + excluded.qty_milli, discount_c = discount_c + excluded.discount_c;
END;

CREATE TRIGGER report_sales_add AFTER INSERT ON sales
BEGIN
    INSERT INTO report_sales (day, kind, count, total_c) VALUES (NEW.business_day, NEW.kind, 1, NEW.total_c)
    ON CONFLICT (day, kind) DO UPDATE SET count = count + 1, total_c = total_c + excluded.total_c;
END;

CREATE TRIGGER report_payments_add AFTER INSERT ON payments
BEGIN
    INSERT INTO report_payments (day, method, amount_c)
    SELECT s.business_day, NEW.method, NEW.amount_c FROM sales s WHERE s.id = NEW.sale_id
    ON CONFLICT (day, method) DO UPDATE SET amount_c = amount_c + excluded.amount_c;
END;

CREATE TRIGGER report_void AFTER INSERT ON voids
BEGIN
    INSERT INTO report_lines (day, category, producer_id, product_id, total_c, producer_c, qty_milli, discount_c)
    SELECT s.business_day, l.category, l.producer_id, l.product_id, -l.total_c, -l.producer_c,
           -l.qty_milli, -l.discount_c
    FROM sale_lines l JOIN sales s ON s.id = l.sale_id WHERE l.sale_id = NEW.sale_id
    ON CONFLICT (day, category, producer_id, product_id) DO UPDATE SET
        total_c = total_c + excluded.total_c, producer_c = producer_c + excluded.producer_c,
        qty_milli = qty_milli + excluded.qty_milli, discount_c = discount_c + excluded.discount_c;
    INSERT INTO report_months (month, category, producer_id, product_id, total_c, producer_c, qty_milli, discount_c)
    SELECT substr(s.business_day, 1, 7), l.category, l.producer_id, l.product_id, -l.total_c,
           -l.producer_c, -l.qty_milli, -l.discount_c
    FROM sale_lines l JOIN sales s ON s.id = l.sale_id WHERE l.sale_id = NEW.sale_id
    ON CONFLICT (month, category, producer_id, product_id) DO UPDATE SET
        total_c = total_c + excluded.total_c, producer_c = producer_c + excluded.producer_c,
        qty_milli = qty_milli + excluded.qty_milli, discount_c = discount_c + excluded.discount_c;
    INSERT INTO report_sales (day, kind, count, total_c)
    SELECT s.business_day, s.kind, -1, -s.total_c FROM sales s WHERE s.id = NEW.sale_id
    ON CONFLICT (day, kind) DO UPDATE SET count = count + excluded.count, total_c = total_c + excluded.total_c;
    INSERT INTO report_payments (day, method, amount_c)
    SELECT s.business_day, p.method, -p.amount_c FROM payments p JOIN sales s ON s.id = p.sale_id
    WHERE p.sale_id = NEW.sale_id
    ON CONFLICT (day, method) DO UPDATE SET amount_c = amount_c + excluded.amount_c;
END;
