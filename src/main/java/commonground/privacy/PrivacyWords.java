package commonground.privacy;

/** What Privacy says about the current passphrase and about tidying the file; shared with {@link LockKeyCommands}. */
final class PrivacyWords {

    static final String CURRENT_NEEDED = "Please type your current passphrase (or your recovery key) first.";
    static final String CURRENT_WRONG = "That is not your current passphrase or your recovery key. Nothing was changed.";

    /** Said once, when the lock is turned on. */
    static final String OTHER_COPIES = "The lock cannot reach copies made outside the app: file-system snapshots, "
            + "Time Machine or other backup tools, and copies you made elsewhere keep what they held. "
            + "Delete those yourself if you want them gone.";

    static final String TIDIED = "The lock is on. The file is now tidied, with no readable copy left inside it. "
            + OTHER_COPIES;

    static final String PASSPHRASE_SET = "Your new passphrase is set.";

    /** Said once, next to the passphrase field, rather than again beside the button. */
    static final String SEE_FIELD = "What the passphrase still needs is said under the passphrase fields.";

    private PrivacyWords() {
    }

    /**
     * Whether {@code message} is about what was typed in the passphrase fields, so it is out of date
     * (and taken away) as soon as one of them is typed in again.
     */
    static boolean aboutTheFields(String message) {
        return java.util.List.of(CURRENT_NEEDED, CURRENT_WRONG, LockKeyCommands.PASSPHRASE_NEEDED,
                LockKeyCommands.PASSPHRASE_WRONG, PassphraseChoice.TOO_SHORT, PassphraseChoice.NOT_SAME,
                PassphraseChoice.TOO_EASY).contains(message) || message.startsWith(PASSPHRASE_SET);
    }

    /** The lock was on, but compacting the file failed: said plainly, and tried once more. */
    static String tidyingAgain(String problem) {
        return "The lock is on and your recovery key is shown above, but the file could not yet be tidied so that no "
                + "earlier readable copy is left inside it (" + problem + "). Trying again…";
    }

    static String notTidied(String problem) {
        return "The lock is on and your recovery key is shown above, but the file could still not be tidied (" + problem
                + "), so parts of what you wrote before may remain readable inside it. It is tried again each time "
                + "you unlock.";
    }

    /** The text of a saved recovery key file. */
    static String recoveryKeyFile(String key) {
        return "Common Ground recovery key\n\n" + key
                + "\n\nKeep this somewhere safe and private. With it, anyone could open your notes.\n";
    }

    /** Said in the turn-off question while another computer this one syncs with keeps its lock on. */
    static final String OTHERS_KEEP_LOCK = "Your other computers keep their lock on: turning it off here does not "
            + "change theirs, and while it is off here, nothing more comes in from them.";

    /** Said when Sync sent the user here to turn the lock on first. */
    static final String LOCK_FOR_SYNC = "Your other computer keeps your writing behind a passphrase. Turn the lock "
            + "on here too, so it is as safe on this computer; then you go back to Sync.";
    static final String LOCK_ON_FOR_SYNC = "The lock is on here now. Go back to Sync and choose Join a sync: your "
            + "writing from your other computer comes in, kept behind your passphrase here too.";
}
