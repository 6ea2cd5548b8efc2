package commonground.people;

import commonground.storage.StorageException;
import commonground.storage.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PeopleRepositoryTest {

    @TempDir
    Path dir;
    Database db;
    PeopleRepository people;

    @BeforeEach
    void open() throws Exception {
        db = Database.open(dir.resolve(Database.FILE_NAME));
        people = new PeopleRepository(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void addRenameArchiveRestore() {
        Person dad = people.add("  Dad ", Relationship.PARENT, "Likes fishing");
        assertEquals("Dad", dad.name(), "surrounding spaces are trimmed");
        assertEquals(36, dad.uuid().length());
        Person renamed = people.update(dad.id(), "Papa", Relationship.PARENT, "Likes fishing and crosswords");
        assertEquals("Papa", renamed.name());
        assertEquals(dad.uuid(), renamed.uuid(), "the stable id survives a rename");
        people.archive(dad.id());
        assertTrue(people.active().isEmpty());
        assertEquals("Papa", people.archived().get(0).name());
        people.restore(dad.id());
        assertEquals(1, people.active().size());
    }

    @Test
    void listsAreSortedByNameIgnoringCase() {
        people.add("mia", Relationship.FRIEND, "");
        people.add("Ben", Relationship.COLLEAGUE, "");
        people.add("ada", Relationship.CHILD, "");
        assertEquals("ada,Ben,mia", String.join(",", people.active().stream().map(Person::name).toList()));
    }

    @Test
    void badNamesAndHugeNotesAreRefusedWithAMessage() {
        IllegalArgumentException blank = assertThrows(IllegalArgumentException.class,
                () -> people.add("   ", Relationship.FRIEND, ""));
        assertTrue(blank.getMessage().contains("name"));
        assertThrows(IllegalArgumentException.class, () -> people.add("x".repeat(201), Relationship.FRIEND, ""));
        assertThrows(IllegalArgumentException.class,
                () -> people.add("Jo", Relationship.FRIEND, "n".repeat(Person.MAX_NOTE + 1)));
        assertTrue(people.active().isEmpty(), "nothing was saved");
    }

    @Test
    void textInAnyScriptIsKeptAsTyped() {
        Person p = people.add("Zoë 🌿 مريم", Relationship.FRIEND, "שלום — café");
        Person back = people.find(p.id()).orElseThrow();
        assertEquals("Zoë 🌿 مريم", back.name());
        assertEquals("שלום — café", back.note());
    }

    @Test
    void recordsAboutAPersonAreCountedAndNeverDeletedByAccident() {
        Person sam = people.add("Sam", Relationship.PARTNER, "");
        db.write(c -> {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE test_memory (id INTEGER PRIMARY KEY, person_id INTEGER REFERENCES person(id))");
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO test_memory (person_id) VALUES (?)")) {
                ps.setLong(1, sam.id());
                ps.executeUpdate();
                ps.executeUpdate();
            }
            return null;
        });
        assertEquals(Map.of("test_memory", 2), people.recordCounts(sam.id()));
        // A plain delete is refused by the foreign key: records are never dropped silently.
        assertThrows(StorageException.class, () -> db.write(c -> {
            try (Statement s = c.createStatement()) {
                return s.executeUpdate("DELETE FROM person WHERE id = " + sam.id());
            }
        }));
        people.archive(sam.id());
        assertEquals(2, people.recordCounts(sam.id()).get("test_memory"), "archiving keeps the records");
        people.deleteWithRecords(sam.id());
        assertTrue(people.find(sam.id()).isEmpty());
        assertTrue(people.recordCounts(sam.id()).isEmpty());
    }
}
