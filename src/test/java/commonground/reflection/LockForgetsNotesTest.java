package commonground.reflection;

import commonground.storage.FastKeys;
import com.sun.management.HotSpotDiagnosticMXBean;
import commonground.care.CareNotices;
import commonground.shell.DatabaseThread;
import commonground.shell.FakeDialogs;
import commonground.shell.ManualPauses;
import commonground.storage.Database;
import commonground.storage.PrivacyLock;
import commonground.storage.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Locking forgets: after the app locks, a heap dump of this JVM holds nothing of a note that was
 * open, listed and found by search; after unlocking, the same note is open again.
 *
 * <p>The canary is made at random while the test runs and kept only masked (each byte XOR a
 * constant), so the test itself holds no copy of it in the heap when the dump is taken.
 */
class LockForgetsNotesTest {

    private static final int MASK = 0x5A;

    @TempDir
    Path dir;
    Database db;
    PrivacyLock lock;
    NoteRepository notes;
    ManualPauses pauses = new ManualPauses();
    NotesViewModel model;
    CareNotices care = CareNotices.inMemory();
    /** The canary, masked. */
    byte[] masked;
    long note;

    @BeforeEach
    void open() throws Exception {
        db = Database.open(dir.resolve(Database.FILE_NAME));
        db.registerSearchIndex(NoteSearch.INDEX);
        lock = new PrivacyLock(db, FastKeys.COST);
        lock.enable("lanterns over the quiet harbour".toCharArray(), 15);
        notes = new NoteRepository(db);
        note = notes.create(null, null).id();
        writeCanary();
        model = new NotesViewModel(notes, new NoteSearch(db), DatabaseThread.sameThread(), new FakeDialogs(),
                TestClock.at("2026-12-01T10:00:00Z"), pauses, care);
    }

    @AfterEach
    void close() {
        db.close();
    }

    /** A word of 24 random letters, written as the note's title and twice in its body; only its mask is kept. */
    private void writeCanary() {
        SecureRandom random = new SecureRandom();
        char[] word = new char[24];
        for (int i = 0; i < word.length; i++) {
            word[i] = (char) ('a' + random.nextInt(26));
        }
        masked = new byte[word.length];
        for (int i = 0; i < word.length; i++) {
            masked[i] = (byte) (word[i] ^ MASK);
        }
        StringBuilder body = new StringBuilder().append(word).append('\n').append("By the water, ").append(word)
                .append(" again.");
        notes.saveBody(note, body.toString());
        Arrays.fill(word, '\0');
        body.setLength(0);
    }

    private boolean holdsCanary(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
        outer:
        for (int i = 0; i + masked.length <= bytes.length; i++) {
            for (int j = 0; j < masked.length; j++) {
                if ((bytes[i + j] ^ MASK) != masked[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    @Test
    void afterLockingAHeapDumpHoldsNothingOfTheOpenNoteAndUnlockingOpensItAgain() throws Exception {
        model.onShow();
        assertEquals(note, model.selectedProperty().get().id(), "the latest note is open");
        assertTrue(holdsCanary(model.editor().bodyProperty().get()));
        assertTrue(holdsCanary(model.items().get(0).title()));
        model.searchTextProperty().set("water");
        pauses.advance(1_000);
        assertEquals(1, model.items().size(), "found by search");

        model.onLock();
        care.forgetTexts(); // as the app's LockController does on every lock
        lock.lock();
        assertNull(model.selectedProperty().get());
        assertEquals("", model.editor().bodyProperty().get());
        assertTrue(model.items().isEmpty());
        assertEquals("", model.searchTextProperty().get(), "the last search is forgotten");

        List<String> found = canaryInHeapDump();
        assertEquals(List.of(), found, "the heap still holds the open note's text");

        assertTrue(lock.unlock("lanterns over the quiet harbour".toCharArray()));
        model.onShow();
        assertEquals(note, model.selectedProperty().get().id(), "the same note is open again");
        assertTrue(holdsCanary(model.editor().bodyProperty().get()));
        assertFalse(model.items().isEmpty());
    }

    /** Dumps the live heap of this JVM and says where the canary was found in it (Latin-1 or UTF-16). */
    private List<String> canaryInHeapDump() throws IOException {
        Path dump = dir.resolve("heap.hprof");
        ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class).dumpHeap(dump.toString(), true);
        byte[] latin = new byte[masked.length];
        byte[] utf16 = new byte[masked.length * 2];
        for (int i = 0; i < masked.length; i++) {
            latin[i] = (byte) (masked[i] ^ MASK);
            utf16[2 * i] = latin[i];
        }
        List<String> found = new ArrayList<>();
        long[] at = {indexOf(dump, latin), indexOf(dump, utf16)};
        if (at[0] >= 0) {
            found.add("Latin-1 at byte " + at[0]);
        }
        if (at[1] >= 0) {
            found.add("UTF-16 at byte " + at[1]);
        }
        Arrays.fill(latin, (byte) 0);
        Arrays.fill(utf16, (byte) 0);
        if (found.isEmpty()) {
            Files.delete(dump);
        } else {
            // Kept for whoever looks into what still holds the text (target/ is never committed).
            Files.move(dump, Path.of("target", "lock-forgets-heap.hprof"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        return found;
    }

    /** Where {@code needle} first occurs in the file, or -1; read in blocks that overlap by the needle's length. */
    private static long indexOf(Path file, byte[] needle) throws IOException {
        byte[] buffer = new byte[1 << 20];
        long offset = 0;
        int kept = 0;
        try (InputStream in = Files.newInputStream(file)) {
            int n;
            while ((n = in.read(buffer, kept, buffer.length - kept)) > 0) {
                int end = kept + n;
                outer:
                for (int i = 0; i + needle.length <= end; i++) {
                    for (int j = 0; j < needle.length; j++) {
                        if (buffer[i + j] != needle[j]) {
                            continue outer;
                        }
                    }
                    return offset + i;
                }
                kept = Math.min(needle.length - 1, end);
                System.arraycopy(buffer, end - kept, buffer, 0, kept);
                offset += end - kept;
            }
        }
        return -1;
    }
}
