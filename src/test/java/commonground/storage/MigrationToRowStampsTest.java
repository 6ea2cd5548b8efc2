package commonground.storage;

import commonground.reflection.NeedsRepository;
import commonground.reflection.NoteRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteConnection;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Migration 0010 over a file written by the version before it: every row kept with its id, each
 * given a uid of its own, ids never reused afterwards, and a locked profile noted to be sealed at
 * the next unlock.
 */
class MigrationToRowStampsTest {

    @TempDir
    Path dir;

    /** A file at schema 9 (the last before 0010), with a note, two tags and a needs check-in. */
    private Path fileBefore0010(boolean locked) throws Exception {
        Path file = dir.resolve(Database.FILE_NAME);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            for (Migrations.Migration m : Migrations.all()) {
                if (m.version() <= 9) {
                    ((SQLiteConnection) c).getDatabase()._exec(m.sql());
                }
            }
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA application_id = " + Database.APPLICATION_ID);
                s.execute("PRAGMA user_version = 9");
                s.execute("INSERT INTO note (id, uuid, title, body, prompt_id, created_at, updated_at) VALUES "
                        + "(7, 'n7', 'Sunday', 'Sunday\nA long walk.', 'grief-hoping', '2026-11-01T10:00:00Z', "
                        + "'2026-11-01T10:00:00Z')");
                s.execute("INSERT INTO note_tag (note_id, tag) VALUES (7, 'walks'), (7, 'dad')");
                s.execute("INSERT INTO needs_checkin (id, uuid, created_at, note) VALUES (3, 'c3', "
                        + "'2026-11-02T10:00:00Z', '')");
                s.execute("INSERT INTO needs_checkin_rating (checkin_id, need_id, rating) VALUES (3, 'closeness', 2)");
                if (locked) {
                    s.execute("INSERT INTO lock_key (kind, kdf, memory_kib, iterations, parallelism, salt, wrapped, "
                            + "created_at) VALUES ('PASSPHRASE', 'argon2id', 8192, 1, 1, zeroblob(16), zeroblob(48), "
                            + "'2026-11-01T10:00:00Z')");
                }
            }
        }
        return file;
    }

    @Test
    void everyRowIsKeptWithItsIdAndGetsAUidOfItsOwn() throws Exception {
        try (Database db = Database.open(fileBefore0010(false))) {
            NoteRepository notes = new NoteRepository(db);
            var note = notes.find(7).orElseThrow();
            assertEquals("Sunday\nA long walk.", note.body());
            assertEquals("grief-hoping", note.promptId());
            assertEquals(List.of("dad", "walks"), note.tags());
            assertEquals(Map.of("closeness", 2), new NeedsRepository(db).checkIns(5).get(0).ratings());
            db.read(c -> {
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                        "SELECT count(*), count(DISTINCT uid), sum(uid GLOB '" + "[0-9a-f]".repeat(32) + "') FROM "
                                + "(SELECT uid FROM note UNION ALL SELECT uid FROM note_tag "
                                + "UNION ALL SELECT uid FROM needs_checkin_rating)")) {
                    assertEquals(4, rs.getLong(1));
                    assertEquals(4, rs.getLong(2), "each row its own uid");
                    assertEquals(4, rs.getLong(3), "32 lowercase hex digits");
                }
                return null;
            });
            notes.deleteForever(7);
            assertTrue(notes.create(null, null).id() > 7, "the id of a deleted note is not given again");
            assertEquals(0L, (long) db.read(c -> Sql.queryLong(c, "SELECT count(*) FROM lock_pending_seal")),
                    "nothing waits for an unlock when the lock was off");
        }
    }

    @Test
    void aLockedProfileIsNotedToBeSealedAtTheNextUnlock() throws Exception {
        try (Database db = Database.open(fileBefore0010(true))) {
            assertTrue(db.isLockEnabled());
            List<String> pending = db.read(c -> {
                List<String> out = new java.util.ArrayList<>();
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                        "SELECT table_name || '.' || column_name FROM lock_pending_seal ORDER BY 1")) {
                    while (rs.next()) {
                        out.add(rs.getString(1));
                    }
                }
                return out;
            });
            assertTrue(pending.containsAll(List.of("*.unpadded", "note.prompt_id", "note_tag.tag",
                    "needs_checkin_rating.rating", "scenario_answer.step_id", "user_cue.seen")), pending.toString());
            for (SealedColumn col : SealedColumn.values()) {
                boolean before0010 = col.ordinal() <= SealedColumn.PERSON_SAFETY.ordinal();
                assertEquals(!before0010, pending.contains(col.table() + "." + col.column()), col.toString());
            }
        }
    }
}
