package commonground.app;

import commonground.reflection.NoteRepository;
import commonground.storage.Database;
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
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The sync options on the command line, as a script would use them between two profiles. */
class SyncCommandTest {

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

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private Path profileWithNote(String name, String body) throws Exception {
        Path data = dir.resolve(name);
        DataFolder.prepare(data);
        try (Database db = Database.open(data.resolve(Database.FILE_NAME))) {
            NoteRepository notes = new NoteRepository(db);
            notes.saveBody(notes.create(null, null).id(), body);
        }
        return data;
    }

    @Test
    void startJoinAndSyncNowBringTwoProfilesTogether() throws Exception {
        Path laptop = profileWithNote("laptop", "Written on the laptop");
        Path desktop = profileWithNote("desktop", "Written on the desktop");
        Path shared = Files.createDirectories(dir.resolve("shared"));
        Path pass = dir.resolve("pass.txt");
        Files.writeString(pass, "blue heron at dawn\nsecond line is not read\n");

        assertEquals(0, run("--data-dir", laptop.toString(), "--sync-start", shared.toString(),
                "--passphrase-file", pass.toString()), err());
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("Started syncing"));
        assertEquals(0, run("--data-dir", desktop.toString(), "--sync-join", shared.toString(),
                "--passphrase-file", pass.toString()), err());
        assertEquals(0, run("--data-dir", laptop.toString(), "--sync-now"), err());

        Path a = dir.resolve("a.json");
        Path b = dir.resolve("b.json");
        assertEquals(0, run("--data-dir", laptop.toString(), "--export", a.toString()));
        assertEquals(0, run("--data-dir", desktop.toString(), "--export", b.toString()));
        assertEquals(Files.readString(a), Files.readString(b));
        assertTrue(Files.readString(a).contains("Written on the desktop"));
    }

    @Test
    void startingWithAPassphraseEasyToGuessIsRefusedAndTheFolderStaysEmpty() throws Exception {
        Path laptop = profileWithNote("laptop", "Written on the laptop");
        Path shared = Files.createDirectories(dir.resolve("shared"));
        Path pass = dir.resolve("pass.txt");
        Files.writeString(pass, "password\n");
        assertEquals(1, run("--data-dir", laptop.toString(), "--sync-start", shared.toString(),
                "--passphrase-file", pass.toString()));
        assertTrue(err().contains("easy to guess") && err().contains("Nothing was changed"), err());
        try (var files = Files.list(shared)) {
            assertEquals(0, files.count());
        }
    }

    @Test
    void aWrongPassphraseFailsWithAClearMessage() throws Exception {
        Path laptop = profileWithNote("laptop", "a");
        Path desktop = profileWithNote("desktop", "b");
        Path shared = Files.createDirectories(dir.resolve("shared"));
        Path pass = dir.resolve("pass.txt");
        Files.writeString(pass, "blue heron at dawn\n");
        Path wrong = dir.resolve("wrong.txt");
        Files.writeString(wrong, "blue heron at dusk\n");
        assertEquals(0, run("--data-dir", laptop.toString(), "--sync-start", shared.toString(),
                "--passphrase-file", pass.toString()));
        assertEquals(CommandLineTasks.FAILED, run("--data-dir", desktop.toString(), "--sync-join", shared.toString(),
                "--passphrase-file", wrong.toString()));
        assertTrue(err().contains("does not open this folder"), err());
        assertEquals(CommandLineTasks.FAILED, run("--data-dir", desktop.toString(), "--sync-now"));
        assertTrue(err().contains("does not sync yet"), err());
    }

    @Test
    void theOptionsSayWhatIsMissing() {
        Options.UsageException e = assertThrows(Options.UsageException.class,
                () -> Options.parse(List.of("--sync-start", "/tmp/x")));
        assertTrue(e.getMessage().contains("--passphrase-file"), e.getMessage());
        assertThrows(Options.UsageException.class, () -> Options.parse(List.of("--sync-start", "a", "--sync-join", "b",
                "--passphrase-file", "p")));
    }

    @Test
    void syncingRefusesWhileTheAppIsOpen() throws Exception {
        Path laptop = profileWithNote("laptop", "a");
        Optional<InstanceLock> lock = InstanceLock.tryAcquire(laptop);
        try {
            assertEquals(CommandLineTasks.FAILED, run("--data-dir", laptop.toString(), "--sync-now"));
            assertTrue(err().contains("Please close it first"), err());
        } finally {
            lock.ifPresent(InstanceLock::close);
        }
    }

    @Test
    void joiningOrSyncingWithoutTheLockWhileAnotherComputerHasItOnFailsAndBringsNothingIn() throws Exception {
        Path laptop = profileWithNote("laptop", "Quillwort Fenmarrow Ashbrine");
        Path desktop = profileWithNote("desktop", "desktop");
        Path other = profileWithNote("other", "other");
        Path shared = Files.createDirectories(dir.resolve("shared"));
        Path pass = dir.resolve("pass.txt");
        Files.writeString(pass, "blue heron at dawn\n");
        assertEquals(0, run("--data-dir", other.toString(), "--sync-start", shared.toString(),
                "--passphrase-file", pass.toString()), err());
        assertEquals(0, run("--data-dir", desktop.toString(), "--sync-join", shared.toString(),
                "--passphrase-file", pass.toString()), err());
        try (Database db = Database.open(laptop.resolve(Database.FILE_NAME))) {
            db.registerSearchIndex(commonground.reflection.NoteSearch.INDEX);
            new commonground.storage.PrivacyLock(db).enable("the laptop's own lock".toCharArray(), 15);
            commonground.storage.sync.SyncEngine engine = SyncTables.registerAll(new commonground.storage.sync
                    .SyncEngine(db));
            engine.join(shared, "blue heron at dawn".toCharArray(), "Laptop");
        }

        Path fresh = profileWithNote("fresh", "fresh");
        assertEquals(CommandLineTasks.FAILED, run("--data-dir", fresh.toString(), "--sync-join", shared.toString(),
                "--passphrase-file", pass.toString()));
        assertTrue(err().contains(commonground.storage.sync.SyncEngine.LOCK_FIRST), err());
        assertTrue(err().contains("open the app, turn the lock on in Privacy"), err());
        assertEquals(CommandLineTasks.FAILED, run("--data-dir", fresh.toString(), "--sync-now"));
        assertTrue(err().contains("does not sync yet"), err());

        assertEquals(CommandLineTasks.FAILED, run("--data-dir", desktop.toString(), "--sync-now"));
        assertTrue(err().contains(commonground.storage.sync.SyncEngine.LOCK_HERE_TOO), err());
        Path export = dir.resolve("desktop.json");
        assertEquals(0, run("--data-dir", desktop.toString(), "--export", export.toString()));
        assertTrue(!Files.readString(export).contains("Fenmarrow"), "nothing of the locked laptop came in");
    }
}
