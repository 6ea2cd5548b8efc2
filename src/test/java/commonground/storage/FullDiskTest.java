package commonground.storage;

import commonground.people.PeopleRepository;
import commonground.people.Relationship;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FullDiskTest {

    @Test
    void aFullDiskGivesAClearMessageAndTheSaveWorksOnceThereIsSpace(@TempDir Path dir) throws Exception {
        try (Database db = Database.open(dir.resolve(Database.FILE_NAME))) {
            PeopleRepository people = new PeopleRepository(db);
            FullDisk.simulate(db, true);
            StorageException e = assertThrows(StorageException.class, () -> {
                for (int i = 0; i < 500; i++) {
                    people.add("Person " + i, Relationship.FRIEND, "n".repeat(2000));
                }
            });
            assertTrue(e.isDiskFull(), e.getMessage() + " / " + e.getCause());
            assertTrue(e.getMessage().contains("The disk is full"), e.getMessage());
            assertTrue(e.getMessage().contains("Your text is still here"), e.getMessage());
            int before = people.active().size();
            FullDisk.simulate(db, false);
            people.add("After", Relationship.FRIEND, "n".repeat(2000));
            assertEquals(before + 1, people.active().size());
            assertEquals("ok", new DatabaseDiagnostics(db).integrityCheck());
        }
    }
}
