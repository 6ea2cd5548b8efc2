package commonground.scenarios;

import commonground.app.AppDriver;
import commonground.app.WholeAppTest;
import javafx.scene.control.CheckBox;
import javafx.scene.input.KeyCode;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Walks "How can I connect with someone who won't talk about their feelings?" past the safety
 * question and through its consent branch, quits midway, resumes in a new app instance at the same
 * step with the answers there, finishes, and finds the answers in the summary.
 */
class ScenarioWalkFlowTest extends WholeAppTest {

    @BeforeEach
    void openTheModule() throws Exception {
        openModule();
    }

    private void openModule() throws Exception {
        robot.clickOn("#nav-scenarios");
        driver.settle();
    }

    private String stepTitle() {
        return robot.lookup("#step-title").queryAs(Label.class).getText();
    }

    private void next() throws Exception {
        robot.clickOn("#step-next");
        driver.settle();
    }

    private void back() throws Exception {
        robot.clickOn("#step-back");
        driver.settle();
    }

    /** Answers "No" to the safety question the walk-through begins with. */
    private void passTheSafetyQuestion() throws Exception {
        assertEquals("Before you begin: your safety", stepTitle());
        robot.clickOn("#option-1");
        next();
    }

    private String answerText() {
        return robot.lookup("#answer-text").queryAs(TextArea.class).getText();
    }

    @Test
    void walkThroughABranchQuitResumeAfterRestartAndFinish() throws Exception {
        robot.clickOn("#start-run");
        driver.settle();
        assertEquals("Step 1 of about 10", robot.lookup("#step-progress").queryAs(Label.class).getText());
        passTheSafetyQuestion();
        assertEquals("Closeness does not only come through talking", stepTitle());
        // Scrolled to the bottom of a step, the next one still starts at its heading.
        javafx.scene.Node around = robot.lookup("#step-title").query();
        while (!(around instanceof javafx.scene.control.ScrollPane)) {
            around = around.getParent();
        }
        javafx.scene.control.ScrollPane page = (javafx.scene.control.ScrollPane) around;
        AppDriver.onFx(() -> page.setVvalue(page.getVmax()));
        next();
        assertEquals("What happens when you try", stepTitle());
        assertEquals(page.getVmin(), page.getVvalue(), "the new step is shown from its top");
        robot.clickOn("#answer-text").write("I asked about his day. He said fine and turned on the TV.");
        next();
        assertEquals("Has the other person said no to talking about it?", stepTitle());
        assertTrue(robot.lookup("#step-next").queryButton().isDisabled(), "a choice must be made first");
        robot.clickOn("#option-0");
        next();
        assertEquals("'Not now' is a real answer", stepTitle());
        next();
        assertEquals("Where is the other person at ease?", stepTitle());
        robot.clickOn("#item-0");
        robot.clickOn("#item-1");
        driver.settleWhen("the ticked items to be saved", () -> {
            Object answer = driver.value("SELECT answer FROM scenario_answer WHERE step_id = 'at-ease'");
            return answer != null && answer.toString().lines().count() == 2;
        });

        assertEquals("A walk, a drive or a bike ride", driver.value(
                "SELECT answer FROM scenario_answer WHERE step_id = 'at-ease'").toString().lines().skip(1)
                .findFirst().orElse(""));
        assertEquals("at-ease", driver.value("SELECT current_step FROM scenario_run"));

        // Quit midway and start a new app instance over the same data folder.
        driver.restart();
        openModule();
        robot.clickOn(".continue-run");
        driver.settle();
        assertEquals("Where is the other person at ease?", stepTitle());
        assertTrue(robot.lookup("#item-0").queryAs(CheckBox.class).isSelected());
        assertTrue(robot.lookup("#item-1").queryAs(CheckBox.class).isSelected());
        assertTrue(!robot.lookup("#item-2").queryAs(CheckBox.class).isSelected());
        assertEquals("Step 6 of about 11", robot.lookup("#step-progress").queryAs(Label.class).getText());

        // Back follows the path taken before the restart, answers intact.
        back();
        assertEquals("'Not now' is a real answer", stepTitle());
        back();
        assertTrue(robot.lookup("#option-0").queryAs(RadioButton.class).isSelected());
        back();
        assertEquals("I asked about his day. He said fine and turned on the TV.", answerText());
        next();
        next();
        next();
        assertEquals("Where is the other person at ease?", stepTitle());
        next();
        assertEquals("Watch for the small signs", stepTitle());
        next();
        robot.clickOn("#answer-text").write("I felt a bit flat today. It's nice being out here with you.");
        next();
        robot.clickOn("#answer-text").write("Ask him on Saturday if he'd like to walk to the market.");
        next();
        assertEquals("Looking after your own needs", stepTitle());
        robot.clickOn("#answer-text").write("Call my sister on Sunday.");
        next();
        assertEquals("Grieving what may not come", stepTitle());
        assertEquals("Finish", robot.lookup("#step-next").queryButton().getText().replace("_", ""));
        robot.clickOn("#answer-text").write("Our walks count. Pottery on Thursday.");
        next();

        // The summary shows the user's own answers, in step order.
        VBox entries = robot.lookup("#summary-entries").queryAs(VBox.class);
        String ids = entries.getChildren().stream().map(n -> n.getId()).collect(Collectors.joining(","));
        assertEquals("summary-what-happens,summary-said-no,summary-at-ease,summary-go-first,summary-next-time,"
                + "summary-your-needs,summary-grieve", ids, "the answer to the safety question stays out of the plan");
        String shown = robot.lookup("#summary-next-time").queryAs(VBox.class).getChildren().stream()
                .filter(n -> n instanceof Label).map(n -> ((Label) n).getText()).collect(Collectors.joining("\n"));
        assertTrue(shown.contains("Ask him on Saturday if he'd like to walk to the market."), shown);
        assertNotNull(driver.value("SELECT finished_at FROM scenario_run"));

        // The finished run opens again, read-only, as its summary.
        robot.clickOn("#summary-done");
        driver.settle();
        robot.clickOn(".open-run");
        driver.settle();
        String needs = robot.lookup("#summary-your-needs").queryAs(VBox.class).getChildren().stream()
                .filter(n -> n instanceof Label).map(n -> ((Label) n).getText()).collect(Collectors.joining("\n"));
        assertTrue(needs.contains("Call my sister on Sunday."), needs);
        assertNull(robot.lookup("#answer-text").tryQuery().orElse(null), "read-only: no answer to type in");
    }

