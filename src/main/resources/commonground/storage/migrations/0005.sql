-- 0005: the working draft of "Draft a message".
CREATE TABLE message_draft (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL UNIQUE,
    body        TEXT NOT NULL DEFAULT '' CHECK (length(body) <= 100000),
    updated_at  TEXT NOT NULL
);
