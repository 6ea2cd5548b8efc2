package commonground.practice;

import commonground.storage.Database;
import commonground.storage.sync.SyncedTable;

import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The practice conversation files a user imported, kept exactly as written, one row per id and version. */
public final class PracticeTextRepository {

    /** The imported conversation files, synced so a session made from one can be opened on each computer. */
    public static final SyncedTable SYNC = SyncedTable.of("practice_text");

    /** One kept file. */
    public record StoredText(String conversationId, int version, String title, String yaml) {
    }

    private final Database db;

    public PracticeTextRepository(Database db) {
        this.db = db;
    }

    /** Keeps this version's text, unless it is kept already. */
    public void keep(String conversationId, int version, String title, String yaml) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT OR IGNORE INTO practice_text "
                    + "(uuid, conversation_id, version, title, yaml, imported_at) VALUES (?,?,?,?,?,?)")) {
                ps.setString(1, UUID.nameUUIDFromBytes((conversationId + "\n" + version + "\n" + yaml)
                        .getBytes(StandardCharsets.UTF_8)).toString());
                ps.setString(2, conversationId);
                ps.setInt(3, version);
                ps.setString(4, title);
                ps.setString(5, yaml);
                ps.setString(6, db.now());
                return ps.executeUpdate();
            }
        });
    }

    public Optional<StoredText> find(String conversationId, int version) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT conversation_id, version, title, yaml "
                    + "FROM practice_text WHERE conversation_id = ? AND version = ?")) {
                ps.setString(1, conversationId);
                ps.setInt(2, version);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(map(rs)) : Optional.empty();
                }
            }
        });
    }

    /** Every kept text, the newest version of each id first. */
    public List<StoredText> all() {
        return db.read(c -> {
            List<StoredText> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT conversation_id, version, title, yaml "
                    + "FROM practice_text ORDER BY conversation_id, version DESC");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(map(rs));
                }
            }
            return out;
        });
    }

    private static StoredText map(ResultSet rs) throws java.sql.SQLException {
        return new StoredText(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4));
    }
}
