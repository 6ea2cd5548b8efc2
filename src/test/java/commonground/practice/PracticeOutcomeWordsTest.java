package commonground.practice;

import commonground.content.Practices;
import commonground.storage.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An outcome is said once, in one wording: no ending's heading says the same thing twice ("They
 * close up for now · the door closes for now" did), and the list of sessions names the outcome as
 * the debrief does.
 */
class PracticeOutcomeWordsTest {

    @TempDir
    Path dir;

    private static int times(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            n++;
        }
        return n;
    }

    @Test
    void noEndingHeadingSaysItsOutcomeTwice() throws Exception {
        Practices practices = Practices.load();
        try (Database db = Database.open(dir.resolve(Database.FILE_NAME))) {
            List<Conversation> all = new PracticeLibrary(new PracticeTextRepository(db), () -> practices).offers();
            assertTrue(all.size() >= 8);
            for (Conversation c : all) {
                for (Ending e : c.endings()) {
                    String heading = DebriefViewModel.endingTitle(
                            Playthrough.start(c, new CharacterWords("Sam", c.character().pronouns())).fill(e.title()),
                            e.kind()).toLowerCase();
                    assertTrue(times(heading, "for now") <= 1 && times(heading, "open") <= 1
                            && times(heading, "close") <= 1, c.id() + " / " + e.id() + ": " + heading);
                }
            }
        }
    }

    @Test
    void theListNamesTheOutcomeAsTheDebriefDoes() throws Exception {
        Practices practices = Practices.load();
        try (Database db = Database.open(dir.resolve(Database.FILE_NAME))) {
            Conversation c = new PracticeLibrary(new PracticeTextRepository(db), () -> practices).offers().stream()
                    .filter(o -> o.id().equals("wont-talk-feelings")).findFirst().orElseThrow();
            PracticeSession run = new PracticeSession(1, c.id(), c.version(), c.title(), "Alex", null, null,
                    Instant.EPOCH, Instant.EPOCH, "run", EndingKind.CLOSED, List.of(), null);
            assertEquals("He goes for a run \u00B7 the door closes for now", DebriefViewModel.outcome(run, c));
            PracticeSession open = new PracticeSession(2, c.id(), c.version(), c.title(), "Alex", null, null,
                    Instant.EPOCH, Instant.EPOCH, "door-open", EndingKind.OPEN, List.of(), null);
            assertEquals("The door stays open", DebriefViewModel.outcome(open, c));
            PracticeSession unfinished = new PracticeSession(3, c.id(), c.version(), c.title(), "Alex", null, null,
                    Instant.EPOCH, null, null, null, List.of(), null);
            assertEquals("not finished", DebriefViewModel.outcome(unfinished, c));
        }
    }

    @Test
    void aConversationPractisedWithSomeoneItIsNotWrittenForIsHeadedForWhoItIsWith() throws Exception {
        Practices practices = Practices.load();
        try (Database db = Database.open(dir.resolve(Database.FILE_NAME))) {
            Conversation c = new PracticeLibrary(new PracticeTextRepository(db), () -> practices).offers().stream()
                    .filter(o -> o.id().equals("wont-talk-feelings")).findFirst().orElseThrow();
            var people = new commonground.people.PeopleRepository(db);
            var dad = people.add("Dad", commonground.people.Relationship.PARENT, "");
            var sam = people.add("Sam", commonground.people.Relationship.PARTNER, "");
            PracticeRepository sessions = new PracticeRepository(db);
            PracticeSession withDad = sessions.find(sessions.start(c, "Dad", dad.id(), List.of()).id()).orElseThrow();
            assertEquals(commonground.people.Relationship.PARENT, withDad.personRelationship());
            assertEquals("Practice with Dad (written for a partner)", DebriefViewModel.heading(c, withDad));
            PracticeSession withSam = sessions.start(c, "Sam", sam.id(), List.of());
            assertEquals("A partner who won't talk about how they feel \u00B7 with Sam", DebriefViewModel.heading(c, withSam));
            PracticeSession withNoOne = sessions.start(c, "Alex", null, List.of());
            assertEquals("A partner who won't talk about how they feel \u00B7 with Alex", DebriefViewModel.heading(c, withNoOne));
        }
    }
}
