package commonground.app;

import commonground.care.SafetyAnswer;
import commonground.people.PeopleRepository;
import commonground.people.Pronouns;
import commonground.people.Relationship;
import commonground.storage.Database;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every kind of dialog a person meets with the lock on, at 150% text in both themes, opened as a
 * person opens it and checked by {@link DialogAudit}: the app's look, the window's text size,
 * nothing cut, every text readable, the dialog on the screen with its buttons in reach; and
 * pop-ups (a drop-down) have no see-through shadow margin, which showed as a white frame round
 * dark pop-ups. The questions: one with several answers (removing someone), About, the two before
 * an export (everything, or Markdown for reading), deleting a message draft, the two before a plan leaves the app (copy,
 * save as a file), and the three of Privacy (replace the recovery key, encrypt with a new key,
 * turn the lock off). The others are in {@link EveryQuestionReadableTest}.
 */
class EveryDialogReadableTest extends AppTest {

    private static final String PASSPHRASE = "slow river at dusk";
    private final List<String> problems = new ArrayList<>();

    @ParameterizedTest(name = "{0} theme")
    @ValueSource(strings = {"LIGHT", "DARK"})
    void everyDialogTakesTheThemeAndTheTextSize(String theme) throws Exception {
        Files.createDirectories(dataDir);
        Files.writeString(dataDir.resolve("preferences.properties"), "theme=" + theme
                + "\ncare.frame.hidden=true\n");
        try (Database db = Database.open(dataDir.resolve(Database.FILE_NAME))) {
            // "Yes" to the safety question: a walk-through about Dad is the short safe path (two steps).
            new PeopleRepository(db).add("Dad", Relationship.PARENT, "", Pronouns.HE, SafetyAnswer.YES);
        }
        startApp();
        DialogAudit audit = new DialogAudit(robot, driver, theme.equals("DARK"), problems);
        turnOnTheLock();
        robot.clickOn("#text-size").clickOn("150%");
        driver.settle();

        robot.clickOn("#nav-people");
        driver.settle();
        robot.clickOn("Dad");
        commonground.cues.PageScroll.clickInView(robot, "#remove-person"); // under the form, where the page scrolls
        audit.dialog("Remove Dad?");

        commonground.cues.PageScroll.clickInView(robot, "#person-relationship"); // back up the page
        driver.settle();
        AppDriver.onFx(() -> {
            for (Window window : ScreenAudit.showingWindows()) {
                for (Node n : ScreenAudit.all(window.getScene().getRoot())) {
                    if (n instanceof ListView<?> list && list.getStyleClass().contains("list-view")
                            && n.getParent() != null && n.getEffect() != null && window != mainWindow()) {
                        problems.add("the drop-down list has a shadow drawn in a see-through margin: " + n.getEffect());
                    }
                }
            }
        });
        robot.type(KeyCode.ESCAPE);
        driver.settle();

        robot.clickOn("#about-button");
        audit.dialog("About");
        for (String button : List.of("#export-all", "#export-markdown")) {
            robot.clickOn("#about-button");
            driver.settleWhen("About", () -> robot.lookup(button).tryQuery().isPresent());
            robot.clickOn(button); // About closes, and the question about the export opens
            driver.settleWhen("About to close", () -> robot.lookup(button).tryQuery().isEmpty());
            audit.dialog(button);
        }

        robot.clickOn("#nav-draft");
        driver.settle();
        robot.clickOn("#draft-text").write("Dad, shall we look at the photos?");
        robot.clickOn("#draft-delete");
        audit.dialog("Delete this draft?"); // Esc: the draft stays

        finishAWalkThroughAboutDad();
        for (String button : List.of("#copy-plan", "#save-plan")) {
            commonground.cues.PageScroll.clickInView(robot, button);
            audit.dialog(button); // Esc: the plan stays in the app
        }

        robot.clickOn("#nav-privacy");
        driver.settle();
        for (String button : List.of("#privacy-replace-recovery", "#privacy-rotate", "#privacy-turn-off")) {
            AppDriver.onFx(() -> robot.lookup("#privacy-current").queryAs(TextField.class).setText(PASSPHRASE));
            driver.settle();
            Platform.runLater(() -> robot.lookup(button).queryAs(Button.class).fire());
            audit.dialog(button);
        }
        assertEquals(List.of(), problems);
    }

    private Window mainWindow() {
        return robot.lookup("#nav-people").query().getScene().getWindow();
    }

    private void finishAWalkThroughAboutDad() throws Exception {
        robot.clickOn("#nav-scenarios");
        driver.settle();
        robot.clickOn("#start-person");
        robot.clickOn("Dad · Parent");
        driver.settle();
        commonground.cues.PageScroll.clickInView(robot, "#start-run");
        driver.settle();
        for (int step = 0; step < 2; step++) {
            commonground.cues.PageScroll.clickInView(robot, "#step-next");
            driver.settle();
        }
        driver.settleWhen("the plan", () -> robot.lookup("#copy-plan").tryQuery().isPresent());
    }

    private void turnOnTheLock() throws Exception {
        robot.clickOn("#nav-privacy");
        driver.settle();
        robot.clickOn("#privacy-passphrase").write(PASSPHRASE);
        robot.clickOn("#privacy-repeat").write(PASSPHRASE);
        robot.clickOn("#privacy-turn-on");
        driver.settleWhen("the recovery key", () -> robot.lookup("#recovery-kept").tryQuery().isPresent());
        robot.clickOn("#recovery-kept");
        robot.clickOn("#recovery-done");
        driver.settle();
    }
}
