package commonground.reflection;

import commonground.app.AppDriver;
import commonground.app.WholeAppTest;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Writing notes as a person would: typing, switching, restarting, the trash, searching. */
class NotesFlowTest extends WholeAppTest {

    @BeforeEach
    void openTheModule() throws Exception {
        openReflection();
    }

    private void openReflection() throws Exception {
        robot.clickOn("#nav-reflection");
        driver.settle();
    }

    @SuppressWarnings("unchecked")
    private ListView<NoteListItem> list() {
        return robot.lookup("#note-list").queryAs(ListView.class);
    }

    private TextArea body() {
        return robot.lookup("#note-body").queryAs(TextArea.class);
    }

    private void newBlankNote() throws Exception {
        robot.clickOn("#new-note");
        robot.clickOn("#new-blank-note");
        driver.settle();
    }

    private void select(String title) throws Exception {
        NoteListItem item = list().getItems().stream().filter(i -> i.title().equals(title)).findFirst().orElseThrow();
        AppDriver.onFx(() -> list().scrollTo(item));
        robot.clickOn(title);
        driver.settle();
    }

    /** Search results show where the words are (a snippet); the plain list does not. */
    private void waitForSearchResults() throws Exception {
        driver.settleWhen("search results", () -> !list().getItems().isEmpty()
                && list().getItems().stream().allMatch(i -> i.snippet() != null));
    }

    @Test
    void twoNotesTypedAndSwitchedRightAwayKeepTheirOwnTextAfterARestart() throws Exception {
        newBlankNote();
        robot.clickOn("#note-body").write("Garden day");
        newBlankNote(); // no pause: switching must save the first note to the first note
        robot.clickOn("#note-body").write("River walk");
        select("Garden day");
        assertEquals("Garden day", body().getText());
        robot.clickOn("#note-body").write(" and roses");
        select("River walk"); // again without waiting for the autosave
        assertEquals("River walk", body().getText());

        driver.restart();
        openReflection();
        assertEquals(2, list().getItems().size());
        select("Garden day and roses");
        assertEquals("Garden day and roses", body().getText());
        select("River walk");
        assertEquals("River walk", body().getText());
        assertEquals(List.of("Garden day and roses", "River walk"),
                driver.query("SELECT body FROM note ORDER BY id").stream().map(r -> r.get("body")).toList());
    }

    @Test
    void typingIsSavedWithinASecondWithoutLeavingTheNote() throws Exception {
        newBlankNote();
        robot.clickOn("#note-body").write("Still here");
        driver.settleWhenSaved("Still here", "SELECT body FROM note");
        assertEquals(2L, ((Number) driver.value("SELECT word_count FROM note")).longValue());
        String status = robot.lookup("#save-status").queryAs(Label.class).getText();
        assertTrue(status.startsWith("Saved at"), status); // when, exactly: NoteEditorModelTest
    }

    @Test
    void aNoteGoesToTheTrashAndComesBack() throws Exception {
        newBlankNote();
        robot.clickOn("#note-body").write("Letting go");
        driver.settleWhenSaved("Letting go", "SELECT body FROM note");
        robot.clickOn("#trash-note");
        driver.settle();
        assertTrue(list().getItems().isEmpty());
        assertNotNull(driver.value("SELECT deleted_at FROM note"));

        robot.clickOn("#show-trash");
        driver.settle();
        assertEquals(1, list().getItems().size());
        select("Letting go");
        robot.clickOn("#restore-note");
        driver.settle();
        assertNull(driver.value("SELECT deleted_at FROM note"));
        robot.clickOn("#show-trash");
        driver.settle();
        assertEquals(List.of("Letting go"), list().getItems().stream().map(NoteListItem::title).toList());
    }

    @Test
    void emojiRightToLeftScriptAndAccentsAreStoredAndShownUnchanged() throws Exception {
        String text = "Sunday 🌱🫶🏽 with Zoë, café crème\nשלום, מה שלומך\nمرحبا بك يا صديقي 👩‍👩‍👧";
        newBlankNote();
        robot.clickOn("#note-body");
        AppDriver.onFx(() -> body().replaceSelection(text)); // as a paste
        driver.settleWhenSaved(text, "SELECT body FROM note");

        driver.restart();
        openReflection();
        select("Sunday 🌱🫶🏽 with Zoë, café crème");
        assertEquals(text, body().getText());
    }

    @Test
    void aOneMegabyteNoteSavesAndLoads() throws Exception {
        StringBuilder sb = new StringBuilder("A long letter\n");
        while (sb.length() < 1_048_576) {
            sb.append("Some days I wish we could simply talk, and some days I am content to sit together. ");
        }
        String text = sb.substring(0, 1_048_576);
        newBlankNote();
        AppDriver.onFx(() -> body().setText(text));
        driver.settleWhenSaved((long) text.length(), "SELECT length(body) FROM note");

        driver.restart();
        openReflection();
        select("A long letter");
        assertEquals(text, body().getText());
    }

    @Test
    void searchFindsWordsAsTheyAreTypedAndLeavesTheTrashOut() throws Exception {
        newBlankNote();
        robot.clickOn("#note-body").write("Garden plans");
        newBlankNote();
        robot.clickOn("#note-body").write("Gardening alone");
        newBlankNote();
        robot.clickOn("#note-body").write("Quiet evening");
        driver.settleWhenSaved("Quiet evening", "SELECT body FROM note ORDER BY id DESC LIMIT 1");

        robot.clickOn("#note-search").write("gard");
        waitForSearchResults();
        assertEquals(2, list().getItems().size());

        select("Gardening alone");
        robot.clickOn("#trash-note");
        driver.settle();
        AppDriver.onFx(() -> robot.lookup("#note-search").queryAs(TextField.class).clear());
        driver.settleWhen("the whole list again", () -> list().getItems().stream().allMatch(i -> i.snippet() == null));
        robot.clickOn("#note-search").write("garden");
        waitForSearchResults();
        assertEquals(List.of("Garden plans"), list().getItems().stream().map(NoteListItem::title).toList());
    }
}
