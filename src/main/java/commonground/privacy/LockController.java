package commonground.privacy;

import commonground.shell.AppModule;
import commonground.shell.DatabaseThread;
import commonground.shell.SecretClipboard;
import commonground.shell.ShellModel;
import commonground.storage.Database;
import commonground.storage.PrivacyLock;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.util.Duration;

import java.util.function.Consumer;

/**
 * Whether the window shows the app or only the unlock screen: locking (Lock now, Ctrl+L, after the
 * idle time), unlocking, and what the lock's state means after the data file was opened, restored
 * or replaced. Before locking, each module saves what is pending.
 */
public final class LockController implements LockControl {

    private static final System.Logger LOG = System.getLogger(LockController.class.getName());

    private final Database database;
    private final PrivacyLock privacyLock;
    private final DatabaseThread dbThread;
    private final ShellModel shellModel;
    private final Consumer<Node> window;
    private Node shellView;
    private final Consumer<Boolean> lockHint;
    private final SecretClipboard clipboard;
    private final java.util.List<Runnable> alsoOnLock = new java.util.ArrayList<>();
    private final java.util.List<Runnable> alsoOnUnlock = new java.util.ArrayList<>();
    private AutoLock autoLock;
    private UnlockViewModel unlockModel;
    /** True from locking until the passphrase is given again. */
    private boolean locked;
    /** Opens help over the lock screen (the "Help (F1)" link); set once care is built. */
    private Runnable helpAction = () -> { };
    /** What went wrong while locking, said on the unlock screen until the next unlock. */
    private String lockProblem;

    /**
     * {@code window} shows a node as the window's whole content; {@code lockHint} remembers for the
     * next start whether the lock is on, so its first frame can be the unlock screen.
     */
    public LockController(Database database, PrivacyLock privacyLock, DatabaseThread dbThread, ShellModel shellModel,
                          Consumer<Node> window, Consumer<Boolean> lockHint, SecretClipboard clipboard) {
        this.database = database;
        this.clipboard = clipboard;
        this.privacyLock = privacyLock;
        this.dbThread = dbThread;
        this.shellModel = shellModel;
        this.window = window;
        this.lockHint = lockHint;
        shellModel.setLockAction(this::lockNow);
    }

    /**
     * The first frame: the unlock screen (not yet ready) if the lock was on last time, else
     * {@code shellView}, the app, which is what the window shows whenever it is not locked.
     */
    public void showFirst(Node shellView, boolean lockedLastTime) {
        this.shellView = shellView;
        if (lockedLastTime) {
            showUnlock(false);
        } else {
            window.accept(shellView);
        }
    }

    /**
     * Adds something to forget on every lock, after the modules: a cache of the user's text kept
     * outside any module (such as the sentences the gentle notices have judged).
     */
    public void alsoOnLock(Runnable forget) {
        alsoOnLock.add(forget);
    }

    /** Adds something to read again after every unlock (what an {@link #alsoOnLock} hook forgot). */
    public void alsoOnUnlock(Runnable reread) {
        alsoOnUnlock.add(reread);
    }

    /** What the lock screen's "Help (F1)" link opens: the public numbers to call, over the lock screen. */
    public void setHelpAction(Runnable help) {
        this.helpAction = help;
    }

    /** Starts watching the window for idle time, once it has its scene. */
    public void watchIdleTime(Scene scene) {
        autoLock = new AutoLock(scene, this::lockNow);
    }

    /** The data file is open: show the unlock screen, ready, if the lock is on, else the app. */
    public void databaseOpened() {
        lockHint.accept(database.isLockEnabled());
        if (database.isLockEnabled()) {
            if (!locked) {
                showUnlock(true);
            }
            unlockModel.readyProperty().set(true);
        } else if (locked) {
            locked = false;
            window.accept(shellView);
        }
    }

    /** The app is closing: the time before the lock stops running. */
    public void close() {
        if (autoLock != null) {
            autoLock.stop();
        }
    }

    /** Whether the lock screen is what the window shows. */
    public boolean isLocked() {
        return locked;
    }

