package commonground.scenarios;

import commonground.content.Practices;
import commonground.longgame.ComeBackRepository;
import commonground.shell.ComeBackChoice;
import commonground.shell.ComeBackDates;
import commonground.shell.DatabaseThread;
import commonground.shell.FakeDialogs;
import commonground.shell.ManualPauses;
import commonground.storage.Database;
import commonground.storage.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.CompletableFuture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A finished plan offers "Come back to this on", suggested from what the plan says, and opens again from the long game. */
class PlanComeBackTest {

    @TempDir
    Path dir;
    private Database db;

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void theDaySuggestedComesFromThePlanAndIsKeptForThisRunOnlyWhenChosen() throws Exception {
        TestClock clock = TestClock.at("2026-12-01T10:00:00Z");
        db = Database.open(dir.resolve(Database.FILE_NAME), clock);
        ScenarioRepository repository = new ScenarioRepository(db);
        ComeBackRepository comeBack = new ComeBackRepository(db);
        CompletableFuture<Practices> practices = CompletableFuture.completedFuture(Practices.load());
        ScenariosViewModel model = new ScenariosViewModel(new ScenarioLibrary(repository, practices::join), repository,
                new commonground.people.PeopleRepository(db), DatabaseThread.sameThread(), new FakeDialogs(), practices,
                new ManualPauses(), commonground.care.CareNotices.inMemory(),
                new ComeBackChoice(comeBack, DatabaseThread.sameThread(), clock));
        model.reload();
        model.start();
        RunViewModel run = model.runModel();
        run.answerProperty().set(commonground.care.SafetyAnswer.NO.label());
        run.next();
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
        run.answerProperty().set("In three days, ask him if he'd like to walk to the market.");
        run.next();
        run.answerProperty().set("Call my sister.");
        run.next();
        run.answerProperty().set("Our walks count.");
        run.next();
        assertEquals(ScenariosViewModel.Page.SUMMARY, model.pageProperty().get());

        ComeBackChoice choice = model.summary().comeBack();
        assertTrue(choice.availableProperty().get());
        assertEquals(LocalDate.of(2026, 12, 4), choice.dayProperty().get(), "'in three days' from the plan");
        assertNull(choice.chosenProperty().get(), "a suggestion, not yet kept");
        choice.keep();
        ScenarioRun finished = repository.runs().get(0);
        assertEquals(LocalDate.of(2026, 12, 4), comeBack.dueOn(ComeBackDates.PLAN, finished.uuid()).orElseThrow());
        assertEquals("Your plan: \u201c" + finished.scenarioTitle() + "\u201d",
                comeBack.openUntil(LocalDate.of(2026, 12, 31)).get(0).about());

        model.showList();
        model.openRun(finished.id());
        assertEquals(ScenariosViewModel.Page.SUMMARY, model.pageProperty().get(), "the long game's 'Open it'");
        assertEquals(LocalDate.of(2026, 12, 4), choice.chosenProperty().get());
        model.openRun(9999);
        assertEquals("This walk-through is no longer there; it may have been deleted.", model.messageProperty().get());
    }
}
