package commonground.reflection;

import commonground.storage.SealedColumn;

/**
 * Somewhere a need can be met. For a person, {@code personId} refers to the People list and
 * {@code label} holds their name as read; for a place or activity, {@code label} is what the user wrote.
 */
public record NeedSource(long id, String uuid, String needId, SourceKind kind, Long personId, String label) {

    public static final int MAX_LABEL = SealedColumn.NEED_SOURCE_LABEL.maxChars();

    /** A message to show when this cannot be added, or null when it is fine. */
    public static String problemWith(SourceKind kind, Long personId, String label) {
        if (kind == null) {
            return "Choose whether it is a person, a place or an activity.";
        }
        if (kind == SourceKind.PERSON && personId == null) {
            return "Choose someone from your People list.";
        }
        if (kind != SourceKind.PERSON && (label == null || label.isBlank())) {
            return "Write the place or activity, in a few words.";
        }
        if (label != null && label.strip().length() > MAX_LABEL) {
            return "That is longer than " + MAX_LABEL + " characters; a few words will do.";
        }
        return null;
    }
}
