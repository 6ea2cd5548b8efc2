package commonground.storage;

import commonground.people.PeopleRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DatabaseTest {

    @TempDir
    Path dir;

    private Path file() {
        return dir.resolve(Database.FILE_NAME);
    }

    @Test
    void aNewFileIsMigratedToTheLatestVersionAndMarkedAsOurs() throws Exception {
        try (Database db = Database.open(file())) {
            assertEquals(Database.latestSchemaVersion(), new DatabaseDiagnostics(db).schemaVersion());
            assertTrue(Database.latestSchemaVersion() >= 1);
            assertEquals(String.valueOf(Database.APPLICATION_ID), new DatabaseDiagnostics(db).pragmas().get("application_id"));
            int people = db.read(c -> {
                try (Statement s = c.createStatement();
                     var rs = s.executeQuery("SELECT count(*) FROM sqlite_schema WHERE name = 'person'")) {
                    return rs.next() ? rs.getInt(1) : 0;
                }
            });
            assertEquals(1, people);
        }
    }

    @Test
    void reopeningKeepsDataAndChangesNothingInTheSchema() throws Exception {
        try (Database db = Database.open(file())) {
            new PeopleRepository(db).add("Sam", commonground.people.Relationship.FRIEND, "");
        }
        try (Database db = Database.open(file())) {
            assertEquals(Database.latestSchemaVersion(), new DatabaseDiagnostics(db).schemaVersion());
            assertEquals(1, new PeopleRepository(db).active().size());
        }
        try (Database db = Database.open(file())) {
            assertEquals("Sam", new PeopleRepository(db).active().get(0).name());
        }
    }

    @Test
    void everyConnectionHasTheSettingsTheAppRelieson() throws Exception {
        try (Database db = Database.open(file())) {
            Map<String, String> p = new DatabaseDiagnostics(db).pragmas();
            assertEquals("wal", p.get("journal_mode"));
            assertEquals("2", p.get("synchronous"), "synchronous=FULL");
            assertEquals("1", p.get("foreign_keys"));
            assertEquals("5000", p.get("busy_timeout"));
            assertEquals("2", p.get("temp_store"), "temp_store=MEMORY");
            assertEquals("0", p.get("trusted_schema"));
            assertEquals("1", p.get("secure_delete"));
        }
    }

    @Test
    void writesUseBeginImmediate() throws Exception {
        // With BEGIN IMMEDIATE the write lock is taken at the start, so a second writer is
        // refused straight away (busy) instead of failing halfway through its transaction.
        try (Database db = Database.open(file())) {
            db.write(c -> {
                try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + file());
                     Statement s = other.createStatement()) {
                    s.execute("PRAGMA busy_timeout = 0");
                    var e = assertThrows(java.sql.SQLException.class, () -> s.execute("BEGIN IMMEDIATE"));
                    assertEquals(5, e.getErrorCode() & 0xff, "SQLITE_BUSY while our transaction is open");
                }
                return null;
            });
        }
    }

    @Test
    void aCleanCloseLeavesEverythingInTheMainFile() throws Exception {
        try (Database db = Database.open(file())) {
            new PeopleRepository(db).add("Ada", commonground.people.Relationship.PARENT, "");
        }
        Path wal = Path.of(file() + "-wal");
        assertTrue(!Files.exists(wal) || Files.size(wal) == 0, "the log was checkpointed and truncated");
        // The .db alone holds the data: copy only it and read it back.
        Path copy = dir.resolve("copy").resolve(Database.FILE_NAME);
        Files.createDirectories(copy.getParent());
        Files.copy(file(), copy);
        try (Database db = Database.open(copy)) {
            assertEquals("Ada", new PeopleRepository(db).active().get(0).name());
        }
    }

    @Test
    void theDatabaseFilesAreOwnerOnly() throws Exception {
        try (Database db = Database.open(file())) {
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file())));
            Path wal = Path.of(file() + "-wal");
            if (Files.exists(wal)) {
                assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(wal)));
            }
        }
    }

    @Test
    void workOnTheJavaFxThreadIsRefused() throws Exception {
        try (Database db = Database.open(file())) {
            Thread fx = new Thread(() -> db.read(c -> 1), "JavaFX Application Thread");
            Throwable[] failure = new Throwable[1];
            fx.setUncaughtExceptionHandler((t, e) -> failure[0] = e);
            fx.start();
            fx.join();
            assertTrue(failure[0] instanceof IllegalStateException);
        }
    }

    @Test
    void aFailedWriteLeavesNoTrace() throws Exception {
        try (Database db = Database.open(file())) {
            PeopleRepository people = new PeopleRepository(db);
            assertThrows(IllegalStateException.class, () -> db.write(c -> {
                try (Statement s = c.createStatement()) {
                    s.execute("INSERT INTO person (uuid, name, relationship, created_at, updated_at) "
                            + "VALUES ('u', 'Half', 'FRIEND', 'x', 'x')");
                }
                throw new IllegalStateException("interrupted halfway");
            }));
            assertTrue(people.active().isEmpty());
            assertFalse(people.archived().stream().anyMatch(p -> p.name().equals("Half")));
        }
    }
}
