package commonground.storage;

import commonground.reflection.NoteSearch;
import commonground.scenarios.ScenarioRepository;
import commonground.cues.CheckInRepository;
import commonground.cues.ComfortMapRepository;
import commonground.people.PeopleRepository;
import commonground.draft.DraftRepository;
import commonground.reflection.NoteRepository;
import commonground.reflection.NeedsRepository;
import commonground.content.Practices;
import commonground.cues.CheckInCue;
import commonground.cues.CheckInDraft;
import commonground.cues.ComfortList;
import commonground.cues.ComfortMap;
import commonground.cues.CueCategory;
import commonground.people.Person;
import commonground.people.Relationship;
import commonground.reflection.NoteFilter;
import commonground.reflection.SourceKind;
import commonground.scenarios.ScenarioLibrary;
import commonground.scenarios.ScenarioRun;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The passphrase lock at the storage level, on real files: what is sealed, what a copied file
 * shows (nothing of the text), wrong and right passphrases, the recovery key, a new passphrase,
 * tampering, backups, export and import, and turning the lock off again.
 */
class PrivacyLockTest {

    /** Invented words, found nowhere in the app's own content. */
    static final String CANARY = "Quorvell zintaphre mellowbrisk";
    static final char[] PASSPHRASE = "slow river at dusk".toCharArray();
    /** Cheaper than the real settings, so the suite stays quick; the real ones are measured in a benchmark. */
    static final KeyDerivation FAST = new KeyDerivation(8 * 1024, 1, 1);
    /** A prompt id as the notes module stores it: which prompt a note was written from. */
    static final String PROMPT = "grief-hoping";

    @TempDir
    Path dir;
    Path file;
    Database db;
    PrivacyLock lock;
    Person dad;
    long note;
    long run;

    @BeforeEach
    void open() throws Exception {
        file = dir.resolve(Database.FILE_NAME);
        db = openWithSearch(file);
        lock = new PrivacyLock(db, FAST);
    }

    /** Opens as the app does: with the notes' search index registered. */
    static Database openWithSearch(Path file) throws DatabaseOpenException {
        Database opened = Database.open(file);
        opened.registerSearchIndex(NoteSearch.INDEX);
        return opened;
    }

    @AfterEach
    void close() {
        db.close();
    }

    /** Something in every sealed column, each holding the canary phrase. */
    private void writeEverything(String phrase) throws Exception {
        PeopleRepository people = new PeopleRepository(db);
        dad = people.add("Dad", Relationship.PARENT, "Note: " + phrase);
        Practices practices = Practices.load();
        ScenarioRepository scenarios = new ScenarioRepository(db);
        ScenarioLibrary library = new ScenarioLibrary(scenarios, () -> practices);
        ScenarioRun r = library.start(library.offers().get(0), dad.id());
        run = r.id();
        scenarios.saveAnswers(run, Map.of(r.currentStep(), "Answer: " + phrase));
        scenarios.saveProgress(run, "second-step", List.of(r.currentStep(), "after-that"), false);
        String cue = new commonground.cues.UserCueRepository(db).add(new commonground.cues.CueText(CueCategory.HANDS,
                "Seen " + phrase, "Meaning " + phrase, List.of("Ack " + phrase), "Nonverbal " + phrase,
                "Unsaid " + phrase));
        new CheckInRepository(db).add(new CheckInDraft(dad.id(), Instant.parse("2026-11-20T18:00:00Z"),
                "Context " + phrase, "Activity " + phrase,
                List.of(new CheckInCue("looking-away", CueCategory.EYES, "Looks away", 2),
                        new CheckInCue(cue, CueCategory.HANDS, "Seen " + phrase, null)), "Check-in " + phrase,
                "Response " + phrase));
        new ComfortMapRepository(db).save(dad.id(), new ComfortMap(Map.of(ComfortList.values()[0],
                List.of("Comfort " + phrase))));
        NoteRepository notes = new NoteRepository(db);
        note = notes.create(PROMPT, "grief").id();
        notes.saveBody(note, phrase + "\nWe walked by the water. " + phrase);
        notes.setTags(note, List.of(phrase.split(" ")[1]));
        NeedsRepository needs = new NeedsRepository(db);
        needs.addCheckIn(Map.of("closeness", 2), "Needs " + phrase);
        needs.addSource("closeness", SourceKind.PLACE, null, "Place " + phrase);
        new DraftRepository(db).save("Draft " + phrase);
        new commonground.care.SupportContactRepository(db).add("Friend " + phrase, "0161 496 0000");
        commonground.practice.PracticeLibrary practiceLibrary = new commonground.practice.PracticeLibrary(
                new commonground.practice.PracticeTextRepository(db), () -> practices);
        commonground.practice.Conversation talk = practiceLibrary.offers().get(0);
        new commonground.practice.PracticeRepository(db).start(talk, "Name " + phrase, dad.id(), List.of(
                new commonground.practice.Move(talk.first().id(), null, "Typed " + phrase,
                        commonground.practice.Effect.NEUTRAL, List.of(), List.of(), 1)));
    }

