package commonground.reflection;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One private note, with its full text. {@code promptId} and {@code promptGroup} are set when the
 * note started from a prompt. A note with {@code deletedAt} is in the trash.
 */
public record Note(long id, String uuid, String title, String body, String promptId, String promptGroup,
                   int wordCount, Instant createdAt, Instant updatedAt, Instant deletedAt, List<String> tags) {

    public Note {
        Objects.requireNonNull(uuid, "uuid");
        title = title == null ? "" : title;
        body = body == null ? "" : body;
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    public boolean trashed() {
        return deletedAt != null;
    }
}
