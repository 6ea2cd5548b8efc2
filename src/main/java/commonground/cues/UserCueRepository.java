package commonground.cues;

import commonground.storage.sync.SyncedTable;

import commonground.storage.Database;
import commonground.storage.SealedTextException;
import commonground.storage.SealedColumn;
import commonground.storage.StorageException;
import commonground.storage.Timestamps;
import commonground.storage.sync.ConflictCopies;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
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
            Map<Long, List<String>> acks = acknowledgements(c);
            List<Cue> cues = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT id, uuid, category, seen, "
                    + "might_mean, nonverbal, not_to_say, retired_at, person_id FROM user_cue ORDER BY id")) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    long person = rs.getLong(9);
                    Long personId = rs.wasNull() ? null : person;
                    try {
                        cues.add(new Cue(Cue.userKey(rs.getString(2)), new CueText(CueCategory.valueOf(rs.getString(3)),
                            db.open(SealedColumn.USER_CUE_SEEN, id, rs, 4),
                            db.open(SealedColumn.USER_CUE_MIGHT_MEAN, id, rs, 5), acks.getOrDefault(id, List.of()),
                            db.open(SealedColumn.USER_CUE_NONVERBAL, id, rs, 6),
                            db.open(SealedColumn.USER_CUE_NOT_TO_SAY, id, rs, 7)), PRACTICES, true, rs.getString(8) != null,
                            personId));
                    } catch (SealedTextException e) {
                        db.reportUnreadable(e); // Left out; the other cues still show.
                    }
                }
            }
            // Sorted here, as the words are sealed while the lock is on.
            cues.sort(Comparator.comparing((Cue cue) -> cue.text().seen(), String.CASE_INSENSITIVE_ORDER));
            return cues;
        });
    }

    /** Adds a cue shared with everyone; refuses words that break the rules, saving nothing. Returns its key. */
    public String add(CueText text) {
        return add(text, null);
    }

    /**
     * Adds a cue particular to person {@code personId}, or shared with everyone when it is null;
     * refuses words that break the rules, saving nothing. Returns its key.
     */
    public String add(CueText text, Long personId) {
        validate(text);
        String uuid = UUID.randomUUID().toString();
        String now = db.now();
        db.write(c -> {
            long id = Database.nextId(c, "user_cue");
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO user_cue (uuid, category, seen, might_mean, "
                    + "nonverbal, not_to_say, created_at, updated_at, id, person_id) VALUES (?,?,?,?,?,?,?,?,?,?)")) {
                ps.setString(1, uuid);
                bind(ps, 2, id, text);
                ps.setString(7, now);
                ps.setString(8, now);
                ps.setLong(9, id);
                ps.setObject(10, personId);
                ps.executeUpdate();
            }
            insertAcknowledgements(c, id, text.acknowledgements());
            return null;
        });
        return Cue.userKey(uuid);
    }

    /** Changes the words of a custom cue; check-ins made before keep the words they were saved with. */
    public void update(String key, CueText text) {
        update(key, text, null);
    }

    /**
     * As {@link #update(String, CueText)}, typed over {@code base} (the cue as the form opened it;
     * null to skip the check): words left as they were take what another computer wrote meanwhile,
     * and words changed here and there too are saved as typed, the other kept as a conflict copy in
     * the same write ({@link ConflictCopies#check}). True when one was kept.
     */
    public boolean update(String key, CueText typed, CueText base) {
        validate(typed);
        return db.write(c -> {
            long id = idOf(c, key);
            ConflictCopies.Check check = null;
            CueText text = typed;
            if (base != null) {
                Map<Long, List<String>> acks = acknowledgements(c);
                try (PreparedStatement ps = c.prepareStatement("SELECT uuid, seen, might_mean, nonverbal, not_to_say, "
                        + "updated_at FROM user_cue WHERE id = ?")) {
                    ps.setLong(1, id);
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        check = ConflictCopies.check(db, c, "user_cue", rs.getString(1),
                                Timestamps.parse(rs.getString(6)));
                        String ack = check.text("acknowledgements", String.join("\n", acks.getOrDefault(id, List.of())),
                                String.join("\n", base.acknowledgements()), String.join("\n", typed.acknowledgements()));
                        text = new CueText(typed.category(),
                                check.text("seen", db.open(SealedColumn.USER_CUE_SEEN, id, rs, 2), base.seen(),
                                        typed.seen()),
                                check.text("might_mean", db.open(SealedColumn.USER_CUE_MIGHT_MEAN, id, rs, 3),
                                        base.mightMean(), typed.mightMean()),
                                List.of(ack.split("\n")),
                                check.text("nonverbal", db.open(SealedColumn.USER_CUE_NONVERBAL, id, rs, 4),
                                        base.nonverbal(), typed.nonverbal()),
                                check.text("not_to_say", db.open(SealedColumn.USER_CUE_NOT_TO_SAY, id, rs, 5),
                                        base.notToSay(), typed.notToSay()));
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE user_cue SET category = ?, seen = ?, "
                    + "might_mean = ?, nonverbal = ?, not_to_say = ?, updated_at = ? WHERE id = ?")) {
                bind(ps, 1, id, text);
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
            return check != null && check.kept();
        });
    }

    /** Makes a cue particular to person {@code personId}, or shares it with everyone when it is null. */
    public void setPerson(String key, Long personId) {
        db.write(c -> {
            long id = idOf(c, key);
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE user_cue SET person_id = ?, updated_at = ? WHERE id = ?")) {
                ps.setObject(1, personId);
                ps.setString(2, db.now());
                ps.setLong(3, id);
                return ps.executeUpdate();
            }
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

    private void bind(PreparedStatement ps, int first, long id, CueText t) throws SQLException {
        ps.setString(first, t.category().name());
        ps.setObject(first + 1, db.seal(SealedColumn.USER_CUE_SEEN, id, t.seen()));
        ps.setObject(first + 2, db.seal(SealedColumn.USER_CUE_MIGHT_MEAN, id, t.mightMean()));
        ps.setObject(first + 3, db.seal(SealedColumn.USER_CUE_NONVERBAL, id, t.nonverbal()));
        ps.setObject(first + 4, db.seal(SealedColumn.USER_CUE_NOT_TO_SAY, id, t.notToSay()));
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

    private void insertAcknowledgements(Connection c, long id, List<String> acks) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO user_cue_acknowledgement (id, user_cue_id, position, text) VALUES (?,?,?,?)")) {
            for (int i = 0; i < acks.size(); i++) {
                long ackId = Database.nextId(c, "user_cue_acknowledgement");
                ps.setLong(1, ackId);
                ps.setLong(2, id);
                ps.setInt(3, i);
                ps.setObject(4, db.seal(SealedColumn.CUE_ACKNOWLEDGEMENT, ackId, acks.get(i)));
                ps.executeUpdate();
            }
        }
    }

    private Map<Long, List<String>> acknowledgements(Connection c) throws SQLException {
        Map<Long, List<String>> acks = new LinkedHashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT user_cue_id, text, id FROM user_cue_acknowledgement ORDER BY user_cue_id, position")) {
            while (rs.next()) {
                try {
                    String text = db.open(SealedColumn.CUE_ACKNOWLEDGEMENT, rs.getLong(3), rs, 2);
                    acks.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(text);
                } catch (SealedTextException e) {
                    db.reportUnreadable(e);
                }
            }
        }
        return acks;
    }
}
