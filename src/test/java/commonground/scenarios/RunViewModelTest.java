package commonground.scenarios;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One walk through "How can I connect with someone who won't talk about his feelings?": steps,
 * branches, Back along the path taken, answers saved as typed, and an answer too long to keep.
 */
class RunViewModelTest {

    @TempDir
    Path dir;
    ScenariosFixture scenarios;
    RunViewModel run;

    @BeforeEach
    void startTheFirstScenario() throws Exception {
        scenarios = new ScenariosFixture(dir);
        scenarios.model.start();
        run = scenarios.model.runModel();
        assertEquals("Before you begin: your safety", title(), "the walk opens with the optional safety question");
        run.answerProperty().set(commonground.care.SafetyAnswer.NO.label());
        run.next();
    }

    @AfterEach
    void close() {
        scenarios.close();
    }

    private String title() {
        return run.stepProperty().get().title();
    }

    @Test
    void aWalkFollowsTheBranchChosenAndBackRetracesIt() {
        assertEquals(ScenariosViewModel.Page.RUN, scenarios.model.pageProperty().get());
        assertEquals("Closeness does not only come through talking", title());
        assertEquals(2, run.positionProperty().get(), "the safety question was step 1");
        assertEquals(10, run.totalProperty().get(), "step 2 of about 10");
        assertTrue(run.canBackProperty().get(), "back leads to the safety question");
        run.next();
        assertEquals("What happens when you try", title());
        run.answerProperty().set("I asked about his day.");
        run.next();
        assertEquals("Has the other person said no to talking about it?", title());
        assertFalse(run.canNextProperty().get(), "a choice must be made first");
        run.answerProperty().set("Yes, in words or clearly in actions");
        assertTrue(run.canNextProperty().get());
        run.next();
        assertEquals("'Not now' is a real answer", title());
        assertEquals(11, run.totalProperty().get(), "the branch adds a step");
        run.back();
        assertEquals("Yes, in words or clearly in actions", run.answerProperty().get());
        run.answerProperty().set("No, not really");
        run.next();
        assertEquals("Where is the other person at ease?", title(), "the other branch skips 'Not now'");
        run.back();
        run.back();
        assertEquals("I asked about his day.", run.answerProperty().get());
        assertEquals("I asked about his day.", scenarios.savedAnswer("what-happens"));
    }

    @Test
    void answersAreSavedOnceTypingPausesAndProgressOnNext() {
        run.next();
        run.answerProperty().set("I asked about his day.");
        assertNull(scenarios.savedAnswer("what-happens"), "not while typing");
        scenarios.pauses.advance(RunViewModel.AUTOSAVE_DELAY.toMillis());
        assertEquals("I asked about his day.", scenarios.savedAnswer("what-happens"));
        assertEquals("Saved", run.saveStateProperty().get());
        run.answerProperty().set("I asked about his day. He said fine.");
        run.next();
        assertEquals("I asked about his day. He said fine.", scenarios.savedAnswer("what-happens"), "Next saves");
        assertEquals("said-no", scenarios.repository.runs().get(0).currentStep());
    }

    @Test
    void tickedItemsAreSavedOnePerLine() {
        run.next();
        run.next();
        run.answerProperty().set("No, not really");
        run.next();
        run.answerProperty().set("Cooking or eating together\nA walk, a drive or a bike ride");
        scenarios.pauses.advance(RunViewModel.AUTOSAVE_DELAY.toMillis());
        assertEquals(List.of("Cooking or eating together", "A walk, a drive or a bike ride"),
                scenarios.savedAnswer("at-ease").lines().toList());
        assertEquals("at-ease", scenarios.repository.runs().get(0).currentStep());
    }

    @Test
    void textTypedJustBeforeLeavingIsSaved() {
        run.next();
        run.answerProperty().set("Typed a moment before leaving");
        scenarios.model.showList();
        assertEquals(ScenariosViewModel.Page.LIST, scenarios.model.pageProperty().get());
        assertEquals("Typed a moment before leaving", scenarios.savedAnswer("what-happens"));
        assertFalse(scenarios.pauses.anyRunning());
    }

