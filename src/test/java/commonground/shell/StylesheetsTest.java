package commonground.shell;

import javafx.css.Stylesheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The stylesheets are compiled to binary at build time and the binary form is what the app loads. */
class StylesheetsTest {

    @TempDir
    Path dir;

    @Test
    void theBuildCompiledEveryStylesheetAndTheAppLoadsTheBinaryForm() {
        for (String css : List.of("/commonground/shell/app.css", "/commonground/scenarios/scenarios.css",
                "/commonground/cues/cues.css", "/commonground/draft/draft.css",
                "/commonground/reflection/reflection.css", "/commonground/longgame/longgame.css")) {
            assertTrue(Stylesheets.url(css).endsWith(css.replace(".css", ".bss")), css);
        }
    }

    @Test
    void aStylesheetCompilesToABinaryWithTheSameRules() throws Exception {
        Path css = dir.resolve("look.css");
        Files.writeString(css, ".card { -fx-padding: 1em; }\n.card:hover .title { -fx-underline: true; }\n");
        assertEquals(List.of(css), Stylesheets.compileAll(dir));
        Path bss = dir.resolve("look.bss");
        Stylesheet loaded = Stylesheet.loadBinary(bss.toUri().toURL());
        assertEquals(2, loaded.getRules().size());
        assertEquals("-fx-padding", loaded.getRules().get(0).getDeclarations().get(0).getProperty());
    }

    @Test
    void anUpToDateBinaryIsLeftAloneAndAnEditedStylesheetIsCompiledAgain() throws Exception {
        Path css = dir.resolve("look.css");
        Files.writeString(css, ".card { -fx-padding: 1em; }\n");
        Stylesheets.compileAll(dir);
        assertEquals(List.of(), Stylesheets.compileAll(dir));
        Files.writeString(css, ".card { -fx-padding: 2em; }\n.title { -fx-underline: true; }\n");
        Files.setLastModifiedTime(css, FileTime.fromMillis(System.currentTimeMillis() + 5_000));
        assertEquals(List.of(css), Stylesheets.compileAll(dir));
        assertEquals(2, Stylesheet.loadBinary(dir.resolve("look.bss").toUri().toURL()).getRules().size());
    }

    @Test
    void aSyntaxErrorStopsTheBuildNamingTheFileAndLeavesNoBinary() throws Exception {
        Path css = dir.resolve("broken.css");
        Files.writeString(css, ".card { -fx-padding: 1em;\n.title { -fx-underline: true; }\n}}\n");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Stylesheets.compileAll(dir));
        assertTrue(e.getMessage().contains("broken.css"), e.getMessage());
        assertFalse(Files.exists(dir.resolve("broken.bss")));
    }

    @Test
    void withoutABinaryTheCssItselfIsUsedAndAMissingStylesheetIsNamed() {
        // No build step writes a .bss into the test classes, so the test stylesheet is found as CSS.
        assertTrue(Stylesheets.url("/commonground/shell/test-only.css").endsWith("test-only.css"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Stylesheets.url("/commonground/shell/missing.css"));
        assertTrue(e.getMessage().contains("missing.css"));
    }
}
