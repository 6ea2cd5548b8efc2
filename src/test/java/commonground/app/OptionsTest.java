package commonground.app;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OptionsTest {

    @Test
    void readsTheOptionsAUserCanGive() throws Exception {
        Options o = Options.parse(List.of("--data-dir", "/x/y", "--exit-after-first-frame"));
        assertEquals(Path.of("/x/y"), o.dataDir().orElseThrow());
        assertTrue(o.exitAfterFirstFrame());
        assertFalse(Options.parse(List.of()).dataDir().isPresent());
        assertEquals(Path.of("/z"), Options.parse(List.of("--data-dir=/z")).dataDir().orElseThrow());
    }

    @Test
    void versionIsAnOptionOfItsOwn() throws Exception {
        assertTrue(Options.parse(List.of("--version")).version());
        assertFalse(Options.parse(List.of("--check")).version());
        assertTrue(Options.USAGE.contains("--version"), "--help lists it");
    }

    @Test
    void mistakesAreExplained() {
        assertTrue(assertThrows(Options.UsageException.class, () -> Options.parse(List.of("--data-dir")))
                .getMessage().contains("needs a value"));
        assertTrue(assertThrows(Options.UsageException.class, () -> Options.parse(List.of("--colour")))
                .getMessage().contains("Unknown option '--colour'"));
    }
}
