package commonground.sync;

import commonground.cues.CheckIn;
import commonground.cues.CheckInDraft;
import commonground.cues.CheckInRepository;
import commonground.people.PeopleRepository;
import commonground.people.PeopleViewModel;
import commonground.people.Person;
import commonground.people.Relationship;
import commonground.scenarios.ScenarioOrigin;
import commonground.scenarios.ScenarioRepository;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Free text other than notes, typed on the laptop while the desktop changed the same text: the
 * laptop's save keeps every word typed there, and the desktop's version is kept as a conflict copy
 * that both computers list after the next sync (issue 21: both versions are kept, never one dropped).
 * Also: People reads again after a sync without refilling a form being typed into.
 */
class EditorsKeepTheOtherTextTest {

    @TempDir
    Path tmp;
    SyncTestComputers computers;
    TestClock clock = TestClock.at("2026-11-30T18:00:00Z");

    @BeforeEach
    void start() throws Exception {
        computers = SyncTestComputers.under(tmp, "Dropbox", clock).started();
    }

    @AfterEach
    void close() {
        computers.close();
    }

    private PeopleViewModel peopleOn(Database db) {
        PeopleViewModel model = new PeopleViewModel(new PeopleRepository(db), DatabaseThread.sameThread(),
                new FakeDialogs());
        model.reload(null);
        return model;
    }

    private static long personId(Database db, String uuid) {
        return db.read(c -> {
            try (var ps = c.prepareStatement("SELECT id FROM person WHERE uuid = ?")) {
                ps.setString(1, uuid);
                try (var rs = ps.executeQuery()) {
                    return rs.next() ? rs.getLong(1) : -1L;
                }
            }
        });
    }

    @Test
    void aPersonsNoteTypedHereKeepsTheOtherComputersNoteAsAConflictCopy() {
        Database laptop = computers.laptop.db;
        Database desktop = computers.desktop.db;
        Person dad = new PeopleRepository(laptop).add("Dad", Relationship.PARENT, "Likes the radio on");
        computers.bothOk();
        PeopleViewModel model = peopleOn(laptop);
        model.selectedProperty().set(model.people().get(0));
        assertEquals("Likes the radio on", model.noteProperty().get());

        PeopleRepository desktopPeople = new PeopleRepository(desktop);
        desktopPeople.updateNote(personId(desktop, dad.uuid()), "Likes the radio on, and the cricket");
        computers.desktop.sync.syncNow();
        computers.laptop.sync.syncNow(); // the desktop's note is in the laptop's file now, the form unchanged
        model.noteProperty().set("Likes the radio on. Quiet after the hospital");
        model.saveNote();

        assertEquals("Likes the radio on. Quiet after the hospital",
                new PeopleRepository(laptop).find(dad.id()).orElseThrow().note(), "every word typed here is saved");
        assertEquals(List.of("Likes the radio on, and the cricket"), ConflictTexts.of(laptop, "person"));
        assertTrue(model.messageProperty().get().contains("also changed on another computer"),
                model.messageProperty().get());

        computers.bothOk();
        assertEquals("Likes the radio on. Quiet after the hospital",
                desktopPeople.find(personId(desktop, dad.uuid())).orElseThrow().note());
        assertEquals(List.of("Likes the radio on, and the cricket"), ConflictTexts.of(desktop, "person"),
                "the desktop lists its own version too");

        model.noteProperty().set("Likes the radio on. Quiet after the hospital. Call on Sundays");
        model.saveNote();
        assertEquals(1, ConflictTexts.of(laptop, "person").size(), "a save over its own text keeps no copy");
    }

    @Test
    void savingThePersonsFormAlsoKeepsTheOtherNote() {
        Database laptop = computers.laptop.db;
        Database desktop = computers.desktop.db;
        Person sam = new PeopleRepository(laptop).add("Sam", Relationship.PARTNER, "Quiet in the mornings");
        computers.bothOk();
        PeopleViewModel model = peopleOn(laptop);
        model.selectedProperty().set(model.people().get(0));

        new PeopleRepository(desktop).updateNote(personId(desktop, sam.uuid()), "Quiet in the mornings, chatty at night");
        computers.desktop.sync.syncNow();
        computers.laptop.sync.syncNow();
        model.nameProperty().set("Sam (home)");
        model.save();
        assertEquals(List.of("Quiet in the mornings, chatty at night"), ConflictTexts.of(laptop, "person"));
    }

