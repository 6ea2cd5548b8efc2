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
    void sentFromSyncItSaysWhyAndOffersTheWayBackOnceTheLockIsOnAndTheKeyKept() {
        List<String> back = new ArrayList<>();
        model.comeBackAfterLockOn(() -> back.add("sync"));
        assertEquals(PrivacyWords.LOCK_FOR_SYNC, model.messageProperty().get());
        assertFalse(model.backOfferedProperty().get(), "not before the lock is on");
        turnOn();
        assertEquals(PrivacyViewModel.Stage.RECOVERY_KEY, model.stageProperty().get());
        assertFalse(model.backOfferedProperty().get(), "the recovery key is kept first");
        model.recoveryKeyKeptProperty().set(true);
        model.recoveryKeyDone();
        assertTrue(lock.isEnabled());
        assertTrue(model.backOfferedProperty().get());
        assertTrue(back.isEmpty(), "the user chooses when to go back");

        model.goBack();
        assertEquals(List.of("sync"), back);
        assertFalse(model.backOfferedProperty().get());
        model.goBack(); // once only
        assertEquals(List.of("sync"), back);
    }

    @Test
    void theWayBackStaysOfferedWhenTheAppLockedWhileTheKeyWasShown() {
        List<String> back = new ArrayList<>();
        model.comeBackAfterLockOn(() -> back.add("sync"));
        turnOn();
        model.onLock();
        assertEquals(PrivacyViewModel.Stage.ON, model.stageProperty().get());
        assertTrue(model.backOfferedProperty().get());
        model.goBack();
        assertEquals(List.of("sync"), back);
    }

    @Test
    void openedFromTheSidebarNoWayBackIsOffered() {
        turnOn();
        model.recoveryKeyKeptProperty().set(true);
        model.recoveryKeyDone();
        assertFalse(model.backOfferedProperty().get());
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
