package commonground.storage;

/** Locked text was asked for while the app is locked. Unlocking with the passphrase opens it. */
public final class LockedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public LockedException() {
        super("Your notes are locked. Unlock with your passphrase to open them.");
    }
}
