package commonground.storage;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** The few one-line statements storage runs over and over: run one, or read one number. */
final class Sql {

    private Sql() {
    }

    static void execute(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    static int queryInt(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    static long queryLong(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    /**
     * Rolls back after {@code failure}. SQLite may have rolled back by itself already (a full disk,
     * say), and then ROLLBACK fails with "no transaction is active": the original failure is the
     * one worth reporting, so a failed rollback is attached to it rather than thrown.
     */
    static void rollbackAfter(Connection c, Exception failure) {
        try {
            execute(c, "ROLLBACK");
        } catch (SQLException rollbackFailure) {
            failure.addSuppressed(rollbackFailure);
        }
    }

    /**
     * Copies the main database of {@code c} to {@code target} with SQLite's online backup, called
     * through the driver (no SQL is built from the file name, so any name is safe).
     */
    static void backupTo(Connection c, java.nio.file.Path target) throws SQLException {
        org.sqlite.SQLiteConnection sqlite = c.unwrap(org.sqlite.SQLiteConnection.class);
        int rc = sqlite.getDatabase().backup("main", target.toAbsolutePath().toString(), null);
        if (rc != org.sqlite.core.Codes.SQLITE_OK) {
            throw new SQLException("the copy could not be made (SQLite code " + rc + ")", null, rc);
        }
    }

    /** Replaces the main database of {@code c} with the contents of {@code source}, through the driver. */
    static void restoreFrom(Connection c, java.nio.file.Path source) throws SQLException {
        org.sqlite.SQLiteConnection sqlite = c.unwrap(org.sqlite.SQLiteConnection.class);
        int rc = sqlite.getDatabase().restore("main", source.toAbsolutePath().toString(), null);
        if (rc != org.sqlite.core.Codes.SQLITE_OK) {
            throw new SQLException("the backup could not be read back (SQLite code " + rc + ")", null, rc);
        }
    }
}
