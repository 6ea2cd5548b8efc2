-- migrate with foreign keys off
-- The lock, hardened (issue 22). Every table with text the lock seals is rebuilt so that:
--   * more of what the user writes or chooses can be stored sealed (a BLOB): the words of custom
--     cues and their acknowledgements, the cue words kept with each check-in, the activity named in
--     a check-in, note tags, the prompt a note was written from, where a walk-through stands, the
--     path taken through it and which steps were answered, and need ratings. Their CHECKs accept a blob; the app checks the
--     length of the readable text before sealing (storage.SealedColumn).
--   * each row has a random `uid` (32 lowercase hex digits) and a write counter `wc`; a sealed
--     value is bound to both, so a value copied from a backup or another row fails its check.
--   * row ids are never used twice (AUTOINCREMENT), so a deleted row's sealed values cannot pass
--     as a later row's. note_tag and needs_checkin_rating get a row id for the same reason.
-- A profile locked when this runs keeps the newly sealed columns readable until the next unlock,
-- which seals them (listed in lock_pending_seal; nothing is lost, as the key is needed to seal).
-- The SQL does not depend on its number; the lead may renumber it when merging.

CREATE TABLE person_new (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    uuid          TEXT    NOT NULL UNIQUE,
    uid           TEXT    NOT NULL UNIQUE DEFAULT (lower(hex(randomblob(16)))) CHECK (length(uid) = 32),
    wc            INTEGER NOT NULL DEFAULT 0 CHECK (wc >= 0),
    name          TEXT    NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 200),
    relationship  TEXT    NOT NULL CHECK (relationship IN ('PARTNER', 'PARENT', 'CHILD', 'FRIEND', 'COLLEAGUE', 'OTHER')),
    note          TEXT    NOT NULL DEFAULT '' CHECK (typeof(note) = 'blob' OR length(note) <= 20000),
    created_at    TEXT    NOT NULL,
    updated_at    TEXT    NOT NULL,
    archived_at   TEXT,
    pronouns      TEXT    NOT NULL DEFAULT 'THEY' CHECK (pronouns IN ('SHE', 'HE', 'THEY', 'NAME')),
    safety        TEXT    NOT NULL DEFAULT '' CHECK (typeof(safety) = 'blob' OR length(safety) <= 20)
);
INSERT INTO person_new (id, uuid, name, relationship, note, created_at, updated_at, archived_at, pronouns, safety)
    SELECT id, uuid, name, relationship, note, created_at, updated_at, archived_at, pronouns, safety FROM person;
DROP TABLE person;
ALTER TABLE person_new RENAME TO person;
CREATE INDEX person_active ON person (archived_at, name COLLATE NOCASE);

CREATE TABLE scenario_run_new (
    id                INTEGER PRIMARY KEY AUTOINCREMENT,
    uuid              TEXT    NOT NULL UNIQUE,
    uid               TEXT    NOT NULL UNIQUE DEFAULT (lower(hex(randomblob(16)))) CHECK (length(uid) = 32),
    wc                INTEGER NOT NULL DEFAULT 0 CHECK (wc >= 0),
    scenario_text_id  INTEGER NOT NULL REFERENCES scenario_text(id),
    person_id         INTEGER REFERENCES person(id),
    current_step      TEXT    NOT NULL CHECK (typeof(current_step) = 'blob' OR length(current_step) BETWEEN 1 AND 60),
    path              TEXT    NOT NULL DEFAULT '' CHECK (typeof(path) = 'blob' OR length(path) <= 4000),
    started_at        TEXT    NOT NULL,
    updated_at        TEXT    NOT NULL,
    finished_at       TEXT
);
INSERT INTO scenario_run_new (id, uuid, scenario_text_id, person_id, current_step, path, started_at, updated_at,
    finished_at) SELECT id, uuid, scenario_text_id, person_id, current_step, path, started_at, updated_at, finished_at
    FROM scenario_run;
DROP TABLE scenario_run;
ALTER TABLE scenario_run_new RENAME TO scenario_run;
CREATE INDEX scenario_run_by_text ON scenario_run (scenario_text_id, updated_at);
CREATE INDEX scenario_run_by_person ON scenario_run (person_id, updated_at);

