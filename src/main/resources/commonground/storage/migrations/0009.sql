-- How walk-throughs refer to a person (their pronouns, or their name), and the answer to the
-- optional safety question "Do you ever feel afraid of them, or are you hurt, threatened or
-- controlled?". The answer is free text in the sense of the lock: a short code ('' when not
-- answered) stored sealed, as a BLOB, while the passphrase lock is on, so the CHECK accepts a blob
-- and lists no codes (which would otherwise stand readable in the schema).
-- On the care-content branch this is 0007; it is meant to land as 0009 after the help and
-- distress-check migrations (0007, 0008). Rename it then; the SQL does not depend on its number.
ALTER TABLE person ADD COLUMN pronouns TEXT NOT NULL DEFAULT 'THEY'
    CHECK (pronouns IN ('SHE', 'HE', 'THEY', 'NAME'));
ALTER TABLE person ADD COLUMN safety TEXT NOT NULL DEFAULT ''
    CHECK (typeof(safety) = 'blob' OR length(safety) <= 20);
