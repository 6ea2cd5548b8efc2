package commonground.longgame;

import commonground.cues.CheckIn;
import commonground.people.Person;
import commonground.shell.ComeBackDates;
import commonground.storage.StorageException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Days to come back to a check-in or a plan: set, moved, cleared, listed and revisited, in a real database. */
class ComeBackRepositoryTest {

    @TempDir
    Path dir;
    private LongGameFixture f;
    private Person dad;
    private CheckIn walk;

    @BeforeEach
    void open() throws Exception {
        f = new LongGameFixture(dir, "2026-12-01T10:00:00Z", ZoneOffset.UTC);
        dad = f.person("Dad");
        walk = f.checkIn(dad, "2026-11-30T17:00:00Z", "walking", 1);
    }

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void aDayIsSetMovedAndClearedAndAnItemHasOneOpenDay() {
        f.comeBack.set(ComeBackDates.CHECK_IN, walk.uuid(), dad.id(), LocalDate.of(2026, 12, 8));
        assertEquals(Optional.of(LocalDate.of(2026, 12, 8)), f.comeBack.dueOn(ComeBackDates.CHECK_IN, walk.uuid()));
        f.comeBack.set(ComeBackDates.CHECK_IN, walk.uuid(), dad.id(), LocalDate.of(2026, 12, 10));
        assertEquals(Optional.of(LocalDate.of(2026, 12, 10)), f.comeBack.dueOn(ComeBackDates.CHECK_IN, walk.uuid()));
        assertEquals(1, f.comeBack.openUntil(LocalDate.of(2027, 1, 1)).size(), "moved, not added");
        f.comeBack.clear(ComeBackDates.CHECK_IN, walk.uuid());
        assertEquals(Optional.empty(), f.comeBack.dueOn(ComeBackDates.CHECK_IN, walk.uuid()));
        assertEquals(List.of(), f.comeBack.openUntil(LocalDate.of(2027, 1, 1)));
    }

    @Test
    void theListNamesTheItemWithoutQuotingItAndLeavesOutDaysAfterTheLimit() {
        f.comeBack.set(ComeBackDates.CHECK_IN, walk.uuid(), dad.id(), LocalDate.of(2026, 12, 3));
        CheckIn later = f.checkIn(dad, "2026-11-30T19:00:00Z", null, 0);
        f.comeBack.set(ComeBackDates.CHECK_IN, later.uuid(), dad.id(), LocalDate.of(2026, 12, 20));
        List<ComeBack> open = f.comeBack.openUntil(LocalDate.of(2026, 12, 8));
        assertEquals(1, open.size());
        assertEquals("A check-in with Dad", open.get(0).about());
        assertEquals(walk.id(), open.get(0).itemId());
    }

    @Test
    void revisitingKeepsTheAnswerAndClearsTheItemFromTheList() {
        f.comeBack.set(ComeBackDates.CHECK_IN, walk.uuid(), dad.id(), LocalDate.of(2026, 12, 1));
        long id = f.comeBack.openUntil(LocalDate.of(2026, 12, 1)).get(0).id();
        ComeBack done = f.comeBack.revisit(id, "  He asked about the garden.  ");
        assertEquals("He asked about the garden.", done.answer());
        assertTrue(done.revisited());
        assertEquals(List.of(), f.comeBack.openUntil(LocalDate.of(2027, 1, 1)));
        assertEquals(Optional.empty(), f.comeBack.dueOn(ComeBackDates.CHECK_IN, walk.uuid()));
        assertEquals(List.of(done), f.comeBack.revisitedFor(dad.id()));
        assertThrows(StorageException.class, () -> f.comeBack.revisit(id, "again"), "once only");
        // A new day can be set for the same item after it was revisited.
        f.comeBack.set(ComeBackDates.CHECK_IN, walk.uuid(), dad.id(), LocalDate.of(2026, 12, 15));
        assertEquals(1, f.comeBack.openUntil(LocalDate.of(2027, 1, 1)).size());
    }

