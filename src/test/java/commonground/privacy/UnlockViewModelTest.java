package commonground.privacy;

import commonground.storage.FastKeys;
import commonground.shell.DatabaseThread;
import commonground.storage.Database;
import commonground.storage.PrivacyLock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The unlock screen: a wrong passphrase is said to be wrong as often as it is tried; the right one
 * or the recovery key opens. One locked database for the class (turning the lock on is slow by design).
 */
class UnlockViewModelTest {

    static final String PASSPHRASE = "walks on sunday";

    @TempDir
    static Path dir;
    static Database db;
    static PrivacyLock lock;
    static String recoveryKey;
    int unlocked;
    UnlockViewModel model;

    @BeforeAll
    static void lockIt() throws Exception {
        db = Database.open(dir.resolve(Database.FILE_NAME));
        db.registerSearchIndex(commonground.reflection.NoteSearch.INDEX); // as the app does: the lock keeps it clear
        lock = new PrivacyLock(db, FastKeys.COST);
        recoveryKey = lock.enable(PASSPHRASE.toCharArray(), 15).recoveryKey();
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @BeforeEach
    void locked() {
        lock.lock();
        model = new UnlockViewModel(lock, DatabaseThread.sameThread(), () -> unlocked++);
    }

    @Test
    void nothingTypedIsExplained() {
        model.unlock();
        assertEquals("Please type your passphrase.", model.messageProperty().get());
        model.useRecoveryKeyProperty().set(true);
        model.unlock();
        assertEquals("Please type your recovery key.", model.messageProperty().get());
        assertEquals(0, unlocked);
    }

    @Test
    void aWrongPassphraseIsSaidToBeWrongEveryTime() {
        for (int i = 0; i < 3; i++) {
            model.secretProperty().set("walks on monday");
            model.unlock();
            assertEquals(UnlockViewModel.WRONG_PASSPHRASE, model.messageProperty().get());
            assertFalse(model.messageProperty().get().contains("limit"), "no talk of limits on tries");
            assertEquals("", model.secretProperty().get(), "a wrong passphrase is not kept");
            assertFalse(model.busyProperty().get(), "no wait between tries");
        }
        assertEquals(0, unlocked);
        assertFalse(lock.isUnlocked());
    }

    @Test
    void theRightPassphraseOpensAndIsForgotten() {
        model.secretProperty().set(PASSPHRASE);
        model.unlock();
        assertEquals(1, unlocked);
        assertTrue(lock.isUnlocked());
        assertEquals("", model.secretProperty().get());
        assertEquals("", model.messageProperty().get());
    }

    @Test
    void theRecoveryKeyOpensAndSaysWhereToChooseANewPassphrase() {
        model.useRecoveryKeyProperty().set(true);
        model.secretProperty().set("AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH");
        model.unlock();
        assertEquals(UnlockViewModel.WRONG_RECOVERY_KEY, model.messageProperty().get());
        assertEquals("", model.secretProperty().get(), "a wrong recovery key is not left on screen either");
        model.secretProperty().set(recoveryKey);
        model.unlock();
        assertEquals(1, unlocked);
        assertEquals("Opened with your recovery key. You can choose a new passphrase in Privacy.",
                model.messageProperty().get());
    }

    @Test
    void switchingToTheRecoveryKeyClearsWhatWasTyped() {
        model.secretProperty().set("walks on monday");
        model.unlock();
        model.useRecoveryKeyProperty().set(true);
        assertEquals("", model.secretProperty().get());
        assertEquals("", model.messageProperty().get());
    }

    @Test
    void nothingHappensWhileTheDataIsStillBeingOpened() {
        model.readyProperty().set(false);
        model.secretProperty().set(PASSPHRASE);
        model.unlock();
        assertEquals(0, unlocked);
        assertEquals("", model.messageProperty().get());
    }
}
