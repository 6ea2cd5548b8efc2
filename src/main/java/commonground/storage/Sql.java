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
}
