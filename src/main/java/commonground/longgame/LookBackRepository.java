package commonground.longgame;

import commonground.storage.Database;
import commonground.storage.Timestamps;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

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

    /** The person's check-ins, oldest first. */
    public List<LookBackData.CheckInMark> checkIns(long personId) {
        return db.read(c -> checkIns(c, personId));
    }

    private static List<LookBackData.CheckInMark> checkIns(Connection c, long personId) throws SQLException {
        List<LookBackData.CheckInMark> result = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT ci.happened_at, ci.activity, "
                + "(SELECT count(*) FROM check_in_cue cc WHERE cc.check_in_id = ci.id AND cc.category = 'COMFORT') "
                + "FROM check_in ci WHERE ci.person_id = ? ORDER BY ci.happened_at, ci.id")) {
            ps.setLong(1, personId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    result.add(new LookBackData.CheckInMark(Instant.parse(rs.getString(1)), rs.getString(2),
                            rs.getInt(3)));
                }
            }
        }
        return result;
    }

    private static List<LookBackData.NeedsMark> needs(Connection c) throws SQLException {
        List<LookBackData.NeedsMark> result = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT n.created_at, avg(r.rating) FROM needs_checkin n "
                + "JOIN needs_checkin_rating r ON r.checkin_id = n.id GROUP BY n.id ORDER BY n.created_at, n.id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                result.add(new LookBackData.NeedsMark(Timestamps.parse(rs.getString(1)), rs.getDouble(2)));
            }
        }
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
