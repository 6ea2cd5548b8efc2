package commonground.storage.sync;

import commonground.people.PeopleRepository;
import commonground.people.Relationship;
import commonground.reflection.NoteFilter;
import commonground.storage.Canary;
import commonground.storage.TestClock;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Two computers sharing one folder: what one writes reaches the other, and nothing is lost. */
class SyncEngineTest extends TwoComputers {

    @Test
    void joiningBringsEverythingBothWaysAndTheExportsMatch() throws Exception {
        long evening = laptop.note("We talked about the garden.\nShe smiled when I asked about the roses.");
        laptop.notes.setTags(evening, List.of("garden", "good moment"));
        var mum = new PeopleRepository(laptop.db).add("Mum", Relationship.PARENT, "Calls on Sundays");
        desktop.note("Written at work before any sync");

        SyncReport started = laptop.sync.start(shared, PASSPHRASE, "Laptop");
        assertTrue(started.ok(), started.problems().toString());
        assertTrue(started.published() >= 2, "the note and the person were published: " + started.published());
        SyncReport joined = desktop.sync.join(shared, PASSPHRASE, "Desktop");
        assertTrue(joined.ok(), joined.problems().toString());
        laptop.sync.syncNow();

        assertEquals(laptop.export(), desktop.export());
        String uuid = laptop.uuidOf(evening);
        assertEquals("We talked about the garden.\nShe smiled when I asked about the roses.", desktop.body(uuid));
        assertEquals(List.of("garden", "good moment"), desktop.notes.find(desktop.idOf(uuid)).orElseThrow().tags());
        assertEquals("Calls on Sundays", new PeopleRepository(desktop.db).find(
                new PeopleRepository(desktop.db).active().get(0).id()).orElseThrow().note());
        assertEquals(mum.name(), new PeopleRepository(desktop.db).active().get(0).name());
        assertEquals(2, laptop.notes.count(NoteFilter.ALL));
    }

    @Test
    void editsTrashRestoreAndDeletingForeverTravel() throws Exception {
        laptop.sync.start(shared, PASSPHRASE, "Laptop");
        desktop.sync.join(shared, PASSPHRASE, "Desktop");
        long id = laptop.note("First words");
        String uuid = laptop.uuidOf(id);
        both();
        assertEquals("First words", desktop.body(uuid));

        clock.advance(Duration.ofMinutes(5));
        desktop.notes.saveBody(desktop.idOf(uuid), "First words, and more from the desktop");
        both();
        assertEquals("First words, and more from the desktop", laptop.body(uuid));

        laptop.notes.moveToTrash(id);
        both();
        assertTrue(desktop.notes.find(desktop.idOf(uuid)).orElseThrow().deletedAt() != null, "trashed there too");

        desktop.notes.restore(desktop.idOf(uuid));
        both();
        assertNull(laptop.notes.find(id).orElseThrow().deletedAt(), "restored here too");

        laptop.notes.moveToTrash(id);
        laptop.notes.deleteForever(id);
        both();
        assertNull(desktop.body(uuid), "deleted for good on both");
        assertEquals(laptop.export(), desktop.export());
    }

    @Test
    void theSameNoteChangedOnBothKeepsBothVersionsAsAConflict() throws Exception {
        laptop.sync.start(shared, PASSPHRASE, "Laptop");
        desktop.sync.join(shared, PASSPHRASE, "Desktop");
        long id = laptop.note("Shared start");
        String uuid = laptop.uuidOf(id);
        both();

        clock.advance(Duration.ofMinutes(1));
        laptop.notes.saveBody(id, "Laptop version: we sat in silence, and it was fine");
        clock.advance(Duration.ofMinutes(1));
        desktop.notes.saveBody(desktop.idOf(uuid), "Desktop version: he made tea without asking");
        both();
        desktop.sync.syncNow();

        assertEquals("Desktop version: he made tea without asking", laptop.body(uuid), "the later change shows");
        List<ConflictCopy> conflicts = laptop.sync.conflicts();
        assertEquals(1, conflicts.size(), conflicts.toString());
        assertEquals("Laptop version: we sat in silence, and it was fine", conflicts.get(0).text());
        assertEquals(uuid, conflicts.get(0).rowUuid());
        assertEquals(conflicts, desktop.sync.conflicts());
        assertEquals(laptop.export(), desktop.export());

        desktop.sync.dismiss(conflicts.get(0).uuid());
        both();
        assertEquals(List.of(), laptop.sync.conflicts(), "dealt with on one computer, gone on both");
    }

    @Test
    void aNoteDeletedOnOneAndEditedOnTheOtherKeepsTheEditedText() throws Exception {
        laptop.sync.start(shared, PASSPHRASE, "Laptop");
        desktop.sync.join(shared, PASSPHRASE, "Desktop");
        long id = laptop.note("Before");
        String uuid = laptop.uuidOf(id);
        both();

        desktop.notes.saveBody(desktop.idOf(uuid), "Edited at work: this matters to me");
        clock.advance(Duration.ofMinutes(1));
        laptop.notes.moveToTrash(id);
        laptop.notes.deleteForever(id);
        both();
        desktop.sync.syncNow();

        assertEquals(laptop.export(), desktop.export());
        boolean kept = "Edited at work: this matters to me".equals(laptop.body(uuid))
                || laptop.sync.conflicts().stream().anyMatch(c -> c.text().equals("Edited at work: this matters to me"));
        assertTrue(kept, "the edit is kept as the note or as a conflict copy");
    }