-- The step an answer belongs to is sealed too (which steps were answered tells the path taken),
-- so it can no longer be part of a UNIQUE key: the app finds a run's answer to a step by opening them.
CREATE TABLE scenario_answer_new (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    uid         TEXT    NOT NULL UNIQUE DEFAULT (lower(hex(randomblob(16)))) CHECK (length(uid) = 32),
    wc          INTEGER NOT NULL DEFAULT 0 CHECK (wc >= 0),
    run_id      INTEGER NOT NULL REFERENCES scenario_run(id) ON DELETE CASCADE,
    step_id     TEXT    NOT NULL CHECK (typeof(step_id) = 'blob' OR length(step_id) BETWEEN 1 AND 60),
    answer      TEXT    NOT NULL CHECK (typeof(answer) = 'blob' OR length(answer) <= 20000),
    updated_at  TEXT    NOT NULL
);
INSERT INTO scenario_answer_new (id, run_id, step_id, answer, updated_at)
    SELECT id, run_id, step_id, answer, updated_at FROM scenario_answer;
DROP TABLE scenario_answer;
ALTER TABLE scenario_answer_new RENAME TO scenario_answer;
CREATE INDEX scenario_answer_by_run ON scenario_answer (run_id);

CREATE TABLE user_cue_new (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    uuid          TEXT    NOT NULL UNIQUE,
    uid           TEXT    NOT NULL UNIQUE DEFAULT (lower(hex(randomblob(16)))) CHECK (length(uid) = 32),
    wc            INTEGER NOT NULL DEFAULT 0 CHECK (wc >= 0),
    category      TEXT    NOT NULL CHECK (category IN ('FACE', 'EYES', 'BODY', 'HANDS', 'VOICE', 'WITHDRAWAL', 'COMFORT')),
    seen          TEXT    NOT NULL CHECK (typeof(seen) = 'blob' OR length(trim(seen)) BETWEEN 1 AND 120),
    might_mean    TEXT    NOT NULL CHECK (typeof(might_mean) = 'blob' OR length(trim(might_mean)) BETWEEN 1 AND 400),
    nonverbal     TEXT    NOT NULL DEFAULT '' CHECK (typeof(nonverbal) = 'blob' OR length(nonverbal) <= 200),
    not_to_say    TEXT    NOT NULL CHECK (typeof(not_to_say) = 'blob' OR length(trim(not_to_say)) BETWEEN 1 AND 200),
    created_at    TEXT    NOT NULL,
    updated_at    TEXT    NOT NULL,
    retired_at    TEXT
);
INSERT INTO user_cue_new (id, uuid, category, seen, might_mean, nonverbal, not_to_say, created_at, updated_at,
    retired_at) SELECT id, uuid, category, seen, might_mean, nonverbal, not_to_say, created_at, updated_at, retired_at
    FROM user_cue;
DROP TABLE user_cue;
ALTER TABLE user_cue_new RENAME TO user_cue;

CREATE TABLE user_cue_acknowledgement_new (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    uid           TEXT    NOT NULL UNIQUE DEFAULT (lower(hex(randomblob(16)))) CHECK (length(uid) = 32),
    wc            INTEGER NOT NULL DEFAULT 0 CHECK (wc >= 0),
    user_cue_id   INTEGER NOT NULL REFERENCES user_cue(id) ON DELETE CASCADE,
    position      INTEGER NOT NULL CHECK (position BETWEEN 0 AND 2),
    text          TEXT    NOT NULL CHECK (typeof(text) = 'blob' OR length(trim(text)) BETWEEN 1 AND 200),
    UNIQUE (user_cue_id, position)
);
INSERT INTO user_cue_acknowledgement_new (id, user_cue_id, position, text)
    SELECT id, user_cue_id, position, text FROM user_cue_acknowledgement;
DROP TABLE user_cue_acknowledgement;
ALTER TABLE user_cue_acknowledgement_new RENAME TO user_cue_acknowledgement;

