-- Time only moves forward in the ledger (#14). A PC whose clock went back (a dead battery
-- boots it in the past) must not date a sale inside a month whose statements are issued,
-- nor before the events already recorded. The last event is read from each event table's
-- newest row; the last issued month would need a scan of every statement, so it is kept
-- here, written only when a month is issued.
CREATE TABLE timeline (
    id             INTEGER PRIMARY KEY CHECK (id = 1),
    -- The latest month whose statements are issued, 'YYYY-MM'; NULL before the first.
    issued_through TEXT CHECK (issued_through IS NULL OR issued_through GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]')
) STRICT;

INSERT INTO timeline (id, issued_through)
SELECT 1, max(printf('%04d-%02d', year, month)) FROM statements;

CREATE TRIGGER timeline_no_delete BEFORE DELETE ON timeline
BEGIN SELECT RAISE(ABORT, 'the timeline is never deleted'); END;
CREATE TRIGGER timeline_never_back BEFORE UPDATE ON timeline
WHEN NEW.issued_through IS NULL OR NEW.issued_through < OLD.issued_through
BEGIN SELECT RAISE(ABORT, 'issued months never go back'); END;

-- The PIN lock's wait is counted from the last wrong PIN as recorded, in the PC's boot
-- clock when it is the same boot (setting the date does not move it), so that a clock set
-- forward cannot shorten the wait nor one set back stretch it.
ALTER TABLE users ADD COLUMN last_failed_boot TEXT;
ALTER TABLE users ADD COLUMN last_failed_uptime_ms INTEGER;
