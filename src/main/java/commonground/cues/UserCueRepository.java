package commonground.cues;

import commonground.storage.sync.SyncedTable;

import commonground.storage.StorageException;
import commonground.storage.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Cues the user added to the checklist. Retired ones stay, so past check-ins can show them. */
public final class UserCueRepository {

    /** The user's own cues with their acknowledgements. */
    public static final SyncedTable SYNC = SyncedTable.of("user_cue").child("user_cue_acknowledgement", "user_cue_id")
            .editedAt("updated_at");

    /** The practice a custom cue points to. */
    static final List<String> PRACTICES = List.of("nonverbal");

    private final Database db;

    public UserCueRepository(Database db) {
        this.db = db;
    }

    /** All custom cues, retired ones included, by what is seen. */
    public List<Cue> all() {
        return db.read(c -> {
            Map<Long, Object[]> rows = new LinkedHashMap<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT id, uuid, category, seen, "
                    + "might_mean, nonverbal, not_to_say, retired_at FROM user_cue ORDER BY seen COLLATE NOCASE, id")) {
                while (rs.next()) {
                    rows.put(rs.getLong(1), new Object[] {rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8)});
                }
            }
            Map<Long, List<String>> acks = acknowledgements(c);
            List<Cue> cues = new ArrayList<>();
            rows.forEach((id, r) -> cues.add(new Cue(Cue.userKey((String) r[0]), new CueText(
                    CueCategory.valueOf((String) r[1]), (String) r[2], (String) r[3],
                    acks.getOrDefault(id, List.of()), (String) r[4], (String) r[5]), PRACTICES, true, r[6] != null)));
            return cues;
        });
    }

    /** Adds a cue; refuses words that break the rules, saving nothing. Returns its key. */
    public String add(CueText text) {
        validate(text);
        String uuid = UUID.randomUUID().toString();
        String now = db.now();
        db.write(c -> {
            long id;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO user_cue (uuid, category, seen, might_mean, "
                    + "nonverbal, not_to_say, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, uuid);
                bind(ps, 2, text);
                ps.setString(7, now);
                ps.setString(8, now);
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            insertAcknowledgements(c, id, text.acknowledgements());
            return null;
        });
        return Cue.userKey(uuid);
    }

    /** Changes the words of a custom cue; check-ins made before keep the words they were saved with. */
    public void update(String key, CueText text) {
        validate(text);
        db.write(c -> {
            long id = idOf(c, key);
            try (PreparedStatement ps = c.prepareStatement("UPDATE user_cue SET category = ?, seen = ?, "
                    + "might_mean = ?, nonverbal = ?, not_to_say = ?, updated_at = ? WHERE id = ?")) {
                bind(ps, 1, text);
                ps.setString(6, db.now());
                ps.setLong(7, id);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "DELETE FROM user_cue_acknowledgement WHERE user_cue_id = ?")) {
                ps.setLong(1, id);
                ps.executeUpdate();
            }
            insertAcknowledgements(c, id, text.acknowledgements());
            return null;
        });
    }

    /** Hides a custom cue from the checklist (or brings it back when {@code retired} is false). */
    public void setRetired(String key, boolean retired) {
        db.write(c -> {
            long id = idOf(c, key);
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE user_cue SET retired_at = ?, updated_at = ? WHERE id = ?")) {
                String now = db.now();
                ps.setString(1, retired ? now : null);
                ps.setString(2, now);
                ps.setLong(3, id);
                return ps.executeUpdate();
            }
        });
    }

    private static void validate(CueText text) {
        CueProblem problem = text.problem();
        if (problem != null) {
            throw new IllegalArgumentException(problem.message());
        }
    }

    private static void bind(PreparedStatement ps, int first, CueText t) throws SQLException {
        ps.setString(first, t.category().name());
        ps.setString(first + 1, t.seen());
        ps.setString(first + 2, t.mightMean());
        ps.setString(first + 3, t.nonverbal());
        ps.setString(first + 4, t.notToSay());
    }

    private static long idOf(Connection c, String key) throws SQLException {
        if (key == null || !key.startsWith(Cue.USER_PREFIX)) {
            throw new IllegalArgumentException("Only cues you added yourself can be changed.");
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM user_cue WHERE uuid = ?")) {
            ps.setString(1, key.substring(Cue.USER_PREFIX.length()));
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new StorageException("This cue is no longer there.", null, 0);
                }
                return rs.getLong(1);
            }
        }
    }

    private static void insertAcknowledgements(Connection c, long id, List<String> acks) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO user_cue_acknowledgement (user_cue_id, position, text) VALUES (?,?,?)")) {
            for (int i = 0; i < acks.size(); i++) {
                ps.setLong(1, id);
                ps.setInt(2, i);
                ps.setString(3, acks.get(i));
                ps.executeUpdate();
            }
        }
    }

    private static Map<Long, List<String>> acknowledgements(Connection c) throws SQLException {
        Map<Long, List<String>> acks = new LinkedHashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT user_cue_id, text FROM user_cue_acknowledgement ORDER BY user_cue_id, position")) {
            while (rs.next()) {
                acks.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
            }
        }
        return acks;
    }
}
