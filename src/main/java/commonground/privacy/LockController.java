package commonground.privacy;

import commonground.shell.AppModule;
import commonground.shell.DatabaseThread;
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
    private AutoLock autoLock;
    private UnlockViewModel unlockModel;
    /** True from locking until the passphrase is given again. */
    private boolean locked;

    /**
     * {@code window} shows a node as the window's whole content; {@code lockHint} remembers for the
     * next start whether the lock is on, so its first frame can be the unlock screen.
     */
    public LockController(Database database, PrivacyLock privacyLock, DatabaseThread dbThread, ShellModel shellModel,
                          Consumer<Node> window, Consumer<Boolean> lockHint) {
        this.database = database;
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

    /** Whether the lock screen is what the window shows. */
    public boolean isLocked() {
        return locked;
    }

    /**
     * Locks: each module first saves what is pending (queued on the database thread before the key
     * is forgotten), then the window shows only the unlock screen. The modules keep their state, so
     * whatever was being typed is there again after unlocking.
     */
    @Override
    public void lockNow() {
        if (locked || !database.isLockEnabled()) {
            return;
        }
        for (AppModule module : shellModel.modules()) {
            module.onClose();
        }
        dbThread.run(() -> {
            privacyLock.lock();
            return null;
        }, ok -> { }, error -> {
            LOG.log(System.Logger.Level.ERROR, "The key could not be forgotten on locking", error);
            // Said on the unlock screen, which is what the window shows now.
            unlockModel.messageProperty().set("Locking did not finish, so your writing may still be readable "
                    + "here. Closing the app makes sure it is not.");
        });
        showUnlock(true);
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
        window.accept(new UnlockView(unlockModel));
        shellModel.lockAvailableProperty().set(true);
    }

    private void unlocked() {
        locked = false;
        window.accept(shellView);
        if (!unlockModel.messageProperty().get().isEmpty()) {
            shellModel.statusProperty().set(unlockModel.messageProperty().get());
        }
        shellModel.getSelected().onShow();
        dbThread.run(privacyLock::autoLockMinutes, minutes -> autoLock.start(Duration.minutes(minutes)), error -> {
            // The lock itself works; only the idle time could not be read, so the usual one applies.
            LOG.log(System.Logger.Level.WARNING, "The idle time before locking could not be read", error);
            autoLock.start(Duration.minutes(PrivacyLock.DEFAULT_AUTO_LOCK_MINUTES));
        });
    }
}
