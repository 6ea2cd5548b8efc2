package commonground.app;

import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * About -> Export everything showed two blank dialogs under a plain X display: the export's
 * question was opened from inside About while it was closing, and the dialogs could not be
 * resized, which some X window managers draw blank. Now About has closed before the question
 * opens, and every dialog can be resized.
 */
class AboutFollowUpTest extends WholeAppTest {

    private List<String> dialogHeaders() {
        List<String> headers = new ArrayList<>();
        AppDriver.onFx(() -> {
            for (Window w : ScreenAudit.showingWindows()) {
                if (w.getScene().getRoot() instanceof DialogPane pane) {
                    headers.add(pane.getHeaderText() + (w instanceof Stage s && s.isResizable() ? "" : " (fixed size)"));
                }
            }
        });
        return headers;
    }

    @Test
    void exportEverythingFromAboutAsksInADialogOfItsOwnOnceAboutHasClosed() throws Exception {
        robot.clickOn("#about-button");
        driver.settle();
        assertEquals(1, dialogHeaders().size(), "About is open: " + dialogHeaders());
        assertTrue(dialogHeaders().get(0).startsWith("Common Ground") && !dialogHeaders().get(0).endsWith("(fixed size)"),
                "About can be resized: " + dialogHeaders());
        robot.clickOn("#export-all");
        driver.settle();
        assertEquals(List.of("Export everything?"), dialogHeaders(), "only the export's question is open, and it "
                + "can be resized");
        AppDriver.onFx(() -> {
            double window = robot.lookup(".shell").query().getScene().getWidth();
            for (Window w : ScreenAudit.showingWindows()) {
                if (w.getScene().getRoot() instanceof DialogPane pane) {
                    assertTrue(pane.getWidth() < window, "the question is " + pane.getWidth() + " px wide, the window "
                            + window + " px (its text did not wrap)");
                    assertTrue(ScreenAudit.clipped(w.getScene()).isEmpty(), ScreenAudit.clipped(w.getScene()).toString());
                }
            }
        });
        robot.clickOn("Cancel");
        driver.settle();
        assertEquals(List.of(), dialogHeaders());
    }
}
