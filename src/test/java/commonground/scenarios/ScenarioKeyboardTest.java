package commonground.scenarios;

import commonground.app.AppDriver;
import commonground.app.WholeAppTest;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A whole scenario walked from the list to the plan with the keyboard alone. */
class ScenarioKeyboardTest extends WholeAppTest {

    private boolean showing(String query) {
        Optional<Node> node = robot.lookup(query).tryQuery();
        return node.isPresent() && node.get().isVisible() && node.get().getScene() != null;
    }

    @Test
    void aWholeWalkWithTheKeyboardAlone() throws Exception {
        AppDriver.shortcut(robot, KeyCode.DIGIT2);
        driver.settle();
        AppDriver.shortcut(robot, KeyCode.N);            // the scenario list gets the focus
        robot.type(KeyCode.ENTER);      // choose the focused scenario
        AppDriver.alt(robot, KeyCode.S);                 // Start
        driver.settle();
        assertTrue(showing("#scenario-run"), "the walk started");
        int steps = 0;
        while (!showing("#scenario-summary") && steps < 20) {
            driver.settleWhen("the step's buttons or the plan",
                    () -> robot.lookup("#step-next").tryQuery().isPresent() || showing("#scenario-summary"));
            if (showing("#scenario-summary")) {
                break;
            }
            if (showing("#option-1") && robot.lookup("#step-title").queryAs(javafx.scene.control.Label.class)
                    .getText().equals("Before you begin: your safety")) {
                robot.type(KeyCode.DOWN);   // past "Yes" to "No", so the walk goes on to the scenario itself
                robot.type(KeyCode.SPACE);
            } else if (showing("#answer-text")) {
                robot.write("Something I noticed.");
            } else if (showing("#option-0") || showing("#item-0")) {
                robot.type(KeyCode.SPACE);  // the first option or item has the focus
            }
            boolean last = robot.lookup("#step-next").queryButton().getText().equals("_Finish");
            String before = robot.lookup("#step-title").queryAs(javafx.scene.control.Label.class).getText();
            AppDriver.alt(robot, last ? KeyCode.F : KeyCode.N);  // Alt+N for Next, Alt+F for Finish on the last step
            driver.settleWhen("the next step or the plan", () -> showing("#scenario-summary")
                    || !robot.lookup("#step-title").queryAs(javafx.scene.control.Label.class).getText().equals(before));
            steps++;
        }
        assertTrue(showing("#scenario-summary"), "the plan is shown after " + steps + " steps");
        assertTrue(steps > 5, "the walk went past the safety question into the scenario (" + steps + " steps)");
        assertEquals(1L, ((Number) driver.value("SELECT count(*) FROM scenario_run WHERE finished_at IS NOT NULL"))
                .longValue());
        assertTrue(((Number) driver.value("SELECT count(*) FROM scenario_answer")).longValue() >= 3,
                "the answers were saved");
    }
}
