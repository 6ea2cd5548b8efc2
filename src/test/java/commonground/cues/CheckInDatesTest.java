package commonground.cues;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The check-in day in the user's own format: shown one way, read in a few, never guessed. */
class CheckInDatesTest {

    private static final LocalDate NOV_24 = LocalDate.of(2026, 11, 24);

    @Test
    void inBritishEnglishTheDayComesFirst() {
        CheckInDates uk = new CheckInDates(Locale.UK);
        assertEquals("24 Nov 2026", uk.format(NOV_24));
        assertEquals(Optional.of(NOV_24), uk.parse("24 Nov 2026"));
        assertEquals(Optional.of(NOV_24), uk.parse(" 24 nov 2026 "));
        assertEquals(Optional.of(NOV_24), uk.parse("24 November 2026"));
        assertEquals(Optional.of(NOV_24), uk.parse("24/11/2026"));
        assertEquals(Optional.of(NOV_24), uk.parse("24/11/26"), "a two-digit year is this century");
        assertEquals(Optional.of(NOV_24), uk.parse("2026-11-24"));
        assertEquals(Optional.empty(), uk.parse("31/02/2026"), "no 31 February, not 28 February either");
        assertEquals(Optional.empty(), uk.parse("11/24/2026"));
        assertEquals(Optional.empty(), uk.parse("last tuesday"));
        assertEquals(Optional.empty(), uk.parse("24/11/1026"), "no year before 1900");
        assertEquals(Optional.empty(), uk.parse(""));
        assertEquals("", uk.format(null));
    }

    @Test
    void inAmericanEnglishTheMonthComesFirst() {
        CheckInDates us = new CheckInDates(Locale.US);
        assertEquals("Nov 24, 2026", us.format(NOV_24));
        assertEquals(Optional.of(NOV_24), us.parse("Nov 24, 2026"));
        assertEquals(Optional.of(NOV_24), us.parse("11/24/2026"));
        assertEquals(Optional.of(NOV_24), us.parse("11/24/26"));
        assertEquals(Optional.of(NOV_24), us.parse("2026-11-24"));
        assertEquals(Optional.empty(), us.parse("24/11/2026"));
        assertEquals(Optional.empty(), us.parse("2/31/2026"));
    }

    @Test
    void inGermanTheLocalesOwnFormIsRead() {
        CheckInDates de = new CheckInDates(Locale.GERMANY);
        assertEquals("24.11.2026", de.format(NOV_24));
        assertEquals(Optional.of(NOV_24), de.parse("24.11.2026"));
        assertEquals(Optional.of(NOV_24), de.parse("2026-11-24"));
    }
}
