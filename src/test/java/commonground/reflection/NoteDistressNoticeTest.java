package commonground.reflection;

import commonground.care.CareNoticeRepository;
import commonground.care.CareNotices;
import commonground.care.CrisisLine;
import commonground.shell.DatabaseThread;
import commonground.storage.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The note editor's gentle notice: it shows beside a note, never stops the save, and is per note.
 * Plain JUnit: the database work runs at once on the test thread; saves are made with
 * {@link NoteEditorModel#flush()} (the typing-pause timers need a running JavaFX and do not start here).
 */
class NoteDistressNoticeTest {

    @TempDir
    Path dir;
    Database db;
    NoteRepository notes;
    CareNotices care;
    NoteEditorModel editor;

    @BeforeEach
    void open() throws Exception {
        db = Database.open(dir.resolve("common-ground.db"));
        notes = new NoteRepository(db);
        care = new CareNotices(new CareNoticeRepository(db), DatabaseThread.sameThread(), CrisisLine.NEUTRAL);
        editor = new NoteEditorModel(notes, DatabaseThread.sameThread(), saved -> { }, java.time.ZoneId.systemDefault(),
                new commonground.shell.ManualPauses(), care);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void theNoticeShowsAndTheNoteIsStillSaved() {
        long id = notes.create(null, null).id();
        editor.open(id);
        editor.bodyProperty().set("Long day. Everyone would be better off without me.");
        assertTrue(editor.showDistressCardProperty().get());
        editor.flush();
        assertEquals("Long day. Everyone would be better off without me.", notes.find(id).orElseThrow().body());
    }

    @Test
    void dismissedForOneNoteOnly() {
        long first = notes.create(null, null).id();
        long second = notes.create(null, null).id();
        editor.open(first);
        editor.bodyProperty().set("I cut again last night");
        editor.distressNotice().dismiss();
        assertFalse(editor.showDistressCardProperty().get());
        editor.open(second);
        editor.bodyProperty().set("I cut again last night");
        assertTrue(editor.showDistressCardProperty().get());
        editor.open(first);
        assertFalse(editor.showDistressCardProperty().get());
    }

    @Test
    void turnedOffShowsNothing() {
        care.setEnabled(false);
        editor.open(notes.create(null, null).id());
        editor.bodyProperty().set("I want to end my life");
        assertFalse(editor.showDistressCardProperty().get());
    }

    @Test
    void anIdiomShowsNothing() {
        editor.open(notes.create(null, null).id());
        editor.bodyProperty().set("I'd murder a curry. My feet are killing me.");
        assertFalse(editor.showDistressCardProperty().get());
    }
}
