-- A check-in being filled in, kept as it is typed, so quitting or leaving the page loses nothing.
-- One row at most: the form of the Cues page. Everything the user wrote or ticked is one JSON text
-- in body, stored sealed (a blob) while the passphrase lock is on, so the CHECK accepts a blob.
-- Deleting the person deletes their unsaved check-in with their other records.
-- On branch trust-a this is 0010; the lead renumbers it if another branch lands first. The SQL does
-- not depend on its number.
CREATE TABLE check_in_draft (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT    NOT NULL UNIQUE,
    person_id   INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
    body        TEXT    NOT NULL CHECK (typeof(body) = 'blob' OR length(body) <= 120000),
    updated_at  TEXT    NOT NULL
);
