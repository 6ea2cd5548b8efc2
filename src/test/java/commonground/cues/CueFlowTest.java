package commonground.cues;

import commonground.app.WholeAppTest;
import commonground.people.Person;
import commonground.people.Relationship;
import commonground.storage.Database;
import commonground.people.PeopleRepository;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A check-in as a person makes one: tick three cues, read the responses, save, find, edit, delete. */
class CueFlowTest extends WholeAppTest {

    Person mum;
    Person sam;

    @Override
    protected void prepareDataFolder() throws Exception {
        try (Database db = Database.open(dataDir.resolve("common-ground.db"))) {
            mum = new PeopleRepository(db).add("Mum", Relationship.PARENT, "");
            sam = new PeopleRepository(db).add("Sam", Relationship.PARENT, "");
        }
    }

    @BeforeEach
    void openTheModule() throws Exception {
        robot.clickOn("#nav-cues");
        driver.settle();
    }

    private void replaceText(String query, String text) {
        clickInView(query);
        robot.press(KeyCode.CONTROL).press(KeyCode.A).release(KeyCode.A).release(KeyCode.CONTROL);
        robot.type(KeyCode.BACK_SPACE);
        if (!text.isEmpty()) {
            robot.write(text);
        }
    }

    private org.testfx.api.FxRobotInterface clickInView(String query) {
        return PageScroll.clickInView(robot, query);
    }

    private void tick(String search, String cueId) {
        replaceText("#cue-search", search);
        robot.clickOn("#cue-" + cueId);
    }

    private long count(String sql) throws Exception {
        return ((Number) driver.value(sql)).longValue();
    }

    private Set<String> savedCueKeys() throws Exception {
        return driver.query("SELECT cue_key FROM check_in_cue").stream().map(r -> (String) r.get("cue_key"))
                .collect(Collectors.toSet());
    }

    @SuppressWarnings("unchecked")
    private ListView<CheckIn> timeline() {
        return robot.lookup("#timeline").queryAs(ListView.class);
    }

    private void selectFirstInTimeline() {
        javafx.scene.control.ListCell<?> cell = robot.lookup("#timeline .list-cell")
                .queryAllAs(javafx.scene.control.ListCell.class).stream()
                .filter(c -> !c.isEmpty() && c.getIndex() == 0).findFirst().orElseThrow();
        robot.clickOn(cell);
        assertTrue(timeline().getSelectionModel().getSelectedIndex() == 0, "the first check-in is selected");
    }

    @Test
    void logEditAndDeleteACheckInWithThreeCues() throws Exception {
        robot.clickOn("#check-in-context").write("Cooking dinner");
        robot.clickOn("#check-in-activity").write("cooking");
        tick("tearing", "tearing-up");
        tick("quiet", "going-quiet");
        robot.clickOn("#intensity-going-quiet");
        robot.clickOn("clearly");
        tick("laugh", "relaxed-laugh");

        List<String> acknowledgements = robot.lookup("#acknowledgements .acknowledgement").queryAllAs(Label.class)
                .stream().map(Label::getText).toList();
        assertTrue(acknowledgements.contains(
                "\u201CIt seems like something important is coming up for you right now.\u201D"), acknowledgements.toString());
        assertTrue(acknowledgements.contains("\u201CI love that laugh.\u201D"), acknowledgements.toString());
        assertEquals(3, robot.lookup("#acknowledgements .suggestion-card").queryAll().size());
        assertFalse(robot.lookup("#fitting-practices .practice-card").queryAll().isEmpty());
        assertEquals(0, count("SELECT count(*) FROM check_in"));

        clickInView("#check-in-response").write("I sat beside her and passed the tissues.");
        clickInView("#save-check-in");
        driver.settle();
        assertEquals(1, count("SELECT count(*) FROM check_in"));
        Map<String, Object> row = driver.query("SELECT person_id, context, activity, response, uuid FROM check_in")
                .get(0);
        assertEquals(mum.id(), ((Number) row.get("person_id")).longValue());
        assertEquals("Cooking dinner", row.get("context"));
        assertEquals("cooking", row.get("activity"));
        assertEquals("I sat beside her and passed the tissues.", row.get("response"));
        assertEquals(Set.of("tearing-up", "going-quiet", "relaxed-laugh"), savedCueKeys());
        assertEquals(2L, ((Number) driver.value(
                "SELECT intensity FROM check_in_cue WHERE cue_key = 'going-quiet'")).longValue());
        assertTrue(robot.lookup("#acknowledgements .suggestion-card").queryAll().isEmpty(), "the form is cleared");

        // Find it in the timeline.
        robot.clickOn("Over time");
        driver.settle();
        assertEquals(1, timeline().getItems().size());
        assertEquals(row.get("uuid"), timeline().getItems().get(0).uuid());

        // Edit it: untick one cue and add to the answer.
        selectFirstInTimeline();
        robot.clickOn("#edit-check-in");
        assertTrue(robot.lookup("#cue-tearing-up").queryAs(CheckBox.class).isSelected());
        tick("tearing", "tearing-up");
        clickInView("#check-in-response").type(KeyCode.END).write(" She smiled later.");
        clickInView("#save-check-in");
        driver.settle();
        assertEquals(1, count("SELECT count(*) FROM check_in"));
        assertEquals(row.get("uuid"), driver.value("SELECT uuid FROM check_in"));
        assertEquals(Set.of("going-quiet", "relaxed-laugh"), savedCueKeys());
        assertEquals("I sat beside her and passed the tissues. She smiled later.",
                driver.value("SELECT response FROM check_in"));

        // Delete it: asks first; Cancel keeps it, Delete removes it with its cues.
        robot.clickOn("Over time");
        driver.settle();
        selectFirstInTimeline();
        robot.clickOn("#delete-check-in");
        robot.clickOn("Cancel");
        driver.settle();
        assertEquals(1, count("SELECT count(*) FROM check_in"));
        selectFirstInTimeline();
        robot.clickOn("#delete-check-in");
        robot.clickOn("Delete");
        driver.settle();
        assertEquals(0, count("SELECT count(*) FROM check_in"));
        assertEquals(0, count("SELECT count(*) FROM check_in_cue"));
        assertTrue(timeline().getItems().isEmpty());
    }

