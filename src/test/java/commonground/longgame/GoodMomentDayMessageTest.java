package commonground.longgame;

import commonground.app.WholeAppTest;
import commonground.cues.PageScroll;
import commonground.people.PeopleRepository;
import commonground.people.Relationship;
import commonground.storage.Database;
import javafx.geometry.Bounds;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A good moment with a day that does not exist: the message wraps within the form, which keeps
 * its width (no side-ways scroll bar, nothing cut at the right).
 */
class GoodMomentDayMessageTest extends WholeAppTest {

    @Override
    protected void prepareDataFolder() throws Exception {
        try (Database db = Database.open(dataDir.resolve(Database.FILE_NAME))) {
            new PeopleRepository(db).add("Sam", Relationship.PARTNER, "");
        }
    }

    @Test
    void theMessageForAnImpossibleDayWrapsWithinTheForm() throws Exception {
        robot.clickOn("#nav-longgame");
        driver.settle();
        robot.clickOn("#tab-good-moments");
        driver.settle();
        DatePicker day = robot.lookup("#moment-day").queryAs(DatePicker.class);
        PageScroll.clickInView(robot, "#moment-what").write("Sam made me tea without asking and sat with me on the stairs");
        robot.interact(() -> day.getEditor().setText("31/02/2026"));
        PageScroll.clickInView(robot, "#save-moment");
        driver.settle();

        Label problem = robot.lookup("#moment-day-problem").queryAs(Label.class);
        assertTrue(problem.getText().startsWith("That date could not be read."), problem.getText());
        ScrollPane form = robot.lookup("#moment-scroll").queryAs(ScrollPane.class);
        AtomicReference<String> wrong = new AtomicReference<>("");
        robot.interact(() -> {
            Bounds viewport = form.getViewportBounds();
            double content = form.getContent().getLayoutBounds().getWidth();
            Bounds view = form.localToScene(form.getLayoutBounds());
            Bounds message = problem.localToScene(problem.getLayoutBounds());
            TextArea what = robot.lookup("#moment-what").queryAs(TextArea.class);
            Bounds field = what.localToScene(what.getLayoutBounds());
            if (content > viewport.getWidth() + 0.5) {
                wrong.set("the form is " + content + " px wide in a view of " + viewport.getWidth());
            } else if (message.getMaxX() > view.getMaxX() || field.getMaxX() > view.getMaxX()) {
                wrong.set("cut at the right: message ends at " + message.getMaxX() + ", field at "
                        + field.getMaxX() + ", the view at " + view.getMaxX());
            }
        });
        assertTrue(wrong.get().isEmpty(), wrong.get());
    }
}