    @Test
    void aCopiedFileShowsNothingOfWhatWasWrittenAndUnlockingShowsAllOfIt() throws Exception {
        writeEverything(CANARY);
        assertFalse(Canary.filesContaining(dir, CANARY).isEmpty(), "readable before the lock (the test can see it)");

        String recovery = lock.enable(PASSPHRASE, 15).recoveryKey();
        assertTrue(recovery.matches("([0-9A-Z]{4}-){7}[0-9A-Z]{4}"), recovery);
        assertEquals(0, readableValuesLeft(), "every free-text value is sealed");
        lock.lock();
        db.close();
        assertEquals(List.of(), Canary.filesContaining(dir, CANARY));

        db = openWithSearch(file);
        lock = new PrivacyLock(db, FAST);
        assertTrue(lock.isEnabled());
        assertFalse(lock.isUnlocked());
        assertThrows(LockedException.class, () -> new NoteRepository(db).find(note));
        assertTrue(lock.unlock(PASSPHRASE));
        assertEquals(CANARY + "\nWe walked by the water. " + CANARY, new NoteRepository(db).find(note).orElseThrow().body());
        assertEquals(CANARY, new NoteRepository(db).item(note).orElseThrow().title());
        assertEquals("Note: " + CANARY, new PeopleRepository(db).find(dad.id()).orElseThrow().note());
        var practised = new commonground.practice.PracticeRepository(db).all().get(0);
        assertEquals("Name " + CANARY, practised.characterName());
        assertEquals("Typed " + CANARY, practised.moves().get(0).typed());
        assertEquals("Answer: " + CANARY, new ScenarioRepository(db).answers(run).values().iterator().next());
        var checkIn = new CheckInRepository(db).forPerson(dad.id()).get(0).draft();
        assertEquals(List.of("Context " + CANARY, "Check-in " + CANARY, "Response " + CANARY),
                List.of(checkIn.context(), checkIn.note(), checkIn.response()));
        assertEquals(List.of("Comfort " + CANARY), new ComfortMapRepository(db).load(dad.id()).get(ComfortList.values()[0]));
        assertEquals("Needs " + CANARY, new NeedsRepository(db).checkIns(5).get(0).note());
        assertEquals("Place " + CANARY, new NeedsRepository(db).sources("closeness").get(0).label());
        assertEquals("Draft " + CANARY, new DraftRepository(db).current());
        var cue = new commonground.cues.UserCueRepository(db).all().get(0).text();
        assertEquals(List.of("Seen " + CANARY, "Meaning " + CANARY, "Ack " + CANARY, "Nonverbal " + CANARY,
                "Unsaid " + CANARY), List.of(cue.seen(), cue.mightMean(), cue.acknowledgements().get(0),
                cue.nonverbal(), cue.notToSay()));
        assertEquals("Activity " + CANARY, checkIn.activity());
        assertEquals("Seen " + CANARY, checkIn.cues().get(1).seen());
        assertEquals(List.of("zintaphre"), new NoteRepository(db).find(note).orElseThrow().tags());
        assertEquals(PROMPT, new NoteRepository(db).find(note).orElseThrow().promptId());
        var walked = new ScenarioRepository(db).run(run).orElseThrow();
        assertEquals("second-step", walked.currentStep());
        assertEquals(2, walked.path().size());
        assertEquals(Map.of("closeness", 2), new NeedsRepository(db).checkIns(5).get(0).ratings());
        assertEquals(List.of(new commonground.cues.ActivityComfort("Activity " + CANARY, 1, 0)),
                new commonground.cues.CheckInHistoryRepository(db).activityComfort(dad.id()));
        assertEquals(1, new NoteRepository(db).count(new NoteFilter("zintaphre", null, false)));
    }

