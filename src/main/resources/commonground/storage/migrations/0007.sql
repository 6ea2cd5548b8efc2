-- 0007: the people the user can call, listed on the Help page. Name and number are the user's own
-- words, so with the passphrase lock on they are stored sealed (a blob); the length limits are then
-- checked by the app before sealing.
-- On the care-help branch this is 0007. The distress check (branch care-signals) also adds a 0007;
-- whichever lands second is renamed to the next free number. The SQL does not depend on its number.
CREATE TABLE support_contact (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT    NOT NULL UNIQUE,
    name        TEXT    NOT NULL CHECK (typeof(name) = 'blob' OR length(trim(name)) BETWEEN 1 AND 100),
    number      TEXT    NOT NULL CHECK (typeof(number) = 'blob' OR length(trim(number)) BETWEEN 1 AND 40),
    created_at  TEXT    NOT NULL,
    updated_at  TEXT    NOT NULL
);
