package commonground.privacy;

import commonground.shell.PassphraseStrength;
import commonground.care.CareNotices;
import commonground.shell.DatabaseThread;
import commonground.shell.Dialogs;
import commonground.storage.PrivacyLock;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The privacy screen: turn the passphrase lock on (then show the recovery key once), change the
 * passphrase, choose the auto-lock time, lock now, or turn the lock off again.
 */
public final class PrivacyViewModel {

    /** What the screen shows. */
    public enum Stage { LOADING, OFF, RECOVERY_KEY, ON }

    private final PrivacyLock lock;
    private final DatabaseThread dbThread;
    private final Dialogs dialogs;
    private final LockControl control;
    private final LockKeyCommands commands;
    private final LockTurnOff turnOff;

    private final ReadOnlyObjectWrapper<Stage> stage = new ReadOnlyObjectWrapper<>(Stage.LOADING);
    private final PassphraseChoice choice = new PassphraseChoice();
    /** The current passphrase or the recovery key, asked before the lock is changed or turned off. */
    private final StringProperty current = new SimpleStringProperty("");
    private final IntegerProperty autoLockMinutes = new SimpleIntegerProperty(PrivacyLock.DEFAULT_AUTO_LOCK_MINUTES);
    private final StringProperty recoveryKey = new SimpleStringProperty("");
    private final BooleanProperty recoveryKeyKept = new SimpleBooleanProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty messageIsProblem = new SimpleBooleanProperty();
    private boolean loadingSettings;
    private final CareNotices care;
    /** "Show a gentle notice when what I write sounds like I'm not safe". */
    private final BooleanProperty gentleNotice = new SimpleBooleanProperty(this, "gentleNotice", true);
    /** Whether another computer this one syncs with keeps its lock on; asked on the database thread. */
    private java.util.function.BooleanSupplier othersKeepLock = () -> false;
    /** Back to Sync, which asked for the lock; offered once the lock is on and its key kept. */
    private final BackToSync backToSync = new BackToSync();
    /** Whether Home's "Recently" names notes by their titles; for this session only until {@link #keepNoteTitlesIn}. */
    private NoteTitlesChoice noteTitles = NoteTitlesChoice.inMemory();

    public PrivacyViewModel(PrivacyLock lock, DatabaseThread dbThread, Dialogs dialogs, LockControl control) {
        this(lock, dbThread, dialogs, control, CareNotices.inMemory());
    }

    /** With the gentle notices shared across the app, turned on and off here. */
    public PrivacyViewModel(PrivacyLock lock, DatabaseThread dbThread, Dialogs dialogs, LockControl control,
                            CareNotices care) {
        this.care = care;
        gentleNotice.set(care.enabledProperty().get());
        care.enabledProperty().addListener((obs, old, now) -> gentleNotice.set(now));
        gentleNotice.addListener((obs, old, now) -> care.setEnabled(now));
        this.lock = lock;
        this.dbThread = dbThread;
        this.dialogs = dialogs;
        this.control = control;
        stage.addListener((obs, old, now) -> backToSync.update(now == Stage.ON));
        Screen screen = new Screen();
        this.commands = new LockKeyCommands(lock, dbThread, dialogs, screen);
        this.turnOff = new LockTurnOff(lock, dbThread, dialogs, screen, () -> othersKeepLock.getAsBoolean(), () -> {
            stage.set(Stage.OFF);
            control.lockSettingsChanged(false, 0);
        });
        FieldMessages.forgetWhenTyped(message, busy, () -> say("", false), current, choice.passphrase(),
                choice.repeat());
        autoLockMinutes.addListener((obs, old, now) -> {
            if (!loadingSettings && stage.get() == Stage.ON) {
                saveAutoLock(now.intValue());
            }
        });
    }

    /** How to learn whether another computer this one syncs with keeps its lock on (read on the database thread). */
    public void othersKeepLock(java.util.function.BooleanSupplier others) {
        this.othersKeepLock = others;
    }

    /**
     * Sync sent the user here because another computer keeps its writing behind a passphrase:
     * once the lock is on and its recovery key kept, "Back to Sync" ({@link #goBack()}) is offered,
     * and stays offered until it is used (also after the app locked while the key was shown).
     */
    public void comeBackAfterLockOn(Runnable back) {
        say(PrivacyWords.LOCK_FOR_SYNC, false);
        backToSync.set(back, stage.get() == Stage.ON);
    }

