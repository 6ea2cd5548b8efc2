package commonground.tools;

import commonground.app.AppDriver;
import javafx.scene.input.KeyCode;
import org.testfx.api.FxRobot;

import java.nio.file.Path;

/**
 * Saves screenshots of the privacy lock's screens (which need typing to reach) into
 * {@code assets/screenshots/}, driving the app as a person would. Not a test; run by hand:
 * {@code java -cp ... commonground.tools.PrivacyScreens [OUT_DIR]} with a display, or headless
 * with the Monocle properties the tests use.
 */
public final class PrivacyScreens {

    private PrivacyScreens() {
    }

    public static void main(String[] args) throws Exception {
        Screenshots.run(args, PrivacyScreens::tour);
    }

    private static void tour(FxRobot robot, AppDriver driver, Path out) throws Exception {
        robot.clickOn("#nav-privacy");
        driver.settle();
        robot.clickOn("#privacy-passphrase").write("slow river at dusk");
        robot.clickOn("#privacy-repeat").write("slow river at dusk");
        driver.settle();
        Screenshots.save(robot, out.resolve("privacy-off-light.png"));
        robot.clickOn("#privacy-turn-on");
        driver.settle();
        Screenshots.save(robot, out.resolve("privacy-recovery-key-light.png"));
        robot.clickOn("#recovery-kept");
        robot.clickOn("#recovery-done");
        robot.clickOn("#theme-toggle");
        driver.settle();
        Screenshots.save(robot, out.resolve("privacy-on-dark.png"));
        AppDriver.shortcut(robot, KeyCode.L);
        driver.settle();
        robot.write("slow river at dawn").type(KeyCode.ENTER);
        driver.settle();
        Screenshots.save(robot, out.resolve("unlock-dark.png"));
        AppDriver.onFx(() -> {
            javafx.scene.control.TextField field = robot.lookup("#unlock-passphrase").queryAs(
                    javafx.scene.control.TextField.class);
            field.clear();
            field.requestFocus();
        });
        robot.write("slow river at dusk").type(KeyCode.ENTER);
        driver.settle();
        robot.clickOn("#theme-toggle");
        AppDriver.shortcut(robot, KeyCode.L);
        driver.settle();
        Screenshots.save(robot, out.resolve("unlock-light.png"));
    }
}
