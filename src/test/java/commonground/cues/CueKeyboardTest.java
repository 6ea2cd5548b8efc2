package commonground.cues;

import commonground.app.AppDriver;
import commonground.app.WholeAppTest;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;


import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A person added and a cue check-in saved with the keyboard alone. */
class CueKeyboardTest extends WholeAppTest {

    @Test
    void aCheckInWithTheKeyboardAlone() throws Exception {
        AppDriver.shortcut(robot, KeyCode.DIGIT5);
        driver.settle();
        AppDriver.shortcut(robot, KeyCode.N);
        robot.write("Mum");
        robot.type(KeyCode.ENTER);
        driver.settle();
        assertEquals("Mum", driver.value("SELECT name FROM person"));

        AppDriver.shortcut(robot, KeyCode.DIGIT3);
        driver.settle();
        AppDriver.shortcut(robot, KeyCode.N);
        assertTrue(robot.lookup("#check-in-context").queryAs(TextField.class).isFocused());
        robot.write("Baking bread");
        AppDriver.shortcut(robot, KeyCode.F);
        assertTrue(robot.lookup("#cue-search").queryAs(TextField.class).isFocused());
        robot.write("going quiet");
        driver.settle();
        robot.type(KeyCode.TAB);
        robot.type(KeyCode.SPACE);
        driver.settle();
        AppDriver.alt(robot, KeyCode.S);
        driver.settle();
        assertEquals(1L, ((Number) driver.value("SELECT count(*) FROM check_in WHERE context = 'Baking bread'"))
                .longValue());
        assertEquals(1L, ((Number) driver.value("SELECT count(*) FROM check_in_cue")).longValue());
    }
}
