package commonground.longgame;

import commonground.people.Person;
import commonground.shell.DatabaseThread;
import commonground.shell.Dialogs;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import java.util.function.Consumer;

/** Deleting a step of going first, after asking once, and "Undo", which puts the step just deleted back. */
final class StepUndo {

    /** The step just deleted, which "Undo" puts back; null when there is nothing to undo. */
    private final ReadOnlyObjectWrapper<TakenStep> deleted = new ReadOnlyObjectWrapper<>(this, "deleted");

    void forget() {
        deleted.set(null);
    }

    /** Asks, then deletes {@code step}; {@code gone} hears of it (and reads again), {@code say} gives the answer. */
    void delete(TakenStep step, Dialogs dialogs, DisclosureRepository steps, DatabaseThread db,
                Consumer<TakenStep> gone, Consumer<String> say) {
        if (step == null || !dialogs.confirm("Delete this step?", StepWords.deleting(step), "Delete")) {
            return;
        }
        db.run(() -> {
            steps.deleteTaken(step.id());
            return step;
        }, done -> {
            deleted.set(done);
            say.accept("The step of " + TakenStep.DAY.format(done.takenOn()) + " was deleted.");
            gone.accept(done);
        }, error -> say.accept("This could not be deleted just now. " + error.getMessage()));
    }

    /** Puts back the step just deleted when it was {@code p}'s; {@code reload} reads their steps again. */
    void undo(Person p, DisclosureRepository steps, DatabaseThread db, Runnable reload, Consumer<String> say) {
        TakenStep step = deleted.get();
        if (step == null || p == null || p.id() != step.personId()) {
            return;
        }
        db.run(() -> steps.restore(step), back -> {
            deleted.set(null);
            say.accept("The step is back.");
            reload.run();
        }, error -> say.accept("The step could not be put back just now. " + error.getMessage()));
    }

    ReadOnlyObjectProperty<TakenStep> deleted() {
        return deleted.getReadOnlyProperty();
    }
}
