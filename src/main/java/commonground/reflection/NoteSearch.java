package commonground.reflection;

import commonground.storage.Database;
import commonground.storage.SealedTextException;
import commonground.storage.FullTextIndex;
import commonground.storage.SealedColumn;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Full-text search over notes with SQLite FTS5: best matches first (a title match weighing more
 * than one in the body), each with a short snippet in which the matched words are marked. Notes
 * in the trash are found only when the filter asks for the trash.
 *
 * <p>Words and prefixes are ranked with FTS5's bm25. Ranking costs time for every matching note,
 * so for very broad queries (a common word, a short prefix while typing) only the newest
 * {@link #RANK_WINDOW} matches are ranked; the search narrows to the whole collection again as
 * soon as fewer notes match.
 *
 * <p>Queries with a phrase ({@code "long walk"}, or a word the tokenizer splits, such as
 * {@code don't}) are ranked without bm25, which is slow for them whatever the window: before it
 * ranks anything, bm25 counts over the whole index the notes holding each term, to weigh rare terms
 * above common ones, and for a phrase of common words that means comparing word positions in most
 * notes (up to 40 ms over 100,000 notes, on top of finding the matches). So a phrase query reads its
 * newest {@link #PHRASE_WINDOW} matches (after the trash, tag and prompt-group filters) in one pass,
 * newest first, and ranks them with the per-note part of bm25: the query's hits in the note (marked
 * by highlight(), a title hit counting {@link #TITLE_WEIGHT} times) against the note's word count
 * relative to the average in the window. Left out is the weight of rare terms over common ones,
 * which changes no order when the query is one phrase; with more terms, their hits are added up.
 *
 * <p>The trade-off: a phrase held by more than {@code PHRASE_WINDOW} notes is ranked among the
 * newest {@code PHRASE_WINDOW} of them only, so an older note with the phrase in its title can be
 * missing from the results. A phrase held by fewer notes is found in notes of any age. The window
 * is small because marking the hits and making the snippet cost about 30 µs a note: with 300, the
 * phrase search of the notes benchmark (100,000 notes) stays near 20 ms at p95; with 500, near 25.
 */
public final class NoteSearch {

    /**
     * The notes' FTS5 index (created on disk by migration 0004): title and body, prefixes of two and
     * three letters kept for searching while typing, a title hit weighing {@link #TITLE_WEIGHT} body
     * hits. The app registers it with the database, which keeps it in memory while the lock is on.
     */
    public static final FullTextIndex INDEX = new FullTextIndex("note_fts", "note",
            List.of(SealedColumn.NOTE_TITLE, SealedColumn.NOTE_BODY),
            "prefix = '2 3', tokenize = 'unicode61 remove_diacritics 2'", "bm25(4.0, 1.0)");

    /**
     * The FTS5 table's name. MATCH, snippet() and highlight() name the table's hidden column of
     * the same name, which takes no schema; FROM clauses go through {@link #ftsTable()}.
     */
    private static final String FTS = INDEX.name();

    /** At most this many matches, the newest, are ranked for a query of words. */
    static final int RANK_WINDOW = 5_000;

    /** At most this many matches, the newest, are ranked for a query with a phrase. */
    static final int PHRASE_WINDOW = 300;

    /** A title hit weighs as much as this many body hits (as in the table's bm25 rank). */
    static final double TITLE_WEIGHT = 4.0;

    /** bm25's saturation and length normalisation, as FTS5 sets them. */
    private static final double K1 = 1.2;
    private static final double B = 0.75;

    private final Database db;

    public NoteSearch(Database db) {
        this.db = db;
    }

    /**
     * Searches for what was typed. {@code typing} means the last word may still be unfinished, so
     * it also matches as a prefix. Returns nothing when the text holds no word to look for.
     */
    public List<NoteListItem> search(String typed, boolean typing, NoteFilter filter, int limit) {
        Optional<FtsQuery> query = FtsQuery.of(typed, typing);
        if (query.isEmpty()) {
            return List.of();
        }
        return query.get().hasPhrase()
                ? searchPhrase(query.get().expression(), filter, limit)
                : searchWords(query.get().expression(), filter, limit);
    }

    private List<NoteListItem> searchWords(String match, NoteFilter filter, int limit) {
        List<Object> args = new ArrayList<>();
        args.add(match);
        args.add(0L);
        StringBuilder ranked = new StringBuilder("SELECT f.rowid AS id, f.rank AS r FROM " + ftsTable() + " f "
                + "WHERE " + FTS + " MATCH ? AND f.rowid >= ?");
        appendFilter(ranked, args, filter);
        ranked.append(" ORDER BY f.rank LIMIT ?");
        args.add(limit);
        args.add(match);
        // Rank first, then make snippets only for the notes shown. CROSS JOIN keeps that order, so the
        // second pass looks up each ranked note by rowid instead of matching the whole index again.
        String sql = "WITH top AS MATERIALIZED (" + ranked + ") SELECT " + NoteRepository.ITEM_COLUMNS
                + ", " + snippet() + " FROM top "
                + "CROSS JOIN " + ftsTable() + " ON " + FTS + ".rowid = top.id CROSS JOIN note n ON n.id = top.id "
                + "WHERE " + FTS + " MATCH ? ORDER BY top.r";
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT rowid FROM " + ftsTable() + " WHERE " + FTS
                    + " MATCH ? ORDER BY rowid DESC LIMIT 1 OFFSET " + (RANK_WINDOW - 1))) {
                ps.setString(1, match);
                try (ResultSet rs = ps.executeQuery()) {
                    args.set(1, rs.next() ? rs.getLong(1) : 0L);
                }
            }
            return items(c, sql, args);
        });
    }

    private List<NoteListItem> searchPhrase(String match, NoteFilter filter, int limit) {
        List<Object> args = new ArrayList<>();
        args.add(match);
        // One pass over the newest matches, stopping at the window. The snippet is made here too: for a
        // few hundred notes that costs less than matching the phrase again for each note shown.
        StringBuilder window = new StringBuilder("SELECT " + NoteRepository.ITEM_COLUMNS + ", " + snippet()
                + " AS snippet, highlight(" + FTS + ", 0, char(1), '') AS t,"
                + " highlight(" + FTS + ", 1, char(1), '') AS b"
                + " FROM " + ftsTable() + " f CROSS JOIN note n ON n.id = f.rowid WHERE " + FTS + " MATCH ?");
        appendFilter(window, args, filter);
        window.append(" ORDER BY f.rowid DESC LIMIT ?");
        args.add(PHRASE_WINDOW);
        args.add(limit);
        String item = "id, title, prompt_id, prompt_group, word_count, created_at, updated_at, deleted_at, snippet";
        String counted = "SELECT " + item + ", " + TITLE_WEIGHT + " * " + marks("t") + " + " + marks("b")
                + " AS hits FROM w";
        // bm25 of one term without its rarity weight: hits * (k1 + 1) / (hits + k1 * (1 - b + b * len / avglen)).
        String sql = "WITH w AS MATERIALIZED (" + window + "), h AS MATERIALIZED (" + counted + ") SELECT " + item
                + " FROM h ORDER BY hits * " + (K1 + 1) + " / (hits + " + K1 + " * (" + (1 - B) + " + " + B
                + " * word_count / (SELECT max(1.0, avg(word_count)) FROM h))) DESC, id DESC LIMIT ?";
        return db.read(c -> items(c, sql, args));
    }

    /** How many hits highlight() marked with char(1) in {@code text}. */
    private static String marks(String text) {
        return "(length(" + text + ") - length(replace(" + text + ", char(1), '')))";
    }

    /**
     * The trash, prompt-group and tag filters, checked on each note FTS5 finds. The unary {@code +}
     * keeps SQLite from turning {@code rowid IN (...)} into one FTS5 lookup per listed note instead:
     * each lookup matches the query again (and bm25 recounts the whole index), which took seconds
     * for a prompt group of 30,000 notes.
     */
    private void appendFilter(StringBuilder sql, List<Object> args, NoteFilter filter) {
        sql.append(filter.trash()
                ? " AND +f.rowid IN (SELECT id FROM note WHERE deleted_at IS NOT NULL)"
                : " AND +f.rowid NOT IN (SELECT id FROM note WHERE deleted_at IS NOT NULL)");
        if (filter.promptGroup() != null) {
            sql.append(" AND +f.rowid IN (SELECT id FROM note WHERE prompt_group = ?)");
            args.add(filter.promptGroup());
        }
        if (filter.tag() != null) {
            sql.append(" AND +f.rowid IN " + TagSearch.IDS);
            args.add(new TagSearch(db, filter.tag()));
        }
    }

    /**
     * The FTS5 table searched, as a FROM clause names it: {@code main.note_fts} on disk, or the
     * in-memory {@code vault.note_fts} while the passphrase lock is on (see {@link Database#searchTable}).
     */
    private String ftsTable() {
        return db.searchTable(INDEX);
    }

    private static String snippet() {
        return "snippet(" + FTS + ", -1, char(2), char(3), '…', 14)";
    }

    private List<NoteListItem> items(Connection c, String sql, List<Object> args) throws SQLException {
        List<NoteListItem> hits = new ArrayList<>();
        try (PreparedStatement ps = NoteRepository.prepare(c, sql, args); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                try {
                    hits.add(NoteRepository.mapItem(db, rs, rs.getString(9)));
                } catch (SealedTextException e) {
                    db.reportUnreadable(e); // Left out; the other hits still show.
                }
            }
        }
        return hits;
    }
}
