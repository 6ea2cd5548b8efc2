package commonground.draft;

import commonground.storage.Database;
import commonground.storage.SealedColumn;
import commonground.storage.Timestamps;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The messages the user is drafting in "Draft a message", kept between runs: several, each
 * optionally written to someone from People. The text is sealed with the lock like all the user
 * writes; the drafts stay on this computer (sync does not carry them, decision 0017).
 */
public final class DraftRepository {

    /** The longest draft kept. */
    public static final int MAX_CHARS = SealedColumn.MESSAGE_DRAFT.maxChars();

    private static final String COLUMNS = "uuid, person_id, body, created_at, updated_at, id";

    private final Database db;

    public DraftRepository(Database db) {
        this.db = db;
    }

    /** Every kept draft, the newest started first. */
    public List<MessageDraft> all() {
        return db.read(c -> {
            List<MessageDraft> out = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT " + COLUMNS
                    + " FROM message_draft ORDER BY created_at DESC, id DESC")) {
                while (rs.next()) {
                    long personId = rs.getLong(2);
                    Long person = rs.wasNull() ? null : personId;
                    out.add(new MessageDraft(rs.getString(1), person,
                            db.open(SealedColumn.MESSAGE_DRAFT, rs.getLong(6), rs, 3),
                            Timestamps.parse(rs.getString(4)), Timestamps.parse(rs.getString(5))));
                }
            }
            return out;
        });
    }

    /** The draft changed most recently, the one to open first; null when there is none. */
    public MessageDraft lastChanged() {
        return all().stream().max(java.util.Comparator.comparing(MessageDraft::updatedAt)).orElse(null);
    }

    /** The text of the draft changed most recently, or an empty string. */
    public String current() {
        MessageDraft last = lastChanged();
        return last == null ? "" : last.body();
    }

    /** Keeps {@code text} in the draft changed most recently, or in a new draft for no one in particular. */
    public void save(String text) {
        MessageDraft last = lastChanged();
        keep(last == null ? UUID.randomUUID().toString() : last.uuid(), last == null ? null : last.personId(), text);
    }

    /**
     * Keeps the draft {@code uuid}: its text and who it is written to ({@code personId}, or null).
     * A draft not kept before is added, started now.
     */
    public void keep(String uuid, Long personId, String text) {
        String body = text == null ? "" : text;
        if (body.length() > MAX_CHARS) {
            throw new IllegalArgumentException("This draft is longer than " + MAX_CHARS
                    + " characters, so it was not saved. A shorter message is kinder to both of you.");
        }
        String now = db.now();
        db.write(c -> {
            Long id = idOf(c, uuid);
            if (id == null) {
                id = Database.nextId(c, "message_draft");
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO message_draft "
                        + "(uuid, person_id, body, created_at, updated_at, id) VALUES (?, ?, ?, ?, ?, ?)")) {
                    ps.setString(1, uuid);
                    setPerson(ps, 2, personId);
                    ps.setObject(3, db.seal(SealedColumn.MESSAGE_DRAFT, id, body));
                    ps.setString(4, now);
                    ps.setString(5, now);
                    ps.setLong(6, id);
                    ps.executeUpdate();
                }
                return null;
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE message_draft SET person_id = ?, body = ?, updated_at = ? WHERE id = ?")) {
                setPerson(ps, 1, personId);
                ps.setObject(2, db.seal(SealedColumn.MESSAGE_DRAFT, id, body));
                ps.setString(3, now);
                ps.setLong(4, id);
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** Deletes the draft {@code uuid} for good; true when there was one. */
    public boolean delete(String uuid) {
        return db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM message_draft WHERE uuid = ?")) {
                ps.setString(1, uuid);
                return ps.executeUpdate() > 0;
            }
        });
    }

    private static Long idOf(Connection c, String uuid) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM message_draft WHERE uuid = ?")) {
            ps.setString(1, uuid);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        }
    }

    private static void setPerson(PreparedStatement ps, int index, Long personId) throws SQLException {
        if (personId == null) {
            ps.setNull(index, Types.INTEGER);
        } else {
            ps.setLong(index, personId);
        }
    }
}
