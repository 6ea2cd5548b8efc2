package commonground.storage.sync;

import commonground.storage.FastKeys;
import commonground.longgame.ComeBack;
import commonground.longgame.ComeBackRepository;
import commonground.longgame.DisclosureRepository;
import commonground.longgame.GoodMomentRepository;
import commonground.longgame.Landing;
import commonground.longgame.NewsSituation;
import commonground.longgame.ToldEntry;
import commonground.longgame.WhoKnowsRepository;
import commonground.people.PeopleRepository;
import commonground.people.Relationship;
import commonground.practice.PracticeTextRepository;
import commonground.shell.ComeBackDates;
import commonground.storage.Canary;
import commonground.storage.PrivacyLock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The long game (come-back dates and answers, good moments, the ladder of going first, who knows
 * what) and imported practice files travel between two computers like notes: each change arrives,
 * a text changed on both is kept as a conflict copy, and each computer seals with its own lock.
 */
class SyncLongGameTest extends TwoComputers {

    static final LocalDate DAY = LocalDate.of(2026, 11, 30);

    @Override
    void both() {
        computers.bothOk();
    }

    private static long person(Profile p) {
        return new PeopleRepository(p.db).active().get(0).id();
    }

    private static long situation(Profile p) {
        return new WhoKnowsRepository(p.db).situations().get(0).id();
    }

    private static ComeBack comeBack(Profile p) {
        long id = p.db.read(c -> {
            try (var s = c.createStatement(); var rs = s.executeQuery("SELECT id FROM come_back")) {
                return rs.next() ? rs.getLong(1) : 0L;
            }
        });
        return new ComeBackRepository(p.db).find(id).orElseThrow();
    }

    @Test
    void eachLongGameChangeAndAnImportedPracticeFileArriveOnTheOtherComputer() throws Exception {
        long dad = new PeopleRepository(laptop.db).add("Dad", Relationship.PARENT, "").id();
        laptop.sync.start(shared, PASSPHRASE, "Laptop");
        assertTrue(desktop.sync.join(shared, PASSPHRASE, "Desktop").ok());

        new GoodMomentRepository(laptop.db).add(dad, DAY, "We fixed the fence together", "Fixing things",
                "Working side by side, no eye contact");
        DisclosureRepository ladder = new DisclosureRepository(laptop.db);
        ladder.addOwn(dad, 2, "Tell him I miss the lake");
        ladder.take(dad, DAY, 1, "I said the match made me think of Grandad", Landing.WARMLY, "He nodded");
        WhoKnowsRepository news = new WhoKnowsRepository(laptop.db);
        NewsSituation illness = news.create("Mum's diagnosis", null, dad);
        news.saveKeepPrivate(illness.id(), "Not the neighbours yet");
        news.addTold(illness.id(), "Aunt Jo", "Everything", "Mum", DAY);
        new ComeBackRepository(laptop.db).set(ComeBackDates.CHECK_IN, "check-in-uuid-1", dad, DAY.plusDays(7));
        new PracticeTextRepository(laptop.db).keep("talk-about-money", 2, "Talking about money", "id: talk-about-money");
        both();

        long dadThere = person(desktop);
        var moment = new GoodMomentRepository(desktop.db).forPerson(dadThere);
        assertEquals(1, moment.size());
        assertEquals("We fixed the fence together", moment.get(0).what());
        assertEquals("Working side by side, no eye contact", moment.get(0).madeEasy());
        assertEquals("Tell him I miss the lake", new DisclosureRepository(desktop.db).ownSteps(dadThere).get(0).text());
        assertEquals("He nodded", new DisclosureRepository(desktop.db).taken(dadThere).get(0).note());
        NewsSituation there = new WhoKnowsRepository(desktop.db).situations().get(0);
        assertEquals("Not the neighbours yet", there.keepPrivate());
        assertEquals(List.of("Dad"), desktop.db.read(c -> { // Read in SQL: situations() reads person_id wrongly
            try (var st = c.createStatement(); var rs = st.executeQuery(
                    "SELECT p.name FROM news_situation s JOIN person p ON p.id = s.person_id")) {
                return rs.next() ? List.of(rs.getString(1)) : List.of();
            }
        }), "the situation is about the same person");
        List<ToldEntry> told = new WhoKnowsRepository(desktop.db).told(there.id());
        assertEquals("Aunt Jo", told.get(0).name());
        assertEquals(DAY.plusDays(7), new ComeBackRepository(desktop.db)
                .dueOn(ComeBackDates.CHECK_IN, "check-in-uuid-1").orElseThrow());
        assertEquals("id: talk-about-money", new PracticeTextRepository(desktop.db)
                .find("talk-about-money", 2).orElseThrow().yaml());
        assertEquals(laptop.export(), desktop.export());

        // Now the other way: changed and answered at work, seen on the laptop.
        clock.advance(Duration.ofMinutes(5));
        new WhoKnowsRepository(desktop.db).updateTold(told.get(0), "Aunt Jo", "Everything but the dates", "Mum", DAY);
        new ComeBackRepository(desktop.db).revisit(comeBack(desktop).id(), "It went better than I feared");
        new GoodMomentRepository(desktop.db).delete(moment.get(0).id());
        both();

        assertEquals("Everything but the dates", new WhoKnowsRepository(laptop.db).told(situation(laptop)).get(0).knows());
        assertEquals("It went better than I feared", comeBack(laptop).answer());
        assertEquals(List.of(), new GoodMomentRepository(laptop.db).forPerson(dad));
        assertEquals(laptop.export(), desktop.export());
    }

