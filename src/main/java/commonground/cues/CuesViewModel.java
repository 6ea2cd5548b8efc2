package commonground.cues;

import commonground.content.Practices;
import commonground.people.Person;
import commonground.shell.DatabaseThread;
import commonground.shell.ReloadedList;
import commonground.people.PeopleRepository;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * What the three tabs of the Cues screen share: the people, the chosen person, the cues (built-in
 * and custom) and the practices. Holds the view models of the tabs.
 */
public final class CuesViewModel {

    private final PeopleRepository people;
    private final UserCueRepository userCues;
    private final CheckInRepository checkIns;
    private final CheckInHistoryRepository history;
    private final DatabaseThread dbThread;
    private final CompletableFuture<Practices> practices;
    private volatile CueCatalogue catalogue;

    private final ObservableList<Person> persons = FXCollections.observableArrayList();
    private final ObjectProperty<Person> person = new SimpleObjectProperty<>(this, "person");
    private final ObservableList<Cue> cues = FXCollections.observableArrayList();
    /** The cues on the chosen person's checklist: shared ones and those particular to them. */
    private final javafx.collections.transformation.FilteredList<Cue> checklist = new javafx.collections
            .transformation.FilteredList<>(cues, c -> c.isFor(null));
    private final ObservableList<String> activities = FXCollections.observableArrayList();
    private final ObjectProperty<Practices> loadedPractices = new SimpleObjectProperty<>(this, "practices");
    private final ObjectProperty<CuesTab> tab = new SimpleObjectProperty<>(this, "tab", CuesTab.CHECK_IN);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");

    private final CheckInViewModel checkIn;
    private final OverTimeViewModel overTime;
    private final UserCuesViewModel yourCues;
    /** Keeps the check-in being filled in between runs; null when not kept (some tests). */
    private final CheckInKeeper keeper;

    public CuesViewModel(PeopleRepository people, UserCueRepository userCues, CheckInRepository checkIns,
                         CheckInHistoryRepository history,
                         ComfortMapRepository comfort, DatabaseThread dbThread,
                         commonground.shell.Dialogs dialogs, CompletableFuture<Practices> practices, Clock clock) {
        this(people, userCues, checkIns, history, comfort, dbThread, dialogs, practices, clock,
                commonground.care.CareNotices.inMemory());
    }

    /** With the gentle notices shared across the app. */
    public CuesViewModel(PeopleRepository people, UserCueRepository userCues, CheckInRepository checkIns,
                         CheckInHistoryRepository history,
                         ComfortMapRepository comfort, DatabaseThread dbThread,
                         commonground.shell.Dialogs dialogs, CompletableFuture<Practices> practices, Clock clock,
                         commonground.care.CareNotices care) {
        this(people, userCues, checkIns, history, comfort, dbThread, dialogs, practices, clock, care, null, null);
    }

    /** With the check-in being filled in kept as it is typed ({@code drafts}, autosaved after {@code pauses}). */
    public CuesViewModel(PeopleRepository people, UserCueRepository userCues, CheckInRepository checkIns,
                         CheckInHistoryRepository history,
                         ComfortMapRepository comfort, DatabaseThread dbThread,
                         commonground.shell.Dialogs dialogs, CompletableFuture<Practices> practices, Clock clock,
                         commonground.care.CareNotices care, CheckInDraftRepository drafts,
                         commonground.shell.Pauses pauses) {
        this.people = people;
        person.addListener((obs, old, now) -> checklist.setPredicate(c -> c.isFor(now == null ? null : now.id())));
        this.userCues = userCues;
        this.checkIns = checkIns;
        this.history = history;
        this.dbThread = dbThread;
        this.practices = practices;
        this.checkIn = new CheckInViewModel(this, checkIns, dbThread, clock, care, dialogs);
        this.overTime = new OverTimeViewModel(this, checkIns, history, comfort, dbThread, dialogs);
        this.yourCues = new UserCuesViewModel(this, userCues, dbThread);
        this.keeper = drafts == null ? null : new CheckInKeeper(checkIn, this, drafts, dbThread, pauses);
        tab.addListener((obs, old, now) -> {
            if (now == CuesTab.CHECK_IN) {
                checkIn.showing();
            }
        });
    }

    /** The page is shown: loads what it lists, and a new check-in not dated by the user is dated now. */
    public void onShow() {
        checkIn.showing();
        reload();
    }

