package commonground.reflection;

import commonground.app.AppDriver;
import commonground.app.WholeAppTest;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;


import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Writing and finding a note with the keyboard alone: Ctrl+4, Ctrl+N, typing, Ctrl+F. */
class NotesKeyboardTest extends WholeAppTest {

    @Test
    void ctrlNStartsANoteAndCtrlFGoesToSearch() throws Exception {
        AppDriver.shortcut(robot, KeyCode.DIGIT4);
        driver.settle();
        assertTrue(robot.lookup("#reflection-view").tryQuery().isPresent());
        AppDriver.shortcut(robot, KeyCode.N);
        driver.settle();
        assertTrue(robot.lookup("#note-body").queryAs(TextArea.class).isFocused());
        robot.write("Quiet evening");
        driver.settleWhenSaved("Quiet evening", "SELECT body FROM note");
        AppDriver.shortcut(robot, KeyCode.F);
        assertTrue(robot.lookup("#note-search").queryAs(TextField.class).isFocused());
    }
}
