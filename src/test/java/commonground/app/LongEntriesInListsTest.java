package commonground.app;

import commonground.cues.CueCategory;
import commonground.cues.CueText;
import commonground.cues.UserCueRepository;
import commonground.people.PeopleRepository;
import commonground.people.Person;
import commonground.people.Relationship;
import commonground.storage.Database;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollBar;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A long name in People's list and a long cue in Your cues end in an ellipsis at the list's edge,
 * whole in a tooltip, and neither list scrolls sideways, at 100% and at 150% text.
 */
class LongEntriesInListsTest extends WholeAppTest {

    static final String NAME = "Margaret Elizabeth Catherine Montgomery-Whitfield";
    static final String CUE = "Taps the side of the teacup twice, looks at the window, and then starts talking about "
            + "the weather in the old town";

    static final String NOTE = "Dad, I know you hate fuss. I'm scared about Thursday and I think you might be too. "
            + "I won't make you talk. I just want to sit with you.";

    @Override
    protected void prepareDataFolder() throws Exception {
        try (Database db = Database.open(dataDir.resolve(Database.FILE_NAME))) {
            Person p = new PeopleRepository(db).add(NAME, Relationship.PARENT, "");
            new UserCueRepository(db).add(new CueText(CueCategory.FACE, CUE, "They may be gathering themselves.",
                    List.of("Take your time."), "", "Why are you doing that?"), p.id());
            commonground.reflection.NoteRepository notes = new commonground.reflection.NoteRepository(db);
            notes.saveBody(notes.create(null, null).id(), NOTE);
        }
    }

    private static boolean scrollsSideways(ListView<?> list) {
        return list.lookupAll(".scroll-bar").stream().anyMatch(n -> n instanceof ScrollBar bar
                && bar.getOrientation() == Orientation.HORIZONTAL && bar.isVisible());
    }

    /** The title of the list's first entry: the text it holds and the text drawn. */
    private static void assertShortenedWithWholeInTooltip(ListView<?> list, String whole, String where) {
        ListCell<?> cell = list.lookupAll(".list-cell").stream().map(n -> (ListCell<?>) n)
                .filter(c -> !c.isEmpty()).findFirst().orElseThrow();
        Label title = (Label) cell.getGraphic().lookupAll(".cell-title").iterator().next();
        String drawn = ((Text) title.lookup(".text")).getText();
        assertTrue(title.getText().startsWith(whole.substring(0, 20)), where + ": " + title.getText());
        assertNotEquals(title.getText(), drawn, where + ": shortened to the list's width");
        assertTrue(drawn.endsWith("\u2026") || drawn.endsWith("..."), where + ": ends in an ellipsis: " + drawn);
        assertTrue(cell.getTooltip() != null && cell.getTooltip().getText().contains(whole), where + ": whole in the tooltip");
        assertTrue(cell.getWidth() <= list.getWidth() + 0.5, where + ": no wider than the list");
    }

    @Test
    void longEntriesEndInAnEllipsisAndNoListScrollsSideways() throws Exception {
        for (String size : List.of("100%", "150%")) {
            robot.clickOn("#text-size").clickOn(size);
            driver.settle();
            robot.clickOn("#nav-people");
            driver.settle();
            ListView<?> people = robot.lookup("#people-list").queryAs(ListView.class);
            AppDriver.onFx(() -> {
                assertFalse(scrollsSideways(people), size + ": People's list scrolls sideways");
                assertShortenedWithWholeInTooltip(people, NAME, size + " People");
            });

            robot.clickOn("#nav-cues");
            driver.settle();
            robot.clickOn("Your cues");
            driver.settle();
            ListView<?> cues = robot.lookup("#user-cues").queryAs(ListView.class);
            assertEquals(1, cues.getItems().size());
            AppDriver.onFx(() -> {
                assertFalse(scrollsSideways(cues), size + ": Your cues scrolls sideways");
                assertShortenedWithWholeInTooltip(cues, CUE, size + " Your cues");
            });

            // A note whose first line is long takes three lines of the list at the most.
            robot.clickOn("#nav-reflection");
            driver.settle();
            ListView<?> notes = robot.lookup("#note-list").queryAs(ListView.class);
            AppDriver.onFx(() -> {
                Label title = (Label) notes.lookup(".cell-title");
                assertTrue(title.getHeight() <= title.getFont().getSize() * 4.5,
                        size + ": a note's title is three lines at the most, not " + title.getHeight() + " px");
                String drawn = ((Text) title.lookup(".text")).getText();
                assertTrue(drawn.endsWith("\u2026") || drawn.endsWith("..."), size + ": ends in an ellipsis: " + drawn);
            });
        }
    }
}
