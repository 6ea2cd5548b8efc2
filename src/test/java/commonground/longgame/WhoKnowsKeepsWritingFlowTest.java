package commonground.longgame;

import commonground.app.WholeAppTest;
import commonground.cues.PageScroll;
import commonground.people.PeopleRepository;
import commonground.people.Relationship;
import commonground.storage.Database;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Who knows what keeps what the user writes: the situation stays chosen after Start and after
 * "Keep this"; "Keep this" with no situation says so next to the box and keeps the words; and the
 * confirmations show where the user is looking, not below the fold.
 */
class WhoKnowsKeepsWritingFlowTest extends WholeAppTest {

    private static final String PRIVATE = "Not to tell his sister yet";

    @Override
    protected void prepareDataFolder() throws Exception {
        try (Database db = Database.open(dataDir.resolve(Database.FILE_NAME))) {
            new PeopleRepository(db).add("Dad", Relationship.PARENT, "");
        }
    }

    private String label(String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    /** The situation the box shows, as the user reads it ("" when blank). */
    private String chosen() {
        Object v = robot.lookup("#who-knows-situation").queryAs(ComboBox.class).getValue();
        return v instanceof NewsSituation s ? s.title() : "";
    }

    /** Whether the node is inside the visible part of its scrolling page. */
    private boolean inView(String query) {
        Node node = robot.lookup(query).query();
        ScrollPane pane = robot.lookup("#who-knows-scroll").queryAs(ScrollPane.class);
        Bounds n = node.localToScene(node.getLayoutBounds());
        Node viewport = pane.lookup(".viewport");
        Bounds v = viewport.localToScene(viewport.getLayoutBounds());
        return node.isVisible() && n.getHeight() > 0 && n.getMinY() >= v.getMinY() - 1 && n.getMaxY() <= v.getMaxY() + 1;
    }

    @Test
    void theSituationStaysChosenAndNothingTypedIsLost() throws Exception {
        robot.clickOn("#nav-longgame");
        driver.settle();
        robot.clickOn("#tab-who-knows");
        driver.settle();

        PageScroll.clickInView(robot, "#who-knows-private").write(PRIVATE);
        PageScroll.clickInView(robot, "#who-knows-save-private");
        driver.settle();
        assertEquals("Please start or choose a situation first; what you wrote is still here.",
                label("#who-knows-private-message"));
        assertTrue(inView("#who-knows-private-message"), "said next to the box");
        assertEquals(PRIVATE, robot.lookup("#who-knows-private").queryAs(TextArea.class).getText());

        PageScroll.clickInView(robot, "#who-knows-new-title").write("Dad's illness");
        PageScroll.clickInView(robot, "#who-knows-create");
        driver.settle();
        assertEquals("Dad's illness", chosen(), "chosen after Start");
        assertEquals("Started. Add the people who know, and those who still need to hear it.",
                label("#who-knows-situation-message"));
        assertTrue(inView("#who-knows-situation-message"));
        assertEquals(PRIVATE, robot.lookup("#who-knows-private").queryAs(TextArea.class).getText(),
                "the words typed before starting are still there");

        PageScroll.clickInView(robot, "#who-knows-save-private");
        driver.settle();
        assertEquals("Dad's illness", chosen(), "still chosen after Keep this");
        assertEquals("Kept what they asked you to keep private.", label("#who-knows-private-message"));
        assertTrue(inView("#who-knows-private-message"), "the confirmation is in view");
        assertEquals(PRIVATE, driver.value("SELECT keep_private FROM news_situation WHERE title = 'Dad''s illness'"));

        // And a second Keep this (the same words) still leaves it chosen.
        PageScroll.clickInView(robot, "#who-knows-save-private");
        driver.settle();
        assertEquals("Dad's illness", chosen());
        assertEquals(PRIVATE, robot.lookup("#who-knows-private").queryAs(TextArea.class).getText());
    }
}
