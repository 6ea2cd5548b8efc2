package commonground.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code ./common-ground} runs the app's commands from a source checkout: a terminal shows only
 * what the app says (no Maven output, no stack trace, no JavaFX or SLF4J warning) and gets the
 * app's exit code. Runs in {@code mvn verify}, where the build has just written the class path
 * file the script uses, so the script does not build again.
 */
@EnabledOnOs({OS.LINUX, OS.MAC})
class SourceCheckoutScriptTest {

    @Test
    void aBadScenarioFileGivesOnlyTheAppsMessageAndExitCodeOne() throws Exception {
        Path file = Path.of(getClass().getResource("/commonground/scenarios/invalid/unknown-kind.yaml").toURI());
        Process p = new ProcessBuilder("bash", "common-ground", "--check-scenario", file.toString())
                .redirectErrorStream(true).start();
        p.getOutputStream().close();
        String printed = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the script finished");

        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        PrintStream stream = new PrintStream(expected, true, StandardCharsets.UTF_8);
        int exit = CommandLineTasks.run(Options.parse(List.of("--check-scenario", file.toString())), stream, stream);
        assertEquals(CommandLineTasks.FAILED, exit);
        assertEquals(expected.toString(StandardCharsets.UTF_8), printed, "only the app's own message");
        assertEquals(1, p.exitValue());
    }

    @Test
    void versionAndExitCodeZero() throws Exception {
        Process p = new ProcessBuilder("bash", "common-ground", "--version").redirectErrorStream(true).start();
        p.getOutputStream().close();
        String printed = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        assertEquals(AppVersion.nameAndVersion() + System.lineSeparator(), printed);
        assertEquals(0, p.exitValue());
        assertTrue(Files.isRegularFile(Path.of("target/runtime-classpath.txt")));
    }
}
