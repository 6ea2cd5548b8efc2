-- 0003: the cues module: custom cues, check-ins with the cues ticked, and each person's comfort map.

CREATE TABLE user_cue (
    id            INTEGER PRIMARY KEY,
    uuid          TEXT    NOT NULL UNIQUE,
    category      TEXT    NOT NULL CHECK (category IN ('FACE', 'EYES', 'BODY', 'HANDS', 'VOICE', 'WITHDRAWAL', 'COMFORT')),
    seen          TEXT    NOT NULL CHECK (length(trim(seen)) BETWEEN 1 AND 120),
    might_mean    TEXT    NOT NULL CHECK (length(trim(might_mean)) BETWEEN 1 AND 400),
    nonverbal     TEXT    NOT NULL DEFAULT '' CHECK (length(nonverbal) <= 200),
    not_to_say    TEXT    NOT NULL CHECK (length(trim(not_to_say)) BETWEEN 1 AND 200),
    created_at    TEXT    NOT NULL,
    updated_at    TEXT    NOT NULL,
    retired_at    TEXT
);

CREATE TABLE user_cue_acknowledgement (
    id            INTEGER PRIMARY KEY,
    user_cue_id   INTEGER NOT NULL REFERENCES user_cue(id) ON DELETE CASCADE,
    position      INTEGER NOT NULL CHECK (position BETWEEN 0 AND 2),
    text          TEXT    NOT NULL CHECK (length(trim(text)) BETWEEN 1 AND 200),
    UNIQUE (user_cue_id, position)
);

CREATE TABLE check_in (
    id            INTEGER PRIMARY KEY,
    uuid          TEXT    NOT NULL UNIQUE,
    person_id     INTEGER NOT NULL REFERENCES person(id),
    happened_at   TEXT    NOT NULL,
    context       TEXT    NOT NULL DEFAULT '' CHECK (length(context) <= 1000),
    activity      TEXT    CHECK (activity IS NULL OR length(trim(activity)) BETWEEN 1 AND 60),
    note          TEXT    NOT NULL DEFAULT '' CHECK (length(note) <= 20000),
    response      TEXT    NOT NULL DEFAULT '' CHECK (length(response) <= 20000),
    created_at    TEXT    NOT NULL,
    updated_at    TEXT    NOT NULL
);

CREATE INDEX check_in_by_person ON check_in (person_id, happened_at);

CREATE TABLE check_in_cue (
    id            INTEGER PRIMARY KEY,
    check_in_id   INTEGER NOT NULL REFERENCES check_in(id) ON DELETE CASCADE,
    cue_key       TEXT    NOT NULL CHECK (length(cue_key) BETWEEN 1 AND 100),
    category      TEXT    NOT NULL CHECK (category IN ('FACE', 'EYES', 'BODY', 'HANDS', 'VOICE', 'WITHDRAWAL', 'COMFORT')),
    seen          TEXT    NOT NULL CHECK (length(trim(seen)) BETWEEN 1 AND 120),
    intensity     INTEGER CHECK (intensity IS NULL OR intensity BETWEEN 1 AND 3),
    UNIQUE (check_in_id, cue_key)
);

CREATE TABLE comfort_item (
    id            INTEGER PRIMARY KEY,
    uuid          TEXT    NOT NULL UNIQUE,
    person_id     INTEGER NOT NULL REFERENCES person(id),
    list          TEXT    NOT NULL CHECK (list IN ('ENGAGES', 'DECLINES', 'ENJOYS', 'HELPS')),
    position      INTEGER NOT NULL CHECK (position >= 0),
    text          TEXT    NOT NULL CHECK (length(trim(text)) BETWEEN 1 AND 200),
    created_at    TEXT    NOT NULL
);

CREATE INDEX comfort_item_by_person ON comfort_item (person_id, list, position);
