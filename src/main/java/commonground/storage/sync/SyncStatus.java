package commonground.storage.sync;

import java.time.Instant;
import java.util.List;

/**
 * Whether this computer syncs, with which folder, when it last did (and what went wrong then, if
 * anything), the computers it has seen, and whether the folder can be reached now.
 */
public record SyncStatus(boolean on, String folder, String deviceName, Instant lastSynced, String lastProblem,
                         List<Device> devices, int conflicts, boolean folderThere) {

    /** Another computer that syncs with the same folder, as its own file in the folder says. */
    public record Device(String name, Instant lastSynced, boolean left) {
    }

    public static SyncStatus off() {
        return new SyncStatus(false, null, null, null, null, List.of(), 0, false);
    }
}
