package commonground.reflection;


import commonground.storage.Database;
import commonground.storage.Timestamps;

import java.sql.PreparedStatement;
import java.util.UUID;
import java.util.function.IntFunction;

/** Writes many notes in a few large transactions, for benchmarks. Not used by the app. */
public final class NoteBulkLoader {

    private NoteBulkLoader() {
    }

    /** Inserts {@code count} notes whose bodies come from {@code body}, 10,000 per transaction. */
    public static void insert(Database db, int count, IntFunction<String> body) {
        long base = System.currentTimeMillis() - count * 60_000L;
        for (int start = 0; start < count; start += 10_000) {
            int from = start;
            int to = Math.min(count, start + 10_000);
            db.write(c -> {
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO note (uuid, title, body, word_count, "
                        + "created_at, updated_at) VALUES (?,?,?,?,?,?)")) {
                    for (int i = from; i < to; i++) {
                        String text = body.apply(i);
                        String when = Timestamps.format(java.time.Instant.ofEpochMilli(base + i * 60_000L));
                        ps.setString(1, UUID.randomUUID().toString());
                        ps.setString(2, NoteText.title(text));
                        ps.setString(3, text);
                        ps.setInt(4, NoteText.wordCount(text));
                        ps.setString(5, when);
                        ps.setString(6, when);
                        ps.executeUpdate();
                    }
                }
                return null;
            });
        }
        db.write(c -> {
            try (var s = c.createStatement()) {
                s.execute("INSERT INTO note_fts(note_fts) VALUES ('optimize')");
                s.execute("ANALYZE");
            }
            return null;
        });
    }
}
