package commonground.storage;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * ISO-8601 UTC timestamps with a fixed number of digits, so that comparing the text compares the
 * times (Instant.toString leaves out zero fractions, which breaks that). "Now" comes from the
 * database's clock: {@link Database#now()}.
 */
public final class Timestamps {

    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private Timestamps() {
    }

    public static String format(Instant instant) {
        return FORMAT.format(instant.truncatedTo(ChronoUnit.MILLIS));
    }

    public static Instant parse(String text) {
        return text == null ? null : Instant.parse(text);
    }
}
