-- migrate with foreign keys off
-- The optional passphrase lock. Free text the user writes may now be stored sealed (AES-GCM, as a
-- BLOB) instead of as TEXT, so each such column's CHECK accepts a blob; its length limit is then
-- checked by the app before sealing. SQLite cannot change a CHECK in place, so these tables are
-- rebuilt with the same rows and ids (the recommended twelve-step procedure, foreign keys off).

CREATE TABLE person_new (
    id            INTEGER PRIMARY KEY,
    uuid          TEXT    NOT NULL UNIQUE,
    name          TEXT    NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 200),
    relationship  TEXT    NOT NULL CHECK (relationship IN ('PARTNER', 'PARENT', 'CHILD', 'FRIEND', 'COLLEAGUE', 'OTHER')),
    note          TEXT NOT NULL DEFAULT '' CHECK (typeof(note) = 'blob' OR length(note) <= 20000),
    created_at    TEXT    NOT NULL,
    updated_at    TEXT    NOT NULL,
    archived_at   TEXT
);
INSERT INTO person_new SELECT id, uuid, name, relationship, note, created_at, updated_at, archived_at FROM person;
DROP TABLE person;
ALTER TABLE person_new RENAME TO person;
CREATE INDEX person_active ON person (archived_at, name COLLATE NOCASE);

CREATE TABLE scenario_answer_new (
    id          INTEGER PRIMARY KEY,
    run_id      INTEGER NOT NULL REFERENCES scenario_run(id) ON DELETE CASCADE,
    step_id     TEXT    NOT NULL CHECK (length(step_id) BETWEEN 1 AND 60),
    answer      TEXT NOT NULL CHECK (typeof(answer) = 'blob' OR length(answer) <= 20000),
    updated_at  TEXT    NOT NULL,
    UNIQUE (run_id, step_id)
);
INSERT INTO scenario_answer_new SELECT id, run_id, step_id, answer, updated_at FROM scenario_answer;
DROP TABLE scenario_answer;
ALTER TABLE scenario_answer_new RENAME TO scenario_answer;

CREATE TABLE check_in_new (
    id            INTEGER PRIMARY KEY,
    uuid          TEXT    NOT NULL UNIQUE,
    person_id     INTEGER NOT NULL REFERENCES person(id),
    happened_at   TEXT    NOT NULL,
    context       TEXT NOT NULL DEFAULT '' CHECK (typeof(context) = 'blob' OR length(context) <= 1000),
    activity      TEXT    CHECK (activity IS NULL OR length(trim(activity)) BETWEEN 1 AND 60),
    note          TEXT NOT NULL DEFAULT '' CHECK (typeof(note) = 'blob' OR length(note) <= 20000),
    response      TEXT NOT NULL DEFAULT '' CHECK (typeof(response) = 'blob' OR length(response) <= 20000),
    created_at    TEXT    NOT NULL,
    updated_at    TEXT    NOT NULL
);
INSERT INTO check_in_new SELECT id, uuid, person_id, happened_at, context, activity, note, response, created_at,
    updated_at FROM check_in;
DROP TABLE check_in;
ALTER TABLE check_in_new RENAME TO check_in;
CREATE INDEX check_in_by_person ON check_in (person_id, happened_at);

CREATE TABLE comfort_item_new (
    id            INTEGER PRIMARY KEY,
    uuid          TEXT    NOT NULL UNIQUE,
    person_id     INTEGER NOT NULL REFERENCES person(id),
    list          TEXT    NOT NULL CHECK (list IN ('ENGAGES', 'DECLINES', 'ENJOYS', 'HELPS')),
    position      INTEGER NOT NULL CHECK (position >= 0),
    text          TEXT NOT NULL CHECK (typeof(text) = 'blob' OR length(trim(text)) BETWEEN 1 AND 200),
    created_at    TEXT    NOT NULL
);
INSERT INTO comfort_item_new SELECT id, uuid, person_id, list, position, text, created_at FROM comfort_item;
DROP TABLE comfort_item;
ALTER TABLE comfort_item_new RENAME TO comfort_item;
CREATE INDEX comfort_item_by_person ON comfort_item (person_id, list, position);

CREATE TABLE note_new (
    id            INTEGER PRIMARY KEY,
    uuid          TEXT    NOT NULL UNIQUE,
    title         TEXT NOT NULL DEFAULT '' CHECK (typeof(title) = 'blob' OR length(title) <= 200),
    body          TEXT NOT NULL DEFAULT '' CHECK (typeof(body) = 'blob' OR length(body) <= 2000000),
    prompt_id     TEXT    CHECK (prompt_id IS NULL OR length(prompt_id) BETWEEN 1 AND 100),
    prompt_group  TEXT    CHECK (prompt_group IS NULL OR length(prompt_group) BETWEEN 1 AND 100),
    word_count    INTEGER NOT NULL DEFAULT 0 CHECK (word_count >= 0),
    created_at    TEXT    NOT NULL,
    updated_at    TEXT    NOT NULL,
    deleted_at    TEXT
);
INSERT INTO note_new SELECT id, uuid, title, body, prompt_id, prompt_group, word_count, created_at, updated_at,
    deleted_at FROM note;
