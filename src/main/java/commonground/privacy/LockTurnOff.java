package commonground.privacy;

import commonground.shell.DatabaseThread;
import commonground.shell.Dialogs;
import commonground.storage.PrivacyLock;

import java.util.Arrays;
import java.util.function.BooleanSupplier;

/**
 * Turning the lock off, for Privacy: the current passphrase (or recovery key) is checked first, a
 * wrong one said before any question; then one plain question (which also says when another
 * computer this one syncs with keeps its lock); then everything is stored readable again.
 */
final class LockTurnOff implements Runnable {

    private final PrivacyLock lock;
    private final DatabaseThread dbThread;
    private final Dialogs dialogs;
    private final LockKeyCommands.Screen screen;
    /** Whether another computer keeps its lock on; asked on the database thread. */
    private final BooleanSupplier othersKeepLock;
    /** What Privacy does once the lock is off (the stage, the app's lock settings). */
    private final Runnable turnedOff;

    LockTurnOff(PrivacyLock lock, DatabaseThread dbThread, Dialogs dialogs, LockKeyCommands.Screen screen,
                BooleanSupplier othersKeepLock, Runnable turnedOff) {
        this.lock = lock;
        this.dbThread = dbThread;
        this.dialogs = dialogs;
        this.screen = screen;
        this.othersKeepLock = othersKeepLock;
        this.turnedOff = turnedOff;
    }

    @Override
    public void run() {
        if (screen.current().isEmpty()) {
            screen.say(PrivacyWords.CURRENT_NEEDED, true);
            return;
        }
        char[] checking = PassphraseChoice.toChars(screen.current());
        screen.busy(true);
        record Checked(boolean confirmed, boolean othersLocked) {
        }
        dbThread.run(() -> {
            try {
                boolean confirmed = lock.confirms(checking);
                return new Checked(confirmed, confirmed && othersKeepLockQuietly());
            } finally {
                Arrays.fill(checking, '\0');
            }
        }, checked -> {
            screen.busy(false);
            if (!checked.confirmed()) {
                screen.clearCurrent();
                screen.say(PrivacyWords.CURRENT_WRONG, true);
                return;
            }
            askAndTurnOff(checked.othersLocked());
        }, error -> {
            screen.busy(false);
            screen.say("The lock is still on: " + error.getMessage(), true);
        });
    }

    /** Whether other computers keep their lock; a sync folder that cannot be read counts as none known. */
    private boolean othersKeepLockQuietly() {
        try {
            return othersKeepLock.getAsBoolean();
        } catch (RuntimeException e) {
            return false;
        }
    }

    private void askAndTurnOff(boolean othersLocked) {
        boolean go = dialogs.confirm("Turn the lock off?", "What you have written will be stored readable again, "
                + "so anyone who opens this computer or copies the file could read it. Backups made while the lock "
                + "was on stay encrypted and still need the passphrase of that time."
                + (othersLocked ? " " + PrivacyWords.OTHERS_KEEP_LOCK : ""), "Yes, turn it off");
        if (!go) {
            return;
        }
        screen.busy(true);
        screen.say("Turning the lock off. This can take a moment.", false);
        char[] confirming = PassphraseChoice.toChars(screen.current());
        dbThread.run(() -> {
            try {
                return lock.disable(confirming);
            } finally {
                Arrays.fill(confirming, '\0');
            }
        }, off -> {
            screen.busy(false);
            if (!off) {
                screen.say(PrivacyWords.CURRENT_WRONG, true);
                return;
            }
            screen.clearCurrent();
            turnedOff.run();
            screen.say("The lock is off. What you write is stored readable on this computer.", false);
        }, error -> {
            screen.busy(false);
            screen.say("The lock is still on: " + error.getMessage(), true);
        });
    }
}
