package commonground.people;

import commonground.care.SafetyAnswer;
import commonground.shell.DatabaseThread;
import commonground.shell.Dialogs;
import commonground.shell.Pauses;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.util.Duration;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** State and commands of the People screen. No controls here; the view binds to these properties. */
public final class PeopleViewModel {

    private final PeopleRepository repository;
    private final DatabaseThread dbThread;
    private final Dialogs dialogs;

    private final ObservableList<Person> people = FXCollections.observableArrayList();
    private final BooleanProperty showArchived = new SimpleBooleanProperty(this, "showArchived", false);
    private final ObjectProperty<Person> selected = new SimpleObjectProperty<>(this, "selected");
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final ObjectProperty<Relationship> relationship =
            new SimpleObjectProperty<>(this, "relationship", Relationship.PARTNER);
    private final StringProperty note = new SimpleStringProperty(this, "note", "");
    private final ObjectProperty<Pronouns> pronouns = new SimpleObjectProperty<>(this, "pronouns", Pronouns.THEY);
    /** The answer to the optional safety question; null when skipped. */
    private final ObjectProperty<SafetyAnswer> safety = new SimpleObjectProperty<>(this, "safety");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy", false);
    /** The person open when the app locked, selected again after unlocking. */
    private Long reselect;

    /** How long typing in a note pauses before it is saved. */
    static final Duration NOTE_AUTOSAVE = Duration.millis(800);
    private record PendingNote(long personId, String text) { }

    private final Pauses.Pause noteAutosave;
    /** A note typed and not yet saved, with the id of the person it was typed about. */
    private PendingNote pendingNote;
    /** True while a reload puts the selection back, so its status line stays. */
    private boolean reloading;
    /** True while the form is being filled from a record, so filling is not taken for typing. */
    private boolean filling;
    /** The note as the form last read or saved it: a save keeps another computer's note that came in since. */
    private String noteBase;

    /** Without pauses: notes are saved on switching, leaving and closing only (for tests that need no timing). */
    public PeopleViewModel(PeopleRepository repository, DatabaseThread dbThread, Dialogs dialogs) {
        this(repository, dbThread, dialogs, Pauses.never());
    }

    public PeopleViewModel(PeopleRepository repository, DatabaseThread dbThread, Dialogs dialogs, Pauses pauses) {
        this.repository = repository;
        this.dbThread = dbThread;
        this.dialogs = dialogs;
        this.noteAutosave = pauses.create(NOTE_AUTOSAVE, this::saveNote);
        selected.addListener((obs, old, now) -> {
            saveNote(); // what was typed about the person left is saved as theirs first
            fillForm(now);
            if (!reloading && now != null && (old == null || old.id() != now.id())) {
                message.set(""); // "Sam was deleted." is not about the Sam now chosen
            }
        });
        showArchived.addListener((obs, old, now) -> reload(null));
        note.addListener((obs, old, now) -> noteTyped(now));
        // The last status ("That name is longer…", "Sam was added.") is stale once the user types again.
        for (javafx.beans.value.ObservableValue<?> field : java.util.List.of(name, relationship, pronouns, safety)) {
            field.addListener((obs, old, now) -> message.set(filling ? message.get() : ""));
        }
    }

    private void noteTyped(String text) {
        Person open = selected.get();
        if (filling || open == null || open.archived()) {
            return;
        }
        if (text.equals(open.note())) {
            pendingNote = null;
            noteAutosave.stop();
            return;
        }
        pendingNote = new PendingNote(open.id(), text);
        noteAutosave.playFromStart();
    }

    /** Saves the note typed now, not after the pause (on switching, leaving, locking, closing); the rest waits for Save. */
    public void saveNote() {
        noteAutosave.stop();
        PendingNote save = pendingNote;
        if (save == null) {
            return;
        }
        String problem = Person.problemWith("-", save.text());
        if (problem != null) {
            message.set(problem);
            return;
        }
        pendingNote = null;
        String base = noteBase;
        dbThread.run(() -> repository.updateNote(save.personId(), base, save.text()), this::noteSaved, error -> {
            if (pendingNote == null) {
                pendingNote = save; // kept, to be tried again on the next change or switch
            }
            message.set("The note could not be saved yet. " + error.getMessage());
        });
    }

