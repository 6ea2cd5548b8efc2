package commonground.longgame;

import commonground.storage.SealedColumn;

import java.time.LocalDate;

/**
 * A good moment with someone: what happened, an optional activity ("walking"), and what made it
 * easy (optional). Celebrating what already works is one of the practices.
 */
public record GoodMoment(long id, String uuid, long personId, LocalDate happenedOn, String what, String activity,
                         String madeEasy) {

    public static final int MAX_WHAT = SealedColumn.GOOD_MOMENT_WHAT.maxChars();
    public static final int MAX_ACTIVITY = SealedColumn.GOOD_MOMENT_ACTIVITY.maxChars();
    public static final int MAX_MADE_EASY = SealedColumn.GOOD_MOMENT_MADE_EASY.maxChars();

    public GoodMoment {
        activity = activity == null ? "" : activity;
        madeEasy = madeEasy == null ? "" : madeEasy;
    }

    /** What is wrong with a moment as typed, in words for the user; null when it can be kept. */
    public static String problemWith(String what, String activity, String madeEasy, LocalDate on, LocalDate today) {
        if (what == null || what.isBlank()) {
            return "Please say in a few words what happened.";
        }
        if (what.strip().length() > MAX_WHAT) {
            return "What happened is longer than " + MAX_WHAT + " characters. A reflection might be a better home for it.";
        }
        if (activity != null && activity.strip().length() > MAX_ACTIVITY) {
            return "The activity is longer than " + MAX_ACTIVITY + " characters; a word or two will do.";
        }
        if (madeEasy != null && madeEasy.strip().length() > MAX_MADE_EASY) {
            return "What made it easy is longer than " + MAX_MADE_EASY + " characters.";
        }
        if (on == null) {
            return "Please pick the day it happened.";
        }
        if (on.isAfter(today)) {
            return "That day is still ahead. Please pick the day it happened.";
        }
        return null;
    }
}
