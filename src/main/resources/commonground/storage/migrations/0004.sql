-- 0004: the reflection space: private notes (with tags, a trash and a full-text index), needs
-- check-ins, and where each need can be met.

CREATE TABLE note (
    id            INTEGER PRIMARY KEY,
    uuid          TEXT    NOT NULL UNIQUE,
    title         TEXT    NOT NULL DEFAULT '' CHECK (length(title) <= 200),
    body          TEXT    NOT NULL DEFAULT '' CHECK (length(body) <= 2000000),
    prompt_id     TEXT    CHECK (prompt_id IS NULL OR length(prompt_id) BETWEEN 1 AND 100),
    prompt_group  TEXT    CHECK (prompt_group IS NULL OR length(prompt_group) BETWEEN 1 AND 100),
    word_count    INTEGER NOT NULL DEFAULT 0 CHECK (word_count >= 0),
    created_at    TEXT    NOT NULL,
    updated_at    TEXT    NOT NULL,
    deleted_at    TEXT
);

-- The note list: newest first, trashed notes apart.
CREATE INDEX note_by_update ON note (deleted_at, updated_at DESC, id DESC);
CREATE INDEX note_by_group ON note (prompt_group, deleted_at, updated_at DESC, id DESC);
CREATE INDEX note_trashed ON note (id) WHERE deleted_at IS NOT NULL;

CREATE TABLE note_tag (
    note_id  INTEGER NOT NULL REFERENCES note(id) ON DELETE CASCADE,
    tag      TEXT    NOT NULL CHECK (length(tag) BETWEEN 1 AND 50),
    PRIMARY KEY (note_id, tag)
) WITHOUT ROWID;

CREATE INDEX note_tag_by_tag ON note_tag (tag, note_id);

-- Full-text search over title and body, kept in step with note by the triggers below.
-- prefix='2 3' keeps two- and three-letter prefix queries fast while the user types.
CREATE VIRTUAL TABLE note_fts USING fts5(
    title, body,
    content = 'note', content_rowid = 'id',
    prefix = '2 3',
    tokenize = 'unicode61 remove_diacritics 2'
);
INSERT INTO note_fts (note_fts, rank) VALUES ('rank', 'bm25(4.0, 1.0)');

CREATE TRIGGER note_fts_insert AFTER INSERT ON note BEGIN
    INSERT INTO note_fts (rowid, title, body) VALUES (new.id, new.title, new.body);
END;
CREATE TRIGGER note_fts_delete AFTER DELETE ON note BEGIN
    INSERT INTO note_fts (note_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
END;
CREATE TRIGGER note_fts_update AFTER UPDATE OF title, body ON note BEGIN
    INSERT INTO note_fts (note_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
    INSERT INTO note_fts (rowid, title, body) VALUES (new.id, new.title, new.body);
END;

CREATE TABLE needs_checkin (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT    NOT NULL UNIQUE,
    created_at  TEXT    NOT NULL,
    note        TEXT    NOT NULL DEFAULT '' CHECK (length(note) <= 5000)
);

CREATE INDEX needs_checkin_by_time ON needs_checkin (created_at);

CREATE TABLE needs_checkin_rating (
    checkin_id  INTEGER NOT NULL REFERENCES needs_checkin(id) ON DELETE CASCADE,
    need_id     TEXT    NOT NULL CHECK (length(need_id) BETWEEN 1 AND 100),
    rating      INTEGER NOT NULL CHECK (rating BETWEEN 0 AND 4),
    PRIMARY KEY (checkin_id, need_id)
) WITHOUT ROWID;

CREATE INDEX needs_checkin_rating_by_need ON needs_checkin_rating (need_id, checkin_id);

CREATE TABLE need_source (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT    NOT NULL UNIQUE,
    need_id     TEXT    NOT NULL CHECK (length(need_id) BETWEEN 1 AND 100),
    kind        TEXT    NOT NULL CHECK (kind IN ('PERSON', 'PLACE', 'ACTIVITY')),
    person_id   INTEGER REFERENCES person(id),
    label       TEXT    NOT NULL DEFAULT '' CHECK (length(label) <= 200),
    created_at  TEXT    NOT NULL,
    CHECK ((kind = 'PERSON' AND person_id IS NOT NULL) OR (kind <> 'PERSON' AND person_id IS NULL
        AND length(trim(label)) >= 1))
);

CREATE INDEX need_source_by_need ON need_source (need_id, kind);
CREATE INDEX need_source_by_person ON need_source (person_id);
