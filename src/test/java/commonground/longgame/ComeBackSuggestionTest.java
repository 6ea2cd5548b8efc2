package commonground.longgame;

import commonground.shell.ComeBackSuggestion;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.Period;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The day suggested for coming back is read from what the plan says, else the usual wait. */
class ComeBackSuggestionTest {

    private static final LocalDate TUESDAY = LocalDate.of(2026, 12, 1);

    private static LocalDate suggest(String text) {
        return ComeBackSuggestion.suggest(text, TUESDAY, Period.ofWeeks(2));
    }

    @Test
    void timesNamedInThePlanAreRead() {
        assertEquals(TUESDAY.plusWeeks(2), suggest("Try again in two weeks, on a walk."));
        assertEquals(TUESDAY.plusDays(3), suggest("in 3 days I'll ask if he wants to cook"));
        assertEquals(TUESDAY.plusWeeks(1), suggest("Next week, same time"));
        assertEquals(TUESDAY.plusMonths(1), suggest("Leave it for a month."));
        assertEquals(TUESDAY.plusDays(1), suggest("Tomorrow: just sit with her."));
        assertEquals(TUESDAY.plusWeeks(2), suggest("In a fortnight"));
        assertEquals(LocalDate.of(2026, 12, 7), suggest("This weekend, the market"));
    }

    @Test
    void theEarliestTimeNamedWinsAndNoTimeGivesTheUsualWait() {
        assertEquals(TUESDAY.plusDays(1), suggest("Tomorrow, and again in a month"));
        assertEquals(TUESDAY.plusWeeks(2), suggest("Be patient."));
        assertEquals(TUESDAY.plusWeeks(2), suggest(""));
        assertEquals(TUESDAY.plusWeeks(2), suggest(null));
        assertEquals(TUESDAY.plusWeeks(2), suggest("in 0 days"), "never today or before");
    }
}
