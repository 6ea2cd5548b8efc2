package commonground.cues;

import java.time.Instant;

/** A check-in as Home's recent activity shows it: when it was saved, with whom, and whether it was changed. */
public record RecentCheckIn(Instant when, long personId, String personName, boolean edited) {
}
