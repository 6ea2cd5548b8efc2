-- The long game (issue #19, first half): dates to come back to something, good moments, the
-- reminder settings, and which gentle offers were already made.
-- Self-contained: the lead may renumber it when several branches land. It comes after the lock's
-- hardening (issue 22), so its tables with sealed columns follow that rule: ids never used twice
-- (AUTOINCREMENT), and each row has a random `uid` and a write counter `wc` that storage alone writes.

-- A date to come back to a walk-through's plan, a check-in or (later) a practice session. The item
-- is named by its kind and its uuid, so an export and import keeps it right. Once revisited, the
-- row stays, with the user's answer to "How did it go?" (sealed when the lock is on).
CREATE TABLE come_back (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    uuid          TEXT    NOT NULL UNIQUE,
    uid           TEXT    NOT NULL UNIQUE DEFAULT (lower(hex(randomblob(16)))) CHECK (length(uid) = 32),
    wc            INTEGER NOT NULL DEFAULT 0 CHECK (wc >= 0),
    kind          TEXT    NOT NULL CHECK (length(kind) BETWEEN 1 AND 40),
    item_uuid     TEXT    NOT NULL CHECK (length(item_uuid) BETWEEN 1 AND 100),
    person_id     INTEGER REFERENCES person(id),
    due_on        TEXT    NOT NULL CHECK (date(due_on) IS due_on),
    answer        TEXT    NOT NULL DEFAULT '' CHECK (typeof(answer) = 'blob' OR length(answer) <= 5000),
    created_at    TEXT    NOT NULL,
    updated_at    TEXT    NOT NULL,
    revisited_at  TEXT,
    reminded_on   TEXT    CHECK (reminded_on IS NULL OR date(reminded_on) IS reminded_on)
);

-- At most one date still open per item.
CREATE UNIQUE INDEX come_back_open ON come_back (kind, item_uuid) WHERE revisited_at IS NULL;
CREATE INDEX come_back_by_due ON come_back (revisited_at, due_on);

-- A good moment with someone: what happened, an optional activity, and what made it easy.
CREATE TABLE good_moment (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    uuid          TEXT    NOT NULL UNIQUE,
    uid           TEXT    NOT NULL UNIQUE DEFAULT (lower(hex(randomblob(16)))) CHECK (length(uid) = 32),
    wc            INTEGER NOT NULL DEFAULT 0 CHECK (wc >= 0),
    person_id     INTEGER NOT NULL REFERENCES person(id),
    happened_on   TEXT    NOT NULL CHECK (date(happened_on) IS happened_on),
    what          TEXT    NOT NULL CHECK (typeof(what) = 'blob' OR length(trim(what)) BETWEEN 1 AND 5000),
    activity      TEXT    NOT NULL DEFAULT '' CHECK (typeof(activity) = 'blob' OR length(activity) <= 60),
    made_easy     TEXT    NOT NULL DEFAULT '' CHECK (typeof(made_easy) = 'blob' OR length(made_easy) <= 2000),
    created_at    TEXT    NOT NULL
);

CREATE INDEX good_moment_by_person ON good_moment (person_id, happened_on);

-- Reminders: the desktop notification (off unless chosen), quiet hours, and the last day one was given.
CREATE TABLE long_game_setting (
    name   TEXT NOT NULL PRIMARY KEY CHECK (name IN ('desktop', 'quiet_from', 'quiet_to', 'last_reminded_on')),
    value  TEXT NOT NULL CHECK (length(value) <= 20)
);

-- The gentle offers made once per person (such as the reflection on stepping back), and when.
CREATE TABLE long_game_offer (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT    NOT NULL UNIQUE,
    person_id   INTEGER NOT NULL REFERENCES person(id),
    offer       TEXT    NOT NULL CHECK (offer IN ('STEP_BACK')),
    made_at     TEXT    NOT NULL,
    UNIQUE (person_id, offer)
);
