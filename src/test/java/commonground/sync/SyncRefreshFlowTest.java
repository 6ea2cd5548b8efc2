package commonground.sync;

import commonground.reflection.NoteListItem;
import commonground.reflection.NoteEditorModel;
import commonground.storage.sync.SyncTestComputers;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;


import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Another computer's changes arrive while the app is open on Reflection: the sync the timer and the
 * folder watch run shows the new note in the open list, with the same note chosen and the list
 * where it was; a note being typed in that the other computer changed too keeps every word typed
 * here, says that both versions are kept, and the other version is listed, here and there.
 */
class SyncRefreshFlowTest extends TwoComputersAppTest {


    /** This computer (the app's data folder) starts syncing and the desktop joins; then the app starts. */
    private SyncTestComputers startSyncingThenTheApp(String... notes) throws Exception {
        for (String note : notes) {
            computers().laptop.note(note);
        }
        startSyncingThenTheApp();
        robot.clickOn("#nav-reflection");
        driver.settle();
        return computers();
    }

    @SuppressWarnings("unchecked")
    private ListView<NoteListItem> list() {
        return robot.lookup("#note-list").queryAs(ListView.class);
    }

    private String firstVisibleTitle() {
        VirtualFlow<?> flow = (VirtualFlow<?>) list().lookup(".virtual-flow");
        IndexedCell<?> first = flow.getFirstVisibleCell();
        return ((NoteListItem) first.getItem()).title();
    }

    @Test
    void aNoteWrittenOnTheOtherComputerShowsInTheOpenListWithTheChoiceAndPlaceKept() throws Exception {
        String[] notes = new String[40];
        for (int i = 0; i < notes.length; i++) {
            notes[i] = "Evening note number " + (i + 1);
        }
        SyncTestComputers computers = startSyncingThenTheApp(notes);
        robot.interact(() -> list().scrollTo(15));
        driver.settle();
        String top = firstVisibleTitle();
        robot.clickOn("Evening note number 22");
        driver.settle();
        assertEquals("Evening note number 22", list().getSelectionModel().getSelectedItem().title());

        computers.desktop.note("From the desktop: she called to say sorry");
        desktopSyncsThenTheApp();
        driver.settleWhen("the new note in the list", () -> list().getItems().stream()
                .anyMatch(n -> n.title().equals("From the desktop: she called to say sorry")));

        assertTrue(robot.lookup("#note-list").tryQuery().isPresent(), "still on Reflection");
        assertEquals(41, list().getItems().size());
        assertEquals("Evening note number 22", list().getSelectionModel().getSelectedItem().title(),
                "the note chosen stays chosen");
        assertEquals("Evening note number 22", robot.lookup("#note-body").queryAs(TextArea.class).getText());
        assertEquals(top, firstVisibleTitle(), "the list stays where it was scrolled to");
    }

    @Test
    void typingInANoteTheOtherComputerChangedLosesNothingAndSaysBothAreKept() throws Exception {
        SyncTestComputers computers = startSyncingThenTheApp("Sunday");
        String uuid = (String) driver.value("SELECT uuid FROM note");
        TextArea body = robot.lookup("#note-body").queryAs(TextArea.class);
        assertEquals("Sunday", body.getText(), "the latest note is open");
        robot.clickOn(body);
        robot.push(KeyCode.CONTROL, KeyCode.END);
        robot.write(": we walked the dog");
        driver.settleWhenSaved("Sunday: we walked the dog", "SELECT body FROM note WHERE uuid = ?", uuid);

        var desktop = computers.desktop;
        desktop.notes.saveBody(desktop.idOf(uuid), "Sunday: lunch at her mother's");
        desktopSyncsThenTheApp();
        driver.settleWhen("the line saying both are kept",
                () -> robot.lookup("#note-also-changed").queryAs(Label.class).isVisible());
        assertEquals(NoteEditorModel.ALSO_CHANGED, robot.lookup("#note-also-changed").queryAs(Label.class).getText());
        assertEquals("Sunday: we walked the dog", body.getText(), "nothing typed here is replaced");

        robot.write(" and said little");
        driver.settleWhenSaved("Sunday: we walked the dog and said little", "SELECT body FROM note WHERE uuid = ?",
                uuid);
        assertEquals(1L, ((Number) driver.value("SELECT count(*) FROM conflict_copy WHERE row_uuid = ? AND text = ?",
                uuid, "Sunday: lunch at her mother's")).longValue(), "the other computer's version is kept");

        driver.syncAsTheTimerDoes();
        assertTrue(desktop.sync.syncNow().ok());
        assertEquals("Sunday: we walked the dog and said little", desktop.body(uuid));
        assertTrue(desktop.sync.conflicts().stream().anyMatch(c -> c.text().equals("Sunday: lunch at her mother's")),
                "the desktop lists its own version as kept too");
    }
}
