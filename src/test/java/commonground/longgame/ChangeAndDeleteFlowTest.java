package commonground.longgame;

import commonground.app.WholeAppTest;
import commonground.cues.PageScroll;
import commonground.people.PeopleRepository;
import commonground.people.Person;
import commonground.people.Relationship;
import commonground.storage.Database;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A step taken on the ladder, and someone on a "who knows what" list, can be changed (with the same
 * messages as adding) and deleted (asked once, with an undo), as a person would do it.
 */
class ChangeAndDeleteFlowTest extends WholeAppTest {

    private static final String LONG = "The evening I finally told him how much I had missed our Sunday walks, "
            + "and how the house felt quiet after Mum moved out, and that I was glad he still rang on Fridays";

    private Person dad;

    @Override
    protected void prepareDataFolder() throws Exception {
        try (Database db = Database.open(dataDir.resolve(Database.FILE_NAME))) {
            dad = new PeopleRepository(db).add("Dad", Relationship.PARENT, "");
            DisclosureRepository steps = new DisclosureRepository(db);
            steps.take(dad.id(), LocalDate.now().minusDays(3), 1, "Something I enjoyed today", Landing.NEUTRAL, "");
            steps.take(dad.id(), LocalDate.now().minusDays(1), 1, LONG, Landing.WARMLY, "He smiled");
            WhoKnowsRepository news = new WhoKnowsRepository(db);
            NewsSituation s = news.create("Dad's illness", "dad-ill", dad.id());
            news.addTold(s.id(), "Aunt Ruth", "That he is in hospital", "Mum", LocalDate.now().minusDays(2));
            news.addTold(s.id(), "Uncle Tom", "", "", null);
        }
    }

