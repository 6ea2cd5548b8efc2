package commonground.longgame;

import commonground.app.WholeAppTest;
import commonground.content.Practices;
import commonground.cues.CheckIn;
import commonground.cues.CheckInDraft;
import commonground.cues.CheckInRepository;
import commonground.people.PeopleRepository;
import commonground.people.Person;
import commonground.people.Relationship;
import commonground.scenarios.ScenarioLibrary;
import commonground.scenarios.ScenarioRepository;
import commonground.scenarios.ScenarioRun;
import commonground.shell.ComeBackDates;
import commonground.storage.Database;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * "Open it" takes the user to the very thing they chose to come back to: the check-in (its person
 * chosen, selected in Over time), the walk-through's plan; and the step-back reflection's link opens
 * Reflection's Needs tab, where "Where can this need be met?" is.
 */
class OpenItFlowTest extends WholeAppTest {

    private Person dad;
    private Person sam;
    private CheckIn samsCheckIn;
    private ScenarioRun run;

    @Override
    protected void prepareDataFolder() throws Exception {
        try (Database db = Database.open(dataDir.resolve(Database.FILE_NAME))) {
            PeopleRepository people = new PeopleRepository(db);
            dad = people.add("Dad", Relationship.PARENT, "");
            sam = people.add("Sam", Relationship.FRIEND, "");
            CheckInRepository checkIns = new CheckInRepository(db);
            // Dad: check-ins over more than three months, so the look-back offers the step back.
            for (int days : new int[] {100, 70, 40, 10}) {
                checkIns.add(new CheckInDraft(dad.id(), Instant.now().minus(days, ChronoUnit.DAYS), "Walking",
                        null, List.of(), "A note", ""));
            }
            // Sam: three check-ins; the middle one is to come back to.
            checkIns.add(new CheckInDraft(sam.id(), Instant.now().minus(9, ChronoUnit.DAYS), "Coffee", null,
                    List.of(), "A note", ""));
            samsCheckIn = checkIns.add(new CheckInDraft(sam.id(), Instant.now().minus(6, ChronoUnit.DAYS),
                    "Fixing the bike", null, List.of(), "He showed me the gears", ""));
            checkIns.add(new CheckInDraft(sam.id(), Instant.now().minus(2, ChronoUnit.DAYS), "Cooking", null,
                    List.of(), "A note", ""));
            ComeBackRepository comeBack = new ComeBackRepository(db);
            comeBack.set(ComeBackDates.CHECK_IN, samsCheckIn.uuid(), sam.id(), LocalDate.now().minusDays(1));

            Practices practices = Practices.load();
            ScenarioRepository scenarios = new ScenarioRepository(db);
            ScenarioLibrary library = new ScenarioLibrary(scenarios, () -> practices);
            run = library.start(library.offers().stream()
                    .filter(o -> o.scenario().id().equals("dad-ill")).findFirst().orElseThrow(), dad.id());
            scenarios.saveAnswers(run.id(), Map.of(run.currentStep(), "Tell my sister first, then Aunt Ruth."));
            scenarios.saveProgress(run.id(), run.currentStep(), run.path(), true);
            comeBack.set(ComeBackDates.PLAN, run.uuid(), dad.id(), LocalDate.now().plusDays(2));
        }
    }

    private void openFromHome(String section) throws Exception {
        robot.clickOn(robot.lookup(section + " .hyperlink").queryAs(Hyperlink.class));
        driver.settle();
        robot.clickOn("#come-back-open-item");
        driver.settle();
    }

    private String selectedTab(String tabs) {
        return robot.lookup(tabs).queryAs(TabPane.class).getSelectionModel().getSelectedItem().getId();
    }

    @Test
    void openingACheckInFromHomeShowsThatCheckInWithItsPerson() throws Exception {
        robot.clickOn("#nav-cues");
        driver.settle();
        assertEquals("Dad", ((Person) robot.lookup("#cues-person").queryAs(ComboBox.class).getValue()).name(),
                "Cues starts with the first person");

        robot.clickOn("#nav-home");
        driver.settle();
        openFromHome("#due-worth-a-look");

        assertTrue(robot.lookup("#cues-view").query().isVisible());
        assertEquals("Sam", ((Person) robot.lookup("#cues-person").queryAs(ComboBox.class).getValue()).name(),
                "the check-in's person is chosen");
        assertEquals("tab-over-time", selectedTab("#cues-tabs"));
        @SuppressWarnings("unchecked")
        ListView<CheckIn> timeline = robot.lookup("#timeline").queryAs(ListView.class);
        CheckIn selected = timeline.getSelectionModel().getSelectedItem();
        assertNotNull(selected, "the check-in is selected in the list");
        assertEquals(1, timeline.getSelectionModel().getSelectedIndex(), "the middle one of Sam's three");
        Map<String, Object> row = driver.query("SELECT ci.id, ci.context FROM check_in ci JOIN come_back cb "
                + "ON cb.item_uuid = ci.uuid WHERE cb.kind = 'CHECK_IN'").get(0);
        assertEquals(((Number) row.get("id")).longValue(), selected.id(), "the one the day was set for");
        assertEquals("Fixing the bike", row.get("context"));

        // "How did it go?" is still about that check-in when the user goes back to answer it.
        robot.clickOn("#nav-longgame");
        driver.settle();
        assertEquals("A check-in with Sam", robot.lookup("#come-back-about").queryLabeled().getText());
    }

    @Test
    void openingAPlanFromHomeShowsThatWalkThroughsPlan() throws Exception {
        openFromHome("#due-coming-up");

        assertTrue(robot.lookup("#scenario-summary").query().isVisible(), "the plan is shown");
        assertTrue(robot.lookup("#scenario-summary .label").queryAllAs(Labeled.class).stream()
                .anyMatch(l -> l.getText().startsWith("My dad is ill")), "the plan of the dad-ill walk-through");
        assertTrue(robot.lookup("#summary-who-knows").query().isVisible(), "with what belongs to that plan");
        assertNotNull(driver.value("SELECT finished_at FROM scenario_run WHERE id = " + run.id()),
                "a finished walk-through");
    }

    @Test
    void theStepBackLinkOpensTheNeedsTabOfReflection() throws Exception {
        robot.clickOn("#nav-longgame");
        driver.settle();
        robot.clickOn("#tab-look-back");
        driver.settle();
        assertEquals("Dad", ((Person) robot.lookup("#look-back-person").queryAs(ComboBox.class).getValue()).name());
        Node link = robot.lookup("#step-back-link").query();
        assertTrue(link.isVisible(), "about three months of check-ins with Dad");
        robot.clickOn(link);
        driver.settle();

        assertTrue(robot.lookup("#reflection-view").query().isVisible());
        assertEquals("tab-needs", selectedTab("#reflection-view .tab-pane"));
        assertTrue(robot.lookup("#source-kind").query().isVisible(), "\"Where can this need be met?\" is on screen");
        assertEquals(1L, ((Number) driver.value("SELECT count(*) FROM long_game_offer")).longValue(),
                "the offer is not made again");
    }
}
