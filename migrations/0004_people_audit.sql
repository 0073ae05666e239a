-- People and the audit trail. PINs are argon2 hashes (PHC strings) in users.pin_hash,
-- which 0001 already has. Wrong PINs in a row are counted so that guessing slows down and
-- locks. The audit trail records who did what sensitive thing, when, and the values before
-- and after; like the ledger it is never edited or deleted. Released migrations are never
-- edited.

ALTER TABLE users ADD COLUMN failed_pins INTEGER NOT NULL DEFAULT 0 CHECK (failed_pins >= 0);
ALTER TABLE users ADD COLUMN last_failed_ms INTEGER;

CREATE TABLE audit (
    id          INTEGER PRIMARY KEY,
    at_ms       INTEGER NOT NULL,
    -- Whose right was used (an administrator who entered her PIN for one action), or for
    -- a failed PIN the person whose PIN was tried. NULL only before anyone exists.
    user_id     INTEGER REFERENCES users (id),
    -- The volunteer at the counter when an administrator approved her action, else NULL.
    operator_id INTEGER REFERENCES users (id),
    action      TEXT NOT NULL,
    subject     TEXT NOT NULL,
    -- JSON objects of the values that changed, NULL when there is nothing before or after.
    before      TEXT,
    after       TEXT
) STRICT;

CREATE INDEX audit_at ON audit (at_ms);

CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
