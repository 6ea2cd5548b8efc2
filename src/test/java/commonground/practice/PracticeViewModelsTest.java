package commonground.practice;

import commonground.care.SafetyAnswer;
import commonground.content.Practices;
import commonground.language.LanguageCoach;
import commonground.people.PeopleRepository;
import commonground.people.Person;
import commonground.people.Pronouns;
import commonground.people.Relationship;
import commonground.shell.DatabaseThread;
import commonground.storage.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The practice screens' view models, same-thread on a real database: choosing and typing replies,
 * the hidden openness, endings, the debrief, "Try again" and "Try from here", and bad input.
 */
class PracticeViewModelsTest {

    static Practices practices;
    static LanguageCoach languageCoach;

    @TempDir
    Path dir;
    Database db;
    PracticeRepository sessions;
    PracticeListViewModel list;
    PlayViewModel play;
    DebriefViewModel debrief;
    final List<Long> debriefsOpened = new ArrayList<>();

    @BeforeAll
    static void loadContent() throws Exception {
        practices = Practices.load();
        languageCoach = new LanguageCoach();
    }

    @BeforeEach
    void open() throws Exception {
        db = Database.open(dir.resolve(Database.FILE_NAME));
        sessions = new PracticeRepository(db);
        PracticeLibrary library = new PracticeLibrary(new PracticeTextRepository(db), () -> practices);
        DatabaseThread same = DatabaseThread.sameThread();
        ReplyCoach coach = ReplyCoach.sameThread(languageCoach);
        list = new PracticeListViewModel(library, sessions, new PeopleRepository(db), same);
        play = new PlayViewModel(sessions, same, coach, practices);
        debrief = new DebriefViewModel(sessions, library, same, coach, practices);
        list.setOnPlay(play::begin);
        debrief.setOnPlay(play::begin);
        play.setOnDebrief(id -> {
            debriefsOpened.add(id);
            debrief.load(id);
        });
        list.load();
    }

    @AfterEach
    void close() {
        db.close();
    }

    private void startImFine(String name) {
        list.selectedProperty().set(list.offers().stream().filter(c -> c.id().equals("im-fine")).findFirst().orElseThrow());
        list.nameProperty().set(name);
        list.start();
    }

    @Test
    void choosingAJudgmentClosesThemAndPushingAgainEndsWithTheDoorClosed() {
        startImFine("Robin");
        assertEquals("I'm fine.", play.saysProperty().get());
        assertTrue(play.settingProperty().get().contains("You and Robin are eating dinner"), play.settingProperty().get());
        assertEquals(4, play.replies().size());
        assertEquals(1, play.opennessProperty().get());

        play.choose(0);
        assertEquals("I said I'm fine. Can I just eat?", play.saysProperty().get());
        assertEquals(0, play.opennessProperty().get());
        play.choose(0);
        assertNotNull(play.endingProperty().get());
        assertEquals(EndingKind.CLOSED, play.endingProperty().get().kind());
        assertTrue(play.replies().isEmpty());

        PracticeSession kept = sessions.all().get(0);
        assertEquals("Robin", kept.characterName());
        assertEquals(EndingKind.CLOSED, kept.endingKind());
        assertEquals(2, kept.moves().size());
        assertEquals(Effect.CLOSES, kept.moves().get(1).effect());
        assertEquals(List.of(ClosingMove.ABSOLUTE, ClosingMove.JUDGMENT), kept.moves().get(1).closes());

        play.openDebrief();
        assertEquals(List.of(kept.id()), debriefsOpened);
        assertEquals("The door closes for now", debrief.endingTitleProperty().get());
        assertEquals(2, debrief.entries().size());
        DebriefEntry first = debrief.entries().get(0);
        assertEquals(Effect.CLOSES, first.effect());
        assertEquals("What closed them: a judgment, pressure to share", first.shows());
        assertEquals("You seem tired tonight. No need to talk; I'm just glad you're home.", first.betterLine());
        assertEquals("Respond to what you notice, Acceptance over judgment", first.betterPractices());
    }

    @Test
    void quietRepliesOpenThemAndReachTheOpenDoor() {
        startImFine("Sam");
        play.choose(1);
        assertEquals(2, play.opennessProperty().get());
        play.choose(2);
        play.choose(1);
        assertEquals(EndingKind.OPEN, play.endingProperty().get().kind());
        assertEquals(4, play.opennessProperty().get());
        assertEquals(EndingKind.OPEN, sessions.all().get(0).endingKind());
    }

