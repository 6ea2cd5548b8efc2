package commonground.app;

import commonground.cues.CheckInCue;
import commonground.cues.CheckInDraft;
import commonground.cues.CheckInRepository;
import commonground.cues.CueCategory;
import commonground.people.PeopleRepository;
import commonground.people.Person;
import commonground.people.Relationship;
import commonground.storage.Database;
import javafx.scene.control.Hyperlink;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Two people with the same name are told apart on Home, by their relationship. */
class HomeNamesakesTest extends WholeAppTest {

    @Override
    protected void prepareDataFolder() throws Exception {
        try (Database db = Database.open(dataDir.resolve(Database.FILE_NAME))) {
            PeopleRepository people = new PeopleRepository(db);
            Person partner = people.add("Sam", Relationship.PARTNER, "");
            Person friend = people.add("sam", Relationship.FRIEND, "");
            people.add("Dad", Relationship.PARENT, "");
            CheckInRepository checkIns = new CheckInRepository(db);
            for (Person p : List.of(partner, friend)) {
                checkIns.add(new CheckInDraft(p.id(), Instant.now().minus(1, ChronoUnit.HOURS), "", null,
                        List.of(new CheckInCue("looking-away", CueCategory.EYES, "Looks away", null)), "", ""));
            }
        }
    }

    @Test
    void twoSamsAreToldApartByTheirRelationship() throws Exception {
        driver.settle();
        List<String> recent = robot.lookup("#recent-activity .hyperlink").queryAllAs(Hyperlink.class).stream()
                .map(Hyperlink::getText).toList();
        assertTrue(recent.contains("Check-in with Sam, your partner"), "recent: " + recent);
        assertTrue(recent.contains("Check-in with sam, your friend"), "recent: " + recent);
        assertTrue(recent.contains("Added Dad"), "a name no one else has stays plain: " + recent);
    }
}