    @Test
    void tooLongAnAnswerIsRefusedAndTheItemStaysOpen() {
        f.comeBack.set(ComeBackDates.CHECK_IN, walk.uuid(), dad.id(), LocalDate.of(2026, 12, 1));
        long id = f.comeBack.openUntil(LocalDate.of(2026, 12, 1)).get(0).id();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> f.comeBack.revisit(id, "x".repeat(ComeBack.MAX_ANSWER + 1)));
        assertTrue(e.getMessage().contains("longer than"), e.getMessage());
        assertEquals(1, f.comeBack.openUntil(LocalDate.of(2026, 12, 1)).size());
    }

    @Test
    void aDeletedCheckInIsNoLongerListedAndAnUnknownKindIsListedGenerically() {
        f.comeBack.set(ComeBackDates.CHECK_IN, walk.uuid(), dad.id(), LocalDate.of(2026, 12, 2));
        f.comeBack.set("SOMETHING_NEWER", "newer-uuid-1", dad.id(), LocalDate.of(2026, 12, 2));
        f.checkIns.delete(walk.id());
        List<ComeBack> open = f.comeBack.openUntil(LocalDate.of(2026, 12, 31));
        assertEquals(List.of("Something to come back to with Dad"), open.stream().map(ComeBack::about).toList());
    }

    @Test
    void aPracticeSessionIsListedByItsConversationsTitleAndLeavesTheListWhenDeleted() {
        commonground.practice.PracticeSession session = f.practice(dad);
        f.comeBack.set(ComeBackDates.PRACTICE, f.uuidOf(session), dad.id(), LocalDate.of(2026, 12, 2));
        List<ComeBack> open = f.comeBack.openUntil(LocalDate.of(2026, 12, 31));
        assertEquals(List.of(LongGameFixture.practiceAbout(session.title(), "Dad")),
                open.stream().map(ComeBack::about).toList());
        assertEquals(session.id(), open.get(0).itemId(), "Open it finds the session");
        assertFalse(open.get(0).about().contains("Sam"), "never the name the user gave the character");
        new commonground.practice.PracticeRepository(f.db).delete(session.id());
        assertEquals(List.of(), f.comeBack.openUntil(LocalDate.of(2026, 12, 31)));
    }

    @Test
    void deletingThePersonWithTheirRecordsTakesTheirDaysAndMomentsToo() {
        f.comeBack.set(ComeBackDates.CHECK_IN, walk.uuid(), dad.id(), LocalDate.of(2026, 12, 2));
        f.moments.add(dad.id(), LocalDate.of(2026, 11, 29), "We laughed", "walking", "");
        f.people.deleteWithRecords(dad.id());
        assertEquals(List.of(), f.comeBack.openUntil(LocalDate.of(2026, 12, 31)));
    }

    @Test
    void withTheLockOnADaySetIsReadAndAChangedAnswerIsLeftOutNotShown() throws Exception {
        f.db.registerSearchIndex(commonground.reflection.NoteSearch.INDEX); // as the app does
        commonground.storage.PrivacyLock lock = new commonground.storage.PrivacyLock(f.db);
        lock.enable("slow river at dusk".toCharArray(), 15);
        f.comeBack.set(ComeBackDates.CHECK_IN, walk.uuid(), dad.id(), LocalDate.of(2026, 12, 2));
        f.comeBack.set(ComeBackDates.PRACTICE, f.uuidOf(f.practice(dad)), dad.id(), LocalDate.of(2026, 12, 3));
        List<ComeBack> open = f.comeBack.openUntil(LocalDate.of(2026, 12, 31));
        assertEquals(List.of("", ""), open.stream().map(ComeBack::answer).toList(), "the empty answers open");
        f.comeBack.revisit(open.get(0).id(), "We sat in the car and talked");
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + f.db.file());
             java.sql.Statement st = c.createStatement()) {
            try (java.sql.ResultSet rs = st.executeQuery("SELECT count(*), sum(typeof(answer) = 'blob'), "
                    + "count(DISTINCT uid), min(id) FROM come_back")) {
                assertEquals(2, rs.getLong(1));
                assertEquals(2, rs.getLong(2), "every answer is sealed, the empty ones too");
                assertEquals(2, rs.getLong(3), "each row has a uid of its own");
            }
            // Something outside the app puts readable words in place of the practice's sealed answer.
            st.executeUpdate("UPDATE come_back SET answer = 'written outside' WHERE kind = 'PRACTICE'");
        }
        long before = f.db.unreadableRowsLeftOut();
        assertEquals(List.of(), f.comeBack.openUntil(LocalDate.of(2026, 12, 31)), "left out, never shown as genuine");
        assertEquals(before + 1, f.db.unreadableRowsLeftOut());
        assertEquals(List.of("We sat in the car and talked"),
                f.comeBack.revisitedFor(dad.id()).stream().map(ComeBack::answer).toList());
    }
}