    @Test
    void aTypedJudgmentGoesThroughTheCoachClosesThemAndIsKeptWithItsNotes() {
        startImFine("Sam");
        play.typedProperty().set("You never tell me anything. Why won't you just tell me what's wrong?");
        play.sendTyped();
        assertEquals("I said I'm fine. Can I just eat?", play.saysProperty().get(), "goes where the closing reply goes");
        assertEquals(0, play.opennessProperty().get());
        assertFalse(play.coachNotes().isEmpty());
        assertEquals("You never tell me anything. Why won't you just tell me what's wrong?", play.youSaidProperty().get());
        assertEquals("", play.typedProperty().get());

        Move kept = sessions.all().get(0).moves().get(0);
        assertTrue(kept.isTyped());
        assertEquals(Effect.CLOSES, kept.effect());
        assertEquals("You never tell me anything. Why won't you just tell me what's wrong?", kept.typed());

        play.choose(1);
        play.choose(0);
        play.openDebrief();
        DebriefEntry typed = debrief.entries().get(0);
        assertTrue(typed.typed());
        assertFalse(typed.coachNotes().isEmpty(), "the coach's notes are in the debrief");
    }

    @Test
    void aTypedObservationOpensThem() {
        startImFine("Sam");
        play.typedProperty().set("You seem tired tonight. No pressure, I'm here if you want company.");
        play.sendTyped();
        assertEquals(2, play.opennessProperty().get(), play.coachNotes().toString());
        assertEquals("Yeah. Long day. Work was... whatever.", play.saysProperty().get());
    }

    @Test
    void aKindTypedReplyToDadGoesWhereTheMatchingChosenReplyGoesNotAhead() {
        list.selectedProperty().set(list.offers().stream().filter(c -> c.id().equals("dad-ill")).findFirst().orElseThrow());
        list.start();
        play.typedProperty().set("I'm glad you picked up. Shall I put the kettle on and we can watch the next race together?");
        play.sendTyped();
        assertEquals("Number four. Twenty to one. Your mother always went for the outsiders.", play.saysProperty().get(),
                play.coachNotes().toString());
    }

    @Test
    void anEmptyOrHugeTypedReplyIsRefusedWithAMessageAndNothingIsKept() {
        startImFine("Sam");
        play.typedProperty().set("   ");
        play.sendTyped();
        assertEquals("Type what you would say first, or choose one of the replies.", play.messageProperty().get());
        play.typedProperty().set("a".repeat(2001));
        play.sendTyped();
        assertTrue(play.messageProperty().get().startsWith("That reply is 2001 characters long"), play.messageProperty().get());
        assertEquals("a".repeat(2001), play.typedProperty().get(), "what was typed stays");
        assertEquals(0, sessions.all().get(0).moves().size());
        assertEquals("I'm fine.", play.saysProperty().get());
    }

    @Test
    void aTypedReplyAboutBeingHurtIsNotPlayedAndPointsToHelp() {
        startImFine("Sam");
        play.typedProperty().set("If you hit me again I will call the police.");
        play.sendTyped();
        assertTrue(play.messageProperty().get().contains("Help and support (F1)"), play.messageProperty().get());
        assertEquals(0, sessions.all().get(0).moves().size());
        assertEquals("I'm fine.", play.saysProperty().get());
    }

    @Test
    void tryFromHereStartsANewSessionAtThatTurnWithTheEarlierRepliesKept() {
        startImFine("Sam");
        play.choose(0);
        play.choose(0);
        play.openDebrief();
        long first = play.sessionId();
        debrief.tryFromHere(1);
        assertTrue(play.sessionId() != first);
        assertNull(play.endingProperty().get());
        assertEquals("I said I'm fine. Can I just eat?", play.saysProperty().get());
        assertEquals(0, play.opennessProperty().get());
        PracticeSession again = sessions.find(play.sessionId()).orElseThrow();
        assertEquals(1, again.moves().size());
        play.choose(2);
        assertEquals(2, sessions.find(play.sessionId()).orElseThrow().moves().size());
        assertEquals(2, sessions.all().size(), "the first session is kept as it was");
        assertEquals(2, sessions.find(first).orElseThrow().moves().size());

        debrief.tryAgain();
        assertEquals("I'm fine.", play.saysProperty().get());
        assertEquals(3, sessions.all().size());
    }

    @Test
    void aBlankOrLongNameIsRefusedWithAMessage() {
        list.selectedProperty().set(list.offers().get(0));
        list.nameProperty().set("  ");
        list.start();
        assertEquals("Please give them a name, even an initial.", list.messageProperty().get());
        list.nameProperty().set("x".repeat(61));
        list.start();
        assertTrue(list.messageProperty().get().startsWith("That name is longer than 60"));
        assertEquals(0, sessions.all().size());
    }

