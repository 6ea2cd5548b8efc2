package commonground.practice;

import commonground.content.Practices;
import commonground.language.LanguageCoach;
import commonground.people.PeopleRepository;
import commonground.shell.DatabaseThread;
import commonground.storage.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Locking while a practice or its debrief is on screen puts away what the user wrote there; after
 * unlocking it is read again from the database, as it stood, and a reply being typed is still there.
 */
class PracticeLockTest {

    static Practices practices;
    static LanguageCoach languageCoach;

    @TempDir
    Path dir;
    Database db;
    PracticeRepository sessions;
    PracticeListViewModel list;
    PlayViewModel play;
    DebriefViewModel debrief;
    PracticeModule module;

    @BeforeAll
    static void loadContent() throws Exception {
        practices = Practices.load();
        languageCoach = new LanguageCoach();
    }

    @BeforeEach
    void open() throws Exception {
        db = Database.open(dir.resolve(Database.FILE_NAME));
        sessions = new PracticeRepository(db);
        PracticeLibrary library = new PracticeLibrary(new PracticeTextRepository(db), () -> practices);
        DatabaseThread same = DatabaseThread.sameThread();
        ReplyCoach coach = ReplyCoach.sameThread(languageCoach);
        list = new PracticeListViewModel(library, sessions, new PeopleRepository(db), same);
        play = new PlayViewModel(sessions, same, coach, practices, library);
        debrief = new DebriefViewModel(sessions, library, same, coach, practices);
        list.setOnPlay(play::begin);
        play.setOnDebrief(debrief::load);
        module = new PracticeModule(list, play, debrief);
        list.load();
        list.selectedProperty().set(list.offers().stream().filter(c -> c.id().equals("im-fine")).findFirst().orElseThrow());
        list.nameProperty().set("Robin");
        list.start();
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aPracticeOnScreenIsPutAwayOnLockingAndShownAgainWhereItStood() {
        play.typedProperty().set("You seem tired tonight. I'm here if you want to talk later.");
        play.sendTyped();
        String says = play.saysProperty().get();
        int openness = play.opennessProperty().get();
        assertEquals("You seem tired tonight. I'm here if you want to talk later.", play.youSaidProperty().get());
        play.typedProperty().set("Half a thought I am still writing");

        module.onLock();

        assertEquals("", play.youSaidProperty().get(), "the reply given is no longer held");
        assertTrue(play.coachNotes().isEmpty());
        assertTrue(play.replies().isEmpty());
        assertEquals("", play.saysProperty().get());
        assertEquals("", play.settingProperty().get());
        assertEquals("Half a thought I am still writing", play.typedProperty().get(), "what is being typed stays");

        play.showAgain(); // what the module's onShow does on the practice page after unlocking

        assertEquals(says, play.saysProperty().get());
        assertEquals(openness, play.opennessProperty().get());
        assertTrue(play.settingProperty().get().contains("Robin"), play.settingProperty().get());
        assertTrue(play.replies().size() >= 3);
        assertEquals("Half a thought I am still writing", play.typedProperty().get());
        assertEquals(1, sessions.find(play.sessionId()).orElseThrow().moves().size(), "nothing was lost or doubled");
    }

    @Test
    void aDebriefOnScreenIsPutAwayOnLockingAndReadAgainAfterUnlocking() {
        play.typedProperty().set("You never tell me anything, honestly.");
        play.sendTyped();
        while (play.endingProperty().get() == null) {
            play.choose(0);
        }
        play.openDebrief();
        String title = debrief.titleProperty().get();
        assertTrue(debrief.entries().stream().anyMatch(e -> e.youSaid().equals("You never tell me anything, honestly.")));

        module.onLock();

        assertTrue(debrief.entries().isEmpty(), "the user's replies are no longer held");
        assertEquals("", debrief.titleProperty().get());
        assertEquals("", debrief.endingTextProperty().get());

        debrief.showAgain();

        assertEquals(title, debrief.titleProperty().get());
        assertTrue(debrief.entries().stream().anyMatch(e -> e.youSaid().equals("You never tell me anything, honestly.")),
                debrief.entries().toString());
        assertNotNull(sessions.find(play.sessionId()).orElseThrow().endingId());
    }

    @Test
    void lockingTwiceStillShowsTheDebriefAgain() {
        while (play.endingProperty().get() == null) {
            play.choose(0);
        }
        play.openDebrief();
        int shown = debrief.entries().size();
        module.onLock();
        module.onLock();
        debrief.showAgain();
        assertEquals(shown, debrief.entries().size());
        assertNull(play.endingProperty().get(), "the practice was put away too");
    }
}
