package commonground.reflection;

import commonground.app.AppDriver;
import commonground.app.WholeAppTest;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;


import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A full disk while writing: a clear message, the text stays, and it is saved once there is space. */
class FullDiskNoteTest extends WholeAppTest {

    @BeforeEach
    void openABlankNote() throws Exception {
        robot.clickOn("#nav-reflection");
        driver.settle();
        robot.clickOn("#new-note");
        robot.clickOn("#new-blank-note");
        driver.settle();
    }

    @Test
    void theTextStaysAndIsSavedWhenSpaceIsBack() throws Exception {
        driver.simulateFullDisk(true);
        String text = "What I hope for. " + "I would like us to walk on Sundays again. ".repeat(200);
        TextArea body = robot.lookup("#note-body").queryAs(TextArea.class);
        AppDriver.onFx(() -> body.setText(text));
        driver.settleAfter(1500);
        Label status = robot.lookup("#save-status").queryAs(Label.class);
        assertTrue(status.getText().contains("The disk is full"), status.getText());
        assertEquals(text, body.getText(), "the editor keeps the text");
        assertEquals(0L, ((Number) driver.value("SELECT count(*) FROM note WHERE body LIKE 'What I hope for.%'"))
                .longValue());

        driver.simulateFullDisk(false);
        driver.settleAfter(3500);
        assertEquals(text, driver.value("SELECT body FROM note WHERE body LIKE 'What I hope for.%'"),
                "saved on its own once there was space");
        assertTrue(status.getText().startsWith("Saved"), status.getText());
    }
}
