package commonground.draft;

import commonground.app.AppDriver;
import commonground.app.WholeAppTest;
import javafx.scene.Node;
import commonground.people.PeopleRepository;
import commonground.people.Relationship;
import commonground.storage.Database;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
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

    @Override
    protected void prepareDataFolder() throws Exception {
        try (Database db = Database.open(dataDir.resolve(Database.FILE_NAME))) {
            new PeopleRepository(db).add("Alex", Relationship.PARTNER, "");
            new PeopleRepository(db).add("Dad", Relationship.PARENT, "");
        }
    }

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

    /**
     * A newcomer wrote to Alex and then wanted to write to Dad: New draft keeps the first, both are
     * there after a restart with their people, and Delete asks first (Enter keeps the draft).
     */
    @Test
    void twoDraftsToTwoPeopleAreKeptAndDeletingAsksFirst() throws Exception {
        robot.clickOn("#draft-person");
        robot.clickOn("Alex \u00b7 Partner");
        robot.clickOn("#draft-text").write("Alex, I loved our walk on Sunday.");
        robot.clickOn("#draft-new");
        driver.settle();
        TextArea area = robot.lookup("#draft-text").queryAs(TextArea.class);
        assertEquals("", area.getText(), "a new, empty draft");
        assertEquals("Your draft to Alex is kept in the list above.",
                robot.lookup("#draft-saved").queryAs(Label.class).getText());
        robot.clickOn("#draft-person");
        robot.clickOn("Dad \u00b7 Parent");
        robot.clickOn("#draft-text").write("Dad, shall we look at the photos?");
        driver.settleWhenSaved("Dad, shall we look at the photos?", "SELECT d.body FROM message_draft d "
                + "JOIN person p ON p.id = d.person_id WHERE p.name = 'Dad'");
        assertEquals("Alex, I loved our walk on Sunday.", driver.value("SELECT d.body FROM message_draft d "
                + "JOIN person p ON p.id = d.person_id WHERE p.name = 'Alex'"));

        driver.restart();
        robot.clickOn("#nav-draft");
        driver.settle();
        area = robot.lookup("#draft-text").queryAs(TextArea.class);
        assertEquals("Dad, shall we look at the photos?", area.getText(), "the draft changed last opens");
        assertEquals("Dad \u00b7 Parent", shownPerson());
        ListView<?> list = robot.lookup("#draft-list").queryAs(ListView.class);
        List<String> rows = rows();
        assertEquals(2, rows.size(), rows.toString());
        assertTrue(rows.get(0).startsWith("To Dad \u00b7 today at ") && rows.get(0).endsWith(
                "\nDad, shall we look at the photos?"), rows.get(0));
        assertTrue(rows.get(1).startsWith("To Alex \u00b7 ") && rows.get(1).endsWith(
                "\nAlex, I loved our walk on Sunday."), rows.get(1));
        robot.clickOn(cell(1));
        driver.settle();
        assertEquals("Alex, I loved our walk on Sunday.", area.getText());
        assertEquals("Alex \u00b7 Partner", shownPerson());
        assertEquals(1, list.getSelectionModel().getSelectedIndex());

        robot.clickOn("#draft-delete");
        driver.settleWhen("the question", () -> robot.lookup("Delete this draft?").tryQuery().isPresent());
        assertTrue(robot.lookup(".dialog-pane .label").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().startsWith("Your draft to Alex, \u201cAlex, I loved our walk on Sunday."
                        + "\u201d, will be deleted")), "the question names the draft");
        robot.type(javafx.scene.input.KeyCode.ENTER);
        driver.settle();
        assertEquals(2L, ((Number) driver.value("SELECT count(*) FROM message_draft")).longValue(),
                "Enter keeps the draft");
        assertEquals("Alex, I loved our walk on Sunday.", area.getText());
        robot.clickOn("#draft-delete");
        driver.settleWhen("the question", () -> robot.lookup("Delete it").tryQuery().isPresent());
        robot.clickOn("Delete it");
        driver.settleWhenSaved(1L, "SELECT count(*) FROM message_draft");
        assertEquals("Dad, shall we look at the photos?", area.getText(), "the other draft opens");
        assertEquals(1, rows().size());
    }

    /** The list's rows as a person reads them, top to bottom. */
    private List<String> rows() {
        return robot.lookup("#draft-list .list-cell").queryAllAs(ListCell.class).stream()
                .filter(c -> !c.isEmpty() && c.getText() != null).sorted(java.util.Comparator.comparingInt(
                        ListCell::getIndex)).map(ListCell::getText).toList();
    }

    private ListCell<?> cell(int index) {
        return robot.lookup("#draft-list .list-cell").queryAllAs(ListCell.class).stream()
                .filter(c -> c.getIndex() == index && !c.isEmpty()).findFirst().orElseThrow();
    }

    private String shownPerson() {
        ComboBox<?> box = robot.lookup("#draft-person").queryAs(ComboBox.class);
        return box.getButtonCell().getText();
    }
}
