package commonground.longgame;

import commonground.app.AppDriver;
import commonground.app.WholeAppTest;
import commonground.cues.PageScroll;
import commonground.practice.Conversation;
import commonground.shell.Dates;
import javafx.scene.Node;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Coming back to a practice as a person would: finish the "I'm fine" drill, type today as the day
 * to come back on its debrief, find it on Home after a restart, open it (the same debrief), answer
 * "How did it go?", and it leaves Home; the answer shows on the debrief, also after a restart.
 */
class PracticeComeBackFlowTest extends WholeAppTest {

    private List<String> lines(String section) {
        return robot.lookup(section + " .hyperlink").queryAllAs(Hyperlink.class).stream().map(Hyperlink::getText)
                .toList();
    }

    private String text(String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private void finishTheDrill() throws Exception {
        robot.clickOn("#nav-practice");
        ListView<?> offers = robot.lookup("#practice-offers").queryAs(ListView.class);
        driver.settleWhen("the conversations to be listed", () -> !offers.getItems().isEmpty());
        int drill = -1;
        for (int i = 0; i < offers.getItems().size(); i++) {
            if (((Conversation) offers.getItems().get(i)).id().equals("im-fine")) {
                drill = i;
            }
        }
        assertTrue(drill >= 0, "the \"I'm fine\" drill is offered");
        int at = drill;
        AppDriver.onFx(() -> offers.scrollTo(at));
        driver.settle();
        robot.clickOn(robot.lookup("#practice-offers .list-cell").match((ListCell<?> c) -> c.getItem() != null
                && c.getIndex() == at).<Node>query());
        driver.settleWhen("the drill to be chosen", () -> offers.getSelectionModel().getSelectedIndex() == at);
        robot.clickOn("#practice-start");
        driver.settle();
        for (int reply : new int[] {2, 3, 2}) {
            robot.clickOn("#practice-reply-" + reply);
            driver.settle();
        }
        robot.clickOn("#practice-debrief");
        driver.settle();
    }

    @Test
    void aDayChosenOnTheDebriefShowsOnHomeOpensThePracticeAndItsAnswerIsKept() throws Exception {
        finishTheDrill();
        assertTrue(robot.lookup("#practice-debrief-view #come-back-field").query().isVisible(),
                "the day to come back is offered at the end of the practice");
        DatePicker day = robot.lookup("#practice-debrief-view #come-back-day").queryAs(DatePicker.class);
        assertEquals(LocalDate.now().plusWeeks(1), day.getValue(), "suggested a week on");
        assertEquals(0L, ((Number) driver.value("SELECT count(*) FROM come_back")).longValue(), "nothing kept yet");

        PageScroll.clickInView(robot, "#come-back-day");
        robot.interact(() -> day.getEditor().setText(Dates.day(LocalDate.now())));
        PageScroll.clickInView(robot, "#come-back-keep");
        driver.settle();
        Map<String, Object> row = driver.query("SELECT cb.kind, cb.due_on, s.id, s.title FROM come_back cb "
                + "JOIN practice_session s ON s.uuid = cb.item_uuid").get(0);
        assertEquals("PRACTICE", row.get("kind"));
        assertEquals(LocalDate.now().toString(), row.get("due_on"), "the day typed is kept");
        long sessionId = ((Number) row.get("id")).longValue();
        String about = LongGameFixture.practiceAbout((String) row.get("title"));
        assertEquals("A practice of \u201cI'm fine\u201d", about, "the title without its own quotes");

        driver.restart();
        assertEquals(List.of(about), lines("#due-coming-up"), "on Home after a restart");
        robot.clickOn(robot.lookup("#due-coming-up .hyperlink").queryAs(Hyperlink.class));
        driver.settle();
        assertEquals(about, text("#come-back-about"));
        robot.clickOn("#come-back-open-item");
        driver.settle();
        assertTrue(robot.lookup("#practice-debrief-view").query().isVisible(), "Open it shows the practice's debrief");
        assertEquals(3, robot.lookup("#debrief-entries").queryAs(javafx.scene.layout.VBox.class).getChildren().size(),
                "that session's three replies");
        assertTrue(text("#debrief-ending").equals("The door stays open"), text("#debrief-ending"));

        robot.clickOn("#nav-longgame");
        driver.settle();
        assertEquals(about, text("#come-back-about"), "How did it go? is still about that practice");
        robot.clickOn("#come-back-answer").write("I waited, and he told me about work.");
        robot.clickOn("#come-back-revisit");
        driver.settle();
        assertEquals("I waited, and he told me about work.", driver.value("SELECT cb.answer FROM come_back cb "
                + "JOIN practice_session s ON s.uuid = cb.item_uuid WHERE s.id = ?", sessionId));

        robot.clickOn("#nav-home");
        driver.settle();
        assertTrue(robot.lookup("#due-coming-up").tryQuery().isEmpty(), "answered: it leaves Home");

        driver.restart();
        assertTrue(robot.lookup("#due-items .hyperlink").queryAllAs(Hyperlink.class).isEmpty(), "still gone after a restart");
        robot.clickOn("#nav-practice");
        ListView<?> sessions = robot.lookup("#practice-sessions").queryAs(ListView.class);
        driver.settleWhen("the session to be listed", () -> !sessions.getItems().isEmpty());
        AppDriver.onFx(() -> sessions.scrollTo(0));
        driver.settle();
        robot.doubleClickOn(robot.lookup("#practice-sessions .list-cell").match((ListCell<?> c) -> c.getItem() != null
                && c.getIndex() == 0).<Node>query());
        driver.settle();
        String answered = text("#practice-debrief-view #come-back-answered");
        assertEquals("You came back to this on " + Dates.day(LocalDate.now())
                + ". How it went: \u201cI waited, and he told me about work.\u201d", answered,
                "the answer is found on the practice itself");
    }
}
