-- Cues the user adds are particular to one person (as the Your cues tab says), or shared with
-- everyone. person_id NULL means shared: every cue added before this migration is kept, shared, so
-- no check-in or checklist loses one. Deleting a person deletes the cues that were only theirs.
-- person_id is not user text and is not sealed; the table keeps the uid, wc and AUTOINCREMENT that
-- 0010 gave it (ADD COLUMN changes none of them).
-- The SQL does not depend on its number; the lead may renumber it when merging.
ALTER TABLE user_cue ADD COLUMN person_id INTEGER REFERENCES person(id) ON DELETE CASCADE;
CREATE INDEX user_cue_by_person ON user_cue (person_id);
