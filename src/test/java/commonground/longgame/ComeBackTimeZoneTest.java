package commonground.longgame;

import commonground.cues.CheckIn;
import commonground.people.Person;
import commonground.shell.ComeBackChoice;
import commonground.shell.ComeBackDates;
import commonground.shell.DatabaseThread;
import commonground.shell.DueItem;
import commonground.shell.DueItemsView;
import commonground.storage.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Days to come back are days in the user's own time zone: they stay the day chosen when the user
 * travels, and "today" follows the zone they are in, across a daylight-saving change too.
 */
class ComeBackTimeZoneTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    @TempDir
    Path dir;
    private LongGameFixture f;

    @AfterEach
    void close() {
        if (f != null) {
            f.close();
        }
    }

    private DueItemsView.Split home(TestClock clock) {
        LocalDate today = LocalDate.now(clock);
        List<DueItem> due = f.comeBack.openUntil(today.plusDays(DueItemsView.DAYS_AHEAD)).stream()
                .map(i -> new DueItem(i.dueOn(), i.about(), "longgame", "come-back:" + i.id())).toList();
        return DueItemsView.split(due, today);
    }

    @Test
    void aDayChosenInLondonIsTheSameDayInTokyoAndTodayFollowsTheZoneTheUserIsIn() throws Exception {
        // Tuesday 1 December 2026, 20:00 in London: already Wednesday 2 December, 05:00, in Tokyo.
        f = new LongGameFixture(dir, "2026-12-01T20:00:00Z", LONDON);
        Person dad = f.person("Dad");
        CheckIn c = f.checkIn(dad, "2026-11-30T18:00:00Z", null, 0);
        ComeBackChoice choice = new ComeBackChoice(f.comeBack, DatabaseThread.sameThread(), f.clock);
        choice.show(ComeBackDates.CHECK_IN, c.uuid(), dad.id(), LocalDate.of(2026, 12, 2));
        choice.keep();
        assertEquals(LocalDate.of(2026, 12, 2), f.comeBack.dueOn(ComeBackDates.CHECK_IN, c.uuid()).orElseThrow());

        DueItemsView.Split inLondon = home(f.clock);
        assertEquals(1, inLondon.comingUp().size());
        assertEquals("Tomorrow", DueItemsView.describe(inLondon.comingUp().get(0).on(), LocalDate.now(f.clock)));

        TestClock tokyo = (TestClock) f.clock.withZone(TOKYO);
        DueItemsView.Split inTokyo = home(tokyo);
        assertEquals(LocalDate.of(2026, 12, 2), inTokyo.comingUp().get(0).on(), "the day chosen does not move");
        assertEquals("Today", DueItemsView.describe(inTokyo.comingUp().get(0).on(), LocalDate.now(tokyo)));

        tokyo.set(Instant.parse("2026-12-02T16:00:00Z")); // Thursday 3 December, 01:00, in Tokyo
        DueItemsView.Split nextDay = home(tokyo);
        assertEquals(List.of(), nextDay.comingUp());
        assertEquals(1, nextDay.worthALook().size(), "its day has passed where the user is");
    }

    @Test
    void theDayTheClocksGoForwardIsTodayFromLocalMidnightNotUtc() throws Exception {
        // Sunday 29 March 2026: London's clocks go from 01:00 GMT to 02:00 BST.
        f = new LongGameFixture(dir, "2026-03-28T12:00:00Z", LONDON);
        Person mum = f.person("Mum");
        CheckIn c = f.checkIn(mum, "2026-03-27T18:00:00Z", null, 0);
        f.comeBack.set(ComeBackDates.CHECK_IN, c.uuid(), mum.id(), LocalDate.of(2026, 3, 29));

        f.clock.set(Instant.parse("2026-03-28T23:30:00Z")); // 23:30 GMT on Saturday
        assertEquals("Tomorrow", DueItemsView.describe(home(f.clock).comingUp().get(0).on(), LocalDate.now(f.clock)));
        f.clock.set(Instant.parse("2026-03-29T23:30:00Z")); // 00:30 BST on Monday 30th; still the 29th in UTC
        DueItemsView.Split monday = home(f.clock);
        assertEquals(List.of(), monday.comingUp());
        assertEquals(LocalDate.of(2026, 3, 29), monday.worthALook().get(0).on());
        assertEquals("Yesterday", DueItemsView.describe(monday.worthALook().get(0).on(), LocalDate.now(f.clock)));
    }

    @Test
    void homeListsExactlyTheItemsDueFromTodayForAWeekAndThosePastNotYetRevisited() throws Exception {
        f = new LongGameFixture(dir, "2026-12-01T09:00:00Z", LONDON);
        Person dad = f.person("Dad");
        LocalDate today = LocalDate.of(2026, 12, 1);
        int[] offsets = {-10, -1, 0, 7, 8, 40};
        for (int offset : offsets) {
            CheckIn c = f.checkIn(dad, "2026-11-20T18:00:00Z", null, 0);
            f.comeBack.set(ComeBackDates.CHECK_IN, c.uuid(), dad.id(), today.plusDays(offset));
        }
        CheckIn revisited = f.checkIn(dad, "2026-11-21T18:00:00Z", null, 0);
        f.comeBack.set(ComeBackDates.CHECK_IN, revisited.uuid(), dad.id(), today.minusDays(2));
        f.comeBack.revisit(f.comeBack.openUntil(today).stream()
                .filter(i -> i.itemUuid().equals(revisited.uuid())).findFirst().orElseThrow().id(), "fine");

        DueItemsView.Split split = home(f.clock);
        assertEquals(List.of(today, today.plusDays(7)), split.comingUp().stream().map(DueItem::on).toList());
        assertEquals(List.of(today.minusDays(10), today.minusDays(1)),
                split.worthALook().stream().map(DueItem::on).toList());
        assertTrue(split.worthALook().stream().allMatch(i -> i.target().startsWith("come-back:")));
    }
}
