package commonground.storage;

import commonground.draft.DraftRepository;
import commonground.reflection.NoteFilter;
import commonground.reflection.NoteRepository;
import commonground.reflection.NoteSearch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Changing the lock's keys reaches every backup: after a new passphrase the old one opens
 * nothing in the data folder, after a new recovery key the old one opens nothing, and after a
 * new data key neither the old recovery key nor the old data key itself opens anything.
 */
class LockKeyChangesTest {

    static final char[] OLD = "slow river at dusk".toCharArray();
    static final char[] NEW = "an owl over the barn".toCharArray();

    @TempDir
    Path dir;
    Path file;
    Database db;
    PrivacyLock lock;
    Backups backups;
    long note;

    @BeforeEach
    void open() throws Exception {
        file = dir.resolve(Database.FILE_NAME);
        db = PrivacyLockTest.openWithSearch(file);
        lock = new PrivacyLock(db, PrivacyLockTest.FAST);
        backups = new Backups(db);
        NoteRepository notes = new NoteRepository(db);
        note = notes.create(null, null).id();
        notes.saveBody(note, "Harbour\n" + PrivacyLockTest.CANARY);
        new DraftRepository(db).save("Draft " + PrivacyLockTest.CANARY);
        backups.now(); // made before the lock: sealed when it is turned on
    }

    @AfterEach
    void close() {
        db.close();
    }

    /** The lock on, with a daily, a manual and a before-restore backup made under it. */
    private String lockWithBackups() throws Exception {
        String recovery = lock.enable(OLD, 15).recoveryKey();
        backups.dailyIfDue().orElseThrow();
        Backups.Backup manual = backups.now();
        backups.restore(manual.file()); // keeps a backup of the data as it was just before
        assertTrue(lock.unlock(OLD));
        assertTrue(backups.list().size() >= 4, backups.list().toString());
        return recovery;
    }

    @Test
    void afterANewPassphraseTheOldOneOpensNeitherTheDataFileNorAnyBackup() throws Exception {
        lockWithBackups();
        byte[] oldWrapping = wrapping(db, LockKeys.PASSPHRASE);

        PrivacyLock.KeyChange change = lock.changePassphrase(OLD, NEW);
        assertNotNull(change);
        assertEquals(List.of(), change.backupsNotChanged());
        assertNull(change.recoveryKey(), "the recovery key stays the same");

        assertEquals(List.of(), filesHolding(oldWrapping), "the old wrapping is left in no file");
        for (Path f : everyFile()) {
            assertFalse(opens(f, OLD, null), "the old passphrase opens " + f.getFileName());
            assertTrue(opens(f, NEW, null), "the new passphrase opens " + f.getFileName());
        }
        for (Backups.Backup b : backups.list()) {
            assertEquals("ok", Backups.integrityCheck(b.file()), "a changed backup still passes its check");
        }
        assertTrue(Backups.newestGoodIn(backups.folder()).isPresent());
    }

    @Test
    void aWrongCurrentPassphraseChangesNoKeyAnywhere() throws Exception {
        String recovery = lockWithBackups();
        assertNull(lock.changePassphrase("a guess at it".toCharArray(), NEW));
        assertNull(lock.replaceRecoveryKey("a guess at it".toCharArray()));
        assertNull(lock.rotateDataKey(recovery.toCharArray()), "a new data key needs the passphrase itself");
        for (Path f : everyFile()) {
            assertTrue(opens(f, OLD, null), f.getFileName().toString());
            assertTrue(opens(f, null, recovery), f.getFileName().toString());
        }
    }

    @Test
    void afterANewRecoveryKeyTheOldOneOpensNothingAndThePassphraseStillDoes() throws Exception {
        String oldRecovery = lockWithBackups();
        byte[] oldWrapping = wrapping(db, LockKeys.RECOVERY);

        PrivacyLock.KeyChange change = lock.replaceRecoveryKey(OLD);
        String newRecovery = change.recoveryKey();
        assertNotNull(newRecovery);
        assertNotEquals(oldRecovery, newRecovery);
        assertEquals(List.of(), filesHolding(oldWrapping));
        for (Path f : everyFile()) {
            assertFalse(opens(f, null, oldRecovery), "the old recovery key opens " + f.getFileName());
            assertTrue(opens(f, null, newRecovery), f.getFileName().toString());
            assertTrue(opens(f, OLD, null), f.getFileName().toString());
        }
    }

