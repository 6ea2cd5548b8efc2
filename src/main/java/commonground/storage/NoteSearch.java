package commonground.storage;

import commonground.reflection.NoteFilter;
import commonground.reflection.NoteListItem;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Full-text search over notes with SQLite FTS5: best matches first (bm25, a title match weighing
 * more than one in the body), each with a short snippet in which the matched words are marked.
 * Notes in the trash are found only when the filter asks for the trash.
 *
 * <p>Ranking costs time for every matching note, so for very broad queries (a common word, a short
 * prefix while typing) only the newest {@link #RANK_WINDOW} matches are ranked; the search narrows
 * to the whole collection again as soon as fewer notes match.
 */
public final class NoteSearch {

    /** At most this many matches, the newest, are ranked. */
    static final int RANK_WINDOW = 5_000;

    private final Database db;

    public NoteSearch(Database db) {
        this.db = db;
    }

    /**
     * Searches for what was typed. {@code typing} means the last word may still be unfinished, so
     * it also matches as a prefix. Returns nothing when the text holds no word to look for.
     */
    public List<NoteListItem> search(String typed, boolean typing, NoteFilter filter, int limit) {
        Optional<String> match = FtsQuery.of(typed, typing);
        if (match.isEmpty()) {
            return List.of();
        }
        List<Object> args = new ArrayList<>();
        args.add(match.get());
        args.add(0L);
        StringBuilder ranked = new StringBuilder("SELECT f.rowid AS id, f.rank AS r FROM note_fts f "
                + "WHERE note_fts MATCH ? AND f.rowid >= ?");
        // The filters are checked on each note FTS5 finds. The unary + keeps SQLite from turning
        // "rowid IN (...)" into one FTS5 lookup per listed note instead: each lookup matches the query
        // again and bm25 recounts the whole index, which took seconds for a prompt group of 30,000 notes.
        ranked.append(filter.trash()
                ? " AND +f.rowid IN (SELECT id FROM note WHERE deleted_at IS NOT NULL)"
                : " AND +f.rowid NOT IN (SELECT id FROM note WHERE deleted_at IS NOT NULL)");
        if (filter.promptGroup() != null) {
            ranked.append(" AND +f.rowid IN (SELECT id FROM note WHERE prompt_group = ?)");
            args.add(filter.promptGroup());
        }
        if (filter.tag() != null) {
            ranked.append(" AND +f.rowid IN (SELECT note_id FROM note_tag WHERE tag = ?)");
            args.add(filter.tag());
        }
        ranked.append(" ORDER BY f.rank LIMIT ?");
        args.add(limit);
        args.add(match.get());
        // Rank first, then make snippets only for the notes shown. CROSS JOIN keeps that order, so the
        // second pass looks up each ranked note by rowid instead of matching the whole index again.
        String sql = "WITH top AS MATERIALIZED (" + ranked + ") SELECT " + NoteRepository.ITEM_COLUMNS
                + ", snippet(note_fts, -1, char(2), char(3), '…', 14) FROM top "
                + "CROSS JOIN note_fts ON note_fts.rowid = top.id CROSS JOIN note n ON n.id = top.id "
                + "WHERE note_fts MATCH ? ORDER BY top.r";
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT rowid FROM note_fts WHERE note_fts MATCH ? "
                    + "ORDER BY rowid DESC LIMIT 1 OFFSET " + (RANK_WINDOW - 1))) {
                ps.setString(1, match.get());
                try (ResultSet rs = ps.executeQuery()) {
                    args.set(1, rs.next() ? rs.getLong(1) : 0L);
                }
            }
            List<NoteListItem> hits = new ArrayList<>();
            try (PreparedStatement ps = NoteRepository.prepare(c, sql, args); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    hits.add(NoteRepository.mapItem(rs, rs.getString(9)));
                }
            }
            return hits;
        });
    }
}
