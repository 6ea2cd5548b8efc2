package commonground.storage.sync;

import java.time.Instant;
import java.util.List;

/**
 * Whether this computer syncs, with which folder, when it last did (and what went wrong then, if
 * anything), the computers it has seen (and whether each has its passphrase lock on), whether the
 * folder can be reached now, and whether this computer's lock is on.
 */
public record SyncStatus(boolean on, String folder, String deviceName, Instant lastSynced, String lastProblem,
                         List<Device> devices, int conflicts, boolean folderThere, boolean lockedHere) {

    /** Whether some other computer that still syncs keeps its writing behind a passphrase. */
    public boolean othersLocked() {
        return devices.stream().anyMatch(d -> d.locked() && !d.left());
    }

    /** Another computer has its lock on and this one has not: nothing more comes in until it has. */
    public boolean lockNeeded() {
        return on && !lockedHere && othersLocked();
    }

    /** Another computer that syncs with the same folder, as its own file in the folder says. */
    public record Device(String name, Instant lastSynced, boolean left, boolean locked) {
    }

    public static SyncStatus off() {
        return new SyncStatus(false, null, null, null, null, List.of(), 0, false, false);
    }
}
