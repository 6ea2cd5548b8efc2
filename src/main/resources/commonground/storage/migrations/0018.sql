-- Issue 15, "Trust in the first hour" (branch t14, MESSAGE DRAFTS: several kept, each for a person):
-- "Draft a message" keeps more than one draft, each optionally written to someone from People.
-- The one draft kept before this migration stays, for no one in particular, with the day it was
-- last changed as the day it was started. person_id NULL means no one in particular; deleting a
-- person with their records deletes the drafts written to them, as their other records.
-- person_id is not user text and is not sealed; the table keeps the uid, wc and AUTOINCREMENT that
-- 0010 gave it (ADD COLUMN changes none of them), so a sealed body still opens.
-- Self-contained: the SQL does not depend on its number; the lead may renumber it when merging.
ALTER TABLE message_draft ADD COLUMN person_id INTEGER REFERENCES person(id) ON DELETE CASCADE;
ALTER TABLE message_draft ADD COLUMN created_at TEXT NOT NULL DEFAULT '';
UPDATE message_draft SET created_at = updated_at;
CREATE INDEX message_draft_by_person ON message_draft (person_id);
