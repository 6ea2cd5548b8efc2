package commonground.app;

import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextSizeTest extends WholeAppTest {

    private String rootStyle() {
        return robot.lookup(".shell").query().getScene().getRoot().getStyle();
    }

    /** The size the text of a sidebar entry and of Home's first paragraph is drawn at. */
    private List<Double> shownSizes() {
        return List.of(robot.lookup("#nav-people").queryAs(Labeled.class).getFont().getSize(),
                robot.lookup("#home-view .paragraph").queryAs(Labeled.class).getFont().getSize());
    }

    @Test
    void theTextSizeScalesTheWholeWindowAndIsRemembered() throws Exception {
        assertEquals("", rootStyle(), "the normal size needs no style of its own");
        List<Double> normal = shownSizes();
        robot.press(KeyCode.CONTROL).press(KeyCode.EQUALS).release(KeyCode.EQUALS).release(KeyCode.CONTROL);
        assertEquals("-fx-font-size: 16.1px;", rootStyle());
        assertScaled(normal, 1.15);
        robot.clickOn("#text-size").clickOn("150%");
        assertEquals("-fx-font-size: 21.0px;", rootStyle());
        assertScaled(normal, 1.5);
        driver.restart();
        assertEquals("-fx-font-size: 21.0px;", rootStyle());
        assertScaled(normal, 1.5);
        robot.press(KeyCode.CONTROL).press(KeyCode.DIGIT0).release(KeyCode.DIGIT0).release(KeyCode.CONTROL);
        assertEquals("", rootStyle(), "the normal size needs no style of its own");
        assertScaled(normal, 1.0);
    }

    private void assertScaled(List<Double> normal, double scale) {
        List<Double> now = shownSizes();
        for (int i = 0; i < normal.size(); i++) {
            assertEquals(normal.get(i) * scale, now.get(i), 0.6, "text drawn at " + now + ", normal " + normal);
        }
    }

    @Test
    void nothingIsClippedAtTheLargestSizeInTheMainViews() throws Exception {
        robot.clickOn("#text-size").clickOn("150%");
        driver.settle();
        for (Node nav : List.copyOf(robot.lookup(".nav-button").<Node>queryAll())) {
            robot.clickOn(nav);
            driver.settle();
            List<String> clipped = clippedLabels(robot.lookup(".shell").<Node>query());
            assertTrue(clipped.isEmpty(), nav.getId() + " has clipped text: " + clipped);
        }
    }

    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /** Labels whose shown text was cut short with an ellipsis. */
    static List<String> clippedLabels(Node root) {
        List<String> clipped = new ArrayList<>();
        for (Node n : root.lookupAll("*")) {
            if (!(n instanceof Labeled labeled) || !shown(labeled) || labeled.getText() == null
                    || labeled.getText().isEmpty() || labeled.getScene() == null) {
                continue;
            }
            for (Node child : labeled.getChildrenUnmodifiable()) {
                String full = labeled.isMnemonicParsing() ? labeled.getText().replaceFirst("_", "") : labeled.getText();
                if (child instanceof Text shown && !shown.getText().equals(full)
                        && (shown.getText().endsWith("…") || shown.getText().endsWith("..."))) {
                    clipped.add(labeled.getText());
                }
            }
        }
        return clipped;
    }
}
