package commonground.reflection;

import commonground.shell.DatabaseThread;
import commonground.shell.ManualPauses;
import commonground.storage.Database;
import commonground.storage.sync.ConflictCopies;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The open note when a sync brings in another computer's version of it (written here straight
 * into the database, as the sync does): shown when nothing was typed here; otherwise what was
 * typed stays, the line says both are kept, and the save that follows keeps the other version as
 * a conflict copy instead of silently writing over it.
 */
class NoteEditorAfterSyncTest {

    @TempDir
    Path dir;
    Database db;
    NoteRepository repository;
    ManualPauses pauses = new ManualPauses();
    NoteEditorModel editor;
    long id;

    @BeforeEach
    void open() throws Exception {
        db = Database.open(dir.resolve(Database.FILE_NAME));
        repository = new NoteRepository(db);
        editor = new NoteEditorModel(repository, DatabaseThread.sameThread(), saved -> { }, ZoneOffset.UTC, pauses);
        id = repository.create(null, null).id();
        repository.saveBody(id, "Sunday");
        editor.open(id);
    }

    @AfterEach
    void close() {
        db.close();
    }

    /** What a sync from the other computer does to the note. */
    private void otherComputerWrites(String text) {
        repository.saveBody(id, text);
    }

    private List<String> kept() {
        return db.read(c -> {
            try (var ps = c.prepareStatement("SELECT text FROM conflict_copy ORDER BY id")) {
                try (var rs = ps.executeQuery()) {
                    List<String> out = new java.util.ArrayList<>();
                    while (rs.next()) {
                        out.add(rs.getString(1));
                    }
                    return out;
                }
            }
        });
    }

    @Test
    void aNoteOnlyReadHereShowsWhatCameIn() {
        otherComputerWrites("Sunday: lunch at her mother's");
        editor.refreshAfterSync();
        assertEquals("Sunday: lunch at her mother's", editor.bodyProperty().get());
        assertEquals("", editor.alsoChangedProperty().get());
        assertEquals("Brought in from your other computer.", editor.statusProperty().get());
        editor.flush();
        assertEquals(List.of(), kept(), "nothing was typed, so nothing conflicts");
    }

    @Test
    void textNotYetSavedStaysAndTheSaveKeepsTheOtherVersion() {
        editor.bodyProperty().set("Sunday: we walked the dog");
        otherComputerWrites("Sunday: lunch at her mother's");
        editor.refreshAfterSync();
        assertEquals("Sunday: we walked the dog", editor.bodyProperty().get(), "what is typed is not replaced");
        assertEquals(NoteEditorModel.ALSO_CHANGED, editor.alsoChangedProperty().get());

        editor.flush();
        assertEquals("Sunday: we walked the dog", repository.find(id).orElseThrow().body());
        assertEquals(List.of("Sunday: lunch at her mother's"), kept());
    }

    @Test
    void aSaveThatMeetsTheOtherVersionBeforeTheRefreshStillKeepsIt() {
        editor.bodyProperty().set("Sunday: we walked");
        otherComputerWrites("Sunday: lunch at her mother's"); // the sync ran before the autosave
        pauses.advance(400);
        assertEquals("Sunday: we walked", repository.find(id).orElseThrow().body());
        assertEquals(List.of("Sunday: lunch at her mother's"), kept());
        assertEquals(NoteEditorModel.ALSO_CHANGED, editor.alsoChangedProperty().get());
    }

    @Test
    void savesWithNothingFromElsewhereKeepNoCopies() {
        editor.bodyProperty().set("Sunday: we");
        editor.flush();
        editor.bodyProperty().set("Sunday: we walked");
        editor.bodyProperty().set("Sunday: we walked the dog");
        pauses.advance(400);
        editor.refreshAfterSync();
        editor.bodyProperty().set("Sunday: we walked the dog together");
        editor.flush();
        assertEquals("Sunday: we walked the dog together", repository.find(id).orElseThrow().body());
        assertEquals(List.of(), kept());
        assertEquals("", editor.alsoChangedProperty().get());
    }

    @Test
    void aConflictTheSyncKeptForTheOpenNoteIsSaid() {
        editor.bodyProperty().set("Sunday: we walked the dog");
        editor.flush();
        String uuid = repository.find(id).orElseThrow().uuid();
        db.write(c -> ConflictCopies.keep(db, c, "note", uuid, "body", "Sunday: lunch", Instant.now()));
        editor.refreshAfterSync();
        assertEquals("Sunday: we walked the dog", editor.bodyProperty().get());
        assertEquals(NoteEditorModel.ALSO_CHANGED, editor.alsoChangedProperty().get());

        editor.open(id);
        assertEquals("", editor.alsoChangedProperty().get(), "said once; opened again, the note is as it is");
    }
}
