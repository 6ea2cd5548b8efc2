package commonground.cues;

import commonground.app.AppTest;
import commonground.people.Person;
import commonground.people.Relationship;
import commonground.storage.Database;
import commonground.people.PeopleRepository;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Over time chart against a seeded history, the comfort map and custom cues, through the screen. */
class CueHistoryTest extends AppTest {


    private Person seedPeople(boolean withHistory) throws Exception {
        try (Database db = Database.open(dataDir.resolve("common-ground.db"))) {
            PeopleRepository people = new PeopleRepository(db);
            Person ada = people.add("Ada", Relationship.PARTNER, "");
            Person ben = people.add("Ben", Relationship.FRIEND, "");
            if (withHistory) {
                CheckInRepository checkIns = new CheckInRepository(db);
                Random random = new Random(11);
                CueCategory[] categories = CueCategory.values();
                Instant start = Instant.now().minus(56, ChronoUnit.DAYS);
                for (int i = 0; i < 40; i++) {
                    List<CheckInCue> cues = new ArrayList<>();
                    for (int k = 0; k <= random.nextInt(3); k++) {
                        cues.add(new CheckInCue("c" + k, categories[random.nextInt(categories.length)], "Cue " + k,
                                null));
                    }
                    checkIns.add(new CheckInDraft(i % 4 == 0 ? ben.id() : ada.id(),
                            start.plus(random.nextInt(55 * 24), ChronoUnit.HOURS), "", "walk", cues, "", ""));
                }
            }
            return ada;
        }
    }

    private void open() throws Exception {
        startApp();
        robot.clickOn("#nav-cues");
        driver.settle();
    }

    @Test
    void theChartShowsTheCountsInTheDatabase() throws Exception {
        Person ada = seedPeople(true);
        open();
        robot.clickOn("Over time");
        driver.settle();

        // Counted independently from the raw rows: ISO week of local time, per category, named by its
        // Monday in the app's one date style.
        Map<String, Map<String, Integer>> expected = new TreeMap<>();
        for (Map<String, Object> row : driver.query("SELECT ci.happened_at, cc.category FROM check_in ci "
                + "JOIN check_in_cue cc ON cc.check_in_id = ci.id WHERE ci.person_id = ?", ada.id())) {
            LocalDate day = Instant.parse((String) row.get("happened_at")).atZone(ZoneId.systemDefault())
                    .toLocalDate();
            String week = commonground.shell.Dates.day(day.with(java.time.DayOfWeek.MONDAY));
            String label = CueCategory.valueOf((String) row.get("category")).shortLabel();
            expected.computeIfAbsent(label, k -> new TreeMap<>()).merge(week, 1, Integer::sum);
        }
        @SuppressWarnings("unchecked")
        StackedBarChart<String, Number> chart = robot.lookup("#category-chart").queryAs(StackedBarChart.class);
        Map<String, Map<String, Integer>> shown = new TreeMap<>();
        for (XYChart.Series<String, Number> series : chart.getData()) {
            for (XYChart.Data<String, Number> point : series.getData()) {
                if (point.getYValue().intValue() > 0) {
                    shown.computeIfAbsent(series.getName(), k -> new TreeMap<>())
                            .put(point.getXValue(), point.getYValue().intValue());
                }
            }
        }
        assertFalse(expected.isEmpty());
        assertEquals(expected, shown);
        // The count axis says what it counts, and is marked in whole numbers up to the busiest week.
        javafx.scene.chart.NumberAxis counts = (javafx.scene.chart.NumberAxis) chart.getYAxis();
        assertEquals("Cues noticed", counts.getLabel());
        int busiest = chart.getXAxis() instanceof javafx.scene.chart.CategoryAxis weeks ? weeks.getCategories()
                .stream().mapToInt(w -> chart.getData().stream().flatMap(s -> s.getData().stream())
                        .filter(p -> p.getXValue().equals(w)).mapToInt(p -> p.getYValue().intValue()).sum())
                .max().orElse(0) : 0;
        assertTrue(busiest > 0);
        assertEquals(0, counts.getLowerBound());
        assertTrue(counts.getUpperBound() >= busiest, "the busiest week (" + busiest + ") fits under "
                + counts.getUpperBound());
        assertTrue(counts.getTickUnit() >= 1 && counts.getTickUnit() == Math.rint(counts.getTickUnit()),
                "whole-number marks: " + counts.getTickUnit());
        List<Double> marks = counts.getTickMarks().stream().map(m -> m.getValue().doubleValue()).toList();
        assertTrue(marks.size() >= 2 && marks.stream().allMatch(m -> m == Math.rint(m)), "marks: " + marks);
        assertTrue(chart.getXAxis() instanceof javafx.scene.chart.CategoryAxis axis
                && axis.getCategories().stream().noneMatch(w -> w.contains("-W")), "no '2026-W48' labels");
        @SuppressWarnings("unchecked")
        ListView<CheckIn> timeline = robot.lookup("#timeline").queryAs(ListView.class);
        assertEquals(((Number) driver.value("SELECT count(*) FROM check_in WHERE person_id = ?", ada.id()))
                .intValue(), timeline.getItems().size());
    }

