package commonground.draft;

import commonground.app.AppTest;
import commonground.language.ModelLoading;
import javafx.scene.control.TextArea;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Starting the app reads none of the coach's rules or language models and makes no coach: the
 * window comes first. The first draft makes the coach and reads them on the coach's own thread,
 * never on the JavaFX thread, so typing never waits for them.
 */
class CoachLoadsOffTheFxThreadTest extends AppTest {

    private static final String FX_THREAD = "JavaFX Application Thread";

    private static List<ModelLoading.Load> since(long nanoTime) {
        return ModelLoading.recent().stream().filter(l -> l.nanoTime() >= nanoTime).collect(Collectors.toList());
    }

    @Test
    void theCoachIsMadeAndReadOnItsOwnThreadOnlyOnceSomeoneWrites() throws Exception {
        long beforeStart = System.nanoTime();
        startApp();
        assertEquals(List.of(), since(beforeStart), "read or made while the app started, before anyone wrote");

        robot.clickOn("#nav-draft");
        driver.settle();
        robot.clickOn("#draft-text").write("You never listen.");
        TextArea area = robot.lookup("#draft-text").queryAs(TextArea.class);
        TextFlow marked = robot.lookup("#draft-marked").queryAs(TextFlow.class);
        driver.settleWhen("the coach to read the draft", () -> marked.isVisible() && marked.getChildren().stream()
                .map(n -> ((Text) n).getText()).collect(Collectors.joining()).equals(area.getText()));

        List<ModelLoading.Load> loads = since(beforeStart);
        assertTrue(loads.stream().anyMatch(l -> l.what().equals("a coach")), "a coach was made: " + loads);
        assertFalse(loads.stream().anyMatch(l -> l.thread().equals(FX_THREAD)), "on the JavaFX thread: " + loads);
    }
}
