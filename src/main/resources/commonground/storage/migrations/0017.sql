-- Issue 15, "Trust in the first hour": a choice in Privacy to name notes by their titles in Home's
-- "Recently" (off unless chosen). Kept beside the gentle notice's choice, so care_setting is built
-- again to accept its name. Self-contained: the lead may renumber it when several branches land.

CREATE TABLE care_setting_new (
    name   TEXT NOT NULL PRIMARY KEY CHECK (name IN ('distress_notice', 'note_titles_on_home')),
    value  TEXT NOT NULL CHECK (value IN ('on', 'off'))
);
INSERT INTO care_setting_new (name, value) SELECT name, value FROM care_setting;
DROP TABLE care_setting;
ALTER TABLE care_setting_new RENAME TO care_setting;
