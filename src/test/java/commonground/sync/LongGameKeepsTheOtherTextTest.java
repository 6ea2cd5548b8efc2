package commonground.sync;

import commonground.cues.ComfortList;
import commonground.cues.ComfortMap;
import commonground.cues.ComfortMapRepository;
import commonground.cues.Cue;
import commonground.cues.CueCategory;
import commonground.cues.CueText;
import commonground.cues.UserCueRepository;
import commonground.longgame.ComeBack;
import commonground.longgame.ComeBackRepository;
import commonground.longgame.DisclosureLadder;
import commonground.longgame.DisclosureRepository;
import commonground.longgame.LadderViewModel;
import commonground.longgame.Landing;
import commonground.longgame.NewsSituation;
import commonground.longgame.TakenStep;
import commonground.longgame.ToldEntry;
import commonground.longgame.WhoKnowsRepository;
import commonground.longgame.WhoKnowsViewModel;
import commonground.people.PeopleRepository;
import commonground.people.Relationship;
import commonground.shell.ComeBackDates;
import commonground.shell.DatabaseThread;
import commonground.shell.FakeDialogs;
import commonground.storage.Database;
import commonground.storage.TestClock;
import commonground.storage.sync.SyncTestComputers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The long game's texts, comfort maps and the user's own cues, changed on the laptop while the
 * desktop changed the same words (decision 0032): every word typed on the laptop is saved, the
 * desktop's words are kept as a conflict copy both computers list, words left alone here take the
 * desktop's, and a calm line says where the other version is. A "How did it go?" answer given on
 * both computers keeps the second one too. Going first and Who knows what read again after a sync
 * with the choice and the form being typed left as they are.
 */
class LongGameKeepsTheOtherTextTest {

    static final LocalDate DAY = LocalDate.of(2026, 11, 29);

    @TempDir
    Path tmp;
    SyncTestComputers computers;
    TestClock clock = TestClock.at("2026-11-30T18:00:00Z");
    Database laptop;
    Database desktop;

    @BeforeEach
    void start() throws Exception {
        computers = SyncTestComputers.under(tmp, "Dropbox", clock).started();
        laptop = computers.laptop.db;
        desktop = computers.desktop.db;
    }

    @AfterEach
    void close() {
        computers.close();
    }

    /** The desktop's changes reach the laptop's file (the laptop's page still shows what it read before). */
    private void desktopToLaptop() {
        assertTrue(computers.desktop.sync.syncNow().ok());
        assertTrue(computers.laptop.sync.syncNow().ok());
    }

    private static long dadOn(Database db) {
        return new PeopleRepository(db).active().stream().filter(p -> p.name().equals("Dad")).findFirst()
                .orElseThrow().id();
    }

    private static ComeBack comeBackOn(Database db) {
        long id = db.read(c -> {
            try (var s = c.createStatement(); var rs = s.executeQuery("SELECT id FROM come_back")) {
                return rs.next() ? rs.getLong(1) : 0L;
            }
        });
        return new ComeBackRepository(db).find(id).orElseThrow();
    }

    private WhoKnowsViewModel whoKnowsOn(Database db) {
        WhoKnowsViewModel model = new WhoKnowsViewModel(new WhoKnowsRepository(db), DatabaseThread.sameThread(),
                clock, new FakeDialogs());
        model.reload();
        return model;
    }

