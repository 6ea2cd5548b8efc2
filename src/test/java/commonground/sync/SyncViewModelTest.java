package commonground.sync;

import commonground.shell.PassphraseStrength;

import commonground.app.SyncTables;
import commonground.reflection.NoteRepository;
import commonground.shell.DatabaseThread;
import commonground.shell.FakeDialogs;
import commonground.storage.Database;
import commonground.storage.PassphraseKeys;
import commonground.storage.TestClock;
import commonground.storage.sync.SyncEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Sync page's state and checks, without JavaFX, over a real database and folder. */
class SyncViewModelTest {

    @TempDir
    Path dir;
    TestClock clock = TestClock.at("2026-11-30T18:00:00Z");
    FakeDialogs dialogs = new FakeDialogs();
    Database db;
    SyncViewModel model;
    SyncEngine engine;

    @BeforeEach
    void open() throws Exception {
        db = Database.open(dir.resolve(Database.FILE_NAME), clock);
        engine = SyncTables.registerAll(new SyncEngine(db, clock,
                new PassphraseKeys.Cost(1024, 1, 1), new SecureRandom()));
        model = new SyncViewModel(engine, DatabaseThread.sameThread(), dialogs, clock, "Laptop");
        model.load();
    }

    @AfterEach
    void close() {
        db.close();
    }

    /** A time of day as the app writes it, in the locale's style. */
    private static String at(int hour, int minute) {
        return commonground.shell.Dates.time(java.time.LocalTime.of(hour, minute));
    }

    @Test
    void aMissingFolderOrAShortPassphraseIsSaidAndNothingStarts() throws Exception {
        model.start();
        assertTrue(model.messageProperty().get().startsWith("Please choose the folder"), model.messageProperty().get());
        for (String tool : new String[] {"Syncthing", "Dropbox", "iCloud Drive", "OneDrive", "Nextcloud", "USB stick"}) {
            assertTrue(model.messageProperty().get().contains(tool), "names " + tool + ": " + model.messageProperty().get());
        }
        model.folderProperty().set(dir.resolve("not-there").toString());
        model.start();
        assertTrue(model.messageProperty().get().startsWith("That folder is not there"));
        model.folderProperty().set(Files.createDirectories(dir.resolve("shared")).toString());
        model.passphraseProperty().set("short");
        model.start();
        assertTrue(model.messageProperty().get().contains("at least 8 characters"));
        assertTrue(model.messageIsProblemProperty().get());
        assertFalse(model.onProperty().get());
    }

    @Test
    void startingIntoAFolderNotThereYetOffersToMakeItAndMakesItOnlyWhenAsked() throws Exception {
        Path wanted = dir.resolve("Dropbox").resolve("journal"); // two folders new, as a newcomer typed
        model.folderProperty().set(wanted.toString());
        model.passphraseProperty().set("heron over the weeds");
        dialogs.confirmNext(false);
        model.start();
        assertEquals("Make this folder?", dialogs.lastAsked().title());
        assertFalse(Files.exists(wanted), "not made when the answer is no");
        assertFalse(model.onProperty().get());

        dialogs.confirmNext(true);
        model.start();
        assertTrue(Files.isDirectory(wanted));
        assertTrue(model.onProperty().get(), model.messageProperty().get());
    }

    @Test
    void aSyncPassphraseEasyToGuessIsRefusedAsTheLockRefusesItAndNothingGoesIntoTheFolder() throws Exception {
        Path shared = Files.createDirectories(dir.resolve("shared"));
        model.folderProperty().set(shared.toString());
        model.passphraseProperty().set("password");
        assertEquals(PassphraseStrength.WEAK, model.strengthProperty().get());
        model.start();
        assertTrue(model.messageProperty().get().contains("easy to guess"), model.messageProperty().get());
        assertTrue(model.messageIsProblemProperty().get());
        assertFalse(model.onProperty().get());
        try (var files = Files.list(shared)) {
            assertEquals(0, files.count(), "nothing is written into the folder");
        }
        model.passphraseProperty().set("heron over the weeds");
        assertEquals(PassphraseStrength.STRONG, model.strengthProperty().get());
        model.start();
        assertTrue(model.onProperty().get(), model.messageProperty().get());
    }