    @Test
    void afterANewDataKeyNeitherTheOldRecoveryKeyNorTheOldKeyOpenAnything() throws Exception {
        String oldRecovery = lockWithBackups();
        byte[] oldKey = db.sealing().dataKeyForRewrap();
        long newer = new NoteRepository(db).create(null, null).id();
        new NoteRepository(db).saveBody(newer, "Lighthouse\nWritten just before the new key.");

        PrivacyLock.KeyChange change = lock.rotateDataKey(OLD);
        assertNotNull(change);
        assertEquals(List.of(), change.backupsNotChanged());
        assertEquals(0, change.damagedValuesLeft());
        String newRecovery = change.recoveryKey();
        assertNotEquals(oldRecovery, newRecovery);

        assertEquals("Draft " + PrivacyLockTest.CANARY, new DraftRepository(db).current(), "still readable now");
        assertEquals(List.of(newer), new NoteSearch(db).search("lighthouse", false, NoteFilter.ALL, 10).stream()
                .map(commonground.reflection.NoteListItem::id).toList(), "search is built again");
        for (Path f : everyFile()) {
            assertFalse(opens(f, null, oldRecovery), "the old recovery key opens " + f.getFileName());
            assertTrue(opens(f, null, newRecovery), f.getFileName().toString());
            assertTrue(opens(f, OLD, null), f.getFileName().toString());
            assertEquals(0, valuesOpenedBy(f, oldKey), "the old data key opens a value in " + f.getFileName());
        }
        lock.lock();
        assertTrue(lock.unlock(OLD));
        assertEquals("Harbour", new NoteRepository(db).item(note).orElseThrow().title());
        java.util.Arrays.fill(oldKey, (byte) 0);
    }

    @Test
    void aDamagedValueIsLeftAsItWasAndCountedWhileTheRestGetsTheNewKey() throws Exception {
        lock.enable(OLD, 15);
        db.write(c -> {
            try (var ps = c.prepareStatement("UPDATE message_draft SET body = ?")) {
                ps.setBytes(1, new byte[40]);
                ps.executeUpdate();
            }
            return null;
        });
        PrivacyLock.KeyChange change = lock.rotateDataKey(OLD);
        assertEquals(1, change.damagedValuesLeft());
        assertEquals("Harbour", new NoteRepository(db).item(note).orElseThrow().title());
    }

    @Test
    void keyChangesNeedTheAppUnlocked() throws Exception {
        lock.enable(OLD, 15);
        lock.lock();
        assertThrows(LockedException.class, () -> lock.replaceRecoveryKey(OLD));
        assertThrows(LockedException.class, () -> lock.rotateDataKey(OLD));
    }

    private List<Path> everyFile() {
        List<Path> all = new ArrayList<>(List.of(file));
        backups.list().forEach(b -> all.add(b.file()));
        return all;
    }

    /** Whether the passphrase (or else the recovery key) opens the file, opened afresh. */
    private boolean opens(Path f, char[] passphrase, String recovery) throws Exception {
        if (f.equals(file)) {
            return passphrase != null ? unwraps(LockKeys.PASSPHRASE, passphrase)
                    : unwraps(LockKeys.RECOVERY, RecoveryKey.normalize(recovery));
        }
        try (Database copy = PrivacyLockTest.openWithSearch(f)) {
            PrivacyLock l = new PrivacyLock(copy, PrivacyLockTest.FAST);
            assertTrue(l.isEnabled(), f + " is sealed");
            boolean ok = passphrase != null ? l.unlock(passphrase) : l.unlockWithRecoveryKey(recovery);
            if (ok) {
                assertEquals("Draft " + PrivacyLockTest.CANARY, new DraftRepository(copy).current());
            }
            return ok;
        }
    }

    private boolean unwraps(String kind, char[] secret) {
        byte[] key = KeyWrapping.unwrap(db.read(c -> LockKeys.read(c, kind)), secret);
        return key != null;
    }

    private static byte[] wrapping(Database d, String kind) {
        return d.read(c -> LockKeys.read(c, kind)).wrapped();
    }

    private int valuesOpenedBy(Path f, byte[] key) throws Exception {
        FieldCipher cipher = new FieldCipher(key, new java.security.SecureRandom());
        int opened = 0;
        try (Database copy = Database.open(f)) {
            for (SealedColumn col : SealedColumn.values()) {
                List<Object[]> rows = copy.read(c -> {
                    List<Object[]> out = new ArrayList<>();
                    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT id, \""
                            + col.column() + "\" FROM \"" + col.table() + "\" WHERE typeof(\"" + col.column()
                            + "\") = 'blob'")) {
                        while (rs.next()) {
                            out.add(new Object[] {rs.getLong(1), rs.getBytes(2),
                                    RowStamp.read(c, col.table(), rs.getLong(1))});
                        }
                    }
                    return out;
                });
                for (Object[] row : rows) {
                    RowStamp stamp = (RowStamp) row[2];
                    try {
                        cipher.open(col, (Long) row[0], (byte[]) row[1], (column, id) -> stamp);
                        opened++;
                    } catch (SealedTextException expected) {
                        // Sealed under another key: what the test wants.
                    }
                }
            }
        }
        return opened;
    }

    /** Files under the data folder that hold {@code bytes} anywhere. */
    private List<Path> filesHolding(byte[] bytes) throws Exception {
        String needle = HexFormat.of().formatHex(bytes);
        List<Path> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                if (HexFormat.of().formatHex(Files.readAllBytes(p)).contains(needle)) {
                    found.add(p);
                }
            }
        }
        return found;
    }
}
