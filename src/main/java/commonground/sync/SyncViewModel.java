package commonground.sync;

import commonground.shell.DatabaseThread;
import commonground.shell.Dialogs;
import commonground.shell.Navigator;
import commonground.shell.PassphraseStrength;
import commonground.storage.sync.ConflictCopy;
import commonground.storage.sync.SyncEngine;
import commonground.storage.sync.SyncException;
import commonground.storage.sync.SyncReport;
import commonground.storage.sync.SyncStatus;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * The Sync page: start a sync or join one (folder, sync passphrase, this computer's name), then
 * see when it last synced, the other computers, "Sync now", stopping, and the conflict copies to
 * deal with. The engine runs on the database thread; this only holds what the page shows.
 */
public final class SyncViewModel {

    static final int MIN_PASSPHRASE = 8;
    /** The folder often sits with a sync service, so its passphrase is held to the lock's rule at least. */
    static final String EASY_TO_GUESS = "This sync passphrase would be easy to guess, and the folder may be kept by "
            + "a sync service. Three or four unrelated words, like a small sentence only you would write, work well.";
    /** Privacy's module id, and what asks it to come back to Sync once the lock is on. */
    static final String PRIVACY = "privacy";
    public static final String LOCK_THEN_SYNC = "lock-then:sync";
    private static final Map<String, String> PLACES = Map.ofEntries(
            Map.entry("note", "A note"),
            Map.entry("scenario_run", "A walk-through answer"),
            Map.entry("person", "About a person"),
            Map.entry("check_in", "A check-in"),
            Map.entry("needs_checkin", "A needs check-in"),
            Map.entry("need_source", "Where a need is met"),
            Map.entry("comfort_item", "A comfort map"),
            Map.entry("support_contact", "Someone to call"),
            Map.entry("practice_session", "A practice conversation"),
            Map.entry("come_back", "How it went, coming back"),
            Map.entry("good_moment", "A good moment"),
            Map.entry("disclosure_own_step", "A step of your own"),
            Map.entry("disclosure_step_taken", "A step you took"),
            Map.entry("news_situation", "Hard news"),
            Map.entry("news_told", "Who knows what"),
            Map.entry("user_cue", "A cue of your own"));

    private final SyncEngine engine;
    private final DatabaseThread db;
    private final Dialogs dialogs;
    private final Clock clock;
    private final Navigator navigator;

    private final StringProperty folder = new SimpleStringProperty(this, "folder", "");
    private final StringProperty passphrase = new SimpleStringProperty(this, "passphrase", "");
    private final StringProperty computerName = new SimpleStringProperty(this, "computerName", "");
    private final ReadOnlyObjectWrapper<PassphraseStrength> strength =
            new ReadOnlyObjectWrapper<>(this, "strength", PassphraseStrength.EMPTY);
    private final ReadOnlyBooleanWrapper on = new ReadOnlyBooleanWrapper(this, "on", false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper messageIsProblem = new ReadOnlyBooleanWrapper(this, "messageIsProblem");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyBooleanWrapper folderThere = new ReadOnlyBooleanWrapper(this, "folderThere", true);
    private final ReadOnlyBooleanWrapper lockNeeded = new ReadOnlyBooleanWrapper(this, "lockNeeded", false);
    private final ObservableList<String> devices = FXCollections.observableArrayList();
    private final ObservableList<ConflictItem> conflicts = FXCollections.observableArrayList();
    /** Kept, since an unmodifiable view listens to its list only weakly. */
    private final ObservableList<String> devicesView = FXCollections.unmodifiableObservableList(devices);
    private final ObservableList<ConflictItem> conflictsView = FXCollections.unmodifiableObservableList(conflicts);

    public SyncViewModel(SyncEngine engine, DatabaseThread db, Dialogs dialogs, Clock clock, String computerName) {
        this(engine, db, dialogs, clock, computerName, moduleId -> { });
    }

    /** With the navigator that opens Privacy when the lock must be turned on here first. */
    public SyncViewModel(SyncEngine engine, DatabaseThread db, Dialogs dialogs, Clock clock, String computerName,
                         Navigator navigator) {
        this.navigator = navigator;
        this.engine = engine;
        this.db = db;
        this.dialogs = dialogs;
        this.clock = clock;
        this.computerName.set(computerName);
        passphrase.addListener((obs, old, now) -> strength.set(PassphraseStrength.of(now)));
        // Automatic syncs (on start, every few minutes, when the folder changes) run without this page:
        // after each, what it shows is read again, so "Last synced at" is always the last one.
        // A refresh that fails (the data locked meanwhile) leaves the page as it was; opening it reads again.
        engine.afterEachSync(() -> db.run(this::read, this::show, failure -> { }));
    }

    /** What the page shows, read together on the database thread. */
    private record Loaded(SyncStatus status, List<ConflictCopy> conflicts, boolean lockedHere) {
    }

    /** A sync's report with the state after it. */
    private record Outcome(SyncReport report, Loaded loaded) {
    }

    private Loaded read() {
        SyncStatus status = engine.status();
        return new Loaded(status, status.on() ? engine.conflicts() : List.of(), engine.lockOnHere());
    }

    /**
     * The app locks: the texts kept from two computers are dropped (they are read again after
     * unlocking, by {@link #load()}), and so is a sync passphrase typed but not used.
     */
    public void forgetTexts() {
        conflicts.clear();
        passphrase.set("");
    }

    /** Reads the state of sync (on the database thread). */
    public void load() {
        run(this::read, this::show);
    }

    public void start() {
        if (passphrase.get().length() >= MIN_PASSPHRASE && strength.get() == PassphraseStrength.WEAK) {
            problem(EASY_TO_GUESS);
            return;
        }
        Path chosen = chosenFolder(passphrase.get().length() >= MIN_PASSPHRASE);
        if (chosen == null) {
            return;
        }
        if (passphrase.get().length() < MIN_PASSPHRASE) {
            problem("Please choose a sync passphrase of at least " + MIN_PASSPHRASE + " characters; a few words "
                    + "you will remember are best. You will type it on each computer that joins.");
            return;
        }
        char[] secret = passphrase.get().toCharArray();
        String name = computerName.get();
        run(() -> new Outcome(engine.start(chosen, secret, name), read()),
                o -> afterSync(o, "Syncing has started."), true);
    }

    public void join() {
        Path chosen = chosenFolder();
        if (chosen == null) {
            return;
        }
        if (passphrase.get().isEmpty()) {
            problem("Please type the sync passphrase you chose on your other computer.");
            return;
        }
        char[] secret = passphrase.get().toCharArray();
        String name = computerName.get();
        run(() -> new Outcome(engine.join(chosen, secret, name), read()),
                o -> afterSync(o, "This computer has joined."), true);
    }

    /**
     * Opens Privacy at its lock, because another computer keeps its writing behind a passphrase;
     * once the lock is on there, Privacy comes back here.
     */
    public void turnLockOn() {
        navigator.show(PRIVACY, LOCK_THEN_SYNC);
    }

    public void syncNow() {
        run(() -> new Outcome(engine.syncNow(), read()), o -> afterSync(o, ""));
    }

    /** Stops syncing on this computer, after asking; the data here and in the folder stays. */
    public void stop() {
        if (!dialogs.confirm("Stop syncing on this computer?", "Your journal stays here as it is, and your other "
                + "computers keep what they have. Changes made here from now on are not shared.", "Stop syncing")) {
            return;
        }
        run(() -> {
            engine.stop();
            return read();
        }, loaded -> {
            show(loaded);
            say("This computer no longer syncs. Everything you wrote is still here.");
        });
    }

    /** The user has dealt with a conflict copy: it goes here and, at the next sync, on the other computers. */
    public void dismiss(ConflictItem item) {
        run(() -> {
            engine.dismiss(item.id());
            return read();
        }, this::show);
    }

    private Path chosenFolder() {
        return chosenFolder(false);
    }

    /** The folder typed or picked; when {@code starting}, a folder not there yet is made if the user agrees. */
    private Path chosenFolder(boolean starting) {
        return FolderChoice.of(folder.get(), starting, dialogs, this::problem);
    }

    private <T> void run(Callable<T> work, java.util.function.Consumer<T> done) {
        run(work, done, false);
    }

    /**
     * Runs {@code work} on the database thread. With {@code usesPassphrase} (start, join), the typed
     * passphrase is cleared afterwards, except when joining waits for the lock here: then it is kept,
     * in memory only, with the folder, so Join works once the lock is on without typing it again.
     */
    private <T> void run(Callable<T> work, java.util.function.Consumer<T> done, boolean usesPassphrase) {
        busy.set(true);
        db.run(work, result -> {
            busy.set(false);
            if (usesPassphrase) {
                passphrase.set("");
            }
            done.accept(result);
        }, failure -> {
            busy.set(false);
            boolean waitsForLock = failure instanceof SyncException e && e.isLockNeeded();
            if (waitsForLock) {
                lockNeeded.set(true);
            } else if (usesPassphrase) {
                passphrase.set("");
            }
            problem(failure instanceof SyncException ? failure.getMessage()
                    : "Sync did not work this time (" + failure.getMessage() + "). Everything is kept here.");
        });
    }

    private void afterSync(Outcome o, String lead) {
        show(o.loaded());
        SyncReport report = o.report();
        if (report.problems().isEmpty()) {
            say(lead + " " + (report.filesApplied() > 0 ? "Changes from your other computers are here."
                    : "Everything is shared."));
        } else {
            problem(String.join("\n", report.problems()));
        }
    }

    private void show(Loaded loaded) {
        SyncStatus status = loaded.status();
        on.set(status.on());
        if (status.on()) {
            lockNeeded.set(status.lockNeeded());
        } else if (loaded.lockedHere() && lockNeeded.get()) {
            lockNeeded.set(false);
            say(passphrase.get().isEmpty() ? "The lock is on here now. Type the sync passphrase again and choose "
                    + "Join a sync." : "The lock is on here now. Choose Join a sync to bring your writing in.");
        }
        if (!status.on()) {
            summary.set("");
            devices.clear();
            conflicts.clear();
            return;
        }
        summary.set("Syncing through " + status.folder() + " as \u201c" + status.deviceName() + "\u201d. "
                + lastSynced(status.lastSynced()));
        folderThere.set(status.folderThere());
        if (!status.folderThere()) {
            problem(SyncEngine.folderMissing(status.folder()));
        } else if (status.lastProblem() != null) {
            problem(status.lastProblem());
        } else if (messageIsProblem.get()) {
            say("");
        }
        devices.setAll(status.devices().stream().map(d -> d.name() + (d.left() ? " (no longer syncs)" : "")
                + (d.lastSynced() == null ? "" : ", last synced " + when(d.lastSynced()))).toList());
        conflicts.setAll(loaded.conflicts().stream().map(c -> new ConflictItem(c.uuid(),
                PLACES.getOrDefault(c.table(), "A record"), "written " + when(c.writtenAt()), c.text())).toList());
    }

    /** "Last synced at 14:02." today (local time), "Last synced on 28 Nov 2026 at 09:15." before. */
    String lastSynced(Instant instant) {
        if (instant == null) {
            return "Not synced yet.";
        }
        ZonedDateTime t = instant.atZone(clock.getZone());
        String time = commonground.shell.Dates.time(t); // the locale's style, as everywhere else
        if (t.toLocalDate().equals(LocalDate.now(clock))) {
            return "Last synced at " + time + ".";
        }
        return "Last synced on " + t.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)) + " at " + time + ".";
    }

    /** "today at 14:02", "on 28 Nov 2026 at 09:15". */
    String when(Instant instant) {
        ZonedDateTime t = instant.atZone(clock.getZone());
        String time = commonground.shell.Dates.time(t); // the locale's style, as everywhere else
        if (t.toLocalDate().equals(LocalDate.now(clock))) {
            return "today at " + time;
        }
        return "on " + t.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)) + " at " + time;
    }

    private void say(String text) {
        messageIsProblem.set(false);
        message.set(text.strip());
    }

    private void problem(String text) {
        messageIsProblem.set(true);
        message.set(text);
    }

    public StringProperty folderProperty() {
        return folder;
    }

    public StringProperty passphraseProperty() {
        return passphrase;
    }

    /** How hard the typed sync passphrase would be to guess; starting a sync refuses a weak one. */
    public ReadOnlyObjectProperty<PassphraseStrength> strengthProperty() {
        return strength.getReadOnlyProperty();
    }

    public StringProperty computerNameProperty() {
        return computerName;
    }

    public ReadOnlyBooleanProperty onProperty() {
        return on.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty messageIsProblemProperty() {
        return messageIsProblem.getReadOnlyProperty();
    }

    /** False while the sync folder cannot be reached (an unplugged drive, a share not connected). */
    public ReadOnlyBooleanProperty folderThereProperty() {
        return folderThere.getReadOnlyProperty();
    }

    /**
     * True while another computer keeps its writing behind a passphrase and this one has no lock:
     * joining is refused, or nothing more is brought in, until the lock is on here.
     */
    public ReadOnlyBooleanProperty lockNeededProperty() {
        return lockNeeded.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ObservableList<String> devices() {
        return devicesView;
    }

    public ObservableList<ConflictItem> conflicts() {
        return conflictsView;
    }
}
