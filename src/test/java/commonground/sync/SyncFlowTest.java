package commonground.sync;

import commonground.app.AppTest;
import commonground.app.SyncTables;
import commonground.reflection.NoteRepository;
import commonground.storage.Database;
import commonground.storage.PassphraseKeys;
import commonground.storage.TestClock;
import commonground.storage.sync.SyncEngine;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Sync as a person uses it: on the Sync page, type the shared folder and the sync passphrase and
 * join; the other computer's note arrives and the other computer is listed. A text changed on both
 * computers shows as a conflict copy, and Done takes it away.
 */
class SyncFlowTest extends AppTest {

    static final String PASSPHRASE = "heron over the reeds";
    static final PassphraseKeys.Cost FAST = new PassphraseKeys.Cost(1024, 1, 1);

    @TempDir
    Path elsewhere;

    /** The other computer: its own profile, with a clock two minutes ahead so its edit is the later one. */
    private Database otherComputer() throws Exception {
        TestClock clock = TestClock.at(Instant.now().plus(Duration.ofMinutes(2)).toString());
        return Database.open(elsewhere.resolve("desktop").resolve(Database.FILE_NAME), clock);
    }

    private static SyncEngine engine(Database db) {
        return SyncTables.registerAll(new SyncEngine(db, db.clock(), FAST, new SecureRandom()));
    }

    private String text(String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    @Test
    void joiningFromTheSyncPageBringsTheOtherComputersNotesIn() throws Exception {
        Path shared = Files.createDirectories(elsewhere.resolve("Dropbox"));
        try (Database desktop = otherComputer()) {
            NoteRepository notes = new NoteRepository(desktop);
            notes.saveBody(notes.create(null, null).id(), "Written at work\nHe asked about my weekend.");
            assertTrue(engine(desktop).start(shared, PASSPHRASE.toCharArray(), "Desktop at work").ok());
        }
        startApp();
        robot.clickOn("#nav-sync");
        driver.settle();
        robot.clickOn("#sync-folder").write(shared.toString());
        robot.clickOn("#sync-passphrase").write("heron over the weeds");
        robot.clickOn("#sync-join");
        driver.settle();
        assertTrue(text("#sync-message").contains("does not open this folder"), text("#sync-message"));
        assertEquals(0L, ((Number) driver.value("SELECT count(*) FROM note")).longValue(), "nothing came in");

        robot.clickOn("#sync-passphrase").write(PASSPHRASE);
        robot.clickOn("#sync-join");
        driver.settleWhen("the summary", () -> robot.lookup("#sync-summary").tryQuery().isPresent());
        assertTrue(text("#sync-summary").contains(shared.toString()), text("#sync-summary"));
        assertTrue(text("#sync-summary").contains("Last synced at "), text("#sync-summary"));
        assertTrue(text("#sync-message").contains("joined"), text("#sync-message"));
        assertEquals("Written at work\nHe asked about my weekend.", driver.value("SELECT body FROM note"));
        assertEquals(1L, ((Number) driver.value("SELECT count(*) FROM sync_setting")).longValue());
        assertTrue(robot.lookup("#sync-devices .label").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().startsWith("Desktop at work")), "the other computer is listed");
    }

