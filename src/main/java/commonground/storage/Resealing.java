package commonground.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Rewrites every {@link SealedColumn sealed column} of a database when the lock is turned on
 * (readable text becomes sealed, and the on-disk search indexes are emptied) or off (sealed text
 * becomes readable again, and the indexes are rebuilt), then compacts the file so that no earlier
 * page keeps the old form. Uses the database's {@link SealingSession} as it stands.
 */
final class Resealing {

    private final Database db;

    Resealing(Database db) {
        this.db = db;
    }

    /**
     * Seals every readable value of every sealed column and empties the on-disk search indexes,
     * which must hold nothing while the lock is on (used when setting up, for old backups, after an import).
     */
    void sealAll(Connection c) throws SQLException {
        rewriteAll(c, READABLE, (col, id, value) -> db.seal(col, id, value.toString()));
        db.sealing().emptyDiskIndexes(c);
    }

    /** Opens every sealed value back into readable text and rebuilds the on-disk search indexes. */
    void openAll(Connection c) throws SQLException {
        rewriteAll(c, SEALED, (col, id, value) -> db.open(col, id, value));
        db.sealing().rebuildDiskIndexes(c);
    }

    /**
     * Brings sealed values up to date at unlock, in the write that {@code db}'s session seals in:
     * seals the columns a migration left readable while the profile was locked (listed in
     * {@code lock_pending_seal}: sealed since then, but the key was not there to seal them), and
     * seals again, in the current format, each value sealed in format 1 (no padding, so its size
     * told the text's length; bound to the row id only), when 0010 found the profile locked (the
     * row {@code '*', 'unpadded'}). Format 1 opens only during this ({@link FieldCipher#acceptUnpadded}),
     * so one pasted in later from an old backup is refused. Returns how many values were rewritten.
     */
    int upgradeAll(Connection c) throws SQLException {
        int rewritten = 0;
        boolean unpadded = Sql.queryLong(c, "SELECT count(*) FROM lock_pending_seal WHERE table_name = '*' "
                + "AND column_name = 'unpadded'") > 0;
        for (SealedColumn col : pendingColumns(c)) {
            rewritten += rewrite(c, col, select(c, col, READABLE), (column, id, value) -> db.seal(column, id,
                    value.toString()));
        }
        Sql.execute(c, "DELETE FROM lock_pending_seal");
        if (!unpadded) {
            return rewritten; // Sealed since 0010 only: nothing in the old format to look for.
        }
        String format1 = "typeof(%s) = 'blob' AND substr(%1$s, 1, 1) = x'0" + FieldCipher.FORMAT_UNPADDED + "'";
        for (SealedColumn col : SealedColumn.values()) {
            rewritten += rewrite(c, col, select(c, col, format1), (column, id, value) -> {
                try {
                    return db.seal(column, id, db.open(column, id, value));
                } catch (SealedTextException e) {
                    return value; // Left as it is; reading it reports the problem.
                }
            });
        }
        return rewritten;
    }

    private static List<SealedColumn> pendingColumns(Connection c) throws SQLException {
        List<SealedColumn> columns = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT table_name, column_name FROM lock_pending_seal")) {
            while (rs.next()) {
                SealedColumn col = SealedColumn.of(rs.getString(1), rs.getString(2));
                if (col != null) {
                    columns.add(col);
                }
            }
        }
        return columns;
    }

    /**
     * Opens every sealed value with {@code from} and seals it again with {@code to}, through the
     * database's own seal and open; afterwards the session seals with {@code to}. A value that does
     * not open (damaged before) is left as it was; returns how many were.
     */
    int rekeyAll(Connection c, FieldCipher from, FieldCipher to) throws SQLException {
        SealingSession session = db.sealing();
        int[] damaged = {0};
        try {
            rewriteAll(c, SEALED, (col, id, value) -> {
                session.useCipherForSealing(from);
                String text;
                try {
                    text = db.open(col, id, value);
                } catch (SealedTextException e) {
                    damaged[0]++;
                    return null;
                }
                session.useCipherForSealing(to);
                return db.seal(col, id, text);
            });
        } finally {
            session.useCipherForSealing(to);
        }
        return damaged[0];
    }

    /** How one stored value becomes another (sealed, or opened); null leaves it as it was. */
    private interface Rewrite {
        Object apply(SealedColumn column, long rowId, Object stored);
    }

    /** Which stored values a rewrite takes: {@code %s} is the quoted column. */
    private static final String READABLE = "typeof(%s) NOT IN ('blob', 'null')";
    private static final String SEALED = "typeof(%s) = 'blob'";

    /** Rewrites the values {@code which} selects in every sealed column, row by row. */
    private static void rewriteAll(Connection c, String which, Rewrite rewrite) throws SQLException {
        for (SealedColumn col : SealedColumn.values()) {
            rewrite(c, col, select(c, col, which), rewrite);
        }
    }

    private static List<Object[]> select(Connection c, SealedColumn col, String which) throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        String quoted = "\"" + col.column() + "\"";
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT id, " + quoted + " FROM \""
                + col.table() + "\" WHERE " + String.format(which, quoted))) {
            while (rs.next()) {
                rows.add(new Object[] {rs.getLong(1), rs.getObject(2)});
            }
        }
        return rows;
    }

    private static int rewrite(Connection c, SealedColumn col, List<Object[]> rows, Rewrite rewrite) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE \"" + col.table() + "\" SET \"" + col.column()
                + "\" = ? WHERE id = ?")) {
            int rewritten = 0;
            for (Object[] row : rows) {
                long id = (Long) row[0];
                Object value = rewrite.apply(col, id, row[1]);
                if (value == null) {
                    continue;
                }
                ps.setObject(1, value);
                ps.setLong(2, id);
                ps.executeUpdate();
                rewritten++;
            }
            return rewritten;
        }
    }

    /** Rewrites the file without free space and truncates the log, so no earlier page survives in either. */
    void compact() {
        db.read(c -> {
            try (Statement s = c.createStatement()) {
                s.execute("VACUUM main");
                try (ResultSet rs = s.executeQuery("PRAGMA wal_checkpoint(TRUNCATE)")) {
                    // busy = 1: another connection still reads, so the log (with earlier pages) was not emptied.
                    if (rs.next() && rs.getInt(1) != 0) {
                        throw new StorageException("Another program is reading the data file, so its log, which "
                                + "may still hold earlier pages, could not be emptied yet.", null, 5);
                    }
                }
            }
            return null;
        });
    }
}
