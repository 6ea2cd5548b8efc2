package commonground.shell;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Home's "Recently" tells when, by the clock it is given and in its zone. */
class RecentActivityTimesTest {

    static final Instant NOW = Instant.parse("2026-03-14T18:45:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneId.of("Pacific/Auckland"));

    private static String ago(Duration d) {
        return RecentActivityView.describe(NOW.minus(d), CLOCK);
    }

    @Test
    void recentThingsAreToldInMinutesAndHours() {
        assertEquals("Just now", ago(Duration.ofSeconds(59)));
        assertEquals("1 min ago", ago(Duration.ofSeconds(60)));
        assertEquals("59 min ago", ago(Duration.ofMinutes(59)));
        assertEquals("1 hour ago", ago(Duration.ofMinutes(60)));
        assertEquals("23 hours ago", ago(Duration.ofHours(23)));
    }

    @Test
    void olderThingsAreToldByTheirDayInTheClocksZone() {
        // 14 March 18:45 UTC minus a day is 13 March 18:45 UTC: already 14 March in Auckland.
        // Told in the app's one date style (Dates), the same as everywhere else.
        assertEquals(Dates.day(java.time.LocalDate.of(2026, 3, 14)), ago(Duration.ofHours(24)));
        assertEquals(Dates.day(java.time.LocalDate.of(2026, 3, 13)),
                RecentActivityView.describe(Instant.parse("2026-03-12T12:00:00Z"), CLOCK));
    }
}
