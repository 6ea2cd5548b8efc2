package commonground.longgame;

import commonground.shell.DatabaseThread;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Going first's "How did it go?": the newest step kept without saying how it landed, asked about
 * from the day after it was taken (asked as it was kept, the card moved the form from under the
 * pointer), and the line that answers the choice (decision 0033).
 */
final class HowDidItGo {

    private final ReadOnlyObjectWrapper<TakenStep> unanswered = new ReadOnlyObjectWrapper<>(this, "unanswered");
    private final ReadOnlyStringWrapper said = new ReadOnlyStringWrapper(this, "askMessage", "");

    /** The steps of the person shown, newest first, as read on {@code today}. */
    void read(List<TakenStep> taken, LocalDate today) {
        unanswered.set(taken.stream().filter(t -> !t.answered() && t.takenOn().isBefore(today)).findFirst()
                .orElse(null));
    }

    /** No one is shown, or another person: nothing to ask yet. */
    void clear() {
        unanswered.set(null);
        said.set("");
    }

    void quiet() {
        said.set("");
    }

    /** Keeps how the step asked about landed; {@code reload} reads the person's steps again after. */
    void answer(Landing how, DisclosureRepository steps, DatabaseThread db, Runnable reload) {
        TakenStep step = unanswered.get();
        if (step == null || how == null) {
            return;
        }
        db.run(() -> steps.update(step, step.takenOn(), step.what(), how, step.note()), saved -> {
            said.set("Kept: " + how.label().toLowerCase(Locale.ENGLISH) + ". Thank you for coming back.");
            reload.run();
        }, error -> said.set("This could not be kept just now. " + error.getMessage()));
    }

    ReadOnlyObjectProperty<TakenStep> unanswered() {
        return unanswered.getReadOnlyProperty();
    }

    ReadOnlyStringProperty said() {
        return said.getReadOnlyProperty();
    }
}
