package commonground.longgame;

import commonground.cues.CheckIn;
import commonground.people.Person;
import commonground.shell.Activity;
import commonground.shell.ComeBackChoice;
import commonground.shell.ComeBackDates;
import commonground.shell.DatabaseThread;
import commonground.shell.Dates;
import commonground.shell.ModuleContext;
import commonground.shell.Navigator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * After answering "How did it go?" on Home, the answer can be found again: on the item itself (the
 * plan's or check-in's "Come back to this on" field), in the person's look-back, and in Home's
 * "Recently" (which never quotes it).
 */
class AnswersFoundTest {

    @TempDir
    Path dir;
    private LongGameFixture f;
    private Person sam;
    private CheckIn checkIn;
    private long itemId;

    @BeforeEach
    void open() throws Exception {
        f = new LongGameFixture(dir, "2026-11-24T10:00:00Z", ZoneOffset.UTC);
        sam = f.person("Sam");
        checkIn = f.checkIn(sam, "2026-11-23T17:00:00Z", null, 0);
        f.comeBack.set(ComeBackDates.CHECK_IN, checkIn.uuid(), sam.id(), LocalDate.of(2026, 12, 1));
        itemId = f.comeBack.openUntil(LocalDate.of(2026, 12, 1)).get(0).id();
        f.clock.set(java.time.Instant.parse("2026-12-01T09:00:00Z"));
    }

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void theItemShowsTheAnswerInsteadOfTheOldDayOnceAnsweredOnHome() {
        ComeBackChoice choice = new ComeBackChoice(f.comeBack, DatabaseThread.sameThread(), f.clock);
        choice.show(ComeBackDates.CHECK_IN, checkIn.uuid(), sam.id(), LocalDate.of(2026, 12, 8));
        assertTrue(choice.statusProperty().get().startsWith("You will find it on Home"));
        assertEquals("", choice.answeredProperty().get());

        f.comeBack.revisit(itemId, "Kept. Thank you");
        choice.refresh(); // as when the page is shown again

        String on = Dates.day(LocalDate.of(2026, 12, 1));
        assertEquals("You came back to this on " + on + ". How it went: \u201cKept. Thank you\u201d",
                choice.answeredProperty().get());
        assertFalse(choice.statusProperty().get().contains("You will find it on Home"),
                choice.statusProperty().get());
        assertEquals(null, choice.chosenProperty().get(), "no open day left");
    }

    @Test
    void anEmptyAnswerStillSaysTheUserCameBack() {
        f.comeBack.revisit(itemId, "");
        ComeBackChoice choice = new ComeBackChoice(f.comeBack, DatabaseThread.sameThread(), f.clock);
        choice.show(ComeBackDates.CHECK_IN, checkIn.uuid(), sam.id(), LocalDate.of(2026, 12, 8));
        assertEquals("You came back to this on " + Dates.day(LocalDate.of(2026, 12, 1)) + ".",
                choice.answeredProperty().get());
    }

    @Test
    void thePersonsLookBackShowsTheAnswer() {
        f.comeBack.revisit(itemId, "Kept. Thank you");
        LookBackViewModel model = new LookBackViewModel(f.people, new LookBackRepository(f.db),
                new OfferRepository(f.db), List.of(), DatabaseThread.sameThread(), id -> { }, f.clock);
        List<String> words = model.compute(sam, LocalDate.of(2026, 12, 1)).sentences();
        assertTrue(words.contains("You came back to a check-in with Sam on " + Dates.day(LocalDate.of(2026, 12, 1))
                + ": \u201cKept. Thank you\u201d"), words.toString());
        assertTrue(words.stream().noneMatch(w -> w.startsWith("Nothing kept")), words.toString());
    }

    @Test
    void recentlyOnHomeListsTheComingBackWithoutTheAnswer() {
        f.comeBack.revisit(itemId, "Kept. Thank you");
        ModuleContext c = new ModuleContext(f.db, DatabaseThread.sameThread(), null, id -> { }, null, f.clock,
                null, f.comeBack);
        List<Activity> recent = new LongGameFeature().recentActivity(c).orElseThrow().recent(10);
        assertEquals(1, recent.size(), recent.toString());
        assertEquals("Came back to a check-in with Sam", recent.get(0).text());
        assertEquals("look-back:" + sam.id(), recent.get(0).target());
        assertTrue(recent.stream().noneMatch(a -> a.text().contains("Thank you")));
    }

    @Test
    void recentlyOnHomeListsGoodMomentsTooNewestFirstAndWithoutWhatHappened() {
        f.comeBack.revisit(itemId, "Kept. Thank you");
        f.clock.set(java.time.Instant.parse("2026-12-01T12:00:00Z"));
        f.moments.add(sam.id(), LocalDate.of(2026, 11, 30), "We laughed at the dog", "walking", "");
        ModuleContext c = new ModuleContext(f.db, DatabaseThread.sameThread(), null, id -> { }, null, f.clock,
                null, f.comeBack);
        List<Activity> recent = new LongGameFeature().recentActivity(c).orElseThrow().recent(10);
        assertEquals(List.of("Kept a good moment with Sam", "Came back to a check-in with Sam"),
                recent.stream().map(Activity::text).toList());
        assertEquals("moment:" + sam.id(), recent.get(0).target());
        assertTrue(recent.stream().noneMatch(a -> a.text().contains("dog") || a.text().contains("walking")));
        assertEquals(1, new LongGameFeature().recentActivity(c).orElseThrow().recent(1).size());
    }

    @Test
    void afterTheLastAnswerTheComeBackPageSaysNothingIsLeftAndWhereTheAnswersAre() {
        ComeBackViewModel model = new ComeBackViewModel(f.comeBack, DatabaseThread.sameThread(), id -> { }, f.clock);
        model.reload();
        assertTrue(model.emptyTextProperty().get().startsWith("Nothing to come back to yet"));
        model.open(itemId);
        model.answerProperty().set("Kept. Thank you");
        model.revisit();
        assertEquals("Nothing left to come back to. Your answers are kept with each item.",
                model.emptyTextProperty().get());
    }
}
