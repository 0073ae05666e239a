-- The PDF of each issued statement, written once when it is issued (A5 and A4) and never
-- again: what was handed over can be printed again byte for byte, whatever later versions
-- of Souk, its fonts or the shop's settings would draw. Released migrations are never edited.

CREATE TABLE statement_pdfs (
    statement_id INTEGER NOT NULL REFERENCES statements (id),
    paper        TEXT NOT NULL CHECK (paper IN ('a5', 'a4')),
    pdf          BLOB NOT NULL,
    PRIMARY KEY (statement_id, paper)
) STRICT;

CREATE TRIGGER statement_pdfs_no_update BEFORE UPDATE ON statement_pdfs
BEGIN SELECT RAISE(ABORT, 'issued statements are frozen'); END;
CREATE TRIGGER statement_pdfs_no_delete BEFORE DELETE ON statement_pdfs
BEGIN SELECT RAISE(ABORT, 'issued statements are frozen'); END;
