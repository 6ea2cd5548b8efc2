package commonground.storage.sync;

import commonground.storage.Canary;
import commonground.storage.PrivacyLock;
import commonground.storage.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A computer with the passphrase lock on seals what it brings in with its own key, and waits while locked. */
class SyncWithLockTest {

    static final String CANARY = "Periwinkle Harbour Slowly";

    @TempDir
    Path tmp;
    Profile laptop;
    Profile desktop;

    @BeforeEach
    void setUp() throws Exception {
        TestClock clock = TestClock.at("2026-11-30T18:00:00Z");
        laptop = new Profile(tmp, "laptop", clock);
        desktop = new Profile(tmp, "desktop", clock);
    }

    @AfterEach
    void tearDown() {
        laptop.close();
        desktop.close();
    }

    @Test
    void whatArrivesIsSealedHereAndNothingSyncsWhileLocked() throws Exception {
        Path shared = Files.createDirectories(tmp.resolve("shared"));
        PrivacyLock lock = new PrivacyLock(desktop.db);
        lock.enable("desktop lock phrase".toCharArray(), 15);
        long id = laptop.note("Laptop: " + CANARY);
        laptop.sync.start(shared, SyncEngineTest.PASSPHRASE, "Laptop");
        assertTrue(desktop.sync.join(shared, SyncEngineTest.PASSPHRASE, "Desktop").ok());
        assertEquals("Laptop: " + CANARY, desktop.body(laptop.uuidOf(id)));

        lock.lock();
        SyncException e = assertThrows(SyncException.class, () -> desktop.sync.syncNow());
        assertTrue(e.getMessage().contains("unlock"), e.getMessage());
        assertFalse(desktop.sync.status().on(), "nothing of sync is read while locked");
        desktop.close();
        assertEquals(List.of(), Canary.filesContaining(desktop.dir, CANARY));
        assertEquals(List.of(), Canary.filesContaining(shared, CANARY));

        desktop.open();
        PrivacyLock reopened = new PrivacyLock(desktop.db);
        assertTrue(reopened.unlock("desktop lock phrase".toCharArray()));
        laptop.notes.saveBody(id, "Laptop again: " + CANARY);
        laptop.sync.syncNow();
        assertTrue(desktop.sync.syncNow().ok());
        assertEquals("Laptop again: " + CANARY, desktop.body(laptop.uuidOf(id)));
    }
}
