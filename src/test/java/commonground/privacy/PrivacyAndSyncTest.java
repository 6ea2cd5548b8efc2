package commonground.privacy;

import commonground.storage.FastKeys;
import commonground.shell.DatabaseThread;
import commonground.shell.FakeDialogs;
import commonground.storage.Database;
import commonground.storage.PrivacyLock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Privacy with sync: Sync sends the user here to turn the lock on first and they go back once it is
 * on; turning the lock off while another computer keeps its lock warns that theirs stays on.
 */
class PrivacyAndSyncTest {

    @TempDir
    Path dir;
    Database db;
    PrivacyLock lock;
    FakeDialogs dialogs = new FakeDialogs();
    PrivacyViewModel model;
    boolean othersLocked;

    @BeforeEach
    void open() throws Exception {
        db = Database.open(dir.resolve(Database.FILE_NAME));
        db.registerSearchIndex(commonground.reflection.NoteSearch.INDEX);
        lock = new PrivacyLock(db, FastKeys.COST);
        model = new PrivacyViewModel(lock, DatabaseThread.sameThread(), dialogs, new LockControl() {
            @Override
            public void lockNow() {
            }

            @Override
            public void lockSettingsChanged(boolean enabled, int autoLockMinutes) {
            }
        });
        model.othersKeepLock(() -> othersLocked);
        model.load();
    }

    @AfterEach
    void close() {
        db.close();
    }

    private void turnOn() {
        model.passphraseProperty().set("walks on sunday");
        model.repeatProperty().set("walks on sunday");
        model.turnOn();
    }

    @Test
    void sentFromSyncItSaysWhyAndGoesBackOnceTheLockIsOnAndTheKeyKept() {
        List<String> back = new ArrayList<>();
        model.comeBackAfterLockOn(() -> back.add("sync"));
        assertEquals(PrivacyWords.LOCK_FOR_SYNC, model.messageProperty().get());
        turnOn();
        assertTrue(back.isEmpty(), "the recovery key is shown first");
        assertEquals(PrivacyViewModel.Stage.RECOVERY_KEY, model.stageProperty().get());
        model.recoveryKeyDone();
        assertEquals(List.of("sync"), back);
        assertTrue(lock.isEnabled());

        model.recoveryKeyDone(); // a later time is not sent back again
        assertEquals(List.of("sync"), back);
    }

    @Test
    void turningTheLockOffWarnsThatTheOtherComputersKeepTheirs() {
        turnOn();
        model.recoveryKeyDone();
        othersLocked = true;
        model.currentPassphraseProperty().set("walks on sunday");
        dialogs.confirmNext(false);
        model.turnOff();
        assertTrue(dialogs.lastAsked().message().contains(PrivacyWords.OTHERS_KEEP_LOCK), dialogs.lastAsked().message());
        assertTrue(lock.isEnabled());

        othersLocked = false;
        dialogs.confirmNext(false);
        model.turnOff();
        assertFalse(dialogs.lastAsked().message().contains("other computers"), dialogs.lastAsked().message());

        othersLocked = true;
        dialogs.confirmNext(true);
        model.turnOff();
        assertFalse(lock.isEnabled(), "the warning does not stop the user");
    }

    @Test
    void aSyncFolderThatCannotBeReadDoesNotStopTurningTheLockOff() {
        turnOn();
        model.recoveryKeyDone();
        model.othersKeepLock(() -> {
            throw new IllegalStateException("folder unplugged");
        });
        model.currentPassphraseProperty().set("walks on sunday");
        dialogs.confirmNext(true);
        model.turnOff();
        assertFalse(lock.isEnabled());
    }
}
