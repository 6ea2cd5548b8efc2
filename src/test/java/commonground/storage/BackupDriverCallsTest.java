package commonground.storage;

import commonground.draft.DraftRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Backups and restores go through the driver's own backup calls: any file name works, and a
 * restore that fails leaves the data, and the lock's key, as they were.
 */
class BackupDriverCallsTest {

    @TempDir
    Path dir;
    Database db;

    @BeforeEach
    void open() throws Exception {
        db = PrivacyLockTest.openWithSearch(dir.resolve(Database.FILE_NAME));
        new DraftRepository(db).save("Kept safe");
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aBackupNamedWithQuotesIsWrittenAndReadsBack() throws Exception {
        Path odd = dir.resolve("Mum's \"good\" days.db");
        new Backups(db).writeTo(odd);
        assertTrue(Files.isRegularFile(odd));
        assertEquals("ok", Backups.integrityCheck(odd));
        try (Database copy = Database.open(odd)) {
            assertEquals("Kept safe", new DraftRepository(copy).current());
        }
        new DraftRepository(db).save("Changed since");
        db.restoreFrom(odd);
        assertEquals("Kept safe", new DraftRepository(db).current());
    }

    @Test
    void aRestoreThatFailsKeepsTheKeySoTheDataStaysOpen() throws Exception {
        PrivacyLock lock = new PrivacyLock(db, PrivacyLockTest.FAST);
        lock.enable(PrivacyLockTest.PASSPHRASE, 15);
        Path missing = dir.resolve("no such backup.db");
        assertThrows(StorageException.class, () -> db.restoreFrom(missing));
        assertTrue(lock.isUnlocked(), "the key was not forgotten by a restore that did not happen");
        assertEquals("Kept safe", new DraftRepository(db).current());
    }
}
