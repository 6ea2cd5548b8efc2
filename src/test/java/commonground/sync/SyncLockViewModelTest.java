package commonground.sync;

import commonground.storage.FastKeys;
import commonground.app.SyncTables;
import commonground.reflection.NoteRepository;
import commonground.shell.DatabaseThread;
import commonground.shell.FakeDialogs;
import commonground.shell.Navigator;
import commonground.storage.Database;
import commonground.storage.PassphraseKeys;
import commonground.storage.PrivacyLock;
import commonground.storage.TestClock;
import commonground.storage.sync.SyncEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Sync page when another computer keeps its writing behind a passphrase and this one has no lock. */
class SyncLockViewModelTest {

    static final String SYNC_PASSPHRASE = "reeds by the river";

    @TempDir
    Path dir;
    TestClock clock = TestClock.at("2026-11-30T18:00:00Z");
    Database here;
    Database other;
    SyncEngine otherEngine;
    SyncViewModel model;
    Path shared;
    final List<String> shown = new ArrayList<>();

    @BeforeEach
    void open() throws Exception {
        here = Database.open(Files.createDirectories(dir.resolve("here")).resolve(Database.FILE_NAME), clock);
        other = Database.open(Files.createDirectories(dir.resolve("other")).resolve(Database.FILE_NAME), clock);
        here.registerSearchIndex(commonground.reflection.NoteSearch.INDEX);
        other.registerSearchIndex(commonground.reflection.NoteSearch.INDEX);
        PassphraseKeys.Cost cheap = new PassphraseKeys.Cost(1024, 1, 1);
        otherEngine = SyncTables.registerAll(new SyncEngine(other, clock, cheap, new SecureRandom()));
        SyncEngine engine = SyncTables.registerAll(new SyncEngine(here, clock, cheap, new SecureRandom()));
        Navigator navigator = new Navigator() {
            @Override
            public void show(String moduleId) {
                shown.add(moduleId);
            }

            @Override
            public void show(String moduleId, String target) {
                shown.add(moduleId + " " + target);
            }
        };
        model = new SyncViewModel(engine, DatabaseThread.sameThread(), new FakeDialogs(), clock, "Desktop", navigator);
        model.load();
        shared = Files.createDirectories(dir.resolve("shared"));
    }

    @AfterEach
    void close() {
        here.close();
        other.close();
    }

    @Test
    void joiningIsRefusedUntilTheLockIsOnHereThenItBringsEverythingIn() {
        new PrivacyLock(other, FastKeys.COST).enable("the other lock phrase".toCharArray(), 15);
        long id = new NoteRepository(other).create(null, null).id();
        new NoteRepository(other).saveBody(id, "Diagnosed with something");
        otherEngine.start(shared, SYNC_PASSPHRASE.toCharArray(), "Laptop");

        model.folderProperty().set(shared.toString());
        model.passphraseProperty().set(SYNC_PASSPHRASE);
        model.join();
        assertFalse(model.onProperty().get());
        assertTrue(model.lockNeededProperty().get());
        assertTrue(model.messageIsProblemProperty().get());
        assertEquals(SyncEngine.LOCK_FIRST, model.messageProperty().get());
        assertEquals(0, notesHere(), "nothing is brought in");
        assertEquals(shared.toString(), model.folderProperty().get(), "the folder stays chosen");
        assertEquals(SYNC_PASSPHRASE, model.passphraseProperty().get(), "the typed passphrase is kept for Join");

        model.turnLockOn();
        assertEquals(List.of("privacy " + SyncViewModel.LOCK_THEN_SYNC), shown);

        new PrivacyLock(here, FastKeys.COST).enable("this computer's lock".toCharArray(), 15);
        model.load(); // back on the Sync page
        assertFalse(model.lockNeededProperty().get());
        assertEquals("The lock is on here now. Choose Join a sync to bring your writing in.",
                model.messageProperty().get());
        assertEquals(SYNC_PASSPHRASE, model.passphraseProperty().get());
        model.join(); // nothing typed again
        assertTrue(model.onProperty().get(), model.messageProperty().get());
        assertFalse(model.lockNeededProperty().get());
        assertEquals(1, notesHere());
        assertEquals("", model.passphraseProperty().get(), "once used, the passphrase is not kept");
    }

    @Test
    void aWrongPassphraseIsNotKeptButTheLockRefusalIsForgottenOnLocking() {
        otherEngine.start(shared, SYNC_PASSPHRASE.toCharArray(), "Laptop");
        model.folderProperty().set(shared.toString());
        model.passphraseProperty().set("not the one");
        model.join();
        assertFalse(model.onProperty().get());
        assertEquals("", model.passphraseProperty().get(), "a wrong passphrase is cleared, to be typed again");
        assertEquals(shared.toString(), model.folderProperty().get());

        new PrivacyLock(other, FastKeys.COST).enable("the other lock phrase".toCharArray(), 15);
        otherEngine.syncNow();
        model.passphraseProperty().set(SYNC_PASSPHRASE);
        model.join();
        assertEquals(SYNC_PASSPHRASE, model.passphraseProperty().get());
        model.forgetTexts(); // the app locks: a secret typed here does not stay in memory
        assertEquals("", model.passphraseProperty().get());
        assertEquals(shared.toString(), model.folderProperty().get(), "the folder is no secret and stays");
        new PrivacyLock(here, FastKeys.COST).enable("this computer's lock".toCharArray(), 15);
        model.load();
        assertEquals("The lock is on here now. Type the sync passphrase again and choose Join a sync.",
                model.messageProperty().get());
    }

    @Test
    void whenTheOtherComputerTurnsItsLockOnThePageSaysWhyNothingComesIn() {
        otherEngine.start(shared, SYNC_PASSPHRASE.toCharArray(), "Laptop");
        model.folderProperty().set(shared.toString());
        model.passphraseProperty().set(SYNC_PASSPHRASE);
        model.join();
        assertTrue(model.onProperty().get());
        assertFalse(model.lockNeededProperty().get());

        new PrivacyLock(other, FastKeys.COST).enable("the other lock phrase".toCharArray(), 15);
        new NoteRepository(other).create(null, null);
        otherEngine.syncNow();
        model.syncNow();
        assertTrue(model.lockNeededProperty().get());
        assertTrue(model.messageIsProblemProperty().get());
        assertEquals(SyncEngine.LOCK_HERE_TOO, model.messageProperty().get());
        assertEquals(0, notesHere());

        model.load(); // opening the page again says it still
        assertEquals(SyncEngine.LOCK_HERE_TOO, model.messageProperty().get());

        new PrivacyLock(here, FastKeys.COST).enable("this computer's lock".toCharArray(), 15);
        model.syncNow();
        assertFalse(model.lockNeededProperty().get());
        assertFalse(model.messageIsProblemProperty().get(), model.messageProperty().get());
        assertEquals(1, notesHere(), "what waited comes in once the lock is on");
    }

    private long notesHere() {
        return here.read(c -> {
            try (var s = c.createStatement(); var rs = s.executeQuery("SELECT count(*) FROM note")) {
                return rs.getLong(1);
            }
        });
    }
}