    @Test
    void aTextChangedOnBothComputersIsListedAndDoneTakesItAway() throws Exception {
        Path shared = Files.createDirectories(elsewhere.resolve("USB"));
        String uuid;
        try (Database laptop = Database.open(dataDir.resolve(Database.FILE_NAME))) {
            NoteRepository notes = new NoteRepository(laptop);
            long id = notes.create(null, null).id();
            notes.saveBody(id, "Sunday");
            uuid = notes.find(id).orElseThrow().uuid();
            SyncEngine sync = engine(laptop);
            sync.start(shared, PASSPHRASE.toCharArray(), "Laptop");
            try (Database desktop = otherComputer()) {
                SyncEngine other = engine(desktop);
                other.join(shared, PASSPHRASE.toCharArray(), "Desktop");
                notes.saveBody(id, "Sunday: we walked the dog together and said little");
                sync.syncNow();
                NoteRepository theirs = new NoteRepository(desktop);
                long theirId = theirs.page(commonground.reflection.NoteFilter.ALL, null, 10).get(0).id();
                theirs.saveBody(theirId, "Sunday: lunch at her mother's, quieter than I hoped");
                other.syncNow();
            }
        }
        startApp();
        robot.clickOn("#nav-sync");
        driver.settle();
        robot.clickOn("#sync-now");
        driver.settleWhen("the conflict list", () -> robot.lookup("#sync-conflicts").tryQuery().isPresent());
        assertEquals("Sunday: lunch at her mother's, quieter than I hoped",
                driver.value("SELECT body FROM note WHERE uuid = ?", uuid));
        TextArea kept = robot.lookup("#sync-conflicts .conflict-text").queryAs(TextArea.class);
        assertEquals("Sunday: we walked the dog together and said little", kept.getText());
        assertEquals(1L, ((Number) driver.value("SELECT count(*) FROM conflict_copy")).longValue());

        robot.clickOn(robot.lookup("#sync-conflicts .conflict-done").queryAs(Button.class));
        driver.settleWhen("the list to go", () -> robot.lookup("#sync-conflicts").tryQuery().isEmpty());
        assertEquals(0L, ((Number) driver.value("SELECT count(*) FROM conflict_copy")).longValue());
        assertEquals(1L, ((Number) driver.value("SELECT count(*) FROM sync_dirty WHERE table_name = 'conflict_copy'"))
                .longValue(), "the dismissal is shared at the next sync");
    }

    @Test
    void aGoodMomentFromTheOtherComputerComesInAndAMissingFolderIsSaidPlainly() throws Exception {
        Path shared = Files.createDirectories(elsewhere.resolve("Nextcloud"));
        try (Database laptop = Database.open(dataDir.resolve(Database.FILE_NAME))) {
            new commonground.people.PeopleRepository(laptop).add("Dad", commonground.people.Relationship.PARENT, "");
            assertTrue(engine(laptop).start(shared, PASSPHRASE.toCharArray(), "Laptop").ok());
        }
        startApp();
        robot.clickOn("#nav-sync");
        driver.settleWhen("the summary", () -> robot.lookup("#sync-summary").tryQuery().isPresent());
        try (Database desktop = otherComputer()) {
            SyncEngine other = engine(desktop);
            assertTrue(other.join(shared, PASSPHRASE.toCharArray(), "Desktop").ok());
            long dad = new commonground.people.PeopleRepository(desktop).active().get(0).id();
            new commonground.longgame.GoodMomentRepository(desktop).add(dad, java.time.LocalDate.now(),
                    "Desktop: he laughed at my terrible joke", "", "");
            assertTrue(other.syncNow().ok());
        }
        robot.clickOn("#sync-now");
        driver.settleWhen("the moment to come in", () -> ((Number) driver.value(
                "SELECT count(*) FROM good_moment")).longValue() == 1L);
        assertEquals("Desktop: he laughed at my terrible joke", driver.value("SELECT what FROM good_moment"));
        assertTrue(text("#sync-summary").contains("Last synced at "), text("#sync-summary"));

        Files.move(shared, elsewhere.resolve("Nextcloud-unplugged"));
        robot.clickOn("#sync-now");
        driver.settleWhen("the message", () -> text("#sync-message").startsWith("The sync folder cannot be found"));
        assertTrue(text("#sync-summary").contains("Last synced at "), "the last good sync still shows");
        assertTrue(robot.lookup("#sync-devices .label").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().equals("They show here when the folder can be reached.")));
        assertEquals(1L, ((Number) driver.value("SELECT count(*) FROM good_moment")).longValue(), "nothing is lost");
    }
}
