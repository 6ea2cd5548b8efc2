package commonground.app;

import commonground.content.Practices;
import commonground.reflection.NoteRepository;
import commonground.scenarios.ScenarioLibrary;
import commonground.scenarios.ScenarioRepository;
import commonground.storage.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Markdown export of notes keeps the lines the user wrote on separate lines. */
class MarkdownExportTest {

    @TempDir
    Path dir;

    @Test
    void aNoteWrittenOnSeveralLinesIsReadOnSeveralLines() throws Exception {
        try (Database db = Database.open(dir.resolve(Database.FILE_NAME))) {
            NoteRepository notes = new NoteRepository(db);
            long id = notes.create(null, null).id();
            notes.saveBody(id, "Sunday\nHe laughed twice.\nWe walked to the river.");
            Practices practices = Practices.load();
            ScenarioRepository scenarios = new ScenarioRepository(db);
            new MarkdownExport(notes, scenarios, new ScenarioLibrary(scenarios, () -> practices), practices)
                    .writeTo(dir.resolve("out"));
            try (var files = Files.list(dir.resolve("out").resolve("notes"))) {
                String md = Files.readString(files.findFirst().orElseThrow());
                assertTrue(md.contains("Sunday  \nHe laughed twice.  \nWe walked to the river.\n"), md);
            }
        }
    }
}
