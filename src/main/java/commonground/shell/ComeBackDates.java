package commonground.shell;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Dates to come back to something the user made: a walk-through's plan, a check-in, a practice
 * session. An item is named by its kind ({@link #PLAN}, {@link #CHECK_IN}, {@link #PRACTICE}, or a
 * new one) and its uuid, so any feature can offer a date without knowing who keeps them. The long
 * game feature keeps them and lists them on Home. All methods run on the database thread.
 */
public interface ComeBackDates {

    String PLAN = "PLAN";
    String CHECK_IN = "CHECK_IN";
    String PRACTICE = "PRACTICE";

    /** The open (not yet revisited) date for the item, if one was chosen. */
    Optional<LocalDate> dueOn(String kind, String itemUuid);

    /** Sets or moves the item's date; {@code personId} is who it is about, or null. */
    void set(String kind, String itemUuid, Long personId, LocalDate on);

    /** Clears the item's open date, if it has one. */
    void clear(String kind, String itemUuid);

    /**
     * The last time the user came back to the item and what they answered to "How did it go?"
     * (the answer may be empty), if they did.
     */
    default Optional<Revisit> lastRevisit(String kind, String itemUuid) {
        return Optional.empty();
    }

    /** When the user came back to an item, with their answer ("" when they gave none). */
    record Revisit(java.time.Instant at, String answer) {
    }

    /** Keeps nothing: for an app or a test without the long game. */
    ComeBackDates NONE = new ComeBackDates() {
        @Override
        public Optional<LocalDate> dueOn(String kind, String itemUuid) {
            return Optional.empty();
        }

        @Override
        public void set(String kind, String itemUuid, Long personId, LocalDate on) {
        }

        @Override
        public void clear(String kind, String itemUuid) {
        }
    };
}
