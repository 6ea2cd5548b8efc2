package commonground.cues;

import commonground.care.SafetyAnswer;
import commonground.content.Practice;
import commonground.content.Practices;
import commonground.people.PeopleRepository;
import commonground.people.Person;
import commonground.people.Pronouns;
import commonground.people.Relationship;
import commonground.shell.DatabaseThread;
import commonground.shell.Dialogs;
import commonground.storage.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The safety answer changes the cue suggestions for that person: with a Yes or "I'm not sure",
 * advice about waiting and staying close gives way to a line saying why; with a No it is shown.
 */
class SafetyFirstSuggestionsTest {

    @TempDir
    Path dir;
    Database db;
    PeopleRepository people;
    CuesViewModel cues;

    @BeforeEach
    void open() throws Exception {
        db = Database.open(dir.resolve(Database.FILE_NAME));
        people = new PeopleRepository(db);
        Dialogs none = new Dialogs() {
            @Override
            public boolean confirm(String title, String message, String confirmLabel) {
                return false;
            }

            @Override
            public Optional<Integer> choose(String title, String message, List<String> choices) {
                return Optional.empty();
            }

            @Override
            public void inform(String title, String message) {
            }
        };
        cues = new CuesViewModel(people, new UserCueRepository(db), new CheckInRepository(db),
                new CheckInHistoryRepository(db), new ComfortMapRepository(db), DatabaseThread.sameThread(), none,
                CompletableFuture.completedFuture(Practices.load()), java.time.Clock.systemDefaultZone());
    }

    @AfterEach
    void close() {
        db.close();
    }

    private CheckInViewModel checkInAbout(Person person) {
        cues.reload();
        cues.personProperty().set(cues.persons().stream().filter(p -> p.id() == person.id()).findFirst().orElseThrow());
        CheckInViewModel checkIn = cues.checkIn();
        checkIn.tick("speaking-faster", true);
        return checkIn;
    }

    private static Cue only(CheckInViewModel checkIn) {
        assertEquals(1, checkIn.suggestions().size());
        return checkIn.suggestions().get(0);
    }

    @Test
    void forSomeoneTheUserIsNotSureAboutNoAdviceAboutWaitingIsShownAndTheLineSaysWhy() {
        Person sam = people.add("Sam", Relationship.PARTNER, "", Pronouns.HE, SafetyAnswer.NOT_SURE);
        CheckInViewModel checkIn = checkInAbout(sam);
        Cue raisedVoice = only(checkIn);
        assertTrue(raisedVoice.text().acknowledgements().contains("There's time. I'm not going anywhere."),
                "the catalogue still has the line; it is the person that changes what is shown");
        assertEquals(List.of(), checkIn.acknowledgementsFor(raisedVoice));
        assertEquals("", checkIn.nonverbalFor(raisedVoice));
        assertEquals("Because you weren't sure whether you feel safe with Sam, suggestions about waiting and "
                + "staying close are not shown. Your safety comes first.", checkIn.safetyNoteProperty().get());
        assertEquals(List.of("self-care"), checkIn.practices().stream().map(Practice::id).toList());
    }

    @Test
    void forSomeoneTheUserIsNotAfraidOfTheUsualSuggestionsAreShown() {
        Person kim = people.add("Kim", Relationship.FRIEND, "", Pronouns.SHE, SafetyAnswer.NO);
        CheckInViewModel checkIn = checkInAbout(kim);
        Cue raisedVoice = only(checkIn);
        assertFalse(checkIn.acknowledgementsFor(raisedVoice).isEmpty());
        assertEquals("", checkIn.safetyNoteProperty().get());
        assertTrue(checkIn.practices().stream().map(Practice::id).anyMatch(id -> !id.equals("self-care")));
    }

    @Test
    void changingTheAnswerOnThePersonsPageChangesTheSuggestions() {
        Person kim = people.add("Kim", Relationship.FRIEND, "");
        CheckInViewModel checkIn = checkInAbout(kim);
        assertFalse(checkIn.acknowledgementsFor(only(checkIn)).isEmpty());
        people.setSafety(kim.id(), SafetyAnswer.YES);
        cues.reload();
        assertEquals(List.of(), checkIn.acknowledgementsFor(only(checkIn)));
        assertTrue(checkIn.safetyNoteProperty().get().startsWith("Because you said you sometimes feel afraid of Kim, or are hurt"),
                checkIn.safetyNoteProperty().get());
    }
}
