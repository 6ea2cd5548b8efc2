package commonground.longgame;

import commonground.people.Namesakes;
import commonground.people.PeopleRepository;
import commonground.shell.ComeBackDates;
import commonground.storage.Database;
import commonground.storage.SealedColumn;
import commonground.storage.SealedTextException;
import commonground.storage.StorageException;
import commonground.storage.Timestamps;
import commonground.storage.sync.ConflictCopies;
import commonground.storage.sync.SyncedTable;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The days to come back to plans, check-ins and practice sessions, and the answers given when
 * coming back. Items are named by kind and uuid; what they are is read from their own tables, so
 * nothing the user wrote is copied here.
 */
public final class ComeBackRepository implements ComeBackDates {

    /** Come-back dates with the answer to "How did it go?", synced between computers (decision 0017). */
    public static final SyncedTable SYNC = SyncedTable.of("come_back").freeText("answer").editedAt("updated_at");

    /** Each known kind's item: its local id, a title (plans) and its person, by uuid. */
    private static final String ITEM = "CASE cb.kind "
            + "WHEN 'PLAN' THEN (SELECT r.id FROM scenario_run r WHERE r.uuid = cb.item_uuid) "
            + "WHEN 'CHECK_IN' THEN (SELECT ci.id FROM check_in ci WHERE ci.uuid = cb.item_uuid) "
            + "WHEN 'PRACTICE' THEN (SELECT s.id FROM practice_session s WHERE s.uuid = cb.item_uuid) END";
    /** A built-in title, never the user's words: the walk-through's, or the practice conversation's. */
    private static final String TITLE = "CASE cb.kind WHEN 'PLAN' THEN (SELECT t.title FROM scenario_run r "
            + "JOIN scenario_text t ON t.id = r.scenario_text_id WHERE r.uuid = cb.item_uuid) "
            + "WHEN 'PRACTICE' THEN (SELECT s.title FROM practice_session s WHERE s.uuid = cb.item_uuid) END";
    private static final String SELECT = "SELECT cb.id, cb.uuid, cb.kind, cb.item_uuid, " + ITEM + ", cb.person_id, "
            + "p.name, " + TITLE + ", cb.due_on, cb.answer, cb.revisited_at, cb.reminded_on FROM come_back cb "
            + "LEFT JOIN person p ON p.id = cb.person_id ";

    private final Database db;
    private final PeopleRepository people;

    public ComeBackRepository(Database db) {
        this.db = db;
        this.people = new PeopleRepository(db);
    }

    @Override
    public Optional<LocalDate> dueOn(String kind, String itemUuid) {
        return firstFor("due_on", "revisited_at IS NULL", kind, itemUuid).map(LocalDate::parse);
    }

