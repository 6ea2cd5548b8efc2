package commonground.storage;

import java.sql.SQLException;

/**
 * A database call failed after the database was open. The message is meant for the person
 * using the app; {@link #isDiskFull()} lets callers keep the user's text and retry later.
 */
public class StorageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private static final int SQLITE_CORRUPT = 11;
    private static final int SQLITE_FULL = 13;
    private static final int SQLITE_NOTADB = 26;

    private final int sqliteCode;

    public StorageException(String message, Throwable cause, int sqliteCode) {
        super(message, cause);
        this.sqliteCode = sqliteCode;
    }

    static StorageException from(SQLException e) {
        int code = e.getErrorCode() & 0xff;
        String message;
        switch (code) {
            case SQLITE_FULL:
                message = "The disk is full, so this could not be saved yet. Your text is still here; "
                        + "it will be saved once there is space again.";
                break;
            case SQLITE_CORRUPT:
            case SQLITE_NOTADB:
                message = "Your data file looks damaged. Nothing more will be written to it.";
                break;
            default:
                message = "Something went wrong while saving or reading your data: " + e.getMessage();
        }
        return new StorageException(message, e, code);
    }

    public boolean isDiskFull() {
        return sqliteCode == SQLITE_FULL;
    }

    public boolean isCorrupt() {
        return sqliteCode == SQLITE_CORRUPT || sqliteCode == SQLITE_NOTADB;
    }
}
