package commonground.storage.sync;

import com.fasterxml.jackson.databind.node.ObjectNode;
import commonground.storage.Database;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What sync tools and crashes do to the folder: each is refused or passed over, and nothing is lost. */
class SyncFolderTest extends TwoComputers {

    @BeforeEach
    void setUp() throws Exception {
        laptop.sync.start(shared, PASSPHRASE, "Laptop");
        desktop.sync.join(shared, PASSPHRASE, "Desktop");
    }

    private String laptopDevice() {
        return laptop.db.read(c -> new SyncState(laptop.db).setting(c)).deviceId();
    }

    private TreeMap<Long, Path> laptopSegments() throws Exception {
        return new SyncFolder(shared).segments(laptopDevice());
    }

    /** Writes a note on the laptop and syncs it; returns the new segment's path and the note's uuid. */
    private Object[] laptopWrites(String body) throws Exception {
        clock.advance(Duration.ofSeconds(1));
        long id = laptop.note(body);
        laptop.sync.syncNow();
        return new Object[] {laptopSegments().lastEntry().getValue(), laptop.uuidOf(id)};
    }

    @Test
    void aChangedSegmentIsRefusedByNameAndNothingInItOrAfterItIsApplied() throws Exception {
        Object[] first = laptopWrites("One");
        Object[] second = laptopWrites("Two");
        Path seg = (Path) first[0];
        byte[] original = Files.readAllBytes(seg);
        byte[] changed = original.clone();
        changed[changed.length / 2] ^= 1;
        Files.write(seg, changed);

        SyncReport r = desktop.sync.syncNow();
        assertEquals(1, r.problems().size(), r.problems().toString());
        assertTrue(r.problems().get(0).contains(seg.getFileName().toString()), r.problems().get(0));
        assertTrue(r.problems().get(0).contains("nothing in it was used"), r.problems().get(0));
        assertNull(desktop.body((String) first[1]));
        assertNull(desktop.body((String) second[1]), "later segments wait for the refused one");

        Files.write(seg, original);
        assertTrue(desktop.sync.syncNow().ok());
        assertEquals("One", desktop.body((String) first[1]));
        assertEquals("Two", desktop.body((String) second[1]));
    }

    @Test
    void aSegmentCutShortIsRefusedUntilItArrivesWhole() throws Exception {
        Object[] w = laptopWrites("Arrives in pieces");
        Path seg = (Path) w[0];
        byte[] whole = Files.readAllBytes(seg);
        Files.write(seg, Arrays.copyOf(whole, whole.length / 2));
        SyncReport r = desktop.sync.syncNow();
        assertTrue(r.problems().get(0).contains(seg.getFileName().toString()), r.problems().toString());
        assertNull(desktop.body((String) w[1]));
        Files.write(seg, whole);
        assertTrue(desktop.sync.syncNow().ok());
        assertEquals("Arrives in pieces", desktop.body((String) w[1]));
    }

    @Test
    void aSegmentRenamedToAnotherNumberFailsItsCheck() throws Exception {
        Object[] a = laptopWrites("A");
        Path seg = (Path) a[0];
        Path moved = seg.resolveSibling(SyncFolder.segmentName(99));
        Files.copy(seg, moved);
        Files.delete(seg);
        Files.copy(moved, seg);
        Files.delete(moved);
        Path wrongPlace = seg.resolveSibling(SyncFolder.segmentName(laptopSegments().lastKey() + 1));
        Files.copy(seg, wrongPlace);
        laptopWrites("B");
        SyncReport r = desktop.sync.syncNow();
        assertEquals("A", desktop.body((String) a[1]));
        assertTrue(r.problems().stream().anyMatch(p -> p.contains(wrongPlace.getFileName().toString())),
                r.problems().toString());
    }

    @Test
    void syncToolTemporaryFilesAndConflictedCopiesArePassedOver() throws Exception {
        Object[] w = laptopWrites("Only once");
        Path folder = ((Path) w[0]).getParent();
        byte[] junk = "not ours".getBytes();
        Files.write(folder.resolve(".syncthing.seg-000000000050.cgsync.tmp"), junk);
        Files.write(folder.resolve("~$seg-000000000051.cgsync"), junk);
        Files.createDirectories(folder.resolve(".dropbox.cache"));
        Files.write(shared.resolve(SyncFolder.ROOT).resolve(".dropbox"), junk);
        Files.write(folder.resolve(".seg-000000000052.cgsync.icloud"), junk);
        Files.copy((Path) w[0], folder.resolve(((Path) w[0]).getFileName().toString()
                .replace(".cgsync", " (Desktop's conflicted copy 2026-11-30).cgsync")));
        Files.write(folder.resolve("seg-000000000001.sync-conflict-20261130-181010-ABCDEFG.cgsync"), junk);
        Files.createDirectories(shared.resolve(SyncFolder.ROOT).resolve("not-a-device"));

        SyncReport r = desktop.sync.syncNow();
        assertTrue(r.ok(), r.problems().toString());
        assertEquals("Only once", desktop.body((String) w[1]));
        assertEquals(laptop.export(), desktop.export());
    }