    @Test
    void aDayThatCannotBeReadIsRefusedAtTheFieldAndNothingIsSaved() throws Exception {
        javafx.scene.control.DatePicker picker = robot.lookup("#check-in-date")
                .queryAs(javafx.scene.control.DatePicker.class);
        CheckInDates dates = new CheckInDates();
        java.time.LocalDate today = java.time.LocalDate.now();
        assertEquals(dates.format(today), picker.getEditor().getText(), "the day in the user's own format");

        robot.clickOn("#check-in-context").write("Hospital visit");
        tick("quiet", "going-quiet");
        replaceText("#check-in-date", "31/02/2026");
        robot.type(KeyCode.TAB);
        driver.settle();
        String refused = "That date could not be read. Please pick it from the calendar, or type it like "
                + dates.format(today) + ".";
        assertEquals(refused, robot.lookup("#check-in-date-problem").queryAs(Label.class).getText());
        assertTrue(robot.lookup("#check-in-date-problem").queryAs(Label.class).isVisible());
        assertEquals("31/02/2026", picker.getEditor().getText(), "the typed text stays to be corrected");
        assertTrue(robot.lookup("#save-check-in").queryAs(javafx.scene.control.Button.class).isDisabled());
        assertEquals(refused, robot.lookup("#check-in-message").queryAs(Label.class).getText(), "the reason by Save");
        assertFalse(robot.lookup("#status-line").queryAs(Label.class).getText().startsWith("Something went wrong"),
                "no failure on the FX thread");
        assertEquals(0, count("SELECT count(*) FROM check_in"), "nothing is saved");

        java.time.LocalDate twoDaysAgo = today.minusDays(2);
        replaceText("#check-in-date", twoDaysAgo.toString()); // ISO is read too
        robot.type(KeyCode.TAB);
        driver.settle();
        assertFalse(robot.lookup("#check-in-date-problem").queryAs(Label.class).isVisible());
        assertEquals(dates.format(twoDaysAgo), picker.getEditor().getText(), "shown in the user's format");
        clickInView("#save-check-in");
        driver.settle();
        assertEquals(1, count("SELECT count(*) FROM check_in"));
        java.time.Instant saved = java.time.Instant.parse((String) driver.value("SELECT happened_at FROM check_in"));
        assertEquals(twoDaysAgo, java.time.LocalDate.ofInstant(saved, java.time.ZoneId.systemDefault()),
                "the day typed, not today");
    }

    @Test
    void anEmptiedDayFieldAsksForADayInWordsBesideItAndNothingIsSaved() throws Exception {
        javafx.scene.control.DatePicker picker = robot.lookup("#check-in-date")
                .queryAs(javafx.scene.control.DatePicker.class);
        CheckInDates dates = new CheckInDates();
        assertTrue(dates.parse(picker.getPromptText()).isEmpty(),
                "the grey words in an empty field are no day that could be taken for one chosen: " + picker.getPromptText());
        robot.clickOn("#check-in-context").write("Hospital visit");
        tick("quiet", "going-quiet");
        replaceText("#check-in-date", "");
        robot.type(KeyCode.TAB);
        driver.settle();
        assertEquals("", picker.getEditor().getText());
        assertEquals(null, picker.getValue());
        Label problem = robot.lookup("#check-in-date-problem").queryAs(Label.class);
        assertTrue(problem.isVisible());
        assertEquals("No day is chosen yet. Please pick it from the calendar, or type it like "
                + dates.format(java.time.LocalDate.now()) + ".", problem.getText());
        assertTrue(problem.getParent() == picker.getParent().getParent(), "said under the day field itself");
        assertTrue(robot.lookup("#save-check-in").queryAs(javafx.scene.control.Button.class).isDisabled());
        assertEquals(0, count("SELECT count(*) FROM check_in"), "nothing is saved");
    }

    @SuppressWarnings("unchecked")
    private javafx.scene.control.ComboBox<Person> personPicker() {
        return robot.lookup("#cues-person").queryAs(javafx.scene.control.ComboBox.class);
    }

    @Test
    void switchingThePersonAsksAndCancelKeepsTheCheckInWithMum() throws Exception {
        robot.clickOn("#check-in-context").write("Hospital visit with Mum");
        tick("quiet", "going-quiet");
        robot.clickOn("#cues-person");
        robot.clickOn(robot.lookup(".list-cell").queryAllAs(javafx.scene.control.ListCell.class).stream()
                .filter(c -> c.getText() != null && c.getText().startsWith("Sam ·") && c.getParent() != null
                        && !(c.getParent() instanceof javafx.scene.control.ComboBox)).findFirst().orElseThrow());
        driver.settle();
        assertFalse(robot.lookup("You have an unsaved check-in about Mum. What should happen to it?")
                .queryAll().isEmpty(), "asked first");
        robot.clickOn("Cancel");
        driver.settle();
        assertEquals(mum.id(), personPicker().getValue().id(), "the picker shows Mum again");
        assertEquals("Hospital visit with Mum", robot.lookup("#check-in-context")
                .queryAs(javafx.scene.control.TextField.class).getText());
        clickInView("#save-check-in");
        driver.settle();
        assertEquals(mum.id(), ((Number) driver.value("SELECT person_id FROM check_in")).longValue());
    }
}