    @Test
    void textChangedOnBothComputersIsKeptAsAConflictCopy() throws Exception {
        long dad = new PeopleRepository(laptop.db).add("Dad", Relationship.PARENT, "").id();
        WhoKnowsRepository news = new WhoKnowsRepository(laptop.db);
        NewsSituation illness = news.create("Mum's diagnosis", null, dad);
        news.addTold(illness.id(), "Aunt Jo", "That she is ill", "", null);
        new ComeBackRepository(laptop.db).set(ComeBackDates.CHECK_IN, "check-in-uuid-2", dad, DAY);
        laptop.sync.start(shared, PASSPHRASE, "Laptop");
        assertTrue(desktop.sync.join(shared, PASSPHRASE, "Desktop").ok());

        clock.advance(Duration.ofMinutes(1));
        ToldEntry here = new WhoKnowsRepository(laptop.db).told(situation(laptop)).get(0);
        new WhoKnowsRepository(laptop.db).updateTold(here, "Aunt Jo", "Laptop: she knows about the operation", "", null);
        new WhoKnowsRepository(laptop.db).saveKeepPrivate(situation(laptop), "Laptop: keep it from the cousins");
        new ComeBackRepository(laptop.db).revisit(comeBack(laptop).id(), "Laptop: it was quiet but kind");
        clock.advance(Duration.ofMinutes(1));
        ToldEntry there = new WhoKnowsRepository(desktop.db).told(situation(desktop)).get(0);
        new WhoKnowsRepository(desktop.db).updateTold(there, "Aunt Jo", "Desktop: she knows it all now", "", null);
        new WhoKnowsRepository(desktop.db).saveKeepPrivate(situation(desktop), "Desktop: keep it from work");
        new ComeBackRepository(desktop.db).revisit(comeBack(desktop).id(), "Desktop: we laughed once");
        both();
        desktop.sync.syncNow();

        assertEquals("Desktop: she knows it all now",
                new WhoKnowsRepository(laptop.db).told(situation(laptop)).get(0).knows(), "the later change shows");
        assertEquals("Desktop: we laughed once", comeBack(laptop).answer());
        List<String> kept = laptop.sync.conflicts().stream().map(ConflictCopy::text).sorted().toList();
        assertEquals(List.of("Laptop: it was quiet but kind", "Laptop: keep it from the cousins",
                "Laptop: she knows about the operation"), kept, "every losing text is kept");
        assertEquals(laptop.sync.conflicts(), desktop.sync.conflicts());
        assertEquals(laptop.export(), desktop.export());
    }