    /** Goes back to Sync, which asked for the lock; the offer goes with it. */
    public void goBack() {
        Runnable back = backToSync.take();
        say("", false);
        if (back != null) {
            back.run();
        }
    }

    /** True while "Back to Sync" is offered: the lock is on here and the user came from Sync. */
    public javafx.beans.property.ReadOnlyBooleanProperty backOfferedProperty() {
        return backToSync.offeredProperty();
    }

    /** Keeps the choice to name notes by their titles on Home in {@code store} (read on the next load). */
    public void keepNoteTitlesIn(NoteTitlesChoice.Store store) {
        noteTitles = new NoteTitlesChoice(dbThread, store);
    }

    public NoteTitlesChoice noteTitles() {
        return noteTitles;
    }

    /** Reads whether the lock is on, its idle time, and the choices on this screen. */
    public void load() {
        care.load();
        noteTitles.load();
        dbThread.run(() -> lock.isEnabled() ? lock.autoLockMinutes() : -1, minutes -> {
            loadingSettings = true;
            if (minutes >= 0) {
                autoLockMinutes.set(minutes);
            }
            loadingSettings = false;
            if (stage.get() != Stage.RECOVERY_KEY) {
                stage.set(minutes >= 0 ? Stage.ON : Stage.OFF);
            }
        }, error -> say(error.getMessage(), true));
    }

    /** Why the passphrase cannot be used yet, or null when it can. */
    public String passphraseProblem() {
        return choice.problem();
    }

    /**
     * What stands in the way of the passphrase fields, for the line under them: empty until the
     * repeat is typed, so no one is scolded halfway through typing.
     */
    public javafx.beans.binding.StringBinding passphraseHintProperty() {
        return choice.hint();
    }

    public StringProperty currentPassphraseProperty() {
        return current;
    }

    /**
     * Why the passphrase button (Turn on the lock, Change passphrase) cannot be pressed yet, for a
     * line beside it; empty when it can, or while the app is working on it.
     */
    public javafx.beans.binding.StringBinding submitBlockedProperty() {
        return Bindings.createStringBinding(() -> {
            if (busy.get()) {
                return "";
            }
            if (choice.passphrase().get().isEmpty()) {
                return "Type a passphrase, then the same again.";
            }
            String problem = passphraseProblem();
            // Said once, under the field, not again beside the button.
            return problem == null ? "" : problem.equals(choice.hintText()) ? PrivacyWords.SEE_FIELD : problem;
        }, choice.passphrase(), choice.repeat(), busy);
    }

    public BooleanBinding canSubmitProperty() {
        return Bindings.createBooleanBinding(() -> !busy.get() && passphraseProblem() == null, choice.passphrase(),
                choice.repeat(), busy);
    }

    /** Turns the lock on; when done, the recovery key is shown once. */
    public void turnOn() {
        String problem = passphraseProblem();
        if (problem != null) {
            say(problem, true);
            return;
        }
        char[] chosen = choice.chars();
        int minutes = autoLockMinutes.get();
        busy.set(true);
        say("Encrypting what you have written. This can take a moment.", false);
        dbThread.run(() -> {
            try {
                return lock.enable(chosen, minutes);
            } finally {
                java.util.Arrays.fill(chosen, '\0');
            }
        }, enabled -> {
            busy.set(false);
            clearFields();
            recoveryKey.set(enabled.recoveryKey());
            recoveryKeyKept.set(false);
            stage.set(Stage.RECOVERY_KEY);
            String backups = enabled.backupsLeftReadable().isEmpty()
                    ? "The lock is on. What you write, and your earlier backups, are now stored encrypted. "
                    : "The lock is on. " + enabled.backupsLeftReadable().size() + " earlier backup(s) could not be "
                    + "opened to encrypt them and are still readable; you may want to delete them: "
                    + enabled.backupsLeftReadable() + ". ";
            say(backups + PrivacyWords.OTHER_COPIES, !enabled.backupsLeftReadable().isEmpty());
            control.lockSettingsChanged(true, minutes);
            if (enabled.compactionProblem() != null) {
                retryCompaction(enabled.compactionProblem());
            }
        }, error -> {
            busy.set(false);
            say("The lock was not turned on, and nothing was changed: " + error.getMessage(), true);
        });
    }

    /** The recovery key was written down: it is not shown again. */
    public void recoveryKeyDone() {
        recoveryKey.set("");
        stage.set(Stage.ON);
        say("", false);
    }

    /**
     * Turns the lock off: checks the current passphrase (or recovery key) first, then asks, then
     * stores everything readable again; see {@link LockTurnOff}.
     */
    public void turnOff() {
        turnOff.run();
    }