    @Test
    void aWrongPassphraseIsRefusedAndChangesNothing() throws Exception {
        laptop.sync.start(shared, PASSPHRASE, "Laptop");
        desktop.note("Mine");
        String before = desktop.export();
        SyncException e = assertThrows(SyncException.class,
                () -> desktop.sync.join(shared, "kettle on the windowsil".toCharArray(), "Desktop"));
        assertTrue(e.getMessage().contains("does not open this folder"), e.getMessage());
        assertFalse(desktop.sync.isOn());
        assertEquals(before, desktop.export());
    }

    @Test
    void startingWhereASyncIsAlreadyAsksToJoinInstead() throws Exception {
        laptop.sync.start(shared, PASSPHRASE, "Laptop");
        SyncException e = assertThrows(SyncException.class, () -> desktop.sync.start(shared, PASSPHRASE, "Desktop"));
        assertTrue(e.getMessage().contains("join"), e.getMessage());
        assertFalse(desktop.sync.isOn());
    }

    @Test
    void noFileInTheFolderHoldsWhatWasWritten() throws Exception {
        String canary = "Marmalade Lighthouse Quietly";
        laptop.note("Today: " + canary);
        new PeopleRepository(laptop.db).add("Dad", Relationship.PARENT, "About him: " + canary);
        laptop.sync.start(shared, PASSPHRASE, "Laptop");
        desktop.sync.join(shared, PASSPHRASE, "Desktop");
        assertFalse(Canary.filesContaining(desktop.dir, canary).isEmpty(), "it did arrive (the test can see it)");
        assertEquals(List.of(), Canary.filesContaining(shared, canary));
    }

    @Test
    void aFolderThatDisappearsIsSaidAndNothingIsLost() throws Exception {
        laptop.sync.start(shared, PASSPHRASE, "Laptop");
        desktop.sync.join(shared, PASSPHRASE, "Desktop");
        Path away = tmp.resolve("unplugged");
        Files.move(shared, away);
        long id = laptop.note("Written while the drive was out");
        SyncReport r = laptop.sync.syncNow();
        assertFalse(r.reachedFolder());
        assertTrue(r.problems().get(0).contains("cannot be found"), r.problems().toString());
        assertTrue(laptop.sync.status().lastProblem().contains("cannot be found"));

        Files.move(away, shared);
        both();
        assertEquals("Written while the drive was out", desktop.body(laptop.uuidOf(id)));
        assertNull(laptop.sync.status().lastProblem());
    }

    @Test
    void aClockHoursBehindStillLetsTheLaterEditWin() throws Exception {
        TestClock slow = TestClock.at("2026-11-30T13:00:00Z");
        desktop.close();
        desktop = new Profile(tmp, "slow-desktop", slow);
        laptop.sync.start(shared, PASSPHRASE, "Laptop");
        desktop.sync.join(shared, PASSPHRASE, "Desktop");
        long id = laptop.note("Evening, on the laptop");
        String uuid = laptop.uuidOf(id);
        both();
        desktop.notes.saveBody(desktop.idOf(uuid), "Next morning, on the desktop whose clock is five hours slow");
        both();
        assertEquals("Next morning, on the desktop whose clock is five hours slow", laptop.body(uuid));
        assertEquals(List.of(), laptop.sync.conflicts());
    }

    @Test
    void theDeviceListShowsTheOtherComputer() throws Exception {
        laptop.sync.start(shared, PASSPHRASE, "Laptop");
        desktop.sync.join(shared, PASSPHRASE, "Desktop at work");
        SyncStatus status = laptop.sync.status();
        assertTrue(status.on());
        assertEquals("Laptop", status.deviceName());
        assertEquals(List.of("Desktop at work"), status.devices().stream().map(SyncStatus.Device::name).toList());
        assertEquals(clock.instant(), status.devices().get(0).lastSynced());
    }

    @Test
    void stoppingLeavesTheDataAndTheFolderForTheOthers() throws Exception {
        laptop.sync.start(shared, PASSPHRASE, "Laptop");
        desktop.sync.join(shared, PASSPHRASE, "Desktop");
        long id = desktop.note("Last words from the desktop");
        desktop.sync.stop();
        assertFalse(desktop.sync.isOn());
        laptop.sync.syncNow();
        assertEquals("Last words from the desktop", laptop.body(desktop.uuidOf(id)));
        assertTrue(laptop.sync.status().devices().get(0).left());
        desktop.note("Not shared any more");
        assertEquals(1, laptop.notes.count(NoteFilter.ALL));
    }
}
