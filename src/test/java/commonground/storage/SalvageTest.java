package commonground.storage;

import commonground.people.PeopleRepository;
import commonground.people.Relationship;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SalvageTest {

    @Test
    void whatCanStillBeReadIsSavedAsAnExportThatImportsIntoANewProfile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("old").resolve(Database.FILE_NAME);
        try (Database db = Database.open(file)) {
            PeopleRepository people = new PeopleRepository(db);
            for (int i = 0; i < 300; i++) {
                people.add("Friend " + i, Relationship.FRIEND, "kept ".repeat(60));
            }
        }
        long size = Files.size(file);
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            // Damage the last pages of the file, where the newest rows live.
            byte[] junk = new byte[4096];
            java.util.Arrays.fill(junk, (byte) 0x7F);
            raf.seek(size - 3 * 4096);
            raf.write(junk);
        }
        String before = DatabaseRefusalTest.hash(file);
        assertThrows(DatabaseOpenException.class, () -> Database.open(file));

        Path export = dir.resolve("salvaged.json");
        DataTransfer.Salvage salvage = DataTransfer.salvage(file, export);
        assertEquals(before, DatabaseRefusalTest.hash(file), "the damaged file is not changed");
        assertTrue(salvage.records() > 0, "some records were read");

        try (Database fresh = Database.open(dir.resolve("new").resolve(Database.FILE_NAME))) {
            DataTransfer.ImportResult result = new DataTransfer(fresh).importFrom(export);
            assertEquals(salvage.records(), result.totalAdded());
            assertFalse(new PeopleRepository(fresh).active().isEmpty());
        }
    }
}
