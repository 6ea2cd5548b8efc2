package commonground.storage;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * ISO-8601 UTC timestamps with a fixed number of digits, so that comparing the text compares the
 * times (Instant.toString leaves out zero fractions, which breaks that).
 */
final class Timestamps {

    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private Timestamps() {
    }

    static String format(Instant instant) {
        return FORMAT.format(instant.truncatedTo(ChronoUnit.MILLIS));
    }

    static String now() {
        return format(Instant.now());
    }

    static Instant parse(String text) {
        return text == null ? null : Instant.parse(text);
    }
}
