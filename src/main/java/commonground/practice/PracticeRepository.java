package commonground.practice;

import commonground.people.Pronouns;

import commonground.storage.Database;
import commonground.storage.SealedColumn;
import commonground.storage.Timestamps;
import commonground.storage.sync.SyncedTable;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Practice sessions and the replies given in them. The character's name and typed replies are
 * sealed when the passphrase lock is on. Each reply is kept as it is given, so nothing is lost if
 * the app closes mid-practice. Call it off the JavaFX thread.
 */
public final class PracticeRepository {

    /**
     * Practice sessions with the replies given, synced between computers as one record each. The
     * name given to the character is the user's own words; a typed reply changed on two computers
     * at once is merged with its session (as walk-through answers are), without a conflict copy.
     * The conversation files a user imported are not synced: a session made from one shows on the
     * other computer, and can be played again there once the same file is imported.
     */
    public static final SyncedTable SYNC = SyncedTable.of("practice_session").freeText("character_name")
            .child("practice_move", "session_id").editedAt("updated_at");

    private static final String SESSION_SELECT = "SELECT s.id, s.conversation_id, s.conversation_version, s.title, "
            + "s.character_name, s.person_id, p.name, s.started_at, s.finished_at, s.ending_id, s.ending_kind, "
            + "p.pronouns, p.relationship "
            + "FROM practice_session s LEFT JOIN person p ON p.id = s.person_id ";

    private final Database db;

    public PracticeRepository(Database db) {
        this.db = db;
    }

    /** Starts a session; {@code earlier} are replies carried over from another session ("Try from here"). */
    public PracticeSession start(Conversation c, String characterName, Long personId, List<Move> earlier) {
        String name = checkedName(characterName);
        for (Move m : earlier) {
            checkTyped(m);
        }
        long id = db.write(conn -> {
            long next = Database.nextId(conn, "practice_session");
            String now = db.now();
            try (PreparedStatement ps = conn.prepareStatement("INSERT INTO practice_session (id, uuid, conversation_id, "
                    + "conversation_version, title, character_name, person_id, started_at, updated_at) "
                    + "VALUES (?,?,?,?,?,?,?,?,?)")) {
                ps.setLong(1, next);
                ps.setString(2, UUID.randomUUID().toString());
                ps.setString(3, c.id());
                ps.setInt(4, c.version());
                ps.setString(5, c.title());
                ps.setObject(6, db.seal(SealedColumn.PRACTICE_CHARACTER_NAME, next, name));
                if (personId == null) {
                    ps.setNull(7, Types.INTEGER);
                } else {
                    ps.setLong(7, personId);
                }
                ps.setString(8, now);
                ps.setString(9, now);
                ps.executeUpdate();
            }
            for (int i = 0; i < earlier.size(); i++) {
                insertMove(conn, next, i, earlier.get(i));
            }
            return next;
        });
        return find(id).orElseThrow();
    }

    /** Keeps the reply at {@code position} (0 for the first). */
    public void addMove(long sessionId, int position, Move move) {
        checkTyped(move);
        db.write(conn -> {
            insertMove(conn, sessionId, position, move);
            touch(conn, sessionId);
            return null;
        });
    }

    /** Marks the session as ended with {@code ending}. */
    public void finish(long sessionId, Ending ending) {
        db.write(conn -> {
            try (PreparedStatement ps = conn.prepareStatement("UPDATE practice_session SET finished_at = ?, "
                    + "updated_at = ?, ending_id = ?, ending_kind = ? WHERE id = ?")) {
                String now = db.now();
                ps.setString(1, now);
                ps.setString(2, now);
                ps.setString(3, ending.id());
                ps.setString(4, ending.kind().name());
                ps.setLong(5, sessionId);
                return ps.executeUpdate();
            }
        });
    }

    /** Every session, newest first, with their replies. */
    public List<PracticeSession> all() {
        return db.read(conn -> sessions(conn, "ORDER BY s.started_at DESC, s.id DESC", null));
    }

    public Optional<PracticeSession> find(long id) {
        return db.read(conn -> sessions(conn, "WHERE s.id = ?", id).stream().findFirst());
    }

