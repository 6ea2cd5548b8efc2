package commonground.longgame;

import commonground.people.PeopleRepository;
import commonground.people.Person;
import commonground.shell.DatabaseThread;
import commonground.shell.Dialogs;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * "Going first, in small steps" for one person: the rung suggested next (only raised after a step
 * that landed warmly), its suggested steps and the user's own, the reminder that asking nothing back
 * is the point, and the steps taken with how they landed.
 */
public final class LadderViewModel {

    private final PeopleRepository people;
    private final DisclosureRepository steps;
    private final Callable<DisclosureLadder> ladderSource;
    private final DatabaseThread dbThread;
    private final Clock clock;
    private DisclosureLadder ladder;
    private final ObservableList<Person> persons = FXCollections.observableArrayList();
    private final ObjectProperty<Person> person = new SimpleObjectProperty<>(this, "person");
    private final IntegerProperty rung = new SimpleIntegerProperty(this, "rung", 1);
    private final ReadOnlyStringWrapper rungTitle = new ReadOnlyStringWrapper(this, "rungTitle", "");
    private final ReadOnlyStringWrapper rungAbout = new ReadOnlyStringWrapper(this, "rungAbout", "");
    private final ReadOnlyStringWrapper why = new ReadOnlyStringWrapper(this, "why", "");
    private final ReadOnlyStringWrapper reminder = new ReadOnlyStringWrapper(this, "reminder", "");
    private final ObservableList<String> suggestions = FXCollections.observableArrayList();
    private final ObservableList<TakenStep> taken = FXCollections.observableArrayList();
    private final StringProperty what = new SimpleStringProperty(this, "what", "");
    private final ObjectProperty<Landing> landed = new SimpleObjectProperty<>(this, "landed");
    private final StringProperty note = new SimpleStringProperty(this, "note", "");
    private final ObjectProperty<LocalDate> day = new SimpleObjectProperty<>(this, "day");
    private final StringProperty ownStep = new SimpleStringProperty(this, "ownStep", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    /** Non-empty for a person the user said they may be afraid of (or was not sure): no steps are suggested. */
    private final ReadOnlyStringWrapper safetyNote = new ReadOnlyStringWrapper(this, "safetyNote", "");
    private final Dialogs dialogs;
    /** The step taken chosen in the list (for "Edit" and "Delete"). */
    private final ObjectProperty<TakenStep> chosen = new SimpleObjectProperty<>(this, "chosen");
    /** The step taken being changed in the form; null while the form logs a new one. */
    private final ReadOnlyObjectWrapper<TakenStep> editing = new ReadOnlyObjectWrapper<>(this, "editing");
    /** The step just deleted, which "Undo" puts back; null when there is nothing to undo. */
    private final ReadOnlyObjectWrapper<TakenStep> deleted = new ReadOnlyObjectWrapper<>(this, "deleted");
    /** Said above the form while a step is being changed, where the person is looking. */
    private final ReadOnlyStringWrapper editingLine = new ReadOnlyStringWrapper(this, "editingLine", "");
    /** A new step being written when "Edit" was pressed: put back once the change is kept or left. */
    private Typed typed;
    /** The latest step whose landing is not said yet, which "How did it go?" asks about; null when none. */
    private final ReadOnlyObjectWrapper<TakenStep> unanswered = new ReadOnlyObjectWrapper<>(this, "unanswered");
    private final ReadOnlyStringWrapper askMessage = new ReadOnlyStringWrapper(this, "askMessage", "");

    private record Typed(String what, LocalDate day, Landing landed, String note) { }

    public LadderViewModel(PeopleRepository people, DisclosureRepository steps, Callable<DisclosureLadder> ladder,
                           DatabaseThread dbThread, Clock clock, Dialogs dialogs) {
        this.dialogs = dialogs;
        this.people = people;
        this.steps = steps;
        this.ladderSource = ladder;
        this.dbThread = dbThread;
        this.clock = clock;
        day.set(LocalDate.now(clock));
        person.addListener((obs, old, now) -> {
            if (old == null || now == null || old.id() != now.id()) {
                if (editing.get() != null) {
                    clearForm(); // a step being changed belongs to the person it was taken with
                }
                deleted.set(null);
            }
            askMessage.set("");
            if (now == null) {
                taken.clear();
                unanswered.set(null);
                suggestions.clear();
                safetyNote.set("");
            } else if (old == null || old.id() != now.id()) {
                load(now);
            }
        });
    }

    /** Reads the people (and the ladder, once) again, keeping the one chosen. */
    public void reload() {
        dbThread.run(() -> {
            if (ladder == null) {
                ladder = ladderSource.call();
            }
            return people.active();
        }, loaded -> {
            reminder.set(ladder.reminder());
            long keep = person.get() == null ? 0 : person.get().id();
            persons.setAll(loaded);
            Person chosen = loaded.stream().filter(p -> p.id() == keep).findFirst()
                    .orElse(loaded.isEmpty() ? null : loaded.get(0));
            if (chosen != null && person.get() != null && chosen.id() == person.get().id()) {
                load(chosen);
            }
            person.set(chosen);
            if (chosen == null) {
                message.set("Add someone under People first; the ladder is kept for each person.");
            }
        }, error -> message.set("The ladder could not be read just now. " + error.getMessage()));
    }

    private record Loaded(long personId, List<TakenStep> taken, List<OwnStep> own) { }

    private void load(Person p) {
        dbThread.run(() -> new Loaded(p.id(), steps.taken(p.id()), steps.ownSteps(p.id())), data -> {
            if (person.get() == null || person.get().id() != data.personId() || ladder == null) {
                return;
            }
            taken.setAll(data.taken());
            unanswered.set(data.taken().stream().filter(t -> !t.answered() && t.takenOn().isBefore(LocalDate.now(clock)))
                    .findFirst().orElse(null)); // newest; from the next day (shown as one was kept, it moved the form)
            if (p.safetyFirst()) {
                // The same rule as Cues and the walk-throughs: no suggestions about opening up to them.
                safetyNote.set(commonground.care.SafetyNotice.instead(p.name(), p.safety()));
                rungTitle.set("");
                rungAbout.set("");
                why.set("");
                suggestions.clear();
                return;
            }
            safetyNote.set("");
            int next = Ladder.suggestedRung(data.taken(), ladder.top());
            DisclosureLadder.Rung r = ladder.rung(next);
            rung.set(next);
            rungTitle.set("Step " + next + " of " + ladder.top() + ": " + r.name());
            rungAbout.set(r.about());
            why.set(Ladder.why(data.taken(), next));
            List<String> all = new ArrayList<>(r.steps());
            data.own().stream().filter(o -> o.rung() == next).map(OwnStep::text).forEach(all::add);
            suggestions.setAll(all);
        }, error -> message.set("The steps with " + p.name() + " could not be read just now. " + error.getMessage()));
    }

    /** Fills "What I shared" with a suggested step, for the user to make their own. */
    public void useSuggestion(String text) {
        if (text != null) {
            what.set(text);
        }
    }

    /** Keeps a step of the user's own at the rung shown; a problem is said and nothing typed is lost. */
    public void addOwnStep() {
        Person p = person.get();
        String text = ownStep.get();
        if (p == null) {
            message.set("Please choose who the ladder is with.");
            return;
        }
        if (p.safetyFirst()) {
            message.set(commonground.care.SafetyNotice.instead(p.name(), p.safety()));
            return;
        }
        String problem = DisclosureRepository.ownProblem(text);
        if (problem != null) {
            message.set(problem);
            return;
        }
        int at = rung.get();
        dbThread.run(() -> steps.addOwn(p.id(), at, text), saved -> {
            ownStep.set("");
            message.set("Your own step is on the ladder.");
            load(p);
        }, error -> message.set("This could not be kept; your words are still here. " + error.getMessage()));
    }

    /**
     * Logs the step taken and how it landed (or keeps the changes to the step being edited); the
     * suggestion moves on only after one that landed warmly.
     */
    public void save() {
        Person p = person.get();
        if (p == null) {
            message.set("Please choose who you shared it with. You can add someone under People.");
            return;
        }
        String problem = TakenStep.problemWith(what.get(), landed.get(), note.get(), day.get(), LocalDate.now(clock));
        if (problem != null) {
            message.set(problem);
            return;
        }
        LocalDate on = day.get();
        int at = rung.get();
        String w = what.get();
        Landing l = landed.get();
        String n = note.get();
        TakenStep changing = editing.get();
        dbThread.run(() -> changing == null ? steps.take(p.id(), on, at, w, l, n) : steps.update(changing, on, w, l, n),
                saved -> {
                    clearForm();
                    deleted.set(null);
                    message.set(changing != null ? "Your changes to the step are kept."
                            : l == null ? "Kept. How it landed can wait: from the next day, \u201cHow did it go?\u201d "
                            + "asks at the top of this page (or choose the step and press Edit)."
                            : l == Landing.WARMLY ? "Kept. It landed warmly; take your time before the next one."
                            : "Kept. Going first counts, however it landed.");
                    load(p);
                }, error -> message.set("This could not be kept; everything you wrote is still here. "
                        + error.getMessage()));
    }

    /** Puts the chosen step taken in the form, to change what was shared, the day, the landing or the note. */
    public void editChosen() {
        TakenStep step = chosen.get();
        if (step == null) {
            return;
        }
        if (editing.get() == null && (!what.get().isBlank() || !note.get().isBlank())) {
            typed = new Typed(what.get(), day.get(), landed.get(), note.get()); // kept, not overwritten
        }
        editing.set(step);
        what.set(step.what());
        day.set(step.takenOn());
        landed.set(step.landed());
        note.set(step.note());
        message.set("");
        editingLine.set("Changing the step of " + TakenStep.DAY.format(step.takenOn()) + ". It stays at step "
                + step.rung() + "." + (typed == null ? "" : " The new step you were writing comes back after."));
    }

    /** "Keep this step" was pressed while the day field holds text that cannot be read: said at the button. */
    public void dayNotRead() {
        message.set("The day could not be read, so nothing is kept yet. Everything you wrote is still here.");
    }

    /** Answers "How did it go?" for the step not answered yet: keeps how it landed. */
    public void answer(Landing how) {
        TakenStep step = unanswered.get();
        Person p = person.get();
        if (step == null || p == null || how == null) {
            return;
        }
        dbThread.run(() -> steps.update(step, step.takenOn(), step.what(), how, step.note()), saved -> {
            askMessage.set("Kept: " + how.label().toLowerCase(java.util.Locale.ENGLISH) + ". Thank you for coming back.");
            load(p);
        }, error -> askMessage.set("This could not be kept just now. " + error.getMessage()));
    }

    /** Leaves the step being edited as it was; the form is ready for a new step. */
    public void cancelEditing() {
        clearForm();
        message.set("");
    }

    /** Deletes the chosen step taken, after asking once; "Undo" can put it back. */
    public void deleteChosen() {
        TakenStep step = chosen.get();
        Person p = person.get();
        if (step == null || p == null || !dialogs.confirm("Delete this step?", "The step of "
                + TakenStep.DAY.format(step.takenOn()) + " (\u201c" + TakenStep.shortened(step.what())
                + "\u201d) will be deleted, with how it landed.", "Delete")) {
            return;
        }
        dbThread.run(() -> {
            steps.deleteTaken(step.id());
            return step;
        }, gone -> {
            if (editing.get() != null && editing.get().id() == gone.id()) {
                clearForm();
            }
            deleted.set(gone);
            message.set("The step of " + TakenStep.DAY.format(gone.takenOn()) + " was deleted.");
            load(p);
        }, error -> message.set("This could not be deleted just now. " + error.getMessage()));
    }

    /** Puts back the step just deleted. */
    public void undoDelete() {
        TakenStep step = deleted.get();
        Person p = person.get();
        if (step == null || p == null || p.id() != step.personId()) {
            return;
        }
        dbThread.run(() -> steps.restore(step), back -> {
            deleted.set(null);
            message.set("The step is back.");
            load(p);
        }, error -> message.set("The step could not be put back just now. " + error.getMessage()));
    }

    private void clearForm() {
        editing.set(null);
        editingLine.set("");
        Typed back = typed;
        typed = null;
        what.set(back == null ? "" : back.what());
        note.set(back == null ? "" : back.note());
        landed.set(back == null ? null : back.landed());
        day.set(back == null || back.day() == null ? LocalDate.now(clock) : back.day());
    }

    public ReadOnlyStringProperty editingLineProperty() {
        return editingLine.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<TakenStep> unansweredProperty() {
        return unanswered.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty askMessageProperty() {
        return askMessage.getReadOnlyProperty();
    }

    public ObjectProperty<TakenStep> chosenProperty() {
        return chosen;
    }

    public ReadOnlyObjectProperty<TakenStep> editingProperty() {
        return editing.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<TakenStep> deletedProperty() {
        return deleted.getReadOnlyProperty();
    }

    public ObservableList<Person> persons() {
        return persons;
    }

    public ObjectProperty<Person> personProperty() {
        return person;
    }

    public IntegerProperty rungProperty() {
        return rung;
    }

    public ReadOnlyStringProperty rungTitleProperty() {
        return rungTitle.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty rungAboutProperty() {
        return rungAbout.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty whyProperty() {
        return why.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty reminderProperty() {
        return reminder.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty safetyNoteProperty() {
        return safetyNote.getReadOnlyProperty();
    }

    public ObservableList<String> suggestions() {
        return suggestions;
    }

    public ObservableList<TakenStep> taken() {
        return taken;
    }

    public StringProperty whatProperty() {
        return what;
    }

    public ObjectProperty<Landing> landedProperty() {
        return landed;
    }

    public StringProperty noteProperty() {
        return note;
    }

    public ObjectProperty<LocalDate> dayProperty() {
        return day;
    }

    public StringProperty ownStepProperty() {
        return ownStep;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
