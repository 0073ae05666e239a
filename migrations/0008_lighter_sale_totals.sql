-- A sale wrote and synced, besides its own rows, eight running totals for the review
-- (per day and per month for each line, per day for the sale and its payment), two index
-- entries nothing reads and one the X and Z reports can do without: seven more pages, each
-- copied, checksummed and synced, which made a durable sale cost nearly twice the bare
-- transaction (#2 asks at most 1.5 times).
--
-- The running totals now hold the sales up to `report_folded.sale_id`: closing the till
-- folds the sales since the last close into them, in the close's transaction, and the
-- review reads the sales after that (the open session's) from the ledger. The per-day line totals go:
-- the review reads the few days around a period's whole months from the ledger, by day.
-- Released migrations are never edited.

DROP TRIGGER report_lines_add;
DROP TRIGGER report_sales_add;
DROP TRIGGER report_payments_add;
DROP TRIGGER report_void;
DROP TABLE report_lines;

-- sale_lines_shares (producer_id, sale_id, producer_c; 0007) serves every lookup by producer.
DROP INDEX sale_lines_producer;
-- The audit trail is read by id, never by instant.
DROP INDEX audit_at;

-- A session's sales are all made after the last sale before it opened: X and Z reports
-- find them by id from there, rather than by an index every sale wrote into. The opening
-- keeps it, as it keeps the rest of the opening.
ALTER TABLE cash_sessions ADD COLUMN sales_after INTEGER NOT NULL DEFAULT 0;
DROP TRIGGER cash_sessions_closed_stay;
UPDATE cash_sessions SET sales_after = coalesce(
    (SELECT min(s.id) - 1 FROM sales s WHERE s.session_id = cash_sessions.id),
    (SELECT coalesce(max(id), 0) FROM sales));
CREATE TRIGGER cash_sessions_closed_stay BEFORE UPDATE ON cash_sessions
WHEN OLD.closed_at_ms IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'a closed cash session never changes'); END;
CREATE TRIGGER cash_sessions_sales_after_stays BEFORE UPDATE OF sales_after ON cash_sessions
BEGIN SELECT RAISE(ABORT, 'a cash session keeps its opening'); END;
DROP INDEX sales_session;

-- One row: the last sale (by id) that report_months, report_sales and report_payments
-- hold. Until now the triggers kept them up to the last sale.
CREATE TABLE report_folded (
    one     INTEGER PRIMARY KEY CHECK (one = 1),
    sale_id INTEGER NOT NULL
) STRICT;

INSERT INTO report_folded (one, sale_id) SELECT 1, coalesce(max(id), 0) FROM sales;

-- A void of a sale already folded takes it out of the totals, as 0005's trigger did, and
-- leaves its keys at zero. A sale not yet folded is folded as voided.
CREATE TRIGGER report_void AFTER INSERT ON voids
WHEN NEW.sale_id <= (SELECT sale_id FROM report_folded)
BEGIN
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
