package commonground.storage;

import commonground.content.Practices;
import commonground.people.PeopleRepository;
import commonground.people.Person;
import commonground.people.Relationship;
import commonground.reflection.NoteFilter;
import commonground.reflection.NoteRepository;
import commonground.reflection.NoteSearch;
import commonground.scenarios.ScenarioLibrary;
import commonground.scenarios.ScenarioRepository;
import commonground.scenarios.ScenarioRun;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the review of the lock found in a copied or crafted file, each closed: sizes that told the
 * length of an answer, readable text planted in a sealed column, Argon2 settings that would hang
 * the unlock, and an export carrying a raw blob into a sealed column.
 */
class SealedValueHardeningTest {

    static final char[] PASSPHRASE = "slow river at dusk".toCharArray();

    @TempDir
    Path dir;
    Path file;
    Database db;
    PrivacyLock lock;

    @BeforeEach
    void open() throws Exception {
        file = dir.resolve(Database.FILE_NAME);
        db = PrivacyLockTest.openWithSearch(file);
        lock = new PrivacyLock(db, PrivacyLockTest.FAST);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private void reopenLocked() throws Exception {
        lock.lock();
        db.close();
        db = PrivacyLockTest.openWithSearch(file);
        lock = new PrivacyLock(db, PrivacyLockTest.FAST);
    }

    private void rawUpdate(String sql, Object... args) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            ps.executeUpdate();
        }
    }

    private long storedSize(String table, String column, long id) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT length(\"" + column + "\") FROM \"" + table
                    + "\" WHERE id = ?")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.getLong(1);
                }
            }
        });
    }

    @Test
    void twoAnswersOfDifferentLengthToTheSameStepAreStoredAtTheSameSize() throws Exception {
        Person dad = new PeopleRepository(db).add("Dad", Relationship.PARENT, "");
        Practices practices = Practices.load();
        ScenarioRepository scenarios = new ScenarioRepository(db);
        ScenarioLibrary library = new ScenarioLibrary(scenarios, () -> practices);
        ScenarioRun first = library.start(library.offers().get(0), dad.id());
        ScenarioRun second = library.start(library.offers().get(0), dad.id());
        lock.enable(PASSPHRASE, 15);
        scenarios.saveAnswers(first.id(), Map.of(first.currentStep(), "I stayed quiet"));
        scenarios.saveAnswers(second.id(), Map.of(second.currentStep(),
                "I told him how much I miss our Sunday walks"));
        long a = answerId(first.id());
        long b = answerId(second.id());
        assertEquals(storedSize("scenario_answer", "answer", a), storedSize("scenario_answer", "answer", b),
                "the stored size does not tell which answer was chosen");
        assertEquals("I stayed quiet", scenarios.answers(first.id()).get(first.currentStep()));
        assertEquals("I told him how much I miss our Sunday walks",
                scenarios.answers(second.id()).get(second.currentStep()));
    }

    private long answerId(long runId) {
        return db.read(c -> Sql.queryLong(c, "SELECT id FROM scenario_answer WHERE run_id = " + runId));
    }

    @Test
    void longTextIsPaddedToABucketAndComesBackExactly() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        FieldCipher cipher = new FieldCipher(key, new SecureRandom());
        RowStamp stamp = new RowStamp("0123456789abcdef0123456789abcdef", 3);
        String shorter = "a".repeat(5000);
        String longer = "a".repeat(5100);
        assertEquals(cipher.seal(SealedColumn.NOTE_BODY, 1, stamp, shorter).length,
                cipher.seal(SealedColumn.NOTE_BODY, 1, stamp, longer).length, "5000 and 5100 bytes share a bucket");
        for (String text : List.of("", "é", "x".repeat(63), "x".repeat(64), "y".repeat(1023), "z".repeat(70_001),
                "Zwei Wörter\u0000mit Nullbyte\u0000")) {
            byte[] sealed = cipher.seal(SealedColumn.NOTE_BODY, 7, stamp, text);
            assertEquals(text, cipher.open(SealedColumn.NOTE_BODY, 7, sealed, (col, id) -> stamp));
            assertThrows(SealedTextException.class, () -> cipher.open(SealedColumn.NOTE_BODY, 7, sealed,
                    (col, id) -> stamp.next()), "bound to the write counter");
            int padded = sealed.length - 29;
            assertTrue(padded > text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length, "padded: " + text.length());
            assertTrue(padded <= 64 || padded * 8L <= (text.length() + 1) * 9L + 64 * 8L, "at most about an eighth more");
        }
        assertEquals(64, SizeBuckets.bucket(0));
        assertEquals(64, SizeBuckets.bucket(63));
        assertEquals(128, SizeBuckets.bucket(64));
        assertEquals(1024, SizeBuckets.bucket(1023));
        assertEquals(1152, SizeBuckets.bucket(1024));
    }

    @Test
    void plainTextPutInASealedColumnWhileLockedIsRefusedNotShown() throws Exception {
        NoteRepository notes = new NoteRepository(db);
        long id = notes.create(null, null).id();
        notes.saveBody(id, "Sunday\nWhat I really wrote.");
        lock.enable(PASSPHRASE, 15);
        reopenLocked();
        rawUpdate("UPDATE note SET body = 'Planted\nSomeone else wrote this.' WHERE id = ?", id);
        assertTrue(lock.unlock(PASSPHRASE));
        NoteRepository reopened = new NoteRepository(db);
        SealedTextException e = assertThrows(SealedTextException.class, () -> reopened.find(id));
        assertTrue(e.getMessage().contains("not shown"), e.getMessage());
        assertEquals(List.of(), new NoteSearch(db).search("planted", false, NoteFilter.ALL, 10),
                "planted text is not searchable either");
    }

    private byte[] rawBlob(Path from, String sql, long id) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + from);
             PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.getBytes(1);
            }
        }
    }

    @Test
    void aValueCopiedFromABackupIntoTheLiveRowFailsItsCheck() throws Exception {
        NoteRepository notes = new NoteRepository(db);
        long id = notes.create(null, null).id();
        notes.saveBody(id, "Before\nWhat I wrote first.");
        lock.enable(PASSPHRASE, 15);
        Backups.Backup backup = new Backups(db).now();
        notes.saveBody(id, "After\nWhat I wrote later.");
        byte[] old = rawBlob(backup.file(), "SELECT body FROM note WHERE id = ?", id);
        reopenLocked();
        rawUpdate("UPDATE note SET body = ? WHERE id = ?", old, id);
        assertTrue(lock.unlock(PASSPHRASE));
        NoteRepository reopened = new NoteRepository(db);
        assertThrows(SealedTextException.class, () -> reopened.find(id), "the older text is not shown as current");
        assertEquals("After", reopened.item(id).orElseThrow().title(), "the untouched title still opens");
    }

    @Test
    void aDeletedRowsIdIsNeverUsedAgainNorItsValueAccepted() throws Exception {
        lock.enable(PASSPHRASE, 15);
        NoteRepository notes = new NoteRepository(db);
        notes.create(null, null);
        long gone = notes.create(null, null).id();
        notes.saveBody(gone, "Deleted\nSomething I let go of.");
        byte[] old = rawBlob(file, "SELECT body FROM note WHERE id = ?", gone);
        notes.deleteForever(gone);
        long later = notes.create(null, null).id();
        assertTrue(later > gone, "a new note gets an id never used before");
        reopenLocked();
        rawUpdate("UPDATE note SET id = ?, body = ? WHERE id = ?", gone, old, later);
        assertTrue(lock.unlock(PASSPHRASE));
        assertThrows(SealedTextException.class, () -> new NoteRepository(db).find(gone),
                "a deleted row's value does not pass in another row that takes its id");
    }

    @Test
    void aLockedProfileMigratedToMoreSealedColumnsIsSealedAtTheNextUnlockAndLosesNothing() throws Exception {
        NoteRepository notes = new NoteRepository(db);
        long id = notes.create(null, null).id();
        notes.setTags(id, List.of("hollowmere"));
        lock.enable(PASSPHRASE, 15);
        reopenLocked();
        // As migration 0010 leaves a profile that was locked: the new column still readable, and listed.
        rawUpdate("UPDATE note_tag SET tag = 'hollowmere'");
        rawUpdate("INSERT INTO lock_pending_seal (table_name, column_name) VALUES ('note_tag', 'tag')");
        assertTrue(lock.unlock(PASSPHRASE));
        assertEquals(List.of("hollowmere"), new NoteRepository(db).find(id).orElseThrow().tags());
        assertEquals(0L, (long) db.read(c -> Sql.queryLong(c, "SELECT count(*) FROM lock_pending_seal")));
        lock.lock();
        db.close();
        assertEquals(List.of(), Canary.filesContaining(dir, "hollowmere"));
        db = PrivacyLockTest.openWithSearch(file);
    }

    @Test
    void aValueSealedWithoutPaddingIsSealedAgainPaddedAtTheNextUnlock() throws Exception {
        NoteRepository notes = new NoteRepository(db);
        long id = notes.create(null, null).id();
        lock.enable(PASSPHRASE, 15);
        byte[] key = db.sealing().dataKeyForRewrap();
        String text = "Old\nSealed by an earlier version.";
        byte[] unpadded = sealUnpadded(key, "common-ground/1/note/body/" + id, text);
        reopenLocked();
        // As 0010 leaves a profile locked before it: format 1 values, and a note to seal them again.
        rawUpdate("UPDATE note SET body = ? WHERE id = ?", unpadded, id);
        rawUpdate("INSERT INTO lock_pending_seal (table_name, column_name) VALUES ('*', 'unpadded')");
        assertTrue(lock.unlock(PASSPHRASE));
        assertEquals(text, new NoteRepository(db).find(id).orElseThrow().body());
        byte[] now = rawBlob(file, "SELECT body FROM note WHERE id = ?", id);
        assertEquals(FieldCipher.FORMAT, now[0]);
        assertEquals(0, (now.length - 29) % SizeBuckets.SMALL_STEP);

        reopenLocked();
        rawUpdate("UPDATE note SET body = ? WHERE id = ?", unpadded, id);
        assertTrue(lock.unlock(PASSPHRASE));
        assertThrows(SealedTextException.class, () -> new NoteRepository(db).find(id),
                "once sealed again, an old value pasted back from an earlier backup is refused");
    }

    private static byte[] sealUnpadded(byte[] key, String aad, String text) throws Exception {
        byte[] nonce = new byte[12];
        new SecureRandom().nextBytes(nonce);
        javax.crypto.Cipher cipher = javax.crypto.Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(javax.crypto.Cipher.ENCRYPT_MODE, new javax.crypto.spec.SecretKeySpec(key, "AES"),
                new javax.crypto.spec.GCMParameterSpec(128, nonce));
        cipher.updateAAD(aad.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        byte[] ct = cipher.doFinal(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        byte[] out = new byte[1 + 12 + ct.length];
        out[0] = FieldCipher.FORMAT_UNPADDED;
        System.arraycopy(nonce, 0, out, 1, 12);
        System.arraycopy(ct, 0, out, 13, ct.length);
        return out;
    }

    @Test
    void oneUnreadableRowIsLeftOutAndReportedAndTheListsStillOpen() throws Exception {
        NoteRepository notes = new NoteRepository(db);
        long first = notes.create(null, null).id();
        notes.saveBody(first, "First\nStill here.");
        long damaged = notes.create(null, null).id();
        notes.saveBody(damaged, "Second\nChanged outside the app.");
        Person dad = new PeopleRepository(db).add("Dad", Relationship.PARENT, "");
        commonground.cues.CheckInRepository checkIns = new commonground.cues.CheckInRepository(db);
        for (String activity : List.of("cooking", "walking")) {
            checkIns.add(new commonground.cues.CheckInDraft(dad.id(), java.time.Instant.parse("2026-11-20T18:00:00Z"),
                    "", activity, List.of(), "We cooked together.", ""));
        }
        lock.enable(PASSPHRASE, 15);
        reopenLocked();
        byte[] otherTitle = rawBlob(file, "SELECT title FROM note WHERE id = ?", first);
        rawUpdate("UPDATE note SET title = ? WHERE id = ?", otherTitle, damaged);
        rawUpdate("UPDATE check_in SET activity = x'02' WHERE id = (SELECT max(id) FROM check_in)");
        assertTrue(lock.unlock(PASSPHRASE));

        assertEquals(List.of("First"), new NoteRepository(db).page(NoteFilter.ALL, null, 10).stream()
                .map(commonground.reflection.NoteListItem::title).toList());
        assertEquals(List.of("cooking"), new commonground.cues.CheckInRepository(db).forPerson(dad.id()).stream()
                .map(ci -> ci.draft().activity()).toList());
        assertEquals(2, db.unreadableRowsLeftOut(), "each row left out is reported");
    }

    @Test
    void importingAnExportIntoTheLockedProfileItCameFromAddsNothingTwice() throws Exception {
        Person dad = new PeopleRepository(db).add("Dad", Relationship.PARENT, "");
        Practices practices = Practices.load();
        ScenarioRepository scenarios = new ScenarioRepository(db);
        ScenarioLibrary library = new ScenarioLibrary(scenarios, () -> practices);
        ScenarioRun run = library.start(library.offers().get(0), dad.id());
        NoteRepository notes = new NoteRepository(db);
        long note = notes.create(null, null).id();
        notes.setTags(note, List.of("sunday", "walks"));
        lock.enable(PASSPHRASE, 15);
        scenarios.saveAnswers(run.id(), Map.of(run.currentStep(), "First answer"));
        Path export = dir.resolve("export.json");
        new DataTransfer(db).exportTo(export);
        scenarios.saveAnswers(run.id(), Map.of(run.currentStep(), "Changed since the export"));

        new DataTransfer(db).importFrom(export);
        assertEquals(Map.of(run.currentStep(), "Changed since the export"), scenarios.answers(run.id()),
                "one answer per step, as before the import");
        assertEquals(1L, (long) db.read(c -> Sql.queryLong(c, "SELECT count(*) FROM scenario_answer")));
        assertEquals(List.of("sunday", "walks"), notes.find(note).orElseThrow().tags());
    }

    @Test
    void argonSettingsBeyondTheCapsAreRefusedQuicklyWithAClearMessage() throws Exception {
        new NoteRepository(db).create(null, null);
        lock.enable(PASSPHRASE, 15);
        for (String change : List.of("iterations = 2147483647", "memory_kib = 2147483647", "parallelism = 64")) {
            reopenLocked();
            rawUpdate("UPDATE lock_key SET memory_kib = 8192, iterations = 1, parallelism = 1");
            rawUpdate("UPDATE lock_key SET " + change);
            StorageException e = assertTimeoutPreemptively(Duration.ofSeconds(5),
                    () -> assertThrows(StorageException.class, () -> lock.unlock(PASSPHRASE)), change);
            assertTrue(e.getMessage().contains("more work than the app ever uses"), e.getMessage());
            assertTrue(!lock.isUnlocked());
        }
        rawUpdate("UPDATE lock_key SET memory_kib = 8192, iterations = 1, parallelism = 1");
        assertTrue(lock.unlock(PASSPHRASE), "settings within the caps still open it");
    }

    @Test
    void anExportThatPutsABlobIntoASealedColumnIsRefusedAndTheNotesStillOpen() throws Exception {
        NoteRepository notes = new NoteRepository(db);
        long id = notes.create(null, null).id();
        notes.saveBody(id, "Kept\nThis stays as it is.");
        lock.enable(PASSPHRASE, 15);
        Path export = dir.resolve("export.json");
        new DataTransfer(db).exportTo(export);
        String crafted = Files.readString(export)
                .replace("\"Kept\\nThis stays as it is.\"", "{ \"base64\" : \"AgAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\" }")
                .replaceAll("\"uuid\" : \"[0-9a-f-]{36}\"", "\"uuid\" : \"" + java.util.UUID.randomUUID() + "\"");
        assertNotEquals(Files.readString(export), crafted);
        Files.writeString(export, crafted);
        StorageException e = assertThrows(StorageException.class, () -> new DataTransfer(db).importFrom(export));
        assertTrue(e.getMessage().contains("other than text in 'body'"), e.getMessage());
        assertEquals(1, notes.count(NoteFilter.ALL), "nothing was imported");
        assertEquals("This stays as it is.", notes.find(id).orElseThrow().body().lines().skip(1).findFirst().orElse(""));
        assertEquals(1, notes.page(NoteFilter.ALL, null, 10).size());
    }
}