    @Test
    void aLockedCopyHoldsNoChoiceInReadableForm() throws Exception {
        writeEverything(CANARY);
        lock.enable(PASSPHRASE, 15);
        lock.lock();
        db.close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            for (String column : List.of("note.prompt_id", "scenario_run.current_step", "scenario_run.path",
                    "needs_checkin_rating.rating", "check_in.activity", "note_tag.tag", "check_in_cue.seen",
                    "scenario_answer.step_id")) {
                String[] tc = column.split("\\.");
                try (ResultSet rs = s.executeQuery("SELECT count(*), sum(typeof(" + tc[1] + ") = 'blob') FROM " + tc[0])) {
                    assertTrue(rs.getLong(1) > 0, column + " has something to check");
                    assertEquals(rs.getLong(1), rs.getLong(2), column + " is sealed in every row");
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM note WHERE prompt_id LIKE '%grief-hoping%'")) {
                assertEquals(0, rs.getLong(1));
            }
        }
        db = openWithSearch(file);
    }

    private long readableValuesLeft() {
        return db.read(c -> {
            long n = 0;
            for (SealedColumn col : SealedColumn.values()) {
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM \""
                        + col.table() + "\" WHERE typeof(\"" + col.column() + "\") NOT IN ('blob', 'null')")) {
                    n += rs.getLong(1);
                }
            }
            return n;
        });
    }

    @Test
    void searchWorksAfterUnlockingFromAnIndexHeldInMemory() throws Exception {
        writeEverything(CANARY);
        NoteRepository notes = new NoteRepository(db);
        long other = notes.create(null, null).id();
        notes.saveBody(other, "Garden\nThe roses by the fence.");
        lock.enable(PASSPHRASE, 15);
        NoteSearch search = new NoteSearch(db);
        assertEquals(List.of(note), ids(search.search("zintaphre", false, NoteFilter.ALL, 10)));
        lock.lock();
        assertThrows(LockedException.class, () -> search.search("roses", false, NoteFilter.ALL, 10));
        assertTrue(lock.unlock(PASSPHRASE));
        assertEquals(List.of(other), ids(search.search("ros", true, NoteFilter.ALL, 10)));
        assertEquals(List.of(other), ids(search.search("\"by the fence\"", false, NoteFilter.ALL, 10)));
        assertTrue(search.search("roses", false, NoteFilter.ALL, 10).get(0).snippet().contains("\u0002roses\u0003"));

        long later = notes.create(null, null).id();
        notes.saveBody(later, "Later\nA note about tulips, written while unlocked.");
        assertEquals(List.of(later), ids(search.search("tulips", false, NoteFilter.ALL, 10)));
        notes.moveToTrash(later);
        assertEquals(List.of(), ids(search.search("tulips", false, NoteFilter.ALL, 10)));
        notes.deleteForever(later);
        assertEquals(List.of(), ids(search.search("tulips", false, NoteFilter.ALL, 10)));
        long terms = db.read(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM main.note_fts_data "
                    + "WHERE id > 10")) {
                return rs.getLong(1);
            }
        });
        assertEquals(0, terms, "the index on disk holds no terms");
    }

    private static List<Long> ids(List<commonground.reflection.NoteListItem> hits) {
        return hits.stream().map(commonground.reflection.NoteListItem::id).toList();
    }

    @Test
    void theLockIsNotTurnedOnWhileASearchIndexIsUnregisteredAndNothingChanges() throws Exception {
        db.close();
        db = Database.open(file);
        lock = new PrivacyLock(db, FAST);
        writeEverything(CANARY);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> lock.enable(PASSPHRASE, 15));
        assertTrue(e.getMessage().contains("note_fts"), e.getMessage());
        assertFalse(lock.isEnabled());
        assertEquals("Draft " + CANARY, new DraftRepository(db).current());
        long keys = db.read(c -> Sql.queryLong(c, "SELECT count(*) FROM lock_key"));
        assertEquals(0, keys);
        assertEquals(List.of(note), ids(new NoteSearch(db).search("zintaphre", false, NoteFilter.ALL, 10)));
    }

    @Test
    void aWrongPassphraseIsReportedAsWrongAsOftenAsItIsTried() throws Exception {
        writeEverything(CANARY);
        lock.enable(PASSPHRASE, 15);
        lock.lock();
        for (int i = 0; i < 5; i++) {
            assertFalse(lock.unlock("slow river at dawn".toCharArray()));
        }
        assertFalse(lock.isUnlocked());
        assertTrue(lock.unlock(PASSPHRASE));
        assertEquals("Draft " + CANARY, new DraftRepository(db).current());
    }

    @Test
    void theRecoveryKeyUnlocksHoweverItIsTyped() throws Exception {
        writeEverything(CANARY);
        String recovery = lock.enable(PASSPHRASE, 15).recoveryKey();
        lock.lock();
        assertFalse(lock.unlockWithRecoveryKey("not a key"));
        assertFalse(lock.unlockWithRecoveryKey(RecoveryKey.generate(new java.security.SecureRandom())));
        String typed = recovery.toLowerCase(Locale.ROOT).replace("-", " ").replace('0', 'o');
        assertTrue(lock.unlockWithRecoveryKey(typed));
        assertEquals("Draft " + CANARY, new DraftRepository(db).current());
    }

    @Test
    void aNewPassphraseReplacesTheOldOneAndTheRecoveryKeyStillWorks() throws Exception {
        writeEverything(CANARY);
        String recovery = lock.enable(PASSPHRASE, 15).recoveryKey();
        assertNull(lock.changePassphrase("a guess at it".toCharArray(), "a kinder new phrase".toCharArray()),
                "a wrong current passphrase changes nothing");
        lock.lock();
        assertFalse(lock.unlock("a kinder new phrase".toCharArray()));
        assertTrue(lock.unlock(PASSPHRASE));
        assertNotNull(lock.changePassphrase(PASSPHRASE, "a kinder new phrase".toCharArray()));
        lock.lock();
        assertFalse(lock.unlock(PASSPHRASE));
        assertTrue(lock.unlock("a kinder new phrase".toCharArray()));
        lock.lock();
        assertTrue(lock.unlockWithRecoveryKey(recovery));
        assertThrows(IllegalArgumentException.class,
                () -> lock.changePassphrase("a kinder new phrase".toCharArray(), "short".toCharArray()));
        assertNotNull(lock.changePassphrase(recovery.toCharArray(), "another phrase again".toCharArray()),
                "the recovery key also confirms who is changing it");
    }

    @Test
    void swappedCiphertextsFailTheirCheckAndNeverShowTheOtherText() throws Exception {
        NoteRepository notes = new NoteRepository(db);
        long a = notes.create(null, null).id();
        notes.saveBody(a, "First\nOnly in the first note.");
        long b = notes.create(null, null).id();
        notes.saveBody(b, "Second\nOnly in the second note.");
        lock.enable(PASSPHRASE, 15);
        lock.lock();
        db.close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            byte[] bodyA = blob(c, a);
            byte[] bodyB = blob(c, b);
            try (PreparedStatement ps = c.prepareStatement("UPDATE note SET body = ? WHERE id = ?")) {
                ps.setBytes(1, bodyB);
                ps.setLong(2, a);
                ps.executeUpdate();
                ps.setBytes(1, bodyA);
                ps.setLong(2, b);
                ps.executeUpdate();
            }
        }
        db = openWithSearch(file);
        lock = new PrivacyLock(db, FAST);
        assertTrue(lock.unlock(PASSPHRASE), "the passphrase still unlocks");
        NoteRepository reopened = new NoteRepository(db);
        SealedTextException e = assertThrows(SealedTextException.class, () -> reopened.find(a));
        assertTrue(e.getMessage().contains("integrity check"), e.getMessage());
        assertThrows(SealedTextException.class, () -> reopened.find(b));
        assertEquals("First", reopened.item(a).orElseThrow().title(), "the untouched title still opens");
        assertEquals(List.of(), ids(new NoteSearch(db).search("only", false, NoteFilter.ALL, 10)),
                "a swapped body is not indexed under another note");
    }

    private static byte[] blob(Connection c, long id) throws Exception {
        try (PreparedStatement ps = c.prepareStatement("SELECT body FROM note WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.getBytes(1);
            }
        }
    }

    @Test
    void backupsHoldOnlyTheSealedFormAndOneRestoresWithThePassphrase() throws Exception {
        writeEverything(CANARY);
        Backups backups = new Backups(db);
        backups.now();
        assertFalse(Canary.filesContaining(backups.folder(), CANARY).isEmpty(), "an earlier backup holds readable text");

        Path notOurs = backups.folder().resolve("common-ground-2026-01-02T030405.db");
        Files.writeString(notOurs, "not a database, and readable: " + CANARY);
        assertEquals(List.of(notOurs), lock.enable(PASSPHRASE, 15).backupsLeftReadable(),
                "a backup that cannot be opened is named, and left exactly as it was");
        assertEquals("not a database, and readable: " + CANARY, Files.readString(notOurs));
        Files.delete(notOurs);
        Backups.Backup sealed = backups.now();
        assertEquals(List.of(), Canary.filesContaining(backups.folder(), CANARY));

        new DraftRepository(db).save("Changed after the backup");
        backups.restore(sealed.file());
        assertTrue(lock.isEnabled());
        assertFalse(lock.isUnlocked(), "a restore locks, as the backup may have another passphrase");
        assertTrue(lock.unlock(PASSPHRASE));
        assertEquals("Draft " + CANARY, new DraftRepository(db).current());
    }

    @Test
    void anExportIsReadableAndAnImportIntoALockedProfileIsSealed() throws Exception {
        writeEverything(CANARY);
        lock.enable(PASSPHRASE, 15);
        Path export = dir.resolve("export.json");
        new DataTransfer(db).exportTo(export);
        assertTrue(Files.readString(export).contains("Draft " + CANARY));
        assertFalse(Files.readString(export).contains("lock_key"), "the wrapped keys are not exported");

        Path other = dir.resolve("other");
        try (Database fresh = openWithSearch(other.resolve(Database.FILE_NAME))) {
            PrivacyLock freshLock = new PrivacyLock(fresh, FAST);
            freshLock.enable("another long phrase".toCharArray(), 5);
            new DataTransfer(fresh).importFrom(export);
            assertEquals("Draft " + CANARY, new DraftRepository(fresh).current());
            assertEquals(1, new NoteSearch(fresh).search("zintaphre", false, NoteFilter.ALL, 10).size());
        }
        Files.delete(export);
        assertEquals(List.of(), Canary.filesContaining(other, CANARY));
    }

    @Test
    void turningTheLockOffMakesEverythingReadableAndSearchableAgain() throws Exception {
        writeEverything(CANARY);
        lock.enable(PASSPHRASE, 30);
        assertEquals(30, lock.autoLockMinutes());
        lock.lock();
        assertThrows(LockedException.class, () -> lock.disable(PASSPHRASE));
        assertTrue(lock.unlock(PASSPHRASE));
        assertFalse(lock.disable("not the passphrase".toCharArray()), "someone at an open app cannot turn it off");
        assertFalse(lock.disable(new char[0]));
        assertTrue(lock.isEnabled());
        assertTrue(lock.disable(PASSPHRASE));
        assertFalse(lock.isEnabled());
        db.close();
        db = openWithSearch(file);
        assertFalse(db.isLockEnabled());
        assertEquals("Draft " + CANARY, new DraftRepository(db).current());
        assertEquals(List.of(note), ids(new NoteSearch(db).search("zintaphre", false, NoteFilter.ALL, 10)));
        assertEquals(List.of(note), ids(new NoteSearch(db).search("\"walked by the\"", false, NoteFilter.ALL, 10)));
    }

    @Test
    void textTooLongIsRefusedBeforeSealingAndNothingChanges() throws Exception {
        lock.enable(PASSPHRASE, 15);
        DraftRepository drafts = new DraftRepository(db);
        drafts.save("Kept");
        assertThrows(IllegalArgumentException.class, () -> drafts.save("x".repeat(100_001)));
        assertEquals("Kept", drafts.current());
    }

    @Test
    void whenCompactingFailsAfterTurningTheLockOnTheKeyIsStillGivenTheProblemSaidAndItIsTriedAgain() throws Exception {
        writeEverything(CANARY);
        PrivacyLock.Enabled on;
        try (Connection reader = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement s = reader.createStatement()) {
            s.execute("BEGIN");
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM note")) {
                assertTrue(rs.next()); // another program holds a read snapshot, so the log cannot be emptied
            }
            on = lock.enable(PASSPHRASE, 15);
            s.execute("COMMIT");
        }
        assertNotNull(on.compactionProblem(), "the failure is reported, not passed over");
        assertTrue(on.recoveryKey().matches("([0-9A-Z]{4}-){7}[0-9A-Z]{4}"), "the key is given all the same");
        assertTrue(lock.isEnabled());
        assertEquals(0, readableValuesLeft());
        lock.compact();
        lock.lock();
        assertTrue(lock.unlockWithRecoveryKey(on.recoveryKey()));
        lock.lock();
        db.close();
        assertEquals(List.of(), Canary.filesContaining(dir, CANARY), "once compacted, nothing readable is left");
        db = openWithSearch(file);
    }
}
