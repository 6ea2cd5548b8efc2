package commonground.storage;

/**
 * Work reached the database before it was opened or after it was closed (for example a task
 * queued while the app was shutting down). Nothing was read or written.
 */
public final class DatabaseUnavailableException extends StorageException {

    private static final long serialVersionUID = 1L;

    DatabaseUnavailableException(boolean closed) {
        super(closed ? "The database is closed." : "The database is not open.", null, 0);
    }
}
