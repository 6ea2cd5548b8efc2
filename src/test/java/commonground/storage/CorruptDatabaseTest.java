package commonground.storage;

import commonground.people.PeopleRepository;
import commonground.people.Relationship;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.RandomAccessFile;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CorruptDatabaseTest {

    @TempDir
    Path dir;

    /** Writes garbage over every page but the first, as a failing disk might. */
    static void damage(Path file) throws Exception {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            byte[] junk = new byte[4096];
            java.util.Arrays.fill(junk, (byte) 0x5A);
            for (long at = 4096; at < raf.length(); at += 4096) {
                raf.seek(at);
                raf.write(junk);
            }
        }
    }

    @Test
    void aDamagedFileIsRefusedAsDamaged() throws Exception {
        Path file = dir.resolve(Database.FILE_NAME);
        try (Database db = Database.open(file)) {
            PeopleRepository people = new PeopleRepository(db);
            for (int i = 0; i < 200; i++) {
                people.add("Person " + i, Relationship.FRIEND, "x".repeat(200));
            }
        }
        damage(file);
        String before = DatabaseRefusalTest.hash(file);
        DatabaseOpenException e = assertThrows(DatabaseOpenException.class, () -> Database.open(file));
        assertEquals(DatabaseOpenException.Reason.CORRUPT, e.reason(), e.getMessage());
        assertEquals(before, DatabaseRefusalTest.hash(file), "the damaged file is left as it was");
    }
}
