-- Issue 15, "Trust in the first hour": how a step of going first landed may be left unsaid when the
-- step is kept (taken today, the answer not known yet); "How did it go?" asks for it later. SQLite
-- cannot loosen a column's check, so the table is built again with `landed` allowed to be NULL; every
-- row keeps its id, uuid, uid and wc (sealed values stay bound to them), and the id sequence is carried
-- over so no id is used twice. The sync triggers are added again by the sync engine (ChangeTriggers).
-- Self-contained: the lead may renumber it when several branches land.

CREATE TABLE disclosure_step_taken_new (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    uid         TEXT    NOT NULL UNIQUE DEFAULT (lower(hex(randomblob(16)))) CHECK (length(uid) = 32),
    wc          INTEGER NOT NULL DEFAULT 0 CHECK (wc >= 0),
    uuid        TEXT    NOT NULL UNIQUE,
    person_id   INTEGER NOT NULL REFERENCES person(id),
    taken_on    TEXT    NOT NULL CHECK (date(taken_on) IS taken_on),
    rung        INTEGER NOT NULL CHECK (rung BETWEEN 1 AND 9),
    what        TEXT    NOT NULL CHECK (typeof(what) = 'blob' OR length(trim(what)) BETWEEN 1 AND 500),
    landed      TEXT    CHECK (landed IS NULL OR landed IN ('WARMLY', 'NEUTRAL', 'CLOSED_UP')),
    note        TEXT    NOT NULL DEFAULT '' CHECK (typeof(note) = 'blob' OR length(note) <= 2000),
    created_at  TEXT    NOT NULL
);
INSERT INTO disclosure_step_taken_new (id, uid, wc, uuid, person_id, taken_on, rung, what, landed, note, created_at)
    SELECT id, uid, wc, uuid, person_id, taken_on, rung, what, landed, note, created_at FROM disclosure_step_taken;
DELETE FROM sqlite_sequence WHERE name = 'disclosure_step_taken_new';
INSERT INTO sqlite_sequence (name, seq)
    SELECT 'disclosure_step_taken_new', seq FROM sqlite_sequence WHERE name = 'disclosure_step_taken';
DROP TABLE disclosure_step_taken;
ALTER TABLE disclosure_step_taken_new RENAME TO disclosure_step_taken;
CREATE INDEX disclosure_step_taken_by_person ON disclosure_step_taken (person_id, taken_on);