    @Test
    void theComfortMapIsSavedAsYouEditItAndIsThereAfterARestart() throws Exception {
        Person ada = seedPeople(false);
        open();
        robot.clickOn("Over time");
        PageScroll.clickInView(robot, "#comfort-declines-entry").write("Her job");
        PageScroll.clickInView(robot, "#comfort-declines-add");
        PageScroll.clickInView(robot, "#comfort-helps-entry").write("Tea after work").type(KeyCode.ENTER);
        PageScroll.clickInView(robot, "#comfort-helps-entry").write("Walking side by side").type(KeyCode.ENTER);
        driver.settle();
        assertEquals(3L, ((Number) driver.value("SELECT count(*) FROM comfort_item WHERE person_id = ?", ada.id()))
                .longValue());
        assertEquals("Her job", driver.value("SELECT text FROM comfort_item WHERE list = 'DECLINES'"));

        // A duplicate, and an entry too long: said right under the field that caused it, nothing moving.
        PageScroll.clickInView(robot, "#comfort-declines-entry").write("her job");
        javafx.scene.Node add = robot.lookup("#comfort-declines-add").query();
        javafx.geometry.Bounds before = add.localToScreen(add.getLayoutBounds());
        robot.clickOn(add);
        driver.settle();
        Label said = robot.lookup("#comfort-declines-message").queryAs(Label.class);
        assertEquals("\u201cHer job\u201d is already on this list.", said.getText());
        assertEquals(before, add.localToScreen(add.getLayoutBounds()), "the button stays under the pointer");
        javafx.scene.Node field = robot.lookup("#comfort-declines-entry").query();
        double gap = said.localToScene(said.getLayoutBounds()).getMinY()
                - field.localToScene(field.getLayoutBounds()).getMaxY();
        assertTrue(gap >= 0 && gap < 20, "right under its field: " + gap + " px");
        assertEquals("her job", robot.lookup("#comfort-declines-entry").queryAs(javafx.scene.control.TextField.class)
                .getText(), "what was typed stays");
        robot.interact(() -> robot.lookup("#comfort-helps-entry").queryAs(javafx.scene.control.TextField.class)
                .setText("Being next to them, ".repeat(11))); // pasted: 220 characters
        PageScroll.clickInView(robot, "#comfort-helps-add");
        driver.settle();
        assertEquals("Please keep each entry to 200 characters.",
                robot.lookup("#comfort-helps-message").queryAs(Label.class).getText());
        assertEquals("", said.getText(), "only the latest is said");
        assertEquals("", robot.lookup("#over-time-message").queryAs(Label.class).getText(), "not under the check-ins");
        robot.interact(() -> robot.lookup("#comfort-helps-entry").queryAs(javafx.scene.control.TextField.class).clear());
        robot.interact(() -> robot.lookup("#comfort-declines-entry").queryAs(javafx.scene.control.TextField.class).clear());

        robot.clickOn(robot.lookup("#comfort-helps .list-cell").queryAllAs(javafx.scene.control.ListCell.class)
                .stream().filter(c -> "Tea after work".equals(c.getItem())).findFirst().orElseThrow());
        PageScroll.clickInView(robot, "#comfort-helps-remove");
        driver.settle();
        assertEquals(List.of("Walking side by side"), driver.query(
                "SELECT text FROM comfort_item WHERE list = 'HELPS'").stream().map(r -> r.get("text")).toList());

        driver.restart();
        robot.clickOn("#nav-cues");
        driver.settle();
        robot.clickOn("Over time");
        @SuppressWarnings("unchecked")
        ListView<String> helps = robot.lookup("#comfort-helps").queryAs(ListView.class);
        assertEquals(List.of("Walking side by side"), helps.getItems());
    }

