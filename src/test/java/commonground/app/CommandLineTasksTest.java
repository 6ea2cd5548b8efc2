package commonground.app;

import commonground.scenarios.ScenarioRepository;
import commonground.reflection.NoteRepository;
import commonground.people.Relationship;
import commonground.storage.Database;
import commonground.people.PeopleRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CommandLineTasksTest {

    @TempDir
    Path dir;
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) throws Exception {
        out.reset();
        err.reset();
        return CommandLineTasks.run(Options.parse(List.of(args)), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private Path seed(String... names) throws Exception {
        Path data = dir.resolve("data");
        DataFolder.prepare(data);
        try (Database db = Database.open(data.resolve(Database.FILE_NAME))) {
            for (String n : names) {
                new PeopleRepository(db).add(n, Relationship.FRIEND, "");
            }
        }
        return data;
    }

    @Test
    void versionPrintsTheNameAndTheVersionFromThePom() throws Exception {
        assertEquals(0, run("--version"));
        assertTrue(out().strip().matches("Common Ground \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?"), out());
        assertEquals("", err());
    }

    @Test
    void optionsForTheWindowAreNotATask() throws Exception {
        assertEquals(CommandLineTasks.NOT_A_TASK, run("--data-dir", dir.toString()));
    }

    @Test
    void checkPrintsIntegrityAndCounts() throws Exception {
        Path data = seed("Lee", "Noor");
        assertEquals(0, run("--data-dir", data.toString(), "--check"));
        assertTrue(out().contains("Integrity: ok"), out());
        assertTrue(out().contains("person: 2"), out());
    }

    @Test
    void backupThenRestore() throws Exception {
        Path data = seed("Lee");
        Path backup = dir.resolve("lee.db");
        assertEquals(0, run("--data-dir", data.toString(), "--backup", backup.toString()));
        assertTrue(out().contains("Backed up your data to"), out());
        try (Database db = Database.open(data.resolve(Database.FILE_NAME))) {
            new PeopleRepository(db).add("Noor", Relationship.FRIEND, "");
        }
        assertEquals(0, run("--data-dir", data.toString(), "--restore", backup.toString()));
        assertTrue(out().contains("Restored your data"), out());
        assertEquals(0, run("--data-dir", data.toString(), "--check"));
        assertTrue(out().contains("person: 1"), out());
    }

    @Test
    void failuresSayWhyAndExitNonZero() throws Exception {
        Path data = seed("Lee");
        Path bogus = Files.writeString(dir.resolve("bogus.db"), "hello");
        assertEquals(CommandLineTasks.FAILED, run("--data-dir", data.toString(), "--restore", bogus.toString()));
        assertTrue(err().contains("not a database"), err());
        assertEquals(CommandLineTasks.FAILED, run("--data-dir", data.toString(), "--backup", dir.toString()));
        assertTrue(err().contains("folder"), err());
        assertEquals(0, run("--data-dir", data.toString(), "--check"));
        assertTrue(out().contains("person: 1"), "nothing changed: " + out());
    }

    @Test
    void exportThenImportIntoAnotherProfile() throws Exception {
        Path data = seed("Lee", "Noor");
        Path export = dir.resolve("everything.json");
        assertEquals(0, run("--data-dir", data.toString(), "--export", export.toString()));
        assertTrue(out().contains("Exported everything"), out());
        Path other = dir.resolve("other");
        assertEquals(0, run("--data-dir", other.toString(), "--import", export.toString()));
        assertTrue(out().contains("Imported 2 records"), out());
        assertEquals(0, run("--data-dir", other.toString(), "--import", export.toString()));
        assertTrue(out().contains("Imported 0 records"), out());
        Path bad = Files.writeString(dir.resolve("bad.json"), "{ not json");
        assertEquals(CommandLineTasks.FAILED, run("--data-dir", other.toString(), "--import", bad.toString()));
        assertTrue(err().contains("Nothing was imported"), err());
    }

    @Test
    void markdownExportWritesNotesAndFinishedWalkthroughs() throws Exception {
        Path data = seed("Lee");
        try (Database db = Database.open(data.resolve(Database.FILE_NAME))) {
            commonground.reflection.NoteRepository notes = new commonground.reflection.NoteRepository(db);
            long id = notes.create(null, null).id();
            notes.saveBody(id, "Zoë's garden\nShe showed me the roses. 🌹");
            commonground.content.Practices practices = commonground.content.Practices.load();
            commonground.scenarios.ScenarioRepository runs = new commonground.scenarios.ScenarioRepository(db);
            commonground.scenarios.ScenarioLibrary library =
                    new commonground.scenarios.ScenarioLibrary(runs, () -> practices);
            commonground.scenarios.ScenarioLibrary.Offer offer = library.offers().get(0);
            commonground.scenarios.ScenarioRun run = library.start(offer, null);
            String reflect = offer.scenario().steps().stream()
                    .filter(st -> st.kind() == commonground.scenarios.StepKind.REFLECT).findFirst().orElseThrow().id();
            runs.saveAnswers(run.id(), java.util.Map.of(reflect, "A walk on Sunday."));
            runs.saveProgress(run.id(), reflect, List.of(run.currentStep(), reflect), true);
            library.start(library.offers().get(1), null); // unfinished: not exported
        }
        Path folder = dir.resolve("reading");
        assertEquals(0, run("--data-dir", data.toString(), "--export-markdown", folder.toString()));
        assertTrue(out().contains("Wrote 1 notes and 1 finished walkthroughs"), out());
        try (var files = Files.list(folder.resolve("notes"))) {
            Path note = files.findFirst().orElseThrow();
            assertTrue(note.getFileName().toString().endsWith("-zoe-s-garden.md"), note.toString());
            assertTrue(Files.readString(note).contains("She showed me the roses. 🌹"));
        }
        try (var files = Files.list(folder.resolve("walkthroughs"))) {
            assertTrue(Files.readString(files.findFirst().orElseThrow()).contains("A walk on Sunday."));
        }
        Path aFile = Files.writeString(dir.resolve("a-file.txt"), "x");
        assertEquals(CommandLineTasks.FAILED, run("--data-dir", data.toString(), "--export-markdown", aFile.toString()));
        assertTrue(err().contains("not a folder"), err());
    }

    @Test
    void refusesWhileTheAppHasTheDataOpen() throws Exception {
        Path data = seed("Lee");
        Optional<InstanceLock> lock = InstanceLock.tryAcquire(data);
        try {
            assertTrue(lock.isPresent());
            assertEquals(CommandLineTasks.FAILED, run("--data-dir", data.toString(), "--check"));
            assertTrue(err().contains("close it first"), err());
        } finally {
            lock.ifPresent(InstanceLock::close);
        }
        assertEquals(0, run("--data-dir", data.toString(), "--check"));
    }
}
