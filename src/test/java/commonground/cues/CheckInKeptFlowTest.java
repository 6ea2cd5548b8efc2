package commonground.cues;

import commonground.app.WholeAppTest;
import commonground.people.PeopleRepository;
import commonground.people.Relationship;
import commonground.storage.Database;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A check-in typed but not saved is not lost when the app is closed or the page left. */
class CheckInKeptFlowTest extends WholeAppTest {

    @Override
    protected void prepareDataFolder() throws Exception {
        try (Database db = Database.open(dataDir.resolve(Database.FILE_NAME))) {
            new PeopleRepository(db).add("Mum", Relationship.PARENT, "");
        }
    }

    @BeforeEach
    void openTheModule() throws Exception {
        robot.clickOn("#nav-cues");
        driver.settle();
    }

    private String text(String query) {
        return robot.lookup(query).queryAs(TextInputControl.class).getText();
    }

    @Test
    void aCheckInTypedThenClosedWithoutSavingIsThereAfterARestart() throws Exception {
        PageScroll.clickInView(robot, "#check-in-context").write("Sunday lunch");
        PageScroll.clickInView(robot, "#check-in-note").write("She laughed at the old photo.");
        driver.restart(); // closed at once, without waiting for anything
        robot.clickOn("#nav-cues");
        driver.settle();
        assertEquals("Sunday lunch", text("#check-in-context"));
        assertEquals("She laughed at the old photo.", text("#check-in-note"));
        assertEquals("Your unsaved check-in about Mum is here as you left it.",
                robot.lookup("#check-in-message").queryAs(Label.class).getText());

        PageScroll.clickInView(robot, "#save-check-in");
        driver.settle();
        assertEquals(1L, ((Number) driver.value("SELECT count(*) FROM check_in")).longValue());
        assertEquals(0L, ((Number) driver.value("SELECT count(*) FROM check_in_draft")).longValue());
        driver.restart();
        robot.clickOn("#nav-cues");
        driver.settle();
        assertEquals("", text("#check-in-context"), "a saved check-in does not come back as unsaved");
    }

    @Test
    void leavingThePageKeepsTheCheckIn() throws Exception {
        PageScroll.clickInView(robot, "#check-in-context").write("Car ride");
        robot.clickOn("#nav-home");
        driver.settle();
        assertEquals(1L, ((Number) driver.value("SELECT count(*) FROM check_in_draft")).longValue());
        robot.clickOn("#nav-cues");
        driver.settle();
        assertEquals("Car ride", text("#check-in-context"));
    }
}
