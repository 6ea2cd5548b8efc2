package commonground.storage.sync;

import java.util.List;

/**
 * What one sync did: records sent and files brought in, and anything to tell the user (a file that
 * was refused, a folder that cannot be reached). {@code reachedFolder} is false when the folder was
 * not there: everything stays here and is shared at a later sync.
 */
public record SyncReport(int published, int filesApplied, boolean reachedFolder, List<String> problems) {

    public SyncReport {
        problems = List.copyOf(problems);
    }

    public boolean ok() {
        return reachedFolder && problems.isEmpty();
    }
}
