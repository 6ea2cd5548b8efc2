package commonground.sync;

import commonground.storage.FastKeys;
import commonground.app.AppTest;
import commonground.app.SyncTables;
import commonground.reflection.NoteRepository;
import commonground.shell.KeptWhere;
import commonground.storage.Canary;
import commonground.storage.Database;
import commonground.storage.PassphraseKeys;
import commonground.storage.PrivacyLock;
import commonground.storage.TestClock;
import commonground.storage.sync.SyncEngine;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The lock travels with sync, as a person meets it: the other computer keeps its writing behind a
 * passphrase, so Join says to turn the lock on here first and brings nothing in; the button takes
 * them to Privacy, and once the lock is on and the recovery key kept they are back on Sync, where
 * joining brings the writing in, sealed. Home and the sidebar then say it is kept on their computers.
 */
class SyncLockFlowTest extends AppTest {

    static final String PASSPHRASE = "heron over the reeds";
    static final String LOCK = "slow river at dusk";
    static final String CANARY = "Brindlewick Sorrowmoss Kelpfallow";

    @TempDir
    Path elsewhere;

    private String text(String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private boolean showing(String query) {
        return robot.lookup(query).tryQuery().map(Node::isVisible).orElse(false);
    }

    @Test
    void joinIsRefusedUntilTheLockIsOnHereThenTheWritingComesInSealed() throws Exception {
        Path shared = Files.createDirectories(elsewhere.resolve("Dropbox"));
        try (Database laptop = Database.open(elsewhere.resolve("laptop").resolve(Database.FILE_NAME),
                TestClock.at(Instant.now().toString()))) {
            laptop.registerSearchIndex(commonground.reflection.NoteSearch.INDEX);
            new PrivacyLock(laptop, FastKeys.COST).enable("the laptop's own lock".toCharArray(), 15);
            NoteRepository notes = new NoteRepository(laptop);
            notes.saveBody(notes.create(null, null).id(), CANARY);
            SyncEngine engine = SyncTables.registerAll(new SyncEngine(laptop, laptop.clock(),
                    new PassphraseKeys.Cost(1024, 1, 1), new SecureRandom()));
            assertTrue(engine.start(shared, PASSPHRASE.toCharArray(), "Laptop").ok());
        }
        startApp();
        assertEquals(KeptWhere.SIDEBAR_HERE, text("#data-location"));
        assertEquals(KeptWhere.HOME_HERE, text("#home-kept-where"));

        robot.clickOn("#nav-sync");
        driver.settle();
        robot.clickOn("#sync-folder").write(shared.toString());
        robot.clickOn("#sync-passphrase").write(PASSPHRASE);
        robot.clickOn("#sync-join");
        driver.settleWhen("the refusal", () -> showing("#sync-lock-first"));
        assertEquals(SyncEngine.LOCK_FIRST, text("#sync-message"));
        assertEquals(0L, ((Number) driver.value("SELECT count(*) FROM note")).longValue(), "nothing came in");
        assertEquals(0L, ((Number) driver.value("SELECT count(*) FROM sync_setting")).longValue());

        robot.clickOn("#sync-lock-first");
        driver.settleWhen("Privacy", () -> robot.lookup("#privacy-passphrase").tryQuery().isPresent());
        robot.clickOn("#privacy-passphrase").write(LOCK);
        robot.clickOn("#privacy-repeat").write(LOCK);
        robot.clickOn("#privacy-turn-on");
        driver.settleWhen("the recovery key", () -> robot.lookup("#recovery-kept").tryQuery().isPresent());
        robot.clickOn("#recovery-kept");
        robot.clickOn("#recovery-done");
        driver.settleWhen("the way back", () -> showing("#privacy-back-to-sync"));
        robot.clickOn("#privacy-back-to-sync");
        driver.settleWhen("back on Sync", () -> showing("#sync-join"));
        assertFalse(showing("#sync-lock-first"));
        assertEquals("The lock is on here now. Choose Join a sync to bring your writing in.", text("#sync-message"));
        assertEquals(shared.toString(), robot.lookup("#sync-folder").queryAs(TextField.class).getText(),
                "the folder chosen before is still there");
        assertEquals(PASSPHRASE, robot.lookup("#sync-passphrase").queryAs(TextField.class).getText(),
                "the passphrase typed before is still there");

        robot.clickOn("#sync-join");
        driver.settleWhen("the summary", () -> robot.lookup("#sync-summary").tryQuery().isPresent());
        assertEquals(1L, ((Number) driver.value("SELECT count(*) FROM note")).longValue(), "the writing came in");
        Object stored = driver.value("SELECT body FROM note");
        assertFalse(stored instanceof String, "the body is sealed here, not readable text");
        assertEquals(List.of(), Canary.filesContaining(dataDir, CANARY), "no file here holds the writing readable");

        driver.settleWhen("the sidebar's words", () -> KeptWhere.SIDEBAR_SYNCED.equals(text("#data-location")));
        robot.clickOn("#nav-home");
        driver.settle();
        assertEquals(KeptWhere.HOME_SYNCED, text("#home-kept-where"));
    }

    @Test
    void homeAndTheSidebarSayWhereTheWritingIsKeptWithSyncOnAndOff() throws Exception {
        Path shared = Files.createDirectories(elsewhere.resolve("Syncthing"));
        try (Database here = Database.open(dataDir.resolve(Database.FILE_NAME))) {
            assertTrue(SyncTables.registerAll(new SyncEngine(here, here.clock(), new PassphraseKeys.Cost(1024, 1, 1),
                    new SecureRandom())).start(shared, PASSPHRASE.toCharArray(), "Laptop").ok());
        }
        startApp();
        driver.settleWhen("the sidebar's words", () -> KeptWhere.SIDEBAR_SYNCED.equals(text("#data-location")));
        assertEquals(KeptWhere.HOME_SYNCED, text("#home-kept-where"));
        assertFalse(text("#home-kept-where").contains("stays on this computer"));

        robot.clickOn("#nav-sync");
        driver.settleWhen("the summary", () -> robot.lookup("#sync-summary").tryQuery().isPresent());
        robot.clickOn("#sync-stop");
        driver.settleWhen("the question", () -> robot.lookup("Stop syncing").tryQuery().isPresent());
        robot.clickOn("Stop syncing");
        driver.settleWhen("the sidebar's words", () -> KeptWhere.SIDEBAR_HERE.equals(text("#data-location")));
        assertEquals(0L, ((Number) driver.value("SELECT count(*) FROM sync_setting")).longValue());
        robot.clickOn("#nav-home");
        driver.settle();
        assertEquals(KeptWhere.HOME_HERE, text("#home-kept-where"));
    }
}