    @Test
    void aCustomCueTypedOneAcknowledgementALineJoinsTheChecklistUntilRetired() throws Exception {
        seedPeople(false);
        open();
        robot.clickOn("Your cues");
        // The prompt is an example of the words only: 'Said gently: "…"' was typed as written, and the
        // card read "It might mean: Said gently: …". How to say it is in the field's label.
        String prompt = robot.lookup("#user-cue-meaning").queryAs(javafx.scene.control.TextArea.class).getPromptText();
        assertFalse(prompt.contains(":") || prompt.contains("\"") || prompt.toLowerCase().contains("said gently"), prompt);
        assertTrue(robot.lookup(".label").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().replace("_", "").startsWith("What it might mean, said gently")));
        robot.clickOn("#user-cue-seen").write("Humming to himself");
        robot.clickOn("#user-cue-meaning").write("He may be content, or soothing himself.");
        robot.clickOn("#user-cue-acknowledgements").write("I like that tune.").type(KeyCode.ENTER)
                .write("Take your time.").type(KeyCode.ENTER).write("I'm here.");
        robot.clickOn("#user-cue-not-to-say").write("Can you stop that noise?");
        robot.clickOn("#save-user-cue");
        driver.settle();
        assertEquals(1L, ((Number) driver.value("SELECT count(*) FROM user_cue")).longValue());
        assertEquals(3L, ((Number) driver.value("SELECT count(*) FROM user_cue_acknowledgement")).longValue());
        String uuid = (String) driver.value("SELECT uuid FROM user_cue");
        String checkboxId = "#" + CueChecklist.idFor(Cue.userKey(uuid));

        robot.clickOn("Check in");
        assertTrue(robot.lookup(checkboxId).queryAs(CheckBox.class).isVisible());

        robot.clickOn("Your cues");
        robot.clickOn("Humming to himself");
        robot.clickOn("#retire-user-cue");
        driver.settle();
        assertTrue(driver.value("SELECT retired_at FROM user_cue") != null);
        robot.clickOn("Check in");
        assertTrue(robot.lookup(checkboxId).queryAll().isEmpty(), "a retired cue is not on the checklist");
    }

    private void choosePerson(String label) throws Exception {
        robot.clickOn("#cues-person");
        robot.clickOn(label);
        driver.settle();
    }

    @Test
    void aCueAddedForOnePersonIsOnlyOnTheirChecklistUntilSharedWithEveryone() throws Exception {
        seedPeople(false);
        open();
        robot.clickOn("Your cues");
        robot.clickOn("#user-cue-seen").write("Hums when worried");
        robot.clickOn("#user-cue-meaning").write("He may be soothing himself.");
        robot.clickOn("#user-cue-acknowledgements").write("I like that tune.");
        robot.clickOn("#user-cue-not-to-say").write("Can you stop that noise?");
        robot.clickOn("#save-user-cue");
        driver.settle();
        long ada = ((Number) driver.value("SELECT id FROM person WHERE name = 'Ada'")).longValue();
        assertEquals(ada, ((Number) driver.value("SELECT person_id FROM user_cue")).longValue(), "particular to Ada");
        String checkboxId = "#" + CueChecklist.idFor(Cue.userKey((String) driver.value("SELECT uuid FROM user_cue")));

        choosePerson("Ben \u00b7 Friend");
        assertTrue(robot.lookup("Hums when worried").tryQuery().isEmpty(), "not among Ben's cues");
        robot.clickOn("Check in");
        assertTrue(robot.lookup(checkboxId).queryAll().isEmpty(), "not on Ben's checklist");

        choosePerson("Ada \u00b7 Partner");
        assertTrue(robot.lookup(checkboxId).tryQuery().isPresent(), "on Ada's checklist");
        robot.clickOn("Your cues");
        robot.clickOn("Hums when worried");
        robot.clickOn("#user-cue-for-everyone");
        robot.clickOn("#save-user-cue");
        driver.settle();
        assertEquals(null, driver.value("SELECT person_id FROM user_cue"), "shared with everyone");
        choosePerson("Ben \u00b7 Friend");
        robot.clickOn("Check in");
        assertTrue(robot.lookup(checkboxId).tryQuery().isPresent(), "now on Ben's checklist too");
    }
}
