package commonground.care;

import commonground.app.WholeAppTest;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.TextArea;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The gentle notice as a person meets it in a note: it appears beside the text, the note is saved, it goes. */
class DistressNoticeFlowTest extends WholeAppTest {

    private static final String CONCERNING = "Some days I think everyone would be better off without me.";
    private static final String IDIOM = "I'd murder a curry and I nearly died laughing at the quiz.";

    private TextArea body() {
        return robot.lookup("#note-body").queryAs(TextArea.class);
    }

    private Node card() {
        return robot.lookup(".note-editor #distress-card").query();
    }

    private void newBlankNote() throws Exception {
        robot.clickOn("#new-note");
        robot.clickOn("#new-blank-note");
        driver.settle();
    }

    private void waitUntilSaved(String text) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> {
            try {
                return driver.query("SELECT id FROM note WHERE body = ?", text).size() == 1;
            } catch (java.sql.SQLException e) {
                return false;
            }
        });
    }

    @Test
    void aConcerningNoteShowsTheCardBesideItStaysSavedAndCanBeDismissed() throws Exception {
        robot.clickOn("#nav-reflection");
        driver.settle();
        newBlankNote();
        robot.clickOn("#note-body").write(CONCERNING);

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> card().isVisible());
        Bounds text = body().localToScene(body().getBoundsInLocal());
        Bounds beside = card().localToScene(card().getBoundsInLocal());
        assertTrue(beside.getMinX() >= text.getMaxX() - 1, "the card is beside the text, not over it");
        assertTrue(body().isFocused(), "the text keeps the focus");

        waitUntilSaved(CONCERNING);

        Node dismiss = robot.lookup(".note-editor #distress-dismiss").query();
        robot.clickOn(dismiss);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !card().isVisible());
        driver.settle();
        String uuid = (String) driver.value("SELECT uuid FROM note WHERE body = ?", CONCERNING);
        assertEquals("note:" + uuid, driver.value("SELECT item FROM care_dismissal"));

        newBlankNote();
        robot.clickOn("#note-body").write(IDIOM);
        waitUntilSaved(IDIOM);
        driver.settle();
        assertFalse(card().isVisible(), "an idiom shows no card");
    }
}
