package commonground.cues;

import java.time.Instant;
import java.util.stream.Collectors;

/** How check-ins read in lists: "Tue 24 Nov 2026, 18:30", "a little / clearly / strongly". */
public final class CheckInFormat {

    /** Said after a save that kept another computer's words of the check-in as a conflict copy. */
    static final String ALSO_CHANGED = "This check-in was also changed on another computer; the other words are kept "
            + "on the Sync page.";
    private static final String[] INTENSITY = {"", "a little", "clearly", "strongly"};

    private CheckInFormat() {
    }

    public static String when(Instant instant) {
        return commonground.shell.Dates.dayAndTime(instant);
    }

    /** "", "a little", "clearly" or "strongly" for 0 to 3. */
    public static String intensity(Integer level) {
        return level == null || level < 1 || level > 3 ? "" : INTENSITY[level];
    }

    /** The cues of a check-in in one line: "Going quiet (clearly), Relaxed laugh". */
    public static String cues(CheckIn checkIn) {
        return checkIn.draft().cues().stream().map(c -> c.seen()
                        + (c.intensity() == null ? "" : " (" + intensity(c.intensity()) + ")"))
                .collect(Collectors.joining(", "));
    }
}
