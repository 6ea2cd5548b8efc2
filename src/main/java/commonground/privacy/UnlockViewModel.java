package commonground.privacy;

import commonground.shell.DatabaseThread;
import commonground.storage.PrivacyLock;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The unlock screen: a passphrase (or the recovery key) opens the app. A wrong one is said to be
 * wrong, in those words, and is taken off the screen; there is no wait.
 */
public final class UnlockViewModel {

    static final String WRONG_PASSPHRASE = "That passphrase does not open it. Check Caps Lock and the keyboard "
            + "layout, then try again.";
    static final String WRONG_RECOVERY_KEY = "That recovery key does not open it. It has 32 letters and digits, "
            + "in groups of four; please type it again, checking each group (Show lets you see what you type).";

    private final PrivacyLock lock;
    private final DatabaseThread dbThread;
    private final Runnable onUnlocked;
    private final StringProperty secret = new SimpleStringProperty("");
    private final BooleanProperty useRecoveryKey = new SimpleBooleanProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty ready = new SimpleBooleanProperty(true);

    public UnlockViewModel(PrivacyLock lock, DatabaseThread dbThread, Runnable onUnlocked) {
        this.lock = lock;
        this.dbThread = dbThread;
        this.onUnlocked = onUnlocked;
        useRecoveryKey.addListener((obs, old, now) -> {
            secret.set("");
            message.set("");
        });
    }

    public void unlock() {
        if (busy.get() || !ready.get()) {
            return;
        }
        String typed = secret.get();
        if (typed.isEmpty()) {
            message.set(useRecoveryKey.get() ? "Please type your recovery key." : "Please type your passphrase.");
            return;
        }
        boolean recovery = useRecoveryKey.get();
        char[] chars = PassphraseChoice.toChars(typed);
        busy.set(true);
        message.set("Opening…");
        dbThread.run(() -> {
            try {
                return recovery ? lock.unlockWithRecoveryKey(typed) : lock.unlock(chars);
            } finally {
                java.util.Arrays.fill(chars, '\0');
            }
        }, ok -> {
            busy.set(false);
            if (ok) {
                secret.set("");
                message.set(recovery ? "Opened with your recovery key. You can choose a new passphrase in Privacy."
                        : "");
                onUnlocked.run();
            } else {
                // Neither is kept on screen after a wrong try, where someone passing could read it.
                secret.set("");
                message.set(recovery ? WRONG_RECOVERY_KEY : WRONG_PASSPHRASE);
            }
        }, error -> {
            busy.set(false);
            message.set("Your data could not be opened: " + error.getMessage());
        });
    }

    public StringProperty secretProperty() {
        return secret;
    }

    public BooleanProperty useRecoveryKeyProperty() {
        return useRecoveryKey;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public StringProperty messageProperty() {
        return message;
    }

    /** False while the data file is still being opened at start. */
    public BooleanProperty readyProperty() {
        return ready;
    }
}
