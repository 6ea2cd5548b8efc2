package commonground.longgame;

import commonground.storage.Database;
import commonground.storage.SealedColumn;
import commonground.storage.SealedTextException;
import commonground.storage.sync.SyncedTable;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Good moments with each person. */
public final class GoodMomentRepository {

    /** Good moments, synced between computers (decision 0017). */
    public static final SyncedTable SYNC = SyncedTable.of("good_moment").freeText("what", "activity", "made_easy");

    private final Database db;

    public GoodMomentRepository(Database db) {
        this.db = db;
    }

    /**
     * Keeps a good moment; the texts are stripped. Refuses, before anything is written, a moment with
     * no words, too long a text, or a day still ahead ({@link GoodMoment#problemWith}).
     */
    public GoodMoment add(long personId, LocalDate on, String what, String activity, String madeEasy) {
        String problem = GoodMoment.problemWith(what, activity, madeEasy, on, LocalDate.now(db.clock()));
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        String now = db.now();
        String uuid = UUID.randomUUID().toString();
        long id = db.write(c -> {
            long next = Database.nextId(c, "good_moment");
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO good_moment (id, uuid, person_id, happened_on, "
                    + "what, activity, made_easy, created_at) VALUES (?,?,?,?,?,?,?,?)")) {
                ps.setLong(1, next);
                ps.setString(2, uuid);
                ps.setLong(3, personId);
                ps.setString(4, on.toString());
                ps.setObject(5, db.seal(SealedColumn.GOOD_MOMENT_WHAT, next, what.strip()));
                ps.setObject(6, db.seal(SealedColumn.GOOD_MOMENT_ACTIVITY, next, activity == null ? "" : activity.strip()));
                ps.setObject(7, db.seal(SealedColumn.GOOD_MOMENT_MADE_EASY, next,
                        madeEasy == null ? "" : madeEasy.strip()));
                ps.setString(8, now);
                ps.executeUpdate();
                return next;
            }
        });
        return new GoodMoment(id, uuid, personId, on, what.strip(), activity == null ? "" : activity.strip(),
                madeEasy == null ? "" : madeEasy.strip());
    }

    /** A person's good moments, newest first. */
    public List<GoodMoment> forPerson(long personId) {
        return db.read(c -> {
            List<GoodMoment> result = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, uuid, person_id, happened_on, what, activity, "
                    + "made_easy FROM good_moment WHERE person_id = ? ORDER BY happened_on DESC, id DESC")) {
                ps.setLong(1, personId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        long id = rs.getLong(1);
                        try {
                            result.add(new GoodMoment(id, rs.getString(2), rs.getLong(3),
                                    LocalDate.parse(rs.getString(4)), db.open(SealedColumn.GOOD_MOMENT_WHAT, id, rs, 5),
                                    db.open(SealedColumn.GOOD_MOMENT_ACTIVITY, id, rs, 6),
                                    db.open(SealedColumn.GOOD_MOMENT_MADE_EASY, id, rs, 7)));
                        } catch (SealedTextException e) {
                            db.reportUnreadable(e); // Left out; the other good moments still show.
                        }
                    }
                }
            }
            return result;
        });
    }

    /** When a good moment was kept, and with whom: nothing the user wrote. */
    public record Kept(java.time.Instant at, long personId, String personName) {
    }

    /** The latest {@code limit} good moments kept, newest first (for Home's "Recently"). */
    public List<Kept> recentlyKept(int limit) {
        return db.read(c -> {
            List<Kept> result = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT g.created_at, g.person_id, p.name FROM good_moment g "
                    + "JOIN person p ON p.id = g.person_id ORDER BY g.created_at DESC, g.id DESC LIMIT ?")) {
                ps.setInt(1, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        result.add(new Kept(commonground.storage.Timestamps.parse(rs.getString(1)), rs.getLong(2),
                                rs.getString(3)));
                    }
                }
            }
            return result;
        });
    }

    /** Removes a good moment. */
    public void delete(long id) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM good_moment WHERE id = ?")) {
                ps.setLong(1, id);
                return ps.executeUpdate();
            }
        });
    }
}
