package commonground.storage.sync;

import java.util.List;

/**
 * What one sync did: records sent and files brought in, and anything to tell the user (a file that
 * was refused, a folder that cannot be reached). {@code reachedFolder} is false when the folder was
 * not there: everything stays here and is shared at a later sync. {@code lockNeeded} is true when
 * nothing was brought in because another computer has its passphrase lock on and this one has not
 * (what waits comes in once the lock is on here).
 */
public record SyncReport(int published, int filesApplied, boolean reachedFolder, List<String> problems,
                         boolean lockNeeded) {

    public SyncReport {
        problems = List.copyOf(problems);
    }

    public SyncReport(int published, int filesApplied, boolean reachedFolder, List<String> problems) {
        this(published, filesApplied, reachedFolder, problems, false);
    }

    public boolean ok() {
        return reachedFolder && problems.isEmpty();
    }
}
