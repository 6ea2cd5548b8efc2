package commonground.app;

import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
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

    @Test
    void ctrlPlusTypedWithShiftAlsoMakesTheTextLarger() throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.EQUALS).release(KeyCode.EQUALS, KeyCode.SHIFT, KeyCode.CONTROL);
        assertEquals("-fx-font-size: 16.1px;", rootStyle(), "Ctrl with Shift and = is how most people type Ctrl+plus");
        robot.press(KeyCode.CONTROL, KeyCode.SUBTRACT).release(KeyCode.SUBTRACT, KeyCode.CONTROL);
        assertEquals("", rootStyle(), "the number pad's minus makes it smaller again");
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
            List<String> overlapping = overlappingPageParts(robot.lookup(".shell").<Node>query());
            assertTrue(overlapping.isEmpty(), nav.getId() + " draws one part over another: " + overlapping);
            List<String> wide = tooWide(robot.lookup(".shell").<Node>query());
            assertTrue(wide.isEmpty(), nav.getId() + " is wider than the window: " + wide);
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

    @Test
    void anOpenNoteShowsItsDatesAndWhetherItIsSavedAtEverySize() throws Exception {
        robot.clickOn("#nav-reflection");
        driver.settle();
        robot.clickOn("#new-note");
        robot.clickOn("#new-blank-note");
        driver.settle();
        robot.clickOn("#note-body").write("A quiet Sunday\nWe walked to the market.");
        driver.settleWhen("the note to say it is saved",
                () -> robot.lookup("#save-status").queryAs(javafx.scene.control.Label.class).getText().startsWith("Saved at"));
        for (String size : List.of("100%", "150%")) {
            robot.clickOn("#text-size").clickOn(size);
            driver.settle();
            List<String> clipped = clippedLabels(robot.lookup(".note-editor").<Node>query());
            assertTrue(clipped.isEmpty(), "at " + size + " the open note has clipped text: " + clipped);
        }
    }

    /** Scroll panes whose content is wider than what they show (cut off, or needing a sideways scroll). */
    private List<String> tooWide(Node root) {
        List<String> wide = new ArrayList<>();
        robot.interact(() -> {
            for (Node n : root.lookupAll(".scroll-pane")) {
                if (n instanceof ScrollPane scroll && shown(scroll) && scroll.getContent() != null
                        && scroll.getContent().getLayoutBounds().getWidth() > scroll.getViewportBounds().getWidth() + 1) {
                    wide.add((scroll.getId() != null ? scroll.getId() : scroll.getContent().getClass().getSimpleName())
                            + " shows " + scroll.getViewportBounds().getWidth() + " of "
                            + scroll.getContent().getLayoutBounds().getWidth());
                }
            }
        });
        return wide;
    }

    /** Pages whose middle part starts above the end of their top part (drawn over it). */
    private List<String> overlappingPageParts(Node root) {
        List<String> overlapping = new ArrayList<>();
        robot.interact(() -> {
            for (Node n : root.lookupAll(".page")) {
                if (n instanceof BorderPane page && shown(page) && page.getTop() != null && page.getCenter() != null
                        && page.getTop().isManaged() && page.getCenter().getBoundsInParent().getMinY()
                        < page.getTop().getBoundsInParent().getMaxY() - 1) {
                    overlapping.add(page.getClass().getSimpleName());
                }
            }
        });
        return overlapping;
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
