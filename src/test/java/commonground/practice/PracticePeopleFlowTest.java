package commonground.practice;

import commonground.app.AppDriver;
import commonground.app.WholeAppTest;
import commonground.care.SafetyAnswer;
import commonground.people.PeopleRepository;
import commonground.people.Person;
import commonground.people.Pronouns;
import commonground.people.Relationship;
import commonground.storage.Database;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Practise with several people in People: the form starts with no one in particular and the
 * conversation's own character (never whoever comes first in People), a person with a long name
 * can be practised with, leaving a practice keeps the form as it was, and someone the user is
 * afraid of is refused plainly on every press. Dad put into the partner's conversation is told
 * so before Start and offered the one written for a parent.
 */
class PracticePeopleFlowTest extends WholeAppTest {

    static final String GREAT_AUNT = "Great-Aunt Margaretha Wilhelmina van der Berg-Oosterhuis of Little Chalfont";

    @Override
    protected void prepareDataFolder() throws Exception {
        try (Database db = Database.open(dataDir.resolve(Database.FILE_NAME))) {
            PeopleRepository people = new PeopleRepository(db);
            people.add("Dad", Relationship.PARENT, "", Pronouns.HE, null);
            people.add(GREAT_AUNT, Relationship.OTHER, "", Pronouns.SHE, null);
            people.add("Sam", Relationship.PARTNER, "", Pronouns.THEY, null);
            people.add("Sami", Relationship.FRIEND, "", Pronouns.SHE, SafetyAnswer.YES);
        }
    }

    @SuppressWarnings("unchecked")
    private ComboBox<Person> personBox() {
        return robot.lookup("#practice-person").queryAs(ComboBox.class);
    }

    private String nameField() {
        return robot.lookup("#practice-name").queryAs(TextField.class).getText();
    }

    private Conversation selected() {
        return (Conversation) robot.lookup("#practice-offers").queryAs(ListView.class).getSelectionModel().getSelectedItem();
    }

    private String personBoxText() {
        return ((javafx.scene.control.ListCell<?>) personBox().getButtonCell()).getText();
    }

    private void openWithShortcut() throws Exception {
        AppDriver.shortcut(robot, KeyCode.DIGIT8);
        ListView<?> offers = robot.lookup("#practice-offers").queryAs(ListView.class);
        driver.settleWhen("the conversations and people to be read", () -> !offers.getItems().isEmpty()
                && personBox().getItems().size() == 5);
    }

