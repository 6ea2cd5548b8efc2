package commonground.storage;

import commonground.storage.DatabaseOpenException.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.HexFormat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Files the app must refuse to open, each with its own message, leaving the file byte for byte as it was. */
class DatabaseRefusalTest {

    @TempDir
    Path dir;

    private Path file() {
        return dir.resolve(Database.FILE_NAME);
    }

    @Test
    void aTextFileIsRefused() throws Exception {
        Files.writeString(file(), "Dear diary,\nthis is not a database.\n");
        DatabaseOpenException e = refused();
        assertEquals(Reason.NOT_SQLITE, e.reason());
        assertTrue(e.getMessage().contains("not a database"), e.getMessage());
    }

    @Test
    void anSqliteFileOfAnotherProgramIsRefused() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file());
             Statement s = c.createStatement()) {
            s.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)");
            s.execute("INSERT INTO invoices (total) VALUES (12.5)");
        }
        DatabaseOpenException e = refused();
        assertEquals(Reason.FOREIGN, e.reason());
        assertTrue(e.getMessage().contains("another program"), e.getMessage());
    }

    @Test
    void aDatabaseFromANewerVersionIsRefused() throws Exception {
        Database.open(file()).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file());
             Statement s = c.createStatement()) {
            s.execute("PRAGMA user_version = " + (Database.latestSchemaVersion() + 5));
        }
        DatabaseOpenException e = refused();
        assertEquals(Reason.NEWER_VERSION, e.reason());
        assertTrue(e.getMessage().contains("newer version"), e.getMessage());
    }

    @Test
    void anEmptyFileIsNotTakenForANewDatabase() throws Exception {
        Files.createFile(file());
        DatabaseOpenException e = refused();
        assertEquals(Reason.EMPTY_FILE, e.reason());
        assertTrue(e.getMessage().contains("empty (0 bytes)"), e.getMessage());
        assertEquals(0, Files.size(file()));
    }

    @Test
    void aFolderInPlaceOfTheFileIsRefused() throws Exception {
        Files.createDirectory(file());
        DatabaseOpenException e = assertThrows(DatabaseOpenException.class, () -> Database.open(file()));
        assertEquals(Reason.UNREADABLE, e.reason());
        assertTrue(e.getMessage().contains("folder"), e.getMessage());
    }

    @Test
    void aShortGarbageFileIsRefused() throws Exception {
        Files.write(file(), new byte[] {1, 2, 3});
        assertEquals(Reason.NOT_SQLITE, refused().reason());
    }

    private DatabaseOpenException refused() throws Exception {
        String before = hash(file());
        DatabaseOpenException e = assertThrows(DatabaseOpenException.class, () -> Database.open(file()));
        assertEquals(before, hash(file()), "the file must not change");
        assertFalse(e.getMessage().isBlank());
        assertTrue(e.getMessage().contains(file().toString()), "the message names the file");
        return e;
    }

    static String hash(Path p) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p)));
    }
}
