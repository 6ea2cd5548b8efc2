package commonground.practice;

import commonground.app.AppDriver;
import commonground.app.WholeAppTest;
import commonground.content.Practices;
import commonground.people.PeopleRepository;
import commonground.people.Person;
import commonground.people.Relationship;
import commonground.storage.Database;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The kept practice sessions, as a person uses them: a session opens with the Open button (and
 * Enter), and is deleted with Delete after a question whose default, Enter, keeps it; Delete in
 * the question takes it from the screen and from the database.
 */
class PracticeSessionsFlowTest extends WholeAppTest {

    @Override
    protected void prepareDataFolder() throws Exception {
        Practices practices = Practices.load();
        try (Database db = Database.open(dataDir.resolve(Database.FILE_NAME))) {
            Person dad = new PeopleRepository(db).add("Dad", Relationship.PARENT, "");
            Conversation imFine = new PracticeLibrary(new PracticeTextRepository(db), () -> practices).offers()
                    .stream().filter(c -> c.id().equals("im-fine")).findFirst().orElseThrow();
            PracticeRepository sessions = new PracticeRepository(db);
            PracticeSession s = sessions.start(imFine, "Dad", dad.id(), List.of());
            sessions.addMove(s.id(), 0, new Move(imFine.turns().get(0).id(), null,
                    "You went quiet after the call. I'm here.", Effect.OPENS, List.of(), List.of(), 2));
        }
    }

    @SuppressWarnings("unchecked")
    private ListView<PracticeSession> sessions() {
        return robot.lookup("#practice-sessions").queryAs(ListView.class);
    }

    private long kept() throws Exception {
        return ((Number) driver.value("SELECT count(*) FROM practice_session")).longValue();
    }

    /** Opens Practise with its shortcut and brings the kept sessions into view. */
    private void openSessions() throws Exception {
        AppDriver.shortcut(robot, KeyCode.DIGIT8);
        driver.settleWhen("the kept session to be listed", () -> sessions().getItems().size() == 1);
        ScrollPane page = (ScrollPane) robot.lookup("#practice-list .page-scroll").query();
        AppDriver.onFx(() -> page.setVvalue(1));
        driver.settle();
    }

    private void chooseTheSession() throws Exception {
        Node cell = robot.lookup("#practice-sessions .list-cell").match((ListCell<?> c) -> c.getItem() != null).query();
        robot.clickOn(cell);
        driver.settleWhen("the session to be chosen", () -> sessions().getSelectionModel().getSelectedItem() != null);
    }

    @Test
    void aSessionOpensWithOpenAndIsDeletedAfterAQuestionThatEnterAnswersWithCancel() throws Exception {
        openSessions();
        assertTrue(robot.lookup("#practice-session-open").queryAs(Button.class).isDisabled(), "nothing chosen yet");
        assertTrue(robot.lookup("#practice-session-delete").queryAs(Button.class).isDisabled());

        chooseTheSession();
        robot.clickOn("#practice-session-open");
        driver.settleWhen("the debrief to show", () -> robot.lookup("#practice-debrief-view").tryQuery()
                .map(Node::isVisible).orElse(false));
        Label first = (Label) robot.lookup("#debrief-entry-1 .label").query();
        assertTrue(first.getText().startsWith("Dad said: \u201c"), "the debrief names who spoke: " + first.getText());
        robot.clickOn("#debrief-back");
        driver.settleWhen("the list to show again", () -> robot.lookup("#practice-sessions").tryQuery()
                .map(Node::isVisible).orElse(false) && sessions().getItems().size() == 1);

        openSessions();
        chooseTheSession();
        robot.clickOn("#practice-session-delete");
        driver.settle();
        Label question = (Label) robot.lookup(".dialog-pane").queryAs(javafx.scene.control.DialogPane.class).getContent();
        assertTrue(question.getText().contains("I'm fine") && question.getText().contains("Dad"),
                "names the practice and who it was with: " + question.getText());
        robot.type(KeyCode.ENTER);
        driver.settle();
        assertEquals(1L, kept(), "Enter keeps it");
        assertEquals(1, sessions().getItems().size());

        robot.clickOn("#practice-session-delete");
        driver.settle();
        robot.clickOn("Delete");
        driver.settleWhen("the session to leave the list", () -> sessions().getItems().isEmpty());
        assertEquals(0L, kept());
        assertEquals(0L, ((Number) driver.value("SELECT count(*) FROM practice_move")).longValue());
        String said = robot.lookup("#practice-session-message").queryAs(Label.class).getText();
        assertTrue(said.startsWith("Deleted: ") && said.contains("Dad"), said);
        assertFalse(robot.lookup(".dialog-pane").tryQuery().isPresent(), "the question closed");
    }
}