    /**
     * Locks: each module first saves what is pending (queued on the database thread before the key
     * is forgotten), then drops the opened text it holds, keeping only what was being typed; a key
     * or plan copied from the app is taken off the clipboard; the window shows only the unlock
     * screen. If forgetting the key fails, the unlock screen says so, the app stays locked, and the
     * failure is logged; it is never passed over.
     */
    @Override
    public void lockNow() {
        if (locked || !database.isLockEnabled()) {
            return;
        }
        for (AppModule module : shellModel.modules()) {
            module.onClose();
        }
        for (AppModule module : shellModel.modules()) {
            try {
                module.onLock();
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.ERROR, "Module " + module.id() + " could not forget its text on locking", e);
                lockProblem = "Part of the app could not put away what it showed, so some of your writing may "
                        + "still be in this app's memory. Closing the app makes sure it is not.";
            }
        }
        clipboard.clearNow();
        for (Runnable forget : alsoOnLock) {
            try {
                forget.run();
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.ERROR, "A cache could not be emptied on locking", e);
                lockProblem = "Part of the app could not put away what it kept, so some of your writing may "
                        + "still be in this app's memory. Closing the app makes sure it is not.";
            }
        }
        dbThread.run(() -> {
            privacyLock.lock();
            return null;
        }, ok -> { }, error -> {
            LOG.log(System.Logger.Level.ERROR, "The key could not be forgotten on locking", error);
            lockProblem = "Locking did not finish (" + error.getMessage() + "), so your writing may still be "
                    + "readable in this app's memory. The app stays locked; closing it makes sure nothing is left.";
            unlockModel.messageProperty().set(lockProblem);
        });
        showUnlock(true);
        if (lockProblem != null) {
            unlockModel.messageProperty().set(lockProblem);
        }
    }

    @Override
    public void lockSettingsChanged(boolean enabled, int autoLockMinutes) {
        shellModel.lockAvailableProperty().set(enabled);
        lockHint.accept(enabled);
        autoLock.start(enabled ? Duration.minutes(autoLockMinutes) : Duration.ZERO);
    }

    /** After a restore or an import: the data may now be locked (or no longer), with another passphrase. */
    public void afterDataReplaced() {
        lockHint.accept(database.isLockEnabled());
        if (database.isLockEnabled() && !database.isOpenForReading()) {
            shellModel.statusProperty().set("The restored data is locked. Its passphrase (the one used when that "
                    + "backup was made) opens it.");
            showUnlock(true);
        } else {
            shellModel.lockAvailableProperty().set(database.isLockEnabled());
            shellModel.getSelected().onShow();
        }
    }

    /** After the recovery screen opened a data file (a backup, or a fresh one). */
    public void reopened() {
        lockHint.accept(database.isLockEnabled());
        if (database.isLockEnabled()) {
            showUnlock(true);
        } else {
            locked = false;
            shellModel.lockAvailableProperty().set(false);
            window.accept(shellView);
            shellModel.getSelected().onShow();
        }
    }

    private void showUnlock(boolean ready) {
        locked = true;
        if (autoLock != null) {
            autoLock.stop();
        }
        unlockModel = new UnlockViewModel(privacyLock, dbThread, this::unlocked);
        unlockModel.readyProperty().set(ready);
        window.accept(new UnlockView(unlockModel, () -> helpAction.run()));
        shellModel.lockAvailableProperty().set(true);
    }

    private void unlocked() {
        locked = false;
        lockProblem = null;
        window.accept(shellView);
        if (!unlockModel.messageProperty().get().isEmpty()) {
            shellModel.statusProperty().set(unlockModel.messageProperty().get());
        }
        shellModel.getSelected().onShow();
        alsoOnUnlock.forEach(Runnable::run);
        dbThread.run(privacyLock::autoLockMinutes, minutes -> autoLock.start(Duration.minutes(minutes)), error -> {
            // The lock itself works; only the idle time could not be read, so the usual one applies.
            LOG.log(System.Logger.Level.WARNING, "The idle time before locking could not be read", error);
            autoLock.start(Duration.minutes(PrivacyLock.DEFAULT_AUTO_LOCK_MINUTES));
        });
    }
}
