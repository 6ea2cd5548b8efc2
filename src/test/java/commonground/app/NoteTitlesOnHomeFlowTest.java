package commonground.app;

import javafx.scene.control.CheckBox;
import javafx.scene.control.Hyperlink;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A person chooses in Privacy to see their notes' titles on Home, sees them there, and can take them away. */
class NoteTitlesOnHomeFlowTest extends WholeAppTest {

    private List<String> recent() throws Exception {
        robot.clickOn("#nav-home");
        driver.settle();
        return robot.lookup("#recent-activity .hyperlink").queryAllAs(Hyperlink.class).stream()
                .map(Hyperlink::getText).toList();
    }

    private void tickInPrivacy() throws Exception {
        robot.clickOn("#nav-privacy");
        driver.settle();
        commonground.cues.PageScroll.clickInView(robot, "#privacy-note-titles");
        driver.settle();
    }

    @Test
    void turnedOnInPrivacyHomeNamesTheNoteByItsTitleAndTurnedOffItDoesNot() throws Exception {
        robot.clickOn("#nav-reflection");
        driver.settle();
        robot.clickOn("#new-note");
        robot.clickOn("#new-blank-note");
        driver.settle();
        String text = "Letter to Dad\nThe garden in June.";
        robot.clickOn("#note-body").write(text);
        driver.settleWhenSaved(text, "SELECT body FROM note");
        assertTrue(recent().stream().anyMatch(t -> t.startsWith("Wrote a note at")), "off at first: " + recent());
        assertTrue(recent().stream().noneMatch(t -> t.contains("Letter")), "no title unless chosen: " + recent());

        tickInPrivacy();
        assertTrue(robot.lookup("#privacy-note-titles").queryAs(CheckBox.class).isSelected());
        assertTrue(recent().stream().anyMatch(t -> t.startsWith("Wrote \u201cLetter to Dad\u201d at")),
                "the title, as chosen: " + recent());
        assertTrue(recent().stream().noneMatch(t -> t.contains("garden")), "never the text: " + recent());

        tickInPrivacy();
        assertFalse(robot.lookup("#privacy-note-titles").queryAs(CheckBox.class).isSelected());
        assertTrue(recent().stream().noneMatch(t -> t.contains("Letter")), "taken away again: " + recent());
        assertTrue(recent().stream().anyMatch(t -> t.startsWith("Wrote a note at")), recent().toString());
    }
}
