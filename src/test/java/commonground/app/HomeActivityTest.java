package commonground.app;

import javafx.scene.control.Hyperlink;
import javafx.scene.control.TextArea;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
    void aNoteWrittenInReflectionShowsOnHomeWithoutQuotingItAndOpensReflection() throws Exception {
        robot.clickOn("#nav-reflection");
        driver.settle();
        robot.clickOn("#new-note");
        robot.clickOn("#new-blank-note");
        driver.settle();
        String text = "Some nights I wonder\nHe laughed twice.";
        robot.clickOn("#note-body").write(text);
        driver.settleWhenSaved(text, "SELECT body FROM note");
        robot.clickOn("#nav-home");
        driver.settle();
        assertTrue(recent().stream().anyMatch(t -> t.startsWith("Wrote a note")), "recent: " + recent());
        assertTrue(recent().stream().noneMatch(t -> t.contains("Some nights") || t.contains("laughed")),
                "Home never quotes what was written: " + recent());
        robot.clickOn(robot.lookup("#recent-activity .hyperlink").queryAllAs(Hyperlink.class).stream()
                .filter(h -> h.getText().startsWith("Wrote a note")).findFirst().orElseThrow());
        driver.settle();
        assertTrue(robot.lookup("#note-body").tryQuery().isPresent());
    }

    @Test
    void eachLineOpensItsOwnNote() throws Exception {
        robot.clickOn("#nav-reflection");
        driver.settle();
        String older = "The first one";
        String newer = "The second one";
        for (String text : List.of(older, newer)) {
            robot.clickOn("#new-note");
            robot.clickOn("#new-blank-note");
            driver.settle();
            robot.clickOn("#note-body").write(text);
            driver.settleWhenSaved(text, "SELECT body FROM note WHERE body = '" + text + "'");
        }
        robot.clickOn("#nav-home");
        driver.settle();
        List<Hyperlink> links = robot.lookup("#recent-activity .hyperlink").queryAllAs(Hyperlink.class).stream()
                .filter(h -> h.getText().startsWith("Wrote a note")).toList();
        assertEquals(2, links.size(), "recent: " + recent());
        robot.clickOn(links.get(1));
        driver.settle();
        TextArea body = robot.lookup("#note-body").queryAs(TextArea.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> older.equals(body.getText()));
    }

    @Test
    void twoNotesWrittenTheSameMinuteAreToldApartWithoutTheirWords() throws Exception {
        robot.clickOn("#nav-reflection");
        driver.settle();
        List<String> texts = List.of("Dad slept most of today", "I miss how we used to talk on Sundays after lunch");
        for (String text : texts) {
            robot.clickOn("#new-note");
            robot.clickOn("#new-blank-note");
            driver.settle();
            robot.clickOn("#note-body").write(text);
            driver.settleWhenSaved(text, "SELECT body FROM note WHERE body = '" + text + "'");
        }
        robot.clickOn("#nav-home");
        driver.settle();
        List<String> notes = recent().stream().filter(t -> t.contains("note")).toList();
        assertEquals(2, notes.size(), "recent: " + recent());
        assertEquals(2, Set.copyOf(notes).size(), "each line tells which note it is: " + notes);
        assertTrue(notes.get(0).contains("11 words") && notes.get(1).contains("5 words"), "newest first: " + notes);
        for (String word : List.of("Dad", "slept", "miss", "Sundays", "lunch")) {
            assertTrue(notes.stream().noneMatch(t -> t.contains(word)), "Home never quotes a note: " + notes);
        }
    }
}