    @Test
    void aWhoKnowsEntryChangedHereKeepsTheDesktopsWordsAndTakesTheOnesLeftAlone() {
        WhoKnowsRepository here = new WhoKnowsRepository(laptop);
        NewsSituation illness = here.create("Dad's diagnosis", null, null);
        here.addTold(illness.id(), "Aunt Jo", "That he is ill", "Mum", DAY);
        computers.bothOk();
        WhoKnowsViewModel model = whoKnowsOn(laptop);
        model.edit(model.told().get(0)); // the form opened before the desktop's change came in

        WhoKnowsRepository there = new WhoKnowsRepository(desktop);
        ToldEntry onDesktop = there.told(there.situations().get(0).id()).get(0);
        there.updateTold(onDesktop, "Aunt Jo", "That he is ill, and the treatment plan", "Mum and me", DAY);
        desktopToLaptop();

        model.knowsProperty().set("That he is ill; not the prognosis");
        model.addPerson();
        ToldEntry saved = here.told(illness.id()).get(0);
        assertEquals("That he is ill; not the prognosis", saved.knows(), "every word typed here is saved");
        assertEquals("Mum and me", saved.toldBy(), "who told them, left alone here, takes the desktop's words");
        assertEquals(List.of("That he is ill, and the treatment plan"), ConflictTexts.of(laptop, "news_told"));
        assertTrue(model.messageProperty().get().contains("also changed on another computer"),
                model.messageProperty().get());

        computers.bothOk();
        assertEquals(List.of("That he is ill, and the treatment plan"), ConflictTexts.of(desktop, "news_told"),
                "the desktop lists its own version too");
        assertEquals("That he is ill; not the prognosis", there.told(onDesktop.situationId()).get(0).knows());
    }

    @Test
    void whoKnowsReadsAgainAfterASyncKeepingTheChoiceTheFormAndWhatToKeepPrivate() {
        WhoKnowsRepository here = new WhoKnowsRepository(laptop);
        here.create("Work news", null, null);
        NewsSituation illness = here.create("Dad's diagnosis", null, null);
        here.saveKeepPrivate(illness.id(), "Not the neighbours");
        here.addTold(illness.id(), "Aunt Jo", "That he is ill", "Mum", DAY);
        computers.bothOk();
        WhoKnowsViewModel model = whoKnowsOn(laptop);
        NewsSituation chosen = model.situations().stream().filter(s -> s.id() == illness.id()).findFirst().orElseThrow();
        model.situationProperty().set(chosen);
        ToldEntry jo = model.told().get(0);
        model.edit(jo);
        model.knowsProperty().set("That he is ill, and");
        model.keepPrivateProperty().set("Not the neighbours, not the school");

        WhoKnowsRepository there = new WhoKnowsRepository(desktop);
        NewsSituation illnessThere = there.situations().stream().filter(s -> s.title().equals("Dad's diagnosis"))
                .findFirst().orElseThrow();
        there.addTold(illnessThere.id(), "Uncle Pete", "", "", null);
        there.saveKeepPrivate(illnessThere.id(), "Not the neighbours, nor his colleagues");
        desktopToLaptop();
        model.refreshAfterSync();

        assertEquals(List.of("Uncle Pete"), model.toTell().stream().map(ToldEntry::name).toList(),
                "the person added on the desktop is listed");
        assertEquals(illness.id(), model.situationProperty().get().id(), "the situation chosen stays chosen");
        assertSame(jo, model.told().get(0), "the entry listed is left as it was (the list keeps its selection)");
        assertEquals(jo, model.editingProperty().get(), "the entry being changed is still in the form");
        assertEquals("That he is ill, and", model.knowsProperty().get(), "what is being typed stays");
        assertEquals("Not the neighbours, not the school", model.keepPrivateProperty().get());

        model.saveKeepPrivate();
        assertEquals("Not the neighbours, not the school", here.situations().get(1).keepPrivate());
        assertEquals(List.of("Not the neighbours, nor his colleagues"), ConflictTexts.of(laptop, "news_situation"));
        assertTrue(model.privateMessageProperty().get().contains("Sync page"), model.privateMessageProperty().get());

        computers.bothOk();
        clock.advance(java.time.Duration.ofMinutes(1));
        there.saveKeepPrivate(illnessThere.id(), "Only family for now");
        desktopToLaptop();
        model.refreshAfterSync();
        assertEquals("Only family for now", model.keepPrivateProperty().get(),
                "nothing typed since saving: what came in is shown");
    }

