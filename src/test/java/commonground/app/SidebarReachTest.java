package commonground.app;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ToggleButton;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every sidebar entry can be reached with the mouse at the largest text in a window 800 px high
 * (a small laptop): none is pushed below the window's edge or under the status line, and a click
 * on each shows its module.
 */
class SidebarReachTest extends AppTest {

    private Bounds inScene(Node node) {
        AtomicReference<Bounds> b = new AtomicReference<>();
        AppDriver.onFx(() -> b.set(node.localToScene(node.getBoundsInLocal())));
        return b.get();
    }

    private void start(String theme, double scale, int height) throws Exception {
        Files.createDirectories(dataDir);
        Files.writeString(dataDir.resolve("preferences.properties"), CareFeature.FRAME_HIDDEN + "=true\n"
                + "theme=" + theme + "\ntext.scale=" + scale + "\nwindow.x=0\nwindow.y=0\nwindow.width=1180\n"
                + "window.height=" + height + "\n");
        startApp();
    }

    @ParameterizedTest(name = "{0} theme, text at {1}, window {2} px high")
    @CsvSource({"LIGHT, 1.5, 800", "DARK, 1.5, 800", "LIGHT, 1.0, 600", "LIGHT, 1.5, 700"})
    void everyEntryIsWithinTheWindowAndOpensItsModule(String theme, double scale, int height) throws Exception {
        start(theme, scale, height);
        Node root = robot.lookup(".shell").query();
        double sceneHeight = root.getScene().getHeight();
        assertEquals(height, sceneHeight, 1, "the window is as high as asked");
        List<String> problems = new ArrayList<>();
        List<Node> entries = new ArrayList<>(robot.lookup(".sidebar .nav-button").queryAll());
        entries.addAll(robot.lookup(".sidebar .sidebar-action").queryAll());
        for (Node entry : entries) {
            if (!entry.isVisible()) {
                continue;
            }
            Bounds b = inScene(entry);
            if (b.getMinY() < 0 || b.getMaxY() > sceneHeight + 0.5) {
                problems.add(entry.getId() + " at " + Math.round(b.getMinY()) + ".." + Math.round(b.getMaxY())
                        + " of a window " + Math.round(sceneHeight) + " px high");
            }
        }
        assertEquals(List.of(), problems);
        for (Node entry : robot.lookup(".sidebar .nav-button").queryAll()) {
            robot.clickOn(entry);
            String module = entry.getId().substring("nav-".length());
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> ((ToggleButton) entry).isSelected()
                    && robot.lookup("#" + module + "-view").tryQuery().isPresent());
        }
        robot.clickOn("#about-button");
        driver.settleWhen("About", () -> robot.lookup("#about-data-folder").tryQuery().isPresent());
        assertTrue(robot.lookup("#about-data-folder").tryQuery().isPresent());
    }
}
