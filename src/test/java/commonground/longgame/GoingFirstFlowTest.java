package commonground.longgame;

import commonground.app.WholeAppTest;
import commonground.content.Practices;
import commonground.cues.PageScroll;
import commonground.people.PeopleRepository;
import commonground.people.Person;
import commonground.people.Relationship;
import commonground.scenarios.ScenarioLibrary;
import commonground.scenarios.ScenarioRepository;
import commonground.scenarios.ScenarioRun;
import commonground.storage.Database;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Going first and who knows what as a person meets them: a suggested step is picked, how it landed is
 * chosen, and the ladder moves on only after a warm one; from the finished dad-ill walk-through,
 * "Who knows what" keeps who was told, who still needs to hear it and what stays private.
 */
class GoingFirstFlowTest extends WholeAppTest {

    private Person dad;

    @Override
    protected void prepareDataFolder() throws Exception {
        try (Database db = Database.open(dataDir.resolve(Database.FILE_NAME))) {
            dad = new PeopleRepository(db).add("Dad", Relationship.PARENT, "");
            Practices practices = Practices.load();
            ScenarioRepository scenarios = new ScenarioRepository(db);
            ScenarioLibrary library = new ScenarioLibrary(scenarios, () -> practices);
            ScenarioRun run = library.start(library.offers().stream()
                    .filter(o -> o.scenario().id().equals("dad-ill")).findFirst().orElseThrow(), dad.id());
            scenarios.saveAnswers(run.id(), Map.of(run.currentStep(), "Tell my sister first, then Aunt Ruth."));
            scenarios.saveProgress(run.id(), run.currentStep(), run.path(), true);
        }
    }

    private List<String> cells(String list) {
        return ListLines.of(robot, list);
    }

