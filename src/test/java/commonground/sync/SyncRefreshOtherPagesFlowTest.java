package commonground.sync;

import commonground.app.AppTest;
import commonground.longgame.GoodMomentRepository;
import commonground.longgame.TimelineEntry;
import commonground.people.PeopleRepository;
import commonground.people.Person;
import commonground.people.Relationship;
import commonground.storage.sync.SyncTestComputers;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Pages other than Home and Reflection show what a sync brought while they are open (decision
 * 0026): People lists a person added on the other computer with the person chosen and what is being
 * typed left as it is; Cues offers them in its picker with the person chosen kept; the long game's
 * Good moments shows a moment kept there in the timeline, with the moment being written here kept.
 */
class SyncRefreshOtherPagesFlowTest extends AppTest {

    @TempDir
    Path elsewhere;
    private SyncTestComputers computers;

    @AfterEach
    void closeTheOtherComputer() {
        if (computers != null) {
            computers.close();
        }
    }

    @SuppressWarnings("unchecked")
    private ListView<Person> people() {
        return robot.lookup("#people-list").queryAs(ListView.class);
    }

    @SuppressWarnings("unchecked")
    private ComboBox<Person> cuesPerson() {
        return robot.lookup("#cues-person").queryAs(ComboBox.class);
    }

    private void addOnTheDesktop(String name) throws Exception {
        new PeopleRepository(computers.desktop.db).add(name, Relationship.OTHER, "");
        assertTrue(computers.desktop.sync.syncNow().ok());
        driver.syncAsTheTimerDoes();
    }

    @Test
    void peopleAndCuesShowAPersonAddedOnTheOtherComputerKeepingTheChoiceAndTheTyping() throws Exception {
        computers = SyncTestComputers.beside(dataDir, elsewhere, "Dropbox");
        PeopleRepository here = new PeopleRepository(computers.laptop.db);
        here.add("Dad", Relationship.PARENT, "Likes the radio on");
        here.add("Sam", Relationship.PARTNER, "");
        computers.started();
        computers.laptop.close();
        startApp();

        robot.clickOn("#nav-people");
        driver.settleWhen("the list", () -> people().getItems().size() == 2);
        robot.clickOn("Dad");
        driver.settle();
        robot.clickOn("#person-note");
        robot.write(". Quiet since the hospital");
        String typed = robot.lookup("#person-note").queryAs(TextArea.class).getText();

        addOnTheDesktop("Aunt Ruth");
        driver.settleWhen("Aunt Ruth in the list", () -> people().getItems().stream()
                .anyMatch(p -> p.name().equals("Aunt Ruth")));
        assertEquals("Dad", people().getSelectionModel().getSelectedItem().name(), "the person chosen stays chosen");
        assertEquals("Dad", robot.lookup("#person-name").queryAs(TextField.class).getText());
        assertEquals(typed, robot.lookup("#person-note").queryAs(TextArea.class).getText(),
                "what is being typed stays");

        robot.clickOn("#nav-cues");
        driver.settleWhen("the picker", () -> cuesPerson().getItems().size() == 3);
        robot.interact(() -> cuesPerson().getSelectionModel().select(
                cuesPerson().getItems().stream().filter(p -> p.name().equals("Sam")).findFirst().orElseThrow()));
        driver.settle();
        addOnTheDesktop("Grandad");
        driver.settleWhen("Grandad in the picker", () -> cuesPerson().getItems().stream()
                .anyMatch(p -> p.name().equals("Grandad")));
        assertEquals("Sam", cuesPerson().getValue().name(), "the person chosen in Cues stays chosen");

        robot.clickOn("#nav-longgame");
        driver.settle();
        robot.clickOn("#tab-good-moments");
        driver.settleWhen("the person picker", () -> momentPerson().getItems().size() == 4);
        robot.interact(() -> momentPerson().getSelectionModel().select(
                momentPerson().getItems().stream().filter(p -> p.name().equals("Sam")).findFirst().orElseThrow()));
        driver.settle();
        robot.clickOn("#moment-what").write("We cooked together");
        long samThere = computers.desktop.db.read(c -> {
            try (var ps = c.prepareStatement("SELECT id FROM person WHERE name = 'Sam'"); var rs = ps.executeQuery()) {
                return rs.getLong(1);
            }
        });
        new GoodMomentRepository(computers.desktop.db).add(samThere, java.time.LocalDate.now().minusDays(1),
                "Sam laughed at the old photos", "", "");
        assertTrue(computers.desktop.sync.syncNow().ok());
        driver.syncAsTheTimerDoes();
        driver.settleWhen("the desktop's good moment in the timeline", () -> momentTimeline().getItems().stream()
                .anyMatch(e -> e.text().contains("Sam laughed at the old photos")));
        assertEquals("Sam", momentPerson().getValue().name());
        assertEquals("We cooked together", robot.lookup("#moment-what").queryAs(TextInputControl.class).getText(),
                "the moment being written stays");
    }

    @SuppressWarnings("unchecked")
    private ComboBox<Person> momentPerson() {
        return robot.lookup("#moment-person").queryAs(ComboBox.class);
    }

    @SuppressWarnings("unchecked")
    private ListView<TimelineEntry> momentTimeline() {
        return robot.lookup("#moment-timeline").queryAs(ListView.class);
    }
}
