package commonground.longgame;

import commonground.content.ContentException;
import commonground.people.Person;
import commonground.shell.DatabaseThread;
import commonground.shell.FakeDialogs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Going first, in small steps: the next rung is suggested only after a step that landed warmly, the
 * user's own steps sit beside the suggested ones, bad input is said and loses nothing, and the steps
 * and how they landed feed the look-back month by month.
 */
class LadderTest {

    @TempDir
    Path dir;
    private LongGameFixture f;
    private DisclosureRepository steps;
    private LadderViewModel model;
    private Person dad;
    private final FakeDialogs dialogs = new FakeDialogs();

    @BeforeEach
    void open() throws Exception {
        f = new LongGameFixture(dir, "2026-12-01T10:00:00Z", ZoneOffset.UTC);
        dad = f.person("Dad");
        steps = new DisclosureRepository(f.db);
        model = new LadderViewModel(f.people, steps, DisclosureLadder::load, DatabaseThread.sameThread(), f.clock, dialogs);
        model.reload();
    }

    @AfterEach
    void close() {
        f.close();
    }

    private void take(String what, Landing landed) {
        model.whatProperty().set(what);
        model.landedProperty().set(landed);
        model.save();
    }

    @Test
    void theLadderOnlySuggestsTheNextStepAfterAWellLandedOne() {
        assertEquals(dad, model.personProperty().get());
        assertEquals(1, model.rungProperty().get());
        assertEquals("Step 1 of 5: Very small", model.rungTitleProperty().get());
        assertTrue(model.suggestions().contains("Something I enjoyed today"), model.suggestions().toString());
        assertTrue(model.reminderProperty().get().contains("ask nothing back"), model.reminderProperty().get());

        take("The blackbird on the fence this morning", Landing.NEUTRAL);
        assertEquals(1, model.rungProperty().get(), "a neutral step: the same size again");
        take("The new bakery's bread", Landing.CLOSED_UP);
        assertEquals(1, model.rungProperty().get(), "never below the first rung");
        take("A song on the radio that made me laugh", Landing.WARMLY);
        assertEquals(2, model.rungProperty().get(), "landed warmly: the next size is suggested");
        assertTrue(model.suggestions().contains("A place I liked going as a child"));
        assertTrue(model.whyProperty().get().contains("landed warmly"), model.whyProperty().get());

        take("The lake we went to when I was eight", Landing.NEUTRAL);
        assertEquals(2, model.rungProperty().get(), "no move after a step that landed quietly");
        take("I am looking forward to Friday", Landing.WARMLY);
        assertEquals(3, model.rungProperty().get());
        take("I have been tired lately", Landing.CLOSED_UP);
        assertEquals(2, model.rungProperty().get(), "closed up: a smaller step for a while");
        assertTrue(model.whyProperty().get().contains("smaller step"), model.whyProperty().get());

        assertEquals(6, steps.taken(dad.id()).size());
        assertEquals(List.of(1, 1, 1, 2, 2, 3), steps.taken(dad.id()).stream().map(TakenStep::rung).sorted()
                .toList(), "each step is kept at the rung it was suggested on");
        assertEquals(model.taken(), steps.taken(dad.id()), "shown newest first, as kept");
    }

    @Test
    void theRuleHoldsWhateverOrderTheStepsAreTakenIn() {
        LocalDate d = LocalDate.of(2026, 11, 1);
        List<TakenStep> taken = List.of(
                new TakenStep(3, "c", 1, d.plusDays(3), 2, "x", Landing.NEUTRAL, ""),
                new TakenStep(1, "a", 1, d, 1, "x", Landing.WARMLY, ""),
                new TakenStep(2, "b", 1, d.plusDays(1), 4, "x", Landing.NEUTRAL, ""));
        assertEquals(2, Ladder.suggestedRung(taken, 5), "a neutral step further up is no reason to move on");
        assertEquals(1, Ladder.suggestedRung(List.of(), 5));
        assertEquals(5, Ladder.suggestedRung(List.of(new TakenStep(1, "a", 1, d, 5, "x", Landing.WARMLY, "")), 5),
                "never past the top");
    }

