package commonground.scenarios;

import commonground.app.WholeAppTest;
import commonground.care.SafetyAnswer;
import commonground.people.PeopleRepository;
import commonground.people.Person;
import commonground.people.Pronouns;
import commonground.people.Relationship;
import commonground.storage.Database;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Starting a walk-through as a person would: what the "About" box shows is what is saved, an
 * unfinished walk-through about the same person is offered before a second one is begun, and
 * Home's "Recently" opens the walk-through itself.
 */
class ScenarioStartFlowTest extends WholeAppTest {

    private Person dad;

    @Override
    protected void prepareDataFolder() throws Exception {
        try (Database db = Database.open(dataDir.resolve(Database.FILE_NAME))) {
            // "Yes" to the safety question: the walk-through is the short safe path (two steps).
            dad = new PeopleRepository(db).add("Dad", Relationship.PARENT, "", Pronouns.HE, SafetyAnswer.YES);
        }
    }

    @BeforeEach
    void openTheModule() throws Exception {
        robot.clickOn("#nav-scenarios");
        driver.settle();
    }

    @SuppressWarnings("unchecked")
    private ComboBox<Person> aboutBox() {
        return robot.lookup("#start-person").queryAs(ComboBox.class);
    }

    private String aboutShown() {
        return robot.lookup("#start-person .list-cell").queryAs(javafx.scene.control.ListCell.class).getText();
    }

    private void chooseDad() throws Exception {
        robot.clickOn("#start-person");
        robot.clickOn("Dad · Parent");
        driver.settle();
    }

    /** Chooses a card with the keyboard, as some are below the fold. */
    private void chooseScenario(String id) throws Exception {
        commonground.app.AppDriver.onFx(() -> robot.lookup("#scenario-" + id).query().requestFocus());
        robot.type(javafx.scene.input.KeyCode.SPACE);
        driver.settle();
    }

    private void startAndFinishTheSafePath() throws Exception {
        robot.clickOn("#start-run");
        driver.settle();
        robot.clickOn("#step-next");
        driver.settle();
        robot.clickOn("#step-next");
        driver.settle();
        assertTrue(robot.lookup("#summary-done").tryQuery().isPresent(), "the walk-through is finished");
    }

    @Test
    void afterFinishingAWalkAboutDadWhatTheAboutBoxShowsIsWhatStartSaves() throws Exception {
        chooseDad();
        startAndFinishTheSafePath();
        robot.clickOn("#summary-done");
        driver.settle();
        chooseScenario("open-up");
        String shown = aboutShown();
        robot.clickOn("#start-run");
        driver.settle();
        Object savedAbout = driver.value("SELECT r.person_id FROM scenario_run r JOIN scenario_text t ON t.id = r.scenario_text_id WHERE t.scenario_id = 'open-up'");
        if ("Dad · Parent".equals(shown)) {
            assertEquals(dad.id(), ((Number) savedAbout).longValue());
        } else {
            assertEquals("No one in particular", shown);
            assertNull(savedAbout, "the box said no one in particular, so no one is saved");
        }
    }

    @Test
    void choosingNoOneAfterAWalkAboutDadSavesNoOne() throws Exception {
        chooseDad();
        startAndFinishTheSafePath();
        robot.clickOn("#summary-done");
        driver.settle();
        robot.clickOn("#start-person");
        robot.clickOn("No one in particular");
        driver.settle();
        chooseScenario("open-up");
        assertEquals("No one in particular", aboutShown());
        robot.clickOn("#start-run");
        driver.settle();
        assertNull(driver.value("SELECT r.person_id FROM scenario_run r JOIN scenario_text t ON t.id = r.scenario_text_id WHERE t.scenario_id = 'open-up'"));
    }

    @Test
    void startingTheSameScenarioAboutDadAgainOffersTheUnfinishedOne() throws Exception {
        chooseDad();
        robot.clickOn("#start-run");
        driver.settle();
        robot.clickOn("#step-next");
        driver.settle();
        String leftAt = robot.lookup("#step-title").queryAs(Label.class).getText();
        robot.clickOn("#leave-run");
        driver.settle();

        robot.clickOn("#start-run");
        driver.settle();
        assertTrue(robot.lookup("Continue where you left off?").tryQuery().isPresent(), "asked first");
        robot.clickOn("Continue it");
        driver.settle();
        assertEquals(leftAt, robot.lookup("#step-title").queryAs(Label.class).getText());
        assertEquals(1L, ((Number) driver.value("SELECT count(*) FROM scenario_run")).longValue());
        robot.clickOn("#leave-run");
        driver.settle();

        robot.clickOn("#start-run");
        driver.settle();
        robot.clickOn("Start a new one");
        driver.settle();
        assertEquals(2L, ((Number) driver.value("SELECT count(*) FROM scenario_run WHERE person_id = ?", dad.id()))
                .longValue());
    }

    @Test
    void recentlyOnHomeOpensTheWalkThroughItself() throws Exception {
        chooseDad();
        robot.clickOn("#start-run");
        driver.settle();
        robot.clickOn("#step-next");
        driver.settle();
        String leftAt = robot.lookup("#step-title").queryAs(Label.class).getText();
        robot.clickOn("#leave-run");
        driver.settle();
        robot.clickOn("#nav-home");
        driver.settle();
        robot.clickOn((javafx.scene.Node) robot.lookup("#recent-activity .hyperlink").queryAll().stream()
                .filter(n -> ((javafx.scene.control.Hyperlink) n).getText().startsWith("Walking through"))
                .findFirst().orElseThrow());
        driver.settle();
        assertEquals(leftAt, robot.lookup("#step-title").queryAs(Label.class).getText(),
                "the walk-through itself, where it was left, not the list");
    }

    @Test
    void aFinishedPlanCanBeOpenedToChangeOrCopiedIntoANewWalkThrough() throws Exception {
        chooseDad();
        robot.clickOn("#start-run");
        driver.settle();
        robot.clickOn("#step-next");
        driver.settle();
        String last = robot.lookup("#step-title").queryAs(Label.class).getText();
        robot.clickOn("#step-next");
        driver.settle();
        assertTrue(driver.value("SELECT finished_at FROM scenario_run") != null);

        robot.clickOn("#summary-reopen");
        driver.settle();
        assertEquals(last, robot.lookup("#step-title").queryAs(Label.class).getText(), "back at its last step");
        assertNull(driver.value("SELECT finished_at FROM scenario_run"), "in progress again");
        robot.clickOn("#answer-text").write("Ring the helpline on Monday.");
        robot.clickOn("#step-next");
        driver.settle();
        assertTrue(driver.value("SELECT finished_at FROM scenario_run") != null, "finished again");
        assertEquals("Ring the helpline on Monday.", driver.value("SELECT answer FROM scenario_answer"));

        robot.clickOn("#summary-again");
        driver.settle();
        assertEquals(2L, ((Number) driver.value("SELECT count(*) FROM scenario_run")).longValue());
        assertEquals(1L, ((Number) driver.value("SELECT count(*) FROM scenario_run WHERE finished_at IS NULL "
                + "AND person_id = ?", dad.id())).longValue(), "a new walk-through about Dad, in progress");
        assertEquals(2L, ((Number) driver.value("SELECT count(*) FROM scenario_answer WHERE answer = ?",
                "Ring the helpline on Monday.")).longValue(), "the answers are copied into it");
        assertTrue(robot.lookup("#step-title").tryQuery().isPresent(), "walking the copy");
    }
}
