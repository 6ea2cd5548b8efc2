package commonground.storage;

import commonground.longgame.DisclosureRepository;
import commonground.longgame.Landing;
import commonground.longgame.NewsSituation;
import commonground.longgame.TakenStep;
import commonground.longgame.ToldEntry;
import commonground.longgame.WhoKnowsRepository;
import commonground.people.PeopleRepository;
import commonground.people.Person;
import commonground.people.Relationship;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * With the lock on, a step taken or a "who knows what" entry that is changed, or deleted and put
 * back with Undo, is sealed as when it was first written: a copy of the folder shows none of it, and
 * unlocking shows the changed words.
 */
class LongGameChangesSealedTest {

    private static final String CANARY = "violet-lantern-harbour";

    @TempDir
    Path dir;
    private Database db;

    @BeforeEach
    void open() throws Exception {
        db = PrivacyLockTest.openWithSearch(dir.resolve(Database.FILE_NAME));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void changedAndRestoredEntriesAreSealedLikeNewOnes() throws Exception {
        PrivacyLock lock = new PrivacyLock(db, PrivacyLockTest.FAST);
        lock.enable(PrivacyLockTest.PASSPHRASE, 15);
        Person dad = new PeopleRepository(db).add("Dad", Relationship.PARENT, "");
        DisclosureRepository steps = new DisclosureRepository(db);
        TakenStep first = steps.take(dad.id(), LocalDate.now().minusDays(2), 1, "Something small", Landing.NEUTRAL, "");
        steps.update(first, LocalDate.now().minusDays(1), "Shared " + CANARY, Landing.WARMLY, "Note " + CANARY);
        TakenStep second = steps.take(dad.id(), LocalDate.now(), 2, "Kept " + CANARY, Landing.CLOSED_UP, "");
        steps.deleteTaken(second.id());
        steps.restore(second);

        WhoKnowsRepository news = new WhoKnowsRepository(db);
        NewsSituation s = news.create("Dad's illness", "dad-ill", dad.id());
        ToldEntry ruth = news.addTold(s.id(), "Aunt Ruth", "", "", null);
        news.updateTold(ruth, "Ruth " + CANARY, "Knows " + CANARY, "By " + CANARY, LocalDate.now());
        ToldEntry tom = news.addTold(s.id(), "Tom " + CANARY, "", "", null);
        news.deleteTold(tom.id());
        news.restoreTold(tom);

        lock.lock();
        db.close();
        assertEquals(List.of(), Canary.filesContaining(dir, CANARY), "nothing changed shows in a copy");

        db = PrivacyLockTest.openWithSearch(dir.resolve(Database.FILE_NAME));
        lock = new PrivacyLock(db, PrivacyLockTest.FAST);
        assertTrue(lock.unlock(PrivacyLockTest.PASSPHRASE));
        List<TakenStep> taken = new DisclosureRepository(db).taken(dad.id());
        assertEquals(List.of("Kept " + CANARY, "Shared " + CANARY), taken.stream().map(TakenStep::what).toList());
        assertEquals("Note " + CANARY, taken.get(1).note());
        List<ToldEntry> told = new WhoKnowsRepository(db).told(s.id());
        assertEquals(List.of("Ruth " + CANARY + "|Knows " + CANARY + "|By " + CANARY, "Tom " + CANARY + "||"),
                told.stream().map(e -> e.name() + "|" + e.knows() + "|" + e.toldBy()).toList());
    }
}