    @Test
    void aComputerWithTheLockOnSealsWhatArrivesWithItsOwnKeyBothWays() throws Exception {
        String canary = "Marigold Lantern Quietly";
        PrivacyLock lock = new PrivacyLock(desktop.db, FastKeys.COST);
        lock.enable("desktop lock phrase".toCharArray(), 15);
        long dad = new PeopleRepository(laptop.db).add("Dad", Relationship.PARENT, "").id();
        new GoodMomentRepository(laptop.db).add(dad, DAY, "Laptop: " + canary, "", "");
        laptop.sync.start(shared, PASSPHRASE, "Laptop");
        assertTrue(desktop.sync.join(shared, PASSPHRASE, "Desktop").ok());
        long dadThere = person(desktop);
        assertEquals("Laptop: " + canary, new GoodMomentRepository(desktop.db).forPerson(dadThere).get(0).what());

        NewsSituation s = new WhoKnowsRepository(desktop.db).create("Desktop: " + canary, null, dadThere);
        new WhoKnowsRepository(desktop.db).addTold(s.id(), "Desktop " + canary, "Desktop: " + canary, "", null);
        new DisclosureRepository(desktop.db).take(dadThere, DAY, 1, "Desktop: " + canary, Landing.NEUTRAL, "");
        desktop.sync.syncNow();
        // The lock travels: the laptop, without a lock, brings nothing in from a computer that has one.
        assertTrue(laptop.sync.syncNow().lockNeeded());
        assertTrue(new WhoKnowsRepository(laptop.db).situations().isEmpty());
        new PrivacyLock(laptop.db, FastKeys.COST).enable("laptop lock phrase".toCharArray(), 15);
        both();
        NewsSituation onLaptop = new WhoKnowsRepository(laptop.db).situations().get(0);
        assertEquals("Desktop: " + canary, onLaptop.title());
        assertEquals("Desktop: " + canary, new WhoKnowsRepository(laptop.db).told(onLaptop.id()).get(0).knows());
        assertEquals("Desktop: " + canary, new DisclosureRepository(laptop.db).taken(dad).get(0).what());

        desktop.close();
        assertEquals(List.of(), Canary.filesContaining(desktop.dir, canary), "the locked computer's file is sealed");
        assertEquals(List.of(), Canary.filesContaining(shared, canary), "the folder is encrypted");
        desktop.open();
        assertTrue(new PrivacyLock(desktop.db, FastKeys.COST).unlock("desktop lock phrase".toCharArray()));
        assertEquals("Laptop: " + canary, new GoodMomentRepository(desktop.db).forPerson(person(desktop)).get(0).what());
    }

    @Test
    void aComeBackDateSetForTheSameThingOnBothDoesNotStopSync() throws Exception {
        long dad = new PeopleRepository(laptop.db).add("Dad", Relationship.PARENT, "").id();
        laptop.sync.start(shared, PASSPHRASE, "Laptop");
        assertTrue(desktop.sync.join(shared, PASSPHRASE, "Desktop").ok());
        new ComeBackRepository(laptop.db).set(ComeBackDates.CHECK_IN, "same-check-in", dad, DAY.plusDays(3));
        new ComeBackRepository(desktop.db).set(ComeBackDates.CHECK_IN, "same-check-in", person(desktop),
                DAY.plusDays(5));
        laptop.sync.syncNow();
        SyncReport report = desktop.sync.syncNow();

        assertTrue(report.reachedFolder());
        assertTrue(report.problems().get(0).contains("this computer keeps its own"), report.problems().toString());
        assertEquals(DAY.plusDays(5), new ComeBackRepository(desktop.db).dueOn(ComeBackDates.CHECK_IN, "same-check-in")
                .orElseThrow());
        long later = laptop.note("Written after the clash");
        laptop.sync.syncNow();
        assertTrue(desktop.sync.syncNow().ok(), "later changes still arrive");
        assertEquals("Written after the clash", desktop.body(laptop.uuidOf(later)));
    }
}
