package commonground.draft;

import commonground.storage.SealedColumn;
import commonground.storage.Database;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.UUID;

/** The message the user is drafting in "Draft a message" (one working draft, kept between runs). */
public final class DraftRepository {

    /** The longest draft kept. */
    public static final int MAX_CHARS = SealedColumn.MESSAGE_DRAFT.maxChars();

    private final Database db;

    public DraftRepository(Database db) {
        this.db = db;
    }

    /** The working draft's text, or an empty string. */
    public String current() {
        return db.read(c -> {
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery(
                         "SELECT body, id FROM message_draft ORDER BY updated_at DESC LIMIT 1")) {
                return rs.next() ? db.open(SealedColumn.MESSAGE_DRAFT, rs.getLong(2), rs, 1) : "";
            }
        });
    }

    /** Saves the working draft. */
    public void save(String text) {
        String body = text == null ? "" : text;
        if (body.length() > MAX_CHARS) {
            throw new IllegalArgumentException("This draft is longer than " + MAX_CHARS
                    + " characters, so it was not saved. A shorter message is kinder to both of you.");
        }
        String now = db.now();
        db.write(c -> {
            java.util.List<Long> ids = new java.util.ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT id FROM message_draft")) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE message_draft SET body = ?, updated_at = ? WHERE id = ?")) {
                for (long id : ids) {
                    ps.setObject(1, db.seal(SealedColumn.MESSAGE_DRAFT, id, body));
                    ps.setString(2, now);
                    ps.setLong(3, id);
                    ps.executeUpdate();
                }
            }
            if (ids.isEmpty()) {
                long id = Database.nextId(c, "message_draft");
                try (PreparedStatement ps = c.prepareStatement(
                        "INSERT INTO message_draft (uuid, body, updated_at, id) VALUES (?, ?, ?, ?)")) {
                    ps.setString(1, UUID.randomUUID().toString());
                    ps.setObject(2, db.seal(SealedColumn.MESSAGE_DRAFT, id, body));
                    ps.setString(3, now);
                    ps.setLong(4, id);
                    ps.executeUpdate();
                }
            }
            return null;
        });
    }
}