    @Test
    void aStepTakenChangedHereKeepsTheDesktopsNote() {
        long dad = new PeopleRepository(laptop).add("Dad", Relationship.PARENT, "").id();
        DisclosureRepository here = new DisclosureRepository(laptop);
        TakenStep step = here.take(dad, DAY, 1, "I said the match made me think of Grandad", Landing.WARMLY,
                "He nodded");
        computers.bothOk();

        DisclosureRepository there = new DisclosureRepository(desktop);
        TakenStep onDesktop = there.taken(dadOn(desktop)).get(0);
        there.update(onDesktop, DAY, onDesktop.what(), Landing.WARMLY, "He nodded, then told me about his dad");
        desktopToLaptop();

        DisclosureRepository.Saved saved = here.change(step, DAY, "I said the match made me think of Grandad, "
                + "and that I miss him", Landing.WARMLY, "He nodded and smiled");
        assertTrue(saved.keptOther());
        assertEquals("He nodded and smiled", here.taken(dad).get(0).note(), "the note typed here is saved");
        assertEquals(List.of("He nodded, then told me about his dad"), ConflictTexts.of(laptop, "disclosure_step_taken"));

        computers.bothOk();
        clock.advance(java.time.Duration.ofMinutes(1));
        TakenStep opened = here.taken(dad).get(0);
        there.update(there.taken(dadOn(desktop)).get(0), DAY, "I said I miss Grandad", Landing.WARMLY,
                "He nodded, then told me about his dad");
        desktopToLaptop();
        saved = here.change(opened, DAY, opened.what(), Landing.NEUTRAL, opened.note());
        assertFalse(saved.keptOther(), "only how it landed changed here: nothing to choose between");
        assertEquals("I said I miss Grandad", saved.step().what(), "the words left alone take the desktop's");
        computers.bothOk();
        assertEquals(List.of("He nodded, then told me about his dad"), ConflictTexts.of(desktop, "disclosure_step_taken"));
    }

    @Test
    void goingFirstReadsAgainAfterASyncKeepingTheStepBeingChanged() {
        long dad = new PeopleRepository(laptop).add("Dad", Relationship.PARENT, "").id();
        new PeopleRepository(laptop).add("Sam", Relationship.PARTNER, "");
        new DisclosureRepository(laptop).take(dad, DAY, 1, "I said I liked the song", Landing.NEUTRAL, "");
        computers.bothOk();
        LadderViewModel model = new LadderViewModel(new PeopleRepository(laptop), new DisclosureRepository(laptop),
                DisclosureLadder::load, DatabaseThread.sameThread(), clock, new FakeDialogs());
        model.reload();
        model.personProperty().set(model.persons().stream().filter(p -> p.id() == dad).findFirst().orElseThrow());
        TakenStep song = model.taken().get(0);
        model.chosenProperty().set(song);
        model.editChosen();
        model.noteProperty().set("He hummed along");

        new DisclosureRepository(desktop).take(dadOn(desktop), DAY.plusDays(1), 1, "I said I was tired",
                Landing.WARMLY, "");
        new PeopleRepository(desktop).add("Aunt Ruth", Relationship.OTHER, "");
        desktopToLaptop();
        model.refreshAfterSync();

        assertEquals(3, model.persons().size(), "the person added on the desktop can be chosen");
        assertEquals(dad, model.personProperty().get().id(), "the person chosen stays chosen");
        assertEquals(List.of("I said I was tired", "I said I liked the song"),
                model.taken().stream().map(TakenStep::what).toList(), "the step taken on the desktop is listed");
        assertSame(song, model.taken().get(1), "the step listed before is left as it was");
        assertEquals(song, model.editingProperty().get(), "the step being changed is still in the form");
        assertEquals("He hummed along", model.noteProperty().get(), "what is being typed stays");
    }

