-- The long game (issue #19, second half): going first in small steps, and who knows what.
-- Self-contained: the lead may renumber it when several branches land.

-- A step of the user's own on a person's ladder of self-disclosures, at a rung (1 very small .. 5).
-- The suggested steps are content; only the user's own live here. The text is sealed under the lock.
CREATE TABLE disclosure_own_step (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    uid         TEXT    NOT NULL UNIQUE DEFAULT (lower(hex(randomblob(16)))) CHECK (length(uid) = 32),
    wc          INTEGER NOT NULL DEFAULT 0 CHECK (wc >= 0),
    uuid        TEXT    NOT NULL UNIQUE,
    person_id   INTEGER NOT NULL REFERENCES person(id),
    rung        INTEGER NOT NULL CHECK (rung BETWEEN 1 AND 9),
    text        TEXT    NOT NULL CHECK (typeof(text) = 'blob' OR length(trim(text)) BETWEEN 1 AND 300),
    created_at  TEXT    NOT NULL
);

CREATE INDEX disclosure_own_step_by_person ON disclosure_own_step (person_id, rung);

-- A step taken: what the user shared (in their words), on which rung, and how it landed.
CREATE TABLE disclosure_step_taken (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    uid         TEXT    NOT NULL UNIQUE DEFAULT (lower(hex(randomblob(16)))) CHECK (length(uid) = 32),
    wc          INTEGER NOT NULL DEFAULT 0 CHECK (wc >= 0),
    uuid        TEXT    NOT NULL UNIQUE,
    person_id   INTEGER NOT NULL REFERENCES person(id),
    taken_on    TEXT    NOT NULL CHECK (date(taken_on) IS taken_on),
    rung        INTEGER NOT NULL CHECK (rung BETWEEN 1 AND 9),
    what        TEXT    NOT NULL CHECK (typeof(what) = 'blob' OR length(trim(what)) BETWEEN 1 AND 500),
    landed      TEXT    NOT NULL CHECK (landed IN ('WARMLY', 'NEUTRAL', 'CLOSED_UP')),
    note        TEXT    NOT NULL DEFAULT '' CHECK (typeof(note) = 'blob' OR length(note) <= 2000),
    created_at  TEXT    NOT NULL
);

CREATE INDEX disclosure_step_taken_by_person ON disclosure_step_taken (person_id, taken_on);

-- Hard news (such as a parent's illness): one situation, optionally about someone under People and
-- opened from a walk-through (scenario_id), with what the person at the centre asked to keep private.
CREATE TABLE news_situation (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    uid         TEXT    NOT NULL UNIQUE DEFAULT (lower(hex(randomblob(16)))) CHECK (length(uid) = 32),
    wc          INTEGER NOT NULL DEFAULT 0 CHECK (wc >= 0),
    uuid          TEXT    NOT NULL UNIQUE,
    scenario_id   TEXT    CHECK (scenario_id IS NULL OR length(scenario_id) BETWEEN 1 AND 80),
    person_id     INTEGER REFERENCES person(id),
    title         TEXT    NOT NULL CHECK (typeof(title) = 'blob' OR length(trim(title)) BETWEEN 1 AND 200),
    keep_private  TEXT    NOT NULL DEFAULT '' CHECK (typeof(keep_private) = 'blob' OR length(keep_private) <= 5000),
    created_at    TEXT    NOT NULL,
    updated_at    TEXT    NOT NULL
);

-- Who has been told (told_on set) or still needs to hear it (told_on NULL): what they know and who told them.
CREATE TABLE news_told (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    uid         TEXT    NOT NULL UNIQUE DEFAULT (lower(hex(randomblob(16)))) CHECK (length(uid) = 32),
    wc          INTEGER NOT NULL DEFAULT 0 CHECK (wc >= 0),
    uuid          TEXT    NOT NULL UNIQUE,
    situation_id  INTEGER NOT NULL REFERENCES news_situation(id) ON DELETE CASCADE,
    name          TEXT    NOT NULL CHECK (typeof(name) = 'blob' OR length(trim(name)) BETWEEN 1 AND 100),
    knows         TEXT    NOT NULL DEFAULT '' CHECK (typeof(knows) = 'blob' OR length(knows) <= 2000),
    told_by       TEXT    NOT NULL DEFAULT '' CHECK (typeof(told_by) = 'blob' OR length(told_by) <= 100),
    told_on       TEXT    CHECK (told_on IS NULL OR date(told_on) IS told_on),
    created_at    TEXT    NOT NULL,
    updated_at    TEXT    NOT NULL
);

CREATE INDEX news_told_by_situation ON news_told (situation_id);