    private void choosePerson(String name) throws Exception {
        ComboBox<Person> box = personBox();
        Person p = box.getItems().stream().filter(x -> x != null && x.name().equals(name)).findFirst().orElseThrow();
        robot.clickOn(box);
        driver.settle();
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell").match((javafx.scene.control.ListCell<?> c) -> c.getItem() == p)
                .queryAs(javafx.scene.control.ListCell.class));
        driver.settleWhen(name + " to be chosen", () -> box.getValue() == p);
    }

    @Test
    void theFormStartsWithNoOneInParticularAndTheConversationsOwnName() throws Exception {
        openWithShortcut();
        assertNull(personBox().getValue(), "no one is chosen for the user");
        assertEquals("No one in particular", personBoxText());
        assertEquals(selected().character().name(), nameField());
    }

    @Test
    void aPersonWithALongNameCanBePractisedWithAndLeavingKeepsTheForm() throws Exception {
        openWithShortcut();
        choosePerson(GREAT_AUNT);
        assertTrue(nameField().startsWith("Great-Aunt Margaretha"), nameField());
        assertTrue(nameField().length() <= Persona.MAX_NAME, nameField());
        robot.clickOn("#practice-start");
        driver.settleWhen("the first turn", () -> robot.lookup("#character-says").tryQuery().isPresent());
        assertEquals("", robot.lookup("#practice-list-message").tryQuery().map(n -> ((Label) n).getText()).orElse(""));
        Object kept = driver.value("SELECT p.name FROM practice_session s JOIN person p ON p.id = s.person_id");
        assertEquals(GREAT_AUNT, kept);
        String characterName = (String) driver.value("SELECT character_name FROM practice_session");
        assertTrue(characterName.startsWith("Great-Aunt Margaretha") && characterName.endsWith("\u2026"), characterName);

        robot.clickOn("#practice-leave");
        driver.settleWhen("the list again", () -> robot.lookup("#practice-person").tryQuery().isPresent()
                && robot.lookup("#practice-person").query().isVisible());
        assertEquals(GREAT_AUNT, personBox().getValue().name(), "the person chosen stays chosen");
        assertTrue(personBoxText().startsWith("Great-Aunt"), personBoxText());
        assertEquals(characterName, nameField());
    }

    @Test
    void someoneTheUserIsAfraidOfIsRefusedPlainlyEveryTime() throws Exception {
        openWithShortcut();
        choosePerson("Sami");
        assertTrue(robot.lookup("#practice-safety-path").query().isVisible(), "the reason shows as soon as they are chosen");
        String text = robot.lookup("#practice-safety-text").queryAs(Label.class).getText();
        assertTrue(text.startsWith("Practising a conversation is not offered for Sami."), text);
        assertTrue(text.contains("not your fault"), text);
        for (int press = 1; press <= 3; press++) {
            robot.clickOn("#practice-start");
            driver.settle();
            String message = robot.lookup("#practice-list-message").queryAs(Label.class).getText();
            assertTrue(message.startsWith("Practice is not offered for Sami"), "press " + press + ": " + message);
            assertTrue(message.contains("Help and support (F1)"), message);
            assertTrue(robot.lookup("#practice-open-help").query().isFocused(), "press " + press + ": the way to Help is in reach");
            robot.clickOn("#practice-name");
        }
        assertEquals(0L, ((Number) driver.value("SELECT count(*) FROM practice_session")).longValue());
    }

    private void chooseOffer(String id) throws Exception {
        ListView<?> offers = robot.lookup("#practice-offers").queryAs(ListView.class);
        int at = -1;
        for (int i = 0; i < offers.getItems().size(); i++) {
            if (((Conversation) offers.getItems().get(i)).id().equals(id)) {
                at = i;
            }
        }
        int index = at;
        AppDriver.onFx(() -> offers.scrollTo(index));
        driver.settle();
        robot.clickOn(robot.lookup("#practice-offers .list-cell").match((javafx.scene.control.ListCell<?> c) -> c.getItem() != null
                && c.getIndex() == index).<javafx.scene.Node>query());
        driver.settleWhen(id + " to be chosen", () -> selected() != null && selected().id().equals(id));
    }

    @Test
    void dadInThePartnersConversationIsToldBeforeStartAndOfferedTheOneForAParent() throws Exception {
        openWithShortcut();
        chooseOffer("wont-talk-feelings");
        choosePerson("Dad");
        assertTrue(robot.lookup("#practice-fit").query().isVisible(), "the note shows before Start");
        String note = robot.lookup("#practice-fit-note").queryAs(Label.class).getText();
        assertTrue(note.startsWith("This conversation was written for a partner, and Dad is your parent"), note);
        String summary = robot.lookup("#practice-summary").queryAs(Label.class).getText();
        assertTrue(summary.startsWith("Dad lost his job"), "the summary speaks of Dad: " + summary);

        robot.clickOn("#practice-fit-dad-ill");
        driver.settleWhen("the conversation for a parent", () -> selected().id().equals("dad-ill"));
        assertEquals("Talking with a parent about telling others", robot.lookup("#practice-title").queryAs(Label.class).getText());
        assertTrue(!robot.lookup("#practice-fit").query().isVisible(), "nothing more to say once it fits");
        assertEquals("Dad", personBox().getValue().name(), "still kept with Dad");
        robot.clickOn("#practice-start");
        driver.settleWhen("the first turn", () -> robot.lookup("#character-says").tryQuery().isPresent());
        Object kept = driver.value("SELECT s.conversation_id || ' with ' || p.name FROM practice_session s"
                + " JOIN person p ON p.id = s.person_id ORDER BY s.id DESC LIMIT 1");
        assertEquals("dad-ill with Dad", kept);
        robot.clickOn("#practice-leave");
        driver.settleWhen("the list again", () -> robot.lookup("#practice-person").tryQuery().map(javafx.scene.Node::isVisible)
                .orElse(false));
    }
}
