package commonground.draft;

import commonground.people.Namesakes;
import commonground.people.PeopleRepository;
import commonground.people.Person;
import commonground.shell.DatabaseThread;
import commonground.shell.Dates;
import commonground.shell.Dialogs;
import commonground.shell.Pauses;
import commonground.shell.ReloadedList;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.util.Duration;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * "Draft a message": the drafts kept (newest started first), and the one open, kept as it is typed
 * (half a second after typing pauses, on the database thread) and on leaving, so it is there next
 * time. Each draft may be written to someone from People. "New draft" keeps the open one; deleting
 * asks first and names the draft. The coach's reading is the editor's own.
 */
public final class DraftViewModel {

    static final String DELETED = "The draft was deleted.";

    static final Duration SAVE_DELAY = Duration.millis(500);

    private final DraftRepository drafts;
    private final PeopleRepository peopleRepository;
    private final DatabaseThread dbThread;
    private final Clock clock;
    private final Pauses.Pause saveLater;
    private Dialogs dialogs;

    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ObjectProperty<Person> person = new SimpleObjectProperty<>(this, "person");
    private final ReadOnlyStringWrapper saved = new ReadOnlyStringWrapper(this, "saved", "");
    private final ReadOnlyStringWrapper openUuid = new ReadOnlyStringWrapper(this, "openUuid", "");
    private final ObservableList<MessageDraft> kept = FXCollections.observableArrayList();
    private final ObservableList<Person> everyone = FXCollections.observableArrayList();
    private final ObservableList<Person> choices = FXCollections.observableArrayList();
    private final BooleanBinding canDelete;
    private boolean loading;
    private boolean openIsKept;

    public DraftViewModel(DraftRepository drafts, PeopleRepository people, DatabaseThread dbThread, Pauses pauses,
                          Clock clock) {
        this.drafts = drafts;
        this.peopleRepository = people;
        this.dbThread = dbThread;
        this.clock = clock;
        this.saveLater = pauses.create(SAVE_DELAY, this::save);
        text.addListener((obs, old, now) -> changed());
        person.addListener((obs, old, now) -> changed());
        canDelete = Bindings.createBooleanBinding(() -> openIsKept || !isBlank(), text, person, openUuid, saved);
    }

    /** Asks before deleting a draft (without, {@link #delete()} does nothing). */
    public DraftViewModel askingWith(Dialogs dialogs) {
        this.dialogs = dialogs;
        return this;
    }

    private void changed() {
        if (!loading) {
            saved.set("");
            saveLater.playFromStart();
        }
    }

    /** Reads the people and the kept drafts, and opens the draft changed most recently (or a new one). */
    public void load() {
        dbThread.run(this::read, found -> {
            showFound(found);
            MessageDraft last = found.drafts().stream()
                    .max(java.util.Comparator.comparing(MessageDraft::updatedAt)).orElse(null);
            show(last);
        });
    }

    /**
     * Reads the people and the list again (People may have changed), leaving what is being typed
     * alone. When the open draft is gone (deleted with the person it was written to), the newest is opened.
     */
    /** The page is shown again: an answer to Delete or New draft given before is no longer news. */
    public void shownAgain() {
        String said = saved.get();
        if (said.equals(DELETED) || said.startsWith("Your draft ")) {
            saved.set("");
        }
    }

    public void refresh() {
        dbThread.run(this::read, found -> {
            showFound(found);
            boolean gone = openIsKept && !saveLater.isRunning()
                    && found.drafts().stream().noneMatch(d -> d.uuid().equals(openUuid.get()));
            if (gone) {
                show(found.drafts().isEmpty() ? null : found.drafts().get(0));
            }
        });
    }

    private record Found(List<Person> people, List<MessageDraft> drafts) {
    }

    private Found read() {
        return new Found(peopleRepository.everyone(), drafts.all());
    }

    private void showFound(Found found) {
        ReloadedList.setAll(everyone, found.people());
        List<Person> offered = new ArrayList<>();
        for (Person p : found.people()) {
            // Archived people are offered only when a draft is written to them, so it still names them.
            if (!p.archived() || found.drafts().stream().anyMatch(d -> Objects.equals(d.personId(), p.id()))) {
                offered.add(p);
            }
        }
        ReloadedList.setAll(choices, offered);
        ReloadedList.setAll(kept, found.drafts());
    }

    /** Opens {@code draft} in the editor (null: a new, empty draft), with nothing to save. */
    private void show(MessageDraft draft) {
        loading = true;
        try {
            openIsKept = draft != null;
            openUuid.set(draft == null ? UUID.randomUUID().toString() : draft.uuid());
            text.set(draft == null ? "" : draft.body());
            person.set(draft == null ? null : personById(draft.personId()));
        } finally {
            loading = false;
        }
    }

    /** Opens another kept draft, keeping the one open first. */
    public void open(MessageDraft draft) {
        if (draft == null || draft.uuid().equals(openUuid.get()) || cannotKeep()) {
            return;
        }
        flush();
        show(draft);
        saved.set("");
    }

