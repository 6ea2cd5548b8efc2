package commonground.app;

import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.layout.Pane;
import org.junit.jupiter.api.Test;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every icon in the sidebar is drawn in its icon font, at every text size and after a theme
 * switch: drawn in the entry's own font, an icon shows as an empty box.
 */
class SidebarIconFontTest extends WholeAppTest {

    /** Each sidebar icon that is not in its icon font or not as large as its entry's text, described. */
    private List<String> wrongIcons() {
        AtomicReference<List<String>> wrong = new AtomicReference<>();
        AppDriver.onFx(() -> {
            List<String> found = new ArrayList<>();
            Pane sidebar = (Pane) robot.lookup(".sidebar").query();
            sidebar.applyCss();
            int icons = 0;
            for (Node n : sidebar.getChildren()) {
                if (n instanceof Labeled entry && entry.getGraphic() instanceof FontIcon icon) {
                    icons++;
                    String family = "FeatherIcons"; // the Feather icons' font (a new FontIcon says "System" before CSS)
                    if (!icon.getFont().getFamily().equals(family)) {
                        found.add(entry.getText() + ": drawn in " + icon.getFont().getFamily() + ", not " + family);
                    }
                    if (Math.abs(icon.getFont().getSize() - entry.getFont().getSize()) > 1.0) {
                        found.add(entry.getText() + ": icon " + icon.getFont().getSize() + " px, text " + entry.getFont().getSize());
                    }
                }
            }
            if (icons < 10) {
                found.add("only " + icons + " sidebar icons found");
            }
            wrong.set(found);
        });
        return wrong.get();
    }

    private double textSize() {
        AtomicReference<Double> size = new AtomicReference<>();
        AppDriver.onFx(() -> size.set(robot.lookup("#nav-home").queryAs(Labeled.class).getFont().getSize()));
        return size.get();
    }

    @Test
    void theSidebarIconsAreDrawnInTheirFontAtEveryTextSizeAndInBothThemes() throws Exception {
        assertEquals(List.of(), wrongIcons(), "at the start");
        double normal = textSize();
        for (String size : List.of("90%", "115%", "130%", "150%", "100%")) {
            robot.clickOn("#text-size").clickOn(size);
            driver.settle();
            assertEquals(List.of(), wrongIcons(), "at " + size);
        }
        robot.clickOn("#text-size").clickOn("150%");
        driver.settle();
        assertTrue(textSize() > normal * 1.4, "the text is larger at 150%");
        robot.clickOn("#theme-toggle");
        driver.settle();
        assertEquals(List.of(), wrongIcons(), "in the dark theme at 150%");
        robot.clickOn("#theme-toggle");
        driver.settle();
        assertEquals(List.of(), wrongIcons(), "back in the light theme");
    }
}
