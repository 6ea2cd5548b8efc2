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
    private final KeepPrivate keepPrivate = new KeepPrivate();
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final StringProperty knows = new SimpleStringProperty(this, "knows", "");
    private final StringProperty toldBy = new SimpleStringProperty(this, "toldBy", "");
    private final ObjectProperty<LocalDate> toldOn = new SimpleObjectProperty<>(this, "toldOn");
    private final javafx.beans.property.BooleanProperty stillToTell =
            new javafx.beans.property.SimpleBooleanProperty(this, "stillToTell", false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    /** Said next to the situation box (starting one) and next to "Keep this", so it is seen where the user is. */
    private final ReadOnlyStringWrapper situationMessage = new ReadOnlyStringWrapper(this, "situationMessage", "");
    /**
     * After someone is added to "still needs to hear it" whom the request to keep private names: that
     * request, quoted calmly under the button. A reminder only; the entry is kept.
     */
    private final ReadOnlyStringWrapper privateNote = new ReadOnlyStringWrapper(this, "privateNote", "");
    private String pendingScenario;
    /** Said when a save kept another computer's words as well as the ones typed here. */
    static final String ALSO_CHANGED = "This was also changed on another computer; its words are kept on the Sync "
            + "page, under \u201cWritten on two computers at once\u201d.";
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
            keepPrivate.shown(old, now, refreshing);
            if (refreshing && old != null && now != null && old.id() == now.id()) {
                return; // the same situation, read again: the form, the lists and the messages stay
            }
            keepPrivate.clearMessage();
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

    private boolean refreshing;

    private record Read(List<NewsSituation> situations, long situationId, List<ToldEntry> people) {
    }

    /**
     * A sync brought changes while the tab is shown: the situations and the chosen one's people are
     * read again, changing only what differs, so the situation and the entry chosen stay chosen and
     * the lists where they were; what is being typed (what to keep private, the entry form) stays.
     */
    public void refreshAfterSync() {
        NewsSituation shown = situation.get();
        dbThread.run(() -> new Read(repository.situations(), shown == null ? 0 : shown.id(),
                shown == null ? List.of() : repository.told(shown.id())), read -> {
            NewsSituation now = situation.get();
            NewsSituation again = now == null || now.id() != read.situationId() ? null
                    : read.situations().stream().filter(x -> x.id() == now.id()).findFirst().orElse(null);
            refreshing = true; // a picker that re-chooses the changed row as the list changes clears nothing either
            try {
                commonground.shell.ReloadedList.setAll(situations, read.situations());
                if (again != null) {
                    situation.set(again);
                }
            } finally {
                refreshing = false;
            }
            if (now == null && pendingScenario == null && !read.situations().isEmpty()) {
                situation.set(read.situations().get(0));
            }
            if (again == null) {
                return; // chosen meanwhile (its own reading shows it), or no longer there
            }
            commonground.shell.ReloadedList.setAll(told, read.people().stream().filter(e -> !e.toTell()).toList());
            commonground.shell.ReloadedList.setAll(toTell, read.people().stream().filter(ToldEntry::toTell).toList());
        }, error -> message.set("Who knows what could not be read just now. " + error.getMessage()));
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
        keepPrivate.save(situation.get(), repository, dbThread, saved -> {
            situations.replaceAll(x -> x.id() == saved.id() ? saved : x);
            situation.set(saved); // still the one chosen
        });
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
        ToldEntry same = ToldWords.sameName(n, changing, told, toTell);
        if (same != null) {
            message.set(ToldWords.alreadyThere(same)); // a second line with the same name would say nothing new
            return;
        }
        String request = keepPrivate.text().get();
        dbThread.run(() -> changing == null ? new WhoKnowsRepository.Saved(repository.addTold(s.id(), n, k, by, on), false)
                : repository.changeTold(changing, n, k, by, on), saved -> {
                    ToldEntry added = saved.entry();
                    clearForm();
                    deleted.set(null);
                    message.set(ToldWords.kept(added, changing != null, saved.keptOther()));
                    privateNote.set(ToldWords.reminder(request, added));
                    loadPeople(s);
                }, error -> message.set("This could not be kept; everything you wrote is still here. "
                        + error.getMessage()));
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
        dbThread.run(() -> repository.changeTold(e, e.name(), e.knows(), by == null || by.isBlank() ? e.toldBy() : by,
                today), done -> {
            message.set(done.entry().name() + " has been told." + (done.keptOther() ? " " + ALSO_CHANGED : ""));
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
        return keepPrivate.text();
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
        return keepPrivate.message();
    }

    public ReadOnlyStringProperty privateNoteProperty() {
        return privateNote.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
