-- Receipts to print and printed. A receipt is printed after its sale is committed; when the
-- printer fails, the job stays here, pending (printed_at_ms IS NULL), until a retry prints
-- it. Unlike the ledger a job changes (attempts, last error, printed), but what it prints
-- (which sale, which copy, when it was asked for) never does, and the sale is never touched.
-- Released migrations are never edited.

CREATE TABLE receipt_jobs (
    id                 INTEGER PRIMARY KEY,
    sale_id            INTEGER NOT NULL REFERENCES sales (id),
    copy               TEXT NOT NULL CHECK (copy IN ('original', 'duplicate')),
    -- The printer as the user wrote it: tcp:192.168.1.50:9100, file:/dev/usb/lp0, ...
    printer            TEXT NOT NULL,
    created_at_ms      INTEGER NOT NULL,
    attempts           INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    last_error         TEXT,
    last_attempt_at_ms INTEGER,
    printed_at_ms      INTEGER
) STRICT;

CREATE INDEX receipt_jobs_sale ON receipt_jobs (sale_id);
CREATE INDEX receipt_jobs_pending ON receipt_jobs (created_at_ms) WHERE printed_at_ms IS NULL;

CREATE TRIGGER receipt_jobs_keep_what BEFORE UPDATE OF sale_id, copy, created_at_ms ON receipt_jobs
BEGIN SELECT RAISE(ABORT, 'a receipt job keeps its sale, copy and creation time'); END;
