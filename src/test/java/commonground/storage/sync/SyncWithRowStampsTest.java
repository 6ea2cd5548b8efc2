package commonground.storage.sync;

import commonground.storage.FastKeys;
import commonground.content.Practices;
import commonground.people.PeopleRepository;
import commonground.people.Relationship;
import commonground.practice.Conversation;
import commonground.practice.Effect;
import commonground.practice.Move;
import commonground.practice.PracticeLibrary;
import commonground.practice.PracticeRepository;
import commonground.practice.PracticeSession;
import commonground.practice.PracticeTextRepository;
import commonground.storage.PrivacyLock;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Sync with the lock's row stamps (issue 22) and the Practise module: the uid and write counter of
 * a row stay on their computer, change triggers come back after a migration rebuilt a table, and a
 * practice session with its typed replies reaches the other computer, sealed there with its key.
 */
class SyncWithRowStampsTest extends TwoComputers {

    private String noteStamp(Profile p, String uuid) {
        return p.db.read(c -> {
            try (var ps = c.prepareStatement("SELECT uid || '/' || wc FROM note WHERE uuid = ?")) {
                ps.setString(1, uuid);
                try (var rs = ps.executeQuery()) {
                    return rs.next() ? rs.getString(1) : null;
                }
            }
        });
    }

    @Test
    void aRowsUidAndWriteCounterStayOnItsComputer() throws Exception {
        long id = laptop.note("The walk by the river, and what he said about his father.");
        laptop.notes.setTags(id, List.of("walks"));
        laptop.sync.start(shared, PASSPHRASE, "Laptop");
        assertTrue(desktop.sync.join(shared, PASSPHRASE, "Desktop").ok());
        String uuid = laptop.uuidOf(id);

        var record = laptop.db.read(c -> new RecordCodec(laptop.db).read(c, NoteRepositorySync.NOTE, uuid));
        assertFalse(record.path("r").has("uid"), record.toString());
        assertFalse(record.path("r").has("wc"), record.toString());
        record.path("c").path("note_tag").forEach(tag -> assertFalse(tag.has("uid") || tag.has("wc"), tag.toString()));
        assertEquals("The walk by the river, and what he said about his father.", desktop.body(uuid));
        assertNotEquals(noteStamp(laptop, uuid).split("/")[0], noteStamp(desktop, uuid).split("/")[0],
                "each computer gives the row its own uid");
        assertEquals(laptop.export(), desktop.export());
    }

    @Test
    void changeTriggersComeBackWhenTheDatabaseOpensAfterATableWasRebuilt() throws Exception {
        long id = laptop.note("Before the upgrade");
        laptop.sync.start(shared, PASSPHRASE, "Laptop");
        assertTrue(desktop.sync.join(shared, PASSPHRASE, "Desktop").ok());
        String uuid = laptop.uuidOf(id);

        // As a migration that rebuilds the table does: its triggers are gone, and a row changes meanwhile.
        laptop.db.write(c -> {
            try (var s = c.createStatement()) {
                for (String kind : List.of("i", "u", "d")) {
                    s.execute("DROP TRIGGER sync_note_" + kind);
                }
                s.executeUpdate("UPDATE note SET body = 'Changed while the triggers were gone', "
                        + "updated_at = '2026-11-30T18:30:00Z' WHERE uuid = '" + uuid + "'");
                assertEquals(0, count(c, "SELECT count(*) FROM sync_dirty"));
            }
            return null;
        });
        laptop.reopen();
        laptop.sync.resume();
        long later = laptop.note("Written after the upgrade");

        assertTrue(laptop.db.<Integer>read(c -> count(c, "SELECT count(*) FROM sqlite_schema WHERE type = 'trigger' "
                + "AND name IN ('sync_note_i', 'sync_note_u', 'sync_note_d')")) == 3, "the triggers are back");
        laptop.sync.syncNow();
        assertTrue(desktop.sync.syncNow().ok());
        assertEquals("Changed while the triggers were gone", desktop.body(uuid));
        assertEquals("Written after the upgrade", desktop.body(laptop.uuidOf(later)));
        assertEquals(laptop.export(), desktop.export());
    }

    @Test
    void resumingWithSyncOffAddsNothingToTheFile() throws Exception {
        laptop.note("Never synced");
        laptop.sync.resume();
        assertEquals(Integer.valueOf(0), laptop.db.<Integer>read(c -> count(c, "SELECT count(*) FROM sqlite_schema WHERE type = 'trigger' "
                + "AND name LIKE 'sync_%'")));
        assertEquals(Integer.valueOf(0), laptop.db.<Integer>read(c -> count(c, "SELECT count(*) FROM sync_dirty")));
    }

    @Test
    void aPracticeSessionWithTypedRepliesReachesTheOtherComputerSealedWithItsOwnKey() throws Exception {
        PrivacyLock lock = new PrivacyLock(desktop.db, FastKeys.COST);
        lock.enable("desktop lock phrase".toCharArray(), 15);
        Practices practices = Practices.load();
        Conversation imFine = new PracticeLibrary(new PracticeTextRepository(laptop.db), () -> practices).offers()
                .stream().filter(c -> c.id().equals("im-fine")).findFirst().orElseThrow();
        var dad = new PeopleRepository(laptop.db).add("Dad", Relationship.PARENT, "");
        PracticeRepository laptopPractice = new PracticeRepository(laptop.db);
        PracticeSession session = laptopPractice.start(imFine, "Dad", dad.id(), List.of());
        String typed = "I noticed you went quiet after the call. I'm here if you want company.";
        laptopPractice.addMove(session.id(), 0, new Move(imFine.turns().get(0).id(), null, typed, Effect.OPENS,
                List.of(), List.of(), 3));

        laptop.sync.start(shared, PASSPHRASE, "Laptop");
        assertTrue(desktop.sync.join(shared, PASSPHRASE, "Desktop").ok());

        List<PracticeSession> there = new PracticeRepository(desktop.db).all();
        assertEquals(1, there.size());
        assertEquals("Dad", there.get(0).characterName());
        assertEquals("Dad", there.get(0).personName());
        assertEquals(typed, there.get(0).moves().get(0).typed());
        assertEquals(Integer.valueOf(1), desktop.db.<Integer>read(c -> count(c, "SELECT count(*) FROM practice_move WHERE typeof(typed) = 'blob'")),
                "the typed reply is sealed on the computer with the lock on");
        assertEquals(laptop.export(), desktop.export());
    }

    private static int count(java.sql.Connection c, String sql) throws java.sql.SQLException {
        try (var s = c.createStatement(); var rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    /** The note table as the app syncs it. */
    private static final class NoteRepositorySync {
        static final SyncedTable NOTE = commonground.reflection.NoteRepository.SYNC;
    }
}
