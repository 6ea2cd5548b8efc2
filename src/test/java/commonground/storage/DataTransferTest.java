package commonground.storage;

import commonground.people.PeopleRepository;
import commonground.people.Person;
import commonground.people.Relationship;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DataTransferTest {

    @TempDir
    Path dir;
    Database db;

    @BeforeEach
    void open() throws Exception {
        db = Database.open(dir.resolve("one").resolve(Database.FILE_NAME));
    }

    @AfterEach
    void close() {
        db.close();
    }

    /** Tables shaped like the modules' own: an aggregate with a uuid, and child rows without one. */
    private static void addModuleLikeTables(Database d) {
        d.write(c -> {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE IF NOT EXISTS memo (id INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE, "
                        + "person_id INTEGER REFERENCES person(id), body TEXT NOT NULL, picture BLOB)");
                s.execute("CREATE TABLE IF NOT EXISTS memo_tag (memo_id INTEGER NOT NULL REFERENCES memo(id) "
                        + "ON DELETE CASCADE, tag TEXT NOT NULL, UNIQUE (memo_id, tag))");
            }
            return null;
        });
    }

    private void seed() {
        addModuleLikeTables(db);
        PeopleRepository people = new PeopleRepository(db);
        Person dad = people.add("Dad", Relationship.PARENT, "Jazz, long drives");
        people.add("Zoë 🌿", Relationship.FRIEND, "مرحبا, שלום");
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO memo (uuid, person_id, body, picture) VALUES (?, ?, ?, ?)")) {
                ps.setString(1, "7d1f1c1e-0000-4000-8000-000000000001");
                ps.setLong(2, dad.id());
                ps.setString(3, "He lingered after the drive.");
                ps.setBytes(4, new byte[] {1, 2, 3, (byte) 0xff});
                ps.executeUpdate();
            }
            try (Statement s = c.createStatement()) {
                s.execute("INSERT INTO memo_tag (memo_id, tag) SELECT id, 'drive' FROM memo");
                s.execute("INSERT INTO memo_tag (memo_id, tag) SELECT id, 'comfort' FROM memo");
            }
            return null;
        });
    }

    @Test
    void exportImportIntoAFreshProfileAndExportAgainGivesIdenticalJson() throws Exception {
        seed();
        Path first = dir.resolve("first.json");
        new DataTransfer(db).exportTo(first);
        try (Database fresh = Database.open(dir.resolve("two").resolve(Database.FILE_NAME))) {
            addModuleLikeTables(fresh);
            DataTransfer.ImportResult result = new DataTransfer(fresh).importFrom(first);
            assertEquals(2, result.added().get("person"));
            assertEquals(2, result.added().get("memo_tag"));
            Path second = dir.resolve("second.json");
            new DataTransfer(fresh).exportTo(second);
            assertEquals(Files.readString(first), Files.readString(second));
        }
        String json = Files.readString(first);
        assertTrue(json.contains("\"formatVersion\" : 1"));
        assertTrue(json.contains("Zoë 🌿"));
    }

    @Test
    void anExportIsReadableByTheUserAloneAndLeavesNoTemporaryFile() throws Exception {
        seed();
        Path export = dir.resolve("everything.json");
        java.nio.file.Files.writeString(export, "an older export");
        java.nio.file.Files.setPosixFilePermissions(export, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        new DataTransfer(db).exportTo(export);
        assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(
                java.nio.file.Files.getPosixFilePermissions(export)), "the export holds readable text, so it is the user's alone");
        assertTrue(java.nio.file.Files.notExists(dir.resolve("everything.json.tmp")));
    }

    @Test
    void importingTwiceAddsNothingTheSecondTime() throws Exception {
        seed();
        Path export = dir.resolve("export.json");
        new DataTransfer(db).exportTo(export);
        DataTransfer.ImportResult again = new DataTransfer(db).importFrom(export);
        assertEquals(0, again.totalAdded());
        Map<String, Long> counts = new DatabaseDiagnostics(db).rowCounts();
        assertEquals(Map.of("person", 2L, "memo", 1L, "memo_tag", 2L), Map.of(
                "person", counts.get("person"), "memo", counts.get("memo"), "memo_tag", counts.get("memo_tag")));
    }

    @Test
    void badFilesAreRefusedWithAClearMessageAndChangeNothing() throws Exception {
        seed();
        db.close();
        db = Database.open(dir.resolve("one").resolve(Database.FILE_NAME));
        Map<String, Long> counts = new DatabaseDiagnostics(db).rowCounts();
        Path damaged = Files.writeString(dir.resolve("damaged.json"), "{\"format\": \"common-ground\", \"tables\": [");
        Path newer = Files.writeString(dir.resolve("newer.json"),
                "{\"format\":\"common-ground\",\"formatVersion\":99,\"schemaVersion\":1,\"tables\":{}}");
        Path other = Files.writeString(dir.resolve("other.json"), "{\"hello\": \"world\"}");
        Path unknownTable = Files.writeString(dir.resolve("unknown.json"),
                "{\"format\":\"common-ground\",\"formatVersion\":1,\"schemaVersion\":1,\"tables\":{\"person\":[],"
                        + "\"spaceships\":[{\"uuid\":\"x\"}]}}");
        Path huge = dir.resolve("huge.json");
        try (RandomAccessFile raf = new RandomAccessFile(huge.toFile(), "rw")) {
            raf.setLength(DataTransfer.MAX_IMPORT_BYTES + 1);
        }
        Path folder = Files.createDirectory(dir.resolve("a-folder"));
        assertRefused(damaged, "damaged (line 1");
        assertRefused(newer, "newer version");
        assertRefused(other, "not a Common Ground export");
        assertRefused(unknownTable, "does not know ('spaceships')");
        assertRefused(huge, "larger than 256 MB");
        assertRefused(folder, "folder");
        assertEquals(counts, new DatabaseDiagnostics(db).rowCounts(), "row counts unchanged");
    }

    @Test
    void aRowThatBreaksHalfwayLeavesNothingBehind() throws Exception {
        seed();
        Path export = dir.resolve("export.json");
        new DataTransfer(db).exportTo(export);
        String broken = Files.readString(export).replace("\"tag\" : \"drive\"", "\"colour\" : \"drive\"");
        Path edited = Files.writeString(dir.resolve("edited.json"), broken);
        try (Database fresh = Database.open(dir.resolve("three").resolve(Database.FILE_NAME))) {
            addModuleLikeTables(fresh);
            StorageException e = assertThrows(StorageException.class, () -> new DataTransfer(fresh).importFrom(edited));
            assertTrue(e.getMessage().contains("unknown field 'colour'"), e.getMessage());
            assertEquals(0L, new DatabaseDiagnostics(fresh).rowCounts().get("person"), "the people imported before the error were rolled back");
        }
    }

    private void assertRefused(Path file, String expected) throws Exception {
        String before = DatabaseRefusalTest.hash(db.file());
        StorageException e = assertThrows(StorageException.class, () -> new DataTransfer(db).importFrom(file));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
        assertTrue(e.getMessage().contains("Nothing was imported") || e.getMessage().contains("folder"), e.getMessage());
        assertEquals(before, DatabaseRefusalTest.hash(db.file()));
    }
}
