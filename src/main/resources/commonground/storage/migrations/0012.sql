-- A check-in being filled in, kept as it is typed, so quitting or leaving the page loses nothing.
-- One row at most: the form of the Cues page. Everything the user wrote or ticked is one JSON text
-- in body, stored sealed (a blob) while the passphrase lock is on, so the CHECK accepts a blob.
-- Deleting the person deletes their unsaved check-in with their other records.
-- It follows the lock's row rules (0010): ids never reused (AUTOINCREMENT), and a random uid and a
-- write counter wc, written by storage alone, that the sealed body is bound to.
-- The SQL does not depend on its number; the lead may renumber it when merging.
CREATE TABLE check_in_draft (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    uuid        TEXT    NOT NULL UNIQUE,
    uid         TEXT    NOT NULL UNIQUE DEFAULT (lower(hex(randomblob(16)))) CHECK (length(uid) = 32),
    wc          INTEGER NOT NULL DEFAULT 0 CHECK (wc >= 0),
    person_id   INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
    body        TEXT    NOT NULL CHECK (typeof(body) = 'blob' OR length(body) <= 120000),
    updated_at  TEXT    NOT NULL
);
