package commonground.storage;

import org.sqlite.SQLiteConnection;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A data file as an older app left it: every migration before the one whose SQL holds a marker is
 * applied, and the file says it is at that version, so opening it runs the migration under test.
 */
final class BeforeMigration {

    private BeforeMigration() {
    }

    /** The file at {@code file}, at the schema just before the migration holding {@code mark}; the caller closes it. */
    static Connection open(Path file, String mark) throws SQLException {
        Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        int version = 0;
        for (Migrations.Migration m : Migrations.all()) {
            if (m.sql().contains(mark)) {
                break;
            }
            ((SQLiteConnection) c).getDatabase()._exec(m.sql());
            version = m.version();
        }
        assertTrue(version < Migrations.latestVersion(), "the migration holding \"" + mark + "\" is among them");
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA application_id = " + Database.APPLICATION_ID);
            s.execute("PRAGMA user_version = " + version);
        }
        return c;
    }
}
