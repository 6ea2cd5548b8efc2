package commonground.longgame;

import commonground.people.Person;
import commonground.shell.DatabaseThread;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** "A good moment with …": kept for the person chosen, shown with their check-ins; bad input is said and loses nothing. */
class GoodMomentsViewModelTest {

    @TempDir
    Path dir;
    private LongGameFixture f;
    private GoodMomentsViewModel model;
    private Person dad;
    private Person mum;

    @BeforeEach
    void open() throws Exception {
        f = new LongGameFixture(dir, "2026-12-01T10:00:00Z", ZoneOffset.UTC);
        dad = f.person("Dad");
        mum = f.person("Mum");
        f.checkIn(mum, "2026-11-29T17:00:00Z", "cooking", 2);
        model = new GoodMomentsViewModel(f.people, f.moments, new LookBackRepository(f.db), DatabaseThread.sameThread(),
                f.clock);
    }

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void startingForAPersonChoosesThemAndAMomentIsKeptAndShownFirstWithTheirCheckIns() {
        model.startFor(mum.id());
        assertEquals(mum, model.personProperty().get());
        assertEquals(List.of("cooking"), model.activities(), "tags offered from the check-ins");
        model.dayProperty().set(LocalDate.of(2026, 11, 30));
        model.whatProperty().set("  She asked how my week was.  ");
        model.activityProperty().set("cooking");
        model.madeEasyProperty().set("Busy hands");
        model.save();
        assertEquals("Kept. A good moment with Mum, on " + commonground.shell.Dates.longDay(LocalDate.of(2026, 11, 30))
                + ".", model.messageProperty().get(), "the day said in words: a day typed in numbers is seen as read");
        assertEquals("", model.whatProperty().get());
        GoodMoment kept = f.moments.forPerson(mum.id()).get(0);
        assertEquals(List.of("She asked how my week was.", "cooking", "Busy hands", "2026-11-30"),
                List.of(kept.what(), kept.activity(), kept.madeEasy(), kept.happenedOn().toString()));
        List<TimelineEntry> timeline = model.timeline();
        assertEquals(2, timeline.size());
        assertTrue(timeline.get(0).goodMoment());
        assertEquals("cooking · What made it easy: Busy hands", timeline.get(0).detail());
        assertEquals("A check-in (cooking)", timeline.get(1).text());
        assertEquals("2 signs of comfort", timeline.get(1).detail());
    }

    @Test
    void badInputIsSaidAndWhatWasTypedStays() {
        model.startFor(dad.id());
        model.whatProperty().set("   ");
        model.save();
        assertEquals("Please say in a few words what happened.", model.messageProperty().get());
        model.whatProperty().set("x".repeat(GoodMoment.MAX_WHAT + 1));
        model.save();
        assertTrue(model.messageProperty().get().contains("longer than"));
        model.whatProperty().set("A good one");
        model.dayProperty().set(LocalDate.of(2026, 12, 2));
        model.save();
        assertEquals("That day is still ahead. Please pick the day it happened.", model.messageProperty().get());
        model.dayProperty().set(null);
        model.save();
        assertEquals("Please pick the day it happened.", model.messageProperty().get());
        model.dayProperty().set(LocalDate.of(2026, 12, 1));
        model.activityProperty().set("a".repeat(GoodMoment.MAX_ACTIVITY + 1));
        model.save();
        assertTrue(model.messageProperty().get().contains("a word or two"));
        assertEquals("A good one", model.whatProperty().get());
        assertEquals(List.of(), f.moments.forPerson(dad.id()));
    }

    @Test
    void theRepositoryRefusesWhatTheFormWouldAndWithNoOneToChooseSaysSo() {
        assertThrows(IllegalArgumentException.class, () -> f.moments.add(dad.id(), LocalDate.of(2026, 12, 1), "", "", ""));
        f.people.deleteWithRecords(dad.id());
        f.people.deleteWithRecords(mum.id());
        model.reload();
        model.whatProperty().set("Something");
        model.save();
        assertEquals("Please choose who the moment was with. You can add someone under People.",
                model.messageProperty().get());
    }

    @Test
    void theHeadingNamesWhoTheMomentIsWithNotAnEllipsis() {
        model.startFor(mum.id());
        assertEquals("A good moment with Mum", model.headingProperty().get());
        model.personProperty().set(dad);
        assertEquals("A good moment with Dad", model.headingProperty().get());
        model.personProperty().set(null);
        assertEquals("A good moment", model.headingProperty().get());
    }

    @Test
    void twoSamsAreToldApartInTheHeadingAndWhenAMomentIsKept() {
        Person partner = f.people.add("Sam", commonground.people.Relationship.PARTNER, "");
        Person friend = f.people.add("Sam", commonground.people.Relationship.FRIEND, "");
        model.startFor(friend.id());
        assertEquals("A good moment with Sam, your friend", model.headingProperty().get());
        model.whatProperty().set("We laughed at the film.");
        model.save();
        assertEquals("Kept. A good moment with Sam, your friend, today.", model.messageProperty().get());
        model.personProperty().set(partner);
        assertEquals("A good moment with Sam, your partner", model.headingProperty().get());
    }
}
