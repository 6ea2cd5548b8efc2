package commonground.tools;

import commonground.app.AppDriver;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import org.testfx.api.FxRobot;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Saves screenshots of Practise, each in both themes: a turn of the "I'm fine" drill, a typed
 * reply with the coach's note, and the debrief. Not a test; run by hand like {@link CareScreens},
 * headless with the Monocle properties the tests use:
 * <pre>
 * /work/bin/mvnl -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -Dtestfx.robot=glass -Dtestfx.headless=true -Dprism.order=sw -Dprism.text=t2k -Djava.awt.headless=true \
 *      -Dglass.platform=Monocle -Dmonocle.platform=Headless \
 *      -cp target/test-classes:target/classes:$(cat target/cp.txt) commonground.tools.PracticeScreens assets/screenshots
 * </pre>
 */
public final class PracticeScreens {

    private PracticeScreens() {
    }

    public static void main(String[] args) throws Exception {
        Locale.setDefault(Locale.UK);
        Path out = Path.of(args.length > 0 ? args[0] : "assets/screenshots");
        Files.createDirectories(out);
        AppDriver driver = new AppDriver(Files.createTempDirectory("screenshot-tour")).start();
        try {
            tour(new FxRobot(), driver, out);
        } finally {
            driver.stop();
        }
        System.exit(0);
    }

    static void tour(FxRobot robot, AppDriver driver, Path out) throws Exception {
        robot.clickOn("#nav-practice");
        driver.settleWhen("the conversations", () -> !robot.lookup("#practice-offers").queryAs(ListView.class)
                .getItems().isEmpty());
        // The "I'm fine" drill, whichever comes first in the list.
        AppDriver.onFx(() -> {
            ListView<?> offers = robot.lookup("#practice-offers").queryAs(ListView.class);
            for (int i = 0; i < offers.getItems().size(); i++) {
                if (((commonground.practice.Conversation) offers.getItems().get(i)).id().equals("im-fine")) {
                    offers.getSelectionModel().select(i);
                }
            }
        });
        driver.settle();
        AppDriver.onFx(() -> robot.lookup("#practice-start").queryAs(Button.class).fire());
        driver.settle();
        // 1. A turn: "I'm fine", what he does, the figure, the replies.
        AppDriver.onFx(() -> robot.lookup("#practice-reply-2").query().requestFocus());
        bothThemes(robot, driver, out, "practice-turn");

        // 2. A typed judgment and the coach's note; the figure has closed a little.
        AppDriver.onFx(() -> robot.lookup("#practice-typed").queryAs(TextArea.class)
                .setText("Why won't you just tell me what's wrong? You never talk to me."));
        AppDriver.onFx(() -> robot.lookup("#practice-say").queryAs(Button.class).fire());
        driver.settleWhen("the coach's note", () -> robot.lookup("#practice-coach-notes .coach-note").tryQuery().isPresent());
        AppDriver.onFx(() -> robot.lookup("#practice-reply-3").query().requestFocus());
        bothThemes(robot, driver, out, "practice-typed");

        // 3. On to an ending, then the debrief.
        AppDriver.onFx(() -> robot.lookup("#practice-reply-4").queryAs(Button.class).fire());
        driver.settle();
        AppDriver.onFx(() -> robot.lookup("#practice-reply-2").queryAs(Button.class).fire());
        driver.settle();
        AppDriver.onFx(() -> robot.lookup("#practice-debrief").queryAs(Button.class).fire());
        driver.settleWhen("the debrief", () -> robot.lookup("#debrief-ending").tryQuery().isPresent()
                && !robot.lookup("#debrief-ending").queryAs(Label.class).getText().isEmpty()
                && robot.lookup("#debrief-entry-1 .coach-note").tryQuery().isPresent());
        bothThemes(robot, driver, out, "practice-debrief");
    }

    private static void bothThemes(FxRobot robot, AppDriver driver, Path out, String name) throws Exception {
        for (int i = 0; i < 2; i++) {
            Button toggle = robot.lookup("#theme-toggle").queryAs(Button.class);
            boolean dark = toggle.getText().startsWith("Light");
            driver.settle();
            Screenshots.save(robot, out.resolve(name + (dark ? "-dark" : "-light") + ".png"));
            if (i == 0) {
                AppDriver.onFx(toggle::fire);
                driver.settle();
            }
        }
    }
}
