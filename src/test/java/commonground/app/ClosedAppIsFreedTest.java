package commonground.app;

import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

import java.lang.ref.WeakReference;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * A closed app leaves nothing of itself behind on its window. The window can outlive the app (the
 * test suite starts hundreds of apps on one stage): a listener on it kept each closed app's whole
 * screen alive, about 10 MB each with the text of every note shown, until the suite's test JVM
 * spent minutes collecting garbage (a 1 MB note's test took 188 s in the full run, 8 s alone).
 */
class ClosedAppIsFreedTest extends WholeAppTest {

    @Test
    void aClosedAppsScreenIsFreedOnceAnotherAppHasTheWindow() throws Exception {
        robot.clickOn("#nav-reflection"); // a module shown, as a person would
        driver.settle();
        Scene scene = robot.lookup(".shell").query().getScene();
        Stage stage = (Stage) scene.getWindow();
        WeakReference<Scene> first = new WeakReference<>(scene);
        scene = null;

        driver.restart();
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
                System.gc();
                return first.get() == null;
            });
        } catch (TimeoutException e) {
            fail("the first app's screen is still held after it was closed and another app started");
        }
        int icons = WaitForAsyncUtils.waitForAsyncFx(10_000, () -> stage.getIcons().size());
        assertTrue(icons <= 1, icons + " window icons: one is set, however often the app starts");
    }
}