    /** The saved person replaces the old record in the list (and in the form) without refilling what is typed. */
    private void noteSaved(PeopleRepository.Saved result) {
        Person saved = result.person();
        if (result.keptOther()) {
            message.set(Person.BOTH_KEPT);
        }
        filling = true;
        try {
            for (int i = 0; i < people.size(); i++) {
                if (people.get(i).id() == saved.id()) {
                    people.set(i, saved);
                }
            }
            Person open = selected.get();
            if (open != null && open.id() == saved.id()) {
                selected.set(saved);
                noteBase = saved.note();
            }
        } finally {
            filling = false;
        }
        if (selected.get() != null && selected.get().id() == saved.id()) {
            noteTyped(note.get()); // anything typed meanwhile is measured against what is now saved
        }
    }

    public ObservableList<Person> people() {
        return people;
    }

    public BooleanProperty showArchivedProperty() {
        return showArchived;
    }

    public ObjectProperty<Person> selectedProperty() {
        return selected;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ObjectProperty<Relationship> relationshipProperty() {
        return relationship;
    }

    public StringProperty noteProperty() {
        return note;
    }

    public ObjectProperty<Pronouns> pronounsProperty() {
        return pronouns;
    }

    public ObjectProperty<SafetyAnswer> safetyProperty() {
        return safety;
    }

    /** True when the answer chosen is Yes or "I'm not sure": the form then shows the safe path. */
    public BooleanBinding safetyFirst() {
        return Bindings.createBooleanBinding(() -> safety.get() != null && safety.get().safetyFirst(), safety);
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** True while editing someone who is archived: they can be restored, not changed. */
    public BooleanBinding selectedIsArchived() {
        return Bindings.createBooleanBinding(() -> selected.get() != null && selected.get().archived(), selected);
    }

    public BooleanBinding canSave() {
        return Bindings.createBooleanBinding(() -> !busy.get() && !name.get().isBlank()
                && (selected.get() == null || !selected.get().archived()), busy, name, selected);
    }

    public BooleanBinding hasSelection() {
        return selected.isNotNull();
    }

    /**
     * The app is locking: the list and the open person (with the notes about them) are dropped, to
     * be read again after unlocking ({@link #reloadAfterUnlock()}). A form with changes not yet
     * saved is kept as typed, so nothing the user wrote is lost.
     */
    public void onLock() {
        Person open = selected.get();
        boolean edited = open == null ? !name.get().isEmpty() || !note.get().isEmpty() : edited(open);
        people.clear();
        if (!edited) {
            reselect = open == null ? reselect : Long.valueOf(open.id());
            selected.set(null); // empties the form
        }
        message.set("");
    }

    /** After unlocking (and whenever shown): loads the list again, with the person open before locking. */
    public void reloadAfterUnlock() {
        Long id = reselect;
        reselect = null;
        reload(id);
    }

    /**
     * A sync brought changes while People is shown: the list is read again, the person chosen kept;
     * their form is refilled only when nothing in it was changed here ({@link #noteBase} guards the note).
     */
    public void refreshAfterSync() {
        saveNote();
        boolean archived = showArchived.get();
        dbThread.run(() -> archived ? repository.archived() : repository.active(), list -> {
            Person open = selected.get();
            boolean typed = open == null ? !name.get().isEmpty() || !note.get().isEmpty() : edited(open);
            filling = typed; // the list's new record for the person chosen refills nothing being typed
            try {
                commonground.shell.ReloadedList.setAll(people, list);
                Person fresh = open == null ? null : list.stream().filter(p -> p.id() == open.id()).findFirst()
                        .orElse(null);
                if (!typed || fresh == null || selected.get() == null || selected.get().id() != fresh.id()) {
                    selected.set(fresh); // while typing, only put back a choice the list lost (filling: form kept)
                }
            } finally {
                filling = false;
            }
        }, error -> message.set("What came from your other computer could not be read just now. "
                + error.getMessage()));
    }

    private boolean edited(Person open) {
        return !name.get().equals(open.name()) || !note.get().equals(open.note())
                || relationship.get() != open.relationship() || pronouns.get() != open.pronouns()
                || !java.util.Objects.equals(safety.get(), open.safety());
    }

    /** Loads the list; afterwards selects the person with {@code selectId}, if given. */
    public void reload(Long selectId) {
        boolean archived = showArchived.get();
        dbThread.run(() -> archived ? repository.archived() : repository.active(), list -> {
            people.setAll(list);
            reloading = true;
            try {
                if (selectId != null) {
                    list.stream().filter(p -> p.id() == selectId).findFirst().ifPresentOrElse(selected::set,
                            () -> selected.set(null));
                } else if (selected.get() != null) {
                    long id = selected.get().id();
                    selected.set(list.stream().filter(p -> p.id() == id).findFirst().orElse(null));
                }
            } finally {
                reloading = false;
            }
        });
    }

    /** Another person (not {@code self}) whose name reads the same, ignoring case and spaces; or null. */
    private Person namesake(String name, Person self) {
        String wanted = Namesakes.reading(name);
        return people.stream().filter(p -> (self == null || p.id() != self.id())
                && Namesakes.reading(p.name()).equals(wanted)).findFirst().orElse(null);
    }

    /** Clears the form for a new person. */
    public void startNew() {
        selected.set(null);
        fillForm(null);
        message.set("");
    }

    /** Adds the person in the form, or saves changes to the selected one. */
    public void save() {
        String problem = Person.problemWith(name.get(), note.get());
        if (problem != null) {
            message.set(problem);
            return;
        }
        Person current = selected.get();
        String n = name.get();
        Relationship r = relationship.get();
        String t = note.get();
        Pronouns p = pronouns.get();
        SafetyAnswer a = safety.get();
        Person same = namesake(n, current);
        if (same != null && !dialogs.confirm("Someone with this name is already here",
                same.pickerLabel() + " is already in your list. " + (same.relationship() == r
                        ? "With the same relationship too, the app tells them apart by a number or the day each "
                        + "was added; a detail in the name, such as \"" + n.strip() + " (work)\", reads more easily."
                        : "The app shows the relationship beside the name, so the two can be told apart."),
                "Keep both")) {
            message.set("Nothing was saved. You could add a detail to the name, such as \"" + n.strip() + " (work)\".");
            return;
        }
        busy.set(true);
        noteAutosave.stop();
        pendingNote = null; // saved below with the rest
        String base = noteBase;
        dbThread.run(() -> current == null ? new PeopleRepository.Saved(repository.add(n, r, t, p, a), false)
                        : repository.update(current.id(), base, n, r, t, p, a),
                result -> {
                    busy.set(false);
                    Person saved = result.person();
                    message.set(result.keptOther() ? Person.BOTH_KEPT : current == null ? saved.name() + " was added." : "Saved.");
                    reload(saved.id());
                }, failed("could not be saved"));
    }

    /** Removes the selected person after asking: archive (their records kept) or delete. */
    public void remove() {
        Person person = selected.get();
        if (person == null) {
            return;
        }
        dbThread.run(() -> repository.recordCounts(person.id()), counts -> askAndRemove(person, counts));
    }

    private void askAndRemove(Person person, Map<String, Integer> counts) {
        String told = Namesakes.said(person, people);
        RemoveQuestion question = RemoveQuestion.about(person, told, counts);
        dialogs.choose(question.title(), question.text(), question.choices()).ifPresent(choice -> {
            busy.set(true);
            dbThread.run(() -> {
                if (choice == 0) {
                    repository.archive(person.id());
                } else {
                    repository.deleteWithRecords(person.id());
                }
                return null;
            }, ignored -> {
                done(told + (choice == 0 ? " was archived." : " was deleted."));
                selected.set(null);
                reload(null);
            }, failed("could not be removed"));
        });
    }

    /** Brings an archived person back into the lists. */
    public void restore() {
        Person person = selected.get();
        if (person == null || !person.archived()) {
            return;
        }
        String told = Namesakes.said(person, people);
        dbThread.run(() -> {
            repository.restore(person.id());
            return null;
        }, ignored -> {
            message.set(told + " is back in your list.");
            selected.set(null);
            reload(null);
        }, failed("could not be restored"));
    }

    private Consumer<Throwable> failed(String what) {
        return error -> done("This " + what + ". " + error.getMessage());
    }

    private void done(String said) {
        busy.set(false);
        message.set(said);
    }

    private void fillForm(Person person) {
        if (filling) {
            return;
        }
        filling = true;
        try {
            noteBase = person == null ? null : person.note();
            name.set(person == null ? "" : person.name());
            relationship.set(person == null ? Relationship.PARTNER : person.relationship());
            note.set(person == null ? "" : person.note());
            pronouns.set(person == null ? Pronouns.THEY : person.pronouns());
            safety.set(person == null ? null : person.safety());
        } finally {
            filling = false;
        }
    }
}
