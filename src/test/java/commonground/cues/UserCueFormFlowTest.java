package commonground.cues;

import commonground.app.WholeAppTest;
import commonground.people.PeopleRepository;
import commonground.people.Relationship;
import commonground.storage.Database;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Adding a cue of your own as a new user does: the needed fields say so, "Add cue" on an empty form
 * says what is missing right under that field and brings it into view, and "Your cue was added"
 * goes as soon as the next cue is being typed.
 */
class UserCueFormFlowTest extends WholeAppTest {

    @Override
    protected void prepareDataFolder() throws Exception {
        try (Database db = Database.open(dataDir.resolve("common-ground.db"))) {
            new PeopleRepository(db).add("Dad", Relationship.PARENT, "");
        }
    }

    @BeforeEach
    void openYourCues() throws Exception {
        robot.clickOn("#nav-cues");
        driver.settle();
        robot.clickOn("Your cues");
        driver.settle();
    }

    private Label label(String query) {
        return robot.lookup(query).queryAs(Label.class);
    }

    /** True when the whole of {@code node} is inside the visible part of its page. */
    private boolean inView(Node node) {
        ScrollPane page = null;
        for (Node p = node.getParent(); p != null; p = p.getParent()) {
            if (p instanceof ScrollPane sp && sp.getStyleClass().contains("page-scroll")) {
                page = sp;
                break;
            }
        }
        Bounds seen = page.localToScene(page.getLayoutBounds());
        Bounds b = node.localToScene(node.getLayoutBounds());
        return b.getMinY() >= seen.getMinY() - 0.5 && b.getMaxY() <= seen.getMaxY() + 0.5;
    }

    @Test
    void theNeededFieldsAreMarkedAndWhatIsMissingIsSaidUnderItInView() throws Exception {
        assertTrue(robot.lookup(".label").queryAllAs(Label.class).stream().anyMatch(l -> l.getText() != null
                && l.getText().startsWith("What you") && l.getText().endsWith("(required)")), "what you see is marked");
        long marked = robot.lookup(".label").queryAllAs(Label.class).stream()
                .filter(l -> l.getText() != null && l.getText().endsWith("(required)")).count();
        assertEquals(4, marked, "what you see, what it might mean, the acknowledgements and what is better unsaid");

        PageScroll.clickInView(robot, "#save-user-cue");
        driver.settle();
        Label problem = label("#user-cue-problem-seen");
        assertTrue(problem.isVisible());
        assertEquals("Please write what you see.", problem.getText());
        assertTrue(inView(problem), "the reason is in view, not below the fold");
        assertTrue(inView(robot.lookup("#user-cue-seen").query()), "and so is the field it is about");
        assertTrue(robot.lookup("#user-cue-seen").query().isFocused(), "ready to be typed in");
        assertEquals("", label("#user-cue-message").getText(), "not said again at the bottom");
        assertEquals(0L, ((Number) driver.value("SELECT count(*) FROM user_cue")).longValue());

        robot.write("Hums when worried");
        assertFalse(problem.isVisible(), "the reason goes once it is being put right");
        PageScroll.clickInView(robot, "#user-cue-meaning").write("He may be soothing himself.");
        PageScroll.clickInView(robot, "#user-cue-acknowledgements").write("I like that tune.");
        PageScroll.clickInView(robot, "#save-user-cue");
        driver.settle();
        Label notToSay = label("#user-cue-problem-notToSay");
        assertEquals("Please write one thing better left unsaid.", notToSay.getText());
        assertTrue(inView(notToSay));
        robot.write("Can you stop that noise?");
        PageScroll.clickInView(robot, "#save-user-cue");
        driver.settle();
        assertEquals(1L, ((Number) driver.value("SELECT count(*) FROM user_cue")).longValue());
        assertEquals("Your cue was added to Dad\u2019s checklist.", label("#user-cue-message").getText());

        PageScroll.clickInView(robot, "#user-cue-seen").write("Goes quiet at dinner");
        assertEquals("", label("#user-cue-message").getText(), "no stale 'added' while the next cue is typed");
    }
}
