package commonground.cues;

import commonground.storage.sync.ConflictCopies;
import commonground.storage.Timestamps;
import commonground.storage.sync.SyncedTable;

import commonground.storage.StorageException;
import commonground.storage.SealedColumn;
import commonground.storage.Database;
import commonground.storage.SealedTextException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Check-ins of the cues module: what the user noticed with someone, and what they did. */
public final class CheckInRepository {

    /** Check-ins with the cues ticked; the context, note and response are the user's words. */
    public static final SyncedTable SYNC = SyncedTable.of("check_in")
            .freeText("context", "note", "response")
            .child("check_in_cue", "check_in_id")
            .editedAt("updated_at");

    private static final String COLUMNS =
            "id, uuid, person_id, happened_at, context, activity, note, response, created_at, updated_at";

    private final Database db;

    public CheckInRepository(Database db) {
        this.db = db;
    }

    public CheckIn add(CheckInDraft draft) {
        validate(draft);
        String now = db.now();
        long id = db.write(c -> {
            long newId = Database.nextId(c, "check_in");
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO check_in (uuid, person_id, happened_at, "
                    + "context, activity, note, response, created_at, updated_at, id) VALUES (?,?,?,?,?,?,?,?,?,?)")) {
                ps.setString(1, UUID.randomUUID().toString());
                ps.setLong(2, draft.personId());
                bindText(ps, 3, newId, draft);
                ps.setString(8, now);
                ps.setString(9, now);
                ps.setLong(10, newId);
                ps.executeUpdate();
                insertCues(c, newId, draft.cues());
                return newId;
            }
        });
        return find(id).orElseThrow();
    }

    /** Replaces what a saved check-in says, cues included; the person stays the same. */
    public CheckIn update(long id, CheckInDraft draft) {
        return update(id, draft, null).checkIn();
    }

    /** What a save did; {@code keptOther} when words it replaced are kept as a conflict copy. */
    public record Saved(CheckIn checkIn, boolean keptOther) {
    }

    /**
     * As {@link #update(long, CheckInDraft)}, typed over {@code base} (the check-in as the form opened
     * it; null to skip the check): the words (context, note, response) another computer changed
     * meanwhile are kept as conflict copies in the same write ({@link ConflictCopies#keepOver}), and
     * a field not changed here takes the other computer's words.
     */
    public Saved update(long id, CheckInDraft draft, CheckInDraft base) {
        validate(draft);
        boolean kept = db.write(c -> {
            Merged merged = base == null ? new Merged(draft, false) : keepOtherWords(c, id, draft, base);
            boolean keep = merged.kept();
            try (PreparedStatement ps = c.prepareStatement("UPDATE check_in SET happened_at = ?, context = ?, "
                    + "activity = ?, note = ?, response = ?, updated_at = ? WHERE id = ?")) {
                bindText(ps, 1, id, merged.draft());
                ps.setString(6, db.now());
                ps.setLong(7, id);
                if (ps.executeUpdate() != 1) {
                    throw new StorageException("This check-in is no longer there; it may have been deleted.", null, 0);
                }
            }
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM check_in_cue WHERE check_in_id = ?")) {
                ps.setLong(1, id);
                ps.executeUpdate();
            }
            insertCues(c, id, draft.cues());
            return keep;
        });
        return new Saved(find(id).orElseThrow(), kept);
    }

    /** The words to write and whether another computer's were kept; see {@link #keepOtherWords}. */
    private record Merged(CheckInDraft draft, boolean kept) {
    }

    /**
     * A field the user left as the form opened it takes what is there now (another computer's change
     * stays); a field changed here and there too is saved as typed, the other words kept as a copy.
     */
    private Merged keepOtherWords(Connection c, long id, CheckInDraft typed, CheckInDraft base) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT uuid, context, note, response, updated_at FROM check_in "
                + "WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return new Merged(typed, false);
                }
                String uuid = rs.getString(1);
                Instant at = Timestamps.parse(rs.getString(5));
                String[] fields = {"context", "note", "response"};
                String[] was = {base.context(), base.note(), base.response()};
                String[] now = {typed.context(), typed.note(), typed.response()};
                SealedColumn[] columns = {SealedColumn.CHECK_IN_CONTEXT, SealedColumn.CHECK_IN_NOTE,
                        SealedColumn.CHECK_IN_RESPONSE};
                boolean kept = false;
                for (int i = 0; i < fields.length; i++) {
                    String there = db.open(columns[i], id, rs, i + 2);
                    if (now[i].equals(was[i])) {
                        now[i] = there == null ? now[i] : there;
                    } else {
                        kept |= ConflictCopies.keepOver(db, c, "check_in", uuid, fields[i], there, was[i], now[i], at);
                    }
                }
                return new Merged(new CheckInDraft(typed.personId(), typed.happenedAt(), now[0], typed.activity(),
                        typed.cues(), now[1], now[2]), kept);
            }
        }
    }

    /** Deletes a check-in and the cues ticked in it. */
    public void delete(long id) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM check_in WHERE id = ?")) {
                ps.setLong(1, id);
                return ps.executeUpdate();
            }
        });
    }

    public Optional<CheckIn> find(long id) {
        List<CheckIn> found = list("WHERE id = ?", id);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** A person's check-ins, newest first. */
    public List<CheckIn> forPerson(long personId) {
        return list("WHERE person_id = ?", personId);
    }

    private static void validate(CheckInDraft draft) {
        String problem = draft.problem();
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
    }

    /** Binds happened_at, context, activity, note and response from {@code first} on. */
    private void bindText(PreparedStatement ps, int first, long id, CheckInDraft d) throws SQLException {
        ps.setString(first, d.happenedAt().toString());
        ps.setObject(first + 1, db.seal(SealedColumn.CHECK_IN_CONTEXT, id, d.context()));
        if (d.activity() == null) {
            ps.setNull(first + 2, Types.VARCHAR);
        } else {
            ps.setObject(first + 2, db.seal(SealedColumn.CHECK_IN_ACTIVITY, id, d.activity()));
        }
        ps.setObject(first + 3, db.seal(SealedColumn.CHECK_IN_NOTE, id, d.note()));
        ps.setObject(first + 4, db.seal(SealedColumn.CHECK_IN_RESPONSE, id, d.response()));
    }

    private void insertCues(Connection c, long checkInId, List<CheckInCue> cues) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO check_in_cue (check_in_id, cue_key, category, "
                + "seen, intensity, id) VALUES (?,?,?,?,?,?)")) {
            for (CheckInCue cue : cues) {
                long id = Database.nextId(c, "check_in_cue");
                ps.setLong(1, checkInId);
                ps.setString(2, cue.cueKey());
                ps.setString(3, cue.category().name());
                ps.setObject(4, db.seal(SealedColumn.CHECK_IN_CUE_SEEN, id, cue.seen()));
                if (cue.intensity() == null) {
                    ps.setNull(5, Types.INTEGER);
                } else {
                    ps.setInt(5, cue.intensity());
                }
                ps.setLong(6, id);
                ps.executeUpdate();
            }
        }
    }

    private List<CheckIn> list(String where, long arg) {
        return db.read(c -> {
            Map<Long, Row> rows = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM check_in " + where
                    + " ORDER BY happened_at DESC, id DESC")) {
                ps.setLong(1, arg);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        try {
                            rows.put(rs.getLong(1), new Row(db, rs));
                        } catch (SealedTextException e) {
                            db.reportUnreadable(e); // Left out; the other check-ins still show.
                        }
                    }
                }
            }
            Map<Long, List<CheckInCue>> cues = cuesOf(c, where, arg);
            List<CheckIn> result = new ArrayList<>();
            for (Map.Entry<Long, Row> e : rows.entrySet()) {
                result.add(e.getValue().toCheckIn(cues.getOrDefault(e.getKey(), List.of())));
            }
            return result;
        });
    }

    private Map<Long, List<CheckInCue>> cuesOf(Connection c, String where, long arg) throws SQLException {
        Map<Long, List<CheckInCue>> cues = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT cc.check_in_id, cc.cue_key, cc.category, cc.seen, "
                + "cc.intensity, cc.id FROM check_in_cue cc WHERE cc.check_in_id IN (SELECT id FROM check_in " + where
                + ") ORDER BY cc.check_in_id, cc.id")) {
            ps.setLong(1, arg);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    int intensity = rs.getInt(5);
                    Integer value = rs.wasNull() ? null : intensity;
                    try {
                        cues.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new CheckInCue(
                                rs.getString(2), CueCategory.valueOf(rs.getString(3)),
                                db.open(SealedColumn.CHECK_IN_CUE_SEEN, rs.getLong(6), rs, 4), value));
                    } catch (SealedTextException e) {
                        db.reportUnreadable(e);
                    }
                }
            }
        }
        return cues;
    }

    private static final class Row {
        final long id;
        final String uuid;
        final long personId;
        final String happenedAt;
        final String context;
        final String activity;
        final String note;
        final String response;
        final String createdAt;
        final String updatedAt;

        Row(Database db, ResultSet rs) throws SQLException {
            id = rs.getLong(1);
            uuid = rs.getString(2);
            personId = rs.getLong(3);
            happenedAt = rs.getString(4);
            context = db.open(SealedColumn.CHECK_IN_CONTEXT, id, rs, 5);
            activity = db.open(SealedColumn.CHECK_IN_ACTIVITY, id, rs, 6);
            note = db.open(SealedColumn.CHECK_IN_NOTE, id, rs, 7);
            response = db.open(SealedColumn.CHECK_IN_RESPONSE, id, rs, 8);
            createdAt = rs.getString(9);
            updatedAt = rs.getString(10);
        }

        CheckIn toCheckIn(List<CheckInCue> cues) {
            CheckInDraft draft = new CheckInDraft(personId, Instant.parse(happenedAt), context, activity, cues,
                    note, response);
            return new CheckIn(id, uuid, draft, Instant.parse(createdAt), Instant.parse(updatedAt));
        }
    }
}
