package commonground.cues;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import commonground.storage.Database;
import commonground.storage.SealedColumn;
import commonground.storage.SealedTextException;
import commonground.storage.StorageException;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Optional;
import java.util.UUID;

/**
 * The one check-in being filled in on the Cues page, kept between runs (see {@link KeptCheckIn}).
 * Stored as JSON in a sealed column, so with the lock on nothing of it is readable in the file.
 */
public final class CheckInDraftRepository {

    /** The longest kept form, as JSON. */
    static final int MAX_CHARS = SealedColumn.CHECK_IN_DRAFT.maxChars();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Database db;

    public CheckInDraftRepository(Database db) {
        this.db = db;
    }

    /** The kept check-in, if there is one (none when what is stored can no longer be read as one). */
    public Optional<KeptCheckIn> load() {
        String json = db.read(c -> {
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT body, id FROM check_in_draft ORDER BY id LIMIT 1")) {
                if (!rs.next()) {
                    return null;
                }
                try {
                    return db.open(SealedColumn.CHECK_IN_DRAFT, rs.getLong(2), rs, 1);
                } catch (SealedTextException e) {
                    db.reportUnreadable(e); // Not put back; the form starts empty and says nothing false.
                    return null;
                }
            }
        });
        if (json == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readValue(json, KeptCheckIn.class));
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }

    /** Keeps {@code kept} in place of what was kept before. */
    public void save(KeptCheckIn kept) {
        String json;
        try {
            json = JSON.writeValueAsString(kept);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A check-in could not be written down to keep it.", e);
        }
        if (json.length() > MAX_CHARS) {
            throw new StorageException("This check-in is too long to keep as it is typed. It is still in the form; "
                    + "please shorten the note to save it.", null, 0);
        }
        String now = db.now();
        db.write(c -> {
            try (Statement s = c.createStatement()) {
                s.executeUpdate("DELETE FROM check_in_draft");
            }
            long id = Database.nextId(c, "check_in_draft");
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO check_in_draft (id, uuid, person_id, body, updated_at) VALUES (?,?,?,?,?)")) {
                ps.setLong(1, id);
                ps.setString(2, UUID.randomUUID().toString());
                ps.setLong(3, kept.personId());
                ps.setObject(4, db.seal(SealedColumn.CHECK_IN_DRAFT, id, json));
                ps.setString(5, now);
                return ps.executeUpdate();
            }
        });
    }

    /** Forgets the kept check-in (it was saved, or emptied). */
    public void clear() {
        db.write(c -> {
            try (Statement s = c.createStatement()) {
                return s.executeUpdate("DELETE FROM check_in_draft");
            }
        });
    }
}
