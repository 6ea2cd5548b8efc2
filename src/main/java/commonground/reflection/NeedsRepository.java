package commonground.reflection;

import commonground.storage.sync.SyncedTable;

import commonground.storage.Timestamps;
import commonground.storage.SealedColumn;
import commonground.storage.Database;
import commonground.storage.SealedTextException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Needs check-ins, and the people, places and activities where each need can be met. */
public final class NeedsRepository {

    /** Needs check-ins with their ratings. */
    public static final SyncedTable SYNC_CHECKINS = SyncedTable.of("needs_checkin")
            .freeText("note")
            .child("needs_checkin_rating", "checkin_id");

    /** Where each need can be met. */
    public static final SyncedTable SYNC_SOURCES = SyncedTable.of("need_source").freeText("label");

    private final Database db;

    public NeedsRepository(Database db) {
        this.db = db;
    }

    /** Saves a check-in: each need with its rating, 0 to 4, and an optional note. */
    public NeedsCheckIn addCheckIn(Map<String, Integer> ratings, String note) {
        String problem = NeedsCheckIn.problemWith(ratings, note);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        String uuid = UUID.randomUUID().toString();
        String now = db.now();
        long id = db.write(c -> {
            long checkinId = Database.nextId(c, "needs_checkin");
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO needs_checkin (uuid, created_at, note, id) "
                    + "VALUES (?,?,?,?)")) {
                ps.setString(1, uuid);
                ps.setString(2, now);
                ps.setObject(3, db.seal(SealedColumn.NEEDS_CHECKIN_NOTE, checkinId, note == null ? "" : note.strip()));
                ps.setLong(4, checkinId);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO needs_checkin_rating (id, checkin_id, need_id, rating) VALUES (?,?,?,?)")) {
                for (Map.Entry<String, Integer> e : ratings.entrySet()) {
                    long ratingId = Database.nextId(c, "needs_checkin_rating");
                    ps.setLong(1, ratingId);
                    ps.setLong(2, checkinId);
                    ps.setString(3, e.getKey());
                    ps.setObject(4, db.seal(SealedColumn.NEED_RATING, ratingId, Integer.toString(e.getValue())));
                    ps.executeUpdate();
                }
            }
            return checkinId;
        });
        return checkIns(10).stream().filter(ci -> ci.id() == id).findFirst().orElseThrow();
    }

    /** The latest check-ins, newest first. */
    public List<NeedsCheckIn> checkIns(int limit) {
        return db.read(c -> {
            Map<Long, Object[]> rows = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT id, uuid, created_at, note FROM needs_checkin ORDER BY created_at DESC, id DESC LIMIT ?")) {
                ps.setInt(1, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        try {
                            rows.put(rs.getLong(1), new Object[] {rs.getString(2), rs.getString(3),
                                    db.open(SealedColumn.NEEDS_CHECKIN_NOTE, rs.getLong(1), rs, 4)});
                        } catch (SealedTextException e) {
                            db.reportUnreadable(e); // Left out; the other check-ins still show.
                        }
                    }
                }
            }
            List<NeedsCheckIn> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT need_id, rating, id FROM needs_checkin_rating WHERE checkin_id = ? ORDER BY need_id")) {
                for (Map.Entry<Long, Object[]> row : rows.entrySet()) {
                    Map<String, Integer> ratings = new LinkedHashMap<>();
                    ps.setLong(1, row.getKey());
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            try {
                                ratings.put(rs.getString(1), rating(rs, 3, 2));
                            } catch (SealedTextException e) {
                                db.reportUnreadable(e); // That rating is left out.
                            }
                        }
                    }
                    Object[] v = row.getValue();
                    out.add(new NeedsCheckIn(row.getKey(), (String) v[0], Timestamps.parse((String) v[1]), ratings,
                            (String) v[2]));
                }
            }
            return out;
        });
    }

    /** Every rating of one need, oldest first, for a chart over time. */
    public List<RatingPoint> history(String needId) {
        return db.read(c -> {
            List<RatingPoint> points = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT ci.created_at, r.rating, r.id FROM needs_checkin_rating r "
                    + "JOIN needs_checkin ci ON ci.id = r.checkin_id WHERE r.need_id = ? ORDER BY ci.created_at, ci.id")) {
                ps.setString(1, needId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        try {
                            points.add(new RatingPoint(Timestamps.parse(rs.getString(1)), rating(rs, 3, 2)));
                        } catch (SealedTextException e) {
                            db.reportUnreadable(e); // A gap in the chart, not a broken chart.
                        }
                    }
                }
            }
            return points;
        });
    }

    /** The rating in column {@code index} of the current row, whose id is in column {@code idIndex}. */
    private int rating(ResultSet rs, int idIndex, int index) throws SQLException {
        return Integer.parseInt(db.open(SealedColumn.NEED_RATING, rs.getLong(idIndex), rs, index));
    }

    /** Adds a person, place or activity where a need can be met. */
    public NeedSource addSource(String needId, SourceKind kind, Long personId, String label) {
        String problem = NeedSource.problemWith(kind, personId, label);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        String uuid = UUID.randomUUID().toString();
        db.write(c -> {
            long id = Database.nextId(c, "need_source");
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO need_source (uuid, need_id, kind, person_id, "
                    + "label, created_at, id) VALUES (?,?,?,?,?,?,?)")) {
                ps.setString(1, uuid);
                ps.setString(2, needId);
                ps.setString(3, kind.name());
                ps.setObject(4, kind == SourceKind.PERSON ? personId : null);
                ps.setObject(5, db.seal(SealedColumn.NEED_SOURCE_LABEL, id,
                        kind == SourceKind.PERSON || label == null ? "" : label.strip()));
                ps.setString(6, db.now());
                ps.setLong(7, id);
                return ps.executeUpdate();
            }
        });
        return sources(needId).stream().filter(s -> s.uuid().equals(uuid)).findFirst().orElseThrow();
    }

    /** Where one need can be met: people (with their current names), then places, then activities. */
    public List<NeedSource> sources(String needId) {
        return db.read(c -> {
            List<NeedSource> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT s.id, s.uuid, s.need_id, s.kind, s.person_id, "
                    + "p.name, s.label FROM need_source s "
                    + "LEFT JOIN person p ON p.id = s.person_id WHERE s.need_id = ?")) {
                ps.setString(1, needId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        long id = rs.getLong(1);
                        long personId = rs.getLong(5);
                        boolean hasPerson = !rs.wasNull();
                        SourceKind kind = SourceKind.valueOf(rs.getString(4));
                        String label;
                        try {
                            label = kind == SourceKind.PERSON ? rs.getString(6)
                                    : db.open(SealedColumn.NEED_SOURCE_LABEL, id, rs, 7);
                        } catch (SealedTextException e) {
                            db.reportUnreadable(e); // Left out; the other places and people still show.
                            continue;
                        }
                        out.add(new NeedSource(id, rs.getString(2), rs.getString(3), kind,
                                hasPerson ? personId : null, label));
                    }
                }
            }
            // Sorted here, as sealed labels cannot be sorted by SQLite: people, places, activities.
            out.sort(java.util.Comparator.comparingInt((NeedSource n) -> n.kind() == SourceKind.PERSON ? 0
                    : n.kind() == SourceKind.PLACE ? 1 : 2).thenComparing(n -> n.label() == null ? "" : n.label(),
                    String.CASE_INSENSITIVE_ORDER));
            return out;
        });
    }

    public void removeSource(long id) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM need_source WHERE id = ?")) {
                ps.setLong(1, id);
                return ps.executeUpdate();
            }
        });
    }
}
