package commonground.reflection;

import commonground.storage.SealedColumn;

import java.time.Instant;
import java.util.Map;

/** One needs check-in: how met each chosen need felt (0 not at all, 4 fully), and an optional note. */
public record NeedsCheckIn(long id, String uuid, Instant createdAt, Map<String, Integer> ratings, String note) {

    public static final int MAX_NOTE = SealedColumn.NEEDS_CHECKIN_NOTE.maxChars();
    public static final int MAX_RATING = 4;

    public NeedsCheckIn {
        ratings = Map.copyOf(ratings);
        note = note == null ? "" : note;
    }

    /** A message to show when a check-in cannot be saved like this, or null when it is fine. */
    public static String problemWith(Map<String, Integer> ratings, String note) {
        if (ratings == null || ratings.isEmpty()) {
            return "Choose at least one need to check in on.";
        }
        if (ratings.values().stream().anyMatch(r -> r == null || r < 0 || r > MAX_RATING)) {
            return "Each need is rated from 0 (not met at all) to 4 (fully met).";
        }
        if (note != null && note.length() > MAX_NOTE) {
            return "The note is longer than " + MAX_NOTE + " characters. A reflection note might be a better home for it.";
        }
        return null;
    }
}