CREATE TABLE check_in_new (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    uuid          TEXT    NOT NULL UNIQUE,
    uid           TEXT    NOT NULL UNIQUE DEFAULT (lower(hex(randomblob(16)))) CHECK (length(uid) = 32),
    wc            INTEGER NOT NULL DEFAULT 0 CHECK (wc >= 0),
    person_id     INTEGER NOT NULL REFERENCES person(id),
    happened_at   TEXT    NOT NULL,
    context       TEXT    NOT NULL DEFAULT '' CHECK (typeof(context) = 'blob' OR length(context) <= 1000),
    activity      TEXT    CHECK (activity IS NULL OR typeof(activity) = 'blob' OR length(trim(activity)) BETWEEN 1 AND 60),
    note          TEXT    NOT NULL DEFAULT '' CHECK (typeof(note) = 'blob' OR length(note) <= 20000),
    response      TEXT    NOT NULL DEFAULT '' CHECK (typeof(response) = 'blob' OR length(response) <= 20000),
    created_at    TEXT    NOT NULL,
    updated_at    TEXT    NOT NULL
);
INSERT INTO check_in_new (id, uuid, person_id, happened_at, context, activity, note, response, created_at, updated_at)
    SELECT id, uuid, person_id, happened_at, context, activity, note, response, created_at, updated_at FROM check_in;
DROP TABLE check_in;
ALTER TABLE check_in_new RENAME TO check_in;
CREATE INDEX check_in_by_person ON check_in (person_id, happened_at);

CREATE TABLE check_in_cue_new (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    uid           TEXT    NOT NULL UNIQUE DEFAULT (lower(hex(randomblob(16)))) CHECK (length(uid) = 32),
    wc            INTEGER NOT NULL DEFAULT 0 CHECK (wc >= 0),
    check_in_id   INTEGER NOT NULL REFERENCES check_in(id) ON DELETE CASCADE,
    cue_key       TEXT    NOT NULL CHECK (length(cue_key) BETWEEN 1 AND 100),
    category      TEXT    NOT NULL CHECK (category IN ('FACE', 'EYES', 'BODY', 'HANDS', 'VOICE', 'WITHDRAWAL', 'COMFORT')),
    seen          TEXT    NOT NULL CHECK (typeof(seen) = 'blob' OR length(trim(seen)) BETWEEN 1 AND 120),
    intensity     INTEGER CHECK (intensity IS NULL OR intensity BETWEEN 1 AND 3),
    UNIQUE (check_in_id, cue_key)
);
INSERT INTO check_in_cue_new (id, check_in_id, cue_key, category, seen, intensity)
    SELECT id, check_in_id, cue_key, category, seen, intensity FROM check_in_cue;
DROP TABLE check_in_cue;
ALTER TABLE check_in_cue_new RENAME TO check_in_cue;

CREATE TABLE comfort_item_new (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    uuid          TEXT    NOT NULL UNIQUE,
    uid           TEXT    NOT NULL UNIQUE DEFAULT (lower(hex(randomblob(16)))) CHECK (length(uid) = 32),
    wc            INTEGER NOT NULL DEFAULT 0 CHECK (wc >= 0),
    person_id     INTEGER NOT NULL REFERENCES person(id),
    list          TEXT    NOT NULL CHECK (list IN ('ENGAGES', 'DECLINES', 'ENJOYS', 'HELPS')),
    position      INTEGER NOT NULL CHECK (position >= 0),
    text          TEXT    NOT NULL CHECK (typeof(text) = 'blob' OR length(trim(text)) BETWEEN 1 AND 200),
    created_at    TEXT    NOT NULL
);
INSERT INTO comfort_item_new (id, uuid, person_id, list, position, text, created_at)
    SELECT id, uuid, person_id, list, position, text, created_at FROM comfort_item;
DROP TABLE comfort_item;
ALTER TABLE comfort_item_new RENAME TO comfort_item;
CREATE INDEX comfort_item_by_person ON comfort_item (person_id, list, position);

CREATE TABLE note_new (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    uuid          TEXT    NOT NULL UNIQUE,
    uid           TEXT    NOT NULL UNIQUE DEFAULT (lower(hex(randomblob(16)))) CHECK (length(uid) = 32),
    wc            INTEGER NOT NULL DEFAULT 0 CHECK (wc >= 0),
    title         TEXT    NOT NULL DEFAULT '' CHECK (typeof(title) = 'blob' OR length(title) <= 200),
    body          TEXT    NOT NULL DEFAULT '' CHECK (typeof(body) = 'blob' OR length(body) <= 2000000),
    prompt_id     TEXT    CHECK (prompt_id IS NULL OR typeof(prompt_id) = 'blob' OR length(prompt_id) BETWEEN 1 AND 100),
    prompt_group  TEXT    CHECK (prompt_group IS NULL OR length(prompt_group) BETWEEN 1 AND 100),
    word_count    INTEGER NOT NULL DEFAULT 0 CHECK (word_count >= 0),
    created_at    TEXT    NOT NULL,
    updated_at    TEXT    NOT NULL,
    deleted_at    TEXT
);
INSERT INTO note_new (id, uuid, title, body, prompt_id, prompt_group, word_count, created_at, updated_at, deleted_at)
    SELECT id, uuid, title, body, prompt_id, prompt_group, word_count, created_at, updated_at, deleted_at FROM note;
