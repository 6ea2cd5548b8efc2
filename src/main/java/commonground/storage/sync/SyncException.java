package commonground.storage.sync;

/** Sync could not do what was asked. The message says why in plain words, and what was kept. */
public final class SyncException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SyncException(String message) {
        super(message);
    }

    public SyncException(String message, Throwable cause) {
        super(message, cause);
    }
}
