package commonground.storage;

import commonground.storage.DatabaseOpenException.Reason;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Properties;

/**
 * Decides, without changing a byte, whether an existing file may be opened as this app's
 * database. Bytes are read directly for the cheap checks; the application id and schema
 * version are read through a read-only connection, so a write-ahead log is taken into account.
 */
final class DatabaseFileCheck {

    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final int SQLITE_CORRUPT = 11;
    private static final int SQLITE_NOTADB = 26;

    private DatabaseFileCheck() {
    }

    /** Returns true when the file does not exist yet, so a new database will be made. */
    static boolean check(Path file, int applicationId, int knownVersion) throws DatabaseOpenException {
        if (Files.isDirectory(file)) {
            throw new DatabaseOpenException(Reason.UNREADABLE, file,
                    "There is a folder where the data file should be: " + file);
        }
        if (!Files.exists(file)) {
            return true;
        }
        checkHeader(file);
        int[] ids = readIds(file);
        int foundApplicationId = ids[0];
        int foundVersion = ids[1];
        if (foundApplicationId != applicationId) {
            throw new DatabaseOpenException(Reason.FOREIGN, file,
                    "This file is a database made by another program, not by Common Ground, "
                            + "so it was not opened or changed: " + file);
        }
        if (foundVersion > knownVersion) {
            throw new DatabaseOpenException(Reason.NEWER_VERSION, file,
                    "This data was saved by a newer version of Common Ground (data version " + foundVersion
                            + "; this version understands up to " + knownVersion + "). "
                            + "It was not opened or changed. Please update the app to open it: " + file);
        }
        return false;
    }

    private static void checkHeader(Path file) throws DatabaseOpenException {
        long size;
        byte[] header = new byte[SQLITE_MAGIC.length];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            size = Files.size(file);
            read = in.readNBytes(header, 0, header.length);
        } catch (IOException e) {
            throw new DatabaseOpenException(Reason.UNREADABLE, file,
                    "The data file could not be read (" + e.getMessage() + "): " + file, e);
        }
        if (size == 0) {
            throw new DatabaseOpenException(Reason.EMPTY_FILE, file,
                    "The data file is empty (0 bytes), so there is nothing in it to open. "
                            + "It may have been cut short by a crash or a full disk. "
                            + "You can move it aside and start fresh: " + file);
        }
        if (read < header.length || !Arrays.equals(header, SQLITE_MAGIC)) {
            throw new DatabaseOpenException(Reason.NOT_SQLITE, file,
                    "This file is not a Common Ground database (it is not a database at all), "
                            + "so it was not opened or changed: " + file);
        }
    }

    private static int[] readIds(Path file) throws DatabaseOpenException {
        Properties props = new Properties();
        props.setProperty("open_mode", "1"); // SQLITE_OPEN_READONLY
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), props);
             Statement s = c.createStatement()) {
            int appId;
            int version;
            try (ResultSet rs = s.executeQuery("PRAGMA application_id")) {
                appId = rs.next() ? rs.getInt(1) : 0;
            }
            try (ResultSet rs = s.executeQuery("PRAGMA user_version")) {
                version = rs.next() ? rs.getInt(1) : 0;
            }
            return new int[] {appId, version};
        } catch (SQLException e) {
            int code = e.getErrorCode() & 0xff;
            if (code == SQLITE_NOTADB) {
                throw new DatabaseOpenException(Reason.NOT_SQLITE, file,
                        "This file is not a Common Ground database, so it was not opened or changed: " + file, e);
            }
            if (code == SQLITE_CORRUPT) {
                throw new DatabaseOpenException(Reason.CORRUPT, file,
                        "The data file is damaged and could not be opened. It was left as it is: " + file, e);
            }
            throw new DatabaseOpenException(Reason.UNREADABLE, file,
                    "The data file could not be opened (" + e.getMessage() + "): " + file, e);
        }
    }
}
