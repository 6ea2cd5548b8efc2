package commonground.draft;

import java.time.Instant;

/**
 * One kept message draft: who it is written to ({@code personId}, or null for no one in
 * particular), what it says, when it was started and last changed. Found by its {@code uuid},
 * which the page gives a new draft before it is first kept.
 */
public record MessageDraft(String uuid, Long personId, String body, Instant createdAt, Instant updatedAt) {

    /** How long the first line may be in the list of drafts before it is shortened. */
    static final int FIRST_LINE_CHARS = 70;

    /** The draft's first line with words in it, shortened with an ellipsis; empty when nothing is written. */
    public String firstLine() {
        for (String line : body.split("\\R")) {
            String s = line.strip();
            if (!s.isEmpty()) {
                if (s.length() <= FIRST_LINE_CHARS) {
                    return s;
                }
                String cut = s.substring(0, FIRST_LINE_CHARS).strip();
                // Cut just after a full stop, the sentence is whole: no ellipsis after it ("walks.…" read as four dots)
                return cut.matches("(?s).*[.!?\u2026]$") ? cut : cut.replaceAll("[,;:]$", "") + "\u2026";
            }
        }
        return "";
    }
}
