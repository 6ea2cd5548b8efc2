package commonground.tools;

import commonground.app.AppDriver;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.testfx.api.FxRobot;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Saves screenshots of the care parts of the app, each in both themes: the first-start frame
 * (what the app is and is not), Help and support with someone in "People I can call", the calm
 * safety path on People after "I'm not sure", and the gentle distress card beside a note in
 * Reflection. Not a test; run by hand like {@link ModuleScreens}, headless with the Monocle
 * properties the tests use:
 * <pre>
 * /work/bin/mvnl -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -Dtestfx.robot=glass -Dtestfx.headless=true -Dprism.order=sw -Dprism.text=t2k -Djava.awt.headless=true \
 *      -Dglass.platform=Monocle -Dmonocle.platform=Headless \
 *      -cp target/test-classes:target/classes:$(cat target/cp.txt) commonground.tools.CareScreens assets/screenshots
 * </pre>
 */
public final class CareScreens {

    private CareScreens() {
    }

    public static void main(String[] args) throws Exception {
        Locale.setDefault(Locale.UK);
        // Like Screenshots.run, but with the first-start frame left to show, as on a first start.
        Path out = Path.of(args.length > 0 ? args[0] : "assets/screenshots");
        Files.createDirectories(out);
        AppDriver driver = new AppDriver(Files.createTempDirectory("screenshot-tour")).withCareFrame().start();
        try {
            tour(new FxRobot(), driver, out);
        } finally {
            driver.stop();
        }
        System.exit(0);
    }

    static void tour(FxRobot robot, AppDriver driver, Path out) throws Exception {
        // 1. The first-start frame, over Home, with "Don't show this again" not yet ticked.
        driver.settleWhen("the first-start frame", () -> showing(robot, "#care-frame"));
        bothThemes(robot, driver, out, "care-frame");
        AppDriver.onFx(() -> {
            robot.lookup("#care-frame-dont-show").queryAs(CheckBox.class).setSelected(true);
            robot.lookup("#care-frame-continue").queryAs(Button.class).fire();
        });
        driver.settle();

        // 2. Help and support (F1) with two people to call.
        robot.press(KeyCode.F1).release(KeyCode.F1);
        driver.settle();
        addPersonToCall(robot, driver, "Aunt Jo", "0161 496 0000");
        addPersonToCall(robot, driver, "Priya next door", "07700 900123");
        // The end of the page: the people to call, the form to add another, the quick keys.
        scrollToShow(robot, "#help-person-name", 0.0);
        AppDriver.onFx(() -> robot.lookup("#help-person-name").query().requestFocus());
        bothThemes(robot, driver, out, "help");

        // 3. People: adding Sam, a partner, and answering "I'm not sure" to the safety question.
        robot.clickOn("#nav-people");
        driver.settle();
        robot.clickOn("#add-person");
        robot.clickOn("#person-name").write("Sam");
        AppDriver.onFx(() -> {
            @SuppressWarnings("unchecked")
            ComboBox<Object> relationship = robot.lookup("#person-relationship").queryAs(ComboBox.class);
            relationship.getItems().stream().filter(r -> r.toString().equals("Partner")).findFirst()
                    .ifPresent(relationship::setValue);
        });
        robot.clickOn("#person-note").write("Goes quiet after work. Loves the allotment and old films on a Sunday.");
        scrollToShow(robot, "#safety-not-sure", 0.1);
        robot.clickOn("#safety-not-sure");
        driver.settleWhen("the safety path", () -> showing(robot, "#people-safety-path"));
        robot.clickOn("#save-person");
        driver.settleWhen("Sam to be in the list", () -> !robot.lookup("#people-list .list-cell").queryAll().isEmpty()
                && showing(robot, "#people-safety-path"));
        scrollToShow(robot, "#safety-question", 0.0);
        // Adding leaves the focus on the sidebar; put it back on the answer the picture is about.
        AppDriver.onFx(() -> robot.lookup("#safety-not-sure").query().requestFocus());
        bothThemes(robot, driver, out, "safety-path");

        // 4. Reflection: a note that sounds like the writer may not be safe, and the card beside it.
        robot.clickOn("#nav-reflection");
        driver.settle();
        robot.clickOn("#new-note");
        robot.clickOn("#new-blank-note");
        driver.settle();
        robot.clickOn("#note-body").write("Sam went quiet again at dinner and I tried not to take it personally. "
                + "I'm so tired of holding everything together.\n"
                + "Some nights I wonder if everyone would be better off without me.");
        driver.settleWhen("the distress card", () -> showing(robot, ".note-editor #distress-card"));
        driver.settleWhen("the note to say it is saved",
                () -> robot.lookup("#save-status").queryAs(Label.class).getText().startsWith("Saved at"));
        bothThemes(robot, driver, out, "distress-card");
    }

    private static void addPersonToCall(FxRobot robot, AppDriver driver, String name, String number)
            throws Exception {
        AppDriver.onFx(() -> {
            robot.lookup("#help-person-name").queryAs(TextField.class).setText(name);
            robot.lookup("#help-person-number").queryAs(TextField.class).setText(number);
            robot.lookup("#help-person-save").queryAs(Button.class).fire();
        });
        driver.settle();
    }

    /** Whether the node is in the window and shown. */
    private static boolean showing(FxRobot robot, String query) {
        Node node = robot.lookup(query).tryQuery().orElse(null);
        return node != null && node.getScene() != null && node.isVisible();
    }

    /**
     * Scrolls the page holding the node so that its top sits {@code fraction} of the way down the
     * visible part (as far as the page goes).
     */
    private static void scrollToShow(FxRobot robot, String query, double fraction) {
        Node node = robot.lookup(query).query();
        AppDriver.onFx(() -> {
            for (Parent p = node.getParent(); p != null; p = p.getParent()) {
                if (p instanceof ScrollPane pane && pane.getStyleClass().contains("page-scroll")) {
                    pane.layout();
                    double contentHeight = pane.getContent().getLayoutBounds().getHeight();
                    double viewport = pane.getViewportBounds().getHeight();
                    if (contentHeight <= viewport) {
                        continue;
                    }
                    double y = pane.getContent().sceneToLocal(node.localToScene(node.getLayoutBounds())).getMinY();
                    double top = Math.max(0, Math.min(y - fraction * viewport, contentHeight - viewport));
                    pane.setVvalue(top / (contentHeight - viewport));
                    pane.layout();
                }
            }
        });
    }

    /**
     * Saves the window as {@code name-light.png} and {@code name-dark.png}, in whichever theme is
     * showing first, switching theme in between (by the sidebar's button, fired so that a page
     * over the window, like the first-start frame, stays where it is).
     */
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