    @Test
    void segmentsFromANewerSchemaAreRefusedWithAClearMessage() throws Exception {
        laptopWrites("From this version");
        SyncState.Setting s = laptop.db.read(c -> new SyncState(laptop.db).setting(c));
        SyncCipher cipher = new SyncCipher(s.syncKey(), new SecureRandom());
        long seq = laptopSegments().lastKey() + 1;
        ObjectNode file = Segments.json().createObjectNode();
        file.put("format", Segments.FORMAT).put("version", Segments.VERSION)
                .put("schema", Database.latestSchemaVersion() + 1).put("kind", "segment")
                .put("device", s.deviceId()).put("seq", seq).putArray("changes");
        String name = SyncFolder.segmentName(seq);
        SyncFolder.writeWhole(new SyncFolder(shared).deviceFolder(s.deviceId()).resolve(name),
                Segments.seal(cipher, SyncFolder.place(s.deviceId(), name), file), false);

        SyncReport r = desktop.sync.syncNow();
        assertEquals(1, r.problems().size(), r.problems().toString());
        assertTrue(r.problems().get(0).contains("newer version of Common Ground"), r.problems().get(0));
        assertTrue(r.problems().get(0).contains(name), r.problems().get(0));
    }

    @Test
    void aHalfWrittenTemporaryFileFromACrashLosesNothing() throws Exception {
        Object[] w = laptopWrites("Before the crash");
        Path folder = ((Path) w[0]).getParent();
        long next = laptopSegments().lastKey() + 1;
        Files.write(folder.resolve(SyncFolder.segmentName(next) + ".1f2e3d.tmp"), new byte[] {'C', 'G', 'S', '1', 0, 1});
        laptop.reopen();
        Object[] after = laptopWrites("After the restart");
        assertTrue(desktop.sync.syncNow().ok());
        assertEquals("Before the crash", desktop.body((String) w[1]));
        assertEquals("After the restart", desktop.body((String) after[1]));
    }

    @Test
    void aCrashAfterTheSegmentWasRenamedButBeforeItWasRecordedSendsItAgainUnderTheNextNumber() throws Exception {
        long id = laptop.note("Sent twice, kept once");
        laptop.sync.syncNow();
        long written = laptopSegments().lastKey();
        // As if the database commit after the rename had not happened: the number and the mark are back.
        laptop.db.write(c -> {
            try (var st = c.createStatement()) {
                st.executeUpdate("UPDATE sync_setting SET next_seq = " + written);
                st.executeUpdate("DELETE FROM sync_row WHERE table_name = 'note'");
                st.executeUpdate("INSERT INTO sync_dirty SELECT 'note', uuid FROM note");
            }
            return null;
        });
        assertTrue(laptop.sync.syncNow().ok());
        assertEquals(written + 1, laptopSegments().lastKey(), "the next number, not the one already there");
        assertTrue(desktop.sync.syncNow().ok());
        assertEquals("Sent twice, kept once", desktop.body(laptop.uuidOf(id)));
        assertEquals(laptop.export(), desktop.export());
    }

    @Test
    void segmentsThatArriveLateAndOutOfOrderAreAppliedInOrder() throws Exception {
        Object[] one = laptopWrites("one");
        Object[] two = laptopWrites("two");
        Object[] three = laptopWrites("three");
        Path held = tmp.resolve("held-back");
        Files.move((Path) two[0], held);
        desktop.sync.syncNow();
        assertEquals("one", desktop.body((String) one[1]));
        assertNull(desktop.body((String) three[1]), "three waits for two");
        Files.move(held, (Path) two[0]);
        desktop.sync.syncNow();
        desktop.sync.syncNow();
        assertEquals("three", desktop.body((String) three[1]));
        assertEquals(laptop.export(), desktop.export());
    }

    @Test
    void snapshotsLetOldSegmentsGoAndALateComputerCatchesUpFromThem() throws Exception {
        long id = laptop.note("v0");
        for (int i = 1; i <= Compaction.SNAPSHOT_EVERY + 5; i++) {
            clock.advance(Duration.ofSeconds(1));
            laptop.notes.saveBody(id, "v" + i);
            laptop.sync.syncNow();
            desktop.sync.syncNow();
        }
        laptop.sync.syncNow();
        SyncFolder folder = new SyncFolder(shared);
        assertEquals(1, folder.snapshots(laptopDevice()).size());
        assertTrue(laptopSegments().size() < 10, "old segments were removed: " + laptopSegments().size());

        try (Profile tablet = new Profile(tmp, "tablet", clock)) {
            assertTrue(tablet.sync.join(shared, PASSPHRASE, "Tablet").ok());
            laptop.sync.syncNow();
            desktop.sync.syncNow();
            tablet.sync.syncNow();
            assertEquals("v" + (Compaction.SNAPSHOT_EVERY + 5), tablet.body(laptop.uuidOf(id)));
            assertEquals(laptop.export(), tablet.export());
            assertEquals(desktop.export(), tablet.export());
        }
        List<String> names = new java.util.ArrayList<>();
        try (var files = Files.walk(shared)) {
            files.filter(Files::isRegularFile).forEach(p -> names.add(p.getFileName().toString()));
        }
        assertTrue(names.stream().noneMatch(n -> n.endsWith(".tmp")), names.toString());
    }
}
