package commonground.storage.sync;

/** Sync could not do what was asked. The message says why in plain words, and what was kept. */
public final class SyncException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final boolean lockNeeded;

    public SyncException(String message) {
        this(message, false);
    }

    private SyncException(String message, boolean lockNeeded) {
        super(message);
        this.lockNeeded = lockNeeded;
    }

    /** Refused because another computer keeps its writing behind a passphrase and this one has no lock on. */
    public static SyncException lockNeeded(String message) {
        return new SyncException(message, true);
    }

    /** Whether turning the lock on here is what lets this go ahead. */
    public boolean isLockNeeded() {
        return lockNeeded;
    }

    public SyncException(String message, Throwable cause) {
        super(message, cause);
        this.lockNeeded = false;
    }
}