    @Test
    void aStepOfTheUsersOwnIsOfferedAtItsRungAndSurvivesAReopen() {
        model.ownStepProperty().set("  The crossword clue that beat me  ");
        model.addOwnStep();
        assertEquals("Your own step is on the ladder.", model.messageProperty().get());
        assertTrue(model.suggestions().contains("The crossword clue that beat me"));
        LadderViewModel again = new LadderViewModel(f.people, steps, DisclosureLadder::load, DatabaseThread.sameThread(),
                f.clock, dialogs);
        again.reload();
        assertTrue(again.suggestions().contains("The crossword clue that beat me"));
        model.useSuggestion("The crossword clue that beat me");
        assertEquals("The crossword clue that beat me", model.whatProperty().get());

        model.ownStepProperty().set("   ");
        model.addOwnStep();
        assertEquals("Please write the step in a few words.", model.messageProperty().get());
        model.ownStepProperty().set("x".repeat(301));
        model.addOwnStep();
        assertTrue(model.messageProperty().get().contains("longer than 300"));
        assertEquals("x".repeat(301), model.ownStepProperty().get(), "what was typed stays");
        assertEquals(1, steps.ownSteps(dad.id()).size());
    }

    @Test
    void aStepCanBeKeptBeforeItIsKnownHowItLandedAndHowDidItGoAsksForItLater() {
        // A newcomer took a step today and could not keep it without saying how it landed.
        model.dayProperty().set(LocalDate.of(2026, 11, 29));
        take("The robin is back at the feeder", Landing.WARMLY);
        assertEquals(2, model.rungProperty().get());
        model.dayProperty().set(LocalDate.of(2026, 11, 30)); // shared yesterday; today it is asked about
        take("A place I liked going as a child", null);
        assertTrue(model.messageProperty().get().startsWith("Kept. How it landed can wait"), model.messageProperty().get());
        TakenStep open = steps.taken(dad.id()).get(0);
        assertEquals(null, open.landed(), "kept with nothing said about how it landed");
        assertEquals(open, model.unansweredProperty().get(), "\u201cHow did it go?\u201d asks about it");
        assertEquals(2, model.rungProperty().get(), "not said yet: the suggestion stays where it was");
        assertTrue(model.whyProperty().get().contains("not said yet"), model.whyProperty().get());

        model.answer(Landing.CLOSED_UP);
        assertEquals(Landing.CLOSED_UP, steps.taken(dad.id()).get(0).landed());
        assertEquals(null, model.unansweredProperty().get());
        assertEquals("Kept: they closed up. Thank you for coming back.", model.askMessageProperty().get());
        assertEquals(1, model.rungProperty().get(), "now known: the rule applies as to any step");
    }

    @Test
    void editingAStepKeepsTheNewStepBeingWrittenAndSaysWhatIsChangedAboveTheForm() {
        take("The robin is back at the feeder", Landing.WARMLY);
        model.whatProperty().set("Half a thought about the lake");
        model.noteProperty().set("not yet");
        model.chosenProperty().set(model.taken().get(0));
        model.editChosen();
        assertEquals("The robin is back at the feeder", model.whatProperty().get());
        assertTrue(model.editingLineProperty().get().startsWith("Changing the step of"), model.editingLineProperty().get());
        assertTrue(model.editingLineProperty().get().contains("comes back after"));
        model.whatProperty().set("The robin is back at the bird feeder");
        model.save();
        assertEquals("The robin is back at the bird feeder", steps.taken(dad.id()).get(0).what());
        assertEquals("Half a thought about the lake", model.whatProperty().get(), "what was being written is back");
        assertEquals("not yet", model.noteProperty().get());
        assertEquals("", model.editingLineProperty().get());

        model.chosenProperty().set(model.taken().get(0));
        model.editChosen();
        model.cancelEditing();
        assertEquals("Half a thought about the lake", model.whatProperty().get(), "and after leaving it as it was");
    }

    @Test
    void aDayThatCouldNotBeReadIsSaidAtTheButton() {
        model.whatProperty().set("The robin");
        model.dayNotRead();
        assertTrue(model.messageProperty().get().startsWith("The day could not be read, so nothing is kept yet."));
        assertEquals("The robin", model.whatProperty().get());
        assertTrue(steps.taken(dad.id()).isEmpty());
    }

