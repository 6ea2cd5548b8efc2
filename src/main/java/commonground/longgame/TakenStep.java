package commonground.longgame;

import commonground.storage.SealedColumn;

import java.time.LocalDate;

/**
 * A step of going first that the user took: what they shared, on which rung, and how it landed
 * ({@code landed} null while that is not said yet: "How did it go?" asks for it later).
 */
public record TakenStep(long id, String uuid, long personId, LocalDate takenOn, int rung, String what,
                        Landing landed, String note) {

    public static final int MAX_WHAT = SealedColumn.DISCLOSURE_TAKEN_WHAT.maxChars();
    public static final int MAX_NOTE = SealedColumn.DISCLOSURE_TAKEN_NOTE.maxChars();

    /** How a day is written in the ladder's list and messages. */
    static final java.time.format.DateTimeFormatter DAY =
            java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.MEDIUM)
                    .withLocale(java.util.Locale.getDefault(java.util.Locale.Category.FORMAT)); // as shell.Dates

    /** The first words of what was shared, for a question about the step (never the whole of a long one). */
    static String shortened(String what) {
        String oneLine = what.strip().replaceAll("\\s+", " ");
        return oneLine.length() <= 60 ? oneLine : oneLine.substring(0, 57).strip() + "\u2026";
    }

    public TakenStep {
        note = note == null ? "" : note;
    }

    /** Whether how it landed has been said. */
    public boolean answered() {
        return landed != null;
    }

    /**
     * What is wrong with a step as typed, in words for the user; null when it can be kept. How it landed
     * may be left unsaid (a step taken today, or planned for today): it is asked for later.
     */
    public static String problemWith(String what, Landing landed, String note, LocalDate on, LocalDate today) {
        if (what == null || what.isBlank()) {
            return "Please say in a few words what you shared.";
        }
        if (what.strip().length() > MAX_WHAT) {
            return "What you shared is longer than " + MAX_WHAT + " characters; a line or two will do.";
        }
        if (note != null && note.strip().length() > MAX_NOTE) {
            return "The note is longer than " + MAX_NOTE + " characters. A reflection might be a better home for it.";
        }
        if (on == null) {
            return "Please pick the day you shared it.";
        }
        if (on.isAfter(today)) {
            return "That day is still ahead. Please pick the day you shared it.";
        }
        return null;
    }
}