    @Override
    public void set(String kind, String itemUuid, Long personId, LocalDate on) {
        String now = db.now();
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE come_back SET due_on = ?, person_id = ?, "
                    + "updated_at = ?, reminded_on = NULL WHERE kind = ? AND item_uuid = ? AND revisited_at IS NULL")) {
                ps.setString(1, on.toString());
                setPerson(ps, 2, personId);
                ps.setString(3, now);
                ps.setString(4, kind);
                ps.setString(5, itemUuid);
                if (ps.executeUpdate() == 1) {
                    return null;
                }
            }
            // The empty answer is sealed too (with the lock on, a sealed column holds only sealed values),
            // in this same write, under an id never used before.
            long next = Database.nextId(c, "come_back");
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO come_back (id, uuid, kind, item_uuid, "
                    + "person_id, due_on, answer, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?)")) {
                ps.setLong(1, next);
                ps.setString(2, UUID.randomUUID().toString());
                ps.setString(3, kind);
                ps.setString(4, itemUuid);
                setPerson(ps, 5, personId);
                ps.setString(6, on.toString());
                ps.setObject(7, db.seal(SealedColumn.COME_BACK_ANSWER, next, ""));
                ps.setString(8, now);
                ps.setString(9, now);
                ps.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public void clear(String kind, String itemUuid) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM come_back WHERE kind = ? AND item_uuid = ? "
                    + "AND revisited_at IS NULL")) {
                ps.setString(1, kind);
                ps.setString(2, itemUuid);
                return ps.executeUpdate();
            }
        });
    }

    @Override
    public Optional<Revisit> lastRevisit(String kind, String itemUuid) {
        return firstFor("id", "revisited_at IS NOT NULL ORDER BY revisited_at DESC, id DESC", kind, itemUuid)
                .map(Long::parseLong).flatMap(this::find).map(cb -> new Revisit(cb.revisitedAt(), cb.answer()));
    }

    /** {@code column} of the item's first row meeting {@code condition} (which may end with an ORDER BY). */
    private Optional<String> firstFor(String column, String condition, String kind, String itemUuid) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + column + " FROM come_back WHERE kind = ? "
                    + "AND item_uuid = ? AND " + condition + " LIMIT 1")) {
                ps.setString(1, kind);
                ps.setString(2, itemUuid);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.<String>empty();
                }
            }
        });
    }

    /** Items not yet revisited with a day on or before {@code until}, earliest first; gone items are left out. */
    public List<ComeBack> openUntil(LocalDate until) {
        return list("WHERE cb.revisited_at IS NULL AND cb.due_on <= ? ORDER BY cb.due_on, cb.id", until.toString())
                .stream().filter(ComeBackRepository::stillThere).toList();
    }

    /** Notes that a reminder was given for these items. */
    public void markReminded(List<Long> ids, LocalDate on) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE come_back SET reminded_on = ? WHERE id = ?")) {
                for (long id : ids) {
                    ps.setString(1, on.toString());
                    ps.setLong(2, id);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    /** Items revisited, newest first, for one person. */
    public List<ComeBack> revisitedFor(long personId) {
        return list("WHERE cb.revisited_at IS NOT NULL AND cb.person_id = ? ORDER BY cb.revisited_at DESC, cb.id DESC",
                personId);
    }

    /** The latest {@code limit} items come back to, newest first (for Home's "Recently"). */
    public List<ComeBack> recentlyRevisited(int limit) {
        return list("WHERE cb.revisited_at IS NOT NULL ORDER BY cb.revisited_at DESC, cb.id DESC LIMIT ?", limit);
    }

    public Optional<ComeBack> find(long id) {
        List<ComeBack> found = list("WHERE cb.id = ?", id);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /**
     * Records the answer to "How did it go?" and clears the item from Home. The answer may be empty
     * (coming back is enough); one longer than {@link ComeBack#MAX_ANSWER} is refused before anything changes.
     */
    public ComeBack revisit(long id, String answer) {
        Answered done = answer(id, null, answer);
        if (done.keptAsCopy() || done.item() == null) {
            throw new StorageException("This was already looked at, or is no longer there.", null, 0);
        }
        return done.item();
    }

    /**
     * What answering did: the item as answered here, or, when another computer answered it first
     * (or it is no longer there), null, with {@code keptAsCopy} when the answer typed here was kept
     * as a conflict copy (listed on the Sync page) instead of being lost.
     */
    public record Answered(ComeBack item, boolean keptAsCopy) {
    }

    /**
     * As {@link #revisit}, but an answer that cannot be recorded because the item was answered on
     * another computer first (or is gone) is kept, in the same write, as a conflict copy of the
     * item's answer, unless it is empty or the same words as the answer there (decision 0032).
     */
    public Answered answer(ComeBack item, String answer) {
        return answer(item.id(), item.uuid(), answer);
    }

    private Answered answer(long id, String uuid, String answer) {
        String text = answer == null ? "" : answer.strip();
        if (text.length() > ComeBack.MAX_ANSWER) {
            throw new IllegalArgumentException("That answer is longer than " + ComeBack.MAX_ANSWER
                    + " characters. A reflection might be a better home for it.");
        }
        String now = db.now();
        boolean[] kept = {false};
        boolean answered = db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE come_back SET answer = ?, revisited_at = ?, "
                    + "updated_at = ? WHERE id = ? AND revisited_at IS NULL")) {
                ps.setObject(1, db.seal(SealedColumn.COME_BACK_ANSWER, id, text));
                ps.setString(2, now);
                ps.setString(3, now);
                ps.setLong(4, id);
                if (ps.executeUpdate() == 1) {
                    return true;
                }
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT uuid, answer FROM come_back WHERE id = ?")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    boolean there = rs.next();
                    String rowUuid = there ? rs.getString(1) : uuid;
                    if (rowUuid != null && !text.isEmpty()
                            && !(there && text.equals(db.open(SealedColumn.COME_BACK_ANSWER, id, rs, 2)))) {
                        ConflictCopies.keep(db, c, "come_back", rowUuid, "answer", text, Timestamps.parse(now));
                        kept[0] = true;
                    }
                }
            }
            return false;
        });
        return new Answered(answered ? find(id).orElseThrow() : null, kept[0]);
    }

    private static boolean stillThere(ComeBack cb) {
        boolean known = PLAN.equals(cb.kind()) || CHECK_IN.equals(cb.kind()) || PRACTICE.equals(cb.kind());
        return !known || cb.itemId() != 0;
    }

    private static void setPerson(PreparedStatement ps, int index, Long personId) throws SQLException {
        if (personId == null) {
            ps.setNull(index, Types.INTEGER);
        } else {
            ps.setLong(index, personId);
        }
    }

    private List<ComeBack> list(String where, Object arg) {
        // "Sam (Partner)" when another person's name reads the same, as Home and messages name people.
        Map<Long, String> names = Namesakes.byId(people.everyone());
        return db.read(c -> query(c, where, arg, names));
    }

    private List<ComeBack> query(Connection c, String where, Object arg, Map<Long, String> names) throws SQLException {
        List<ComeBack> result = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(SELECT + where)) {
            ps.setObject(1, arg);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    String kind = rs.getString(3);
                    long personId = rs.getLong(6);
                    Long person = rs.wasNull() ? null : personId;
                    String name = person == null ? rs.getString(7) : names.getOrDefault(person, rs.getString(7));
                    String revisited = rs.getString(11);
                    String reminded = rs.getString(12);
                    String answer;
                    try {
                        answer = db.open(SealedColumn.COME_BACK_ANSWER, id, rs, 10);
                    } catch (SealedTextException e) {
                        db.reportUnreadable(e); // Left out; the other days still show.
                        continue;
                    }
                    result.add(new ComeBack(id, rs.getString(2), kind, rs.getString(4), rs.getLong(5), person, name,
                            about(kind, rs.getString(8), name), LocalDate.parse(rs.getString(9)), answer,
                            revisited == null ? null : Timestamps.parse(revisited),
                            reminded == null ? null : LocalDate.parse(reminded)));
                }
            }
        }
        return result;
    }

    /** A few words for the item that never quote what the user wrote. */
    static String about(String kind, String title, String personName) {
        String with = personName == null ? "" : " with " + personName;
        return switch (kind) {
            case PLAN -> "Your plan" + (title == null ? "" : ": \u201c" + title + "\u201d")
                    + (personName == null ? "" : " (about " + personName + ")");
            case CHECK_IN -> "A check-in" + with;
            // The person first: a long title is cut at the end of a list row, and took "with Priya" with it.
            case PRACTICE -> title == null ? "A practice session" + with
                    : (personName == null ? "A practice of " : "A practice" + with + ": ")
                    + "\u201c" + title.replaceAll("^[\"\u201c]+|[\"\u201d]+$", "") + "\u201d";
            default -> "Something to come back to" + with;
        };
    }
}