    /** Keeps the check-in being filled in now (leaving the page, closing the app). */
    public void flush() {
        if (keeper != null) {
            keeper.flush();
        }
    }

    /**
     * The app is locking: what Over time showed of earlier check-ins is dropped; a check-in being
     * written stays as typed. {@link #reload()} reads the rest again after unlocking.
     */
    public void onLock() {
        overTime.onLock();
    }

    /** Loads people, cues and activity tags; keeps the chosen person when they are still there. */
    public void reload() {
        dbThread.run(() -> {
            Practices p = practices.join();
            if (catalogue == null) {
                catalogue = CueCatalogue.load(p);
            }
            List<Cue> all = new ArrayList<>(catalogue.all());
            all.addAll(userCues.all());
            return new Loaded(people.active(), all, history.activities(), p);
        }, this::apply, error -> problem.set("The cue list could not be loaded. " + message(error)));
    }

    private void apply(Loaded loaded) {
        problem.set("");
        loadedPractices.set(loaded.practices());
        // Shown again with nothing changed, the checklist stays as it is.
        ReloadedList.setAll(cues, loaded.cues());
        ReloadedList.setAll(activities, loaded.activities());
        Person current = person.get();
        ReloadedList.setAll(persons, loaded.people());
        Person keep = current == null ? null
                : persons.stream().filter(p -> p.id() == current.id()).findFirst().orElse(null);
        if (keep == null && !persons.isEmpty()) {
            keep = persons.get(0);
        }
        person.set(keep);
        overTime.reload();
        if (keeper != null) {
            keeper.restoreOnce();
        }
    }

    /**
     * Opens this check-in, as the long game's "Open it" asks: its person chosen, Over time shown with
     * the check-in selected. Says so when it is gone or its person is no longer listed.
     */
    public void openCheckIn(long checkInId) {
        dbThread.run(() -> checkIns.find(checkInId), found -> {
            if (found.isEmpty()) {
                problem.set("That check-in is no longer here; it may have been deleted.");
                return;
            }
            CheckIn checkIn = found.get();
            Person owner = persons.stream().filter(p -> p.id() == checkIn.personId()).findFirst().orElse(null);
            if (owner == null) {
                problem.set("That check-in is about someone who is no longer in your list of people.");
                return;
            }
            person.set(owner);
            if (person.get() == null || person.get().id() != owner.id()) {
                return; // the user chose to stay with an unsaved check-in about someone else
            }
            problem.set("");
            tab.set(CuesTab.OVER_TIME);
            overTime.show(checkIn.id());
        }, error -> problem.set("That check-in could not be opened. " + message(error)));
    }

    /** What to say when a save failed: the disk is full, or what went wrong; what was typed stays. */
    static String notSaved(Throwable error) {
        boolean full = error instanceof commonground.storage.StorageException se && se.isDiskFull();
        return full ? error.getMessage()
                : "This could not be saved; everything you wrote is still here. " + message(error);
    }

    static String message(Throwable error) {
        Throwable t = error;
        while (t.getCause() != null && (t.getMessage() == null || t instanceof java.util.concurrent.CompletionException)) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    /** The cue with this key, retired ones included. */
    public java.util.Optional<Cue> cue(String key) {
        return cues.stream().filter(c -> c.key().equals(key)).findFirst();
    }

    public ObservableList<Person> persons() {
        return persons;
    }

    public ObjectProperty<Person> personProperty() {
        return person;
    }

    /** The cues on the chosen person's checklist (retired included): shared ones and theirs. */
    public ObservableList<Cue> checklistCues() {
        return checklist;
    }

    /** Every cue: built-in first, then custom ones (retired included). */
    public ObservableList<Cue> cues() {
        return cues;
    }

    public ObservableList<String> activities() {
        return activities;
    }

    public ObjectProperty<Practices> practicesProperty() {
        return loadedPractices;
    }

    public ObjectProperty<CuesTab> tabProperty() {
        return tab;
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public CheckInViewModel checkIn() {
        return checkIn;
    }

    public OverTimeViewModel overTime() {
        return overTime;
    }

    public UserCuesViewModel yourCues() {
        return yourCues;
    }

    private record Loaded(List<Person> people, List<Cue> cues, List<String> activities, Practices practices) {
    }
}
