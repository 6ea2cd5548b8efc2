package commonground.storage.sync;

import commonground.storage.Database;
import commonground.storage.SealedColumn;
import commonground.storage.Timestamps;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The texts kept because they were changed on two computers: read for the Sync page's list, and
 * kept by a feature whose open editor is about to save over a version that came from another
 * computer while the user was typing (so the other version is listed, not silently replaced).
 */
public final class ConflictCopies {

    private ConflictCopies() {
    }

    /** Every conflict copy, newest first. */
    static List<ConflictCopy> all(Database db) {
        return db.read(c -> {
            List<ConflictCopy> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, uuid, row_table, row_uuid, field, text, "
                    + "written_at FROM conflict_copy ORDER BY written_at DESC, uuid");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new ConflictCopy(rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            db.open(SealedColumn.CONFLICT_COPY_TEXT, rs.getLong(1), rs, 6),
                            Timestamps.parse(rs.getString(7))));
                }
            }
            return out;
        });
    }

    /**
     * Keeps {@code text} of {@code field} of record {@code rowUuid} in {@code table} as a conflict
     * copy, inside the caller's write (so it is kept before the caller writes over it). Synced like
     * the copies sync makes, so every computer lists it. Returns the copy's uuid.
     */
    public static String keep(Database db, Connection c, String table, String rowUuid, String field, String text,
                              Instant writtenAt) throws SQLException {
        String uuid = UUID.randomUUID().toString();
        insert(db, c, uuid, table, rowUuid, field, text, writtenAt);
        return uuid;
    }

    /**
     * The one check every editor of free text makes before it saves, inside its own write: the user
     * typed {@code typed} over {@code base} (the text the editor last read or saved; null to skip
     * the check), and the row holds {@code there} now. When {@code there} is another text (a sync
     * brought it in from another computer while the user typed), it is kept as a conflict copy of
     * {@code field} of record {@code rowUuid} in {@code table} before the caller writes over it, so
     * the other computer's words are listed on the Sync page, never silently replaced. An empty
     * text is not worth a copy. True when a copy was kept.
     */
    public static boolean keepOver(Database db, Connection c, String table, String rowUuid, String field,
                                   String there, String base, String typed, Instant writtenAt) throws SQLException {
        boolean keep = base != null && there != null && !there.isBlank() && !there.equals(base)
                && !there.equals(typed);
        if (keep) {
            keep(db, c, table, rowUuid, field, there, writtenAt);
        }
        return keep;
    }

    /**
     * The check for a record of several texts saved from a form (decision 0032): one per save,
     * inside the caller's write. For each text, {@link Check#text} gives what to write: a text left
     * as the form opened it takes what the row holds now (another computer's change stays), and a
     * text changed here is written as typed, the row's other text kept first by {@link #keepOver}.
     */
    public static Check check(Database db, Connection c, String table, String rowUuid, Instant writtenAt) {
        return new Check(db, c, table, rowUuid, writtenAt);
    }

    /** One save's check of its texts; {@link #kept()} when any other text was kept as a copy. */
    public static final class Check {
        private final Database db;
        private final Connection c;
        private final String table;
        private final String rowUuid;
        private final Instant writtenAt;
        private boolean kept;

        private Check(Database db, Connection c, String table, String rowUuid, Instant writtenAt) {
            this.db = db;
            this.c = c;
            this.table = table;
            this.rowUuid = rowUuid;
            this.writtenAt = writtenAt;
        }

        /**
         * What to write for {@code field}: {@code typed} over {@code base} (null: no check), the
         * row holding {@code there} now (null when unknown). Compared without surrounding spaces,
         * as the texts are kept.
         */
        public String text(String field, String there, String base, String typed) throws SQLException {
            String t = typed == null ? "" : typed.strip();
            if (base == null || there == null) {
                return t;
            }
            if (t.equals(base.strip())) {
                return there;
            }
            kept |= keepOver(db, c, table, rowUuid, field, there, base.strip(), t, writtenAt);
            return t;
        }

        public boolean kept() {
            return kept;
        }
    }

    /** Writes one conflict copy with {@code uuid}, its text sealed with this computer's row id. */
    static void insert(Database db, Connection c, String uuid, String table, String rowUuid, String field,
                       String text, Instant writtenAt) throws SQLException {
        long id = Database.nextId(c, ChangeApplier.CONFLICT_TABLE);
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO conflict_copy (id, uuid, row_table, row_uuid, "
                + "field, text, written_at) VALUES (?,?,?,?,?,?,?)")) {
            ps.setLong(1, id);
            ps.setString(2, uuid);
            ps.setString(3, table);
            ps.setString(4, rowUuid);
            ps.setString(5, field);
            ps.setObject(6, db.seal(SealedColumn.CONFLICT_COPY_TEXT, id, text));
            ps.setString(7, Timestamps.format(writtenAt));
            ps.executeUpdate();
        }
    }

    /** The user has dealt with a conflict copy: it goes, here and (at the next sync) everywhere. */
    static void dismiss(Database db, String conflictUuid) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM conflict_copy WHERE uuid = ?")) {
                ps.setString(1, conflictUuid);
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** How many conflict copies are kept for record {@code rowUuid} of {@code table}. */
    public static int countFor(Connection c, String table, String rowUuid) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT count(*) FROM conflict_copy WHERE row_table = ? AND row_uuid = ?")) {
            ps.setString(1, table);
            ps.setString(2, rowUuid);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        }
    }
}
