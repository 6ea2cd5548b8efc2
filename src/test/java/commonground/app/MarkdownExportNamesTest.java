package commonground.app;

import commonground.content.Practices;
import commonground.reflection.NoteRepository;
import commonground.scenarios.ScenarioLibrary;
import commonground.scenarios.ScenarioRepository;
import commonground.storage.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Markdown files are named by their titles, except with the lock on, where a name says only the date and kind. */
class MarkdownExportNamesTest {

    @TempDir
    Path dir;
    Database db;
    MarkdownExport export;

    @BeforeEach
    void open() throws Exception {
        db = Database.open(dir.resolve(Database.FILE_NAME));
        NoteRepository notes = new NoteRepository(db);
        long id = notes.create(null, null).id();
        notes.saveBody(id, "Leaving Tomas\nWhat I would say if I could.");
        Practices practices = Practices.load();
        export = new MarkdownExport(notes, new ScenarioRepository(db),
                new ScenarioLibrary(new ScenarioRepository(db), () -> practices), practices);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private List<String> names(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder.resolve("notes"))) {
            return files.map(p -> p.getFileName().toString()).toList();
        }
    }

    @Test
    void withTheLockOnAFileNameTellsNothingOfTheNote() throws Exception {
        Path neutral = dir.resolve("locked-export");
        export.withNeutralNames(true).writeTo(neutral);
        List<String> names = names(neutral);
        assertEquals(1, names.size());
        assertTrue(names.get(0).matches("\\d{4}-\\d{2}-\\d{2}-note\\.md"), names.get(0));
        assertTrue(Files.readString(neutral.resolve("notes").resolve(names.get(0))).contains("Leaving Tomas"),
                "the file itself is the note, as the user was told");

        Path titled = dir.resolve("open-export");
        export.withNeutralNames(false).writeTo(titled);
        assertTrue(names(titled).get(0).endsWith("-leaving-tomas.md"), names(titled).toString());
    }
}
