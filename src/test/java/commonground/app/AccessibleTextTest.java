package commonground.app;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every control a person can reach in the main views can be named by a screen reader: buttons
 * by their text or accessible text, fields and choosers by accessible text, a prompt, or a
 * label bound to them.
 */
class AccessibleTextTest extends WholeAppTest {

    @Test
    void everyReachableControlHasAName() throws Exception {
        List<String> unnamed = new ArrayList<>();
        for (Node nav : List.copyOf(robot.lookup(".nav-button").<Node>queryAll())) {
            robot.clickOn(nav);
            driver.settle();
            checkNames(nav, unnamed);
            for (Node tab : List.copyOf(robot.lookup(".tab-pane .tab").<Node>queryAll())) {
                robot.clickOn(tab);
                driver.settle();
                checkNames(nav, unnamed);
            }
        }
        assertTrue(unnamed.isEmpty(), "controls without a name:\n" + String.join("\n", unnamed));
    }

    private void checkNames(Node nav, List<String> unnamed) {
        {
            Parent root = robot.lookup(".shell").<Node>query().getScene().getRoot();
            Set<Node> labelled = new HashSet<>();
            for (Node n : root.lookupAll(".label")) {
                if (n instanceof Label l && l.getLabelFor() != null) {
                    labelled.add(l.getLabelFor());
                }
            }
            for (Node n : root.lookupAll("*")) {
                if (!n.isVisible() || n.getScene() == null || !n.isFocusTraversable()) {
                    continue;
                }
                boolean named = n.getAccessibleText() != null && !n.getAccessibleText().isBlank()
                        || labelled.contains(n);
                if (n instanceof ButtonBase b) {
                    named |= b.getText() != null && !b.getText().isBlank();
                } else if (n instanceof TextInputControl t) {
                    named |= t.getPromptText() != null && !t.getPromptText().isBlank();
                } else if (n instanceof ComboBoxBase<?> c) {
                    named |= c.getPromptText() != null && !c.getPromptText().isBlank();
                } else {
                    continue;
                }
                String entry = nav.getId() + ": " + n.getClass().getSimpleName() + " #" + n.getId();
                if (!named && !unnamed.contains(entry)) {
                    unnamed.add(entry);
                }
            }
        }
    }
}
