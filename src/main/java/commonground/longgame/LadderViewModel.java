package commonground.longgame;

import commonground.people.PeopleRepository;
import commonground.people.Person;
import commonground.shell.DatabaseThread;
import commonground.shell.Dialogs;
import commonground.shell.ReloadedList;
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
    private final StepUndo undo = new StepUndo();
    /** Said above the form while a step is being changed, where the person is looking. */
    private final ReadOnlyStringWrapper editingLine = new ReadOnlyStringWrapper(this, "editingLine", "");
    /** A new step being written when "Edit" was pressed: put back once the change is kept or left. */
    private Typed typed;
    private final HowDidItGo howDidItGo = new HowDidItGo();

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
                undo.forget();
            }
            howDidItGo.quiet();
            if (now == null) {
                taken.clear();
                howDidItGo.clear();
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

    /**
     * A sync brought changes while the tab is shown: the people and the chosen person's steps are
     * read again, changing only what differs, so the person and the step chosen stay chosen and the
     * list where it was; the form (a step being logged or changed, an own step) is left as typed.
     */
    public void refreshAfterSync() {
        dbThread.run(people::active, loaded -> {
            Person shown = person.get();
            Person again = shown == null ? null
                    : loaded.stream().filter(p -> p.id() == shown.id()).findFirst().orElse(null);
            if (again != null) {
                person.set(again); // the same person (their name may have changed): nothing is cleared
            }
            ReloadedList.setAll(persons, loaded);
            if (again != null) {
                load(again);
            } else if (shown == null && !loaded.isEmpty()) {
                person.set(loaded.get(0));
            }
        }, error -> message.set("The ladder could not be read just now. " + error.getMessage()));
    }

    private record Loaded(long personId, List<TakenStep> taken, List<OwnStep> own) { }

    private void load(Person p) {
        dbThread.run(() -> new Loaded(p.id(), steps.taken(p.id()), steps.ownSteps(p.id())), data -> {
            if (person.get() == null || person.get().id() != data.personId() || ladder == null) {
                return;
            }
            ReloadedList.setAll(taken, data.taken()); // only what differs: the step chosen stays chosen
            howDidItGo.read(data.taken(), LocalDate.now(clock));
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
            if (!suggestions.equals(all)) {
                suggestions.setAll(all); // all anew: a suggestion chosen before must not fill the form again
            }
        }, error -> message.set("The steps with " + commonground.people.Namesakes.tellApart(p, persons)
                + " could not be read just now. " + error.getMessage()));
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
        dbThread.run(() -> changing == null ? new DisclosureRepository.Saved(steps.take(p.id(), on, at, w, l, n), false)
                        : steps.change(changing, on, w, l, n), saved -> {
                    clearForm();
                    undo.forget();
                    message.set(StepWords.kept(l, changing != null, saved.keptOther()));
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
        Person p = person.get();
        if (p != null) {
            howDidItGo.answer(how, steps, dbThread, () -> load(p));
        }
    }

    /** Leaves the step being edited as it was; the form is ready for a new step. */
    public void cancelEditing() {
        clearForm();
        message.set("");
    }

    /** Deletes the chosen step taken, after asking once; "Undo" can put it back. */
    public void deleteChosen() {
        Person p = person.get();
        if (p != null) {
            undo.delete(chosen.get(), dialogs, steps, dbThread, gone -> {
                if (editing.get() != null && editing.get().id() == gone.id()) {
                    clearForm();
                }
                load(p);
            }, message::set);
        }
    }

    /** Puts back the step just deleted. */
    public void undoDelete() {
        Person p = person.get();
        undo.undo(p, steps, dbThread, () -> load(p), message::set);
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
        return howDidItGo.unanswered();
    }

    public ReadOnlyStringProperty askMessageProperty() {
        return howDidItGo.said();
    }

    public ObjectProperty<TakenStep> chosenProperty() {
        return chosen;
    }

    public ReadOnlyObjectProperty<TakenStep> editingProperty() {
        return editing.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<TakenStep> deletedProperty() {
        return undo.deleted();
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
