package commonground.practice;

import commonground.content.Practices;
import commonground.language.LanguageCoach;
import commonground.people.PeopleRepository;
import commonground.shell.DatabaseThread;
import commonground.storage.Database;

import java.nio.file.Path;

/**
 * The practice screens' view models as the app wires them, same-thread over a real database in a
 * test's folder: the list (with People), play and the debrief. The built-in conversations and the
 * language coach are read once per test run (the coach when first asked). Close it after each test.
 */
final class PracticeModels implements AutoCloseable {

    private static Practices practices;
    private static LanguageCoach languageCoach;

    final Database db;
    final PeopleRepository people;
    final PracticeRepository sessions;
    final PracticeLibrary library;
    final PracticeListViewModel list;
    final PlayViewModel play;
    final DebriefViewModel debrief;

    /** The built-in conversations, as the app loads them. */
    static synchronized Practices practices() throws Exception {
        if (practices == null) {
            practices = Practices.load();
        }
        return practices;
    }

    static synchronized LanguageCoach languageCoach() {
        if (languageCoach == null) {
            languageCoach = new LanguageCoach();
        }
        return languageCoach;
    }

    /**
     * Opens a database in {@code dir} and wires the view models: Start on the list and "Try again"
     * in the debrief begin a play, and the end of a play opens its debrief. Nothing is loaded yet.
     */
    PracticeModels(Path dir) throws Exception {
        Practices content = practices();
        db = Database.open(dir.resolve(Database.FILE_NAME));
        people = new PeopleRepository(db);
        sessions = new PracticeRepository(db);
        library = new PracticeLibrary(new PracticeTextRepository(db), () -> content);
        DatabaseThread same = DatabaseThread.sameThread();
        // The coach is made at its first review, so a test of the list alone does not pay for it.
        ReplyCoach coach = (text, then) -> ReplyCoach.sameThread(languageCoach()).review(text, then);
        list = new PracticeListViewModel(library, sessions, people, same);
        play = new PlayViewModel(sessions, same, coach, content);
        debrief = new DebriefViewModel(sessions, library, same, coach, content);
        list.setOnPlay(play::begin);
        debrief.setOnPlay(play::begin);
        play.setOnDebrief(debrief::load);
    }

    @Override
    public void close() {
        db.close();
    }
}