    @Test
    void badInputIsSaidAndNothingTypedIsLost() {
        model.noteProperty().set("He smiled");
        model.landedProperty().set(Landing.WARMLY);
        model.save();
        assertEquals("Please say in a few words what you shared.", model.messageProperty().get());
        model.whatProperty().set("Something I enjoyed today");
        model.landedProperty().set(Landing.WARMLY);
        model.dayProperty().set(LocalDate.of(2026, 12, 2));
        model.save();
        assertEquals("That day is still ahead. Please pick the day you shared it.", model.messageProperty().get());
        model.dayProperty().set(LocalDate.of(2026, 12, 1));
        model.whatProperty().set("y".repeat(501));
        model.save();
        assertTrue(model.messageProperty().get().contains("longer than 500"));
        assertEquals("He smiled", model.noteProperty().get());
        assertEquals(0, steps.taken(dad.id()).size(), "nothing was kept");
        assertThrows(IllegalArgumentException.class,
                () -> steps.take(dad.id(), LocalDate.of(2026, 12, 1), 1, " ", Landing.WARMLY, ""));
    }

    @Test
    void withNobodyYetTheLadderSaysWhereToStart() throws Exception {
        try (LongGameFixture empty = new LongGameFixture(dir.resolve("empty"), "2026-12-01T10:00:00Z", ZoneOffset.UTC)) {
            LadderViewModel none = new LadderViewModel(empty.people, new DisclosureRepository(empty.db),
                    DisclosureLadder::load, DatabaseThread.sameThread(), empty.clock, dialogs);
            none.reload();
            assertEquals("Add someone under People first; the ladder is kept for each person.",
                    none.messageProperty().get());
            none.whatProperty().set("Something");
            none.landedProperty().set(Landing.WARMLY);
            none.save();
            assertTrue(none.messageProperty().get().startsWith("Please choose who you shared it with"));
        }
    }

    @Test
    void stepsAndHowTheyLandedFeedTheLookBackMonthByMonth() {
        steps.take(dad.id(), LocalDate.of(2026, 10, 3), 1, "A", Landing.WARMLY, "");
        steps.take(dad.id(), LocalDate.of(2026, 10, 20), 2, "B", Landing.WARMLY, "");
        steps.take(dad.id(), LocalDate.of(2026, 11, 2), 3, "C", Landing.CLOSED_UP, "");
        steps.take(dad.id(), LocalDate.of(2026, 11, 9), 2, "D", Landing.NEUTRAL, "");
        Map<String, List<LocalDate>> more = new java.util.LinkedHashMap<>();
        for (LookBackSeries s : steps.lookBackSeries()) {
            more.put(s.name(), s.days(dad.id()));
        }
        LookBackData data = new LookBackRepository(f.db).read(dad.id(), "Dad");
        List<MonthFigures> months = LookBack.months(data, more, ZoneOffset.UTC, LocalDate.of(2026, 12, 1));
        MonthFigures oct = months.stream().filter(m -> m.month().getMonthValue() == 10).findFirst().orElseThrow();
        MonthFigures nov = months.stream().filter(m -> m.month().getMonthValue() == 11).findFirst().orElseThrow();
        assertEquals(Map.of("Steps that landed warmly", 2, "Steps that landed quietly", 0, "Steps that closed them up", 0),
                oct.more());
        assertEquals(Map.of("Steps that landed warmly", 0, "Steps that landed quietly", 1, "Steps that closed them up", 1),
                nov.more());
    }

    @Test
    void theBuiltInLadderLoadsAndABrokenOneNamesTheFileAndTheField() throws Exception {
        DisclosureLadder built = DisclosureLadder.load();
        assertEquals(5, built.top());
        assertEquals("Something I enjoyed today", built.rung(1).steps().get(0));
        assertEquals("Something I have been worried about", built.rung(5).steps().get(0));

        ContentException e = assertThrows(ContentException.class, () -> DisclosureLadder.parse("ladder.yaml",
                "rungs:\n  - rung: 1\n    name: A\n    about: B\n    steps: [x]\n"));
        assertEquals("ladder.yaml: missing required field 'reminder'", e.getMessage());
        e = assertThrows(ContentException.class, () -> DisclosureLadder.parse("ladder.yaml",
                "reminder: r\nrungs:\n  - rung: 2\n    name: A\n    about: B\n    steps: [x]\n"));
        assertTrue(e.getMessage().startsWith("ladder.yaml: rungs[0], field 'rung': expected 1"), e.getMessage());
        e = assertThrows(ContentException.class, () -> DisclosureLadder.parse("ladder.yaml",
                "reminder: r\nrungs:\n  - rung: 1\n    name: A\n    about: B\n    steps: [x, '  ']\n"));
        assertEquals("ladder.yaml: rungs[0], field 'steps[1]': the step is empty", e.getMessage());
        e = assertThrows(ContentException.class, () -> DisclosureLadder.parse("ladder.yaml",
                "reminder: r\nrungs:\n  - rung: 1\n    name: A\n    steps: [x]\n"));
        assertTrue(e.getMessage().contains("field 'about'"), e.getMessage());
        e = assertThrows(ContentException.class, () -> DisclosureLadder.parse("ladder.yaml",
                "reminder: r\nrungs:\n  - rung: 1\n    name: A\n    about: B\n    steps: [x]\n    colour: red\n"));
        assertTrue(e.getMessage().contains("unknown field 'rungs[0].colour'"), e.getMessage());
        assertFalse(e.getMessage().isBlank());
    }

