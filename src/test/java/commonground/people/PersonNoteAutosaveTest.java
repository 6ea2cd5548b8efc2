package commonground.people;

import commonground.shell.DatabaseThread;
import commonground.shell.FakeDialogs;
import commonground.shell.ManualPauses;
import commonground.storage.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A person's note is saved as it is typed, and as theirs, whatever happens next. */
class PersonNoteAutosaveTest {

    @TempDir
    Path dir;
    Database db;
    PeopleRepository repository;
    ManualPauses pauses = new ManualPauses();
    PeopleViewModel model;
    Person dad;
    Person sam;

    @BeforeEach
    void open() throws Exception {
        db = Database.open(dir.resolve(Database.FILE_NAME));
        repository = new PeopleRepository(db);
        dad = repository.add("Dad", Relationship.PARENT, "Loves the cricket");
        sam = repository.add("Sam", Relationship.PARTNER, "");
        model = new PeopleViewModel(repository, DatabaseThread.sameThread(), new FakeDialogs(), pauses);
        model.reload(dad.id());
    }

    @AfterEach
    void close() {
        db.close();
    }

    private String storedNote(Person p) {
        return repository.find(p.id()).orElseThrow().note();
    }

    @Test
    void aNoteIsSavedOnceTypingPauses() {
        model.noteProperty().set("Loves the cricket. Asked about my job today.");
        assertEquals("Loves the cricket", storedNote(dad), "not while still typing");
        pauses.advance(PeopleViewModel.NOTE_AUTOSAVE.toMillis());
        assertEquals("Loves the cricket. Asked about my job today.", storedNote(dad));
        assertEquals("Loves the cricket. Asked about my job today.", model.selectedProperty().get().note());
    }

    @Test
    void switchingPersonSavesTheNoteAsTheFirstPersonsAndShowsItOnReturn() {
        model.noteProperty().set("He changes the subject");
        model.selectedProperty().set(model.people().stream().filter(p -> p.id() == sam.id()).findFirst().orElseThrow());
        assertEquals("He changes the subject", storedNote(dad));
        assertEquals("", storedNote(sam), "nothing lands on the person switched to");
        assertEquals("", model.noteProperty().get());
        pauses.advance(5_000);
        assertEquals("", storedNote(sam));

        model.selectedProperty().set(model.people().stream().filter(p -> p.id() == dad.id()).findFirst().orElseThrow());
        assertEquals("He changes the subject", model.noteProperty().get());
    }

    @Test
    void leavingOrClosingSavesWithoutWaiting() {
        PeopleModule module = new PeopleModule(model);
        model.noteProperty().set("Typed just before leaving");
        module.canLeave();
        assertEquals("Typed just before leaving", storedNote(dad));
        model.noteProperty().set("Typed just before closing");
        module.onClose();
        assertEquals("Typed just before closing", storedNote(dad));
    }

    @Test
    void aNoteTooLongIsNotSavedAndSaysWhy() {
        model.noteProperty().set("x".repeat(Person.MAX_NOTE + 1));
        pauses.advance(5_000);
        assertEquals("Loves the cricket", storedNote(dad));
        assertEquals(Person.problemWith("Dad", "x".repeat(Person.MAX_NOTE + 1)), model.messageProperty().get());
    }
}
