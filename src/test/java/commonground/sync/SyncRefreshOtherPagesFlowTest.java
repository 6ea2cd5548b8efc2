package commonground.sync;

import commonground.cues.PageScroll;
import commonground.longgame.DisclosureRepository;
import commonground.longgame.GoodMomentRepository;
import commonground.longgame.Landing;
import commonground.longgame.TakenStep;
import commonground.longgame.ToldEntry;
import commonground.longgame.WhoKnowsRepository;
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
import org.junit.jupiter.api.Test;

import java.time.LocalDate;


import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Pages other than Home and Reflection show what a sync brought while they are open (decision
 * 0026): People lists a person added on the other computer with the person chosen and what is being
 * typed left as it is; Cues offers them in its picker with the person chosen kept; the long game's
 * Good moments shows a moment kept there in the timeline, with the moment being written here kept;
 * Going first and Who knows what list a step and a person added there, with the step or entry
 * being changed here still chosen and in the form as typed (decision 0032).
 */
class SyncRefreshOtherPagesFlowTest extends TwoComputersAppTest {


    @SuppressWarnings("unchecked")
    private ListView<Person> people() {
        return robot.lookup("#people-list").queryAs(ListView.class);
    }

    @SuppressWarnings("unchecked")
    private ComboBox<Person> cuesPerson() {
        return robot.lookup("#cues-person").queryAs(ComboBox.class);
    }

    private void addOnTheDesktop(String name) throws Exception {
        new PeopleRepository(computers().desktop.db).add(name, Relationship.OTHER, "");
        desktopSyncsThenTheApp();
    }

    @Test
    void eachOpenPageShowsWhatCameFromTheOtherComputerKeepingTheChoiceAndTheTyping() throws Exception {
        SyncTestComputers computers = computers();
        PeopleRepository here = new PeopleRepository(computers.laptop.db);
        here.add("Dad", Relationship.PARENT, "Likes the radio on");
        long sam = here.add("Sam", Relationship.PARTNER, "").id();
        new DisclosureRepository(computers.laptop.db).take(sam, LocalDate.now().minusDays(2), 1,
                "I said the song reminded me of our trip", Landing.NEUTRAL, "");
        WhoKnowsRepository news = new WhoKnowsRepository(computers.laptop.db);
        news.addTold(news.create("Dad's diagnosis", null, null).id(), "Aunt Jo", "That he is ill", "Mum",
                LocalDate.now().minusDays(1));
        startSyncingThenTheApp();

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
        desktopSyncsThenTheApp();
        driver.settleWhen("the desktop's good moment in the timeline", () -> momentTimeline().getItems().stream()
                .anyMatch(e -> e.text().contains("Sam laughed at the old photos")));
        assertEquals("Sam", momentPerson().getValue().name());
        assertEquals("We cooked together", robot.lookup("#moment-what").queryAs(TextInputControl.class).getText(),
                "the moment being written stays");

        // Going first: a step being changed stays in the form while one taken on the desktop comes in.
        robot.clickOn("#tab-ladder");
        driver.settleWhen("the ladder's picker", () -> ladderPerson().getItems().size() == 4);
        robot.interact(() -> ladderPerson().getSelectionModel().select(
                ladderPerson().getItems().stream().filter(p -> p.name().equals("Sam")).findFirst().orElseThrow()));
        driver.settleWhen("Sam's step", () -> ladderTaken().getItems().size() == 1);
        robot.interact(() -> ladderTaken().getSelectionModel().select(0));
        PageScroll.clickInView(robot, "#ladder-edit");
        PageScroll.clickInView(robot, "#ladder-note").write("She smiled");
        new DisclosureRepository(computers.desktop.db).take(samThere, LocalDate.now(), 1, "I said I was tired",
                Landing.WARMLY, "");
        desktopSyncsThenTheApp();
        driver.settleWhen("the desktop's step in the list", () -> ladderTaken().getItems().size() == 2);
        assertEquals("Sam", ladderPerson().getValue().name(), "the person chosen stays chosen");
        assertEquals("I said the song reminded me of our trip",
                ladderTaken().getSelectionModel().getSelectedItem().what(), "the step chosen stays chosen");
        assertEquals("She smiled", robot.lookup("#ladder-note").queryAs(TextInputControl.class).getText(),
                "what is being typed stays");
        assertEquals("I said the song reminded me of our trip",
                robot.lookup("#ladder-what").queryAs(TextInputControl.class).getText(), "the step is still being changed");

        // Who knows what: an entry being changed stays in the form while someone added there comes in.
        robot.clickOn("#tab-who-knows");
        driver.settleWhen("Aunt Jo in the list", () -> whoKnowsTold().getItems().size() == 1);
        robot.interact(() -> whoKnowsTold().getSelectionModel().select(0));
        PageScroll.clickInView(robot, "#who-knows-edit");
        PageScroll.clickInView(robot, "#who-knows-knows").write(", and the treatment");
        String typedKnows = robot.lookup("#who-knows-knows").queryAs(TextInputControl.class).getText();
        WhoKnowsRepository there = new WhoKnowsRepository(computers.desktop.db);
        there.addTold(there.situations().get(0).id(), "Uncle Pete", "", "", null);
        desktopSyncsThenTheApp();
        driver.settleWhen("Uncle Pete still to tell", () -> whoKnowsToTell().getItems().size() == 1);
        assertEquals("Aunt Jo", whoKnowsTold().getSelectionModel().getSelectedItem().name(),
                "the entry chosen stays chosen");
        assertEquals(typedKnows, robot.lookup("#who-knows-knows").queryAs(TextInputControl.class).getText(),
                "what is being typed stays");
    }

    @SuppressWarnings("unchecked")
    private ComboBox<Person> ladderPerson() {
        return robot.lookup("#ladder-person").queryAs(ComboBox.class);
    }

    @SuppressWarnings("unchecked")
    private ListView<TakenStep> ladderTaken() {
        return robot.lookup("#ladder-taken").queryAs(ListView.class);
    }

    @SuppressWarnings("unchecked")
    private ListView<ToldEntry> whoKnowsTold() {
        return robot.lookup("#who-knows-told").queryAs(ListView.class);
    }

    @SuppressWarnings("unchecked")
    private ListView<ToldEntry> whoKnowsToTell() {
        return robot.lookup("#who-knows-to-tell").queryAs(ListView.class);
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
