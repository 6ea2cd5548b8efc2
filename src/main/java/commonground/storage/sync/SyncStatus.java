package commonground.storage.sync;

import java.time.Instant;
import java.util.List;

/** Whether this computer syncs, with which folder, when it last did, and the computers it has seen. */
public record SyncStatus(boolean on, String folder, String deviceName, Instant lastSynced, String lastProblem,
                         List<Device> devices, int conflicts) {

    /** Another computer that syncs with the same folder, as its own file in the folder says. */
    public record Device(String name, Instant lastSynced, boolean left) {
    }

    public static SyncStatus off() {
        return new SyncStatus(false, null, null, null, null, List.of(), 0);
    }
}
