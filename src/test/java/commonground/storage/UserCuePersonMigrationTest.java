package commonground.storage;

import commonground.cues.Cue;
import commonground.cues.UserCueRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A real data file from before cues were per person: the cues the user had added are all kept,
 * shared with everyone, with their words and acknowledgements, and check-ins that used them stay.
 */
class UserCuePersonMigrationTest {

    private static final String MARK = "ALTER TABLE user_cue ADD COLUMN person_id";

    @TempDir
    Path dir;

    /** Writes a file at the schema just before cues became per person, holding one person, a cue and a check-in. */
    private Path fileFromBefore() throws Exception {
        Path file = dir.resolve(Database.FILE_NAME);
        try (Connection c = BeforeMigration.open(file, MARK)) {
            try (Statement s = c.createStatement()) {
                s.execute("INSERT INTO person (id, uuid, name, relationship, note, created_at, updated_at) "
                        + "VALUES (1, 'p-1', 'Dad', 'PARENT', '', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')");
                s.execute("INSERT INTO user_cue (id, uuid, category, seen, might_mean, nonverbal, not_to_say, "
                        + "created_at, updated_at) VALUES (7, 'cue-7', 'HANDS', 'Taps the table', "
                        + "'Thinking something over.', 'A nod', 'Why are you doing that?', "
                        + "'2026-01-02T00:00:00Z', '2026-01-02T00:00:00Z')");
                s.execute("INSERT INTO user_cue_acknowledgement (user_cue_id, position, text) "
                        + "VALUES (7, 0, 'Take your time.')");
                s.execute("INSERT INTO check_in (id, uuid, person_id, happened_at, created_at, updated_at) "
                        + "VALUES (1, 'c-1', 1, '2026-01-03T18:00:00Z', '2026-01-03T18:00:00Z', "
                        + "'2026-01-03T18:00:00Z')");
                s.execute("INSERT INTO check_in_cue (check_in_id, cue_key, category, seen) "
                        + "VALUES (1, 'user:cue-7', 'HANDS', 'Taps the table')");
            }
        }
        return file;
    }

    @Test
    void cuesAddedBeforeAreKeptAndSharedWithEveryone() throws Exception {
        Path file = fileFromBefore();
        try (Database db = Database.open(file)) {
            assertEquals(Database.latestSchemaVersion(), new DatabaseDiagnostics(db).schemaVersion());
            List<Cue> cues = new UserCueRepository(db).all();
            assertEquals(1, cues.size());
            Cue cue = cues.get(0);
            assertEquals("user:cue-7", cue.key());
            assertEquals("Taps the table", cue.seen());
            assertEquals(List.of("Take your time."), cue.text().acknowledgements());
            assertNull(cue.personId(), "shared with everyone");
            assertTrue(cue.isFor(1L) && cue.isFor(2L) && cue.isFor(null));
            assertEquals("user:cue-7", db.read(c -> {
                try (Statement s = c.createStatement();
                     var rs = s.executeQuery("SELECT cue_key FROM check_in_cue WHERE check_in_id = 1")) {
                    return rs.getString(1);
                }
            }));
        }
    }
}
