package commonground.storage;

import commonground.care.SafetyAnswer;
import commonground.people.PeopleRepository;
import commonground.people.Person;
import commonground.people.Pronouns;
import commonground.people.Relationship;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The answer to the safety question is kept with the person, can be changed, is sealed like
 * everything else the user writes when the passphrase lock is on, and travels in exports.
 */
class SafetyAnswerStorageTest {

    @TempDir
    Path dir;
    Path file;
    Database db;

    @BeforeEach
    void open() throws Exception {
        file = dir.resolve(Database.FILE_NAME);
        db = open(file);
    }

    /** Opens as the app does: with the notes' search index registered, which the lock needs. */
    private static Database open(Path path) throws Exception {
        return PrivacyLockTest.openWithSearch(path);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void theAnswerIsKeptAndCanBeChangedOrTakenBack() {
        PeopleRepository people = new PeopleRepository(db);
        Person sam = people.add("Sam", Relationship.PARTNER, "", Pronouns.HE, SafetyAnswer.NOT_SURE);
        assertEquals(SafetyAnswer.NOT_SURE, people.find(sam.id()).orElseThrow().safety());
        assertEquals(Pronouns.HE, people.find(sam.id()).orElseThrow().pronouns());
        assertTrue(people.find(sam.id()).orElseThrow().safetyFirst());

        people.update(sam.id(), "Sam", Relationship.PARTNER, "", Pronouns.THEY, SafetyAnswer.NO);
        assertEquals(SafetyAnswer.NO, people.find(sam.id()).orElseThrow().safety());
        assertFalse(people.find(sam.id()).orElseThrow().safetyFirst());

        people.update(sam.id(), "Sam B.", Relationship.PARTNER, "Likes boats");
        assertEquals(SafetyAnswer.NO, people.find(sam.id()).orElseThrow().safety(), "a rename keeps the answer");
        assertEquals(Pronouns.THEY, people.find(sam.id()).orElseThrow().pronouns());

        people.setSafety(sam.id(), SafetyAnswer.YES);
        assertEquals(SafetyAnswer.YES, people.find(sam.id()).orElseThrow().safety());
        people.setSafety(sam.id(), null);
        assertNull(people.find(sam.id()).orElseThrow().safety(), "skipping takes the answer back");
        assertNull(people.add("Mum", Relationship.PARENT, "").safety(), "no answer unless one is given");
    }

    @Test
    void withTheLockOnTheAnswerIsSealedAndACopiedFileShowsNothingOfIt() throws Exception {
        PeopleRepository people = new PeopleRepository(db);
        Person sam = people.add("Sam", Relationship.PARTNER, "", Pronouns.SHE, SafetyAnswer.NOT_SURE);
        assertFalse(Canary.filesContaining(dir, "not-sure").isEmpty(), "readable before the lock (the test can see it)");

        PrivacyLock lock = new PrivacyLock(db, PrivacyLockTest.FAST);
        lock.enable(PrivacyLockTest.PASSPHRASE, 15);
        assertEquals("blob", db.read(c -> {
            try (var s = c.createStatement(); var rs = s.executeQuery("SELECT typeof(safety) FROM person")) {
                return rs.getString(1);
            }
        }));
        Person tom = people.add("Tom", Relationship.FRIEND, "", Pronouns.HE, SafetyAnswer.YES);
        lock.lock();
        db.close();
        assertEquals(List.of(), Canary.filesContaining(dir, "not-sure"));

        db = open(file);
        lock = new PrivacyLock(db, PrivacyLockTest.FAST);
        assertTrue(lock.unlock(PrivacyLockTest.PASSPHRASE));
        assertEquals(SafetyAnswer.NOT_SURE, new PeopleRepository(db).find(sam.id()).orElseThrow().safety());
        assertEquals(SafetyAnswer.YES, new PeopleRepository(db).find(tom.id()).orElseThrow().safety());
    }

    @Test
    void anExportCarriesTheAnswerAndThePronounsIntoAnotherProfile() throws Exception {
        PrivacyLock lock = new PrivacyLock(db, PrivacyLockTest.FAST);
        lock.enable(PrivacyLockTest.PASSPHRASE, 15);
        Person sam = new PeopleRepository(db).add("Sam", Relationship.PARTNER, "", Pronouns.NAME,
                SafetyAnswer.YES);
        Path export = dir.resolve("export.json");
        new DataTransfer(db).exportTo(export);
        assertTrue(Files.readString(export).contains("\"safety\" : \"yes\""), Files.readString(export));

        try (Database fresh = open(dir.resolve("other").resolve(Database.FILE_NAME))) {
            new DataTransfer(fresh).importFrom(export);
            Person imported = new PeopleRepository(fresh).active().get(0);
            assertEquals(sam.uuid(), imported.uuid());
            assertEquals(SafetyAnswer.YES, imported.safety());
            assertEquals(Pronouns.NAME, imported.pronouns());
        }
    }
}
