-- Practice conversations (issue 18): the conversation files a user imported, kept as written, and
-- each practice session with the replies given. The name the user gives the character and the
-- words they type are their own, so with the passphrase lock on they are stored sealed (a blob);
-- the length limits are then checked by the app before sealing.
-- Tables with a sealed column follow the lock's rules (0010): ids never reused (AUTOINCREMENT),
-- and a random uid and a write counter wc that each sealed value is bound to.
CREATE TABLE practice_text (
    id               INTEGER PRIMARY KEY,
    uuid             TEXT    NOT NULL UNIQUE,
    conversation_id  TEXT    NOT NULL CHECK (length(conversation_id) BETWEEN 1 AND 60),
    version          INTEGER NOT NULL CHECK (version >= 1),
    title            TEXT    NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    yaml             TEXT    NOT NULL CHECK (length(yaml) <= 2097152),
    imported_at      TEXT    NOT NULL,
    UNIQUE (conversation_id, version)
);

CREATE TABLE practice_session (
    id                    INTEGER PRIMARY KEY AUTOINCREMENT,
    uid             TEXT    NOT NULL UNIQUE DEFAULT (lower(hex(randomblob(16)))) CHECK (length(uid) = 32),
    wc              INTEGER NOT NULL DEFAULT 0 CHECK (wc >= 0),
    uuid                  TEXT    NOT NULL UNIQUE,
    conversation_id       TEXT    NOT NULL CHECK (length(conversation_id) BETWEEN 1 AND 60),
    conversation_version  INTEGER NOT NULL CHECK (conversation_version >= 1),
    title                 TEXT    NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    character_name        TEXT    NOT NULL
        CHECK (typeof(character_name) = 'blob' OR length(trim(character_name)) BETWEEN 1 AND 60),
    person_id             INTEGER REFERENCES person(id),
    started_at            TEXT    NOT NULL,
    updated_at            TEXT    NOT NULL,
    finished_at           TEXT,
    ending_id             TEXT    CHECK (ending_id IS NULL OR length(ending_id) BETWEEN 1 AND 60),
    ending_kind           TEXT    CHECK (ending_kind IS NULL OR ending_kind IN ('OPEN', 'CLOSED'))
);

CREATE INDEX practice_session_by_time ON practice_session (started_at);
CREATE INDEX practice_session_by_person ON practice_session (person_id, started_at);

CREATE TABLE practice_move (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    uid             TEXT    NOT NULL UNIQUE DEFAULT (lower(hex(randomblob(16)))) CHECK (length(uid) = 32),
    wc              INTEGER NOT NULL DEFAULT 0 CHECK (wc >= 0),
    session_id      INTEGER NOT NULL REFERENCES practice_session(id) ON DELETE CASCADE,
    position        INTEGER NOT NULL CHECK (position >= 0),
    turn_id         TEXT    NOT NULL CHECK (length(turn_id) BETWEEN 1 AND 60),
    reply_index     INTEGER CHECK (reply_index IS NULL OR reply_index BETWEEN 0 AND 3),
    typed           TEXT    CHECK (typed IS NULL OR typeof(typed) = 'blob' OR length(typed) <= 2000),
    effect          TEXT    NOT NULL CHECK (effect IN ('OPENS', 'CLOSES', 'NEUTRAL')),
    practices       TEXT    NOT NULL DEFAULT '' CHECK (length(practices) <= 300),
    closes          TEXT    NOT NULL DEFAULT '' CHECK (length(closes) <= 300),
    openness_after  INTEGER NOT NULL CHECK (openness_after BETWEEN 0 AND 4),
    UNIQUE (session_id, position),
    CHECK ((reply_index IS NULL) <> (typed IS NULL))
);