    public void lockNow() {
        control.lockNow();
    }

    /** Sets a new passphrase, after the current passphrase (or recovery key); backups follow. */
    public void changePassphrase() {
        commands.changePassphrase();
    }

    /** A new recovery key, shown once; see {@link LockKeyCommands#replaceRecoveryKey()}. */
    public void replaceRecoveryKey() {
        commands.replaceRecoveryKey();
    }

    /** Everything encrypted again under a new key; see {@link LockKeyCommands#rotateDataKey()}. */
    public void rotateDataKey() {
        commands.rotateDataKey();
    }

    /** What {@link LockKeyCommands} may do to this screen. */
    private final class Screen implements LockKeyCommands.Screen {
        @Override
        public String current() {
            return current.get();
        }

        @Override
        public PassphraseChoice choice() {
            return choice;
        }

        @Override
        public void say(String text, boolean problem) {
            PrivacyViewModel.this.say(text, problem);
        }

        @Override
        public void busy(boolean now) {
            busy.set(now);
        }

        @Override
        public void clearFields() {
            PrivacyViewModel.this.clearFields();
        }

        @Override
        public void clearCurrent() {
            current.set("");
        }

        @Override
        public void showRecoveryKey(String key) {
            clearFields();
            recoveryKey.set(key);
            recoveryKeyKept.set(false);
            stage.set(Stage.RECOVERY_KEY);
        }
    }

    /** The lock was on, but compacting the file failed: said plainly, and tried once more. */
    private void retryCompaction(String problem) {
        say(PrivacyWords.tidyingAgain(problem), true);
        dbThread.run(() -> {
            lock.compact();
            return null;
        }, ok -> say(PrivacyWords.TIDIED, false), error -> say(PrivacyWords.notTidied(error.getMessage()), true));
    }

    /** The app is locking: forget what was shown or typed; a key not yet kept is said to be gone (see below). */
    public void onLock() {
        clearFields();
        if (stage.get() == Stage.RECOVERY_KEY && recoveryKeyKept.get()) {
            recoveryKeyDone(); // ticked as written down, then locked at once: as good as Done
        } else if (stage.get() == Stage.RECOVERY_KEY) {
            recoveryKey.set("");
            recoveryKeyKept.set(false);
            stage.set(Stage.ON);
            say("The app locked while your recovery key was shown, so it is no longer shown. If you did not write "
                    + "it down, type your passphrase below and choose \"Replace the recovery key\".", true);
        } else {
            say("", false);
        }
    }

    private void saveAutoLock(int minutes) {
        dbThread.run(() -> {
            lock.setAutoLockMinutes(minutes);
            return null;
        }, ok -> {
            say(minutes == 0 ? "The app will not lock by itself." : "The app will lock after " + minutes
                    + (minutes == 1 ? " minute" : " minutes") + " without use.", false);
            control.lockSettingsChanged(true, minutes);
        }, error -> say("The auto-lock time was not saved: " + error.getMessage(), true));
    }

    private void clearFields() {
        current.set("");
        choice.clear();
    }

    private void say(String text, boolean problem) {
        message.set(text);
        messageIsProblem.set(problem);
    }

    public ReadOnlyObjectProperty<Stage> stageProperty() {
        return stage.getReadOnlyProperty();
    }

    public BooleanProperty gentleNoticeProperty() {
        return gentleNotice;
    }

    public StringProperty passphraseProperty() {
        return choice.passphrase();
    }

    public StringProperty repeatProperty() {
        return choice.repeat();
    }

    public ObjectProperty<PassphraseStrength> strengthProperty() {
        return choice.strength();
    }

    public IntegerProperty autoLockMinutesProperty() {
        return autoLockMinutes;
    }

    public StringProperty recoveryKeyProperty() {
        return recoveryKey;
    }

    public BooleanProperty recoveryKeyKeptProperty() {
        return recoveryKeyKept;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty messageIsProblemProperty() {
        return messageIsProblem;
    }

    /** Writes the recovery key to {@code file}, readable by the user alone, away from the JavaFX thread. */
    public void saveRecoveryKey(java.nio.file.Path file) {
        String text = PrivacyWords.recoveryKeyFile(recoveryKey.get());
        dbThread.run(() -> {
            commonground.storage.PrivateFiles.writeString(file, text);
            return null;
        }, ok -> message.set("Saved to " + file + ". Consider moving it off this computer."),
                error -> message.set("The key could not be saved there: " + error.getMessage()));
    }
}
