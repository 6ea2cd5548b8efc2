package commonground.longgame;

import commonground.storage.SealedColumn;

import java.time.LocalDate;

/**
 * Someone in a situation's "who knows what": told on a day (what they know, who told them), or, with
 * no day, someone who still needs to hear it.
 */
public record ToldEntry(long id, String uuid, long situationId, String name, String knows, String toldBy,
                        LocalDate toldOn) {

    public static final int MAX_NAME = SealedColumn.NEWS_TOLD_NAME.maxChars();
    public static final int MAX_KNOWS = SealedColumn.NEWS_TOLD_KNOWS.maxChars();
    public static final int MAX_TOLD_BY = SealedColumn.NEWS_TOLD_BY.maxChars();

    public ToldEntry {
        knows = knows == null ? "" : knows;
        toldBy = toldBy == null ? "" : toldBy;
    }

    /** Still needs to hear it. */
    public boolean toTell() {
        return toldOn == null;
    }

    /** What is wrong with an entry as typed, in words for the user; null when it can be kept. */
    public static String problemWith(String name, String knows, String toldBy, LocalDate toldOn, LocalDate today) {
        if (name == null || name.isBlank()) {
            return "Please give a name, so you know who this is.";
        }
        if (name.strip().length() > MAX_NAME) {
            return "The name is longer than " + MAX_NAME + " characters.";
        }
        if (knows != null && knows.strip().length() > MAX_KNOWS) {
            return "What they know is longer than " + MAX_KNOWS + " characters; the main points will do.";
        }
        if (toldBy != null && toldBy.strip().length() > MAX_TOLD_BY) {
            return "Who told them is longer than " + MAX_TOLD_BY + " characters.";
        }
        if (toldOn != null && toldOn.isAfter(today)) {
            return "That day is still ahead. For someone who still needs to hear it, tick that instead.";
        }
        return null;
    }
}
