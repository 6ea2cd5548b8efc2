package commonground.longgame;

import commonground.storage.Database;
import commonground.storage.SealedColumn;
import commonground.storage.SealedTextException;
import commonground.storage.Timestamps;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads what the look-back shows for a person, in one go: check-ins with their signs of comfort,
 * good moments, the user's needs ratings and the days they came back to something. Only counts,
 * days and activity tags are read from the check-ins, never what was written in them.
 */
public final class LookBackRepository {

    private final Database db;
    private final GoodMomentRepository moments;

    public LookBackRepository(Database db) {
        this.db = db;
        this.moments = new GoodMomentRepository(db);
    }

    public LookBackData read(long personId, String personName) {
        List<GoodMoment> good = moments.forPerson(personId);
        return db.read(c -> new LookBackData(personId, personName, checkIns(c, personId), good, needs(c),
                revisits(c, personId)));
    }

    /** What the user answered when coming back to things about this person, newest first. */
    public List<ComeBack> answers(long personId) {
        return new ComeBackRepository(db).revisitedFor(personId);
    }

    /** The person's check-ins, oldest first. */
    public List<LookBackData.CheckInMark> checkIns(long personId) {
        return db.read(c -> checkIns(c, personId));
    }

    private List<LookBackData.CheckInMark> checkIns(Connection c, long personId) throws SQLException {
        List<LookBackData.CheckInMark> result = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT ci.id, ci.happened_at, ci.activity, "
                + "(SELECT count(*) FROM check_in_cue cc WHERE cc.check_in_id = ci.id AND cc.category = 'COMFORT') "
                + "FROM check_in ci WHERE ci.person_id = ? ORDER BY ci.happened_at, ci.id")) {
            ps.setLong(1, personId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String activity;
                    try {
                        // The activity is sealed under the lock (since 0010).
                        activity = db.open(SealedColumn.CHECK_IN_ACTIVITY, rs.getLong(1), rs, 3);
                    } catch (SealedTextException e) {
                        db.reportUnreadable(e); // Left out; the other check-ins still count.
                        continue;
                    }
                    result.add(new LookBackData.CheckInMark(Instant.parse(rs.getString(2)), activity, rs.getInt(4)));
                }
            }
        }
        return result;
    }

    /** Each needs check-in with the average of its ratings, oldest first (ratings are sealed under the lock). */
    private List<LookBackData.NeedsMark> needs(Connection c) throws SQLException {
        Map<Long, String> when = new LinkedHashMap<>();
        Map<Long, int[]> sums = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT n.id, n.created_at, r.id, r.rating FROM needs_checkin n "
                + "JOIN needs_checkin_rating r ON r.checkin_id = n.id ORDER BY n.created_at, n.id, r.id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                long checkIn = rs.getLong(1);
                int rating;
                try {
                    rating = Integer.parseInt(db.open(SealedColumn.NEED_RATING, rs.getLong(3), rs, 4));
                } catch (SealedTextException e) {
                    db.reportUnreadable(e); // This rating is left out; the others still count.
                    continue;
                }
                when.putIfAbsent(checkIn, rs.getString(2));
                int[] sum = sums.computeIfAbsent(checkIn, k -> new int[2]);
                sum[0] += rating;
                sum[1]++;
            }
        }
        List<LookBackData.NeedsMark> result = new ArrayList<>();
        when.forEach((id, at) -> result.add(new LookBackData.NeedsMark(Timestamps.parse(at),
                (double) sums.get(id)[0] / sums.get(id)[1])));
        return result;
    }

    private static List<LocalDate> revisits(Connection c, long personId) throws SQLException {
        List<LocalDate> result = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT due_on FROM come_back WHERE person_id = ? "
                + "AND revisited_at IS NOT NULL ORDER BY due_on")) {
            ps.setLong(1, personId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    result.add(LocalDate.parse(rs.getString(1)));
                }
            }
        }
        return result;
    }
}
