package commonground.people;

import commonground.app.WholeAppTest;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Adding, renaming and removing people through the screen, checked against the database. */
class PeopleFlowTest extends WholeAppTest {

    @BeforeEach
    void openTheModule() throws Exception {
        robot.clickOn("#nav-people");
        driver.settle();
    }

    @SuppressWarnings("unchecked")
    private ListView<Person> list() {
        return robot.lookup("#people-list").queryAs(ListView.class);
    }

    private void add(String name, Relationship relationship, String note) throws Exception {
        robot.clickOn("#add-person");
        robot.clickOn("#person-name").write(name);
        @SuppressWarnings("unchecked")
        ComboBox<Relationship> combo = robot.lookup("#person-relationship").queryAs(ComboBox.class);
        robot.clickOn(combo);
        robot.clickOn(relationship.label());
        if (!note.isEmpty()) {
            robot.clickOn("#person-note").write(note);
        }
        robot.clickOn("#save-person");
        driver.settle();
    }

    @Test
    void addRenameAndArchiveAPerson() throws Exception {
        assertTrue(list().getItems().isEmpty());
        add("Mum", Relationship.PARENT, "Loves the garden");
        add("Jonas", Relationship.PARTNER, "");
        assertEquals(List.of("Jonas", "Mum"), list().getItems().stream().map(Person::name).toList());
        List<Map<String, Object>> rows = driver.query(
                "SELECT name, relationship, note, archived_at FROM person ORDER BY name");
        assertEquals(2, rows.size());
        assertEquals("PARTNER", rows.get(0).get("relationship"));
        assertEquals("Loves the garden", rows.get(1).get("note"));

        // Rename Mum.
        robot.clickOn("Mum");
        TextField name = robot.lookup("#person-name").queryAs(TextField.class);
        assertEquals("Mum", name.getText());
        robot.doubleClickOn(name).eraseText(3).write("Mam");
        robot.clickOn("#save-person");
        driver.settle();
        assertEquals("Mam", driver.value("SELECT name FROM person WHERE relationship = 'PARENT'"));
        assertTrue(list().getItems().stream().anyMatch(p -> p.name().equals("Mam")));

        // Remove asks first; archiving keeps the row.
        robot.clickOn("Mam");
        robot.clickOn("#remove-person");
        assertTrue(robot.lookup("Remove Mam?").tryQuery().isPresent(), "removing asks first");
        robot.clickOn("Archive");
        driver.settle();
        assertEquals(List.of("Jonas"), list().getItems().stream().map(Person::name).toList());
        assertNotNull(driver.value("SELECT archived_at FROM person WHERE name = 'Mam'"));

        // Archived people can be seen and restored.
        robot.clickOn("#show-archived");
        driver.settle();
        assertEquals(List.of("Mam"), list().getItems().stream().map(Person::name).toList());
        robot.clickOn("Mam");
        robot.clickOn("#restore-person");
        driver.settle();
        robot.clickOn("#show-archived");
        driver.settle();
        assertEquals(List.of("Jonas", "Mam"), list().getItems().stream().map(Person::name).toList());
        assertEquals(0L, ((Number) driver.value("SELECT count(*) FROM person WHERE archived_at IS NOT NULL"))
                .longValue());
    }

    @Test
    void cancellingARemovalChangesNothingAndDeletingAsksFirst() throws Exception {
        add("Theo", Relationship.FRIEND, "");
        robot.clickOn("Theo");
        robot.clickOn("#remove-person");
        robot.type(javafx.scene.input.KeyCode.ENTER); // Enter keeps them: Cancel is the default
        driver.settle();
        assertEquals(1L, ((Number) driver.value("SELECT count(*) FROM person WHERE archived_at IS NULL")).longValue());
        robot.clickOn("#remove-person");
        robot.clickOn("Cancel");
        driver.settle();
        assertEquals(1L, ((Number) driver.value("SELECT count(*) FROM person")).longValue());
        assertEquals(1, list().getItems().size());

        robot.clickOn("Theo");
        robot.clickOn("#remove-person");
        robot.clickOn("Delete");
        driver.settle();
        assertEquals(0L, ((Number) driver.value("SELECT count(*) FROM person")).longValue());
        assertTrue(list().getItems().isEmpty());
    }

    @Test
    void ctrlNStartsANewPersonWithTheKeyboardAlone() throws Exception {
        robot.press(javafx.scene.input.KeyCode.CONTROL).press(javafx.scene.input.KeyCode.N)
                .release(javafx.scene.input.KeyCode.N).release(javafx.scene.input.KeyCode.CONTROL);
        assertTrue(robot.lookup("#person-name").queryAs(TextField.class).isFocused());
        assertTrue(robot.lookup("#save-person").queryAs(Button.class).isDisabled(),
                "Save is off until there is a name (the rules are in PeopleViewModelTest)");
        robot.write("Ana");
        robot.press(javafx.scene.input.KeyCode.ENTER).release(javafx.scene.input.KeyCode.ENTER);
        driver.settle();
        assertEquals("Ana", driver.value("SELECT name FROM person"));
    }

    @Test
    void homeShowsWhoWasAddedRecently() throws Exception {
        add("Bea", Relationship.FRIEND, "");
        robot.clickOn("#nav-home");
        driver.settle();
        assertTrue(robot.lookup("Added Bea").tryQuery().isPresent());
        robot.clickOn("Added Bea");
        assertTrue(robot.lookup("#people-view").tryQuery().isPresent());
    }

    @Test
    void peopleAreStillThereAfterARestart() throws Exception {
        add("Ida", Relationship.CHILD, "");
        driver.restart();
        robot.clickOn("#nav-people");
        driver.settle();
        assertEquals(List.of("Ida"), list().getItems().stream().map(Person::name).toList());
    }
    @Test
    void aNoteTypedIsKeptWhenSwitchingPersonLeavingAndRestarting() throws Exception {
        add("Dad", Relationship.PARENT, "Loves the cricket.");
        add("Sam", Relationship.PARTNER, "");
        robot.clickOn("Dad");
        robot.clickOn("#person-note").press(javafx.scene.input.KeyCode.END).release(javafx.scene.input.KeyCode.END)
                .write(" Asked about my job.");
        robot.clickOn("Sam");
        driver.settle();
        assertEquals("Loves the cricket. Asked about my job.", driver.value("SELECT note FROM person WHERE name = 'Dad'"));
        assertEquals("", driver.value("SELECT note FROM person WHERE name = 'Sam'"));
        javafx.scene.control.TextArea note = robot.lookup("#person-note").queryAs(javafx.scene.control.TextArea.class);
        assertEquals("", note.getText());

        robot.clickOn("Dad");
        assertEquals("Loves the cricket. Asked about my job.", note.getText());
        robot.clickOn(note).press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.END)
                .release(javafx.scene.input.KeyCode.END, javafx.scene.input.KeyCode.CONTROL).write(" Radio on.");
        robot.clickOn("#nav-home");
        driver.settle();
        assertEquals("Loves the cricket. Asked about my job. Radio on.",
                driver.value("SELECT note FROM person WHERE name = 'Dad'"));

        driver.restart();
        robot.clickOn("#nav-people");
        driver.settle();
        robot.clickOn("Dad");
        assertEquals("Loves the cricket. Asked about my job. Radio on.",
                robot.lookup("#person-note").queryAs(javafx.scene.control.TextArea.class).getText());
    }
}
