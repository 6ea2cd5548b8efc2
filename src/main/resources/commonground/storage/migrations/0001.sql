-- 0001: the people the user is working on connecting with.
CREATE TABLE person (
    id            INTEGER PRIMARY KEY,
    uuid          TEXT    NOT NULL UNIQUE,
    name          TEXT    NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 200),
    relationship  TEXT    NOT NULL CHECK (relationship IN ('PARTNER', 'PARENT', 'CHILD', 'FRIEND', 'COLLEAGUE', 'OTHER')),
    note          TEXT    NOT NULL DEFAULT '' CHECK (length(note) <= 20000),
    created_at    TEXT    NOT NULL,
    updated_at    TEXT    NOT NULL,
    archived_at   TEXT
);

CREATE INDEX person_active ON person (archived_at, name COLLATE NOCASE);
