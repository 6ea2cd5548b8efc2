package commonground.storage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteConnection;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A new database is made with every migration in one transaction; it must be the very database
 * that migrating one step at a time makes (the way an older profile is brought up to date).
 */
class MigrationAtOnceTest {

    @TempDir
    Path dir;

    private static List<String> schema(Path file) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT type, name, tbl_name, sql FROM sqlite_master "
                    + "ORDER BY type, name")) {
                while (rs.next()) {
                    rows.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3) + "\n" + rs.getString(4));
                }
            }
            for (String pragma : List.of("user_version", "application_id")) {
                try (ResultSet rs = s.executeQuery("PRAGMA " + pragma)) {
                    rows.add(pragma + " " + rs.getLong(1));
                }
            }
        }
        return rows;
    }

    @Test
    void aNewDatabaseIsTheSameAsOneMigratedStepByStep() throws Exception {
        Path atOnce = Files.createDirectories(dir.resolve("new")).resolve(Database.FILE_NAME);
        Database.open(atOnce).close();

        Path stepwise = Files.createDirectories(dir.resolve("old")).resolve(Database.FILE_NAME);
        Migrations.Migration first = Migrations.all().get(0);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + stepwise);
             Statement s = c.createStatement()) {
            ((SQLiteConnection) c).getDatabase()._exec(first.sql());
            s.execute("PRAGMA application_id = " + Database.APPLICATION_ID);
            s.execute("PRAGMA user_version = " + first.version());
        }
        Database.open(stepwise).close();

        List<String> expected = schema(stepwise);
        assertEquals(Migrations.all().get(Migrations.all().size() - 1).version(),
                Integer.parseInt(expected.get(expected.size() - 2).split(" ")[1]));
        assertEquals(expected, schema(atOnce));
    }
}
