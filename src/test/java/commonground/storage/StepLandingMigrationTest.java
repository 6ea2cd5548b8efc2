package commonground.storage;

import commonground.longgame.DisclosureRepository;
import commonground.longgame.Landing;
import commonground.longgame.TakenStep;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A real data file from before a step of going first could be kept without saying how it landed:
 * its steps are all kept as they were (ids, uids and write counts too), no id is used again, and
 * a step with no landing can then be kept.
 */
class StepLandingMigrationTest {

    private static final String MARK = "landed IS NULL OR landed IN";

    @TempDir
    Path dir;

    private Path fileFromBefore() throws Exception {
        Path file = dir.resolve(Database.FILE_NAME);
        try (Connection c = BeforeMigration.open(file, MARK)) {
            try (Statement s = c.createStatement()) {
                s.execute("INSERT INTO person (id, uuid, name, relationship, note, created_at, updated_at) "
                        + "VALUES (1, 'p-1', 'Dad', 'PARENT', '', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')");
                for (int id = 1; id <= 3; id++) {
                    s.execute("INSERT INTO disclosure_step_taken (id, uid, wc, uuid, person_id, taken_on, rung, what, "
                            + "landed, note, created_at) VALUES (" + id + ", '" + "a".repeat(31) + id + "', 2, 's-" + id
                            + "', 1, '2026-01-1" + id + "', 1, 'Step " + id + "', 'WARMLY', 'He smiled', "
                            + "'2026-01-12T10:00:00Z')");
                }
                s.execute("DELETE FROM disclosure_step_taken WHERE id = 3"); // the highest id, never to be used again
            }
        }
        return file;
    }

    @Test
    void stepsKeptBeforeStayAsTheyWereAndAStepWithNoLandingCanBeKept() throws Exception {
        Path file = fileFromBefore();
        try (Database db = Database.open(file)) {
            assertEquals(Database.latestSchemaVersion(), new DatabaseDiagnostics(db).schemaVersion());
            DisclosureRepository steps = new DisclosureRepository(db);
            List<TakenStep> before = steps.taken(1);
            assertEquals(List.of("Step 2", "Step 1"), before.stream().map(TakenStep::what).toList());
            assertEquals(Landing.WARMLY, before.get(0).landed());
            assertEquals("He smiled", before.get(0).note());
            assertEquals(List.of("a".repeat(31) + "1|2"), db.read(c -> {
                try (Statement s = c.createStatement();
                     var rs = s.executeQuery("SELECT uid || '|' || wc FROM disclosure_step_taken WHERE id = 1")) {
                    return List.of(rs.getString(1));
                }
            }));

            TakenStep open = steps.take(1, LocalDate.now(db.clock()), 2, "A place I liked as a child", null, "");
            assertEquals(4, open.id(), "no id used twice, even a deleted one's");
            assertNull(steps.taken(1).get(0).landed());
            assertEquals(List.of(LocalDate.of(2026, 1, 11), LocalDate.of(2026, 1, 12)),
                    steps.days(1, Landing.WARMLY).stream().sorted().toList(), "the look-back counts only what is said");
        }
    }
}
