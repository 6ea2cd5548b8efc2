package commonground.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.logging.Level;
import java.util.logging.LogRecord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The log file in the data folder: the user's alone, failures in it, nothing the user wrote, three files at most. */
class LoggingTest {

    private static final String USER_TEXT = "Dear Sam, I never told you";

    @TempDir
    Path dataFolder;

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    private Path logFile() {
        return dataFolder.resolve("logs").resolve("common-ground.0.log");
    }

    @Test
    void aFailureIsLoggedInAFileOnlyTheUserCanRead() throws Exception {
        List<String> status = new ArrayList<>();
        try (Logging ignored = Logging.start(dataFolder)) {
            new Failures(dataFolder.resolve("common-ground.db"), status::add, problem -> { })
                    .report(new CompletionException(new IllegalStateException(USER_TEXT)));
        }
        assertTrue(Files.isRegularFile(logFile()), "the log file appears in logs/");
        String log = Files.readString(logFile());
        assertTrue(log.contains("WARNING commonground.app.Failures: Database work failed"), log);
        assertTrue(log.contains("java.lang.IllegalStateException"), log);
        assertFalse(log.contains(USER_TEXT), "a message that may quote the user is not logged");
        assertEquals(List.of(USER_TEXT), status, "the window still says what went wrong");
        if (posix()) {
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(logFile())));
            assertEquals("rwx------", PosixFilePermissions.toString(
                    Files.getPosixFilePermissions(dataFolder.resolve("logs"))));
        }
    }

    @Test
    void anUncaughtFailureIsLogged() throws Exception {
        try (Logging ignored = Logging.start(dataFolder)) {
            new Failures(dataFolder.resolve("common-ground.db"), text -> { }, problem -> { })
                    .uncaught(new Thread("worker"), new ArrayIndexOutOfBoundsException(USER_TEXT));
        }
        String log = Files.readString(logFile());
        assertTrue(log.contains("ERROR") || log.contains("SEVERE"), log);
        assertTrue(log.contains("Uncaught failure on thread worker"), log);
        assertTrue(log.contains("java.lang.ArrayIndexOutOfBoundsException"), log);
        assertFalse(log.contains(USER_TEXT));
    }

    @Test
    void theAppsOwnAndSqliteMessagesAreKept() throws Exception {
        try (Logging ignored = Logging.start(dataFolder)) {
            System.getLogger("test").log(System.Logger.Level.WARNING, "failed",
                    new java.sql.SQLException("database is locked"));
        }
        assertTrue(Files.readString(logFile()).contains("java.sql.SQLException: database is locked"));
    }

    @Test
    void aFullFileMovesOnAndOnlyThreeAreKept() throws Exception {
        Path folder = Files.createDirectories(dataFolder.resolve("logs"));
        LogFile file = new LogFile(folder, 300, 3);
        for (int i = 0; i < 40; i++) {
            file.publish(new LogRecord(Level.INFO, "record number " + i + " of a test of the rotation"));
        }
        file.close();
        for (int g = 0; g < 3; g++) {
            Path part = LogFile.file(folder, g);
            assertTrue(Files.isRegularFile(part), part.toString());
            assertTrue(Files.size(part) <= 300, part + " stays within the limit");
            if (posix()) {
                assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(part)));
            }
        }
        assertFalse(Files.exists(LogFile.file(folder, 3)));
        assertTrue(Files.readString(LogFile.file(folder, 0)).contains("record number 39"));
    }
}
