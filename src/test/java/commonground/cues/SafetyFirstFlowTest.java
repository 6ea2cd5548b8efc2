package commonground.cues;

import commonground.app.WholeAppTest;
import commonground.care.SafetyNotice;
import javafx.scene.Node;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * As a person would: add someone answering "I'm not sure" to the safety question, open Cues for
 * them, tick a raised voice, and find no advice about waiting or staying close, only a line
 * saying why and where help is.
 */
class SafetyFirstFlowTest extends WholeAppTest {

    private boolean visible(String query) {
        Node node = robot.lookup(query).tryQuery().orElse(null);
        return node != null && node.isVisible() && node.getScene() != null;
    }

    @Test
    void iAmNotSureAboutSamMeansNoTheresTimeForARaisedVoice() throws Exception {
        robot.clickOn("#nav-people");
        driver.settle();
        robot.clickOn("#add-person");
        robot.clickOn("#person-name").write("Sam");
        assertFalse(visible("#people-safety-path"), "nothing is said before an answer");
        PageScroll.clickInView(robot, "#safety-not-sure");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> visible("#people-safety-path"));
        String safePath = robot.lookup("#people-safety-text").queryAs(Label.class).getText();
        assertTrue(safePath.contains("not meant for a relationship where there is fear"), safePath);
        assertTrue(safePath.contains("not your fault"), safePath);
        assertEquals(SafetyNotice.HELP_POINTER, robot.lookup("#people-safety-help").queryAs(Label.class).getText());
        PageScroll.clickInView(robot, "#save-person");
        driver.settle();
        assertEquals("not-sure", driver.value("SELECT safety FROM person WHERE name = 'Sam'"));

        robot.clickOn("#nav-cues");
        driver.settle();
        PageScroll.clickInView(robot, "#cue-search");
        robot.write("faster");
        robot.clickOn("#cue-speaking-faster");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> visible("#cues-safety-path"));

        assertEquals(1, robot.lookup("#acknowledgements .suggestion-card").queryAll().size(), "the cue is shown");
        List<String> shown = robot.lookup("#acknowledgements .suggestion-card Label").queryAllAs(Label.class).stream()
                .map(Label::getText).toList();
        assertTrue(shown.stream().noneMatch(t -> t.contains("There's time")), shown.toString());
        assertTrue(robot.lookup("#acknowledgements .acknowledgement").queryAll().isEmpty(), shown.toString());
        assertEquals("Because you weren't sure whether you feel safe with Sam, suggestions about waiting and "
                + "staying close are not shown. Your safety comes first.",
                robot.lookup("#cues-safety-text").queryAs(Label.class).getText());
        assertEquals(SafetyNotice.HELP_POINTER, robot.lookup("#cues-safety-help").queryAs(Label.class).getText());
    }
}
