package commonground.practice;

import commonground.content.Practice;
import commonground.content.Practices;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A typed reply goes where the closest chosen reply of the same turn goes: in every built-in
 * conversation, a typed reply that shows a reply's practices (or makes its closing moves) leads
 * where a chosen reply of that turn with those tags leads, never to another reply's branch.
 */
class TypedReplyPlacesTest {

    static List<Conversation> all;

    @BeforeAll
    static void load() throws Exception {
        all = BuiltInConversations.load(new ConversationValidator(Practices.load().all().stream()
                .map(Practice::id).collect(Collectors.toSet())));
    }

    @Test
    void everyTypedOpeningOrClosingReplyLeadsWhereAChosenReplyOfThatTurnWithItsTagsLeads() {
        List<String> wrong = new ArrayList<>();
        for (Conversation c : all) {
            for (Turn t : c.turns()) {
                for (Reply r : t.replies()) {
                    if (r.effect() == Effect.NEUTRAL) {
                        continue;
                    }
                    for (String tag : r.practices()) {
                        Set<String> allowed = t.replies().stream().filter(o -> o.practices().contains(tag))
                                .map(Reply::next).collect(Collectors.toSet());
                        String next = t.nextFor(Effect.OPENS, List.of(tag), List.of());
                        if (!allowed.contains(next)) {
                            wrong.add(c.id() + " turn " + t.id() + ": typed " + tag + " goes to " + next + ", not " + allowed);
                        }
                    }
                    for (ClosingMove move : r.closes()) {
                        Set<String> allowed = t.replies().stream().filter(o -> o.closes().contains(move))
                                .map(Reply::next).collect(Collectors.toSet());
                        String next = t.nextFor(Effect.CLOSES, List.of(), List.of(move));
                        if (!allowed.contains(next)) {
                            wrong.add(c.id() + " turn " + t.id() + ": typed " + move + " goes to " + next + ", not " + allowed);
                        }
                    }
                }
                Set<String> reachable = t.replies().stream().map(Reply::next).collect(Collectors.toSet());
                for (Effect e : Effect.values()) {
                    assertTrue(reachable.contains(t.nextFor(e)), c.id() + " turn " + t.id() + " " + e);
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void offeringTeaAndTheRaceToDadStaysWithTheRaceNotWithNewsNobodyAskedFor() {
        Conversation dad = all.stream().filter(c -> c.id().equals("dad-ill")).findFirst().orElseThrow();
        Playthrough p = Playthrough.start(dad, "Dad");
        p.type("I'm glad you picked up. Shall I put the kettle on and we can watch the next race together?",
                new TypedReading(Effect.OPENS, List.of("self-disclosure", "their-world"), List.of(), List.of(), false));
        assertEquals("outsiders", p.turn().orElseThrow().id());
    }
}
