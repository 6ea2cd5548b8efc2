package commonground.cues;

import commonground.content.Practices;
import commonground.people.PeopleRepository;
import commonground.people.Person;
import commonground.people.Relationship;
import commonground.shell.DatabaseThread;
import commonground.shell.FakeDialogs;
import commonground.storage.Database;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.concurrent.CompletableFuture;

/**
 * The Cues screen's view models over a real database in a test folder, with work done at once on
 * the test's thread, a clock stopped at {@link #NOW} (in this computer's zone, as the app tells
 * times in it) and dialogs answered by the test.
 */
final class CuesFixture implements AutoCloseable {

    /** Saturday 14 March 2026, 18:45, where the tests run. */
    static final LocalDateTime NOW = LocalDateTime.of(2026, 3, 14, 18, 45);

    final Database db;
    final PeopleRepository people;
    final CheckInRepository checkIns;
    final UserCueRepository userCues;
    final ComfortMapRepository comfort;
    final FakeDialogs dialogs = new FakeDialogs();
    final commonground.storage.TestClock clock = new commonground.storage.TestClock(
            NOW.atZone(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault());
    final commonground.shell.ManualPauses pauses = new commonground.shell.ManualPauses();
    final CheckInDraftRepository drafts;
    final CuesViewModel model;

    CuesFixture(Path dir) throws Exception {
        db = Database.open(dir.resolve(Database.FILE_NAME));
        people = new PeopleRepository(db);
        checkIns = new CheckInRepository(db);
        userCues = new UserCueRepository(db);
        comfort = new ComfortMapRepository(db);
        drafts = new CheckInDraftRepository(db);
        model = new CuesViewModel(people, userCues, checkIns, new CheckInHistoryRepository(db), comfort,
                DatabaseThread.sameThread(), dialogs, CompletableFuture.completedFuture(Practices.load()), clock,
                commonground.care.CareNotices.inMemory(), drafts, pauses);
    }

    Person addPerson(String name) {
        return people.add(name, Relationship.PARENT, "");
    }

    /** Loads people and cues, as opening the screen does. */
    CuesFixture reload() {
        model.reload();
        return this;
    }

    @Override
    public void close() {
        db.close();
    }
}
