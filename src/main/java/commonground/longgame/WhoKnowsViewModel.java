package commonground.longgame;

import commonground.shell.DatabaseThread;
import commonground.shell.Dialogs;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * "Who knows what", for hard news: per situation, who has been told (what they know, who told them,
 * when), who still needs to hear it, and what the person at the centre asked to keep private.
 */
public final class WhoKnowsViewModel {

    private final WhoKnowsRepository repository;
    private final DatabaseThread dbThread;
    private final Clock clock;
    private final ObservableList<NewsSituation> situations = FXCollections.observableArrayList();
    private final ObjectProperty<NewsSituation> situation = new SimpleObjectProperty<>(this, "situation");
    private final ObservableList<ToldEntry> told = FXCollections.observableArrayList();
    private final ObservableList<ToldEntry> toTell = FXCollections.observableArrayList();
    private final StringProperty newTitle = new SimpleStringProperty(this, "newTitle", "");
    private final StringProperty keepPrivate = new SimpleStringProperty(this, "keepPrivate", "");
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final StringProperty knows = new SimpleStringProperty(this, "knows", "");
    private final StringProperty toldBy = new SimpleStringProperty(this, "toldBy", "");
    private final ObjectProperty<LocalDate> toldOn = new SimpleObjectProperty<>(this, "toldOn");
    private final javafx.beans.property.BooleanProperty stillToTell =
            new javafx.beans.property.SimpleBooleanProperty(this, "stillToTell", false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    /** Said next to the situation box (starting one) and next to "Keep this", so it is seen where the user is. */
    private final ReadOnlyStringWrapper situationMessage = new ReadOnlyStringWrapper(this, "situationMessage", "");
    private final ReadOnlyStringWrapper privateMessage = new ReadOnlyStringWrapper(this, "privateMessage", "");
    /**
     * After someone is added to "still needs to hear it" whom the request to keep private names: that
     * request, quoted calmly under the button. A reminder only; the entry is kept.
     */
    private final ReadOnlyStringWrapper privateNote = new ReadOnlyStringWrapper(this, "privateNote", "");
    private String pendingScenario;
    private final Dialogs dialogs;
    /** The entry being changed in the form; null while the form adds someone new. */
    private final ReadOnlyObjectWrapper<ToldEntry> editing = new ReadOnlyObjectWrapper<>(this, "editing");
    /** The entry just deleted, which "Undo" puts back; null when there is nothing to undo. */
    private final ReadOnlyObjectWrapper<ToldEntry> deleted = new ReadOnlyObjectWrapper<>(this, "deleted");
    /** Someone new being written when "Edit" was pressed: put back once the change is kept or left. */
    private Typed typed;

    private record Typed(String name, String knows, String toldBy, LocalDate toldOn, boolean stillToTell) { }

    public WhoKnowsViewModel(WhoKnowsRepository repository, DatabaseThread dbThread, Clock clock, Dialogs dialogs) {
        this.dialogs = dialogs;
        this.repository = repository;
        this.dbThread = dbThread;
        this.clock = clock;
        toldOn.set(LocalDate.now(clock));
        situation.addListener((obs, old, now) -> {
            if (now == null) {
                if (old != null) {
                    keepPrivate.set(""); // the text was the other situation's
                }
            } else if (old != null || !now.keepPrivate().isEmpty()) {
                keepPrivate.set(now.keepPrivate());
            } // else: typed with no situation chosen, then one started: the words stay, to keep with it
            privateMessage.set("");
            privateNote.set("");
            if (old == null || now == null || old.id() != now.id()) {
                if (editing.get() != null) {
                    clearForm(); // an entry being changed belongs to its own situation
                }
                deleted.set(null);
            }
            if (now == null) {
                told.clear();
                toTell.clear();
            } else if (old == null || old.id() != now.id()) {
                loadPeople(now);
            }
        });
    }

    /** Reads the situations again, keeping the one chosen. */
    public void reload() {
        dbThread.run(repository::situations, loaded -> {
            long keep = situation.get() == null ? 0 : situation.get().id();
            situations.setAll(loaded);
            NewsSituation chosen = loaded.stream().filter(s -> s.id() == keep).findFirst()
                    .orElse(pendingScenario != null ? null : loaded.isEmpty() ? null : loaded.get(0));
            if (pendingScenario != null) {
                String wanted = pendingScenario;
                chosen = loaded.stream().filter(s -> wanted.equals(s.scenarioId())).findFirst().orElse(null);
                if (chosen != null) {
                    pendingScenario = null;
                }
            }
            situation.set(chosen);
        }, error -> message.set("Who knows what could not be read just now. " + error.getMessage()));
    }

    /**
     * Opened from a walk-through (such as "dad-ill"): shows its situation, or offers to start one with
     * {@code suggestedTitle}, linked to that walk-through.
     */
    public void openFor(String scenarioId, String suggestedTitle) {
        pendingScenario = scenarioId;
        situation.set(null);
        newTitle.set(suggestedTitle);
        message.set("");
        reload();
    }

    /** Starts a situation from the name typed (linked to the walk-through it was opened from, if any). */
    public void create() {
        String title = newTitle.get();
        String problem = WhoKnowsRepository.titleProblem(title);
        if (problem != null) {
            situationMessage.set(problem);
            return;
        }
        String scenario = pendingScenario;
        dbThread.run(() -> repository.create(title, scenario, null), made -> {
            pendingScenario = null;
            newTitle.set("");
            situations.add(made);
            situation.set(made);
            situationMessage.set("Started. Add the people who know, and those who still need to hear it.");
        }, error -> situationMessage.set("This could not be kept; the name is still here. " + error.getMessage()));
    }

    /** Keeps what the person at the centre asked to keep private. */
    public void saveKeepPrivate() {
        NewsSituation s = situation.get();
        if (s == null) {
            privateMessage.set("Please start or choose a situation first; what you wrote is still here.");
            return;
        }
        String text = keepPrivate.get();
        dbThread.run(() -> {
            repository.saveKeepPrivate(s.id(), text);
            return new NewsSituation(s.id(), s.uuid(), s.scenarioId(), s.personId(), s.title(), text.strip());
        }, saved -> {
            situations.replaceAll(x -> x.id() == saved.id() ? saved : x);
            situation.set(saved); // still the one chosen
            privateMessage.set("Kept. What they asked to keep private.");
        }, error -> privateMessage.set("This could not be kept; your words are still here. " + error.getMessage()));
    }

    /**
     * Adds the person typed (or keeps the changes to the entry being edited): told on the day given,
     * or, with no day, someone who still needs to hear it.
     */
    public void addPerson() {
        NewsSituation s = situation.get();
        privateNote.set("");
        if (s == null) {
            message.set("Please start or choose a situation first.");
            return;
        }
        LocalDate on = stillToTell.get() ? null : toldOn.get();
        if (!stillToTell.get() && on == null) {
            message.set("Please pick the day they were told, or tick that they still need to hear it.");
            return;
        }
        String problem = ToldEntry.problemWith(name.get(), knows.get(), toldBy.get(), on, LocalDate.now(clock));
        if (problem != null) {
            message.set(problem);
            return;
        }
        String n = name.get();
        String k = knows.get();
        String by = toldBy.get();
        ToldEntry changing = editing.get();
        ToldEntry same = sameName(n, changing);
        if (same != null) {
            message.set(alreadyThere(same)); // a second line with the same name would say nothing new
            return;
        }
        String request = keepPrivate.get();
        dbThread.run(() -> changing == null ? repository.addTold(s.id(), n, k, by, on)
                : repository.updateTold(changing, n, k, by, on), added -> {
                    clearForm();
                    deleted.set(null);
                    message.set(changing != null ? "Your changes about " + added.name() + " are kept."
                            : added.toTell() ? added.name() + " is on the list of people still to tell."
                            : "Kept. " + added.name() + " knows.");
                    String asked = added.toTell() ? PrivateRequest.sentenceNaming(request, added.name()) : null;
                    privateNote.set(asked == null ? "" : "A reminder of what they asked to keep private: \u201c"
                            + asked + "\u201d " + added.name() + " is on the list; when, or whether, to tell is "
                            + "yours to decide.");
                    loadPeople(s);
                }, error -> message.set("This could not be kept; everything you wrote is still here. "
                        + error.getMessage()));
    }

    /** Someone else on this situation's list with the same name (any case), or null. */
    private ToldEntry sameName(String typed, ToldEntry changing) {
        String wanted = typed.strip().replaceAll("\\s+", " ");
        return java.util.stream.Stream.concat(told.stream(), toTell.stream())
                .filter(e -> changing == null || e.id() != changing.id())
                .filter(e -> e.name().strip().replaceAll("\\s+", " ").equalsIgnoreCase(wanted))
                .findFirst().orElse(null);
    }

    private static String alreadyThere(ToldEntry e) {
        return e.name() + (e.toTell() ? " is already on the list of people still to tell. When they have "
                + "heard it, choose them there and press \u201cThey have been told today\u201d."
                : " is already on the list, told " + commonground.shell.Dates.day(e.toldOn())
                + ". To change it, choose them there and press Edit.")
                + " Someone else of that name? Add a word to tell them apart.";
    }

    /** "Add to the list" was pressed while the day field holds text that cannot be read: said at the button. */
    public void dayNotRead() {
        message.set("The day could not be read, so nothing is kept yet. Everything you wrote is still here; "
                + "please correct the day above.");
    }

    /** Puts an entry in the form, to change the name, what they know, who told them or the day. */
    public void edit(ToldEntry e) {
        if (e == null) {
            return;
        }
        if (editing.get() == null && !(name.get().isBlank() && knows.get().isBlank() && toldBy.get().isBlank())) {
            typed = new Typed(name.get(), knows.get(), toldBy.get(), toldOn.get(), stillToTell.get());
        }
        editing.set(e);
        name.set(e.name());
        knows.set(e.knows());
        toldBy.set(e.toldBy());
        stillToTell.set(e.toTell());
        toldOn.set(e.toTell() ? LocalDate.now(clock) : e.toldOn());
        message.set("Changing what you noted about " + e.name() + "."
                + (typed == null ? "" : " The name you were writing comes back after."));
    }

    /** Leaves the entry being edited as it was; the form is ready for someone new. */
    public void cancelEditing() {
        clearForm();
        message.set("");
    }

    /** Takes someone off the situation's list, after asking once; "Undo" can put them back. */
    public void delete(ToldEntry e) {
        NewsSituation s = situation.get();
        if (e == null || s == null || !dialogs.confirm("Take " + e.name() + " off the list?", e.name()
                + (e.toTell() ? " will no longer be on the list of people still to tell."
                : " and what you noted they know will be deleted."), "Take off the list")) {
            return;
        }
        dbThread.run(() -> {
            repository.deleteTold(e.id());
            return e;
        }, gone -> {
            if (editing.get() != null && editing.get().id() == gone.id()) {
                clearForm();
            }
            deleted.set(gone);
            message.set(gone.name() + " is off the list.");
            loadPeople(s);
        }, error -> message.set("This could not be deleted just now. " + error.getMessage()));
    }

    /** Puts back the entry just taken off the list, as it was. */
    public void undoDelete() {
        ToldEntry e = deleted.get();
        NewsSituation s = situation.get();
        if (e == null || s == null || s.id() != e.situationId()) {
            return;
        }
        dbThread.run(() -> repository.restoreTold(e), back -> {
            deleted.set(null);
            message.set(back.name() + " is back on the list.");
            loadPeople(s);
        }, error -> message.set("This could not be put back just now. " + error.getMessage()));
    }

    private void clearForm() {
        privateNote.set("");
        editing.set(null);
        Typed back = typed;
        typed = null;
        name.set(back == null ? "" : back.name());
        knows.set(back == null ? "" : back.knows());
        toldBy.set(back == null ? "" : back.toldBy());
        toldOn.set(back == null || back.toldOn() == null ? LocalDate.now(clock) : back.toldOn());
        stillToTell.set(back != null && back.stillToTell());
    }

    public ReadOnlyObjectProperty<ToldEntry> editingProperty() {
        return editing.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ToldEntry> deletedProperty() {
        return deleted.getReadOnlyProperty();
    }

    /** Marks someone who still needed to hear it as told today, by {@code by} (may be empty). */
    public void markTold(ToldEntry e, String by) {
        NewsSituation s = situation.get();
        if (e == null || s == null) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        dbThread.run(() -> repository.updateTold(e, e.name(), e.knows(), by == null || by.isBlank() ? e.toldBy() : by,
                today), done -> {
            message.set(done.name() + " has been told.");
            loadPeople(s);
        }, error -> message.set("This could not be changed just now. " + error.getMessage()));
    }

    private void loadPeople(NewsSituation s) {
        dbThread.run(() -> repository.told(s.id()), loaded -> {
            if (situation.get() == null || situation.get().id() != s.id()) {
                return;
            }
            List<ToldEntry> tellers = loaded.stream().filter(e -> !e.toTell()).toList();
            told.setAll(tellers);
            toTell.setAll(loaded.stream().filter(ToldEntry::toTell).toList());
        }, error -> message.set("Who knows could not be read just now. " + error.getMessage()));
    }

    public ObservableList<NewsSituation> situations() {
        return situations;
    }

    public ObjectProperty<NewsSituation> situationProperty() {
        return situation;
    }

    public ObservableList<ToldEntry> told() {
        return told;
    }

    public ObservableList<ToldEntry> toTell() {
        return toTell;
    }

    public StringProperty newTitleProperty() {
        return newTitle;
    }

    public StringProperty keepPrivateProperty() {
        return keepPrivate;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty knowsProperty() {
        return knows;
    }

    public StringProperty toldByProperty() {
        return toldBy;
    }

    public ObjectProperty<LocalDate> toldOnProperty() {
        return toldOn;
    }

    /** Ticked: the person still needs to hear it (no day is kept). */
    public javafx.beans.property.BooleanProperty stillToTellProperty() {
        return stillToTell;
    }

    public ReadOnlyStringProperty situationMessageProperty() {
        return situationMessage.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty privateMessageProperty() {
        return privateMessage.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty privateNoteProperty() {
        return privateNote.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
