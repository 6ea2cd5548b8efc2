package commonground.practice;

import commonground.content.Practice;
import commonground.content.Practices;
import commonground.language.Finding;
import commonground.language.LanguageCoach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The built-in practice conversations agree with the message coach and cover what the app promises:
 * a line the debrief offers as better, and a reply that opens the other person, pass the coach with
 * no finding (typed, they would open them too); there is a conversation for each walk-through and a
 * drill for "I'm fine", silence and defensiveness.
 */
class PracticeLinesCoachTest {

    private static List<Conversation> all;

    @BeforeAll
    static void load() throws Exception {
        Set<String> practices = Practices.load().all().stream().map(Practice::id).collect(Collectors.toSet());
        all = BuiltInConversations.load(new ConversationValidator(practices));
    }

    @Test
    void betterLinesAndOpeningRepliesPassTheCoach() {
        LanguageCoach coach = new LanguageCoach();
        List<String> flagged = new ArrayList<>();
        int checked = 0;
        for (Conversation c : all) {
            for (Turn turn : c.turns()) {
                List<String> lines = new ArrayList<>();
                lines.add(turn.better().line());
                turn.replies().stream().filter(r -> r.effect() == Effect.OPENS && !r.say().startsWith("("))
                        .forEach(r -> lines.add(r.say()));
                for (String line : lines) {
                    String text = line.replace("{name}", "Sam").replace("{Name}", "Sam");
                    checked++;
                    for (Finding f : coach.review(text).findings()) {
                        flagged.add(c.id() + "/" + turn.id() + ": " + f.kind() + " '" + f.phrase() + "' in \"" + text + "\"");
                    }
                }
            }
        }
        assertEquals(List.of(), flagged);
        assertTrue(checked >= 100, "only " + checked + " lines checked");
    }

    @Test
    void everyWalkThroughHasAConversationAndTheFearedMomentsHaveDrills() {
        Set<String> practised = all.stream().filter(c -> c.kind() == ConversationKind.CONVERSATION)
                .map(Conversation::walkThrough).collect(Collectors.toSet());
        assertEquals(Set.of("wont-talk-feelings", "unhappy-means-wrong", "my-agenda", "closure-ex-friend",
                "open-up", "dad-ill", "grapevine"), practised);
        Set<String> drills = all.stream().filter(c -> c.kind() == ConversationKind.DRILL)
                .map(Conversation::id).collect(Collectors.toSet());
        assertTrue(drills.containsAll(Set.of("im-fine", "silence", "defensiveness")), drills.toString());
        for (Conversation c : all) {
            assertTrue(c.turns().stream().filter(Turn::turningPoint).count() >= 3,
                    c.id() + " has fewer than three turning points");
            assertTrue(c.endings().stream().anyMatch(e -> e.kind() == EndingKind.OPEN), c.id());
            assertTrue(c.endings().stream().anyMatch(e -> e.kind() == EndingKind.CLOSED), c.id());
        }
    }
}