    @Test
    void anImportedPackIsOfferedAndADeletedRunIsGone() throws Exception {
        ScenariosView view = robot.lookup("#scenarios-view").queryAs(ScenariosView.class);
        AppDriver.onFx(() -> view.model().importFile(fixture("valid/good-pack.yaml")));
        driver.settle();
        assertTrue(robot.lookup("#scenarios-message").queryAs(Label.class).getText().startsWith("Imported"));
        assertEquals(8, robot.lookup(".scenario-card").queryAll().size());

        // A broken pack's messages: ScenariosViewModelTest.

        // The new card is below the fold: choose it with the keyboard.
        AppDriver.onFx(() -> robot.lookup("#scenario-weekend-plans").query().requestFocus());
        robot.type(KeyCode.SPACE);
        robot.clickOn("#start-run");
        driver.settle();
        assertEquals("Side by side", stepTitle());
        robot.clickOn("#leave-run");
        driver.settle();
        assertEquals(1L, ((Number) driver.value("SELECT count(*) FROM scenario_run")).longValue());
        // Enter in the question keeps the walk-through: the safe choice is the default one.
        robot.clickOn(".delete-run");
        robot.type(KeyCode.ENTER);
        driver.settle();
        assertEquals(1L, ((Number) driver.value("SELECT count(*) FROM scenario_run")).longValue());
        robot.clickOn(".delete-run");
        robot.clickOn("Delete");
        driver.settle();
        assertEquals(0L, ((Number) driver.value("SELECT count(*) FROM scenario_run")).longValue());
    }

    @Test
    void textTypedJustBeforeClosingIsKept() throws Exception {
        robot.clickOn("#start-run");
        driver.settle();
        passTheSafetyQuestion();
        next();
        robot.clickOn("#answer-text").write("Typed a moment before closing");
        driver.restart(); // no pause for the autosave delay: closing saves what is pending
        openModule();
        robot.clickOn(".continue-run");
        driver.settle();
        assertEquals("Typed a moment before closing", answerText());
        robot.clickOn("#answer-text").write(", and more before leaving");
        robot.clickOn("#leave-run");
        driver.settle();
        assertEquals("Typed a moment before closing, and more before leaving",
                driver.value("SELECT answer FROM scenario_answer WHERE step_id = 'what-happens'"));
    }

    private static Path fixture(String name) {
        try {
            return ScenarioValidatorTest.fixture(name);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
