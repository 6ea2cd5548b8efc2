package commonground.practice;

import commonground.care.SafetyAnswer;
import commonground.people.PeopleRepository;
import commonground.people.Person;
import commonground.people.Pronouns;
import commonground.people.Relationship;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each conversation is written for a kind of relationship. "Practise this conversation" from a
 * walk-through about Dad opened the partner's job-loss conversation without a word: now the start
 * page says so before Start, offers those written for a parent, and lets the user go on anyway;
 * a walk-through opens the practice that fits the person when it has one.
 */
class PracticeRelationshipFitTest {

    @TempDir
    Path dir;
    PracticeModels models;
    PeopleRepository people;
    PracticeRepository sessions;
    PracticeListViewModel list;
    Playthrough played;

    @BeforeEach
    void open() throws Exception {
        models = new PracticeModels(dir);
        people = models.people;
        sessions = models.sessions;
        list = models.list;
        list.setOnPlay((p, id) -> played = p);
    }

    @AfterEach
    void close() {
        models.close();
    }

    private List<String> ids(List<Conversation> cs) {
        return cs.stream().map(Conversation::id).toList();
    }

    @Test
    void dadInThePartnersStoryIsToldCalmlyAndOfferedTheConversationWrittenForAParent() {
        Person dad = people.add("Dad", Relationship.PARENT, "", Pronouns.HE, null);
        list.load();
        list.selectForWalkThrough("wont-talk-feelings", dad.id());

        // No practice of that walk-through is written for a parent: its own conversation opens, and says so.
        assertEquals("wont-talk-feelings", list.selectedProperty().get().id());
        assertEquals("This conversation was written for a partner, and Dad is your parent, so some of it may not fit."
                + " The one below is written for a parent, or you can go on with this one and take what fits.",
                list.fitNoteProperty().get());
        assertEquals(List.of("dad-ill"), ids(list.fitting()));

        list.selectedProperty().set(list.fitting().get(0));
        assertEquals("dad-ill", list.selectedProperty().get().id());
        assertEquals("", list.fitNoteProperty().get(), "the conversation written for a parent says nothing");
        assertEquals(List.of(), list.fitting());
        assertEquals(dad.id(), list.personProperty().get().id(), "still kept with Dad");
        list.start();
        assertEquals("dad-ill", played.conversation().id());
        assertEquals(dad.id(), sessions.all().get(0).personId());
    }

    @Test
    void goingOnAnywayQuietsTheNoteAndStartsWhatWasChosen() {
        Person dad = people.add("Dad", Relationship.PARENT, "", Pronouns.HE, null);
        list.load();
        list.selectForWalkThrough("wont-talk-feelings", dad.id());
        list.goOnAnyway();
        assertEquals("", list.fitNoteProperty().get());
        list.start();
        assertEquals("wont-talk-feelings", played.conversation().id());
        assertEquals("Dad", played.name());
        assertEquals(dad.id(), sessions.all().get(0).personId());
    }

    @Test
    void aWalkThroughOpensThePracticeThatFitsThePersonWhenItHasOne() {
        // "Won't talk about feelings" is practised by the partner conversation and three drills; the
        // silence drill is written for a brother or sister, which People keeps as Other.
        Person tom = people.add("Tom", Relationship.OTHER, "", Pronouns.HE, null);
        Person sam = people.add("Sam", Relationship.PARTNER, "", Pronouns.THEY, null);
        list.load();
        list.selectForWalkThrough("wont-talk-feelings", tom.id());
        assertEquals("silence", list.selectedProperty().get().id());
        assertEquals("", list.fitNoteProperty().get());

        list.selectForWalkThrough("wont-talk-feelings", sam.id());
        assertEquals("wont-talk-feelings", list.selectedProperty().get().id(), "the conversation before the drills");
        assertEquals("", list.fitNoteProperty().get());

        list.selectForWalkThrough("wont-talk-feelings", null);
        assertEquals("wont-talk-feelings", list.selectedProperty().get().id());
        assertEquals("", list.fitNoteProperty().get(), "no one in particular fits every conversation");
    }

    @Test
    void choosingSomeoneWhenNothingIsWrittenForThemSaysSoAndOffersNothingElse() {
        people.add("Pat", Relationship.COLLEAGUE, "", Pronouns.SHE, null);
        list.load();
        list.selectedProperty().set(list.offers().stream().filter(c -> c.id().equals("grapevine")).findFirst().orElseThrow());
        assertEquals("", list.fitNoteProperty().get());
        list.personProperty().set(list.people().get(0));
        assertEquals("This conversation was written for a friend, and Pat is a colleague, so some of it may not fit."
                + " Nothing here is written for a colleague yet; you can go on with this one and take what fits.",
                list.fitNoteProperty().get());
        assertEquals(List.of(), list.fitting());
        list.personProperty().set(null);
        assertEquals("", list.fitNoteProperty().get());
    }

    @Test
    void theSafePathAloneIsShownForSomeoneFeared() {
        people.add("Lee", Relationship.PARENT, "", Pronouns.HE, SafetyAnswer.YES);
        list.load();
        list.personProperty().set(list.people().get(0));
        assertTrue(list.safetyNoteProperty().get().startsWith("Practising a conversation is not offered"));
        assertEquals("", list.fitNoteProperty().get());
    }

    @Test
    void everyBuiltInConversationSaysWhoItIsWrittenFor() {
        list.load();
        for (Conversation c : list.offers()) {
            assertTrue(!c.character().writtenFor().isEmpty(), c.id() + " names no relationship it is written for");
        }
    }
}
