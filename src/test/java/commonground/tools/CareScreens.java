package commonground.tools;

import commonground.app.AppDriver;
import javafx.scene.input.KeyCode;
import org.testfx.api.FxRobot;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Saves screenshots of Help and support (with someone in "People I can call") in both themes.
 * Not a test; run by hand like {@link ModuleScreens}.
 */
public final class CareScreens {

    private CareScreens() {
    }

    public static void main(String[] args) throws Exception {
        Locale.setDefault(Locale.UK);
        Screenshots.run(args, CareScreens::tour);
    }

    static void tour(FxRobot robot, AppDriver driver, Path out) throws Exception {
        robot.press(KeyCode.F1).release(KeyCode.F1);
        driver.settle();
        AppDriver.onFx(() -> {
            robot.lookup("#help-person-name").queryAs(javafx.scene.control.TextField.class).setText("Aunt Jo");
            robot.lookup("#help-person-number").queryAs(javafx.scene.control.TextField.class).setText("0161 496 0000");
        });
        AppDriver.onFx(() -> robot.lookup("#help-person-save").queryAs(javafx.scene.control.Button.class).fire());
        driver.settle();
        Screenshots.saveInBothThemes(robot, driver, out.resolve("help-light.png"), out.resolve("help-dark.png"));
    }
}
