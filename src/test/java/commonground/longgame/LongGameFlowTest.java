package commonground.longgame;

import commonground.app.WholeAppTest;
import commonground.cues.CheckIn;
import commonground.cues.CheckInDraft;
import commonground.cues.CheckInRepository;
import commonground.cues.PageScroll;
import commonground.people.PeopleRepository;
import commonground.people.Person;
import commonground.people.Relationship;
import commonground.shell.ComeBackDates;
import commonground.storage.Database;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.TextArea;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The long game as a person meets it: Home lists what to come back to, a line opens "How did it
 * go?", the answer is kept and the line goes; a check-in gets a day to come back; a good moment is
 * kept from Home in one click.
 */
class LongGameFlowTest extends WholeAppTest {

    private Person dad;
    private final String[] items = new String[4];

    @Override
    protected void prepareDataFolder() throws Exception {
        try (Database db = Database.open(dataDir.resolve(Database.FILE_NAME))) {
            dad = new PeopleRepository(db).add("Dad", Relationship.PARENT, "");
            CheckInRepository checkIns = new CheckInRepository(db);
            ComeBackRepository comeBack = new ComeBackRepository(db);
            LocalDate today = LocalDate.now();
            int[] offsets = {-3, 0, 2, 30};
            for (int i = 0; i < offsets.length; i++) {
                CheckIn c = checkIns.add(new CheckInDraft(dad.id(), Instant.now().minus(5 + i, ChronoUnit.DAYS),
                        "On the porch", null, List.of(), "Private words " + i, ""));
                items[i] = c.uuid();
                comeBack.set(ComeBackDates.CHECK_IN, c.uuid(), dad.id(), today.plusDays(offsets[i]));
            }
        }
    }

    private List<String> lines(String section) {
        return robot.lookup(section + " .hyperlink").queryAllAs(Hyperlink.class).stream().map(Hyperlink::getText)
                .toList();
    }

    @Test
    void homeListsTheDueItemsAndAnsweringHowDidItGoKeepsTheAnswerAndClearsTheLine() throws Exception {
        assertEquals(List.of("A check-in with Dad", "A check-in with Dad"), lines("#due-coming-up"));
        assertEquals(List.of("A check-in with Dad"), lines("#due-worth-a-look"));
        assertTrue(robot.lookup("#due-items .hyperlink").queryAllAs(Hyperlink.class).stream()
                .noneMatch(h -> h.getText().contains("Private")), "Home never quotes what was written");

        robot.clickOn(robot.lookup("#due-worth-a-look .hyperlink").queryAs(Hyperlink.class));
        driver.settle();
        assertTrue(robot.lookup("#come-back-detail").query().isVisible());
        assertEquals("A check-in with Dad", robot.lookup("#come-back-about").queryLabeled().getText());
        robot.clickOn("#come-back-answer").write("We sat on the porch again. He talked about his brother.");
        robot.clickOn("#come-back-revisit");
        driver.settle();
        Map<String, Object> row = driver.query("SELECT answer, revisited_at FROM come_back WHERE item_uuid = ?",
                items[0]).get(0);
        assertEquals("We sat on the porch again. He talked about his brother.", row.get("answer"));
        assertTrue(row.get("revisited_at") != null);

        robot.clickOn("#nav-home");
        driver.settle();
        assertTrue(robot.lookup("#due-worth-a-look").tryQuery().isEmpty(), "revisited: no longer worth a look");
        assertEquals(2, lines("#due-coming-up").size());
    }

    @Test
    void aSavedCheckInGetsADayToComeBackThatShowsOnHome() throws Exception {
        robot.clickOn("#nav-cues");
        driver.settle();
        robot.clickOn("#check-in-context").write("Cooking dinner");
        PageScroll.clickInView(robot, "#check-in-response").write("Try again next week while cooking.");
        PageScroll.clickInView(robot, "#save-check-in");
        driver.settle();
        assertTrue(robot.lookup("#come-back-field").query().isVisible(), "the field shows once saved");
        assertEquals(LocalDate.now().plusWeeks(1),
                robot.lookup("#come-back-day").queryAs(javafx.scene.control.DatePicker.class).getValue(),
                "suggested from 'next week'");
        PageScroll.clickInView(robot, "#come-back-keep");
        driver.settle();
        assertEquals(LocalDate.now().plusWeeks(1).toString(), driver.value(
                "SELECT cb.due_on FROM come_back cb JOIN check_in ci ON ci.uuid = cb.item_uuid "
                        + "WHERE ci.context = 'Cooking dinner'"));
        robot.clickOn("#nav-home");
        driver.settle();
        assertEquals(3, lines("#due-coming-up").size());
    }

    @Test
    void aGoodMomentIsKeptFromHomeAndShownWithTheCheckIns() throws Exception {
        robot.clickOn("#entry-longgame");
        driver.settle();
        robot.clickOn("#moment-what").write("He laughed at my terrible joke.");
        robot.clickOn("#moment-activity").write("walking");
        robot.clickOn("#moment-made-easy").write("Side by side, no questions");
        robot.clickOn("#save-moment");
        driver.settle();
        Map<String, Object> row = driver.query("SELECT person_id, what, activity, made_easy, happened_on "
                + "FROM good_moment").get(0);
        assertEquals(dad.id(), ((Number) row.get("person_id")).longValue());
        assertEquals("He laughed at my terrible joke.", row.get("what"));
        assertEquals("walking", row.get("activity"));
        assertEquals("Side by side, no questions", row.get("made_easy"));
        assertEquals(LocalDate.now().toString(), row.get("happened_on"));
        assertEquals("", robot.lookup("#moment-what").queryAs(TextArea.class).getText(), "the form is ready again");
        List<String> timeline = ListLines.of(robot, "#moment-timeline");
        assertTrue(timeline.get(0).contains("A good moment: He laughed at my terrible joke."), timeline.toString());
        assertTrue(timeline.stream().anyMatch(t -> t.contains("A check-in")), timeline.toString());
    }

    @Test
    void aGoodMomentWithoutWordsIsRefusedWithAMessageAndNothingIsKept() throws Exception {
        robot.clickOn("#nav-cues");
        driver.settle();
        robot.clickOn("#cues-good-moment");
        driver.settle();
        robot.clickOn("#moment-made-easy").write("Quiet morning");
        robot.clickOn("#save-moment");
        driver.settle();
        assertEquals("Please say in a few words what happened.", robot.lookup("#moment-message").queryLabeled().getText());
        assertEquals(0L, ((Number) driver.value("SELECT count(*) FROM good_moment")).longValue());
        assertFalse(robot.lookup("#moment-made-easy").queryAs(javafx.scene.control.TextField.class).getText().isEmpty(),
                "what was typed stays");
    }
}
