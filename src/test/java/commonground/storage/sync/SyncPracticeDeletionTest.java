package commonground.storage.sync;

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
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A practice session deleted on one computer is deleted on the other at the next sync (a tombstone
 * travels, as for a note deleted for good), and does not come back from the other computer.
 */
class SyncPracticeDeletionTest extends TwoComputers {

    @Test
    void aDeletedPracticeSessionIsDeletedOnTheOtherComputerToo() throws Exception {
        Practices practices = Practices.load();
        Conversation imFine = new PracticeLibrary(new PracticeTextRepository(laptop.db), () -> practices).offers()
                .stream().filter(c -> c.id().equals("im-fine")).findFirst().orElseThrow();
        var dad = new PeopleRepository(laptop.db).add("Dad", Relationship.PARENT, "");
        PracticeRepository laptopPractice = new PracticeRepository(laptop.db);
        PracticeSession gone = laptopPractice.start(imFine, "Dad", dad.id(), List.of());
        laptopPractice.addMove(gone.id(), 0, new Move(imFine.turns().get(0).id(), null,
                "You went quiet after the call. I'm here.", Effect.OPENS, List.of(), List.of(), 2));
        PracticeSession stays = laptopPractice.start(imFine, "Robin", null, List.of());
        String goneUuid = laptopPractice.uuidOf(gone.id()).orElseThrow();

        laptop.sync.start(shared, PASSPHRASE, "Laptop");
        assertTrue(desktop.sync.join(shared, PASSPHRASE, "Desktop").ok());
        PracticeRepository desktopPractice = new PracticeRepository(desktop.db);
        assertEquals(2, desktopPractice.all().size(), "both sessions reached the desktop");

        assertTrue(laptopPractice.delete(gone.id()));
        both();

        List<PracticeSession> there = desktopPractice.all();
        assertEquals(1, there.size(), "the deleted session is gone from the desktop too");
        assertEquals("Robin", there.get(0).characterName());
        assertEquals(Long.valueOf(0), desktop.db.<Long>read(c -> {
            try (var ps = c.prepareStatement("SELECT count(*) FROM practice_session WHERE uuid = ?")) {
                ps.setString(1, goneUuid);
                try (var rs = ps.executeQuery()) {
                    return rs.next() ? rs.getLong(1) : 0L;
                }
            }
        }));
        assertEquals(Long.valueOf(0), desktop.db.<Long>read(c -> {
            try (var s = c.createStatement(); var rs = s.executeQuery("SELECT count(*) FROM practice_move")) {
                return rs.next() ? rs.getLong(1) : 0L;
            }
        }), "its replies went with it");

        desktop.sync.syncNow();
        laptop.sync.syncNow();
        assertEquals(1, laptopPractice.all().size(), "it does not come back from the desktop");
        assertEquals(stays.id(), laptopPractice.all().get(0).id());
        assertEquals(laptop.export(), desktop.export());
    }
}
