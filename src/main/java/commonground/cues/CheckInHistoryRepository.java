package commonground.cues;


import commonground.storage.Database;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Read-only summaries of check-ins: the weekly chart, activities and comfort, recent activity. */
public final class CheckInHistoryRepository {

    private final Database db;

    public CheckInHistoryRepository(Database db) {
        this.db = db;
    }

    /**
     * How many cues of each category were ticked for a person, per ISO week of local time
     * ("2026-W47"), oldest week first.
     */
    public List<WeekCount> weeklyCategoryCounts(long personId) {
        return db.read(c -> {
            List<WeekCount> counts = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT strftime('%G-W%V', ci.happened_at, 'localtime') AS week, cc.category, count(*) "
                            + "FROM check_in ci JOIN check_in_cue cc ON cc.check_in_id = ci.id "
                            + "WHERE ci.person_id = ? GROUP BY week, cc.category ORDER BY week, cc.category")) {
                ps.setLong(1, personId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        counts.add(new WeekCount(rs.getString(1), CueCategory.valueOf(rs.getString(2)), rs.getInt(3)));
                    }
                }
            }
            return counts;
        });
    }

    /** Each activity named in a person's check-ins, with how often signs of comfort came with it. */
    public List<ActivityComfort> activityComfort(long personId) {
        return db.read(c -> {
            List<ActivityComfort> rows = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT min(ci.activity), count(*), sum(EXISTS (SELECT 1 FROM check_in_cue cc "
                            + "WHERE cc.check_in_id = ci.id AND cc.category = 'COMFORT')) AS comfort "
                            + "FROM check_in ci WHERE ci.person_id = ? AND ci.activity IS NOT NULL "
                            + "GROUP BY lower(ci.activity) ORDER BY comfort * 1.0 / count(*) DESC, count(*) DESC, "
                            + "min(ci.activity)")) {
                ps.setLong(1, personId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows.add(new ActivityComfort(rs.getString(1), rs.getInt(2), rs.getInt(3)));
                    }
                }
            }
            return rows;
        });
    }

    /** The activity tags used so far with anyone, most used first, for suggestions. */
    public List<String> activities() {
        return db.read(c -> {
            List<String> tags = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT min(activity) FROM check_in WHERE activity IS NOT NULL "
                            + "GROUP BY lower(activity) ORDER BY count(*) DESC, min(activity) LIMIT 200")) {
                while (rs.next()) {
                    tags.add(rs.getString(1));
                }
            }
            return tags;
        });
    }

    /** The newest check-ins with anyone, for Home's recent activity. */
    public List<RecentCheckIn> recent(int limit) {
        return db.read(c -> {
            List<RecentCheckIn> rows = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT ci.updated_at, p.name, ci.created_at <> ci.updated_at, p.id "
                    + "FROM check_in ci JOIN person p ON p.id = ci.person_id ORDER BY ci.updated_at DESC, ci.id DESC "
                    + "LIMIT ?")) {
                ps.setInt(1, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows.add(new RecentCheckIn(Instant.parse(rs.getString(1)), rs.getLong(4), rs.getString(2),
                                rs.getBoolean(3)));
                    }
                }
            }
            return rows;
        });
    }
}
