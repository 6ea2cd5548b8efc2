package commonground.longgame;

import commonground.app.WholeAppTest;
import commonground.cues.PageScroll;
import commonground.people.PeopleRepository;
import commonground.people.Relationship;
import commonground.shell.Dates;
import commonground.storage.Database;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Day fields in the long game write days the app's one way and read what is typed: a day that does
 * not exist is refused next to the field with nothing kept and the text left to correct; a day
 * typed the app's way is kept.
 */
class DayFieldsFlowTest extends WholeAppTest {

    @Override
    protected void prepareDataFolder() throws Exception {
        try (Database db = Database.open(dataDir.resolve(Database.FILE_NAME))) {
            new PeopleRepository(db).add("Sam", Relationship.FRIEND, "");
        }
    }

    private long moments() throws Exception {
        return ((Number) driver.value("SELECT count(*) FROM good_moment")).longValue();
    }

    @Test
    void aDayThatDoesNotExistIsRefusedAndATypedDayIsKept() throws Exception {
        robot.clickOn("#nav-longgame");
        driver.settle();
        robot.clickOn("#tab-good-moments");
        driver.settle();
        DatePicker day = robot.lookup("#moment-day").queryAs(DatePicker.class);
        assertEquals(Dates.day(LocalDate.now()), day.getEditor().getText(), "the app's one format");

        PageScroll.clickInView(robot, "#moment-what").write("We laughed at the dog");
        robot.interact(() -> day.getEditor().setText("31/02/2026"));
        PageScroll.clickInView(robot, "#save-moment");
        driver.settle();
        assertTrue(robot.lookup("#moment-day-problem").queryAs(Label.class).getText()
                .startsWith("That date could not be read."));
        assertEquals("31/02/2026", day.getEditor().getText(), "the text stays to be corrected");
        assertEquals(0, moments(), "nothing kept with a day that could not be read");

        LocalDate yesterday = LocalDate.now().minusDays(1);
        robot.interact(() -> day.getEditor().setText(Dates.day(yesterday)));
        PageScroll.clickInView(robot, "#save-moment");
        driver.settle();
        assertEquals("", robot.lookup("#moment-day-problem").queryAs(Label.class).getText());
        assertEquals(1, moments());
        assertEquals(yesterday.toString(), driver.value("SELECT happened_on FROM good_moment"));
    }
}