    /**
     * Starts a new, empty draft and keeps the open one in the list. An open draft with nothing in it
     * stays open: there is nothing to keep.
     */
    public void newDraft() {
        if (!openIsKept && isBlank() || cannotKeep()) {
            return;
        }
        flush();
        String was = describe(person.get());
        show(null);
        saved.set("Your draft " + was + " is kept in the list above.");
    }

    /** True, and says why, when the open draft is too long to keep: it stays open, so nothing is lost. */
    private boolean cannotKeep() {
        if (text.get() != null && text.get().length() > DraftRepository.MAX_CHARS) {
            saved.set("This draft is longer than " + DraftRepository.MAX_CHARS + " characters, so it cannot be kept "
                    + "yet and stays open. A shorter message is kinder to both of you.");
            return true;
        }
        return false;
    }

    /** Asks, naming the draft, and deletes it for good; Cancel (the default) keeps it. */
    public void delete() {
        if (dialogs == null || !canDelete.get()) {
            return;
        }
        String first = firstLine(text.get());
        String named = "Your draft " + describe(person.get())
                + (first.isEmpty() ? "" : ", \u201c" + first + "\u201d,");
        if (!dialogs.confirm("Delete this draft?", named + " will be deleted, and it cannot be brought back.",
                "Delete it")) {
            return;
        }
        saveLater.stop();
        String uuid = openUuid.get();
        dbThread.run(() -> {
            drafts.delete(uuid);
            return read();
        }, found -> {
            showFound(found);
            show(found.drafts().isEmpty() ? null : found.drafts().get(0));
            saved.set(DELETED);
        }, error -> saved.set("The draft could not be deleted. " + error.getMessage()));
    }

    /** Saves now what is waiting for the typing pause (switching drafts, leaving the module, closing the app). */
    public void flush() {
        if (saveLater.isRunning()) {
            saveLater.stop();
            save();
        }
    }

    /** Lets go of the drafts' first lines (the lock came on); what is being typed stays. */
    public void forget() {
        kept.clear();
    }

    private void save() {
        String uuid = openUuid.get();
        String now = text.get();
        Long personId = person.get() == null ? null : person.get().id();
        dbThread.run(() -> {
            drafts.keep(uuid, personId, now);
            return drafts.all();
        }, all -> {
            ReloadedList.setAll(kept, all);
            if (uuid.equals(openUuid.get())) {
                openIsKept = true;
                saved.set("Saved");
            }
        }, error -> saved.set(error.getMessage()));
    }

    private boolean isBlank() {
        return (text.get() == null || text.get().isBlank()) && person.get() == null;
    }

    private Person personById(Long id) {
        return id == null ? null : everyone.stream().filter(p -> p.id() == id).findFirst().orElse(null);
    }

    /** "to Alex", "to Sam (Partner)" beside another Sam, or "for no one in particular". */
    private String describe(Person p) {
        return p == null ? "for no one in particular" : "to " + Namesakes.tellApart(p, everyone);
    }

    private static String firstLine(String body) {
        return new MessageDraft("", null, body == null ? "" : body, null, null).firstLine();
    }

    /**
     * A row of the list: who the draft is to and when it was changed, then its first line.
     * "To Alex · today at 16:20" / "I miss our walks on Sundays."
     */
    public String rowText(MessageDraft draft) {
        Person p = personById(draft.personId());
        String who = p == null ? (draft.personId() == null ? "For no one in particular" : "To someone no longer in People")
                : "To " + Namesakes.tellApart(p, everyone);
        String first = draft.firstLine();
        return who + " \u00b7 " + when(draft) + "\n" + (first.isEmpty() ? "Nothing written yet" : first);
    }

    private String when(MessageDraft draft) {
        if (draft.updatedAt() == null) {
            return "";
        }
        ZonedDateTime at = draft.updatedAt().atZone(clock.getZone());
        LocalDate today = LocalDate.now(clock);
        LocalDate day = at.toLocalDate();
        String time = Dates.time(at);
        if (day.equals(today)) {
            return "today at " + time;
        }
        if (day.equals(today.minusDays(1))) {
            return "yesterday at " + time;
        }
        return Dates.day(day);
    }

    public StringProperty textProperty() {
        return text;
    }

    /** Who the open draft is written to, or null for no one in particular. */
    public ObjectProperty<Person> personProperty() {
        return person;
    }

    /** "Saved" once the latest text is kept, empty while typing, or what happened (kept, deleted, what went wrong). */
    public ReadOnlyStringProperty savedProperty() {
        return saved.getReadOnlyProperty();
    }

    /** The uuid of the open draft (a new draft has one before it is first kept). */
    public ReadOnlyStringProperty openUuidProperty() {
        return openUuid.getReadOnlyProperty();
    }

    /** The kept drafts, newest started first. */
    public ObservableList<MessageDraft> drafts() {
        return kept;
    }

    /** Everyone in People (archived too), to tell namesakes apart. */
    public ObservableList<Person> everyone() {
        return everyone;
    }

    /** Who a draft can be written to: people not archived, and archived ones a draft is written to. */
    public ObservableList<Person> choices() {
        return choices;
    }

    /** Whether there is something to delete: a kept draft, or words or a person not kept yet. */
    public BooleanBinding canDeleteBinding() {
        return canDelete;
    }
}