    /** The session's uuid, by which a day to come back to it is kept (decision 0015); empty when it is gone. */
    public Optional<String> uuidOf(long id) {
        return db.read(conn -> {
            try (PreparedStatement ps = conn.prepareStatement("SELECT uuid FROM practice_session WHERE id = ?")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.<String>empty();
                }
            }
        });
    }

    /**
     * Deletes a session for good with its replies, its days to come back and any conflict copy of its
     * name: a plain delete on synced tables, so sync sends a tombstone and the other computer loses
     * it too. The log is emptied afterwards (the file deletes securely), so the character's name and
     * the typed replies are left nowhere in the data folder. Returns false when it was gone already.
     */
    public boolean delete(long id) {
        boolean deleted = db.write(conn -> {
            String uuid = null;
            try (PreparedStatement ps = conn.prepareStatement("SELECT uuid FROM practice_session WHERE id = ?")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        uuid = rs.getString(1);
                    }
                }
            }
            if (uuid == null) {
                return false;
            }
            try (PreparedStatement ps = conn.prepareStatement(
                    "DELETE FROM come_back WHERE kind = 'PRACTICE' AND item_uuid = ?")) {
                ps.setString(1, uuid);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = conn.prepareStatement(
                    "DELETE FROM conflict_copy WHERE row_table = 'practice_session' AND row_uuid = ?")) {
                ps.setString(1, uuid);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = conn.prepareStatement("DELETE FROM practice_move WHERE session_id = ?")) {
                ps.setLong(1, id);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = conn.prepareStatement("DELETE FROM practice_session WHERE id = ?")) {
                ps.setLong(1, id);
                return ps.executeUpdate() > 0;
            }
        });
        if (deleted) {
            db.read(conn -> {
                try (java.sql.Statement s = conn.createStatement();
                     ResultSet rs = s.executeQuery("PRAGMA wal_checkpoint(TRUNCATE)")) {
                    return rs.next(); // busy when another reader holds the log; it empties at the next checkpoint
                }
            });
        }
        return deleted;
    }

    private List<PracticeSession> sessions(Connection conn, String where, Long id) throws SQLException {
        List<PracticeSession> out = new ArrayList<>();
        try (PreparedStatement ps = conn.prepareStatement(SESSION_SELECT + where)) {
            if (id != null) {
                ps.setLong(1, id);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long sid = rs.getLong(1);
                    long person = rs.getLong(6);
                    Long personId = rs.wasNull() ? null : person;
                    String kind = rs.getString(11);
                    out.add(new PracticeSession(sid, rs.getString(2), rs.getInt(3), rs.getString(4),
                            db.open(SealedColumn.PRACTICE_CHARACTER_NAME, sid, rs, 5), personId, rs.getString(7),
                            Timestamps.parse(rs.getString(8)), Timestamps.parse(rs.getString(9)), rs.getString(10),
                            kind == null ? null : EndingKind.valueOf(kind), List.of(),
                            personId == null || rs.getString(12) == null ? null : Pronouns.fromStored(rs.getString(12)),
                            relationship(personId == null ? null : rs.getString(13))));
                }
            }
        }
        List<PracticeSession> withMoves = new ArrayList<>();
        for (PracticeSession s : out) {
            withMoves.add(new PracticeSession(s.id(), s.conversationId(), s.conversationVersion(), s.title(),
                    s.characterName(), s.personId(), s.personName(), s.startedAt(), s.finishedAt(), s.endingId(),
                    s.endingKind(), moves(conn, s.id()), s.personPronouns(), s.personRelationship()));
        }
        return withMoves;
    }

    private List<Move> moves(Connection conn, long sessionId) throws SQLException {
        List<Move> out = new ArrayList<>();
        try (PreparedStatement ps = conn.prepareStatement("SELECT id, turn_id, reply_index, typed, effect, practices, "
                + "closes, openness_after FROM practice_move WHERE session_id = ? ORDER BY position")) {
            ps.setLong(1, sessionId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    int index = rs.getInt(3);
                    Integer replyIndex = rs.wasNull() ? null : index;
                    Object typed = rs.getObject(4);
                    out.add(new Move(rs.getString(2), replyIndex,
                            typed == null ? null : db.open(SealedColumn.PRACTICE_TYPED_REPLY, id, typed),
                            Effect.valueOf(rs.getString(5)), split(rs.getString(6)),
                            split(rs.getString(7)).stream().map(ClosingMove::valueOf).toList(), rs.getInt(8)));
                }
            }
        }
        return out;
    }

    private void insertMove(Connection conn, long sessionId, int position, Move m) throws SQLException {
        long id = Database.nextId(conn, "practice_move");
        try (PreparedStatement ps = conn.prepareStatement("INSERT INTO practice_move (id, session_id, position, turn_id, "
                + "reply_index, typed, effect, practices, closes, openness_after) VALUES (?,?,?,?,?,?,?,?,?,?)")) {
            ps.setLong(1, id);
            ps.setLong(2, sessionId);
            ps.setInt(3, position);
            ps.setString(4, m.turnId());
            if (m.replyIndex() == null) {
                ps.setNull(5, Types.INTEGER);
                ps.setObject(6, db.seal(SealedColumn.PRACTICE_TYPED_REPLY, id, m.typed()));
            } else {
                ps.setInt(5, m.replyIndex());
                ps.setNull(6, Types.VARCHAR);
            }
            ps.setString(7, m.effect().name());
            ps.setString(8, String.join(",", m.practices()));
            ps.setString(9, String.join(",", m.closes().stream().map(Enum::name).toList()));
            ps.setInt(10, m.opennessAfter());
            ps.executeUpdate();
        }
    }

    private void touch(Connection conn, long sessionId) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement("UPDATE practice_session SET updated_at = ? WHERE id = ?")) {
            ps.setString(1, db.now());
            ps.setLong(2, sessionId);
            ps.executeUpdate();
        }
    }

    private static commonground.people.Relationship relationship(String stored) {
        try {
            return stored == null ? null : commonground.people.Relationship.valueOf(stored);
        } catch (IllegalArgumentException e) {
            return null; // a kind this version does not know: the practice reads as for anyone
        }
    }

    private static List<String> split(String csv) {
        return csv == null || csv.isEmpty() ? List.of() : Arrays.asList(csv.split(","));
    }

    /** The name as it will be kept; a clear message for one that is empty or too long. */
    static String checkedName(String name) {
        String problem = nameProblem(name);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        return name.strip();
    }

    /** What is wrong with a name for the character, or null. */
    public static String nameProblem(String name) {
        if (name == null || name.isBlank()) {
            return "Please give them a name, even an initial.";
        }
        if (name.strip().length() > Persona.MAX_NAME) {
            return "That name is longer than " + Persona.MAX_NAME + " characters; a shorter one will do.";
        }
        return null;
    }

    private static void checkTyped(Move m) {
        if (m.isTyped() && m.typed().length() > SealedColumn.PRACTICE_TYPED_REPLY.maxChars()) {
            throw new IllegalArgumentException("That reply is longer than " + SealedColumn.PRACTICE_TYPED_REPLY.maxChars()
                    + " characters. Something shorter is easier to say, too.");
        }
    }
}