DROP TABLE note;
ALTER TABLE note_new RENAME TO note;
CREATE INDEX note_by_update ON note (deleted_at, updated_at DESC, id DESC);
CREATE INDEX note_by_group ON note (prompt_group, deleted_at, updated_at DESC, id DESC);
CREATE INDEX note_trashed ON note (id) WHERE deleted_at IS NOT NULL;

-- The on-disk search index holds readable text only. Sealed notes are indexed in memory after
-- unlocking instead, so these triggers pass over blobs.
CREATE TRIGGER note_fts_insert AFTER INSERT ON note WHEN typeof(new.title) = 'text' AND typeof(new.body) = 'text'
BEGIN
    INSERT INTO note_fts (rowid, title, body) VALUES (new.id, new.title, new.body);
END;
CREATE TRIGGER note_fts_delete AFTER DELETE ON note WHEN typeof(old.title) = 'text' AND typeof(old.body) = 'text'
BEGIN
    INSERT INTO note_fts (note_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
END;
CREATE TRIGGER note_fts_update AFTER UPDATE OF title, body ON note BEGIN
    INSERT INTO note_fts (note_fts, rowid, title, body)
        SELECT 'delete', old.id, old.title, old.body WHERE typeof(old.title) = 'text' AND typeof(old.body) = 'text';
    INSERT INTO note_fts (rowid, title, body)
        SELECT new.id, new.title, new.body WHERE typeof(new.title) = 'text' AND typeof(new.body) = 'text';
END;

CREATE TABLE needs_checkin_new (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT    NOT NULL UNIQUE,
    created_at  TEXT    NOT NULL,
    note        TEXT NOT NULL DEFAULT '' CHECK (typeof(note) = 'blob' OR length(note) <= 5000)
);
INSERT INTO needs_checkin_new SELECT id, uuid, created_at, note FROM needs_checkin;
DROP TABLE needs_checkin;
ALTER TABLE needs_checkin_new RENAME TO needs_checkin;
CREATE INDEX needs_checkin_by_time ON needs_checkin (created_at);

CREATE TABLE need_source_new (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT    NOT NULL UNIQUE,
    need_id     TEXT    NOT NULL CHECK (length(need_id) BETWEEN 1 AND 100),
    kind        TEXT    NOT NULL CHECK (kind IN ('PERSON', 'PLACE', 'ACTIVITY')),
    person_id   INTEGER REFERENCES person(id),
    label       TEXT NOT NULL DEFAULT '' CHECK (typeof(label) = 'blob' OR length(label) <= 200),
    created_at  TEXT    NOT NULL,
    CHECK ((kind = 'PERSON' AND person_id IS NOT NULL) OR (kind <> 'PERSON' AND person_id IS NULL
        AND (typeof(label) = 'blob' OR length(trim(label)) >= 1)))
);
INSERT INTO need_source_new SELECT id, uuid, need_id, kind, person_id, label, created_at FROM need_source;
DROP TABLE need_source;
ALTER TABLE need_source_new RENAME TO need_source;
CREATE INDEX need_source_by_need ON need_source (need_id, kind);
CREATE INDEX need_source_by_person ON need_source (person_id);

CREATE TABLE message_draft_new (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL UNIQUE,
    body        TEXT NOT NULL DEFAULT '' CHECK (typeof(body) = 'blob' OR length(body) <= 100000),
    updated_at  TEXT NOT NULL
);
INSERT INTO message_draft_new SELECT id, uuid, body, updated_at FROM message_draft;
DROP TABLE message_draft;
ALTER TABLE message_draft_new RENAME TO message_draft;

-- The data key, wrapped once by a key derived from the passphrase and once by one derived from
-- the recovery key. No rows: the lock is off.
CREATE TABLE lock_key (
    id           INTEGER PRIMARY KEY,
    kind         TEXT    NOT NULL UNIQUE CHECK (kind IN ('PASSPHRASE', 'RECOVERY')),
    kdf          TEXT    NOT NULL CHECK (kdf = 'argon2id'),
    memory_kib   INTEGER NOT NULL CHECK (memory_kib >= 8192),
    iterations   INTEGER NOT NULL CHECK (iterations >= 1),
    parallelism  INTEGER NOT NULL CHECK (parallelism >= 1),
    salt         BLOB    NOT NULL CHECK (length(salt) >= 16),
    wrapped      BLOB    NOT NULL,
    created_at   TEXT    NOT NULL
);

CREATE TABLE lock_setting (
    id                 INTEGER PRIMARY KEY CHECK (id = 1),
    auto_lock_minutes  INTEGER NOT NULL CHECK (auto_lock_minutes BETWEEN 0 AND 1440)
);
