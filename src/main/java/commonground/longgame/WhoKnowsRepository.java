package commonground.longgame;

import commonground.storage.Database;
import commonground.storage.SealedColumn;
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
import java.util.UUID;

/** Who knows what: the situations of hard news, and for each the people told and still to tell. */
public final class WhoKnowsRepository {

    /** Hard news situations, synced between computers (decision 0017). */
    public static final SyncedTable SYNC_SITUATIONS = SyncedTable.of("news_situation").freeText("title", "keep_private")
            .editedAt("updated_at");

    /**
     * Who was told what, each entry its own record (so entries changed on two computers merge one by one,
     * and a text changed on both is kept as a conflict copy), after the situations it belongs to.
     */
    public static final SyncedTable SYNC_TOLD = SyncedTable.of("news_told").freeText("name", "knows", "told_by")
            .editedAt("updated_at");

    private final Database db;

    public WhoKnowsRepository(Database db) {
        this.db = db;
    }

    /** Starts a situation; refuses an empty or too long name before writing. */
    public NewsSituation create(String title, String scenarioId, Long personId) {
        String problem = titleProblem(title);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        String uuid = UUID.randomUUID().toString();
        String now = db.now();
        long id = db.write(c -> {
            long next = Database.nextId(c, "news_situation");
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO news_situation (id, uuid, scenario_id, "
                    + "person_id, title, keep_private, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?)")) {
                ps.setLong(1, next);
                ps.setString(2, uuid);
                ps.setString(3, scenarioId);
                ps.setObject(4, personId);
                ps.setObject(5, db.seal(SealedColumn.NEWS_TITLE, next, title.strip()));
                ps.setObject(6, db.seal(SealedColumn.NEWS_KEEP_PRIVATE, next, ""));
                ps.setString(7, now);
                ps.setString(8, now);
                ps.executeUpdate();
                return next;
            }
        });
        return new NewsSituation(id, uuid, scenarioId, personId, title.strip(), "");
    }

    static String titleProblem(String title) {
        if (title == null || title.isBlank()) {
            return "Please give the situation a short name, such as \u201cDad's diagnosis\u201d.";
        }
        int max = SealedColumn.NEWS_TITLE.maxChars();
        return title.strip().length() > max ? "The name is longer than " + max + " characters." : null;
    }

    /** Keeps what the person at the centre asked to keep private. */
    public void saveKeepPrivate(long situationId, String text) {
        saveKeepPrivate(situationId, text, null);
    }

    /**
     * As {@link #saveKeepPrivate(long, String)}, typed over {@code base} (the text as the form last
     * read or saved it; null to skip the check): another computer's text, if it changed meanwhile,
     * is kept as a conflict copy in the same write. True when one was kept.
     */
    public boolean saveKeepPrivate(long situationId, String text, String base) {
        String t = text == null ? "" : text.strip();
        int max = SealedColumn.NEWS_KEEP_PRIVATE.maxChars();
        if (t.length() > max) {
            throw new IllegalArgumentException("What to keep private is longer than " + max + " characters.");
        }
        String now = db.now();
        return db.write(c -> {
            boolean kept = false;
            if (base != null) {
                try (PreparedStatement ps = c.prepareStatement("SELECT uuid, keep_private, updated_at FROM "
                        + "news_situation WHERE id = ?")) {
                    ps.setLong(1, situationId);
                    try (ResultSet rs = ps.executeQuery()) {
                        if (rs.next()) {
                            kept = ConflictCopies.keepOver(db, c, "news_situation", rs.getString(1), "keep_private",
                                    db.open(SealedColumn.NEWS_KEEP_PRIVATE, situationId, rs, 2), base.strip(), t,
                                    Timestamps.parse(rs.getString(3)));
                        }
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE news_situation SET keep_private = ?, updated_at = ? "
                    + "WHERE id = ?")) {
                ps.setObject(1, db.seal(SealedColumn.NEWS_KEEP_PRIVATE, situationId, t));
                ps.setString(2, now);
                ps.setLong(3, situationId);
                ps.executeUpdate();
            }
            return kept;
        });
    }

    /** Every situation, oldest first. */
    public List<NewsSituation> situations() {
        return db.read(c -> {
            List<NewsSituation> result = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, uuid, scenario_id, person_id, title, "
                    + "keep_private FROM news_situation ORDER BY created_at, id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    long personId = rs.getLong(4);
                    Long person = rs.wasNull() ? null : personId;   // asked right after column 4, not after 3
                    result.add(new NewsSituation(id, rs.getString(2), rs.getString(3), person,
                            db.open(SealedColumn.NEWS_TITLE, id, rs, 5),
                            db.open(SealedColumn.NEWS_KEEP_PRIVATE, id, rs, 6)));
                }
            }
            return result;
        });
    }

    /** Adds someone told (with a day) or still to tell (no day); refuses bad input before writing. */
    public ToldEntry addTold(long situationId, String name, String knows, String toldBy, LocalDate toldOn) {
        check(name, knows, toldBy, toldOn);
        String uuid = UUID.randomUUID().toString();
        String now = db.now();
        long id = db.write(c -> {
            long next = Database.nextId(c, "news_told");
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO news_told (id, uuid, situation_id, name, "
                    + "knows, told_by, told_on, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?)")) {
                ps.setLong(1, next);
                ps.setString(2, uuid);
                ps.setLong(3, situationId);
                bind(ps, 4, next, name, knows, toldBy, toldOn);
                ps.setString(8, now);
                ps.setString(9, now);
                ps.executeUpdate();
                return next;
            }
        });
        return entry(id, uuid, situationId, name, knows, toldBy, toldOn);
    }

    /** Puts back an entry just deleted (the user chose "Undo"), as it was, under a new id. */
    public ToldEntry restoreTold(ToldEntry e) {
        return addTold(e.situationId(), e.name(), e.knows(), e.toldBy(), e.toldOn());
    }

    /** What a change did: the entry as kept, and {@code keptOther} when another computer's words were kept as a copy. */
    public record Saved(ToldEntry entry, boolean keptOther) {
    }

    /** Changes an entry (such as marking that someone has now been told). */
    public ToldEntry updateTold(ToldEntry e, String name, String knows, String toldBy, LocalDate toldOn) {
        return changeTold(e, name, knows, toldBy, toldOn).entry();
    }

    /**
     * Changes entry {@code e}, which is the entry as the form opened it: a text (name, what they
     * know, who told them) left as it was takes what another computer wrote meanwhile, and one
     * changed here and there too is saved as typed, the other words kept as a conflict copy in the
     * same write ({@link ConflictCopies#check}).
     */
    public Saved changeTold(ToldEntry e, String name, String knows, String toldBy, LocalDate toldOn) {
        check(name, knows, toldBy, toldOn);
        String now = db.now();
        return db.write(c -> {
            String[] texts = {name, knows, toldBy};
            boolean kept = false;
            try (PreparedStatement ps = c.prepareStatement("SELECT name, knows, told_by, updated_at FROM news_told "
                    + "WHERE id = ?")) {
                ps.setLong(1, e.id());
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        throw new IllegalStateException("This entry is no longer here; it may have been deleted on "
                                + "another computer.");
                    }
                    ConflictCopies.Check check = ConflictCopies.check(db, c, "news_told", e.uuid(),
                            Timestamps.parse(rs.getString(4)));
                    texts[0] = check.text("name", db.open(SealedColumn.NEWS_TOLD_NAME, e.id(), rs, 1), e.name(), name);
                    texts[1] = check.text("knows", db.open(SealedColumn.NEWS_TOLD_KNOWS, e.id(), rs, 2), e.knows(),
                            knows);
                    texts[2] = check.text("told_by", db.open(SealedColumn.NEWS_TOLD_BY, e.id(), rs, 3), e.toldBy(),
                            toldBy);
                    kept = check.kept();
                }
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE news_told SET name = ?, knows = ?, told_by = ?, "
                    + "told_on = ?, updated_at = ? WHERE id = ?")) {
                bind(ps, 1, e.id(), texts[0], texts[1], texts[2], toldOn);
                ps.setString(5, now);
                ps.setLong(6, e.id());
                ps.executeUpdate();
            }
            return new Saved(entry(e.id(), e.uuid(), e.situationId(), texts[0], texts[1], texts[2], toldOn), kept);
        });
    }

    private void check(String name, String knows, String toldBy, LocalDate toldOn) {
        String problem = ToldEntry.problemWith(name, knows, toldBy, toldOn, LocalDate.now(db.clock()));
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
    }

    private static ToldEntry entry(long id, String uuid, long situationId, String name, String knows, String toldBy,
                                   LocalDate toldOn) {
        return new ToldEntry(id, uuid, situationId, name.strip(), knows == null ? "" : knows.strip(),
                toldBy == null ? "" : toldBy.strip(), toldOn);
    }

    private void bind(PreparedStatement ps, int from, long rowId, String name, String knows, String toldBy,
                      LocalDate toldOn) throws SQLException {
        ps.setObject(from, db.seal(SealedColumn.NEWS_TOLD_NAME, rowId, name.strip()));
        ps.setObject(from + 1, db.seal(SealedColumn.NEWS_TOLD_KNOWS, rowId, knows == null ? "" : knows.strip()));
        ps.setObject(from + 2, db.seal(SealedColumn.NEWS_TOLD_BY, rowId, toldBy == null ? "" : toldBy.strip()));
        if (toldOn == null) {
            ps.setNull(from + 3, Types.VARCHAR);
        } else {
            ps.setString(from + 3, toldOn.toString());
        }
    }

    /** The people of a situation: those told first (by day), then those who still need to hear it. */
    public List<ToldEntry> told(long situationId) {
        return db.read(c -> told(c, situationId));
    }

    private List<ToldEntry> told(Connection c, long situationId) throws SQLException {
        List<ToldEntry> result = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, uuid, name, knows, told_by, told_on FROM news_told "
                + "WHERE situation_id = ? ORDER BY told_on IS NULL, told_on, id")) {
            ps.setLong(1, situationId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    String on = rs.getString(6);
                    result.add(new ToldEntry(id, rs.getString(2), situationId,
                            db.open(SealedColumn.NEWS_TOLD_NAME, id, rs, 3),
                            db.open(SealedColumn.NEWS_TOLD_KNOWS, id, rs, 4),
                            db.open(SealedColumn.NEWS_TOLD_BY, id, rs, 5), on == null ? null : LocalDate.parse(on)));
                }
            }
        }
        return result;
    }

    /** Removes someone from a situation's list. */
    public void deleteTold(long id) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM news_told WHERE id = ?")) {
                ps.setLong(1, id);
                return ps.executeUpdate();
            }
        });
    }
}
