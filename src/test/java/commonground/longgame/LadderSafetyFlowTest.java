package commonground.longgame;

import commonground.app.WholeAppTest;
import commonground.care.SafetyAnswer;
import commonground.people.PeopleRepository;
import commonground.people.Relationship;
import commonground.storage.Database;
import javafx.scene.Node;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Going first with someone the user said they are afraid of: the notice and help link, no steps. */
class LadderSafetyFlowTest extends WholeAppTest {

    @Override
    protected void prepareDataFolder() throws Exception {
        try (Database db = Database.open(dataDir.resolve(Database.FILE_NAME))) {
            PeopleRepository people = new PeopleRepository(db);
            long sami = people.add("Sami", Relationship.PARTNER, "").id();
            people.setSafety(sami, SafetyAnswer.YES);
        }
    }

    @Test
    void theNoticeAndHelpShowInsteadOfSteps() throws Exception {
        robot.clickOn("#nav-longgame");
        driver.settle();
        robot.clickOn("#tab-ladder");
        driver.settle();
        Node notice = robot.lookup("#ladder-safety-path").query();
        assertTrue(notice.isVisible());
        assertTrue(robot.lookup("#ladder-safety-text").queryAs(Label.class).getText()
                .startsWith("Because you said you sometimes feel afraid of Sami"));
        assertTrue(robot.lookup("#ladder-safety-help").queryAs(Label.class).getText().contains("Help and support"));
        assertFalse(robot.lookup("#ladder-suggestions").query().isVisible(), "no steps are offered");
        assertFalse(robot.lookup("#ladder-rung").query().isVisible());
    }
}