DROP TABLE note;
ALTER TABLE note_new RENAME TO note;
CREATE INDEX note_by_update ON note (deleted_at, updated_at DESC, id DESC);
CREATE INDEX note_by_group ON note (prompt_group, deleted_at, updated_at DESC, id DESC);
CREATE INDEX note_trashed ON note (id) WHERE deleted_at IS NOT NULL;
-- As in 0006: the on-disk search index holds readable text only.
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

-- Tags are sealed, so they can no longer be the key; a tag filter opens the tags in the app.
CREATE TABLE note_tag_new (
    id       INTEGER PRIMARY KEY AUTOINCREMENT,
    uid      TEXT    NOT NULL UNIQUE DEFAULT (lower(hex(randomblob(16)))) CHECK (length(uid) = 32),
    wc       INTEGER NOT NULL DEFAULT 0 CHECK (wc >= 0),
    note_id  INTEGER NOT NULL REFERENCES note(id) ON DELETE CASCADE,
    tag      TEXT    NOT NULL CHECK (typeof(tag) = 'blob' OR length(tag) BETWEEN 1 AND 50)
);
INSERT INTO note_tag_new (note_id, tag) SELECT note_id, tag FROM note_tag ORDER BY note_id, tag;
DROP TABLE note_tag;
ALTER TABLE note_tag_new RENAME TO note_tag;
CREATE INDEX note_tag_by_note ON note_tag (note_id);

CREATE TABLE needs_checkin_new (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    uuid        TEXT    NOT NULL UNIQUE,
    uid         TEXT    NOT NULL UNIQUE DEFAULT (lower(hex(randomblob(16)))) CHECK (length(uid) = 32),
    wc          INTEGER NOT NULL DEFAULT 0 CHECK (wc >= 0),
    created_at  TEXT    NOT NULL,
    note        TEXT    NOT NULL DEFAULT '' CHECK (typeof(note) = 'blob' OR length(note) <= 5000)
);
INSERT INTO needs_checkin_new (id, uuid, created_at, note) SELECT id, uuid, created_at, note FROM needs_checkin;
DROP TABLE needs_checkin;
ALTER TABLE needs_checkin_new RENAME TO needs_checkin;
CREATE INDEX needs_checkin_by_time ON needs_checkin (created_at);

-- The rating (0 to 4) is sealed; which needs were rated stays readable.
CREATE TABLE needs_checkin_rating_new (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    uid         TEXT    NOT NULL UNIQUE DEFAULT (lower(hex(randomblob(16)))) CHECK (length(uid) = 32),
    wc          INTEGER NOT NULL DEFAULT 0 CHECK (wc >= 0),
    checkin_id  INTEGER NOT NULL REFERENCES needs_checkin(id) ON DELETE CASCADE,
    need_id     TEXT    NOT NULL CHECK (length(need_id) BETWEEN 1 AND 100),
    rating      INTEGER NOT NULL CHECK (typeof(rating) = 'blob' OR (rating BETWEEN 0 AND 4 AND length(rating) <= 1)),
    UNIQUE (checkin_id, need_id)
);
INSERT INTO needs_checkin_rating_new (checkin_id, need_id, rating)
    SELECT checkin_id, need_id, rating FROM needs_checkin_rating ORDER BY checkin_id, need_id;
DROP TABLE needs_checkin_rating;
ALTER TABLE needs_checkin_rating_new RENAME TO needs_checkin_rating;
CREATE INDEX needs_checkin_rating_by_need ON needs_checkin_rating (need_id, checkin_id);

