package commonground.app;

import javafx.application.Platform;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A failure nobody caught, on the JavaFX thread or another: logged, and said calmly in the window. */
class UncaughtFailureTest extends WholeAppTest {

    private static final String USER_TEXT = "what I wrote to my sister";

    private String statusLine() {
        return robot.lookup("#status-line").queryAs(Label.class).getText();
    }

    private String log() throws Exception {
        return Files.readString(dataDir.resolve("logs").resolve("common-ground.0.log"));
    }

    @Test
    void aFailureOnTheJavaFxThreadIsLoggedAndSaidCalmly() throws Exception {
        Platform.runLater(() -> {
            throw new IllegalStateException(USER_TEXT);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Failures.UNEXPECTED, statusLine());
        String log = log();
        assertTrue(log.contains("Uncaught failure on thread JavaFX Application Thread"), log);
        assertTrue(log.contains("java.lang.IllegalStateException"), log);
        assertFalse(log.contains(USER_TEXT), "nothing the user wrote is logged");
    }

    @Test
    void aFailureOnAnotherThreadIsLoggedAndSaidCalmly() throws Exception {
        Thread worker = new Thread(() -> {
            throw new IllegalArgumentException(USER_TEXT);
        }, "a worker");
        worker.start();
        worker.join();
        driver.settle();
        assertEquals(Failures.UNEXPECTED, statusLine());
        assertTrue(log().contains("Uncaught failure on thread a worker"));
    }
}
