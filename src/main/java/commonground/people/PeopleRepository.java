package commonground.people;

import commonground.storage.Timestamps;
import commonground.storage.sync.ConflictCopies;
import commonground.storage.sync.SyncedTable;
import commonground.care.SafetyAnswer;
import commonground.storage.SealedColumn;
import commonground.storage.Database;
import commonground.storage.SealedTextException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The people the user is working on connecting with. */
public final class PeopleRepository {

    /** The people, synced between computers; the note about them is their own words. */
    public static final SyncedTable SYNC = SyncedTable.of("person").freeText("note")
            .editedAt("updated_at");

    private static final String COLUMNS =
            "id, uuid, name, relationship, note, created_at, updated_at, archived_at, pronouns, safety";

    private final Database db;

    public PeopleRepository(Database db) {
        this.db = db;
    }

    /** People not archived, by name. */
    public List<Person> active() {
        return list("WHERE archived_at IS NULL ORDER BY name COLLATE NOCASE, id");
    }

    /** Archived people, by name. */
    public List<Person> archived() {
        return list("WHERE archived_at IS NOT NULL ORDER BY name COLLATE NOCASE, id");
    }

    public Optional<Person> find(long id) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM person WHERE id = ?")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(map(db, rs)) : Optional.empty();
                }
            }
        });
    }

    public Person add(String name, Relationship relationship, String note) {
        return add(name, relationship, note, Pronouns.THEY, null);
    }

    /** Adds someone; {@code safety} is null when the safety question was not answered. */
    public Person add(String name, Relationship relationship, String note, Pronouns pronouns, SafetyAnswer safety) {
        validate(name, note);
        String now = db.now();
        String uuid = UUID.randomUUID().toString();
        long id = db.write(c -> {
            long next = Database.nextId(c, "person");
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO person (uuid, name, relationship, note, "
                    + "created_at, updated_at, id, pronouns, safety) VALUES (?,?,?,?,?,?,?,?,?)")) {
                ps.setString(1, uuid);
                ps.setString(2, name.strip());
                ps.setString(3, relationship.name());
                ps.setObject(4, db.seal(SealedColumn.PERSON_NOTE, next, note == null ? "" : note));
                ps.setString(5, now);
                ps.setString(6, now);
                ps.setLong(7, next);
                ps.setString(8, (pronouns == null ? Pronouns.THEY : pronouns).name());
                ps.setObject(9, sealSafety(next, safety));
                ps.executeUpdate();
                return next;
            }
        });
        return find(id).orElseThrow();
    }

    /** Saves a new name, relationship and note. */
    public Person update(long id, String name, Relationship relationship, String note) {
        validate(name, note);
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE person SET name = ?, relationship = ?, note = ?, updated_at = ? WHERE id = ?")) {
                ps.setString(1, name.strip());
                ps.setString(2, relationship.name());
                ps.setObject(3, db.seal(SealedColumn.PERSON_NOTE, id, note == null ? "" : note));
                ps.setString(4, db.now());
                ps.setLong(5, id);
                return ps.executeUpdate();
            }
        });
        return find(id).orElseThrow();
    }

    /** Saves everything about a person: name, relationship, note, pronouns and the safety answer. */
    public Person update(long id, String name, Relationship relationship, String note, Pronouns pronouns,
                         SafetyAnswer safety) {
        return update(id, null, name, relationship, note, pronouns, safety).person();
    }

    /** What a save did; {@code keptOther} when the note it replaced is kept as a conflict copy. */
    public record Saved(Person person, boolean keptOther) {
    }

    /**
     * Saves everything about a person, the note typed over {@code noteBase} (the note the form last
     * read or saved; null to skip the check): another computer's note that came in meanwhile is kept
     * as a conflict copy in the same write ({@link ConflictCopies#keepOver}).
     */
    public Saved update(long id, String noteBase, String name, Relationship relationship, String note,
                        Pronouns pronouns, SafetyAnswer safety) {
        validate(name, note);
        String text = note == null ? "" : note;
        boolean kept = db.write(c -> {
            boolean keep = keepOtherNote(c, id, noteBase, text);
            try (PreparedStatement ps = c.prepareStatement("UPDATE person SET name = ?, relationship = ?, note = ?, "
                    + "pronouns = ?, safety = ?, updated_at = ? WHERE id = ?")) {
                ps.setString(1, name.strip());
                ps.setString(2, relationship.name());
                ps.setObject(3, db.seal(SealedColumn.PERSON_NOTE, id, text));
                ps.setString(4, (pronouns == null ? Pronouns.THEY : pronouns).name());
                ps.setObject(5, sealSafety(id, safety));
                ps.setString(6, db.now());
                ps.setLong(7, id);
                ps.executeUpdate();
            }
            return keep;
        });
        return new Saved(find(id).orElseThrow(), kept);
    }

    /** Saves only the note (sealed as every note is), as the user types it; the rest of the form waits for Save. */
    public Person updateNote(long id, String note) {
        return updateNote(id, null, note).person();
    }

    /** As {@link #updateNote(long, String)}, typed over {@code base}; see {@link #update(long, String, String, Relationship, String, Pronouns, SafetyAnswer)}. */
    public Saved updateNote(long id, String base, String note) {
        String text = note == null ? "" : note;
        String problem = Person.problemWith("-", text);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        boolean kept = db.write(c -> {
            boolean keep = keepOtherNote(c, id, base, text);
            try (PreparedStatement ps = c.prepareStatement("UPDATE person SET note = ?, updated_at = ? WHERE id = ?")) {
                ps.setObject(1, db.seal(SealedColumn.PERSON_NOTE, id, text));
                ps.setString(2, db.now());
                ps.setLong(3, id);
                ps.executeUpdate();
            }
            return keep;
        });
        return new Saved(find(id).orElseThrow(), kept);
    }

    private boolean keepOtherNote(Connection c, long id, String base, String typed) throws SQLException {
        if (base == null) {
            return false;
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT uuid, note, updated_at FROM person WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && ConflictCopies.keepOver(db, c, "person", rs.getString(1), "note",
                        db.open(SealedColumn.PERSON_NOTE, id, rs, 2), base, typed, Timestamps.parse(rs.getString(3)));
            }
        }
    }

    /** Keeps the answer to the safety question (null: no answer), for example one given in a walk-through. */
    public void setSafety(long id, SafetyAnswer safety) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE person SET safety = ?, updated_at = ? WHERE id = ?")) {
                ps.setObject(1, sealSafety(id, safety));
                ps.setString(2, db.now());
                ps.setLong(3, id);
                return ps.executeUpdate();
            }
        });
    }

    private Object sealSafety(long id, SafetyAnswer safety) {
        return db.seal(SealedColumn.PERSON_SAFETY, id, safety == null ? "" : safety.code());
    }

    /** Everyone, archived people too, for telling namesakes apart ({@link Namesakes}). */
    public List<Person> everyone() {
        List<Person> all = new ArrayList<>(active());
        all.addAll(archived());
        return all;
    }

    /** People added or changed most recently, newest first (archived ones too). */
    public List<Person> recentlyChanged(int limit) {
        return list("ORDER BY updated_at DESC, id DESC LIMIT " + Math.max(0, limit));
    }

    /** Hides a person from lists; everything recorded about them is kept. */
    public void archive(long id) {
        setArchived(id, db.now());
    }

    public void restore(long id) {
        setArchived(id, null);
    }

    private void setArchived(long id, String when) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE person SET archived_at = ?, updated_at = ? WHERE id = ?")) {
                ps.setString(1, when);
                ps.setString(2, db.now());
                ps.setLong(3, id);
                return ps.executeUpdate();
            }
        });
    }

    /**
     * How many records in other tables refer to this person, by table. Found from the schema's
     * foreign keys, so tables that later modules add are counted without changes here.
     */
    public Map<String, Integer> recordCounts(long id) {
        return db.read(c -> {
            Map<String, Integer> counts = new LinkedHashMap<>();
            for (String[] ref : referencesTo(c)) {
                String sql = "SELECT count(*) FROM \"" + ref[0] + "\" WHERE \"" + ref[1] + "\" = ?";
                try (PreparedStatement ps = c.prepareStatement(sql)) {
                    ps.setLong(1, id);
                    try (ResultSet rs = ps.executeQuery()) {
                        int n = rs.next() ? rs.getInt(1) : 0;
                        if (n > 0) {
                            counts.merge(ref[0], n, Integer::sum);
                        }
                    }
                }
            }
            return counts;
        });
    }

    /**
     * Deletes a person for good, together with everything recorded about them. Only called after
     * the user chose this explicitly.
     */
    public void deleteWithRecords(long id) {
        db.write(c -> {
            for (String[] ref : referencesTo(c)) {
                try (PreparedStatement ps = c.prepareStatement(
                        "DELETE FROM \"" + ref[0] + "\" WHERE \"" + ref[1] + "\" = ?")) {
                    ps.setLong(1, id);
                    ps.executeUpdate();
                }
            }
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM person WHERE id = ?")) {
                ps.setLong(1, id);
                return ps.executeUpdate();
            }
        });
    }

    private static List<String[]> referencesTo(Connection c) throws SQLException {
        List<String[]> refs = new ArrayList<>();
        String sql = "SELECT m.name, f.\"from\" FROM sqlite_schema m, pragma_foreign_key_list(m.name) f "
                + "WHERE m.type = 'table' AND f.\"table\" = 'person' ORDER BY m.name";
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                refs.add(new String[] {rs.getString(1), rs.getString(2)});
            }
        }
        return refs;
    }

    private List<Person> list(String whereAndOrder) {
        return db.read(c -> {
            List<Person> people = new ArrayList<>();
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT " + COLUMNS + " FROM person " + whereAndOrder)) {
                while (rs.next()) {
                    try {
                        people.add(map(db, rs));
                    } catch (SealedTextException e) {
                        db.reportUnreadable(e); // Left out; the rest of the list still shows.
                    }
                }
            }
            return people;
        });
    }

    private static void validate(String name, String note) {
        String problem = Person.problemWith(name, note);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
    }

    private static Person map(Database db, ResultSet rs) throws SQLException {
        long id = rs.getLong(1);
        return new Person(id, rs.getString(2), rs.getString(3),
                Relationship.valueOf(rs.getString(4)), db.open(SealedColumn.PERSON_NOTE, id, rs, 5),
                Pronouns.fromStored(rs.getString(9)),
                SafetyAnswer.fromCode(db.open(SealedColumn.PERSON_SAFETY, id, rs, 10)).orElse(null),
                Instant.parse(rs.getString(6)), Instant.parse(rs.getString(7)),
                rs.getString(8) == null ? null : Instant.parse(rs.getString(8)));
    }
}
