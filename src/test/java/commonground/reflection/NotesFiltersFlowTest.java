package commonground.reflection;

import commonground.app.AppDriver;
import commonground.app.WholeAppTest;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The notes list's search and filters as a person uses them: the tag box shows the tag chosen, the
 * filters in force are said above the list, an empty result says "No notes match …" with a way back
 * to all notes, and a new note left without a word in it is not kept.
 */
class NotesFiltersFlowTest extends WholeAppTest {

    @BeforeEach
    void openTheModule() throws Exception {
        robot.clickOn("#nav-reflection");
        driver.settle();
    }

    @SuppressWarnings("unchecked")
    private ListView<NoteListItem> list() {
        return robot.lookup("#note-list").queryAs(ListView.class);
    }

    private void writeNote(String text, String tag) throws Exception {
        robot.clickOn("#new-note");
        robot.clickOn("#new-blank-note");
        driver.settle();
        robot.clickOn("#note-body").write(text);
        driver.settleWhenSaved(text, "SELECT body FROM note WHERE body = ?", text);
        robot.clickOn("#tag-input").write(tag).type(KeyCode.ENTER);
        driver.settleWhen("the tag to be saved", () -> driver.value("SELECT count(*) FROM note_tag WHERE tag = ?",
                tag).toString().equals("1"));
    }

    /** The text in the closed box itself (its button cell), as a person sees it. */
    private String tagBoxShows() {
        ComboBox<?> box = robot.lookup("#tag-filter").queryAs(ComboBox.class);
        return robot.lookup("#tag-filter .list-cell").queryAll().stream().filter(n -> n.getParent() == box)
                .map(n -> ((ListCell<?>) n).getText()).findFirst().orElseThrow();
    }

    private void chooseTag(String tag) throws Exception {
        robot.clickOn("#tag-filter");
        robot.clickOn((javafx.scene.Node) robot.lookup(".combo-box-popup .list-cell").queryAll().stream()
                .filter(n -> tag.equals(((ListCell<?>) n).getText())).findFirst().orElseThrow());
        driver.settle();
    }

    private boolean visible(String query) {
        return robot.lookup(query).tryQuery().map(n -> n.isVisible() && n.getScene() != null).orElse(false);
    }

    @Test
    void theTagBoxShowsTheChosenTagAndAllTagsAgainAndTheFilterIsSaidAboveTheList() throws Exception {
        writeNote("Dad's garden", "dad");
        writeNote("Long walk by the river", "walks");
        assertEquals("All tags", tagBoxShows());
        assertFalse(visible("#active-filters-row"), "nothing narrows the list yet");

        chooseTag("dad");
        assertEquals("dad", tagBoxShows());
        assertEquals(1, list().getItems().size());
        assertTrue(visible("#active-filters-row"));
        assertEquals("Showing only notes that match the tag \u201cdad\u201d.",
                robot.lookup("#active-filters").queryAs(Label.class).getText());

        chooseTag("All tags");
        assertEquals("All tags", tagBoxShows(), "never blank");
        assertEquals(2, list().getItems().size());
        assertFalse(visible("#active-filters-row"));

        chooseTag("walks");
        assertEquals("walks", tagBoxShows());
        robot.clickOn("#show-all-notes");
        driver.settle();
        assertEquals("All tags", tagBoxShows());
        assertEquals(2, list().getItems().size());
    }

    @Test
    void aSearchWithNoResultSaysNoNotesMatchAndOneClickShowsThemAll() throws Exception {
        writeNote("Dad's garden", "dad");
        robot.clickOn("#note-search").write("zebra");
        driver.settleWhen("the search to run", () -> list().getItems().isEmpty());
        assertEquals("No notes match the search \u201czebra\u201d.",
                robot.lookup("#notes-empty").queryAs(Label.class).getText());
        assertTrue(visible("#active-filters-row"), "the search in force is said above the list");
        assertEquals("No note matches", robot.lookup("#note-count").queryAs(Label.class).getText(),
                "the figure under the list counts what matches, not all there is");
        robot.clickOn("#show-all-notes-empty");
        driver.settleWhen("every note to be listed again", () -> list().getItems().size() == 1);
        assertEquals("1 note", robot.lookup("#note-count").queryAs(Label.class).getText());
        assertEquals("", robot.lookup("#note-search").queryAs(TextField.class).getText());
        assertFalse(visible("#active-filters-row"));
    }

    @Test
    void aSearchThatHidesTheOpenNoteSaysSoOverTheNoteAndLosesNothing() throws Exception {
        writeNote("Dad's garden", "dad");
        assertFalse(visible("#open-note-hidden-row"), "the open note is in the list");
        robot.clickOn("#note-search").write("xylophone");
        driver.settleWhen("the search to run", () -> list().getItems().isEmpty());
        assertTrue(visible("#open-note-hidden-row"), "the open note says why the list does not show it");
        assertEquals("This note is kept, as you left it. It is not in the list because it does not match "
                + "the search \u201cxylophone\u201d.", robot.lookup("#open-note-hidden").queryAs(Label.class).getText());
        assertEquals("Dad's garden", robot.lookup("#note-body").queryAs(javafx.scene.control.TextArea.class).getText());
        assertEquals(1L, ((Number) driver.value("SELECT count(*) FROM note WHERE body = ? AND deleted_at IS NULL",
                "Dad's garden")).longValue());

        robot.clickOn("#show-open-note");
        driver.settleWhen("every note to be listed again", () -> list().getItems().size() == 1);
        assertFalse(visible("#open-note-hidden-row"));
        assertEquals("", robot.lookup("#note-search").queryAs(TextField.class).getText());
        assertEquals(list().getItems().get(0), list().getSelectionModel().getSelectedItem(), "the note is open and listed");
    }

    @Test
    void aTagFilterThatHidesEverythingIsNotMistakenForNoNotes() throws Exception {
        writeNote("Dad's garden", "dad");
        chooseTag("dad");
        robot.clickOn("#note-search").write("zebra");
        driver.settleWhen("the search to run", () -> list().getItems().isEmpty());
        String said = robot.lookup("#notes-empty").queryAs(Label.class).getText();
        assertEquals("No notes match the search \u201czebra\u201d and the tag \u201cdad\u201d.", said);
        assertFalse(said.contains("here yet"));
    }

    @Test
    void ctrlNAndLeavingWithoutTypingLeavesNoEmptyNoteBehind() throws Exception {
        writeNote("Dad's garden", "dad");
        AppDriver.shortcut(robot, KeyCode.N);
        driver.settle();
        assertEquals(2L, ((Number) driver.value("SELECT count(*) FROM note")).longValue());
        robot.clickOn("#nav-home");
        driver.settle();
        assertEquals(1L, ((Number) driver.value("SELECT count(*) FROM note")).longValue(), "the untouched note is gone");
        robot.clickOn("#nav-reflection");
        driver.settle();
        assertEquals(1, list().getItems().size());
        assertTrue(robot.lookup("An empty note").tryQuery().isEmpty());

        // Ctrl+N, then choosing another note, also leaves nothing behind; a note with words stays.
        AppDriver.shortcut(robot, KeyCode.N);
        driver.settle();
        robot.clickOn("Dad's garden");
        driver.settle();
        assertEquals(1L, ((Number) driver.value("SELECT count(*) FROM note")).longValue());
        assertEquals(1, list().getItems().size());
    }
}
