package commonground.shell;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** One date style across the app, from the user's locale; weeks named by their Monday, never "2026-W48". */
class DatesTest {

    private Locale was;

    @BeforeEach
    void british() {
        was = Locale.getDefault(Locale.Category.FORMAT);
        Locale.setDefault(Locale.Category.FORMAT, Locale.UK);
    }

    @AfterEach
    void restore() {
        Locale.setDefault(Locale.Category.FORMAT, was);
    }

    @Test
    void aDayIsWrittenTheWayTheLocaleWritesIt() {
        assertEquals("1 Dec 2026", Dates.day(LocalDate.of(2026, 12, 1)));
        assertEquals("1 Dec 2026, 18:30", Dates.dayAndTime(LocalDateTime.of(2026, 12, 1, 18, 30)));
        Locale.setDefault(Locale.Category.FORMAT, Locale.US);
        assertEquals("Dec 1, 2026", Dates.day(LocalDate.of(2026, 12, 1)));
        assertEquals("Dec 1, 2026, 6:30\u0020PM", Dates.dayAndTime(LocalDateTime.of(2026, 12, 1, 18, 30))
                .replace('\u202f', ' '), "the time in the locale's style too, as the practice sessions show it");
    }

    @Test
    void aWeekIsNamedByItsMondayNotItsIsoNumber() {
        assertEquals("23 Nov 2026", Dates.weekStart("2026-W48"));
        assertEquals("Week of 23 Nov 2026", Dates.week("2026-W48"));
        assertEquals("29 Dec 2025", Dates.weekStart("2026-W01"), "week 1 can begin in the year before");
        assertEquals("not a week", Dates.weekStart("not a week"));
    }

    @Test
    void aTypedDayIsReadInTheLocalesFormsAndADayThatDoesNotExistIsNot() {
        assertEquals(java.util.Optional.of(java.time.LocalDate.of(2026, 12, 20)), Dates.parse("20/12/2026"));
        assertEquals(java.util.Optional.of(java.time.LocalDate.of(2026, 12, 1)), Dates.parse("1 Dec 2026"));
        assertEquals(java.util.Optional.of(java.time.LocalDate.of(2026, 12, 1)), Dates.parse("2026-12-01"));
        assertEquals(java.util.Optional.empty(), Dates.parse("31/02/2026"));
        assertEquals(java.util.Optional.empty(), Dates.parse("next Tuesday"));
        assertEquals(java.util.Optional.empty(), Dates.parse("   "));
        Locale.setDefault(Locale.Category.FORMAT, Locale.US);
        assertEquals(java.util.Optional.of(java.time.LocalDate.of(2026, 12, 15)), Dates.parse("12/15/2026"));
        assertEquals(java.util.Optional.empty(), Dates.parse("20/12/2026"));
    }
}