CREATE TABLE need_source_new (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    uuid        TEXT    NOT NULL UNIQUE,
    uid         TEXT    NOT NULL UNIQUE DEFAULT (lower(hex(randomblob(16)))) CHECK (length(uid) = 32),
    wc          INTEGER NOT NULL DEFAULT 0 CHECK (wc >= 0),
    need_id     TEXT    NOT NULL CHECK (length(need_id) BETWEEN 1 AND 100),
    kind        TEXT    NOT NULL CHECK (kind IN ('PERSON', 'PLACE', 'ACTIVITY')),
    person_id   INTEGER REFERENCES person(id),
    label       TEXT    NOT NULL DEFAULT '' CHECK (typeof(label) = 'blob' OR length(label) <= 200),
    created_at  TEXT    NOT NULL,
    CHECK ((kind = 'PERSON' AND person_id IS NOT NULL) OR (kind <> 'PERSON' AND person_id IS NULL
        AND (typeof(label) = 'blob' OR length(trim(label)) >= 1)))
);
INSERT INTO need_source_new (id, uuid, need_id, kind, person_id, label, created_at)
    SELECT id, uuid, need_id, kind, person_id, label, created_at FROM need_source;
DROP TABLE need_source;
ALTER TABLE need_source_new RENAME TO need_source;
CREATE INDEX need_source_by_need ON need_source (need_id, kind);
CREATE INDEX need_source_by_person ON need_source (person_id);

CREATE TABLE message_draft_new (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    uuid        TEXT    NOT NULL UNIQUE,
    uid         TEXT    NOT NULL UNIQUE DEFAULT (lower(hex(randomblob(16)))) CHECK (length(uid) = 32),
    wc          INTEGER NOT NULL DEFAULT 0 CHECK (wc >= 0),
    body        TEXT    NOT NULL DEFAULT '' CHECK (typeof(body) = 'blob' OR length(body) <= 100000),
    updated_at  TEXT    NOT NULL
);
INSERT INTO message_draft_new (id, uuid, body, updated_at) SELECT id, uuid, body, updated_at FROM message_draft;
DROP TABLE message_draft;
ALTER TABLE message_draft_new RENAME TO message_draft;

CREATE TABLE support_contact_new (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    uuid        TEXT    NOT NULL UNIQUE,
    uid         TEXT    NOT NULL UNIQUE DEFAULT (lower(hex(randomblob(16)))) CHECK (length(uid) = 32),
    wc          INTEGER NOT NULL DEFAULT 0 CHECK (wc >= 0),
    name        TEXT    NOT NULL CHECK (typeof(name) = 'blob' OR length(trim(name)) BETWEEN 1 AND 100),
    number      TEXT    NOT NULL CHECK (typeof(number) = 'blob' OR length(trim(number)) BETWEEN 1 AND 40),
    created_at  TEXT    NOT NULL,
    updated_at  TEXT    NOT NULL
);
INSERT INTO support_contact_new (id, uuid, name, number, created_at, updated_at)
    SELECT id, uuid, name, number, created_at, updated_at FROM support_contact;
DROP TABLE support_contact;
ALTER TABLE support_contact_new RENAME TO support_contact;

-- Columns sealed from now on that a locked profile still holds readable: sealed at the next unlock.
CREATE TABLE lock_pending_seal (
    table_name   TEXT NOT NULL,
    column_name  TEXT NOT NULL,
    PRIMARY KEY (table_name, column_name)
) WITHOUT ROWID;
INSERT INTO lock_pending_seal (table_name, column_name)
    SELECT t, c FROM (
        SELECT 'user_cue' AS t, 'seen' AS c UNION ALL SELECT 'user_cue', 'might_mean'
        UNION ALL SELECT 'user_cue', 'nonverbal' UNION ALL SELECT 'user_cue', 'not_to_say'
        UNION ALL SELECT 'user_cue_acknowledgement', 'text' UNION ALL SELECT 'check_in_cue', 'seen'
        UNION ALL SELECT 'check_in', 'activity' UNION ALL SELECT 'note_tag', 'tag'
        UNION ALL SELECT 'note', 'prompt_id' UNION ALL SELECT 'scenario_run', 'current_step'
        UNION ALL SELECT 'scenario_run', 'path' UNION ALL SELECT 'scenario_answer', 'step_id'
        UNION ALL SELECT 'needs_checkin_rating', 'rating'
        -- Not a column: the values sealed before 0010, without padding, to seal again padded.
        UNION ALL SELECT '*', 'unpadded')
    WHERE EXISTS (SELECT 1 FROM lock_key);