    @Test
    void startingShowsTheFolderAndWhenItSyncedAndStoppingAsksFirst() throws Exception {
        new NoteRepository(db).create(null, null);
        Path shared = Files.createDirectories(dir.resolve("shared"));
        model.folderProperty().set(shared.toString());
        model.passphraseProperty().set("reeds by the river");
        model.start();
        assertTrue(model.onProperty().get());
        assertEquals("", model.passphraseProperty().get(), "the passphrase is not kept in the form");
        assertTrue(model.summaryProperty().get().contains("as \u201cLaptop\u201d"), model.summaryProperty().get());
        assertTrue(model.summaryProperty().get().contains("Last synced at "), model.summaryProperty().get());
        assertFalse(model.messageIsProblemProperty().get(), model.messageProperty().get());

        dialogs.confirmNext(false);
        model.stop();
        assertTrue(model.onProperty().get(), "Cancel keeps syncing");
        dialogs.confirmNext(true);
        model.stop();
        assertFalse(model.onProperty().get());
        assertEquals(1L, (long) db.read(c -> {
            try (var s = c.createStatement(); var rs = s.executeQuery("SELECT count(*) FROM note")) {
                return rs.getLong(1);
            }
        }), "the data stays");
    }

    @Test
    void lastSyncedAtIsUpdatedByEverySyncAndShownAfterARestart() throws Exception {
        Path shared = Files.createDirectories(dir.resolve("shared"));
        model.folderProperty().set(shared.toString());
        model.passphraseProperty().set("reeds by the river");
        model.start();
        assertTrue(model.summaryProperty().get().endsWith("Last synced at " + at(18, 0) + "."), model.summaryProperty().get());

        clock.advance(java.time.Duration.ofMinutes(7));
        engine.syncNow(); // as the automatic sync does, without the page asking
        assertTrue(model.summaryProperty().get().endsWith("Last synced at " + at(18, 7) + "."), model.summaryProperty().get());

        db.close();
        clock.advance(java.time.Duration.ofHours(1));
        open();
        assertTrue(model.summaryProperty().get().endsWith("Last synced at " + at(18, 7) + "."), model.summaryProperty().get());
        clock.advance(java.time.Duration.ofDays(1));
        model.load();
        assertTrue(model.summaryProperty().get().contains("Last synced on "), model.summaryProperty().get());
        assertTrue(model.summaryProperty().get().endsWith(" at " + at(18, 7) + "."), model.summaryProperty().get());
    }

    @Test
    void aFolderThatIsMissingIsSaidPlainlyAndTheMessageGoesWhenItIsBack() throws Exception {
        Path shared = Files.createDirectories(dir.resolve("usb-stick"));
        model.folderProperty().set(shared.toString());
        model.passphraseProperty().set("reeds by the river");
        model.start();
        Path away = dir.resolve("unplugged");
        Files.move(shared, away);

        model.load();
        assertTrue(model.messageIsProblemProperty().get());
        assertTrue(model.messageProperty().get().startsWith("The sync folder cannot be found"),
                model.messageProperty().get());
        engine.syncNow();
        assertTrue(model.messageProperty().get().startsWith("The sync folder cannot be found"),
                model.messageProperty().get());
        assertTrue(model.summaryProperty().get().endsWith("Last synced at " + at(18, 0) + "."), "the last good sync still shows");

        Files.move(away, shared);
        clock.advance(java.time.Duration.ofMinutes(2));
        engine.syncNow();
        assertFalse(model.messageIsProblemProperty().get(), model.messageProperty().get());
        assertEquals("", model.messageProperty().get());
        assertTrue(model.summaryProperty().get().endsWith("Last synced at " + at(18, 2) + "."), model.summaryProperty().get());
    }
}
