-- Sync through a folder (docs/decisions/0017-sync-through-a-folder.md). On the sync branch this was
-- 0010; the SQL does not depend on its number, so it may be renamed when branches are merged.
--
-- The tables named sync_* are this computer's own bookkeeping: they are not exported, imported or
-- synced. conflict_copy is the user's data: the other version of a text changed on two computers.
-- Both tables with a sealed column follow the lock's row rules (decision 0004, "Hardened"): ids
-- never reused (AUTOINCREMENT), and a random uid and a write counter wc that each sealed value is
-- bound to. Storage alone writes uid and wc; sync never carries them between computers.

-- This computer's sync: the folder, its own id and name, the sync key (sealed while the passphrase
-- lock is on), the next segment number and the hybrid logical clock. No row: sync is off.
CREATE TABLE sync_setting (
    id              INTEGER PRIMARY KEY AUTOINCREMENT CHECK (id = 1),
    uid             TEXT    NOT NULL UNIQUE DEFAULT (lower(hex(randomblob(16)))) CHECK (length(uid) = 32),
    wc              INTEGER NOT NULL DEFAULT 0 CHECK (wc >= 0),
    folder          TEXT    NOT NULL CHECK (length(folder) BETWEEN 1 AND 4000),
    device_id       TEXT    NOT NULL CHECK (length(device_id) BETWEEN 8 AND 64),
    device_name     TEXT    NOT NULL CHECK (length(device_name) BETWEEN 1 AND 100),
    sync_key        TEXT    NOT NULL CHECK (typeof(sync_key) = 'blob' OR length(sync_key) BETWEEN 1 AND 100),
    next_seq        INTEGER NOT NULL CHECK (next_seq >= 1),
    clock           TEXT    NOT NULL,
    last_synced_at  TEXT,
    last_problem    TEXT    CHECK (last_problem IS NULL OR length(last_problem) <= 2000)
);

-- Each synced record's version as this computer knows it: the stamp of the version it holds and the
-- version vector (JSON: device id -> stamp of that device's latest change included), whether it
-- is a deletion, and a digest of its content (so an unchanged record is not sent again).
CREATE TABLE sync_row (
    table_name  TEXT    NOT NULL,
    uuid        TEXT    NOT NULL,
    hlc         TEXT    NOT NULL,
    vv          TEXT    NOT NULL,
    deleted     INTEGER NOT NULL CHECK (deleted IN (0, 1)),
    digest      TEXT,
    PRIMARY KEY (table_name, uuid)
) WITHOUT ROWID;

-- Records changed here since the last sync, filled by triggers the sync engine adds while sync is on.
CREATE TABLE sync_dirty (
    table_name  TEXT NOT NULL,
    uuid        TEXT NOT NULL,
    PRIMARY KEY (table_name, uuid)
) WITHOUT ROWID;

-- The other computers: how far their changes have been applied here, and when they last synced.
CREATE TABLE sync_peer (
    device_id       TEXT    NOT NULL PRIMARY KEY,
    name            TEXT    NOT NULL DEFAULT '',
    applied_seq     INTEGER NOT NULL DEFAULT 0 CHECK (applied_seq >= 0),
    last_synced_at  TEXT
);

-- The other version of a text that was changed on two computers before they saw each other. Kept
-- until the user chooses; synced like any record, so each computer shows the same list.
CREATE TABLE conflict_copy (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    uid         TEXT    NOT NULL UNIQUE DEFAULT (lower(hex(randomblob(16)))) CHECK (length(uid) = 32),
    wc          INTEGER NOT NULL DEFAULT 0 CHECK (wc >= 0),
    uuid        TEXT    NOT NULL UNIQUE,
    row_table   TEXT    NOT NULL CHECK (length(row_table) BETWEEN 1 AND 60),
    row_uuid    TEXT    NOT NULL CHECK (length(row_uuid) BETWEEN 1 AND 60),
    field       TEXT    NOT NULL CHECK (length(field) BETWEEN 1 AND 60),
    text        TEXT    NOT NULL CHECK (typeof(text) = 'blob' OR length(text) <= 2000000),
    written_at  TEXT    NOT NULL
);
CREATE INDEX conflict_copy_by_row ON conflict_copy (row_table, row_uuid);
