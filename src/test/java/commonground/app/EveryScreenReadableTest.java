package commonground.app;

import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every screen a person meets in the first hour, in both themes: the first-start frame, each module
 * in the sidebar (Help included), a drop-down open, the About dialog, a question with long button
 * labels, and the lock screen. Each piece of text shown reaches WCAG AA (4.5:1) against what it is
 * drawn on; at 150% text size nothing is cut with an ellipsis, no placeholder is wider than its
 * field, no page scrolls sideways, and dialogs pass {@link DialogAudit} at both sizes.
 */
class EveryScreenReadableTest extends AppTest {

    private static final String PASSPHRASE = "slow river at dusk";
    private final List<String> problems = new ArrayList<>();
    private DialogAudit audit;

    @ParameterizedTest(name = "{0} theme")
    @ValueSource(strings = {"LIGHT", "DARK"})
    void everyScreenIsReadableAndNothingIsCutAtTheLargestTextSize(String theme) throws Exception {
        Files.createDirectories(dataDir);
        Files.writeString(dataDir.resolve("preferences.properties"), "theme=" + theme + "\ncare.country=GB\n");
        driver = new AppDriver(dataDir).withCareFrame().start();
        audit = new DialogAudit(robot, driver, theme.equals("DARK"), problems);
        audit("the first-start frame", ScreenAudit::lowContrast);
        robot.clickOn("#care-frame-dont-show");
        robot.clickOn("#care-frame-continue");
        driver.settle();
        addPerson("Sam");
        saveACheckIn();
        writeANoteFromAPrompt();

        for (String size : List.of("100%", "150%")) {
            robot.clickOn("#text-size").clickOn(size);
            driver.settle();
            Function<javafx.scene.Scene, List<String>> check = size.equals("100%")
                    ? scene -> both(ScreenAudit.lowContrast(scene), ScreenAudit.clipped(scene)) : ScreenAudit::clipped;
            for (Node nav : navigation()) {
                robot.clickOn(nav);
                driver.settle();
                audit(nav.getId() + " at " + size, check);
                int tabs = robot.lookup(".module-content .tab-pane > .tab-header-area .tab").queryAll().size();
                for (int i = 0; i < tabs; i++) {
                    // Looked up again each time: a page may build its tab headers anew when shown.
                    List<Node> now = List.copyOf(robot.lookup(".module-content .tab-pane > .tab-header-area .tab").<Node>queryAll());
                    Node tab = i < now.size() ? now.get(i) : null;
                    if (tab != null && tab.getScene() != null && ScreenAudit.shown(tab)) {
                        robot.clickOn(tab);
                        driver.settle();
                        audit(nav.getId() + ", tab " + ((javafx.scene.control.Labeled) robot.from(tab)
                                .lookup(".tab-label").query()).getText() + " at " + size, check);
                    }
                }
            }
            robot.clickOn("#nav-people");
            driver.settle();
            robot.clickOn("#person-relationship");
            driver.settle();
            audit("the relationship drop-down at " + size, check);
            robot.type(KeyCode.ESCAPE);

            robot.clickOn("#about-button");
            audit.dialog("About at " + size);

            robot.clickOn("Sam");
            robot.clickOn("#remove-person");
            audit.dialog("the question before removing someone at " + size);
        }

        robot.clickOn("#text-size").clickOn("100%");
        turnOnTheLockAndLock();
        audit("the lock screen", ScreenAudit::lowContrast);
        robot.type(KeyCode.F1);
        driver.settle();
        assertTrue(robot.lookup("#locked-help").tryQuery().map(Node::isVisible).orElse(false),
                "F1 on the lock screen shows where to find help");
        java.util.concurrent.atomic.AtomicInteger lines = new java.util.concurrent.atomic.AtomicInteger();
        AppDriver.onFx(() -> {
            javafx.scene.Parent help = robot.lookup("#locked-help").queryAs(javafx.scene.Parent.class);
            help.applyCss();
            help.layout();
            lines.set((int) ScreenAudit.all(help).stream().filter(n -> n.getStyleClass().contains("card-title")).count());
        });
        if (lines.get() < 2) {
            problems.add("F1 on the lock screen shows " + lines.get() + " numbers to call");
        }
        audit("help on the lock screen", ScreenAudit::lowContrast);
        robot.type(KeyCode.ESCAPE);
        driver.settle();
        assertTrue(robot.lookup("#locked-help").tryQuery().isEmpty(), "Esc closes it");
        assertTrue(robot.lookup("#unlock-passphrase").query().isVisible(), "the lock screen is still there");
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    private List<Node> navigation() {
        List<Node> nav = new ArrayList<>(robot.lookup(".nav-button").queryAll());
        nav.add(robot.lookup("#nav-help").query());
        nav.add(robot.lookup("#nav-privacy").query());
        return nav.stream().distinct().toList();
    }

    private void audit(String where, Function<javafx.scene.Scene, List<String>> check) {
        audit.windows(where, check);
    }

    private static List<String> both(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private void saveACheckIn() throws Exception {
        robot.clickOn("#nav-cues");
        driver.settle();
        robot.clickOn("#check-in-context").write("Cooking dinner");
        robot.clickOn("#cue-search").write("quiet");
        robot.clickOn("#cue-going-quiet");
        // Below the fold in a small window; saved as a setting-up step, not what is checked here.
        AppDriver.onFx(() -> robot.lookup("#save-check-in").queryAs(javafx.scene.control.Button.class).fire());
        driver.settleWhenSaved(1L, "SELECT count(*) FROM check_in");
    }

    private void writeANoteFromAPrompt() throws Exception {
        robot.clickOn("#nav-reflection");
        driver.settle();
        robot.clickOn("#new-note");
        robot.clickOn("#prompt-group-grief");
        robot.clickOn("#prompt-grief-hoping");
        driver.settle();
        robot.write("That he would say he is proud of me.");
        driver.settleWhenSaved(1L, "SELECT count(*) FROM note");
    }

    private void addPerson(String name) throws Exception {
        robot.clickOn("#nav-people");
        driver.settle();
        robot.clickOn("#add-person");
        robot.clickOn("#person-name").write(name);
        robot.clickOn("#save-person");
        driver.settle();
        assertEquals(name, driver.value("SELECT name FROM person"));
    }

    private void turnOnTheLockAndLock() throws Exception {
        robot.clickOn("#nav-privacy");
        driver.settle();
        robot.clickOn("#privacy-passphrase").write(PASSPHRASE);
        robot.clickOn("#privacy-repeat").write(PASSPHRASE);
        robot.clickOn("#privacy-turn-on");
        driver.settleWhen("the recovery key", () -> robot.lookup("#recovery-kept").tryQuery().isPresent());
        robot.clickOn("#recovery-kept");
        robot.clickOn("#recovery-done");
        driver.settle();
        AppDriver.shortcut(robot, KeyCode.L);
        driver.settleWhen("the lock screen", () -> robot.lookup("#unlock-passphrase").tryQuery().isPresent());
    }
}
