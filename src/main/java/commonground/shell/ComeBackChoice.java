package commonground.shell;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The "Come back to this on" field of a plan or a check-in: the day shown (the one chosen, else a
 * suggestion), whether one is chosen, and a short status. Dates are days in the user's own time
 * zone (the clock's). Plain properties, tested without a window.
 */
public final class ComeBackChoice {

    private final ComeBackDates dates;
    private final DatabaseThread dbThread;
    private final Clock clock;
    private final ObjectProperty<LocalDate> day = new SimpleObjectProperty<>(this, "day");
    private final ReadOnlyObjectWrapper<LocalDate> chosen = new ReadOnlyObjectWrapper<>(this, "chosen");
    private final ReadOnlyBooleanWrapper available = new ReadOnlyBooleanWrapper(this, "available", false);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper answered = new ReadOnlyStringWrapper(this, "answered", "");
    private String kind;
    private String itemUuid;
    private Long personId;
    private LocalDate suggested;

    public ComeBackChoice(ComeBackDates dates, DatabaseThread dbThread, Clock clock) {
        this.dates = dates;
        this.dbThread = dbThread;
        this.clock = clock;
    }

    /** Shows the field for an item: its chosen day if it has one, else {@code suggested}. */
    public void show(String kind, String itemUuid, Long personId, LocalDate suggested) {
        this.kind = kind;
        this.itemUuid = itemUuid;
        this.personId = personId;
        this.suggested = suggested;
        available.set(true);
        status.set("");
        answered.set("");
        refresh();
    }

    /**
     * Reads the item's day and its last answer again (the user may have answered "How did it go?"
     * on Home since the item was shown).
     */
    public void refresh() {
        String item = itemUuid;
        String k = kind;
        if (item == null) {
            return;
        }
        dbThread.run(() -> new Read(dates.dueOn(k, item), dates.lastRevisit(k, item)), read -> {
            if (item.equals(this.itemUuid)) {
                Optional<LocalDate> found = read.due();
                chosen.set(found.orElse(null));
                day.set(found.orElse(suggested));
                answered.set(read.revisit().map(this::answerLine).orElse(""));
                status.set(found.map(d -> "You will find it on Home from " + Dates.day(d) + ".")
                        .orElse(read.revisit().isPresent() ? "To come back to it again, pick a day."
                                : "Suggested: " + Dates.day(suggested) + ". Nothing is set until you choose it."));
            }
        }, error -> status.set("The day to come back could not be read just now."));
    }

    private record Read(Optional<LocalDate> due, Optional<ComeBackDates.Revisit> revisit) {
    }

    private String answerLine(ComeBackDates.Revisit r) {
        String on = Dates.day(r.at(), clock.getZone());
        return r.answer().isBlank() ? "You came back to this on " + on + "."
                : "You came back to this on " + on + ". How it went: \u201c" + r.answer() + "\u201d";
    }

    /** Today, in the user's time zone. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Hides the field (no item, such as a check-in not yet saved). */
    public void hide() {
        itemUuid = null;
        available.set(false);
        chosen.set(null);
        status.set("");
        answered.set("");
    }

    /** Keeps the day shown as the day to come back. A day before today is refused with a message. */
    public void keep() {
        LocalDate on = day.get();
        if (itemUuid == null) {
            return;
        }
        if (on == null) {
            status.set("Please pick a day first.");
            return;
        }
        if (on.isBefore(LocalDate.now(clock))) {
            status.set("That day has already passed. Please pick today or a day ahead.");
            return;
        }
        String k = kind;
        String item = itemUuid;
        Long who = personId;
        dbThread.run(() -> {
            dates.set(k, item, who, on);
            return on;
        }, saved -> {
            chosen.set(saved);
            status.set("You will find it on Home from " + Dates.day(saved) + ".");
        }, error -> status.set("The day could not be kept; please try again. " + messageOf(error)));
    }

    /** Clears the chosen day; the suggestion is shown again. */
    public void clear() {
        if (itemUuid == null) {
            return;
        }
        String k = kind;
        String item = itemUuid;
        dbThread.run(() -> {
            dates.clear(k, item);
            return null;
        }, ok -> {
            chosen.set(null);
            day.set(suggested);
            status.set("Cleared. Nothing will remind you of this.");
        }, error -> status.set("The day could not be cleared; please try again. " + messageOf(error)));
    }

    private static String messageOf(Throwable error) {
        return Optional.ofNullable(error.getMessage()).orElse("");
    }

    /** The day in the picker. */
    public ObjectProperty<LocalDate> dayProperty() {
        return day;
    }

    /** The day kept, or null when none is. */
    public ReadOnlyObjectProperty<LocalDate> chosenProperty() {
        return chosen.getReadOnlyProperty();
    }

    /** Whether there is an item to choose a day for. */
    public ReadOnlyBooleanProperty availableProperty() {
        return available.getReadOnlyProperty();
    }

    /** What the user answered when they last came back to the item ("" when they have not). */
    public ReadOnlyStringProperty answeredProperty() {
        return answered.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