    @Test
    void aCueOfYourOwnChangedHereKeepsTheDesktopsWords() {
        UserCueRepository here = new UserCueRepository(laptop);
        CueText first = new CueText(CueCategory.HANDS, "Taps the table", "Might be restless", List.of("Want a walk?"),
                "", "Why are you fidgeting");
        String key = here.add(first);
        computers.bothOk();

        UserCueRepository there = new UserCueRepository(desktop);
        there.update(key, new CueText(CueCategory.HANDS, "Taps the table", "Might be restless, or thinking",
                List.of("Want a walk?", "Take your time"), "", "Why are you fidgeting"));
        desktopToLaptop();

        boolean kept = here.update(key, new CueText(CueCategory.HANDS, "Taps the table", "Might be worried",
                List.of("Want a walk?"), "Sit beside them", "Why are you fidgeting"), first);
        assertTrue(kept);
        Cue saved = here.all().get(0);
        assertEquals("Might be worried", saved.text().mightMean(), "the words typed here are saved");
        assertEquals("Sit beside them", saved.text().nonverbal());
        assertEquals(List.of("Want a walk?", "Take your time"), saved.text().acknowledgements(),
                "the acknowledgements, left alone here, take the desktop's");
        assertEquals(List.of("Might be restless, or thinking"), ConflictTexts.of(laptop, "user_cue"));
        computers.bothOk();
        assertEquals(List.of("Might be restless, or thinking"), ConflictTexts.of(desktop, "user_cue"));
    }

    @Test
    void aComfortMapSavedHereKeepsWhatTheDesktopAddedAndLeavesOutWhatItTookAway() {
        long dad = new PeopleRepository(laptop).add("Dad", Relationship.PARENT, "").id();
        ComfortMapRepository here = new ComfortMapRepository(laptop);
        ComfortMap opened = new ComfortMap(Map.of(ComfortList.ENJOYS, List.of("Fishing", "Crosswords")));
        here.save(dad, opened);
        computers.bothOk();

        new ComfortMapRepository(desktop).save(dadOn(desktop),
                new ComfortMap(Map.of(ComfortList.ENJOYS, List.of("Fishing", "Old westerns"))));
        desktopToLaptop();

        ComfortMap typed = new ComfortMap(Map.of(ComfortList.ENJOYS, List.of("Fishing", "Crosswords", "Gardening")));
        ComfortMapRepository.Saved saved = here.save(dad, typed, opened);
        assertTrue(saved.changedElsewhere());
        assertEquals(List.of("Fishing", "Gardening", "Old westerns"), here.load(dad).get(ComfortList.ENJOYS),
                "added here and added there are both kept; taken away there stays away");
        assertEquals(saved.map(), here.load(dad));
        computers.bothOk();
        assertEquals(List.of("Fishing", "Gardening", "Old westerns"),
                new ComfortMapRepository(desktop).load(dadOn(desktop)).get(ComfortList.ENJOYS));
    }

    @Test
    void aHowDidItGoAnswerGivenOnBothComputersKeepsTheSecondToo() {
        long dad = new PeopleRepository(laptop).add("Dad", Relationship.PARENT, "").id();
        ComeBackRepository here = new ComeBackRepository(laptop);
        here.set(ComeBackDates.CHECK_IN, "check-in-uuid-1", dad, DAY);
        computers.bothOk();
        ComeBack item = comeBackOn(laptop); // shown on the laptop before the desktop's answer came in

        ComeBackRepository there = new ComeBackRepository(desktop);
        there.revisit(comeBackOn(desktop).id(), "He talked about work for a while");
        desktopToLaptop();

        ComeBackRepository.Answered answered = here.answer(item, "I waited, and he opened up");
        assertNull(answered.item(), "the desktop answered first");
        assertTrue(answered.keptAsCopy());
        assertEquals("He talked about work for a while", here.find(item.id()).orElseThrow().answer());
        assertEquals(List.of("I waited, and he opened up"), ConflictTexts.of(laptop, "come_back"),
                "the answer given here is kept, not refused");
        assertFalse(here.answer(item, "He talked about work for a while").keptAsCopy(), "the same words: no copy");
        computers.bothOk();
        assertEquals(List.of("I waited, and he opened up"), ConflictTexts.of(desktop, "come_back"));
    }
}
