package commonground.storage;

import commonground.scenarios.ScenarioRepository;
import commonground.cues.CheckInRepository;
import commonground.cues.ComfortMapRepository;
import commonground.people.PeopleRepository;
import commonground.draft.DraftRepository;
import commonground.reflection.NoteRepository;
import commonground.reflection.NeedsRepository;
import commonground.content.Practices;
import commonground.cues.CheckInCue;
import commonground.cues.CheckInDraft;
import commonground.cues.ComfortList;
import commonground.cues.ComfortMap;
import commonground.cues.CueCategory;
import commonground.people.Person;
import commonground.people.Relationship;
import commonground.reflection.SourceKind;
import commonground.scenarios.ScenarioLibrary;
import commonground.scenarios.ScenarioRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A profile with something in every module (people, walkthroughs and answers, check-ins with
 * cues, a comfort map, notes with tags, needs check-ins and sources, the draft) goes through
 * export, import into a fresh profile, and export again: the two files are identical.
 */
class FullProfileRoundTripTest {

    @Test
    void everyModulesRecordsSurviveARoundTrip(@TempDir Path dir) throws Exception {
        Path first = dir.resolve("first.json");
        try (Database db = Database.open(dir.resolve("a").resolve(Database.FILE_NAME))) {
            Person dad = new PeopleRepository(db).add("Dad", Relationship.PARENT, "Long drives");
            Practices practices = Practices.load();
            ScenarioRepository scenarios = new ScenarioRepository(db);
            ScenarioLibrary library = new ScenarioLibrary(scenarios, () -> practices);
            ScenarioRun run = library.start(library.offers().get(0), dad.id());
            scenarios.saveAnswers(run.id(), Map.of(run.currentStep(), "He said fine and turned on the TV."));
            new CheckInRepository(db).add(new CheckInDraft(dad.id(), Instant.parse("2026-11-20T18:00:00Z"),
                    "Driving to the lake", "drive",
                    List.of(new CheckInCue("looking-away", CueCategory.EYES, "Looks away", 2)), "He hummed.",
                    "I sat beside him."));
            new ComfortMapRepository(db).save(dad.id(), new ComfortMap(Map.of(ComfortList.values()[0],
                    List.of("fishing", "old jazz"))));
            NoteRepository notes = new NoteRepository(db);
            long note = notes.create(null, null).id();
            notes.saveBody(note, "Sunday walk\nHe laughed twice. 🌿");
            notes.setTags(note, List.of("dad", "walks"));
            NeedsRepository needs = new NeedsRepository(db);
            needs.addCheckIn(Map.of("closeness", 2, "rest", 3), "A slow week.");
            needs.addSource("closeness", SourceKind.PERSON, dad.id(), null);
            new DraftRepository(db).save("I miss our walks.");
            new commonground.care.SupportContactRepository(db).add("Aunt Jo", "+44 161 496 0000");
            commonground.practice.PracticeLibrary practiceLibrary = new commonground.practice.PracticeLibrary(
                    new commonground.practice.PracticeTextRepository(db), () -> practices);
            practiceLibrary.importFile(Path.of(getClass().getResource("/commonground/practice/valid/fixture.yaml").toURI()));
            commonground.practice.Conversation talk = practiceLibrary.offers().get(0);
            commonground.practice.PracticeRepository sessions = new commonground.practice.PracticeRepository(db);
            long session = sessions.start(talk, "Sam", dad.id(), List.of()).id();
            sessions.addMove(session, 0, new commonground.practice.Move(talk.first().id(), null,
                    "You seem tired tonight.", commonground.practice.Effect.OPENS, List.of("nonverbal"), List.of(), 2));
            sessions.addMove(session, 1, new commonground.practice.Move("softer", 0, null,
                    commonground.practice.Effect.CLOSES, List.of(), List.of(commonground.practice.ClosingMove.PRESSURE), 1));
            sessions.finish(session, talk.endings().get(0));
            new DataTransfer(db).exportTo(first);
            Map<String, Long> counts = new DatabaseDiagnostics(db).rowCounts();
            assertTrue(counts.values().stream().filter(n -> n > 0).count() >= 10, "most tables hold something: " + counts);
        }
        Path second = dir.resolve("second.json");
        try (Database fresh = Database.open(dir.resolve("b").resolve(Database.FILE_NAME))) {
            new DataTransfer(fresh).importFrom(first);
            new DataTransfer(fresh).exportTo(second);
            assertEquals(0, new DataTransfer(fresh).importFrom(first).totalAdded(), "nothing is duplicated");
        }
        assertEquals(Files.readString(first), Files.readString(second));
    }
}
