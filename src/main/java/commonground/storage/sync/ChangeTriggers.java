package commonground.storage.sync;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The triggers that note which records changed here: on each synced table and its children, any
 * insert, update or delete adds the record's table and uuid to {@code sync_dirty}. They live in
 * the file (not only the connection) so that every writer is seen, the command-line import and
 * restore included; they are added when sync starts, again each time the database opens and on
 * each sync (a migration that rebuilds a table drops its triggers, as the lock's 0010 does), and
 * removed when this computer stops syncing.
 */
final class ChangeTriggers {

    private ChangeTriggers() {
    }

    /**
     * Adds the triggers that are not there; returns the synced tables some of whose triggers were
     * missing (a migration rebuilt the table, or the table is newly synced), whose records the
     * caller marks as changed so that nothing written meanwhile is left out.
     */
    static List<String> ensure(Connection c, List<SyncedTable> tables) throws SQLException {
        List<String> missing = new ArrayList<>();
        try (Statement s = c.createStatement()) {
            for (SyncedTable t : tables) {
                if (!present(c, t)) {
                    missing.add(t.table());
                }
                String mark = "INSERT OR IGNORE INTO sync_dirty (table_name, uuid) VALUES ('" + t.table() + "', ";
                s.execute("CREATE TRIGGER IF NOT EXISTS " + name(t.table(), "i") + " AFTER INSERT ON \"" + t.table()
                        + "\" BEGIN " + mark + "new.uuid); END");
                s.execute("CREATE TRIGGER IF NOT EXISTS " + name(t.table(), "u") + " AFTER UPDATE ON \"" + t.table()
                        + "\" BEGIN " + mark + "new.uuid); " + mark + "old.uuid); END");
                s.execute("CREATE TRIGGER IF NOT EXISTS " + name(t.table(), "d") + " AFTER DELETE ON \"" + t.table()
                        + "\" BEGIN " + mark + "old.uuid); END");
                for (SyncedTable.Child child : t.children()) {
                    String parent = "INSERT OR IGNORE INTO sync_dirty (table_name, uuid) SELECT '" + t.table()
                            + "', uuid FROM \"" + t.table() + "\" WHERE id = ";
                    String p = "\"" + child.parentColumn() + "\"";
                    s.execute("CREATE TRIGGER IF NOT EXISTS " + name(child.table(), "i") + " AFTER INSERT ON \""
                            + child.table() + "\" BEGIN " + parent + "new." + p + "; END");
                    s.execute("CREATE TRIGGER IF NOT EXISTS " + name(child.table(), "u") + " AFTER UPDATE ON \""
                            + child.table() + "\" BEGIN " + parent + "new." + p + "; " + parent + "old." + p + "; END");
                    s.execute("CREATE TRIGGER IF NOT EXISTS " + name(child.table(), "d") + " AFTER DELETE ON \""
                            + child.table() + "\" BEGIN " + parent + "old." + p + "; END");
                }
            }
        }
        return missing;
    }

    private static boolean present(Connection c, SyncedTable t) throws SQLException {
        List<String> names = new ArrayList<>();
        for (String kind : new String[] {"i", "u", "d"}) {
            names.add(name(t.table(), kind));
            for (SyncedTable.Child child : t.children()) {
                names.add(name(child.table(), kind));
            }
        }
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT count(*) FROM sqlite_schema WHERE type = 'trigger' AND name = ?")) {
            for (String name : names) {
                ps.setString(1, name);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next() || rs.getInt(1) == 0) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    static void remove(Connection c, List<SyncedTable> tables) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (SyncedTable t : tables) {
                for (String kind : new String[] {"i", "u", "d"}) {
                    s.execute("DROP TRIGGER IF EXISTS " + name(t.table(), kind));
                    for (SyncedTable.Child child : t.children()) {
                        s.execute("DROP TRIGGER IF EXISTS " + name(child.table(), kind));
                    }
                }
            }
        }
    }

    private static String name(String table, String kind) {
        return "sync_" + table + "_" + kind;
    }
}
