package commonground.app;

import javafx.scene.control.Hyperlink;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Home's "Recently" shows what was done in the modules, newest first, and opens the module. */
class HomeActivityTest extends WholeAppTest {

    private List<String> recent() {
        return robot.lookup("#recent-activity .hyperlink").queryAllAs(Hyperlink.class).stream()
                .map(Hyperlink::getText).toList();
    }

    @Test
    void aFreshProfileIsToldNothingIsThereYetAndARestartShowsWhatWasDoneWithoutThatMessage() throws Exception {
        assertTrue(robot.lookup("#recent-activity-empty").tryQuery().isPresent(), "a fresh profile says nothing yet");
        robot.clickOn("#nav-people");
        driver.settle();
        robot.clickOn("#add-person");
        robot.clickOn("#person-name").write("Maya");
        robot.clickOn("#save-person");
        driver.settle();
        driver.restart();
        assertTrue(recent().stream().anyMatch(t -> t.contains("Maya")), "recent: " + recent());
        assertTrue(robot.lookup("#recent-activity-empty").tryQuery().isEmpty(),
                "no 'nothing yet' once there is something");
    }

    @Test
    void aNoteWrittenInReflectionShowsOnHome() throws Exception {
        robot.clickOn("#nav-reflection");
        driver.settle();
        robot.clickOn("#new-note");
        robot.clickOn("#new-blank-note");
        driver.settle();
        robot.clickOn("#note-body").write("Sunday walk\nHe laughed twice.");
        driver.settleWhenSaved("Sunday walk\nHe laughed twice.", "SELECT body FROM note");
        robot.clickOn("#nav-home");
        driver.settle();
        assertTrue(recent().stream().anyMatch(t -> t.contains("Sunday walk")), "recent: " + recent());
        robot.clickOn(recent().stream().filter(t -> t.contains("Sunday walk")).findFirst().orElseThrow());
        assertTrue(robot.lookup("#note-body").tryQuery().isPresent());
    }
}
