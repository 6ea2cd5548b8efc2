package commonground.longgame;

import commonground.storage.Database;
import commonground.storage.SealedColumn;
import commonground.storage.sync.ConflictCopies;
import commonground.storage.sync.SyncedTable;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Going first, in small steps: the user's own steps on each person's ladder, and the steps taken. */
public final class DisclosureRepository {

    /** The user's own steps on a ladder, synced between computers (decision 0017). */
    public static final SyncedTable SYNC_OWN_STEPS = SyncedTable.of("disclosure_own_step").freeText("text");

    /** Steps taken, synced between computers (decision 0017). */
    public static final SyncedTable SYNC_STEPS_TAKEN = SyncedTable.of("disclosure_step_taken").freeText("what", "note");

    private final Database db;

    public DisclosureRepository(Database db) {
        this.db = db;
    }

    /** Keeps a step of the user's own at a rung; refuses an empty or too long one before writing. */
    public OwnStep addOwn(long personId, int rung, String text) {
        String problem = ownProblem(text);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        String uuid = UUID.randomUUID().toString();
        String now = db.now();
        long id = db.write(c -> {
            long next = Database.nextId(c, "disclosure_own_step");
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO disclosure_own_step (id, uuid, person_id, "
                    + "rung, text, created_at) VALUES (?,?,?,?,?,?)")) {
                ps.setLong(1, next);
                ps.setString(2, uuid);
                ps.setLong(3, personId);
                ps.setInt(4, rung);
                ps.setObject(5, db.seal(SealedColumn.DISCLOSURE_OWN_TEXT, next, text.strip()));
                ps.setString(6, now);
                ps.executeUpdate();
                return next;
            }
        });
        return new OwnStep(id, uuid, personId, rung, text.strip());
    }

    /** What is wrong with an own step as typed, in words for the user; null when it can be kept. */
    public static String ownProblem(String text) {
        if (text == null || text.isBlank()) {
            return "Please write the step in a few words.";
        }
        int max = SealedColumn.DISCLOSURE_OWN_TEXT.maxChars();
        return text.strip().length() > max ? "The step is longer than " + max + " characters; a line will do." : null;
    }

    /** A person's own steps, by rung then as added. */
    public List<OwnStep> ownSteps(long personId) {
        return db.read(c -> {
            List<OwnStep> result = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, uuid, rung, text FROM disclosure_own_step "
                    + "WHERE person_id = ? ORDER BY rung, id")) {
                ps.setLong(1, personId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        long id = rs.getLong(1);
                        result.add(new OwnStep(id, rs.getString(2), personId, rs.getInt(3),
                                db.open(SealedColumn.DISCLOSURE_OWN_TEXT, id, rs, 4)));
                    }
                }
            }
            return result;
        });
    }

    /** Logs a step taken and how it landed; refuses bad input ({@link TakenStep#problemWith}) before writing. */
    public TakenStep take(long personId, LocalDate on, int rung, String what, Landing landed, String note) {
        check(what, landed, note, on);
        return insert(personId, on, rung, what, landed, note);
    }

    /**
     * Puts back a step just deleted (the user chose "Undo"), as it was: same day, rung, words and
     * landing, under a new id.
     */
    public TakenStep restore(TakenStep step) {
        return insert(step.personId(), step.takenOn(), step.rung(), step.what(), step.landed(), step.note());
    }

    /**
     * Changes what was shared, the day, how it landed and the note of a step taken; its rung stays
     * the one suggested when it was logged. Refuses bad input as adding does.
     */
    public TakenStep update(TakenStep step, LocalDate on, String what, Landing landed, String note) {
        return change(step, on, what, landed, note).step();
    }

    /** What a change did: the step as kept, and {@code keptOther} when another computer's words were kept as a copy. */
    public record Saved(TakenStep step, boolean keptOther) {
    }

    /**
     * As {@link #update}, {@code step} being the step as the form opened it: what was shared or the
     * note, left as it was, takes what another computer wrote meanwhile; changed here and there
     * too, it is saved as typed and the other words kept as a conflict copy in the same write.
     */
    public Saved change(TakenStep step, LocalDate on, String what, Landing landed, String note) {
        check(what, landed, note, on);
        return db.write(c -> {
            String w;
            String n;
            ConflictCopies.Check check = ConflictCopies.check(db, c, "disclosure_step_taken", step.uuid(),
                    db.clock().instant());
            try (PreparedStatement ps = c.prepareStatement("SELECT what, note FROM disclosure_step_taken WHERE id = ?")) {
                ps.setLong(1, step.id());
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        throw new IllegalStateException("That step is no longer here; it may have been deleted.");
                    }
                    w = check.text("what", db.open(SealedColumn.DISCLOSURE_TAKEN_WHAT, step.id(), rs, 1), step.what(),
                            what);
                    n = check.text("note", db.open(SealedColumn.DISCLOSURE_TAKEN_NOTE, step.id(), rs, 2), step.note(),
                            note);
                }
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE disclosure_step_taken SET taken_on = ?, what = ?, "
                    + "landed = ?, note = ? WHERE id = ?")) {
                ps.setString(1, on.toString());
                ps.setObject(2, db.seal(SealedColumn.DISCLOSURE_TAKEN_WHAT, step.id(), w));
                ps.setString(3, landed == null ? null : landed.name());
                ps.setObject(4, db.seal(SealedColumn.DISCLOSURE_TAKEN_NOTE, step.id(), n));
                ps.setLong(5, step.id());
                ps.executeUpdate();
            }
            return new Saved(new TakenStep(step.id(), step.uuid(), step.personId(), on, step.rung(), w, landed, n),
                    check.kept());
        });
    }

    /** Deletes a step taken. */
    public void deleteTaken(long id) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM disclosure_step_taken WHERE id = ?")) {
                ps.setLong(1, id);
                return ps.executeUpdate();
            }
        });
    }

    private void check(String what, Landing landed, String note, LocalDate on) {
        String problem = TakenStep.problemWith(what, landed, note, on, LocalDate.now(db.clock()));
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
    }

    private TakenStep insert(long personId, LocalDate on, int rung, String what, Landing landed, String note) {
        String uuid = UUID.randomUUID().toString();
        String now = db.now();
        String n = note == null ? "" : note.strip();
        long id = db.write(c -> {
            long next = Database.nextId(c, "disclosure_step_taken");
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO disclosure_step_taken (id, uuid, person_id, "
                    + "taken_on, rung, what, landed, note, created_at) VALUES (?,?,?,?,?,?,?,?,?)")) {
                ps.setLong(1, next);
                ps.setString(2, uuid);
                ps.setLong(3, personId);
                ps.setString(4, on.toString());
                ps.setInt(5, rung);
                ps.setObject(6, db.seal(SealedColumn.DISCLOSURE_TAKEN_WHAT, next, what.strip()));
                ps.setString(7, landed == null ? null : landed.name());
                ps.setObject(8, db.seal(SealedColumn.DISCLOSURE_TAKEN_NOTE, next, n));
                ps.setString(9, now);
                ps.executeUpdate();
                return next;
            }
        });
        return new TakenStep(id, uuid, personId, on, rung, what.strip(), landed, n);
    }

    /** A person's steps taken, newest first. */
    public List<TakenStep> taken(long personId) {
        return db.read(c -> {
            List<TakenStep> result = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, uuid, taken_on, rung, what, landed, note "
                    + "FROM disclosure_step_taken WHERE person_id = ? ORDER BY taken_on DESC, id DESC")) {
                ps.setLong(1, personId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        long id = rs.getLong(1);
                        result.add(new TakenStep(id, rs.getString(2), personId, LocalDate.parse(rs.getString(3)),
                                rs.getInt(4), db.open(SealedColumn.DISCLOSURE_TAKEN_WHAT, id, rs, 5),
                                rs.getString(6) == null ? null : Landing.valueOf(rs.getString(6)), db.open(SealedColumn.DISCLOSURE_TAKEN_NOTE, id, rs, 7)));
                    }
                }
            }
            return result;
        });
    }

    /** The days of a person's steps that landed this way (no sealed text is read): the look-back's rows. */
    public List<LocalDate> days(long personId, Landing landed) {
        return db.read(c -> {
            List<LocalDate> result = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT taken_on FROM disclosure_step_taken "
                    + "WHERE person_id = ? AND landed = ?")) {
                ps.setLong(1, personId);
                ps.setString(2, landed.name());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        result.add(LocalDate.parse(rs.getString(1)));
                    }
                }
            }
            return result;
        });
    }

    /** The look-back's rows for going first: steps that landed warmly, neutral, and closed up, month by month. */
    public List<LookBackSeries> lookBackSeries() {
        List<LookBackSeries> series = new ArrayList<>();
        for (Landing l : Landing.values()) {
            String name = switch (l) {
                case WARMLY -> "Steps that landed warmly";
                case NEUTRAL -> "Steps that landed quietly";
                case CLOSED_UP -> "Steps that closed them up";
            };
            series.add(new LookBackSeries() {
                @Override
                public String name() {
                    return name;
                }

                @Override
                public List<LocalDate> days(long personId) {
                    return DisclosureRepository.this.days(personId, l);
                }
            });
        }
        return series;
    }
}
