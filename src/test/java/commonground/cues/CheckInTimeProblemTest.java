package commonground.cues;

import commonground.app.WholeAppTest;
import commonground.people.PeopleRepository;
import commonground.people.Relationship;
import commonground.storage.Database;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A check-in whose time cannot be kept: what to change is said under the time field, whole, and
 * the time field is scrolled into view with the keyboard on it (under Save, far down the page, the
 * message was cut off and the field out of sight). Nothing written is lost.
 */
class CheckInTimeProblemTest extends WholeAppTest {

    @Override
    protected void prepareDataFolder() throws Exception {
        try (Database db = Database.open(dataDir.resolve(Database.FILE_NAME))) {
            new PeopleRepository(db).add("Dad", Relationship.PARENT, "");
        }
    }

    /** What is wrong with where {@code node} is: outside the check-in page's view, or "" when in it. */
    private String outsideThePage(Node node) {
        AtomicReference<String> wrong = new AtomicReference<>("");
        robot.interact(() -> {
            Bounds b = node.localToScene(node.getLayoutBounds());
            for (Parent p = node.getParent(); p != null; p = p.getParent()) {
                if (p instanceof ScrollPane pane) {
                    Bounds view = pane.localToScene(pane.getLayoutBounds());
                    if (b.getMinY() < view.getMinY() - 0.5 || b.getMaxY() > view.getMaxY() + 0.5
                            || b.getMaxX() > view.getMaxX() + 0.5) {
                        wrong.set(node.getId() + " at " + b + " is outside " + view);
                    }
                }
            }
        });
        return wrong.get();
    }

    @Test
    void aTimeThatCannotBeReadIsSaidUnderTheTimeFieldWhichIsBroughtIntoView() throws Exception {
        robot.clickOn("#nav-cues");
        driver.settle();
        PageScroll.clickInView(robot, "#check-in-time");
        robot.press(KeyCode.CONTROL).press(KeyCode.A).release(KeyCode.A).release(KeyCode.CONTROL);
        robot.write("25:99");
        PageScroll.clickInView(robot, "#check-in-note").write("He went quiet when the commentator mentioned a player who died.");
        PageScroll.clickInView(robot, "#check-in-response").write("I put my hand on his shoulder for a moment.");
        PageScroll.clickInView(robot, "#save-check-in");
        driver.settle();

        Label problem = robot.lookup("#check-in-time-problem").queryAs(Label.class);
        TextField time = robot.lookup("#check-in-time").queryAs(TextField.class);
        assertEquals("Please give the time as hours and minutes, for example 18:30.", problem.getText());
        assertTrue(problem.isVisible());
        assertEquals("", robot.lookup("#check-in-message").queryAs(Label.class).getText(), "said once, by the field");
        assertEquals("", outsideThePage(time));
        assertEquals("", outsideThePage(problem));
        assertTrue(time.isFocused(), "the keyboard is on the time field");
        AtomicReference<Boolean> whole = new AtomicReference<>();
        robot.interact(() -> whole.set(problem.getChildrenUnmodifiable().stream()
                .filter(n -> n instanceof javafx.scene.text.Text).map(n -> ((javafx.scene.text.Text) n).getText())
                .noneMatch(t -> t.endsWith("…") || t.endsWith("..."))));
        assertTrue(whole.get(), "the message is read whole");
        assertEquals(0L, ((Number) driver.value("SELECT count(*) FROM check_in")).longValue(), "nothing kept yet");
        assertTrue(robot.lookup("#check-in-note").queryAs(javafx.scene.control.TextArea.class).getText()
                .startsWith("He went quiet"), "what was written stays");

        java.time.LocalTime earlier = java.time.LocalTime.now().minusMinutes(5);
        if (earlier.isAfter(java.time.LocalTime.now())) {
            earlier = java.time.LocalTime.MIDNIGHT; // just after midnight: the earliest time of today
        }
        robot.write(earlier.format(java.time.format.DateTimeFormatter.ofPattern("H:mm"))); // a time already past
        PageScroll.clickInView(robot, "#save-check-in");
        driver.settleWhen("the check-in to be kept",
                () -> ((Number) driver.value("SELECT count(*) FROM check_in")).longValue() == 1);
        assertTrue(problem.getText().isEmpty(), "the problem is gone once the time is right");
    }
}
