package commonground.cues;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The check-in's day field: the day it holds, text typed there that could not be read (kept so
 * it can be corrected), and why the day cannot be saved yet (unreadable, missing, or still ahead),
 * said next to the field. Reading what was typed never throws.
 */
final class CheckInDay {

    private final Clock clock;
    private final CheckInDates dates = new CheckInDates();
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>(this, "date");
    private final ReadOnlyStringWrapper unread = new ReadOnlyStringWrapper(this, "unreadDate", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "dateProblem", "");
    private final javafx.beans.property.StringProperty time = new javafx.beans.property.SimpleStringProperty(
            this, "time", "");
    /** True once the user changed the day or the time themselves: "now" is then no longer followed. */
    private boolean chosen;
    /** True while the form sets the day and time itself (clearing, loading), not the user. */
    private boolean setting;

    CheckInDay(Clock clock) {
        this.clock = clock;
        // A day picked (or typed and read) replaces text that could not be read.
        date.addListener((obs, old, now) -> unread.set(""));
        date.addListener(o -> updateProblem());
        unread.addListener(o -> updateProblem());
        javafx.beans.InvalidationListener byUser = o -> {
            if (!setting) {
                chosen = true;
            }
        };
        date.addListener(byUser);
        time.addListener(byUser);
        unread.addListener(byUser);
        updateProblem();
    }

    /** The time field's text, "HH:mm" when the form sets it. */
    javafx.beans.property.StringProperty timeProperty() {
        return time;
    }

    /** Sets the day and time to {@code when} as the form's own doing (a new form, or a check-in loaded). */
    void set(java.time.LocalDateTime when, boolean followNow) {
        setting = true;
        try {
            unread.set("");
            date.set(when.toLocalDate());
            time.set(when.toLocalTime().format(CheckInViewModel.TIME));
            chosen = !followNow;
        } finally {
            setting = false;
        }
    }

    /**
     * The form is being shown: a new check-in whose day and time the user has not changed is dated
     * now, not when the page was opened or the form last emptied.
     */
    void showing() {
        if (!chosen) {
            set(java.time.LocalDateTime.now(clock), true);
        }
    }

    /** Puts back a day and time as the user had them (a kept check-in); "now" is no longer followed. */
    void restore(LocalDate day, String timeText) {
        setting = true;
        try {
            unread.set("");
            date.set(day);
            time.set(timeText);
            chosen = true;
        } finally {
            setting = false;
        }
    }

    ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    ReadOnlyStringProperty unreadProperty() {
        return unread.getReadOnlyProperty();
    }

    ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** Forgets text that could not be read (the form is being cleared or filled). */
    void forget() {
        unread.set("");
    }

    /**
     * The day the field should hold after {@code text} was typed: the day read, none for empty
     * text, or the day it already had when the text cannot be read (the text is then kept in
     * {@link #unreadProperty()} and refused).
     */
    LocalDate typed(String text) {
        if (text == null || text.isBlank()) {
            unread.set("");
            return null;
        }
        Optional<LocalDate> read = dates.parse(text);
        if (read.isEmpty()) {
            unread.set(text);
            return date.get();
        }
        unread.set("");
        return read.get();
    }

    /** The day as the field shows it, in the user's format. */
    String format(LocalDate day) {
        return dates.format(day);
    }

    private void updateProblem() {
        String said = "";
        if (!unread.get().isEmpty()) {
            said = "That date could not be read. Please pick it from the calendar, or type it like "
                    + dates.format(LocalDate.now(clock)) + ".";
        } else if (date.get() == null) {
            said = "No day is chosen yet. Please pick it from the calendar, or type it like "
                    + dates.format(LocalDate.now(clock)) + ".";
        } else if (date.get().isAfter(LocalDate.now(clock))) {
            said = "That day is still ahead. A check-in is about something that already happened.";
        }
        problem.set(said);
    }
}