    private String label(String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    @Test
    void aStepThatLandedWarmlyBringsTheNextSizeAndAQuietOneDoesNot() throws Exception {
        robot.clickOn("#nav-longgame");
        driver.settle();
        robot.clickOn("Going first");
        driver.settle();
        assertEquals("Step 1 of 5: Very small", label("#ladder-rung"));
        assertTrue(label("#ladder-reminder").contains("ask nothing back"), label("#ladder-reminder"));

        robot.clickOn("Something I enjoyed today");
        assertEquals("Something I enjoyed today", robot.lookup("#ladder-what").queryAs(TextArea.class).getText());
        // To the end of the words (the field, scrolled up to where the suggestion was, took the click as a double one).
        PageScroll.clickInView(robot, "#ladder-what").push(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.END)
                .write(": the blackbird on the fence");
        PageScroll.clickInView(robot, "#ladder-warmly");
        PageScroll.clickInView(robot, "#ladder-note").write("He said they nest there every year");
        PageScroll.clickInView(robot, "#ladder-save");
        driver.settle();
        Map<String, Object> row = driver.query("SELECT person_id, rung, what, landed, note, taken_on "
                + "FROM disclosure_step_taken").get(0);
        assertEquals(dad.id(), ((Number) row.get("person_id")).longValue());
        assertEquals(List.of(1L, "Something I enjoyed today: the blackbird on the fence", "WARMLY",
                        "He said they nest there every year", LocalDate.now().toString()),
                List.of(((Number) row.get("rung")).longValue(), row.get("what"), row.get("landed"), row.get("note"),
                        row.get("taken_on")));
        assertEquals("Step 2 of 5: A little of me", label("#ladder-rung"), "landed warmly: the next size");
        assertTrue(cells("#ladder-taken").get(0).contains("Step 1: Something I enjoyed today"), cells("#ladder-taken").toString());
        assertTrue(cells("#ladder-taken").get(0).contains("Landed: warmly"));
        assertEquals("", robot.lookup("#ladder-what").queryAs(TextArea.class).getText(), "the form is ready again");

        PageScroll.clickInView(robot, "#ladder-what").write("The lake we went to when I was eight");
        PageScroll.clickInView(robot, "#ladder-neutral");
        PageScroll.clickInView(robot, "#ladder-save");
        driver.settle();
        assertEquals("Step 2 of 5: A little of me", label("#ladder-rung"), "a quiet landing: the same size");
        assertEquals(2L, ((Number) driver.value("SELECT count(*) FROM disclosure_step_taken")).longValue());

        // Taken today, how it landed not known yet: kept, and "How did it go?" asks for it.
        PageScroll.clickInView(robot, "#ladder-what").write("Told him about the allotment");
        javafx.scene.control.DatePicker day = robot.lookup("#ladder-day").queryAs(javafx.scene.control.DatePicker.class);
        robot.interact(() -> day.getEditor().setText(commonground.shell.Dates.day(LocalDate.now().minusDays(1))));
        PageScroll.clickInView(robot, "#ladder-save");
        driver.settle();
        assertTrue(label("#ladder-message").startsWith("Kept. How it landed can wait"), label("#ladder-message"));
        assertEquals(3L, ((Number) driver.value("SELECT count(*) FROM disclosure_step_taken")).longValue());
        assertEquals(null, driver.value("SELECT landed FROM disclosure_step_taken WHERE what LIKE '%allotment%'"));
        assertTrue(cells("#ladder-taken").get(2).contains("How it landed: not said yet"), cells("#ladder-taken").toString());
        assertTrue(robot.lookup("#ladder-follow-up").query().isVisible());
        assertTrue(label("#ladder-asked").contains("Told him about the allotment"), label("#ladder-asked"));
        PageScroll.clickInView(robot, "#ladder-answer-warmly");
        driver.settle();
        assertEquals("WARMLY", driver.value("SELECT landed FROM disclosure_step_taken WHERE what LIKE '%allotment%'"));
        assertTrue(cells("#ladder-taken").get(2).contains("Landed: warmly"), cells("#ladder-taken").toString());

        // Edit from the list beside the form: what is being changed comes into view, with what is said about it.
        javafx.scene.control.ScrollPane form = robot.lookup("#ladder-scroll").queryAs(javafx.scene.control.ScrollPane.class);
        robot.interact(() -> form.setVvalue(0));
        PageScroll.clickInView(robot, "#ladder-what").write("Half a thought");
        robot.interact(() -> form.setVvalue(0));
        robot.clickOn(cells("#ladder-taken").get(0).split("\n")[0]);
        robot.clickOn("#ladder-edit");
        driver.settle();
        assertEquals("The lake we went to when I was eight", robot.lookup("#ladder-what").queryAs(TextArea.class).getText());
        for (String part : List.of("#ladder-editing", "#ladder-what", "#ladder-save")) {
            javafx.geometry.Bounds seen = form.localToScene(form.getLayoutBounds());
            javafx.geometry.Bounds b = robot.lookup(part).query().localToScene(robot.lookup(part).query().getLayoutBounds());
            assertTrue(b.getMinY() >= seen.getMinY() - 1 && b.getMaxY() <= seen.getMaxY() + 1,
                    part + " in view after Edit: " + b + " within " + seen);
        }
        assertTrue(label("#ladder-editing").startsWith("Changing the step of"), label("#ladder-editing"));
        robot.clickOn("#ladder-cancel-edit");
        driver.settle();
        assertEquals("Half a thought", robot.lookup("#ladder-what").queryAs(TextArea.class).getText(),
                "the new step being written is kept through the edit");
    }

    @Test
    void theDadIllPlanOpensWhoKnowsWhatWhichKeepsWhoWasToldAndWhoStillNeedsToHearIt() throws Exception {
        robot.clickOn("#nav-scenarios");
        driver.settle();
        robot.clickOn(".open-run");
        driver.settle();
        robot.clickOn("#summary-who-knows");
        driver.settle();
        assertTrue(robot.lookup("#who-knows-view").query().isVisible());
        assertEquals("Dad's illness", robot.lookup("#who-knows-new-title").queryAs(TextField.class).getText());
        robot.clickOn("#who-knows-create");
        driver.settle();
        PageScroll.clickInView(robot, "#who-knows-private").write("Nothing about the scans to his sister yet.");
        PageScroll.clickInView(robot, "#who-knows-save-private");
        driver.settle();
        PageScroll.clickInView(robot, "#who-knows-name").write("Aunt Ruth");
        PageScroll.clickInView(robot, "#who-knows-knows").write("He is in hospital for tests");
        PageScroll.clickInView(robot, "#who-knows-told-by").write("Mum");
        PageScroll.clickInView(robot, "#who-knows-add");
        driver.settle();
        assertEquals("Kept. Aunt Ruth knows.", label("#who-knows-message"));
        PageScroll.clickInView(robot, "#who-knows-name").write("Uncle Tom");
        PageScroll.clickInView(robot, "#who-knows-still-to-tell");
        PageScroll.clickInView(robot, "#who-knows-add");
        driver.settle();

        assertTrue(cells("#who-knows-told").get(0).startsWith("Aunt Ruth  ·  told "), cells("#who-knows-told").toString());
        assertTrue(cells("#who-knows-told").get(0).contains("by Mum\nKnows: He is in hospital for tests"));
        assertEquals(List.of("Uncle Tom"), cells("#who-knows-to-tell"));
        Map<String, Object> news = driver.query("SELECT scenario_id, title, keep_private FROM news_situation").get(0);
        assertEquals(List.of("dad-ill", "Dad's illness", "Nothing about the scans to his sister yet."),
                List.of(news.get("scenario_id"), news.get("title"), news.get("keep_private")));
        assertEquals(List.of("Aunt Ruth|He is in hospital for tests|Mum|" + LocalDate.now(), "Uncle Tom|||null"),
                driver.query("SELECT name, knows, told_by, told_on FROM news_told ORDER BY id").stream()
                        .map(r -> r.get("name") + "|" + r.get("knows") + "|" + r.get("told_by") + "|" + r.get("told_on"))
                        .toList());

        // Entries are set apart: the "Knows:" line sits closer to its own name than to the next one.
        PageScroll.clickInView(robot, "#who-knows-name").write("Cousin Jo");
        PageScroll.clickInView(robot, "#who-knows-add");
        driver.settle();
        List<javafx.scene.Node> heads = List.copyOf(robot.lookup("#who-knows-told .entry-head").queryAll());
        javafx.scene.Node knows = robot.lookup("#who-knows-told .entry-detail").query();
        double within = heads.get(0).localToScene(heads.get(0).getLayoutBounds()).getMaxY();
        double detailTop = knows.localToScene(knows.getLayoutBounds()).getMinY();
        double detailBottom = knows.localToScene(knows.getLayoutBounds()).getMaxY();
        double nextTop = heads.stream().mapToDouble(h -> h.localToScene(h.getLayoutBounds()).getMinY())
                .filter(y -> y > detailBottom).min().orElseThrow();
        assertTrue(nextTop - detailBottom >= (detailTop - within) + 10,
                "between entries " + (nextTop - detailBottom) + " px, within one " + (detailTop - within) + " px");

        robot.clickOn("Uncle Tom");
        robot.clickOn("#who-knows-mark-told");
        driver.settle();
        assertTrue(cells("#who-knows-to-tell").isEmpty());
        assertEquals(LocalDate.now().toString(), driver.value("SELECT told_on FROM news_told WHERE name = 'Uncle Tom'"));

        robot.clickOn("#nav-scenarios");
        driver.settle();
        robot.clickOn("#summary-who-knows");
        driver.settle();
        Object shown = robot.lookup("#who-knows-situation").queryAs(javafx.scene.control.ComboBox.class).getValue();
        assertEquals("Dad's illness", ((NewsSituation) shown).title(), "the plan finds its situation again");
        assertEquals(1L, ((Number) driver.value("SELECT count(*) FROM news_situation")).longValue());
    }
}
