package commonground.storage;

import java.nio.file.Path;

/**
 * The database file could not be opened. The file was left exactly as it was found;
 * {@link #reason()} says why, {@link #getMessage()} says it in words a person can act on.
 */
public final class DatabaseOpenException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Why a file was refused. */
    public enum Reason {
        /** The file exists but holds no bytes at all. */
        EMPTY_FILE,
        /** The file is not an SQLite database. */
        NOT_SQLITE,
        /** An SQLite database made by some other program. */
        FOREIGN,
        /** A Common Ground database made by a newer version of the app. */
        NEWER_VERSION,
        /** The database is damaged. */
        CORRUPT,
        /** Anything else: permissions, a full disk, a folder in the file's place. */
        UNREADABLE
    }

    private final Reason reason;
    private final transient Path file;

    public DatabaseOpenException(Reason reason, Path file, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
        this.file = file;
    }

    public DatabaseOpenException(Reason reason, Path file, String message) {
        this(reason, file, message, null);
    }

    public Reason reason() {
        return reason;
    }

    public Path file() {
        return file;
    }
}
