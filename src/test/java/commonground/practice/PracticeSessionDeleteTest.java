package commonground.practice;

import commonground.content.Practices;
import commonground.longgame.ComeBackRepository;
import commonground.people.PeopleRepository;
import commonground.people.Person;
import commonground.people.Relationship;
import commonground.shell.ComeBackDates;
import commonground.shell.DatabaseThread;
import commonground.shell.FakeDialogs;
import commonground.storage.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A kept practice session can be deleted: the question names the practice and who it was with, and
 * Cancel keeps it; Delete takes it with its replies and its day to come back, and leaves the
 * character's name and the typed replies nowhere in the data folder.
 */
class PracticeSessionDeleteTest {

    static Practices practices;
    static final String TYPED = "Marigold biscuits, the ones you liked on the ward";

    @TempDir
    Path dir;
    Database db;
    PracticeRepository sessions;
    PracticeListViewModel list;
    final FakeDialogs dialogs = new FakeDialogs();
    Person sam;
    PracticeSession kept;

    @BeforeAll
    static void loadContent() throws Exception {
        practices = Practices.load();
    }

    @BeforeEach
    void open() throws Exception {
        db = Database.open(dir.resolve(Database.FILE_NAME));
        PeopleRepository people = new PeopleRepository(db);
        sam = people.add("Sam", Relationship.PARTNER, "");
        people.add("Sam", Relationship.FRIEND, "");
        sessions = new PracticeRepository(db);
        PracticeLibrary library = new PracticeLibrary(new PracticeTextRepository(db), () -> practices);
        Conversation imFine = library.offers().stream().filter(c -> c.id().equals("im-fine")).findFirst().orElseThrow();
        kept = sessions.start(imFine, "Sammy Quillfeather", sam.id(), List.of());
        sessions.addMove(kept.id(), 0, new Move(imFine.turns().get(0).id(), null, TYPED, Effect.OPENS,
                List.of(), List.of(), 2));
        new ComeBackRepository(db).set(ComeBackDates.PRACTICE, sessions.uuidOf(kept.id()).orElseThrow(), sam.id(),
                LocalDate.of(2026, 12, 9));
        list = new PracticeListViewModel(library, sessions, people, DatabaseThread.sameThread());
        list.setDialogs(dialogs);
        list.load();
    }

    @AfterEach
    void close() {
        db.close();
    }

    private long count(String sql) {
        return db.read(c -> {
            try (var s = c.createStatement(); var rs = s.executeQuery(sql)) {
                return rs.next() ? rs.getLong(1) : 0L;
            }
        });
    }

    @Test
    void cancelKeepsTheSessionAndTheQuestionSaysWhichAndWithWhom() {
        assertEquals(1, list.sessions().size());
        list.delete(list.sessions().get(0));

        FakeDialogs.Asked asked = dialogs.lastAsked();
        assertEquals("Delete this practice session?", asked.title());
        assertTrue(asked.message().contains("\u201cI'm fine\u201d") || asked.message().contains("I'm fine"), asked.message());
        assertTrue(asked.message().contains("Sam \u00B7 Partner"), "whose, told apart from the other Sam: "
                + asked.message());
        assertTrue(asked.message().contains("for good"), asked.message());
        assertEquals(List.of("Delete"), asked.choices());
        assertEquals(1, list.sessions().size(), "Cancel (no answer) keeps it");
        assertEquals(1, count("SELECT count(*) FROM practice_session"));
        assertEquals("", list.sessionMessageProperty().get());
    }

    @Test
    void deletingTakesTheRepliesAndTheComeBackDateAndLeavesNoTextInTheFiles() throws Exception {
        dialogs.confirmNext(true);
        list.delete(list.sessions().get(0));

        assertTrue(list.sessions().isEmpty(), "gone from the list");
        assertTrue(list.sessionMessageProperty().get().startsWith("Deleted: "), list.sessionMessageProperty().get());
        assertEquals(0, count("SELECT count(*) FROM practice_session"));
        assertEquals(0, count("SELECT count(*) FROM practice_move"));
        assertEquals(0, count("SELECT count(*) FROM come_back"), "its day to come back goes too");
        assertFalse(sessions.find(kept.id()).isPresent());

        for (String name : List.of(Database.FILE_NAME, Database.FILE_NAME + "-wal")) {
            Path file = dir.resolve(name);
            if (Files.exists(file)) {
                String bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                assertFalse(bytes.contains("Marigold biscuits"), name + " still holds the typed reply");
                assertFalse(bytes.contains("Sammy Quillfeather"), name + " still holds the character's name");
            }
        }
    }

    @Test
    void aSessionAlreadyGoneSaysSo() {
        PracticeSession shown = list.sessions().get(0);
        sessions.delete(shown.id());
        dialogs.confirmNext(true);
        list.delete(shown);
        assertEquals("That session was already gone.", list.sessionMessageProperty().get());
        assertTrue(list.sessions().isEmpty());
    }
}
