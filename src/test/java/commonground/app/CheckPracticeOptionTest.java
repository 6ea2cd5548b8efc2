package commonground.app;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code --check-practice FILE} prints the checker's messages (file, line, field) and exits 0 only for a valid file. */
class CheckPracticeOptionTest {

    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(Path file) throws Exception {
        return CommandLineTasks.run(Options.parse(List.of("--check-practice", file.toString())),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static Path fixture(String name) throws Exception {
        return Path.of(CheckPracticeOptionTest.class.getResource("/commonground/practice/" + name).toURI());
    }

    @Test
    void aValidFileExitsZero() throws Exception {
        assertEquals(0, run(fixture("valid/fixture.yaml")));
        String printed = out.toString(StandardCharsets.UTF_8);
        assertTrue(printed.contains("fixture.yaml: valid. \"A small drill\", version 1, 3 turns, 2 endings."), printed);
    }

    @Test
    void theBuiltInDrillIsValid() throws Exception {
        Path file = Path.of("src/main/resources/commonground/content/practice/im-fine.yaml");
        assertEquals(0, run(file), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void anInvalidFilePrintsEachProblemWithItsLineAndExitsOne() throws Exception {
        Path file = fixture("invalid/unknown-turn.yaml");
        assertEquals(1, run(file));
        String printed = err.toString(StandardCharsets.UTF_8);
        assertTrue(printed.contains(file + ": line 22: turn 'first', field 'turns[0].replies[1].next': leads to"
                + " 'midle'"), printed);
        assertTrue(printed.contains("1 problem found; this file would not be imported."), printed);
        assertFalse(printed.contains("Exception"), printed);
    }

    @Test
    void aMissingFileOrAFolderIsAProblemWithoutAStackTrace() throws Exception {
        assertEquals(1, run(Path.of("no-such-practice.yaml")));
        assertEquals(1, run(Path.of("src")));
        String printed = err.toString(StandardCharsets.UTF_8);
        assertTrue(printed.contains("no-such-practice.yaml"), printed);
        assertTrue(printed.contains("this is a folder; please choose a file"), printed);
        assertFalse(printed.contains("\tat "), printed);
    }
}