    @Test
    void aHugeAnswerIsKeptWithAClearMessageAndNotSaved() {
        run.next();
        String huge = "So much to say. ".repeat(1300);
        run.answerProperty().set(huge);
        assertTrue(run.saveProblemProperty().get());
        String said = run.saveStateProperty().get();
        assertEquals("This answer is 20800 characters long, more than the 20000 that can be saved. "
                + "Your text is still here; please shorten it to go on.", said);
        scenarios.pauses.advance(5000);
        run.next();
        assertEquals("What happens when you try", title(), "it cannot go on");
        assertEquals(huge, run.answerProperty().get(), "the text is kept");
        assertNull(scenarios.savedAnswer("what-happens"));
        scenarios.model.showList();
        assertNull(scenarios.savedAnswer("what-happens"), "not even on leaving");

        scenarios.model.open(scenarios.repository.runs().get(0));
        run.answerProperty().set("Shorter now.");
        run.next();
        assertEquals("Has the other person said no to talking about it?", title());
        assertEquals("Shorter now.", scenarios.savedAnswer("what-happens"));
    }

    @Test
    void finishingShowsThePlanAndTheFinishedRunOpensAsItsSummary() {
        run.next();
        run.answerProperty().set("I asked about his day.");
        run.next();
        run.answerProperty().set("No, not really");
        run.next();
        run.answerProperty().set("Music");
        run.next();
        run.next();
        run.answerProperty().set("I felt a bit flat today.");
        run.next();
        run.answerProperty().set("Ask him on Saturday if he'd like to walk to the market.");
        run.next();
        assertEquals("Looking after your own needs", title());
        run.answerProperty().set("Call my sister on Sunday.");
        run.next();
        assertEquals("Grieving what may not come", title());
        assertTrue(run.nextFinishes());
        run.answerProperty().set("Our walks count. On Thursday I'll go to my pottery class.");
        run.next();

        assertEquals(ScenariosViewModel.Page.SUMMARY, scenarios.model.pageProperty().get());
        assertEquals(List.of("what-happens", "said-no", "at-ease", "go-first", "next-time", "your-needs", "grieve"),
                scenarios.model.summary().entries().stream().map(SummaryModel.Entry::stepId).toList());
        SummaryModel.Entry nextTime = scenarios.model.summary().entries().get(4);
        assertEquals(List.of("Ask him on Saturday if he'd like to walk to the market."), nextTime.lines());
        assertTrue(scenarios.repository.runs().get(0).finished());

        scenarios.model.showList();
        scenarios.model.open(scenarios.model.runs().get(0));
        assertEquals(ScenariosViewModel.Page.SUMMARY, scenarios.model.pageProperty().get(),
                "a finished run opens read-only, as its summary");
    }

    @Test
    void anAnswerAnotherComputerChangedWhileTypingIsKeptAndSaidToBe() {
        run.next();
        run.answerProperty().set("I asked about his day.");
        scenarios.pauses.advance(RunViewModel.AUTOSAVE_DELAY.toMillis());
        long runId = scenarios.repository.runs().get(0).id();
        // A sync brings the other computer's answer to this step while the walk-through is open here.
        scenarios.repository.saveAnswers(runId, java.util.Map.of("what-happens", "He changed the subject."));

        run.answerProperty().set("I asked about his day. He smiled.");
        scenarios.pauses.advance(RunViewModel.AUTOSAVE_DELAY.toMillis());
        assertEquals("I asked about his day. He smiled.", scenarios.savedAnswer("what-happens"),
                "every word typed here is saved");
        assertEquals(RunViewModel.ALSO_CHANGED, run.saveStateProperty().get());
        assertEquals(java.util.List.of("He changed the subject."), scenarios.db.read(c -> {
            java.util.List<String> out = new java.util.ArrayList<>();
            try (var ps = c.prepareStatement("SELECT text FROM conflict_copy WHERE row_table = 'scenario_run'");
                 var rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        }), "the other computer's answer is kept");

        run.answerProperty().set("I asked about his day. He smiled. Then silence.");
        scenarios.pauses.advance(RunViewModel.AUTOSAVE_DELAY.toMillis());
        assertEquals(RunViewModel.ALSO_CHANGED, run.saveStateProperty().get(), "still said while the walk is open");
        assertEquals(1L, ((Number) scenarios.db.read(c -> {
            try (var ps = c.prepareStatement("SELECT count(*) FROM conflict_copy"); var rs = ps.executeQuery()) {
                return rs.getLong(1);
            }
        })).longValue(), "a save over its own text keeps nothing more");
    }
}
