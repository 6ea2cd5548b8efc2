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
 */
public final class NoteSearch {

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
        StringBuilder ranked = new StringBuilder("SELECT f.rowid AS id, f.rank AS r FROM note_fts f "
                + "WHERE note_fts MATCH ?");
        ranked.append(filter.trash()
                ? " AND f.rowid IN (SELECT id FROM note WHERE deleted_at IS NOT NULL)"
                : " AND f.rowid NOT IN (SELECT id FROM note WHERE deleted_at IS NOT NULL)");
        if (filter.promptGroup() != null) {
            ranked.append(" AND f.rowid IN (SELECT id FROM note WHERE prompt_group = ?)");
            args.add(filter.promptGroup());
        }
        if (filter.tag() != null) {
            ranked.append(" AND f.rowid IN (SELECT note_id FROM note_tag WHERE tag = ?)");
            args.add(filter.tag());
        }
        ranked.append(" ORDER BY f.rank LIMIT ?");
        args.add(limit);
        args.add(match.get());
        // Rank first, then make snippets only for the notes shown.
        String sql = "WITH top AS MATERIALIZED (" + ranked + ") SELECT " + NoteRepository.ITEM_COLUMNS
                + ", snippet(note_fts, -1, char(2), char(3), '…', 14) FROM top "
                + "JOIN note_fts ON note_fts.rowid = top.id JOIN note n ON n.id = top.id "
                + "WHERE note_fts MATCH ? ORDER BY top.r";
        return db.read(c -> {
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
