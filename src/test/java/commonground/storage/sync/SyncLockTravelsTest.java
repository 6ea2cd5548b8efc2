package commonground.storage.sync;

import commonground.storage.FastKeys;
import commonground.storage.Canary;
import commonground.storage.PrivacyLock;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The lock travels with sync: a computer whose lock is off brings nothing in from a folder where
 * another computer keeps its writing behind a passphrase, until its own lock is on; nothing is lost.
 */
class SyncLockTravelsTest extends TwoComputers {

    static final String CANARY = "Quillwort Fenmarrow Ashbrine";
    static final char[] LOCK = "a long lock phrase here".toCharArray();

    @Test
    void joiningWithoutTheLockIsRefusedAndBringsNothingInUntilTheLockIsOn() throws Exception {
        new PrivacyLock(laptop.db, FastKeys.COST).enable(LOCK, 15);
        long id = laptop.note("Laptop: " + CANARY);
        laptop.sync.start(shared, PASSPHRASE, "Laptop");

        SyncException refused = assertThrows(SyncException.class,
                () -> desktop.sync.join(shared, PASSPHRASE, "Desktop"));
        assertTrue(refused.isLockNeeded());
        assertEquals(SyncEngine.LOCK_FIRST, refused.getMessage());
        assertFalse(desktop.sync.isOn(), "a refused join leaves this computer as it was");
        assertNull(desktop.body(laptop.uuidOf(id)));
        desktop.close();
        assertEquals(List.of(), Canary.filesContaining(desktop.dir, CANARY), "the joining database holds no canary");
        desktop.open();

        new PrivacyLock(desktop.db, FastKeys.COST).enable("desktop lock phrase".toCharArray(), 15);
        assertTrue(desktop.sync.join(shared, PASSPHRASE, "Desktop").ok());
        assertEquals("Laptop: " + CANARY, desktop.body(laptop.uuidOf(id)));
        desktop.close();
        assertEquals(List.of(), Canary.filesContaining(desktop.dir, CANARY), "what came in is sealed here");
        assertEquals(List.of(), Canary.filesContaining(shared, CANARY));
    }

    @Test
    void whenAnotherComputerTurnsItsLockOnNothingMoreComesInUntilItIsOnHereAndNothingIsLost() throws Exception {
        long id = laptop.note("Before the lock");
        laptop.sync.start(shared, PASSPHRASE, "Laptop");
        assertTrue(desktop.sync.join(shared, PASSPHRASE, "Desktop").ok());
        assertEquals("Before the lock", desktop.body(laptop.uuidOf(id)));
        assertFalse(desktop.sync.status().lockNeeded());

        new PrivacyLock(laptop.db, FastKeys.COST).enable(LOCK, 15);
        long later = laptop.note("After the lock: " + CANARY);
        laptop.sync.syncNow();

        SyncReport waiting = desktop.sync.syncNow();
        assertTrue(waiting.lockNeeded());
        assertEquals(List.of(SyncEngine.LOCK_HERE_TOO), waiting.problems());
        assertEquals(0, waiting.filesApplied());
        assertNull(desktop.body(laptop.uuidOf(later)), "nothing more is brought in");
        SyncStatus status = desktop.sync.status();
        assertTrue(status.lockNeeded());
        assertEquals(SyncEngine.LOCK_HERE_TOO, status.lastProblem());
        desktop.close();
        assertEquals(List.of(), Canary.filesContaining(desktop.dir, CANARY));
        desktop.open();

        // What this computer writes meanwhile still goes out.
        long fromDesktop = desktop.note("Written on the desktop meanwhile");
        desktop.sync.syncNow();
        laptop.sync.syncNow();
        assertEquals("Written on the desktop meanwhile", laptop.body(desktop.uuidOf(fromDesktop)));

        new PrivacyLock(desktop.db, FastKeys.COST).enable("desktop lock phrase".toCharArray(), 15);
        SyncReport after = desktop.sync.syncNow();
        assertTrue(after.ok(), after.problems().toString());
        assertFalse(after.lockNeeded());
        assertEquals("After the lock: " + CANARY, desktop.body(laptop.uuidOf(later)), "it comes in once the lock is on");
        assertFalse(desktop.sync.status().lockNeeded());
    }

    @Test
    void aComputerThatLeftNoLongerAsksForTheLock() throws Exception {
        new PrivacyLock(laptop.db, FastKeys.COST).enable(LOCK, 15);
        laptop.sync.start(shared, PASSPHRASE, "Laptop");
        assertTrue(laptop.sync.status().lockedHere());
        laptop.sync.stop();
        long id = desktop.note("Desktop only");
        assertTrue(desktop.sync.join(shared, PASSPHRASE, "Desktop").ok());
        assertEquals("Desktop only", desktop.body(desktop.uuidOf(id)));
    }

    @Test
    void theOthersSeeWhoKeepsTheLockSoTurningItOffCanWarn() throws Exception {
        new PrivacyLock(laptop.db, FastKeys.COST).enable(LOCK, 15);
        new PrivacyLock(desktop.db, FastKeys.COST).enable("desktop lock phrase".toCharArray(), 15);
        laptop.sync.start(shared, PASSPHRASE, "Laptop");
        desktop.sync.join(shared, PASSPHRASE, "Desktop");
        assertTrue(desktop.sync.status().othersLocked());
        assertTrue(desktop.sync.status().devices().get(0).locked());
    }
}