    @Test
    void peopleReadAgainAfterASyncKeepTheFormBeingTypedAndTheChoice() {
        Database laptop = computers.laptop.db;
        Database desktop = computers.desktop.db;
        Person dad = new PeopleRepository(laptop).add("Dad", Relationship.PARENT, "Likes the radio on");
        new PeopleRepository(laptop).add("Mum", Relationship.PARENT, "");
        computers.bothOk();
        PeopleViewModel model = peopleOn(laptop);
        Person shown = model.people().stream().filter(p -> p.id() == dad.id()).findFirst().orElseThrow();
        model.selectedProperty().set(shown);

        new PeopleRepository(desktop).add("Aunt Ruth", Relationship.OTHER, "");
        new PeopleRepository(desktop).updateNote(personId(desktop, dad.uuid()), "Likes the radio on, and the cricket");
        computers.desktop.sync.syncNow();
        computers.laptop.sync.syncNow();
        model.refreshAfterSync();
        assertEquals(3, model.people().size(), "the person added on the desktop is listed");
        assertEquals(dad.id(), model.selectedProperty().get().id(), "the person chosen stays chosen");
        assertEquals("Likes the radio on, and the cricket", model.noteProperty().get(),
                "a form nobody typed in shows what came in");

        model.nameProperty().set("Dad (Frank)");
        new PeopleRepository(desktop).add("Grandad", Relationship.OTHER, "");
        computers.desktop.sync.syncNow();
        computers.laptop.sync.syncNow();
        model.refreshAfterSync();
        assertEquals(4, model.people().size());
        assertEquals(dad.id(), model.selectedProperty().get().id());
        assertEquals("Dad (Frank)", model.nameProperty().get(), "what is being typed stays");
    }

    @Test
    void aWalkThroughAnswerTypedHereKeepsTheOtherComputersAnswer() {
        Database laptop = computers.laptop.db;
        Database desktop = computers.desktop.db;
        ScenarioRepository here = new ScenarioRepository(laptop);
        long text = here.keepText("test-walk", 1, ScenarioOrigin.BUILT_IN, "A walk", "id: test-walk").id();
        long runId = here.startRun(text, null, "start").id();
        here.saveAnswers(runId, Map.of("start", "I want to say sorry"));
        computers.bothOk();

        ScenarioRepository there = new ScenarioRepository(desktop);
        long desktopRun = there.runs().get(0).id();
        there.saveAnswers(desktopRun, Map.of("start", "I want to say sorry, and listen"));
        computers.desktop.sync.syncNow();
        computers.laptop.sync.syncNow();

        boolean kept = here.saveAnswers(runId, Map.of("start", "I want to say sorry first"),
                Map.of("start", "I want to say sorry"));
        assertTrue(kept);
        assertEquals("I want to say sorry first", here.answers(runId).get("start"), "the answer typed here is saved");
        assertEquals(List.of("I want to say sorry, and listen"), ConflictTexts.of(laptop, "scenario_run"));
        assertFalse(here.saveAnswers(runId, Map.of("start", "I want to say sorry first, then listen"),
                Map.of("start", "I want to say sorry first")), "typed over its own text: nothing to keep");

        computers.bothOk();
        assertEquals(List.of("I want to say sorry, and listen"), ConflictTexts.of(desktop, "scenario_run"));
        assertEquals("I want to say sorry first, then listen", there.answers(desktopRun).get("start"));
    }

    @Test
    void aCheckInChangedHereKeepsTheWordsTheOtherComputerChanged() {
        Database laptop = computers.laptop.db;
        Database desktop = computers.desktop.db;
        Person dad = new PeopleRepository(laptop).add("Dad", Relationship.PARENT, "");
        java.time.Instant when = java.time.Instant.parse("2026-11-30T17:00:00Z");
        CheckInRepository here = new CheckInRepository(laptop);
        CheckIn saved = here.add(new CheckInDraft(dad.id(), when, "At dinner", null, List.of(), "He went quiet",
                "I passed the salt"));
        computers.bothOk();

        CheckInRepository there = new CheckInRepository(desktop);
        CheckIn desktopCopy = there.forPerson(personId(desktop, dad.uuid())).get(0);
        CheckInDraft d = desktopCopy.draft();
        there.update(desktopCopy.id(), new CheckInDraft(d.personId(), when, d.context(), null, List.of(),
                "He went quiet, then asked about work", d.response()));
        computers.desktop.sync.syncNow();
        computers.laptop.sync.syncNow();

        CheckInDraft opened = saved.draft(); // the form was opened before the desktop's change came in
        CheckInRepository.Saved result = here.update(saved.id(), new CheckInDraft(dad.id(), when, "At dinner, Sunday",
                null, List.of(), "He went quiet", "I passed the salt"), opened);
        assertFalse(result.keptOther(), "changed in different fields: nothing to choose between");
        assertEquals("At dinner, Sunday", result.checkIn().draft().context(), "the context changed here is saved");
        assertEquals("He went quiet, then asked about work", result.checkIn().draft().note(),
                "the note changed there, and left alone here, keeps the desktop's words");

        opened = result.checkIn().draft();
        computers.bothOk();
        clock.advance(java.time.Duration.ofMinutes(1));
        there.update(desktopCopy.id(), new CheckInDraft(d.personId(), when, "At dinner, Sunday", null, List.of(),
                "He went quiet, then asked about work", "I said I would call on Thursday"));
        computers.desktop.sync.syncNow();
        computers.laptop.sync.syncNow();
        result = here.update(saved.id(), new CheckInDraft(dad.id(), when, "At dinner, Sunday", null, List.of(),
                "He went quiet, then asked about work", "I passed the salt and smiled"), opened);
        assertTrue(result.keptOther());
        assertEquals("I passed the salt and smiled", result.checkIn().draft().response(), "what was typed here is saved");
        assertEquals(List.of("I said I would call on Thursday"), ConflictTexts.of(laptop, "check_in"),
                "the desktop's response is kept");
        computers.bothOk();
        assertEquals(List.of("I said I would call on Thursday"), ConflictTexts.of(desktop, "check_in"));
    }
}
