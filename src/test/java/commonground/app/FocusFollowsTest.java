package commonground.app;

import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Switching modules with a shortcut takes the focus into the module shown: the focus ring no longer
 * stays on Home's sidebar entry while another module is chosen (two entries looked chosen).
 */
class FocusFollowsTest extends WholeAppTest {

    private Node focusOwner() {
        AtomicReference<Node> owner = new AtomicReference<>();
        AppDriver.onFx(() -> owner.set(robot.lookup(".shell").query().getScene().getFocusOwner()));
        return owner.get();
    }

    private static boolean inside(Node node, Node parent) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == parent) {
                return true;
            }
        }
        return false;
    }

    @Test
    void aShortcutTakesTheFocusIntoTheModuleShown() throws Exception {
        robot.clickOn("#nav-home");
        driver.settle();
        assertTrue(robot.lookup("#nav-home").query().isFocused());
        for (KeyCode digit : new KeyCode[] {KeyCode.DIGIT2, KeyCode.DIGIT5, KeyCode.DIGIT4}) {
            AppDriver.shortcut(robot, digit);
            driver.settle();
            Node owner = focusOwner();
            assertFalse(robot.lookup("#nav-home").query().isFocused(), "Home's entry keeps the focus ring after Ctrl+"
                    + digit.getName());
            assertTrue(owner != null && inside(owner, robot.lookup(".module-content").query()),
                    "after Ctrl+" + digit.getName() + " the focus is on " + owner + ", not in the module shown");
        }
        robot.clickOn("#nav-people");
        driver.settle();
        assertTrue(robot.lookup("#nav-people").query().isFocused(), "a clicked entry keeps the focus");
    }
}
