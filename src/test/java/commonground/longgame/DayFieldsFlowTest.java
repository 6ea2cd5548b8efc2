package commonground.longgame;

import commonground.app.ScreenAudit;
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
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Day fields in the long game write days the app's one way and read what is typed: a day that does
 * not exist is refused next to the field with nothing kept and the text left to correct; a day
 * typed the app's way is kept. The same in Going first and Who knows what, whose fields are typed
 * into as well as picked, and still fit their page at the largest text size.
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

    private void openTab(String tab) throws Exception {
        robot.clickOn("#nav-longgame");
        driver.settle();
        robot.clickOn(tab);
        driver.settle();
    }

    private String problem(String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void goingFirstReadsATypedDayAndRefusesOneThatDoesNotExist() throws Exception {
        openTab("Going first");
        DatePicker day = robot.lookup("#ladder-day").queryAs(DatePicker.class);
        assertTrue(day.isEditable(), "a day can be typed");
        assertEquals(Dates.day(LocalDate.now()), day.getEditor().getText());
        PageScroll.clickInView(robot, "#ladder-what").write("The blackbird on the fence");
        PageScroll.clickInView(robot, "#ladder-warmly");

        robot.interact(() -> day.getEditor().setText("31/02/2026"));
        javafx.scene.Node save = robot.lookup("#ladder-save").query();
        PageScroll.scrollTo(robot, save);
        javafx.geometry.Bounds pressedAt = save.localToScreen(save.getLayoutBounds());
        robot.clickOn(save);
        driver.settle();
        assertEquals(pressedAt, save.localToScreen(save.getLayoutBounds()),
                "the line about the day appears without moving the button from under the pointer");
        assertTrue(problem("#ladder-day-problem").startsWith("That date could not be read."), problem("#ladder-day-problem"));
        assertEquals("31/02/2026", day.getEditor().getText(), "the text stays to be corrected");
        assertEquals(0L, ((Number) driver.value("SELECT count(*) FROM disclosure_step_taken")).longValue(),
                "nothing kept with a day that could not be read");
        assertEquals("The blackbird on the fence",
                robot.lookup("#ladder-what").queryAs(javafx.scene.control.TextArea.class).getText(), "nothing typed is lost");
        assertTrue(problem("#ladder-message").startsWith("The day could not be read, so nothing is kept yet."),
                "said under the button pressed too (a newcomer saw no answer there): " + problem("#ladder-message"));

        LocalDate twoDaysAgo = LocalDate.now().minusDays(2);
        PageScroll.clickInView(robot, "#ladder-day");
        robot.interact(() -> day.getEditor().setText(Dates.day(twoDaysAgo)));
        PageScroll.clickInView(robot, "#ladder-save");
        driver.settle();
        assertEquals("", problem("#ladder-day-problem"));
        assertEquals(twoDaysAgo.toString(), driver.value("SELECT taken_on FROM disclosure_step_taken"));
    }

    @Test
    void whoKnowsWhatReadsATypedDayAndRefusesOneThatDoesNotExist() throws Exception {
        openTab("#tab-who-knows");
        PageScroll.clickInView(robot, "#who-knows-new-title").write("Dad's illness");
        PageScroll.clickInView(robot, "#who-knows-create");
        driver.settle();
        DatePicker toldOn = robot.lookup("#who-knows-told-on").queryAs(DatePicker.class);
        assertTrue(toldOn.isEditable(), "a day can be typed");
        PageScroll.clickInView(robot, "#who-knows-name").write("Aunt Ruth");
        PageScroll.clickInView(robot, "#who-knows-knows").write("He is in hospital for tests");

        robot.interact(() -> toldOn.getEditor().setText("31/02/2026"));
        javafx.scene.Node add = robot.lookup("#who-knows-add").query();
        PageScroll.scrollTo(robot, add);
        javafx.geometry.Bounds pressedAt = add.localToScreen(add.getLayoutBounds());
        robot.clickOn(add);
        driver.settle();
        assertEquals(pressedAt, add.localToScreen(add.getLayoutBounds()), "the button stays under the pointer");
        assertTrue(problem("#who-knows-told-on-problem").startsWith("That date could not be read."),
                problem("#who-knows-told-on-problem"));
        assertEquals("31/02/2026", toldOn.getEditor().getText(), "the text stays to be corrected");
        assertEquals(0L, ((Number) driver.value("SELECT count(*) FROM news_told")).longValue());
        assertEquals("Aunt Ruth", robot.lookup("#who-knows-name").queryAs(javafx.scene.control.TextField.class).getText());
        assertTrue(problem("#who-knows-message").startsWith("The day could not be read"), problem("#who-knows-message"));

        LocalDate lastWeek = LocalDate.now().minusWeeks(1);
        robot.interact(() -> toldOn.getEditor().setText(Dates.day(lastWeek)));
        PageScroll.clickInView(robot, "#who-knows-add");
        driver.settle();
        assertEquals("", problem("#who-knows-told-on-problem"));
        assertEquals(lastWeek.toString(), driver.value("SELECT told_on FROM news_told"));
    }

    @Test
    void theTypedDayFieldsFitTheirPagesAtTheLargestTextSize() throws Exception {
        robot.clickOn("#text-size").clickOn("150%");
        driver.settle();
        openTab("Going first");
        assertEquals(List.of(), ScreenAudit.clipped(robot.lookup("#ladder-day").query().getScene()));
        openTab("#tab-who-knows");
        assertEquals(List.of(), ScreenAudit.clipped(robot.lookup("#who-knows-told-on").query().getScene()));
    }
}
