package commonground.reflection;

import commonground.shell.DatabaseThread;
import commonground.shell.ManualPauses;
import commonground.storage.Database;
import commonground.storage.FullDisk;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The open note: what is saved where and when, the status line, the word count and tags. The
 * autosave's pauses are moved forward by hand.
 */
class NoteEditorModelTest {

    @TempDir
    Path dir;
    Database db;
    NoteRepository repository;
    List<NoteListItem> saved = new ArrayList<>();
    ManualPauses pauses = new ManualPauses();
    NoteEditorModel editor;

    @BeforeEach
    void open() throws Exception {
        db = Database.open(dir.resolve(Database.FILE_NAME));
        repository = new NoteRepository(db);
        editor = new NoteEditorModel(repository, DatabaseThread.sameThread(), saved::add, ZoneOffset.UTC, pauses);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private String bodyOf(NoteListItem item) {
        return repository.find(item.id()).orElseThrow().body();
    }

    @Test
    void typingMarksTheNoteUnsavedAndAFlushSavesItWithItsTime() {
        NoteListItem note = repository.create(null, null);
        editor.open(note.id());
        assertEquals("", editor.statusProperty().get(), "a freshly opened note has nothing to say");
        editor.bodyProperty().set("Garden day with Zoë");
        assertEquals("Not saved yet", editor.statusProperty().get());
        assertTrue(editor.hasUnsavedText());
        assertEquals(4, editor.wordCountProperty().get());

        editor.flush();
        assertFalse(editor.hasUnsavedText());
        assertEquals("Garden day with Zoë", bodyOf(note));
        NoteListItem item = saved.get(saved.size() - 1);
        assertEquals("Garden day with Zoë", item.title(), "the list hears of the new title");
        assertEquals("Saved at " + commonground.shell.Dates.time(item.updatedAt().atZone(ZoneOffset.UTC)),
                editor.statusProperty().get());
    }

    @Test
    void typingIsSavedOnceItPausesAndWithinASecondWhileItGoesOn() {
        NoteListItem note = repository.create(null, null);
        editor.open(note.id());
        editor.bodyProperty().set("Still");
        pauses.advance(399);
        assertEquals("", bodyOf(note), "not while typing goes on");
        pauses.advance(1);
        assertEquals("Still", bodyOf(note), "400 ms after the last key");

        for (int i = 0; i < 9; i++) {
            editor.bodyProperty().set(editor.bodyProperty().get() + " here");
            pauses.advance(100);
        }
        assertEquals("Still", bodyOf(note));
        editor.bodyProperty().set(editor.bodyProperty().get() + " here");
        pauses.advance(100);
        assertEquals("Still" + " here".repeat(10), bodyOf(note),
                "a second after the first unsaved key, even though typing never paused");
        editor.bodyProperty().set(editor.bodyProperty().get() + " now");
        pauses.advance(400);
        assertEquals("Still" + " here".repeat(10) + " now", bodyOf(note));
        assertEquals(12, editor.wordCountProperty().get());
    }

    @Test
    void openingAnotherNoteSavesTheFirstToTheFirst() {
        NoteListItem garden = repository.create(null, null);
        NoteListItem river = repository.create(null, null);
        editor.open(garden.id());
        editor.bodyProperty().set("Garden day");
        editor.open(river.id()); // no pause: switching saves the first note first
        assertEquals("", editor.bodyProperty().get());
        editor.bodyProperty().set("River walk");
        editor.open(garden.id());
        assertEquals("Garden day", editor.bodyProperty().get());
        assertEquals("Garden day", bodyOf(garden));
        assertEquals("River walk", bodyOf(river));
    }

    @Test
    void openingANoteDoesNotCountAsTyping() {
        NoteListItem note = repository.create(null, null);
        repository.saveBody(note.id(), "Already here");
        editor.open(note.id());
        assertEquals("Already here", editor.bodyProperty().get());
        assertFalse(editor.hasUnsavedText());
        assertEquals("", editor.statusProperty().get());
    }

    @Test
    void aNoteTooLongToKeepIsExplainedAndItsTextKept() {
        NoteListItem note = repository.create(null, null);
        editor.open(note.id());
        String tooLong = "x".repeat(NoteText.MAX_BODY + 1);
        editor.bodyProperty().set(tooLong);
        editor.flush();
        assertTrue(editor.statusProperty().get().startsWith("This note is longer than the app can keep"),
                editor.statusProperty().get());
        assertTrue(editor.hasUnsavedText(), "the text is kept to be saved later");
        assertEquals("", bodyOf(note));
        editor.bodyProperty().set("Shorter now");
        editor.flush();
        assertEquals("Shorter now", bodyOf(note));
        assertFalse(editor.hasUnsavedText());
    }

    @Test
    void tagsAreNormalizedSavedOnceAndLimited() {
        NoteListItem note = repository.create(null, null);
        editor.open(note.id());
        assertNull(editor.addTag("  #Grief  Work "));
        assertEquals(List.of("grief work"), editor.tags());
        assertNull(editor.addTag("grief work"), "a tag already there is fine");
        assertEquals(List.of("grief work"), editor.tags());
        assertEquals("A tag is a word or two, up to 50 characters.", editor.addTag("   "));
        assertEquals("A tag is a word or two, up to 50 characters.", editor.addTag("t".repeat(NoteText.MAX_TAG + 1)));
        for (int i = 1; i < NoteText.MAX_TAGS; i++) {
            assertNull(editor.addTag("tag " + i));
        }
        assertEquals("A note can have up to 20 tags.", editor.addTag("one more"));
        editor.removeTag("grief work");
        assertEquals(NoteText.MAX_TAGS - 1, editor.tags().size());
        assertFalse(repository.find(note.id()).orElseThrow().tags().contains("grief work"));
    }

    @Test
    void closingSavesAndShowsNoNote() {
        NoteListItem note = repository.create(null, null);
        editor.open(note.id());
        editor.bodyProperty().set("Last words");
        editor.close();
        assertNull(editor.noteProperty().get());
        assertEquals("", editor.bodyProperty().get());
        assertEquals("Last words", bodyOf(note));
    }

    @Test
    void onAFullDiskTheTextStaysAndIsSavedOnItsOwnWhenSpaceIsBack() {
        NoteListItem note = repository.create(null, null);
        editor.open(note.id());
        FullDisk.simulate(db, true);
        String text = "What I hope for. " + "I would like us to walk on Sundays again. ".repeat(200);
        editor.bodyProperty().set(text);
        pauses.advance(400);
        assertTrue(editor.statusProperty().get().startsWith("The disk is full, so this is not saved yet."),
                editor.statusProperty().get());
        assertEquals(text, editor.bodyProperty().get(), "the editor keeps the text");
        assertEquals("", bodyOf(note));
        assertTrue(editor.hasUnsavedText());

        FullDisk.simulate(db, false);
        pauses.advance(3000);
        assertEquals(text, bodyOf(note), "saved on its own once there was space");
        assertTrue(editor.statusProperty().get().startsWith("Saved at "), editor.statusProperty().get());
        assertFalse(editor.hasUnsavedText());
    }
}
