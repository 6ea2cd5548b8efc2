package commonground.draft;

import commonground.app.AppDriver;
import commonground.app.WholeAppTest;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Typing a judgment into "Draft a message", seeing it marked and explained, and rewriting it. */
class DraftFlowTest extends WholeAppTest {

    @BeforeEach
    void openTheModule() throws Exception {
        robot.clickOn("#nav-draft");
        driver.settle();
    }

    private List<String> flaggedPhrases() {
        TextFlow marked = robot.lookup("#draft-marked").queryAs(TextFlow.class);
        return marked.getChildren().stream().filter(n -> n.getStyleClass().contains("flagged"))
                .map(n -> ((Text) n).getText()).collect(Collectors.toList());
    }

    private int findingCards() {
        return robot.lookup("#draft-findings").queryAs(VBox.class).getChildren().size();
    }

    /** Waits until the coach has read the draft as it is now: the marked-up copy shows the same text. */
    private void waitForCoach() throws Exception {
        TextArea area = robot.lookup("#draft-text").queryAs(TextArea.class);
        TextFlow marked = robot.lookup("#draft-marked").queryAs(TextFlow.class);
        driver.settleWhen("the coach to read the draft", () -> marked.isVisible() && marked.getChildren().stream()
                .map(n -> ((Text) n).getText()).collect(Collectors.joining()).equals(area.getText()));
    }

    @Test
    void aJudgmentIsMarkedAndExplainedAndGoesAwayWhenRewritten() throws Exception {
        robot.clickOn("#draft-text").write("You're so selfish.");
        waitForCoach();
        assertEquals(1, flaggedPhrases().size(), "flagged: " + flaggedPhrases());
        assertTrue(flaggedPhrases().get(0).toLowerCase().contains("selfish"));
        assertEquals(1, findingCards());
        String card = robot.lookup("#draft-findings").queryAs(VBox.class).getChildren().get(0)
                .lookupAll(".label").stream().map(n -> ((Label) n).getText()).collect(Collectors.joining(" | "));
        assertTrue(card.contains("a judgment"), card);
        assertTrue(card.contains("Try:"), card);

        TextArea area = robot.lookup("#draft-text").queryAs(TextArea.class);
        AppDriver.onFx(area::clear);
        robot.clickOn(area).write("When plans change at the last minute, I feel disappointed. "
                + "Would you be open to deciding together next time?");
        waitForCoach();
        assertTrue(flaggedPhrases().isEmpty(), "flagged: " + flaggedPhrases());
        assertEquals(0, findingCards());
        assertFalse(robot.lookup("#draft-good-moves").queryAs(VBox.class).getChildren().isEmpty(),
                "good moves are named as encouragement");
        Label summary = robot.lookup("#draft-summary").queryAs(Label.class);
        assertTrue(summary.getText().startsWith("Nothing here"), summary.getText());
    }

    @Test
    void wordsAboutBeingHurtGetTheirOwnCalmHeadingAndAreNotMarkedAsAMistake() throws Exception {
        robot.clickOn("#draft-text").write("If you ever hit me again, we're done");
        waitForCoach();
        Label summary = robot.lookup("#draft-summary").queryAs(Label.class);
        assertTrue(summary.getText().startsWith("Your safety comes first."), summary.getText());
        assertFalse(summary.getText().startsWith("One phrase"), summary.getText());
        TextFlow marked = robot.lookup("#draft-marked").queryAs(TextFlow.class);
        List<Text> safety = marked.getChildren().stream().filter(n -> n.getStyleClass().contains("flagged-safety"))
                .map(n -> (Text) n).toList();
        assertFalse(safety.isEmpty(), "the words are marked calmly");
        assertTrue(safety.stream().noneMatch(Text::isUnderline), "no red underline as for a mistake");
        assertTrue(safety.stream().noneMatch(t -> t.getStyleClass().contains("flagged")));
        VBox cards = robot.lookup("#draft-findings").queryAs(VBox.class);
        assertTrue(cards.getChildren().stream().anyMatch(c -> c.getStyleClass().contains("finding-card-safety")),
                "the safety finding has its own card style");
    }

    @Test
    void theDraftIsKeptAfterARestart() throws Exception {
        robot.clickOn("#draft-text").write("I miss our walks.");
        driver.settleWhenSaved("I miss our walks.", "SELECT body FROM message_draft");
        driver.restart();
        robot.clickOn("#nav-draft");
        driver.settle();
        Node area = robot.lookup("#draft-text").query();
        assertEquals("I miss our walks.", ((TextArea) area).getText());
    }

    @Test
    void startAgainAsksBeforeClearingWordsAndEnterKeepsThem() throws Exception {
        robot.clickOn("#draft-text").write("I've missed our Sunday walks.");
        TextArea area = robot.lookup("#draft-text").queryAs(TextArea.class);
        robot.clickOn("#draft-clear");
        driver.settleWhen("the question", () -> robot.lookup("Start again?").tryQuery().isPresent());
        robot.type(javafx.scene.input.KeyCode.ENTER);
        driver.settle();
        assertEquals("I've missed our Sunday walks.", area.getText(), "Enter keeps what was written");
        robot.clickOn("#draft-clear");
        driver.settleWhen("the question", () -> robot.lookup("Clear it").tryQuery().isPresent());
        robot.clickOn("Clear it");
        driver.settle();
        assertEquals("", area.getText());
    }
}
