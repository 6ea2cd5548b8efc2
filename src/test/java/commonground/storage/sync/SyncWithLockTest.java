package commonground.storage.sync;

import commonground.storage.FastKeys;
import commonground.storage.Canary;
import commonground.storage.PrivacyLock;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A computer with the passphrase lock on seals what it brings in with its own key, and waits while locked. */
class SyncWithLockTest extends TwoComputers {

    static final String CANARY = "Periwinkle Harbour Slowly";

    @Test
    void whatArrivesIsSealedHereAndNothingSyncsWhileLocked() throws Exception {
        Path shared = Files.createDirectories(tmp.resolve("shared"));
        PrivacyLock lock = new PrivacyLock(desktop.db, FastKeys.COST);
        lock.enable("desktop lock phrase".toCharArray(), 15);
        long id = laptop.note("Laptop: " + CANARY);
        laptop.sync.start(shared, PASSPHRASE, "Laptop");
        assertTrue(desktop.sync.join(shared, PASSPHRASE, "Desktop").ok());
        assertEquals("Laptop: " + CANARY, desktop.body(laptop.uuidOf(id)));

        lock.lock();
        SyncException e = assertThrows(SyncException.class, () -> desktop.sync.syncNow());
        assertTrue(e.getMessage().contains("unlock"), e.getMessage());
        assertFalse(desktop.sync.status().on(), "nothing of sync is read while locked");
        desktop.close();
        assertEquals(List.of(), Canary.filesContaining(desktop.dir, CANARY));
        assertEquals(List.of(), Canary.filesContaining(shared, CANARY));

        desktop.open();
        PrivacyLock reopened = new PrivacyLock(desktop.db, FastKeys.COST);
        assertTrue(reopened.unlock("desktop lock phrase".toCharArray()));
        laptop.notes.saveBody(id, "Laptop again: " + CANARY);
        laptop.sync.syncNow();
        assertTrue(desktop.sync.syncNow().ok());
        assertEquals("Laptop again: " + CANARY, desktop.body(laptop.uuidOf(id)));
    }
}
