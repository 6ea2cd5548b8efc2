package commonground.cues;

import java.time.Instant;

/** A saved check-in: what the user noticed with someone, and what they did. */
public record CheckIn(long id, String uuid, CheckInDraft draft, Instant createdAt, Instant updatedAt) {

    public long personId() {
        return draft.personId();
    }

    public Instant happenedAt() {
        return draft.happenedAt();
    }
}
