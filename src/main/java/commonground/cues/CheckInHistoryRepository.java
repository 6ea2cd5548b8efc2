package commonground.cues;


import commonground.storage.Database;
import commonground.storage.SealedColumn;
import commonground.storage.SealedTextException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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
            List<Object[]> named = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT ci.id, ci.activity, EXISTS (SELECT 1 FROM "
                    + "check_in_cue cc WHERE cc.check_in_id = ci.id AND cc.category = 'COMFORT') FROM check_in ci "
                    + "WHERE ci.person_id = ? AND ci.activity IS NOT NULL ORDER BY ci.id")) {
                ps.setLong(1, personId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        try {
                            named.add(new Object[] {db.open(SealedColumn.CHECK_IN_ACTIVITY, rs.getLong(1), rs, 2),
                                rs.getBoolean(3)});
                        } catch (SealedTextException e) {
                            db.reportUnreadable(e); // Left out of the summary; the rest still shows.
                        }
                    }
                }
            }
            // Grouped and ranked here rather than in SQL, as the activity is sealed while the lock is on.
            Map<String, int[]> byActivity = new LinkedHashMap<>();
            Map<String, String> firstName = new HashMap<>();
            for (Object[] n : named) {
                String name = (String) n[0];
                String key = name.toLowerCase(Locale.ROOT);
                firstName.merge(key, name, (a, b) -> a.compareTo(b) <= 0 ? a : b);
                int[] counts = byActivity.computeIfAbsent(key, k -> new int[2]);
                counts[0]++;
                counts[1] += (Boolean) n[1] ? 1 : 0;
            }
            List<ActivityComfort> rows = new ArrayList<>();
            byActivity.forEach((key, counts) -> rows.add(new ActivityComfort(firstName.get(key), counts[0], counts[1])));
            rows.sort(Comparator.comparingDouble((ActivityComfort a) -> -(a.withComfort() * 1.0 / a.checkIns()))
                    .thenComparing(a -> -a.checkIns()).thenComparing(ActivityComfort::activity));
            return rows;
        });
    }

    /** The activity tags used so far with anyone, most used first, for suggestions. */
    public List<String> activities() {
        return db.read(c -> {
            Map<String, Integer> counts = new HashMap<>();
            Map<String, String> firstName = new HashMap<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT id, activity FROM check_in WHERE activity IS NOT NULL")) {
                while (rs.next()) {
                    String name;
                    try {
                        name = db.open(SealedColumn.CHECK_IN_ACTIVITY, rs.getLong(1), rs, 2);
                    } catch (SealedTextException e) {
                        db.reportUnreadable(e);
                        continue;
                    }
                    String key = name.toLowerCase(Locale.ROOT);
                    counts.merge(key, 1, Integer::sum);
                    firstName.merge(key, name, (a, b) -> a.compareTo(b) <= 0 ? a : b);
                }
            }
            return counts.keySet().stream()
                    .sorted(Comparator.comparing((String k) -> -counts.get(k)).thenComparing(firstName::get))
                    .limit(200).map(firstName::get).toList();
        });
    }

    /** The newest check-ins with anyone, for Home's recent activity. */
    public List<RecentCheckIn> recent(int limit) {
        return db.read(c -> {
            List<RecentCheckIn> rows = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT ci.updated_at, p.name, ci.created_at <> ci.updated_at "
                    + "FROM check_in ci JOIN person p ON p.id = ci.person_id ORDER BY ci.updated_at DESC, ci.id DESC "
                    + "LIMIT ?")) {
                ps.setInt(1, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows.add(new RecentCheckIn(Instant.parse(rs.getString(1)), rs.getString(2), rs.getBoolean(3)));
                    }
                }
            }
            return rows;
        });
    }
}
