package commonground.practice;

import commonground.language.LanguageCoach;
import commonground.people.PeopleRepository;
import commonground.people.Person;
import commonground.people.Pronouns;
import commonground.people.Relationship;
import commonground.storage.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a newcomer's trial found wrong, now right: the practice speaks of the person chosen with
 * their pronouns (they/them reads "They look at their plate"), and of the character with its own
 * when no one is chosen; the practice is with whoever the person box shows; a session names the
 * person once, telling namesakes apart; the keyboard hint counts the replies on offer; and the
 * coach's example for a typed line fits the conversation.
 */
class PracticeWhoItIsWithTest {

    static LanguageCoach languageCoach = PracticeModels.languageCoach();

    @TempDir
    Path dir;
    PracticeModels models;
    Database db;
    PeopleRepository people;
    PracticeRepository sessions;
    PracticeListViewModel list;
    PlayViewModel play;
    DebriefViewModel debrief;

    @BeforeEach
    void open() throws Exception {
        models = new PracticeModels(dir);
        db = models.db;
        people = models.people;
        sessions = models.sessions;
        list = models.list;
        play = models.play;
        debrief = models.debrief;
        list.load();
    }

    @AfterEach
    void close() {
        models.close();
    }

    private void select(String id) {
        list.selectedProperty().set(list.offers().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow());
    }

    private Person choose(String name) {
        Person p = list.people().stream().filter(x -> x.name().equals(name)).findFirst().orElseThrow();
        list.personProperty().set(p);
        return p;
    }

    @Test
    void someoneWhoGoesByTheyIsNarratedWithTheyAndTheVerbsAgree() {
        people.add("Sam", Relationship.PARTNER, "", Pronouns.THEY, null);
        list.load();
        select("im-fine");
        choose("Sam");
        list.start();
        assertEquals("They look at their plate. Their jaw tightens, and they push a piece of potato from one side "
                + "to the other.", play.doesProperty().get());
        play.choose(0);
        assertEquals("They put their fork down a little too hard. Their shoulders come up towards their ears.",
                play.doesProperty().get());
        play.choose(0);
        assertEquals("They take their plate to the sink and leave the room. The door clicks shut behind them.",
                play.doesProperty().get());
        play.openDebrief();
        assertTrue(debrief.entries().get(0).note().startsWith("Telling them what they feel, then asking why they "
                + "won't say it, puts them on the spot."), debrief.entries().get(0).note());

        debrief.tryAgain();
        assertTrue(play.doesProperty().get().startsWith("They look at their plate."), "Try again keeps their pronouns");
    }

    @Test
    void someoneWhoGoesBySheAndNoOneInParticularEachReadRight() {
        people.add("Jo", Relationship.PARTNER, "", Pronouns.SHE, null);
        list.load();
        select("im-fine");
        choose("Jo");
        list.start();
        assertTrue(play.doesProperty().get().startsWith("She looks at her plate. Her jaw tightens"), play.doesProperty().get());
        assertTrue(play.settingProperty().get().startsWith("It's a weekday evening. You and Jo are eating"));

        list.personProperty().set(null);
        select("open-up");
        list.nameProperty().set("Rowan");
        list.start();
        assertTrue(play.doesProperty().get().contains("She already has the cable in her hand."),
                "a renamed character keeps the conversation's own pronouns: " + play.doesProperty().get());
    }

    @Test
    void thePracticeIsWithWhoeverThePersonBoxShows() {
        people.add("Jo", Relationship.FRIEND, "", Pronouns.SHE, null);
        list.load();
        choose("Jo");
        select("im-fine");
        assertEquals("Jo", list.nameProperty().get(), "choosing the drill after the person keeps the person");
        assertTrue(list.settingPreview().contains("You and Jo are eating dinner"), list.settingPreview());
        assertFalse(list.settingPreview().contains("Sam"), list.settingPreview());
        list.start();
        PracticeSession s = sessions.all().get(0);
        assertEquals("Jo", s.characterName());

        list.personProperty().set(null);
        String shown = list.nameProperty().get();
        assertTrue(list.settingPreview().contains("You and " + shown + " are eating dinner"),
                "with no one in particular, the name shown is the one used: " + list.settingPreview());
        list.nameProperty().set("Kit");
        assertTrue(list.settingPreview().contains("You and Kit are eating dinner"), list.settingPreview());
    }

