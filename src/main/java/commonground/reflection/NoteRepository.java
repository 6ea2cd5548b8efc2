package commonground.reflection;

import commonground.storage.sync.ConflictCopies;
import commonground.storage.sync.SyncedTable;

import commonground.storage.Timestamps;
import commonground.storage.StorageException;
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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

/** Private notes: writing, listing a page at a time, tags, and the trash. Search is {@link NoteSearch}. */
public final class NoteRepository {

    /** Notes with their tags; the title is the body's first line, so only the body can conflict. */
    public static final SyncedTable SYNC = SyncedTable.of("note").freeText("body").child("note_tag", "note_id")
            .editedAt("updated_at");

    static final String ITEM_COLUMNS =
            "n.id, n.title, n.prompt_id, n.prompt_group, n.word_count, n.created_at, n.updated_at, n.deleted_at";

    private final Database db;

    public NoteRepository(Database db) {
        this.db = db;
    }

    /** Starts an empty note, from a prompt when {@code promptId} is given. */
    public NoteListItem create(String promptId, String promptGroup) {
        String now = db.now();
        long id = db.write(c -> {
            long next = Database.nextId(c, "note");
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO note (id, uuid, title, body, prompt_id, "
                    + "prompt_group, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?)")) {
                ps.setLong(1, next);
                ps.setString(2, UUID.randomUUID().toString());
                ps.setObject(3, db.seal(SealedColumn.NOTE_TITLE, next, ""));
                ps.setObject(4, db.seal(SealedColumn.NOTE_BODY, next, ""));
                if (promptId == null) {
                    ps.setNull(5, java.sql.Types.VARCHAR);
                } else {
                    ps.setObject(5, db.seal(SealedColumn.NOTE_PROMPT, next, promptId));
                }
                ps.setString(6, promptGroup);
                ps.setString(7, now);
                ps.setString(8, now);
                ps.executeUpdate();
                return next;
            }
        });
        return item(id).orElseThrow();
    }

    public Optional<Note> find(long id) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT id, uuid, title, body, prompt_id, prompt_group, "
                    + "word_count, created_at, updated_at, deleted_at FROM note WHERE id = ?")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    return Optional.of(new Note(rs.getLong(1), rs.getString(2),
                            db.open(SealedColumn.NOTE_TITLE, id, rs, 3), db.open(SealedColumn.NOTE_BODY, id, rs, 4),
                            db.open(SealedColumn.NOTE_PROMPT, id, rs, 5), rs.getString(6), rs.getInt(7), Timestamps.parse(rs.getString(8)),
                            Timestamps.parse(rs.getString(9)), Timestamps.parse(rs.getString(10)), tags(c, id)));
                }
            }
        });
    }

    /** Saves the text of note {@code id}, with its title and word count; returns how the list shows it. */
    public NoteListItem saveBody(long id, String body) {
        return saveBodyOver(id, null, body).item();
    }

    /** What a save from the open note did; {@code keptOther} when the text it replaced is kept as a conflict copy. */
    public record Saved(NoteListItem item, boolean keptOther) {
    }

    /**
     * Saves {@code body}, typed over {@code base} (the text the open note last loaded or saved; null
     * to skip the check). When the note holds another text by now, brought in by a sync from another
     * computer while the user typed, that text is kept as a conflict copy in the same write, so the
     * user's typing does not silently replace it.
     */
    public Saved saveBodyOver(long id, String base, String body) {
        String problem = NoteText.problemWith(body);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        Boolean kept = db.write(c -> {
            boolean keep = false;
            if (base != null) {
                try (PreparedStatement ps = c.prepareStatement("SELECT uuid, body, updated_at FROM note WHERE id = ?")) {
                    ps.setLong(1, id);
                    try (ResultSet rs = ps.executeQuery()) {
                        if (rs.next()) {
                            keep = ConflictCopies.keepOver(db, c, "note", rs.getString(1), "body",
                                    db.open(SealedColumn.NOTE_BODY, id, rs, 2), base, body,
                                    Timestamps.parse(rs.getString(3)));
                        }
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE note SET title = ?, body = ?, word_count = ?, updated_at = ? WHERE id = ?")) {
                ps.setObject(1, db.seal(SealedColumn.NOTE_TITLE, id, NoteText.title(body)));
                ps.setObject(2, db.seal(SealedColumn.NOTE_BODY, id, body));
                ps.setInt(3, NoteText.wordCount(body));
                ps.setString(4, db.now());
                ps.setLong(5, id);
                return ps.executeUpdate() == 0 ? null : keep;
            }
        });
        if (kept == null) {
            throw new StorageException("This note no longer exists, so the text could not be saved to it.", null, 0);
        }
        return new Saved(item(id).orElseThrow(), kept);
    }

    /** How many texts of note {@code id} are kept as conflict copies (changed here and on another computer). */
    public int conflictCopies(long id) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT uuid FROM note WHERE id = ?")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? ConflictCopies.countFor(c, "note", rs.getString(1)) : 0;
                }
            }
        });
    }

    public Optional<NoteListItem> item(long id) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + ITEM_COLUMNS + " FROM note n WHERE n.id = ?")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(mapItem(db, rs, null)) : Optional.empty();
                }
            }
        });
    }

    /**
     * One page of the list, newest change first. {@code after} is the last item of the previous
     * page (null for the first), so a page costs the same however far down it is.
     */
    public List<NoteListItem> page(NoteFilter filter, NoteListItem after, int limit) {
        StringBuilder sql = new StringBuilder("SELECT " + ITEM_COLUMNS + " FROM note n WHERE ");
        List<Object> args = new ArrayList<>();
        where(db, filter, sql, args);
        if (after != null) {
            sql.append(" AND (n.updated_at, n.id) < (?, ?)");
            args.add(Timestamps.format(after.updatedAt()));
            args.add(after.id());
        }
        sql.append(" ORDER BY n.updated_at DESC, n.id DESC LIMIT ?");
        args.add(limit);
        return db.read(c -> {
            List<NoteListItem> items = new ArrayList<>();
            try (PreparedStatement ps = prepare(c, sql.toString(), args); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    try {
                        items.add(mapItem(db, rs, null));
                    } catch (SealedTextException e) {
                        db.reportUnreadable(e); // Left out; the rest of the page still shows.
                    }
                }
            }
            return items;
        });
    }

    /** How many notes the filter shows. */
    public int count(NoteFilter filter) {
        StringBuilder sql = new StringBuilder("SELECT count(*) FROM note n WHERE ");
        List<Object> args = new ArrayList<>();
        where(db, filter, sql, args);
        return db.read(c -> {
            try (PreparedStatement ps = prepare(c, sql.toString(), args); ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        });
    }

    static void where(Database db, NoteFilter filter, StringBuilder sql, List<Object> args) {
        sql.append(filter.trash() ? "n.deleted_at IS NOT NULL" : "n.deleted_at IS NULL");
        if (filter.promptGroup() != null) {
            sql.append(" AND n.prompt_group = ?");
            args.add(filter.promptGroup());
        }
        if (filter.tag() != null) {
            sql.append(" AND n.id IN " + TagSearch.IDS);
            args.add(new TagSearch(db, filter.tag()));
        }
    }

    /** Moves a note to the trash; it can be restored for 30 days. */
    public void moveToTrash(long id) {
        setDeleted(id, db.now());
    }

    public void restore(long id) {
        setDeleted(id, null);
    }

    private void setDeleted(long id, String when) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE note SET deleted_at = ? WHERE id = ?")) {
                ps.setString(1, when);
                ps.setLong(2, id);
                return ps.executeUpdate();
            }
        });
    }

    /** Deletes one note for good (the user asked, from the trash). */
    public void deleteForever(long id) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM note WHERE id = ?")) {
                ps.setLong(1, id);
                return ps.executeUpdate();
            }
        });
    }

    /**
     * Deletes note {@code id} when nothing was ever written in it (no text but spaces, no tags): a new
     * note that was started and left untouched. Returns true when it was deleted.
     */
    public boolean discardIfEmpty(long id) {
        Optional<Note> found = find(id);
        if (found.isEmpty() || !found.get().body().isBlank() || !found.get().tags().isEmpty()) {
            return false;
        }
        deleteForever(id);
        return true;
    }

    /** Deletes for good the notes that went to the trash before {@code cutoff}; returns how many. */
    public int purgeTrashedBefore(Instant cutoff) {
        return db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "DELETE FROM note WHERE deleted_at IS NOT NULL AND deleted_at < ?")) {
                ps.setString(1, Timestamps.format(cutoff));
                return ps.executeUpdate();
            }
        });
    }

    /** Replaces the tags of a note. Tags are normalized; unusable ones are left out. */
    public List<String> setTags(long id, List<String> tags) {
        List<String> clean = tags.stream().map(NoteText::normalizeTag).filter(t -> t != null).distinct()
                .limit(NoteText.MAX_TAGS).toList();
        return db.write(c -> {
            try (PreparedStatement del = c.prepareStatement("DELETE FROM note_tag WHERE note_id = ?")) {
                del.setLong(1, id);
                del.executeUpdate();
            }
            try (PreparedStatement ins = c.prepareStatement("INSERT INTO note_tag (id, note_id, tag) VALUES (?, ?, ?)")) {
                for (String tag : clean) {
                    long tagId = Database.nextId(c, "note_tag");
                    ins.setLong(1, tagId);
                    ins.setLong(2, id);
                    ins.setObject(3, db.seal(SealedColumn.NOTE_TAG, tagId, tag));
                    ins.executeUpdate();
                }
            }
            return clean.stream().sorted().toList();
        });
    }

    /** The tags in use on notes outside the trash, by name (counted here, as tags are sealed while locked). */
    public List<TagCount> tags() {
        return db.read(c -> {
            Map<String, Integer> counts = new TreeMap<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT t.id, t.tag FROM note_tag t "
                    + "JOIN note n ON n.id = t.note_id WHERE n.deleted_at IS NULL")) {
                while (rs.next()) {
                    try {
                        counts.merge(db.open(SealedColumn.NOTE_TAG, rs.getLong(1), rs, 2), 1, Integer::sum);
                    } catch (SealedTextException e) {
                        db.reportUnreadable(e);
                    }
                }
            }
            List<TagCount> out = new ArrayList<>();
            counts.forEach((tag, n) -> out.add(new TagCount(tag, n)));
            return out;
        });
    }

    private List<String> tags(Connection c, long id) throws SQLException {
        List<String> tags = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, tag FROM note_tag WHERE note_id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    tags.add(db.open(SealedColumn.NOTE_TAG, rs.getLong(1), rs, 2));
                }
            }
        }
        tags.sort(null);
        return tags;
    }

    static PreparedStatement prepare(Connection c, String sql, List<Object> args) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i) instanceof TagSearch tagged) {
                ps.setString(i + 1, tagged.idsJson(c));
            } else {
                ps.setObject(i + 1, args.get(i));
            }
        }
        return ps;
    }

    static NoteListItem mapItem(Database db, ResultSet rs, String snippet) throws SQLException {
        long id = rs.getLong(1);
        return new NoteListItem(id, db.open(SealedColumn.NOTE_TITLE, id, rs, 2),
                db.open(SealedColumn.NOTE_PROMPT, id, rs, 3), rs.getString(4), rs.getInt(5),
                Timestamps.parse(rs.getString(6)), Timestamps.parse(rs.getString(7)),
                Timestamps.parse(rs.getString(8)), snippet);
    }
}
