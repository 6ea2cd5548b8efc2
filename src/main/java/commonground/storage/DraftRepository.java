package commonground.storage;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.UUID;

/** The message the user is drafting in "Draft a message" (one working draft, kept between runs). */
public final class DraftRepository {

    /** The longest draft kept. */
    public static final int MAX_CHARS = 100_000;

    private final Database db;

    public DraftRepository(Database db) {
        this.db = db;
    }

    /** The working draft's text, or an empty string. */
    public String current() {
        return db.read(c -> {
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT body FROM message_draft ORDER BY updated_at DESC LIMIT 1")) {
                return rs.next() ? rs.getString(1) : "";
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
        String now = Instant.now().toString();
        db.write(c -> {
            int changed;
            try (PreparedStatement ps = c.prepareStatement("UPDATE message_draft SET body = ?, updated_at = ?")) {
                ps.setString(1, body);
                ps.setString(2, now);
                changed = ps.executeUpdate();
            }
            if (changed == 0) {
                try (PreparedStatement ps = c.prepareStatement(
                        "INSERT INTO message_draft (uuid, body, updated_at) VALUES (?, ?, ?)")) {
                    ps.setString(1, UUID.randomUUID().toString());
                    ps.setString(2, body);
                    ps.setString(3, now);
                    ps.executeUpdate();
                }
            }
            return null;
        });
    }
}
