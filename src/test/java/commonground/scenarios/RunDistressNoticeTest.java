package commonground.scenarios;

import commonground.care.CareNoticeRepository;
import commonground.care.CareNotices;
import commonground.care.CrisisLine;
import commonground.content.Practices;
import commonground.shell.DatabaseThread;
import commonground.storage.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The gentle notice beside a walk-through answer: shown for a written answer, dismissed per run
 * and step, and remembered. Plain JUnit (the autosave pause needs a running JavaFX and does not start).
 */
class RunDistressNoticeTest {

    @TempDir
    Path dir;
    Database db;
    ScenarioRepository repo;
    ScenarioLibrary library;
    CareNotices care;
    RunViewModel model;

    @BeforeEach
    void open() throws Exception {
        db = Database.open(dir.resolve("common-ground.db"));
        repo = new ScenarioRepository(db);
        Practices practices = Practices.load();
        library = new ScenarioLibrary(repo, () -> practices);
        care = new CareNotices(new CareNoticeRepository(db), DatabaseThread.sameThread(), CrisisLine.NEUTRAL);
        model = new RunViewModel(repo, DatabaseThread.sameThread(), walk -> { }, new commonground.shell.ManualPauses(), care);
    }

    @AfterEach
    void close() {
        db.close();
    }

    /** A new run of the first built-in scenario, shown at its first step where the user writes. */
    private ScenarioRun openAtAWritingStep() throws Exception {
        ScenarioLibrary.Offer offer = library.offers().get(0);
        ScenarioRun run = library.start(offer, null);
        Scenario scenario = library.scenarioOf(run);
        Step writing = scenario.steps().stream()
                .filter(s -> s.kind() == StepKind.REFLECT || s.kind() == StepKind.PLAN).findFirst().orElseThrow();
        model.open(run, new Walk(scenario, writing.id(), List.of(writing.id()), Map.of(), false));
        return run;
    }

    @Test
    void aWrittenAnswerShowsTheNoticeUntilDismissedForThatAnswer() throws Exception {
        openAtAWritingStep();
        model.answerProperty().set("Honestly I can't go on like this.");
        assertTrue(model.showDistressCardProperty().get());
        model.distressNotice().dismiss();
        assertFalse(model.showDistressCardProperty().get());
        assertTrue(model.distressNotice().item().startsWith("answer:"));
        assertTrue(new CareNoticeRepository(db).dismissed().contains(model.distressNotice().item()));

        openAtAWritingStep(); // another run of the same step is another answer
        model.answerProperty().set("Honestly I can't go on like this.");
        assertTrue(model.showDistressCardProperty().get());
    }

    @Test
    void anIdiomOrTurnedOffShowsNothing() throws Exception {
        openAtAWritingStep();
        model.answerProperty().set("Dad would kill me for saying this, but the curry was to die for.");
        assertFalse(model.showDistressCardProperty().get());
        care.setEnabled(false);
        model.answerProperty().set("I want to end my life.");
        assertFalse(model.showDistressCardProperty().get());
    }
}
