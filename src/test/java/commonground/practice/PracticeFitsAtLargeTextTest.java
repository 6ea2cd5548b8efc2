package commonground.practice;

import commonground.app.AppDriver;
import commonground.app.AppTest;
import commonground.app.ScreenAudit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.stage.Window;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * At 150% text in the 1180 x 800 window, in both themes, Practise shows every word whole: the
 * list with a kept session, a turn with its replies, "Say it" and "Leave this practice", a typed
 * reply with the coach's notes, an ending and the debrief with "Try again" and "Try from here".
 * A trial found "Leave", "Try again" and "Say it" cut with an ellipsis.
 */
class PracticeFitsAtLargeTextTest extends AppTest {

    private final List<String> problems = new ArrayList<>();

    private void audit(String where) {
        AppDriver.onFx(() -> {
            for (Window window : ScreenAudit.showingWindows()) {
                for (String problem : ScreenAudit.clipped(window.getScene())) {
                    problems.add(where + ": " + problem);
                }
            }
        });
    }

    /** True when {@code node} is wholly inside the viewport of the scroll pane it sits in, as a person sees it. */
    private static boolean inView(Node node) {
        return org.testfx.util.WaitForAsyncUtils.waitForAsyncFx(10_000, () -> {
            Node at = node.getParent();
            while (at != null && !(at instanceof ScrollPane)) {
                at = at.getParent();
            }
            if (at == null) {
                return true;
            }
            ScrollPane pane = (ScrollPane) at;
            Bounds view = pane.localToScene(pane.getLayoutBounds());
            Bounds b = node.localToScene(node.getLayoutBounds());
            return b.getMinY() >= view.getMinY() - 1 && b.getMaxY() <= view.getMaxY() + 1;
        });
    }

    private void openImFine() throws Exception {
        robot.clickOn("#nav-practice");
        ListView<?> offers = robot.lookup("#practice-offers").queryAs(ListView.class);
        driver.settleWhen("the conversations to be listed", () -> !offers.getItems().isEmpty());
        int drill = -1;
        for (int i = 0; i < offers.getItems().size(); i++) {
            if (((Conversation) offers.getItems().get(i)).id().equals("im-fine")) {
                drill = i;
            }
        }
        int at = drill;
        AppDriver.onFx(() -> offers.scrollTo(at));
        driver.settle();
        robot.clickOn(robot.lookup("#practice-offers .list-cell").match((ListCell<?> c) -> c.getItem() != null
                && c.getIndex() == at).<Node>query());
        driver.settleWhen("the drill to be chosen", () -> offers.getSelectionModel().getSelectedIndex() == at);
    }

    @ParameterizedTest(name = "{0} theme")
    @ValueSource(strings = {"LIGHT", "DARK"})
    void nothingInPractiseIsCutAtTheLargestTextSize(String theme) throws Exception {
        Files.createDirectories(dataDir);
        Files.writeString(dataDir.resolve("preferences.properties"), "theme=" + theme
                + "\ncare.country=GB\ncare.frame.hidden=true\nwindow.width=1180\nwindow.height=800\n");
        startApp();
        robot.clickOn("#text-size").clickOn("150%");
        driver.settle();
        assertEquals(1180, robot.lookup("#nav-practice").query().getScene().getWidth(), 1);

        openImFine();
        audit("the list");
        robot.clickOn("#practice-start");
        driver.settle();
        audit("the first turn");
        // At 150% the box to type in is below the fold. Clicking where it is not (as this test once did)
        // typed into the focused first reply, whose space key chose it: no notes ever came. A person
        // tabs (or scrolls) down to it, and it comes into view.
        Node typed = robot.lookup("#practice-typed").query();
        for (int tab = 0; tab < 6 && !typed.isFocused(); tab++) {
            robot.type(KeyCode.TAB);
            driver.settle();
        }
        assertTrue(typed.isFocused(), "Tab reaches the box to type in");
        assertTrue(inView(typed), "the box to type in comes into view when it has the focus");
        robot.write("You never tell me anything.");
        robot.clickOn("#practice-say");
        driver.settleWhen("the coach's notes", () -> robot.lookup("#practice-coach-notes .label").tryQuery().isPresent());
        assertTrue(inView(robot.lookup("#character-says").query()), "their answer is in view after the reply");
        assertTrue(inView(robot.lookup("#practice-coach-notes").query()), "the coach's notes are in view");
        audit("a typed reply with the coach's notes");
        robot.type(KeyCode.DIGIT1);
        driver.settleWhen("an ending", () -> robot.lookup("#practice-debrief").tryQuery().map(Node::isVisible).orElse(false));
        audit("the ending");
        Node debrief = robot.lookup("#practice-debrief").query();
        driver.settleWhen("the way to the debrief in view", () -> inView(debrief));
        robot.clickOn(debrief);
        driver.settle();
        audit("the debrief");
        assertTrue(robot.lookup(".label").queryAllAs(Label.class).stream().anyMatch(l -> l.isVisible()
                && l.getText() != null && l.getText().startsWith("Coach: ")), "the debrief shows the coach's notes");

        robot.clickOn("#nav-home");
        driver.settle();
        robot.clickOn("#nav-practice");
        driver.settle();
        audit("the list with a kept session");
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }
}
