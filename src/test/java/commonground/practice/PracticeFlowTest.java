package commonground.practice;

import commonground.app.AppDriver;
import commonground.app.WholeAppTest;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.Test;

import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Practising as a person would: choosing replies to an ending and the debrief; typing a judgment
 * that visibly closes the other person, with the session still there after a restart; and
 * playing with the keyboard alone.
 */
class PracticeFlowTest extends WholeAppTest {

    private String says() {
        return robot.lookup("#character-says").queryAs(Label.class).getText();
    }

    private int openness() {
        return (Integer) robot.lookup("#posture-figure").query().getProperties().get("openness");
    }

    private String texts(String query) {
        Node node = robot.lookup(query).query();
        return node.lookupAll(".label").stream().map(n -> ((Label) n).getText()).collect(Collectors.joining(" | "));
    }

    private void openPractice() throws Exception {
        robot.clickOn("#nav-practice");
        driver.settleWhen("the conversations to be listed", () -> !robot.lookup("#practice-offers")
                .queryAs(ListView.class).getItems().isEmpty());
        chooseImFine();
    }

    /**
     * The "I'm fine" drill, which these flows play: since the ten conversations came in it is no
     * longer the first offer (the conversations are listed before the drills).
     */
    private void chooseImFine() throws Exception {
        ListView<?> offers = robot.lookup("#practice-offers").queryAs(ListView.class);
        int index = -1;
        for (int i = 0; i < offers.getItems().size(); i++) {
            if (((Conversation) offers.getItems().get(i)).id().equals("im-fine")) {
                index = i;
            }
        }
        assertTrue(index >= 0, "the I'm fine drill is offered");
        int chosen = index;
        AppDriver.onFx(() -> offers.getSelectionModel().select(chosen));
        driver.settle();
    }

    private void choose(int reply) throws Exception {
        robot.clickOn("#practice-reply-" + reply);
        driver.settle();
    }

    @Test
    void choosingQuietRepliesReachesTheOpenDoorAndTheDebrief() throws Exception {
        openPractice();
        robot.clickOn("#practice-start");
        driver.settle();
        assertEquals("\u201cI'm fine.\u201d", says());
        assertTrue(robot.lookup("#character-does").queryAs(Label.class).getText().contains("His jaw tightens"));
        int before = openness();

        choose(2);
        assertEquals("\u201cYeah. Long day. Work was... whatever.\u201d", says());
        assertEquals(before + 1, openness(), "the figure eases");
        choose(3);
        choose(2);
        assertTrue(robot.lookup("#practice-ending").query().isVisible());
        assertEquals("The door stays open", robot.lookup("#practice-ending-title").queryAs(Label.class).getText());

        robot.clickOn("#practice-debrief");
        driver.settle();
        assertEquals(3, robot.lookup("#debrief-entries").queryAs(VBox.class).getChildren().size(),
                () -> robot.lookup("#debrief-message").queryAs(Label.class).getText() + " / "
                        + robot.lookup("#debrief-ending").queryAs(Label.class).getText());
        String first = texts("#debrief-entry-1");
        assertTrue(first.contains("Opened them a little. Shows: Respond to what you notice, Wait for consent"), first);
        assertTrue(first.contains("A line to try:"), first);
        assertEquals("OPEN", driver.value("SELECT ending_kind FROM practice_session"));
        assertEquals(3L, ((Number) driver.value("SELECT count(*) FROM practice_move")).longValue());
    }

    @Test
    void aTypedJudgmentVisiblyClosesThemEndsTheTalkAndTheSessionIsThereAfterARestart() throws Exception {
        openPractice();
        robot.clickOn("#practice-start");
        driver.settle();
        int before = openness();

        robot.clickOn("#practice-typed").write("Why won't you just tell me what's wrong? You never talk to me.");
        AppDriver.shortcut(robot, KeyCode.ENTER);
        driver.settleWhen("the character to answer", () -> says().contains("Can I just eat?"));
        assertEquals(Math.max(0, before - 1), openness(), "the figure closes");
        assertEquals(PostureFigure.describe(openness()), robot.lookup("#posture-figure").query().getAccessibleText());
        String notes = texts("#practice-coach-notes");
        assertTrue(notes.startsWith("The coach noticed"), notes);
        String youSaid = robot.lookup("#practice-you-said").queryAs(Label.class).getText();
        assertTrue(youSaid.contains("You never talk to me"), youSaid);

        choose(1);
        assertEquals("The door closes for now", robot.lookup("#practice-ending-title").queryAs(Label.class).getText());
        robot.clickOn("#practice-debrief");
        driver.settleWhen("the coach's notes in the debrief", () -> texts("#debrief-entry-1").contains("Coach:"));
        String typed = texts("#debrief-entry-1");
        assertTrue(typed.contains("You typed: \u201cWhy won't you just tell me what's wrong? You never talk to me.\u201d"), typed);
        assertTrue(typed.contains("Closed them a little"), typed);
        assertEquals("Why won't you just tell me what's wrong? You never talk to me.",
                driver.value("SELECT typed FROM practice_move WHERE position = 0"));

        driver.restart();
        openPractice();
        ListView<?> sessions = robot.lookup("#practice-sessions").queryAs(ListView.class);
        driver.settleWhen("the kept session to be listed", () -> sessions.getItems().size() == 1);
        robot.clickOn("#practice-sessions");
        robot.type(KeyCode.DOWN);
        AppDriver.onFx(() -> sessions.getSelectionModel().select(0));
        robot.type(KeyCode.ENTER);
        driver.settle();
        assertEquals("The door closes for now", robot.lookup("#debrief-ending").queryAs(Label.class).getText());
        assertEquals(2, robot.lookup("#debrief-entries").queryAs(VBox.class).getChildren().size());
    }

    @Test
    void itCanBePlayedWithTheKeyboardAlone() throws Exception {
        AppDriver.shortcut(robot, KeyCode.DIGIT8);
        driver.settleWhen("the conversations to be listed", () -> !robot.lookup("#practice-offers")
                .queryAs(ListView.class).getItems().isEmpty());
        chooseImFine();
        AppDriver.alt(robot, KeyCode.S);
        driver.settleWhen("the first turn", () -> robot.lookup("#character-says").tryQuery().isPresent()
                && says().contains("I'm fine"));
        assertTrue(robot.lookup("#practice-reply-1").query().isFocused(), () -> "the first reply has the focus, not "
                + robot.lookup("#practice-reply-1").query().getScene().getFocusOwner());
        robot.type(KeyCode.DIGIT2);
        driver.settle();
        assertEquals("\u201cYeah. Long day. Work was... whatever.\u201d", says());
        robot.type(KeyCode.DIGIT3);
        driver.settle();
        robot.type(KeyCode.DIGIT2);
        driver.settle();
        assertTrue(robot.lookup("#practice-debrief").query().isFocused(), () -> "the way to the debrief has the focus, not "
                + robot.lookup("#practice-debrief").query().getScene().getFocusOwner());
        robot.type(KeyCode.ENTER);
        driver.settle();
        assertTrue(robot.lookup("#practice-debrief-view").query().isVisible());
        assertEquals("The door stays open", robot.lookup("#debrief-ending").queryAs(Label.class).getText());
        assertEquals("OPEN", driver.value("SELECT ending_kind FROM practice_session"));

        AppDriver.alt(robot, KeyCode.G);
        driver.settle();

        assertEquals("\u201cI'm fine.\u201d", says(), "Try again starts over");
        assertEquals(2L, ((Number) driver.value("SELECT count(*) FROM practice_session")).longValue());
    }
}
