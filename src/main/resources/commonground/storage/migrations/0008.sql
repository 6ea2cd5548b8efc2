-- Care notices (the distress check, branch care-signals): whether the gentle notice beside what
-- the user writes is shown at all, and the notes, check-ins and walk-through answers it was
-- dismissed for. Items are named by the uuid of what they belong to ("note:<uuid>",
-- "check-in:<uuid>", "answer:<run uuid>:<step id>"), so an export and import keeps them right.

CREATE TABLE care_setting (
    name   TEXT NOT NULL PRIMARY KEY CHECK (name IN ('distress_notice')),
    value  TEXT NOT NULL CHECK (value IN ('on', 'off'))
);

CREATE TABLE care_dismissal (
    id            INTEGER PRIMARY KEY,
    item          TEXT NOT NULL UNIQUE CHECK (length(item) BETWEEN 1 AND 200),
    dismissed_at  TEXT NOT NULL
);
