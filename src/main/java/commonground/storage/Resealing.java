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
        rewriteAll(c, "text", (col, id, value) -> db.seal(col, id, (String) value));
        db.sealing().emptyDiskIndexes(c);
    }

    /** Opens every sealed value back into readable text and rebuilds the on-disk search indexes. */
    void openAll(Connection c) throws SQLException {
        rewriteAll(c, "blob", (col, id, value) -> db.open(col, id, value));
        db.sealing().rebuildDiskIndexes(c);
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
            rewriteAll(c, "blob", (col, id, value) -> {
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

    /** Rewrites the values of SQLite type {@code fromType} in every sealed column, row by row. */
    private static void rewriteAll(Connection c, String fromType, Rewrite rewrite) throws SQLException {
        for (SealedColumn col : SealedColumn.values()) {
            List<Object[]> rows = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT id, \"" + col.column()
                    + "\" FROM \"" + col.table() + "\" WHERE typeof(\"" + col.column() + "\") = '" + fromType + "'")) {
                while (rs.next()) {
                    rows.add(new Object[] {rs.getLong(1), rs.getObject(2)});
                }
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE \"" + col.table() + "\" SET \"" + col.column()
                    + "\" = ? WHERE id = ?")) {
                for (Object[] row : rows) {
                    long id = (Long) row[0];
                    Object rewritten = rewrite.apply(col, id, row[1]);
                    if (rewritten == null) {
                        continue;
                    }
                    ps.setObject(1, rewritten);
                    ps.setLong(2, id);
                    ps.executeUpdate();
                }
            }
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
