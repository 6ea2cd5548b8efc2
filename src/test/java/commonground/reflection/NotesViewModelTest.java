package commonground.reflection;

import commonground.shell.DatabaseThread;
import commonground.shell.FakeDialogs;
import commonground.shell.ManualPauses;
import commonground.storage.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The notes list: new notes, the trash and its 30 days (by the clock), deleting for good, search, tags. */
class NotesViewModelTest {

    @TempDir
    Path dir;
    Database db;
    NoteRepository repository;
    FakeDialogs dialogs = new FakeDialogs();
    ManualPauses pauses = new ManualPauses();

    @BeforeEach
    void open() throws Exception {
        db = Database.open(dir.resolve(Database.FILE_NAME));
        repository = new NoteRepository(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    /** The notes screen as if opened {@code later} from now. */
    private NotesViewModel screen(Duration later) {
        Clock clock = Clock.offset(Clock.systemDefaultZone(), later);
        return new NotesViewModel(repository, new NoteSearch(db), DatabaseThread.sameThread(), dialogs, clock,
                pauses);
    }

    private NotesViewModel screen() {
        NotesViewModel notes = screen(Duration.ZERO);
        notes.onShow();
        return notes;
    }

    private static void write(NotesViewModel notes, String text) {
        notes.newNote(null, null);
        notes.editor().bodyProperty().set(text);
        notes.flush();
    }

    private static List<String> titles(NotesViewModel notes) {
        return notes.items().stream().map(NoteListItem::title).toList();
    }

    @Test
    void aNewNoteIsAddedOnTopOpenedAndItsTitleFollowsTheText() {
        NotesViewModel notes = screen();
        assertTrue(notes.items().isEmpty());
        write(notes, "Garden day\nwith roses");
        write(notes, "River walk");
        assertEquals(List.of("River walk", "Garden day"), titles(notes));
        assertEquals(2, notes.totalProperty().get());
        assertEquals("River walk", notes.selectedProperty().get().title());
        assertEquals("River walk", notes.editor().bodyProperty().get());
    }

    @Test
    void theNewestNoteIsOpenWhenTheScreenFirstShows() {
        write(screen(), "Older");
        write(screen(), "Newest");
        NotesViewModel notes = screen();
        assertEquals("Newest", notes.selectedProperty().get().title());
        assertEquals("Newest", notes.editor().bodyProperty().get());
    }

    @Test
    void aNoteGoesToTheTrashAndComesBack() {
        NotesViewModel notes = screen();
        write(notes, "Letting go");
        notes.moveToTrash();
        assertEquals("Moved to the trash. You can restore it from there for 30 days.", notes.messageProperty().get());
        assertTrue(notes.items().isEmpty());
        assertNull(notes.selectedProperty().get());

        notes.showTrashProperty().set(true);
        assertEquals(List.of("Letting go"), titles(notes));
        notes.selectedProperty().set(notes.items().get(0));
        notes.restore();
        assertEquals("The note is back with your other notes.", notes.messageProperty().get());
        assertTrue(notes.items().isEmpty(), "the trash is empty again");
        notes.showTrashProperty().set(false);
        assertEquals(List.of("Letting go"), titles(notes));
    }

    @Test
    void deletingForGoodAsksFirst() {
        NotesViewModel notes = screen();
        write(notes, "Unsent letter");
        notes.moveToTrash();
        notes.showTrashProperty().set(true);
        notes.selectedProperty().set(notes.items().get(0));

        dialogs.confirmNext(false);
        notes.deleteForever();
        assertEquals("Delete this note for good?", dialogs.lastAsked().title());
        assertEquals(List.of("Delete for good"), dialogs.lastAsked().choices());
        assertEquals(1, notes.items().size(), "No keeps it");

        dialogs.confirmNext(true);
        notes.deleteForever();
        assertEquals("The note was deleted.", notes.messageProperty().get());
        assertTrue(notes.items().isEmpty());
        assertEquals(0, repository.count(new NoteFilter(null, null, true)));
    }

    @Test
    void theTrashIsEmptiedOfNotesOlderThanThirtyDaysByTheClock() {
        NotesViewModel notes = screen();
        write(notes, "Trashed today");
        notes.moveToTrash();

        screen(Duration.ofDays(29)).onShow();
        assertEquals(1, repository.count(new NoteFilter(null, null, true)), "29 days on, it is still there");
        screen(Duration.ofDays(31)).onShow();
        assertEquals(0, repository.count(new NoteFilter(null, null, true)), "31 days on, it is gone");
    }

    @Test
    void searchFindsWordsAsTheyAreTypedAndLeavesTheTrashOut() {
        NotesViewModel notes = screen();
        write(notes, "Garden plans");
        write(notes, "Gardening alone");
        write(notes, "Quiet evening");

        notes.searchTextProperty().set("gard");
        assertEquals(3, notes.items().size(), "the search waits for typing to pause");
        pauses.advance(120);
        assertEquals(2, notes.items().size());
        assertTrue(notes.items().stream().allMatch(i -> i.snippet() != null), "results show where the words are");

        notes.selectedProperty().set(notes.items().stream().filter(i -> i.title().equals("Gardening alone"))
                .findFirst().orElseThrow());
        notes.moveToTrash();
        notes.searchTextProperty().set("garden");
        pauses.advance(120);
        assertEquals(List.of("Garden plans"), titles(notes));
    }

    @Test
    void tagsInUseAreCountedAndFilterTheList() {
        NotesViewModel notes = screen();
        write(notes, "Grief one");
        notes.editor().addTag("grief");
        write(notes, "Grief two");
        notes.editor().addTag("grief");
        write(notes, "Something else");
        assertEquals(List.of(new TagCount("grief", 2)), notes.tagsInUse());
        notes.tagFilterProperty().set("grief");
        assertEquals(List.of("Grief two", "Grief one"), titles(notes));
        assertEquals(2, notes.totalProperty().get());
    }
}
