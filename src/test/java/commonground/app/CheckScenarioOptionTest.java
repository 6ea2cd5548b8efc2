package commonground.app;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code --check-scenario FILE} prints the validator's messages and exits 0 only for a valid file. */
class CheckScenarioOptionTest {

    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(Path file) throws Exception {
        return CommandLineTasks.run(Options.parse(List.of("--check-scenario", file.toString())),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static Path fixture(String name) throws Exception {
        return Path.of(CheckScenarioOptionTest.class.getResource("/commonground/scenarios/" + name).toURI());
    }

    @Test
    void aValidFileExitsZero() throws Exception {
        assertEquals(0, run(fixture("valid/good-pack.yaml")));
        String printed = out.toString(StandardCharsets.UTF_8);
        assertTrue(printed.contains("good-pack.yaml: valid. \"Planning a quiet weekend together\", version 1, 6 steps."),
                printed);
    }

    @Test
    void anInvalidFilePrintsEachProblemAndExitsNonZero() throws Exception {
        Path file = fixture("invalid/unknown-kind.yaml");
        assertEquals(CommandLineTasks.FAILED, run(file));
        String printed = err.toString(StandardCharsets.UTF_8);
        assertTrue(printed.contains(file + ": step 'quiz', field 'kind': unknown step kind 'quiz' (use info, reflect, "
                + "choice, checklist, draft or plan)"), printed);
        assertTrue(printed.contains("1 problem found; this file would not be imported."), printed);
    }

    @Test
    void aMissingFileIsAProblemToo() throws Exception {
        assertEquals(CommandLineTasks.FAILED, run(Path.of("no-such-scenario.yaml")));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("no-such-scenario.yaml"));
    }
}
