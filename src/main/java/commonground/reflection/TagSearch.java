package commonground.reflection;

import commonground.storage.Database;
import commonground.storage.SealedColumn;
import commonground.storage.SealedTextException;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.StringJoiner;

/**
 * The notes that carry one tag, for the tag filter. Tags are sealed while the lock is on, so SQL
 * cannot compare them: the filter is a query argument that {@link NoteRepository#prepare} turns
 * into the ids of those notes, as a JSON array for {@code n.id IN (SELECT value FROM json_each(?))}.
 * A tag that fails its check matches nothing.
 */
record TagSearch(Database db, String tag) {

    /** The SQL that takes this argument: the ids of the notes carrying the tag. */
    static final String IDS = "(SELECT value FROM json_each(?))";

    String idsJson(Connection c) throws SQLException {
        StringJoiner ids = new StringJoiner(",", "[", "]");
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT id, note_id, tag FROM note_tag")) {
            while (rs.next()) {
                if (tag.equals(opened(rs))) {
                    ids.add(Long.toString(rs.getLong(2)));
                }
            }
        }
        return ids.toString();
    }

    private String opened(ResultSet rs) throws SQLException {
        try {
            return db.open(SealedColumn.NOTE_TAG, rs.getLong(1), rs, 3);
        } catch (SealedTextException e) {
            return null;
        }
    }
}
