package commonground.app;

import commonground.reflection.NoteSearch;
import commonground.storage.Database;
import commonground.storage.TestClock;
import commonground.storage.sync.SyncEngine;
import commonground.storage.sync.SyncedTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every table of the schema either syncs or is on the documented list of those that stay on this
 * computer: a feature that adds a table for what its user writes and forgets to say where it goes
 * fails here, before anyone finds their words on one computer only.
 */
class SyncTablesCoverageTest {

    @TempDir
    Path dir;

    @Test
    void everyTableOfTheSchemaIsSyncedOrSaysWhyItStaysHere() throws Exception {
        List<String> forgotten = new ArrayList<>();
        List<String> both = new ArrayList<>();
        try (Database db = Database.open(dir.resolve(Database.FILE_NAME), TestClock.at("2026-12-01T08:00:00Z"))) {
            db.registerSearchIndex(NoteSearch.INDEX);
            Set<String> synced = new TreeSet<>();
            for (SyncedTable t : SyncTables.registerAll(new SyncEngine(db)).tables()) {
                synced.add(t.table());
                t.children().forEach(c -> synced.add(c.table()));
            }
            for (String table : tables(db)) {
                boolean isSynced = synced.contains(table);
                boolean staysHere = SyncTables.STAYS_ON_THIS_COMPUTER.containsKey(table);
                if (!isSynced && !staysHere) {
                    forgotten.add(table);
                } else if (isSynced && staysHere) {
                    both.add(table);
                }
            }
            assertEquals(List.of(), forgotten, "tables neither declared synced (a SyncedTable in app.SyncTables.ALL) "
                    + "nor on SyncTables.STAYS_ON_THIS_COMPUTER with the reason");
            assertEquals(List.of(), both, "tables both synced and said to stay on this computer");
            Set<String> all = tables(db);
            List<String> stale = SyncTables.STAYS_ON_THIS_COMPUTER.keySet().stream()
                    .filter(t -> !all.contains(t)).sorted().toList();
            assertEquals(List.of(), stale, "tables on the stay-here list that the schema no longer has");
            assertTrue(synced.containsAll(List.of("come_back", "good_moment", "disclosure_own_step",
                    "disclosure_step_taken", "news_situation", "news_told", "practice_text")), synced.toString());
        }
    }

    @Test
    void eachTableThatStaysHereSaysWhy() {
        SyncTables.STAYS_ON_THIS_COMPUTER.forEach((table, why) ->
                assertFalse(why.isBlank(), table + " stays on this computer without a reason"));
    }

    /** The schema's own tables: not SQLite's, not the full-text index's (rebuilt from the notes). */
    private static Set<String> tables(Database db) {
        return db.read(c -> {
            Set<String> virtual = new TreeSet<>();
            Set<String> out = new TreeSet<>();
            try (var s = c.createStatement(); var rs = s.executeQuery(
                    "SELECT name, sql FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")) {
                while (rs.next()) {
                    String sql = rs.getString(2);
                    if (sql != null && sql.startsWith("CREATE VIRTUAL TABLE")) {
                        virtual.add(rs.getString(1));
                    } else {
                        out.add(rs.getString(1));
                    }
                }
            }
            out.removeIf(t -> virtual.stream().anyMatch(v -> t.startsWith(v + "_")));
            return out;
        });
    }
}