    @Test
    void aSessionNamesThePersonOnceAndTellsNamesakesApart() {
        people.add("Dad", Relationship.PARENT, "", Pronouns.HE, null);
        people.add("Sam", Relationship.PARTNER, "", Pronouns.HE, null);
        people.add("Sam", Relationship.PARTNER, "", Pronouns.THEY, null);
        list.load();
        select("dad-ill");
        choose("Dad");
        list.start();
        list.load();
        String dad = list.sessionLabel(list.sessions().get(0));
        assertTrue(dad.endsWith("· with Dad · Parent"), dad);
        assertFalse(dad.contains("(Dad)"), dad);

        select("im-fine");
        Person first = list.people().stream().filter(p -> p.name().equals("Sam") && p.pronouns() == Pronouns.HE)
                .findFirst().orElseThrow();
        list.personProperty().set(first);
        list.start();
        list.personProperty().set(list.people().stream().filter(p -> p.name().equals("Sam")
                && p.pronouns() == Pronouns.THEY).findFirst().orElseThrow());
        list.start();
        list.load();
        List<String> sams = list.sessions().stream().filter(s -> s.characterName().equals("Sam"))
                .map(list::sessionLabel).toList();
        assertEquals(2, sams.size());
        assertNotEquals(sams.get(0), sams.get(1), "two Sams are told apart");
        assertTrue(sams.stream().allMatch(l -> l.indexOf("Sam") == l.lastIndexOf("Sam")), sams.toString());
        assertTrue(sams.stream().anyMatch(l -> l.endsWith("· with Sam · Partner · they/them")), sams.toString());

        list.personProperty().set(list.people().stream().filter(p -> p.name().equals("Dad")).findFirst().orElseThrow());
        select("dad-ill");
        list.nameProperty().set("Pops");
        list.start();
        list.load();
        assertTrue(list.sessionLabel(list.sessions().get(0)).endsWith("· with Pops (Dad · Parent)"),
                list.sessionLabel(list.sessions().get(0)));
    }

    @Test
    void theKeyboardHintCountsTheRepliesOnOffer() {
        select("im-fine");
        list.start();
        assertEquals(4, play.replies().size());
        assertTrue(play.chooseLeadProperty().get().contains("1 to 4"), play.chooseLeadProperty().get());
        play.choose(3); // "Okay." leads to a turn with three replies
        assertEquals(3, play.replies().size());
        assertTrue(play.chooseLeadProperty().get().contains("1 to 3"), play.chooseLeadProperty().get());
        assertFalse(play.chooseLeadProperty().get().contains("4"));
    }

    @Test
    void aTypedJudgmentInTheIllnessTalkGetsAnExampleFromThatTalk() {
        select("dad-ill");
        list.start();
        Turn first = list.selectedProperty().get().first();
        play.typedProperty().set("You always hide things from us.");
        play.sendTyped();
        String notes = String.join("\n", play.coachNotes());
        assertFalse(notes.contains("phone"), notes);
        assertTrue(notes.contains(first.better().line().replace("{name}", "Dad")), notes);
        play.openDebrief();
        for (Conversation c : list.offers()) {
            for (Turn t : c.turns()) {
                String example = new CharacterWords("Sam", Pronouns.THEY).fill(t.better().line());
                assertEquals(List.of(), languageCoach.review(example).findings(), c.id() + "/" + t.id() + ": " + example);
            }
        }
    }

    @Test
    void aFileImportedBeforeThePronounChecksStillOpensButANewImportIsToldWhy() throws Exception {
        Path old = Path.of(getClass().getResource("/commonground/practice/invalid/fixed-pronoun.yaml").toURI());
        String yaml = java.nio.file.Files.readString(old);
        new PracticeTextRepository(db).keep("fixture", 1, "A small drill", yaml);
        list.load();
        assertTrue(list.offers().stream().anyMatch(c -> c.id().equals("fixture")),
                "a conversation kept before this check is still offered, with its sessions");

        list.importFile(old);
        assertTrue(list.messageProperty().get().contains("'He' is a fixed pronoun"), list.messageProperty().get());
    }

    @Test
    void goingOnWithAPartnersConversationForDadReadsAsForDadInThePracticeAndTheDebrief() {
        people.add("Dad", Relationship.PARENT, "", Pronouns.HE, null);
        list.load();
        select("wont-talk-feelings");
        choose("Dad");
        list.goOnAnyway();
        list.start();
        assertEquals("Practice with Dad (written for a partner)", play.titleProperty().get(),
                "not \u201cA partner who\u2026\u201d for Dad");
        debrief.load(sessions.all().get(0).id());
        assertEquals("Practice with Dad (written for a partner)", debrief.titleProperty().get());
        assertEquals("Dad", debrief.saidByProperty().get(), "each turn reads \u201cDad said\u201d, not \u201cThey said\u201d");
    }
}
