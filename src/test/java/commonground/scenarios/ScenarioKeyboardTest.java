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

    /** The node that has the keyboard focus now, or null. */
    private Node focusOwner() {
        return robot.lookup("#scenario-run").tryQuery().map(n -> n.getScene() == null ? null : n.getScene().getFocusOwner())
                .orElse(null);
    }

    /** True when the focus is on {@code query}'s node or inside it (a text area inside a draft editor). */
    private boolean focusIn(String query) {
        Optional<Node> target = robot.lookup(query).tryQuery();
        for (Node n = focusOwner(); n != null && target.isPresent(); n = n.getParent()) {
            if (n == target.get()) {
                return true;
            }
        }
        return false;
    }

    /** Waits until the step has put the focus where a person would start typing, as the app promises. */
    private void waitForFocus(String query) throws Exception {
        driver.settleWhen("the focus on " + query + " (it is on " + focusOwner() + ")", () -> focusIn(query));
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
                waitForFocus("#option-0");
                robot.type(KeyCode.DOWN);   // past "Yes" to "No", so the walk goes on to the scenario itself
                robot.type(KeyCode.SPACE);
            } else if (showing("#answer-text")) {
                waitForFocus("#answer-text");
                robot.write("Something I noticed.");
            } else if (showing("#option-0") || showing("#item-0")) {
                waitForFocus(showing("#option-0") ? "#option-0" : "#item-0");
                robot.type(KeyCode.SPACE);  // the first option or item has the focus
            }
            assertTrue(robot.lookup("#step-next").tryQuery().isPresent(),
                    "typing on step " + steps + " did not leave the step (focus was on " + focusOwner() + ")");
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
