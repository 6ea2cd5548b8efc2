package commonground.reflection;

import java.time.Instant;

/**
 * A note as the list shows it: everything but the body. {@code snippet} is set for search
 * results; it marks matched words with {@link NoteText#HIT_START} and {@link NoteText#HIT_END}.
 */
public record NoteListItem(long id, String title, String promptId, String promptGroup, int wordCount,
                           Instant createdAt, Instant updatedAt, Instant deletedAt, String snippet) {

    public boolean trashed() {
        return deletedAt != null;
    }

    public NoteListItem withSnippet(String text) {
        return new NoteListItem(id, title, promptId, promptGroup, wordCount, createdAt, updatedAt, deletedAt, text);
    }
}
