package commonground.storage;

import org.sqlite.SQLiteConnection;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Brings a database up to the latest schema: each pending {@link Migrations migration} runs in
 * its own transaction, which also stamps {@code application_id} and {@code user_version}.
 */
final class Migrator {

    private Migrator() {
    }

    static void migrate(Connection connection) throws SQLException {
        int current = Sql.queryInt(connection, "PRAGMA user_version");
        if (current == 0) {
            createAtOnce(connection);
            return;
        }
        for (Migrations.Migration m : Migrations.all()) {
            if (m.version() > current) {
                apply(connection, m);
            }
        }
    }

    /**
     * A new database gets every migration in one transaction: one commit (and one wait for the
     * disk) instead of one per migration, so a first start, and every test that makes a database,
     * is quicker. All or nothing, as each migration alone is.
     */
    private static void createAtOnce(Connection connection) throws SQLException {
        List<Migrations.Migration> all = Migrations.all();
        Sql.execute(connection, "PRAGMA foreign_keys = OFF");
        Sql.execute(connection, "BEGIN IMMEDIATE");
        Migrations.Migration running = all.get(0);
        try {
            for (Migrations.Migration m : all) {
                running = m;
                ((SQLiteConnection) connection).getDatabase()._exec(m.sql());
            }
            checkReferences(connection);
            Sql.execute(connection, "PRAGMA application_id = " + Database.APPLICATION_ID);
            Sql.execute(connection, "PRAGMA user_version = " + all.get(all.size() - 1).version());
            Sql.execute(connection, "COMMIT");
        } catch (SQLException | RuntimeException e) {
            Sql.rollbackAfter(connection, e);
            throw new SQLException("Migration " + running.resource() + " failed: " + e.getMessage(), e);
        } finally {
            Sql.execute(connection, "PRAGMA foreign_keys = ON");
        }
    }

    private static void checkReferences(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("PRAGMA foreign_key_check")) {
            if (rs.next()) {
                throw new SQLException("a reference in " + rs.getString(1) + " points nowhere");
            }
        }
    }

    private static void apply(Connection connection, Migrations.Migration m) throws SQLException {
        // A migration that rebuilds tables runs with foreign keys off (they cannot change inside
        // a transaction), so dropping the old table cascades nothing; the keys are checked
        // before it commits.
        boolean rebuilds = m.sql().startsWith("-- migrate with foreign keys off");
        if (rebuilds) {
            Sql.execute(connection, "PRAGMA foreign_keys = OFF");
        }
        Sql.execute(connection, "BEGIN IMMEDIATE");
        try {
            ((SQLiteConnection) connection).getDatabase()._exec(m.sql());
            if (rebuilds) {
                checkReferences(connection);
            }
            Sql.execute(connection, "PRAGMA application_id = " + Database.APPLICATION_ID);
            Sql.execute(connection, "PRAGMA user_version = " + m.version());
            Sql.execute(connection, "COMMIT");
        } catch (SQLException | RuntimeException e) {
            Sql.rollbackAfter(connection, e);
            throw new SQLException("Migration " + m.resource() + " failed: " + e.getMessage(), e);
        } finally {
            if (rebuilds) {
                Sql.execute(connection, "PRAGMA foreign_keys = ON");
            }
        }
    }
}
