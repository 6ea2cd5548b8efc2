package commonground.longgame;

import commonground.cues.CheckIn;
import commonground.people.Person;
import commonground.shell.ComeBackChoice;
import commonground.shell.ComeBackDates;
import commonground.shell.DatabaseThread;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The "Come back to this on" field: a suggestion until chosen, easy to change or clear, never a day gone by. */
class ComeBackChoiceTest {

    @TempDir
    Path dir;
    private LongGameFixture f;
    private ComeBackChoice choice;
    private CheckIn checkIn;
    private Person dad;

    @BeforeEach
    void open() throws Exception {
        f = new LongGameFixture(dir, "2026-12-01T10:00:00Z", ZoneOffset.UTC);
        dad = f.person("Dad");
        checkIn = f.checkIn(dad, "2026-11-30T17:00:00Z", null, 0);
        choice = new ComeBackChoice(f.comeBack, DatabaseThread.sameThread(), f.clock);
        choice.show(ComeBackDates.CHECK_IN, checkIn.uuid(), dad.id(), LocalDate.of(2026, 12, 8));
    }

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void theSuggestionIsShownButNothingIsKeptUntilChosen() {
        assertEquals(LocalDate.of(2026, 12, 8), choice.dayProperty().get());
        assertNull(choice.chosenProperty().get());
        assertTrue(choice.statusProperty().get().startsWith("Suggested: " + commonground.shell.Dates.day(LocalDate.of(2026, 12, 8)) + "."));
        assertEquals(Optional.empty(), f.comeBack.dueOn(ComeBackDates.CHECK_IN, checkIn.uuid()));
    }

    @Test
    void aDayIsKeptChangedAndClearedAndShownAgainWhenTheItemIsOpenedAgain() {
        choice.dayProperty().set(LocalDate.of(2026, 12, 5));
        choice.keep();
        assertEquals(LocalDate.of(2026, 12, 5), f.comeBack.dueOn(ComeBackDates.CHECK_IN, checkIn.uuid()).orElseThrow());
        assertEquals("You will find it on Home from " + commonground.shell.Dates.day(LocalDate.of(2026, 12, 5)) + ".",
                choice.statusProperty().get());

        ComeBackChoice again = new ComeBackChoice(f.comeBack, DatabaseThread.sameThread(), f.clock);
        again.show(ComeBackDates.CHECK_IN, checkIn.uuid(), dad.id(), LocalDate.of(2026, 12, 8));
        assertEquals(LocalDate.of(2026, 12, 5), again.dayProperty().get(), "the day kept, not the suggestion");

        again.clear();
        assertEquals(Optional.empty(), f.comeBack.dueOn(ComeBackDates.CHECK_IN, checkIn.uuid()));
        assertEquals(LocalDate.of(2026, 12, 8), again.dayProperty().get());
        assertNull(again.chosenProperty().get());
    }

    @Test
    void aDayGoneByIsRefusedWithAMessageAndNothingIsKept() {
        choice.dayProperty().set(LocalDate.of(2026, 11, 30));
        choice.keep();
        assertEquals("That day has already passed. Please pick today or a day ahead.", choice.statusProperty().get());
        assertEquals(Optional.empty(), f.comeBack.dueOn(ComeBackDates.CHECK_IN, checkIn.uuid()));
        choice.dayProperty().set(null);
        choice.keep();
        assertEquals("Please pick a day first.", choice.statusProperty().get());
    }
}