    @Test
    void choosingAPersonUsesTheirNameAndKeepsTheSessionWithThem() {
        PeopleRepository people = new PeopleRepository(db);
        Person dad = people.add("Dad", Relationship.PARENT, "");
        list.load();
        list.personProperty().set(list.people().get(0));
        assertEquals("Dad", list.nameProperty().get());
        list.start();
        PracticeSession s = sessions.all().get(0);
        assertEquals(dad.id(), s.personId());
        assertEquals("Dad", s.personName());
        list.load();
        assertEquals(1, list.sessions().size());
    }

    @Test
    void aPersonTheUserIsAfraidOfGetsTheSafetyLineInsteadOfAPractice() {
        new PeopleRepository(db).add("Lee", Relationship.PARTNER, "", Pronouns.HE, SafetyAnswer.YES);
        list.load();
        list.personProperty().set(list.people().get(0));
        list.start();
        assertTrue(list.messageProperty().get().contains("not offered for Lee"), list.messageProperty().get());
        assertTrue(list.messageProperty().get().contains("Help and support (F1)"));
        assertEquals(0, sessions.all().size());
    }

    @Test
    void aWalkThroughAboutSomeoneSelectsItsPracticeWithThatPersonAndTheirName() {
        PeopleRepository people = new PeopleRepository(db);
        people.add("Great-Aunt Margaretha", Relationship.OTHER, "");
        Person sam = people.add("Sam", Relationship.PARTNER, "", Pronouns.THEY, null);
        list.load();
        list.selectForWalkThrough("wont-talk-feelings", sam.id());
        assertEquals("wont-talk-feelings", list.selectedProperty().get().id());
        assertEquals(sam.id(), list.personProperty().get().id());
        assertEquals("Sam", list.nameProperty().get());

        list.selectForWalkThrough("wont-talk-feelings", null);
        assertNull(list.personProperty().get(), "a walk-through about no one in particular");
        assertEquals(list.selectedProperty().get().character().name(), list.nameProperty().get());
    }

    @Test
    void aNameLongerThanAPracticeNameIsShortenedAtAWordNeverRefused() {
        String longName = "Great-Aunt Margaretha Wilhelmina van der Berg-Oosterhuis of Little Chalfont";
        Person aunt = new PeopleRepository(db).add(longName, Relationship.OTHER, "");
        list.load();
        list.selectedProperty().set(list.offers().get(0));
        list.personProperty().set(list.people().get(0));
        String shown = list.nameProperty().get();
        assertTrue(shown.length() <= Persona.MAX_NAME && shown.startsWith("Great-Aunt Margaretha") && shown.endsWith("\u2026"), shown);
        assertFalse(shown.contains("  "));
        list.start();
        assertEquals("", list.messageProperty().get());
        assertEquals(aunt.id(), sessions.all().get(0).personId());
        assertEquals(shown, sessions.all().get(0).characterName());
    }

    @Test
    void startIsRefusedForSomeoneFearedOnEveryPressWithTheSafePath() {
        new PeopleRepository(db).add("Sami", Relationship.FRIEND, "", Pronouns.SHE, SafetyAnswer.YES);
        list.load();
        list.personProperty().set(list.people().get(0));
        assertTrue(list.safetyNoteProperty().get().startsWith("Practising a conversation is not offered for Sami."));
        for (int press = 1; press <= 3; press++) {
            list.start();
            assertTrue(list.messageProperty().get().startsWith("Practice is not offered for Sami"), list.messageProperty().get());
            assertEquals(press, list.refusedProperty().get());
        }
        assertEquals(0, sessions.all().size());
        list.personProperty().set(null);
        assertEquals("", list.safetyNoteProperty().get());
    }

    @Test
    void aWalkThroughSelectsItsPractice() {
        // The conversation written for that walk-through comes before the drills that also practise it.
        list.selectForWalkThrough("wont-talk-feelings");
        assertEquals("wont-talk-feelings", list.selectedProperty().get().id());
    }

    @Test
    void aBrokenImportSaysWhatIsWrongAndAGoodOneIsOffered() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.yaml"), "id: x\n");
        list.importFile(bad);
        assertTrue(list.messageProperty().get().contains("bad.yaml"), list.messageProperty().get());
        Path good = Path.of(getClass().getResource("/commonground/practice/valid/fixture.yaml").toURI());
        list.importFile(good);
        assertEquals("Imported \"A small drill\" (version 1).", list.messageProperty().get());
        assertEquals("fixture", list.selectedProperty().get().id());
        list.importFile(good);
        assertEquals("\"A small drill\" was already imported; nothing changed.", list.messageProperty().get());
    }
}