    @Test
    void aStepTakenCanBeChangedWithTheSameChecksAsAddingAndKeepsItsRung() {
        take("Something I enjoyed today", Landing.WARMLY);
        TakenStep step = model.taken().get(0);
        model.chosenProperty().set(step);
        model.editChosen();
        assertEquals("Something I enjoyed today", model.whatProperty().get(), "the form holds the step");
        assertEquals(Landing.WARMLY, model.landedProperty().get());

        model.whatProperty().set("   ");
        model.save();
        assertEquals("Please say in a few words what you shared.", model.messageProperty().get());
        model.whatProperty().set("x".repeat(TakenStep.MAX_WHAT + 1));
        model.save();
        assertEquals("What you shared is longer than " + TakenStep.MAX_WHAT + " characters; a line or two will do.",
                model.messageProperty().get());
        model.whatProperty().set("Something I enjoyed today");
        model.dayProperty().set(java.time.LocalDate.of(2026, 12, 2));
        model.save();
        assertEquals("That day is still ahead. Please pick the day you shared it.", model.messageProperty().get());
        assertEquals("Something I enjoyed today", steps.taken(dad.id()).get(0).what(), "nothing changed yet");

        model.whatProperty().set("The film I watched, and why it stayed with me");
        model.dayProperty().set(java.time.LocalDate.of(2026, 11, 30));
        model.landedProperty().set(Landing.NEUTRAL);
        model.noteProperty().set("He nodded");
        model.save();
        assertEquals("Your changes to the step are kept.", model.messageProperty().get());
        assertEquals(null, model.editingProperty().get(), "the form is ready for a new step");
        List<TakenStep> kept = steps.taken(dad.id());
        assertEquals(1, kept.size(), "changed, not added");
        assertEquals(new TakenStep(step.id(), step.uuid(), dad.id(), java.time.LocalDate.of(2026, 11, 30), step.rung(),
                "The film I watched, and why it stayed with me", Landing.NEUTRAL, "He nodded"), kept.get(0));
        assertEquals(1, model.rungProperty().get(), "no warm step any more: the suggestion goes back");
    }

    @Test
    void deletingAStepAsksOnceAndUndoPutsItBack() {
        take("Something I enjoyed today", Landing.WARMLY);
        take("A small worry about work", Landing.CLOSED_UP);
        TakenStep worry = model.taken().get(0);
        assertEquals("A small worry about work", worry.what());
        model.chosenProperty().set(worry);

        model.deleteChosen(); // the fake answers "Cancel" when nothing is queued
        assertEquals("Delete this step?", dialogs.lastAsked().title());
        assertTrue(dialogs.lastAsked().message().contains("A small worry about work"), dialogs.lastAsked().message());
        assertEquals(2, steps.taken(dad.id()).size(), "kept when the user says no");

        dialogs.confirmNext(true);
        model.deleteChosen();
        assertEquals(2, dialogs.asked().size(), "one question each time");
        assertEquals(List.of("Something I enjoyed today"), steps.taken(dad.id()).stream().map(TakenStep::what).toList());
        assertEquals("The step of " + commonground.shell.Dates.day(LocalDate.of(2026, 12, 1)) + " was deleted.",
                model.messageProperty().get());
        assertEquals(2, model.rungProperty().get(), "the warm one now counts alone");

        model.undoDelete();
        List<TakenStep> back = steps.taken(dad.id());
        assertEquals(2, back.size());
        assertEquals(List.of(worry.takenOn(), worry.rung(), worry.what(), worry.landed()), List.of(back.get(0).takenOn(),
                back.get(0).rung(), back.get(0).what(), back.get(0).landed()), "put back as it was");
        assertEquals(null, model.deletedProperty().get(), "nothing more to undo");
    }
}
