package commonground.storage.sync;

import java.time.Clock;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A hybrid logical clock: stamps that follow the wall clock but never go backwards, and that
 * always come after every stamp this computer has seen from another, however far the clocks of
 * the two computers disagree. A stamp is text that sorts as it compares:
 * {@code <15-digit milliseconds>-<5-digit counter>-<device id>}.
 */
final class Hlc {

    private static final Pattern STAMP = Pattern.compile("(\\d{15})-(\\d{5})-([0-9a-z]{8,64})");

    private final Clock clock;
    private final String device;
    private long millis;
    private int counter;

    Hlc(Clock clock, String device, String last) {
        this.clock = clock;
        this.device = device;
        if (last != null && !last.isEmpty()) {
            observe(last);
        }
    }

    /** A new stamp, later than any this clock has made or seen. */
    String next() {
        return next(clock.millis());
    }

    /**
     * A new stamp dated {@code physical} (when the change was made) where that is later than every
     * stamp made or seen, else just after the latest of those.
     */
    String next(long physical) {
        long now = physical;
        if (now > millis) {
            millis = now;
            counter = 0;
        } else {
            counter++;
            if (counter > 99_999) {
                millis++;
                counter = 0;
            }
        }
        return format(millis, counter, device);
    }

    /** Moves this clock past {@code stamp} (another computer's), so later stamps come after it. */
    void observe(String stamp) {
        Matcher m = parse(stamp);
        long otherMillis = Long.parseLong(m.group(1));
        int otherCounter = Integer.parseInt(m.group(2));
        if (otherMillis > millis || (otherMillis == millis && otherCounter > counter)) {
            millis = otherMillis;
            counter = otherCounter;
        }
    }

    /** The wall clock's time now, in milliseconds. */
    long now() {
        return clock.millis();
    }

    /** The latest stamp made or seen, to keep until next time. */
    String last() {
        return format(millis, counter, device);
    }

    static boolean isStamp(String text) {
        return text != null && STAMP.matcher(text).matches();
    }

    /** The wall-clock time of a stamp. */
    static Instant instant(String stamp) {
        return Instant.ofEpochMilli(Long.parseLong(parse(stamp).group(1)));
    }

    private static Matcher parse(String stamp) {
        Matcher m = STAMP.matcher(stamp == null ? "" : stamp);
        if (!m.matches()) {
            throw new IllegalArgumentException("Not a sync stamp: " + stamp);
        }
        return m;
    }

    static String format(long millis, int counter, String device) {
        return String.format("%015d-%05d-%s", millis, counter, device);
    }
}
