package commonground.privacy;

import commonground.shell.DatabaseThread;
import commonground.shell.Dialogs;
import commonground.storage.PrivacyLock;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

import static commonground.privacy.PrivacyWords.CURRENT_NEEDED;
import static commonground.privacy.PrivacyWords.CURRENT_WRONG;

/**
 * The Privacy screen's changes to the lock's keys, each after the current passphrase: a new
 * passphrase, a new recovery key, a new data key. Each reaches the backups made with the lock on
 * (see {@link PrivacyLock}) and says exactly what it did, naming any backup it could not change.
 */
final class LockKeyCommands {

    /** What the commands may do to the screen that holds them. */
    interface Screen {
        String current();

        PassphraseChoice choice();

        void say(String text, boolean problem);

        void busy(boolean now);

        void clearFields();

        void clearCurrent();

        void showRecoveryKey(String key);
    }

    static final String PASSPHRASE_NEEDED = "Please type your current passphrase first (the recovery key is replaced "
            + "by this, so it cannot be used for it).";
    static final String PASSPHRASE_WRONG = "That is not your current passphrase. Nothing was changed.";

    private final PrivacyLock lock;
    private final DatabaseThread dbThread;
    private final Dialogs dialogs;
    private final Screen screen;

    LockKeyCommands(PrivacyLock lock, DatabaseThread dbThread, Dialogs dialogs, Screen screen) {
        this.lock = lock;
        this.dbThread = dbThread;
        this.dialogs = dialogs;
        this.screen = screen;
    }

    /** Sets a new passphrase in the data file and in every backup made with the lock on. */
    void changePassphrase() {
        String problem = screen.choice().problem();
        if (problem != null) {
            screen.say(problem, true);
            return;
        }
        if (screen.current().isEmpty()) {
            screen.say(CURRENT_NEEDED, true);
            return;
        }
        char[] chosen = screen.choice().chars();
        char[] confirming = PassphraseChoice.toChars(screen.current());
        keyChange(() -> lock.changePassphrase(confirming, chosen), change -> {
            screen.clearFields();
            screen.say(PrivacyWords.PASSPHRASE_SET + " The old one no longer opens the app, nor any backup made with the "
                    + "lock on. Your recovery key still works." + notChanged(change), !change.backupsNotChanged()
                    .isEmpty());
        }, CURRENT_WRONG, "The passphrase was not changed: ", chosen, confirming);
    }

    /**
     * Makes a new recovery key, shown once, after the current passphrase (or recovery key) and a
     * question. The old recovery key stops opening the app and its backups; nothing else changes.
     */
    void replaceRecoveryKey() {
        if (screen.current().isEmpty()) {
            screen.say(CURRENT_NEEDED, true);
            return;
        }
        if (!dialogs.confirm("Replace the recovery key?", "A new recovery key is made and shown once, for you to "
                + "write down. The old one will no longer open the app, nor any backup made with the lock on. Your "
                + "passphrase and your writing stay as they are.", "Yes, make a new one")) {
            return;
        }
        char[] confirming = PassphraseChoice.toChars(screen.current());
        keyChange(() -> lock.replaceRecoveryKey(confirming), change -> showNewRecoveryKey(change,
                "Your new recovery key is shown above. The old one no longer opens anything."),
                CURRENT_WRONG, "The recovery key was not replaced: ", confirming);
    }

    /**
     * Encrypts everything again under a new key, after the current passphrase and a question; the
     * backups made with the lock on are encrypted again too, and a new recovery key is shown once.
     */
    void rotateDataKey() {
        if (screen.current().isEmpty()) {
            screen.say(PASSPHRASE_NEEDED, true);
            return;
        }
        if (!dialogs.confirm("Encrypt everything with a new key?", "Everything you have written is encrypted "
                + "again with a new key, here and in the backups made with the lock on, and you get a new recovery "
                + "key (the old one stops working). Your passphrase stays the same. Use this if you think someone "
                + "may have had your recovery key or a copy of your data while it was open. With many notes this "
                + "can take a minute.", "Yes, use a new key")) {
            return;
        }
        char[] passphrase = PassphraseChoice.toChars(screen.current());
        screen.say("Encrypting everything with a new key. This can take a moment.", false);
        keyChange(() -> lock.rotateDataKey(passphrase), change -> showNewRecoveryKey(change,
                "Everything is now encrypted with a new key" + (change.damagedValuesLeft() == 0 ? ""
                        : " (" + change.damagedValuesLeft() + " piece(s) of text were already damaged and could not "
                        + "be opened, so they were left as they were)") + ". Your passphrase is the same; your new "
                        + "recovery key is shown above, and the old one no longer opens anything."),
                PASSPHRASE_WRONG, "Nothing was changed: ", passphrase);
    }

    /** Runs one key change on the database thread, wiping {@code secrets} after; a null result means a wrong secret. */
    private void keyChange(Callable<PrivacyLock.KeyChange> work,
                           Consumer<PrivacyLock.KeyChange> done, String wrong, String failed,
                           char[]... secrets) {
        screen.busy(true);
        dbThread.run(() -> {
            try {
                return Optional.ofNullable(work.call());
            } finally {
                for (char[] s : secrets) {
                    Arrays.fill(s, '\0');
                }
            }
        }, change -> {
            screen.busy(false);
            if (change.isEmpty()) {
                screen.clearCurrent();
                screen.say(wrong, true);
                return;
            }
            done.accept(change.get());
        }, error -> {
            screen.busy(false);
            screen.say(failed + error.getMessage(), true);
        });
    }

    private void showNewRecoveryKey(PrivacyLock.KeyChange change, String text) {
        screen.showRecoveryKey(change.recoveryKey());
        screen.say(text + notChanged(change), !change.backupsNotChanged().isEmpty());
    }

    private static String notChanged(PrivacyLock.KeyChange change) {
        List<Path> left = change.backupsNotChanged();
        return left.isEmpty() ? "" : " " + left.size() + " backup(s) could not be opened to change them, so the "
                + "old key still opens them; you may want to delete them: " + left;
    }
}
