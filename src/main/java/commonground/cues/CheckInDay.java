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

    CheckInDay(Clock clock) {
        this.clock = clock;
        // A day picked (or typed and read) replaces text that could not be read.
        date.addListener((obs, old, now) -> unread.set(""));
        date.addListener(o -> updateProblem());
        unread.addListener(o -> updateProblem());
        updateProblem();
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
            said = "Please choose the day.";
        } else if (date.get().isAfter(LocalDate.now(clock))) {
            said = "That day is still ahead. A check-in is about something that already happened.";
        }
        problem.set(said);
    }
}
