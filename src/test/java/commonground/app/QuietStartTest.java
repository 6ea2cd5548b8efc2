package commonground.app;

import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A normal start says nothing in the terminal: not the time to the first frame (printed only when
 * asked for with --exit-after-first-frame), nor anything else; what is worth keeping goes to the
 * log in the data folder.
 */
class QuietStartTest extends AppTest {

    @Test
    void aNormalStartPrintsNothingToTheTerminal() throws Exception {
        // The test harness starts JavaFX from the class path, which JavaFX warns about once; the
        // app itself runs it from the module path (./common-ground, the installed runtime).
        FxToolkit.registerPrimaryStage();
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream capture = new PrintStream(printed, true, StandardCharsets.UTF_8);
        try {
            System.setOut(capture);
            System.setErr(capture);
            startApp();
            // The window is up and its first work done (the daily backup is logged by then).
            assertTrue(robot.lookup("#status-line").tryQuery().isPresent(), "the main window is shown");
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        assertEquals("", printed.toString(StandardCharsets.UTF_8));
    }
}