    private String label(String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    /** Clicks the line of a list that shows {@code words}, as a person picks it. */
    private void clickLine(String list, String words) {
        robot.clickOn(robot.lookup(list + " .list-cell").queryAllAs(javafx.scene.control.ListCell.class).stream()
                .filter(c -> ListLines.text(c).contains(words)).findFirst().orElseThrow());
    }

    private long count(String sql) throws Exception {
        return ((Number) driver.value(sql)).longValue();
    }

    @Test
    void aStepTakenIsChangedThenDeletedAfterAskingAndUndoPutsItBack() throws Exception {
        robot.clickOn("#nav-longgame");
        driver.settle();
        robot.clickOn("#tab-ladder");
        driver.settle();
        List<String> lines = ListLines.of(robot, "#ladder-taken");
        assertTrue(lines.get(0).contains(LONG), "a long step is shown whole: " + lines);

        clickLine("#ladder-taken", "Step 1: Something I enjoyed today");
        robot.clickOn("#ladder-edit");
        driver.settle();
        assertEquals("Something I enjoyed today", robot.lookup("#ladder-what").queryAs(TextArea.class).getText());
        PageScroll.clickInView(robot, "#ladder-what");
        robot.push(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.A)
                .push(javafx.scene.input.KeyCode.BACK_SPACE);
        PageScroll.clickInView(robot, "#ladder-save");
        driver.settle();
        assertEquals("Please say in a few words what you shared.", label("#ladder-message"), "as when adding");
        assertEquals("Something I enjoyed today", driver.value("SELECT what FROM disclosure_step_taken "
                + "WHERE taken_on = '" + LocalDate.now().minusDays(3) + "'"), "nothing changed yet");

        PageScroll.clickInView(robot, "#ladder-what").write("The crossword clue that beat me");
        PageScroll.clickInView(robot, "#ladder-warmly");
        PageScroll.clickInView(robot, "#ladder-save");
        driver.settle();
        assertEquals("Your changes to the step are kept.", label("#ladder-message"));
        Map<String, Object> row = driver.query("SELECT what, landed, rung FROM disclosure_step_taken "
                + "WHERE taken_on = '" + LocalDate.now().minusDays(3) + "'").get(0);
        assertEquals(List.of("The crossword clue that beat me", "WARMLY", 1L),
                List.of(row.get("what"), row.get("landed"), ((Number) row.get("rung")).longValue()));
        assertEquals(2, count("SELECT count(*) FROM disclosure_step_taken"), "changed, not added");
        assertTrue(ListLines.of(robot, "#ladder-taken").get(1).contains("The crossword clue that beat me"));

        clickLine("#ladder-taken", "The crossword clue that beat me");
        robot.clickOn("#ladder-delete");
        robot.clickOn("Cancel");
        driver.settle();
        assertEquals(2, count("SELECT count(*) FROM disclosure_step_taken"));
        robot.clickOn("#ladder-delete");
        robot.clickOn("Delete");
        driver.settle();
        assertEquals(1, count("SELECT count(*) FROM disclosure_step_taken"));
        assertEquals(1, ListLines.of(robot, "#ladder-taken").size());
        assertTrue(label("#ladder-message").endsWith("was deleted."), label("#ladder-message"));

        robot.clickOn("#ladder-undo");
        driver.settle();
        assertEquals(2, count("SELECT count(*) FROM disclosure_step_taken"));
        assertEquals("The crossword clue that beat me", driver.value("SELECT what FROM disclosure_step_taken "
                + "WHERE taken_on = '" + LocalDate.now().minusDays(3) + "'"), "back as it was");
        assertEquals("The step is back.", label("#ladder-message"));
    }

    @Test
    void someoneOnTheListIsChangedThenTakenOffAfterAskingAndUndoPutsThemBack() throws Exception {
        robot.clickOn("#nav-longgame");
        driver.settle();
        robot.clickOn("#tab-who-knows");
        driver.settle();
        clickLine("#who-knows-to-tell", "Uncle Tom");
        robot.clickOn("#who-knows-edit");
        driver.settle();
        assertEquals("Uncle Tom", robot.lookup("#who-knows-name").queryAs(TextField.class).getText());
        PageScroll.clickInView(robot, "#who-knows-knows").write("That he is in hospital");
        PageScroll.clickInView(robot, "#who-knows-still-to-tell"); // now told, today
        PageScroll.clickInView(robot, "#who-knows-told-by").write("me");
        PageScroll.clickInView(robot, "#who-knows-add");
        driver.settle();
        assertEquals("Your changes about Uncle Tom are kept.", label("#who-knows-message"));
        assertEquals("Uncle Tom|That he is in hospital|me|" + LocalDate.now(), driver.query(
                "SELECT name, knows, told_by, told_on FROM news_told WHERE name = 'Uncle Tom'").stream()
                .map(r -> r.get("name") + "|" + r.get("knows") + "|" + r.get("told_by") + "|" + r.get("told_on"))
                .findFirst().orElseThrow());
        assertEquals(2, count("SELECT count(*) FROM news_told"), "changed, not added");
        assertTrue(robot.lookup("#who-knows-to-tell").queryAs(ListView.class).getItems().isEmpty());

        clickLine("#who-knows-told", "Aunt Ruth");
        robot.clickOn("#who-knows-delete");
        robot.clickOn("Take off the list");
        driver.settle();
        assertEquals(List.of("Uncle Tom"), driver.query("SELECT name FROM news_told").stream()
                .map(r -> r.get("name")).toList());
        assertEquals("Aunt Ruth is off the list.", label("#who-knows-message"));
        robot.clickOn("#who-knows-undo");
        driver.settle();
        assertEquals(List.of("Aunt Ruth|That he is in hospital|Mum|" + LocalDate.now().minusDays(2)),
                driver.query("SELECT name, knows, told_by, told_on FROM news_told WHERE name = 'Aunt Ruth'").stream()
                        .map(r -> r.get("name") + "|" + r.get("knows") + "|" + r.get("told_by") + "|"
                                + r.get("told_on")).toList(), "back as it was");
    }
}
